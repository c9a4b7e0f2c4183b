"""Words kept as data: what an undo step did, and why a suggestion changed a level, stored as a kind plus
parameters and worded only when shown, in the language of the moment.

An undo label (`actions.label`, at most 300 characters) and an accepted suggestion's reason
(`level_changes.reason`) used to be English sentences composed by the services; a German teacher then read
"Rückgängig: Accepted: …". Now the services store a *phrase*: a small JSON object that starts with `{"phrase":1,`
(the version of this encoding), its `kind` and its parameters (names as stored, keys, ranks, counts, ISO dates).
The app words it (autonomy/ui/words/phrases.py); the command line and the export use `english()`.

Text without the marker is shown as it is: the English labels and reasons of databases written before, and every
reason a teacher typed (only reasons the app itself wrote are phrases). A teacher's text that happens to start
with the marker but is not a phrase this version knows is shown as written too.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from autonomy.core.suggestion_facts import ClassStepReasons, StepBackReasons, StepUpReasons, Suggestion
from autonomy.core.types import SuggestionKind

VERSION = 1
MARK = '{"phrase":1,'
LABEL_LIMIT = 300  # actions.label is String(300)

# What an undo step did (actions.label).
LOGGED = "logged"  # category, category_key, students [names], more (how many names were left out)
RECORDED_CHOICE = "recorded_choice"  # student, choice, dimension
RECORDED_CHOICES = "recorded_choices"  # student, choices [[choice, dimension key, dimension name], ...]
RECORDED_REFLECTION = "recorded_reflection"  # student
RECORDED_OUTCOME = "recorded_outcome"
ADDED_CLASSROOM = "added_classroom"  # name
EDITED_CLASSROOM = "edited_classroom"  # name
ARCHIVED_CLASSROOM = "archived_classroom"  # name
RESTORED_CLASSROOM = "restored_classroom"  # name
HANDED_CLASSROOM = "handed_classroom"  # name, owner
ADDED_STUDENT = "added_student"  # name
EDITED_STUDENT = "edited_student"  # name
ARCHIVED_STUDENT = "archived_student"  # name
RESTORED_STUDENT = "restored_student"  # name
ENROLLED_STUDENT = "enrolled_student"  # name, classroom
IMPORTED_ROSTER = "imported_roster"  # classroom, count
IMPORTED_ROSTER_NEW_CLASS = "imported_roster_new_class"  # classroom, count
CHANGED_LEVEL = "changed_level"  # student, dimension, dimension_name, to, level_name
RENAMED_LEVEL = "renamed_level"  # dimension, dimension_name, rank, name
RENAMED_LEVELS = "renamed_levels"  # dimension, dimension_name, count (one Save of the ladder editor)
ADDED_DIMENSION = "added_dimension"  # name
CHANGED_THRESHOLDS = "changed_thresholds"
ACCEPTED = "accepted"  # suggestion (kind), student, dimension, dimension_name, to, level_name, classroom
DISMISSED = "dismissed"  # suggestion (kind), student
SNOOZED = "snoozed"  # suggestion (kind), student, until (ISO date)
DECIDED = "decided"  # decision (accepted/dismissed/snoozed), suggestion (kind), student: a decision recorded as is
IMPORTED_FILE = "imported_file"
EDITED_EVENT = "edited_event"  # student
DELETED_EVENTS = "deleted_events"  # count
ADDED_CATEGORY = "added_category"  # name, category_key
EDITED_CATEGORY = "edited_category"  # name, category_key
TOOK_LADDERS = "took_ladders"  # names [dimension names], keys
# Why a level changed (level_changes.reason).
SUGGESTED = "suggested"  # see suggestion_reason()

LABEL_KINDS = frozenset({
    LOGGED, RECORDED_CHOICE, RECORDED_CHOICES, RECORDED_REFLECTION, RECORDED_OUTCOME, ADDED_CLASSROOM, EDITED_CLASSROOM,
    ARCHIVED_CLASSROOM, RESTORED_CLASSROOM, HANDED_CLASSROOM, ADDED_STUDENT, EDITED_STUDENT, ARCHIVED_STUDENT,
    RESTORED_STUDENT, ENROLLED_STUDENT, IMPORTED_ROSTER, IMPORTED_ROSTER_NEW_CLASS, CHANGED_LEVEL, RENAMED_LEVEL,
    RENAMED_LEVELS,
    ADDED_DIMENSION, CHANGED_THRESHOLDS, ACCEPTED, DISMISSED, SNOOZED, DECIDED, IMPORTED_FILE, EDITED_EVENT,
    DELETED_EVENTS, ADDED_CATEGORY, EDITED_CATEGORY, TOOK_LADDERS,
})
KINDS = LABEL_KINDS | {SUGGESTED}


@dataclass(frozen=True)
class Phrase:
    """A kind and its parameters: what happened, not how it is said."""

    kind: str
    args: Mapping[str, Any]

    def text(self, key: str, default: str = "") -> str:
        value = self.args.get(key)
        return default if value is None else str(value)

    def number(self, key: str, default: int = 0) -> int:
        value = self.args.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else default

    def names(self, key: str) -> list[str]:
        value = self.args.get(key)
        return [str(v) for v in value] if isinstance(value, list) else []


# --- storing and reading ----------------------------------------------------------------------------------------
def _dump(kind: str, args: Mapping[str, Any]) -> str:
    return json.dumps({"phrase": VERSION, "kind": kind, **args}, ensure_ascii=False, separators=(",", ":"))


def encode(kind: str, limit: int | None = None, **args: Any) -> str:
    """The stored form. Given a `limit` (a label's 300 characters), long lists keep their first names and count
    the rest in `more`, and long texts are shortened, so the JSON is never cut in the middle."""
    if kind not in KINDS:
        raise ValueError(f"unknown phrase kind {kind!r}")
    args = {key: value for key, value in args.items() if value is not None}
    text = _dump(kind, args)
    while limit is not None and len(text) > limit:
        lists = [key for key, value in args.items() if isinstance(value, list) and len(value) > 1]
        if lists:
            key = max(lists, key=lambda k: len(args[k]))
            args[key] = args[key][:-1]
            args["more"] = int(args.get("more", 0)) + 1
        else:
            texts = [(len(v), k) for k, v in args.items() if isinstance(v, str) and len(v) > 8]
            texts += [(len(v[0]), k) for k, v in args.items() if isinstance(v, list) and v and len(v[0]) > 8]
            if not texts:
                return _dump(kind, {})
            _length, key = max(texts)
            if isinstance(args[key], list):
                args[key] = [_shorter(args[key][0])]
            else:
                args[key] = _shorter(args[key])
        text = _dump(kind, args)
    return text


def _shorter(text: str) -> str:
    return text[: max(4, len(text.rstrip("…")) * 2 // 3)].rstrip() + "…"


def label(kind: str, **args: Any) -> str:
    """An undo step's label, fitting the column."""
    return encode(kind, LABEL_LIMIT, **args)


def decode(stored: str | None) -> Phrase | None:
    """The phrase in `stored`, or None for plain text (an old English label, a teacher's reason)."""
    if not stored or not stored.startswith(MARK):
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("phrase") != VERSION or data.get("kind") not in KINDS:
        return None
    kind = data.pop("kind")
    data.pop("phrase")
    return Phrase(kind, data)


# --- an accepted suggestion as the level change's reason ----------------------------------------------------------
def suggestion_reason(s: Suggestion, dimension_name: str, level_names: Mapping[int, str], on: dt.date) -> str:
    """Why the level changed: the suggestion that was accepted, with its facts (worded like the card was)."""
    reasons = dataclasses.asdict(s.reasons) if isinstance(s.reasons, StepUpReasons | StepBackReasons
                                                          | ClassStepReasons) else None
    return encode(SUGGESTED, suggestion=str(s.kind), student=s.student_name, dimension=s.dimension,
                  dimension_name=dimension_name, **{"from": s.from_level}, to=s.to_level,
                  levels={str(rank): name for rank, name in level_names.items()}, on=on.isoformat(),
                  reasons=_plain(reasons))


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def suggestion_of(p: Phrase) -> Suggestion | None:
    """The accepted suggestion a SUGGESTED phrase describes, rebuilt for wording (no evidence, no English)."""
    try:
        kind = SuggestionKind(p.text("suggestion"))
    except ValueError:
        return None
    raw = p.args.get("reasons")
    reasons: Any = None
    try:
        if isinstance(raw, dict) and kind == SuggestionKind.STEP_UP:
            reasons = StepUpReasons(raw["builds"], raw["days"], _day(raw["since"]) or dt.date.today(),
                                    raw.get("days_without_break"))
        elif isinstance(raw, dict) and kind == SuggestionKind.STEP_BACK:
            reasons = StepBackReasons(raw["breaks"], raw["window_days"],
                                      tuple(d for d in (_day(x) for x in raw.get("break_days", ())) if d),
                                      _day(raw.get("serious_on")), raw.get("category"), raw.get("category_key"),
                                      raw["builds_needed"], raw["days_needed"], raw["hold_days"])
        elif isinstance(raw, dict) and kind == SuggestionKind.CLASS_STEP:
            reasons = ClassStepReasons(raw["reached"], raw["students"], raw["classroom"])
    except (KeyError, TypeError):
        reasons = None
    frm, to = p.args.get("from"), p.args.get("to")
    return Suggestion(kind, None, p.text("student") or None, "", p.text("dimension") or None,
                      frm if isinstance(frm, int) else None, to if isinstance(to, int) else None, (), "", reasons)


def level_names_of(p: Phrase) -> dict[int, str]:
    raw = p.args.get("levels")
    if not isinstance(raw, dict):
        return {}
    return {int(rank): str(name) for rank, name in raw.items() if str(rank).lstrip("-").isdigit()}


def day_of(p: Phrase) -> dt.date | None:
    return _day(p.args.get("on"))


# --- the sentences ----------------------------------------------------------------------------------------------
# One English template per way a label is said. The app keeps literal copies for translation
# (autonomy/ui/words/phrases.py; tests/ui/test_phrases.py keeps the two equal) and fills them with the names in
# the teacher's language; `english()` fills them here.
ENGLISH: dict[str, str] = {
    LOGGED: "Logged ‘{category}’ for {students}",
    RECORDED_CHOICE: "Recorded {student}’s choice ‘{choice}’",
    RECORDED_CHOICES: "Recorded {student}’s choices {choices}",
    RECORDED_REFLECTION: "Recorded a conversation with {student}",
    RECORDED_OUTCOME: "Recorded how a follow-up went",
    ADDED_CLASSROOM: "Added the classroom {name}",
    EDITED_CLASSROOM: "Edited the classroom {name}",
    ARCHIVED_CLASSROOM: "Archived the classroom {name}",
    RESTORED_CLASSROOM: "Restored the classroom {name}",
    HANDED_CLASSROOM: "Handed the classroom {name} to {owner}",
    ADDED_STUDENT: "Added {name}",
    EDITED_STUDENT: "Edited {name}",
    ARCHIVED_STUDENT: "Archived {name}",
    RESTORED_STUDENT: "Restored {name}",
    ENROLLED_STUDENT: "Enrolled {name} in {classroom}",
    IMPORTED_ROSTER: "Imported the roster of {classroom}: {count} added",
    IMPORTED_ROSTER_NEW_CLASS: "Imported the roster of the new classroom {classroom}: {count} added",
    CHANGED_LEVEL: "Moved {student} to ‘{level}’ in {dimension}",
    RENAMED_LEVEL: "Renamed a level of {dimension} to ‘{name}’",
    RENAMED_LEVELS: "Renamed {count} levels of {dimension}",
    ADDED_DIMENSION: "Added the dimension {name}",
    CHANGED_THRESHOLDS: "Changed the suggestion thresholds",
    ACCEPTED: "Accepted the suggestion for {student}",
    "accepted_step": "Accepted: {student} to ‘{level}’ in {dimension}",
    "accepted_class": "Accepted: the whole class to ‘{level}’ in {dimension}",
    DISMISSED: "Dismissed the suggestion for {student}",
    "dismissed_class": "Dismissed a suggestion for the class",
    SNOOZED: "Snoozed the suggestion for {student} until {until}",
    "snoozed_class": "Snoozed a suggestion for the class until {until}",
    DECIDED: "Recorded a decision on a suggestion",
    IMPORTED_FILE: "Imported a file",
    EDITED_EVENT: "Edited a moment of {student}",
    DELETED_EVENTS: "Deleted moments: {count}",
    ADDED_CATEGORY: "Added the category ‘{category}’",
    EDITED_CATEGORY: "Edited the category ‘{category}’",
    TOOK_LADDERS: "Took the ladders of {names} from an imported file",
    # a phrase stored without the names its sentence needs (shortened to fit): said without them
    "logged_bare": "Logged a moment",
    "bare": "A change",
}
_NEEDS = {  # the parameters without which a template cannot be said
    LOGGED: ("category",), RECORDED_CHOICE: ("student", "choice"), RECORDED_CHOICES: ("student", "choices"),
    RECORDED_REFLECTION: ("student",),
    ADDED_CLASSROOM: ("name",), EDITED_CLASSROOM: ("name",), ARCHIVED_CLASSROOM: ("name",),
    RESTORED_CLASSROOM: ("name",), HANDED_CLASSROOM: ("name", "owner"), ADDED_STUDENT: ("name",),
    EDITED_STUDENT: ("name",), ARCHIVED_STUDENT: ("name",), RESTORED_STUDENT: ("name",),
    ENROLLED_STUDENT: ("name", "classroom"), IMPORTED_ROSTER: ("classroom",),
    IMPORTED_ROSTER_NEW_CLASS: ("classroom",), CHANGED_LEVEL: ("student", "dimension"),
    RENAMED_LEVEL: ("dimension", "name"), RENAMED_LEVELS: ("dimension", "count"), ADDED_DIMENSION: ("name",),
    ACCEPTED: ("student",),
    "accepted_step": ("student", "dimension", "to"), "accepted_class": ("dimension", "to"),
    DISMISSED: ("student",), SNOOZED: ("student", "until"), "snoozed_class": ("until",), EDITED_EVENT: ("student",),
    DELETED_EVENTS: ("count",), ADDED_CATEGORY: ("name",), EDITED_CATEGORY: ("name",), TOOK_LADDERS: ("names",),
}


def choice_triples(p: Phrase) -> list[tuple[str, str, str]]:
    """(choice, dimension key, dimension name) of each choice a RECORDED_CHOICES phrase names."""
    value = p.args.get("choices")
    return [(str(t[0]), str(t[1]), str(t[2])) for t in value or () if isinstance(t, list) and len(t) == 3] \
        if isinstance(value, list) else []


def template_key(p: Phrase) -> str:
    """Which of the ENGLISH templates says this phrase."""
    key = p.kind
    if p.kind == ACCEPTED:
        if p.args.get("to") is not None and p.args.get("dimension"):
            key = "accepted_step" if p.args.get("student") else "accepted_class"
    elif p.kind in (DISMISSED, SNOOZED) and not p.args.get("student"):
        key = f"{p.kind}_class"
    if all(p.args.get(name) not in (None, "", []) for name in _NEEDS.get(key, ())):
        return key
    return "logged_bare" if p.kind == LOGGED else "bare"


SHOWN_NAMES = 3  # more names than this: the first two and how many more


def shown_names(names: Sequence[str], more: int = 0) -> tuple[list[str], int]:
    """The names a sentence lists, and how many it counts instead (a notice for a whole class stays short)."""
    names = list(names)
    if len(names) + more > SHOWN_NAMES:
        return names[:2], len(names) + more - len(names[:2])
    return names, more


def names_english(names: Sequence[str], more: int = 0) -> str:
    """"A", "A and B", "A, B and C", "A, B and 3 more"."""
    names, more = shown_names(names, more)
    if more:
        return ", ".join(names) + f" and {more} more"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def english(stored: str | None) -> str:
    """The stored text in plain English: a phrase worded, anything else as it is. The app words phrases in the
    teacher's language instead (autonomy/ui/words/phrases.py), with the built-in names translated."""
    p = decode(stored)
    if p is None:
        return stored or ""
    if p.kind == SUGGESTED:
        names = level_names_of(p)
        frm, to = p.args.get("from"), p.args.get("to")
        step = _STEPS.get(p.text("suggestion"), p.text("suggestion").replace("_", " "))
        return (f"Accepted the suggestion to {step} in {p.text('dimension_name', p.text('dimension'))} from "
                f"'{names.get(frm, frm) if isinstance(frm, int) else ''}' to "
                f"'{names.get(to, to) if isinstance(to, int) else ''}'.")
    words = {key: str(value) for key, value in p.args.items()}
    words.update(students=names_english(p.names("students"), p.number("more")),
                 names=names_english(p.names("names"), p.number("more")),
                 dimension=p.text("dimension_name", p.text("dimension")), level=p.text("level_name", p.text("to")))
    words.setdefault("category", p.text("name"))
    if p.kind == RECORDED_CHOICES:
        words["choices"] = names_english([f"‘{c}’ ({name})" for c, _key, name in choice_triples(p)], p.number("more"))
    return ENGLISH[template_key(p)].format_map(_Blank(words))


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


_STEPS = {"step_up": "step up", "step_back": "step back", "class_step": "open the level to the whole class"}


# --- in an interchange file -------------------------------------------------------------------------------------
def for_file(stored: str | None) -> str:
    """A reason as the interchange file carries it: the phrase (so an import elsewhere words it in that teacher's
    language) with its English words beside the parameters, under "words", for any other program reading the
    file. Plain text as it is."""
    p = decode(stored)
    if p is None:
        return stored or ""
    return encode(p.kind, **{k: v for k, v in p.args.items() if k != "words"}, words=english(stored))


def from_file(text: str) -> str:
    """A reason read from an interchange file, as the database keeps it: the phrase without its English words."""
    p = decode(text)
    if p is None or "words" not in p.args:
        return text
    return encode(p.kind, **{k: v for k, v in p.args.items() if k != "words"})
