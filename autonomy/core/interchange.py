"""Interchange format v1 (DESIGN.md): checking a document before anything is stored, and the CSV rules.

`check_document` reads every record, converts dates and names, and collects every problem it finds (with the
section, the position and the id), so an import is refused as a whole with a useful list, or goes in clean.
Pure Python; the services layer does the storing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from autonomy.core import phrases
from autonomy.core.bounds import (
    MAX_CATEGORIES,
    MAX_CATEGORY_KEY,
    MAX_DIMENSIONS,
    MAX_KEY,
    MAX_LEVELS,
    MAX_LINKS,
    MAX_PROMPT,
    MAX_REFLECTION_PROMPTS,
    at_most,
    check_id,
    check_ids,
    check_key,
    shown,
    whole_number,
)
from autonomy.core.errors import AutonomyError, InvalidInput
from autonomy.core.types import ChangeSource, Decision, EventKind, MadeBy, Severity, SuggestionKind
from autonomy.core.validation import (
    MAX_NOTE,
    clean_name,
    clean_optional_text,
    date_not_in_future,
    not_in_future,
    parse_day,
    parse_moment,
)

FORMAT = "autonomy-export"
VERSION = 1
SECTIONS = ("classrooms", "dimensions", "students", "level_changes", "events", "choices", "reflections",
            "self_ratings", "decisions")


@dataclass(frozen=True)
class Known:
    """What the database already holds, so a document may refer to it."""

    classrooms: frozenset[str] = frozenset()
    students: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    ladders: Mapping[str, int] = field(default_factory=dict)  # dimension key -> top rank


@dataclass
class CheckedDocument:
    """Every record converted to Python values, keyed as the database columns are named."""

    classrooms: list[dict[str, Any]] = field(default_factory=list)
    dimensions: list[dict[str, Any]] = field(default_factory=list)  # each with "levels": [...]
    students: list[dict[str, Any]] = field(default_factory=list)  # each with "classrooms": [...]
    level_changes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    choices: list[dict[str, Any]] = field(default_factory=list)
    reflections: list[dict[str, Any]] = field(default_factory=list)  # with "events", "self_ratings"
    self_ratings: list[dict[str, Any]] = field(default_factory=list)  # made outside a reflection (the check-in)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def count(self) -> int:
        return sum(len(getattr(self, name)) for name in SECTIONS)


class _Problem(Exception):
    pass


def check_document(doc: object, known: Known, now: dt.datetime | None = None) -> CheckedDocument:
    out = CheckedDocument()
    if not isinstance(doc, dict):
        out.problems.append("the file is not an Autonomy export (expected a JSON object)")
        return out
    if doc.get("format") != FORMAT:
        out.problems.append(f"the file is not an Autonomy export (format is {shown(doc.get('format'))}, "
                            f"expected {FORMAT!r})")
        return out
    version = doc.get("version")
    if type(version) is not int or version != VERSION:  # `true` and 1.0 equal 1 in Python, not in the format
        out.problems.append(f"the file is format version {shown(version)}; this version of Autonomy reads version "
                            f"{VERSION}")
        return out
    now = now or dt.datetime.now(dt.UTC)
    sections: dict[str, list[Any]] = {}
    for name in SECTIONS:
        value = doc.get(name, [])
        if not isinstance(value, list):
            out.problems.append(f"{name}: expected a list")
            value = []
        sections[name] = value
    if len(sections["dimensions"]) > MAX_DIMENSIONS:
        out.problems.append(f"dimensions: the file has {len(sections['dimensions']):,} dimensions; "
                            f"the limit is {MAX_DIMENSIONS}")
        return out

    reader = _Reader(out, known, now)
    reader.read_all(sections)
    return out


class _Reader:
    def __init__(self, out: CheckedDocument, known: Known, now: dt.datetime) -> None:
        self.out = out
        self.now = now
        self.classrooms = set(known.classrooms)
        self.students = set(known.students)
        self.events = set(known.events)
        self.ladders = dict(known.ladders)
        self.categories: set[str] = set()

    def read_all(self, sections: dict[str, list[Any]]) -> None:
        for name in SECTIONS:
            reader = getattr(self, "_" + name)
            seen: set[str] = set()
            target = getattr(self.out, name)
            for index, raw in enumerate(sections[name]):
                where = f"{name}[{index}]"
                try:
                    if not isinstance(raw, dict):
                        raise _Problem("expected an object")
                    ident = raw.get("key") if name == "dimensions" else raw.get("id")
                    if not isinstance(ident, str) or not ident.strip():
                        raise _Problem("the id is missing")
                    if name == "dimensions":
                        check_key(ident, "key", MAX_KEY)
                    else:
                        check_id(ident)
                    where = f"{name}[{index}] ({ident})"
                    if ident in seen:
                        raise _Problem("the id appears twice in the file")
                    seen.add(ident)
                    target.append(reader(raw))
                except _Problem as problem:
                    self.out.problems.append(f"{where}: {problem}")
                except AutonomyError as error:
                    self.out.problems.append(f"{where}: {error}")
                except (TypeError, ValueError, KeyError, ArithmeticError, RecursionError) as error:
                    # A rule missing above: still a refusal of this record, never a crash of the import.
                    self.out.problems.append(f"{where}: {type(error).__name__}: {shown(str(error), 120)}")

    # --- one reader per section -------------------------------------------------------------------
    def _classrooms(self, r: dict[str, Any]) -> dict[str, Any]:
        row = {
            "id": r["id"],
            "name": clean_name(r.get("name"), "name"),
            "subject": clean_optional_text(r.get("subject"), "subject", 200),
            "school_year": clean_optional_text(r.get("school_year"), "school_year", 20),
            "archived": _bool(r.get("archived", False), "archived"),
        }
        self.classrooms.add(row["id"])
        return row

    def _dimensions(self, r: dict[str, Any]) -> dict[str, Any]:
        key = r["key"]
        levels = r.get("levels")
        if not isinstance(levels, list) or len(levels) < 2:
            raise _Problem("a dimension needs a ladder of at least two levels")
        at_most(levels, "levels", MAX_LEVELS, "levels")
        ranks = []
        cleaned = []
        for level in levels:
            if not isinstance(level, dict):
                raise _Problem("each level must be an object")
            rank = whole_number(level.get("rank"), "rank", 0, MAX_LEVELS - 1)
            ranks.append(rank)
            # A description (or question) the file leaves out is not given, not "": it keeps the installed one.
            description = level.get("description")
            student_text = level.get("student_text")  # added within v1: left out keeps the installed one
            cleaned.append({"rank": rank, "name": clean_name(level.get("name"), "level name"),
                            "description": None if description is None
                            else clean_optional_text(description, "description", MAX_PROMPT),
                            "student_text": None if student_text is None
                            else clean_optional_text(student_text, "student_text", MAX_PROMPT)})
        if sorted(ranks) != list(range(len(ranks))):
            raise _Problem("the levels must be ranked 0, 1, 2 … without gaps")
        # The file's levels above the installed top are added on import, so its records may use them.
        self.ladders[key] = max(self.ladders.get(key, 0), len(ranks) - 1)
        if len(self.ladders) > MAX_DIMENSIONS:
            raise _Problem(f"with the database's, this makes more than {MAX_DIMENSIONS} dimensions, the most "
                           "Autonomy keeps")
        question = r.get("question")
        return {"key": key, "name": clean_name(r.get("name"), "name"),
                "question": None if question is None else clean_optional_text(question, "question", 400),
                "levels": cleaned}

    def _students(self, r: dict[str, Any]) -> dict[str, Any]:
        classrooms = check_ids(r.get("classrooms", []), "classrooms", MAX_LINKS)
        for classroom in classrooms:
            if classroom not in self.classrooms:
                raise _Problem(f"refers to classroom {classroom}, which is not in the file or the database")
        external = r.get("external_id")
        if isinstance(external, int) and not isinstance(external, bool):
            # A number a spreadsheet made of an id; one too long for the column is refused (without turning a
            # 5,000-digit number into text, which Python refuses).
            if not -10**63 < external < 10**63:
                raise InvalidInput("external_id", "is longer than 64 characters")
            external = str(external)
        if external is not None:
            if not isinstance(external, str):
                raise InvalidInput("external_id", "must be text or null")
            external = clean_optional_text(external, "external_id", 64) or None
        row = {
            "id": r["id"],
            "name": clean_name(r.get("name"), "name"),
            "external_id": external,
            "notes": clean_optional_text(r.get("notes"), "notes"),
            "active": _bool(r.get("active", True), "active"),
            "classrooms": list(dict.fromkeys(classrooms)),
        }
        self.students.add(row["id"])
        return row

    def _level_changes(self, r: dict[str, Any]) -> dict[str, Any]:
        dimension = self._dimension(r.get("dimension"))
        top = self.ladders[dimension]
        row = {
            "id": r["id"],
            "student_id": self._student(r.get("student")),
            "dimension_key": dimension,
            "from_level": _level(r.get("from_level"), top, "from_level"),
            "to_level": _level(r.get("to_level"), top, "to_level"),
            "at": self._moment(r.get("at"), "at"),
            "reason": phrases.from_file(clean_optional_text(r.get("reason"), "reason", MAX_NOTE)),
            "source": _choice(r.get("source", "manual"), ChangeSource, "source"),
            "evidence": check_ids(r.get("evidence", []), "evidence"),
        }
        return row

    def _events(self, r: dict[str, Any]) -> dict[str, Any]:
        kind = _choice(r.get("kind"), EventKind, "kind")
        severity = r.get("severity")
        if kind == EventKind.BREAK:
            severity = _choice(severity or "minor", Severity, "severity")
        elif severity is not None:
            raise _Problem("only a trust-breaking event has a severity")
        category = check_key(r.get("category"), "category", MAX_CATEGORY_KEY)
        self.categories.add(category)  # a key the database lacks joins its catalogue (services/exchange.py)
        if len(self.categories) > MAX_CATEGORIES:
            raise _Problem(f"the file names more than {MAX_CATEGORIES} event categories, the most Autonomy keeps")
        dimension = r.get("dimension")
        habit = r.get("habit")
        if habit is not None:
            habit = check_key(habit, "habit", MAX_KEY)
        group = r.get("group")
        row = {
            "id": r["id"],
            "group_id": r["id"] if group is None else check_id(group, "group"),
            "student_id": self._student(r.get("student")),
            "kind": kind,
            "category_key": category,
            "dimension_key": None if dimension is None else self._dimension(dimension),
            "severity": severity,
            "habit": habit,
            "at": self._moment(r.get("at"), "at"),
            "note": clean_optional_text(r.get("note"), "note"),
        }
        self.events.add(row["id"])
        return row

    def _choices(self, r: dict[str, Any]) -> dict[str, Any]:
        day = date_not_in_future(parse_day(r.get("date"), "date"), "date", self.now.date())
        return {
            "id": r["id"],
            "student_id": self._student(r.get("student")),
            "day": day,
            "dimension_key": self._dimension(r.get("dimension")),
            "choice": clean_name(r.get("choice"), "choice"),
            "within_level": _bool(r.get("within_level", True), "within_level"),
            "made_by": _choice(r.get("by", "teacher"), MadeBy, "by"),  # added within v1: older files, the teacher
        }

    def _reflections(self, r: dict[str, Any]) -> dict[str, Any]:
        events = check_ids(r.get("events", []), "events", MAX_LINKS)
        for event in events:
            if event not in self.events:
                raise _Problem(f"refers to event {event}, which is not in the file or the database")
        prompts = r.get("prompts", [])
        if not isinstance(prompts, list) or not all(isinstance(p, str) for p in prompts):
            raise _Problem("prompts must be a list of text")
        at_most(prompts, "prompts", MAX_REFLECTION_PROMPTS, "prompts")
        follow_up = r.get("follow_up")
        ratings = r.get("self_ratings") or {}
        if not isinstance(ratings, dict):
            raise _Problem("self_ratings must map a dimension to a level")
        checked_ratings = {}
        for key, level in ratings.items():
            key = self._dimension(key)
            checked_ratings[key] = _level(level, self.ladders[key], "self_ratings")
        outcome = r.get("outcome")
        return {
            "id": r["id"],
            "student_id": self._student(r.get("student")),
            "at": self._moment(r.get("at"), "at"),
            "events": list(dict.fromkeys(events)),
            "prompts": [clean_optional_text(p, "prompt", MAX_PROMPT) for p in prompts],
            "student_words": clean_optional_text(r.get("student_words"), "student_words"),
            "agreement": clean_optional_text(r.get("agreement"), "agreement"),
            "follow_up": None if follow_up is None else parse_day(follow_up, "follow_up"),
            "outcome": None if outcome is None else clean_optional_text(outcome, "outcome"),
            "self_ratings": checked_ratings,
        }

    def _self_ratings(self, r: dict[str, Any]) -> dict[str, Any]:
        key = self._dimension(r.get("dimension"))
        day = date_not_in_future(parse_day(r.get("date"), "date"), "date", self.now.date())
        # "at", when the file has it, keeps the moment; a file with only the day gets its noon (UTC).
        at = self._moment(r["at"], "at") if r.get("at") is not None else min(
            dt.datetime.combine(day, dt.time(12), dt.UTC), self.now)
        return {
            "id": r["id"],
            "student_id": self._student(r.get("student")),
            "dimension_key": key,
            "level": _level(r.get("rating"), self.ladders[key], "rating"),
            "at": at,
            "words": clean_optional_text(r.get("words"), "words", MAX_PROMPT),
            "made_by": _choice(r.get("by", "student"), MadeBy, "by"),
        }

    def _decisions(self, r: dict[str, Any]) -> dict[str, Any]:
        student = r.get("student")
        classroom = r.get("classroom")
        dimension = r.get("dimension")
        until = r.get("until")
        reason = r.get("reason")
        if classroom is not None and check_id(classroom, "classroom") not in self.classrooms:
            raise _Problem(f"refers to classroom {classroom}, which is not in the file or the database")
        return {
            "id": r["id"],
            "student_id": None if student is None else self._student(student),
            "classroom_id": classroom,
            "dimension_key": None if dimension is None else self._dimension(dimension),
            "kind": _choice(r.get("kind"), SuggestionKind, "kind"),
            "decision": _choice(r.get("decision"), Decision, "decision"),
            "at": self._moment(r.get("at"), "at"),
            "until": None if until is None else parse_day(until, "until"),
            "reason": None if reason is None else phrases.from_file(clean_optional_text(reason, "reason", 2000)),
            "evidence": check_ids(r.get("evidence", []), "evidence"),
        }

    # --- shared checks ----------------------------------------------------------------------------
    def _student(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.students:
            raise _Problem(f"refers to student {shown(value, quoted=False)}, who is not in the file or the database")
        return value

    def _dimension(self, value: object) -> str:
        if not isinstance(value, str) or value not in self.ladders:
            raise _Problem(f"refers to dimension {shown(value)}, which is not in the file or the database")
        return value

    def _moment(self, value: object, field_name: str) -> dt.datetime:
        return not_in_future(parse_moment(value, field_name), field_name, self.now)


def _bool(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(name, "must be true or false")
    return value


def _level(value: object, top: int, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInput(name, "must be a whole number")
    if not 0 <= value <= top:
        raise InvalidInput(name, f"{shown(value)} is outside the ladder (0 to {top})")
    return value


def _choice(value: object, enum: Any, name: str) -> str:
    try:
        return str(enum(value).value)
    except (ValueError, TypeError):
        allowed = ", ".join(member.value for member in enum)
        raise InvalidInput(name, f"{shown(value)} is not one of {allowed}") from None


# --- CSV ------------------------------------------------------------------------------------------
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe makes them text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def flatten(values: Iterable[object]) -> list[object]:
    return [neutralise_cell(";".join(v) if isinstance(v, list) else v) for v in values]
