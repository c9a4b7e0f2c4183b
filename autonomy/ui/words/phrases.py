"""Stored phrases worded in the teacher's language: undo labels (the Edit menu, the notice after a change) and the
reasons the app wrote for accepted suggestions (the level history, the coach's screen and report).

The services store what happened as a kind plus parameters (autonomy/core/phrases.py); here it becomes a sentence
in the language of the moment, with built-in category, dimension and level names translated the way every other
view shows them (autonomy/ui/words/builtin.py) and the teacher's own names as they wrote them. So a label written
while the app was in English reads in German after a switch, and the other way round.

Text that is not a phrase (the English labels and reasons of databases written before phrases, a reason the
teacher typed) is shown as it is.

The English templates below are literal copies of `autonomy.core.phrases.ENGLISH`, for pyside6-lupdate;
tests/ui/test_phrases.py keeps the two equal. Plain functions: safe on any thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from autonomy.core import phrases
from autonomy.core.charts import ClassData
from autonomy.core.phrases import Phrase
from autonomy.services.dto import DimensionInfo, LevelInfo
from autonomy.ui.words import builtin
from autonomy.ui.words.dates import day_text
from autonomy.ui.words.suggestion_sentences import sentence

CONTEXT = "Phrases"

# (QT_TRANSLATE_NOOP is typed as returning object: it returns its text.)
TEMPLATES: dict[str, str] = cast(dict[str, str], {
    phrases.LOGGED: QT_TRANSLATE_NOOP("Phrases", "Logged ‘{category}’ for {students}"),
    phrases.RECORDED_CHOICE: QT_TRANSLATE_NOOP("Phrases", "Recorded {student}’s choice ‘{choice}’"),
    phrases.RECORDED_CHOICES: QT_TRANSLATE_NOOP("Phrases", "Recorded {student}’s choices {choices}"),
    phrases.RECORDED_REFLECTION: QT_TRANSLATE_NOOP("Phrases", "Recorded a conversation with {student}"),
    phrases.RECORDED_OUTCOME: QT_TRANSLATE_NOOP("Phrases", "Recorded how a follow-up went"),
    phrases.ADDED_CLASSROOM: QT_TRANSLATE_NOOP("Phrases", "Added the classroom {name}"),
    phrases.EDITED_CLASSROOM: QT_TRANSLATE_NOOP("Phrases", "Edited the classroom {name}"),
    phrases.ARCHIVED_CLASSROOM: QT_TRANSLATE_NOOP("Phrases", "Archived the classroom {name}"),
    phrases.RESTORED_CLASSROOM: QT_TRANSLATE_NOOP("Phrases", "Restored the classroom {name}"),
    phrases.HANDED_CLASSROOM: QT_TRANSLATE_NOOP("Phrases", "Handed the classroom {name} to {owner}"),
    phrases.ADDED_STUDENT: QT_TRANSLATE_NOOP("Phrases", "Added {name}"),
    phrases.EDITED_STUDENT: QT_TRANSLATE_NOOP("Phrases", "Edited {name}"),
    phrases.ARCHIVED_STUDENT: QT_TRANSLATE_NOOP("Phrases", "Archived {name}"),
    phrases.RESTORED_STUDENT: QT_TRANSLATE_NOOP("Phrases", "Restored {name}"),
    phrases.ENROLLED_STUDENT: QT_TRANSLATE_NOOP("Phrases", "Enrolled {name} in {classroom}"),
    phrases.IMPORTED_ROSTER: QT_TRANSLATE_NOOP("Phrases", "Imported the roster of {classroom}: {count} added"),
    phrases.IMPORTED_ROSTER_NEW_CLASS: QT_TRANSLATE_NOOP(
        "Phrases", "Imported the roster of the new classroom {classroom}: {count} added"),
    phrases.CHANGED_LEVEL: QT_TRANSLATE_NOOP("Phrases", "Moved {student} to ‘{level}’ in {dimension}"),
    phrases.RENAMED_LEVEL: QT_TRANSLATE_NOOP("Phrases", "Renamed a level of {dimension} to ‘{name}’"),
    phrases.RENAMED_LEVELS: QT_TRANSLATE_NOOP("Phrases", "Renamed {count} levels of {dimension}"),
    phrases.ADDED_DIMENSION: QT_TRANSLATE_NOOP("Phrases", "Added the dimension {name}"),
    phrases.CHANGED_THRESHOLDS: QT_TRANSLATE_NOOP("Phrases", "Changed the suggestion thresholds"),
    phrases.ACCEPTED: QT_TRANSLATE_NOOP("Phrases", "Accepted the suggestion for {student}"),
    "accepted_step": QT_TRANSLATE_NOOP("Phrases", "Accepted: {student} to ‘{level}’ in {dimension}"),
    "accepted_class": QT_TRANSLATE_NOOP("Phrases", "Accepted: the whole class to ‘{level}’ in {dimension}"),
    phrases.DISMISSED: QT_TRANSLATE_NOOP("Phrases", "Dismissed the suggestion for {student}"),
    "dismissed_class": QT_TRANSLATE_NOOP("Phrases", "Dismissed a suggestion for the class"),
    phrases.SNOOZED: QT_TRANSLATE_NOOP("Phrases", "Snoozed the suggestion for {student} until {until}"),
    "snoozed_class": QT_TRANSLATE_NOOP("Phrases", "Snoozed a suggestion for the class until {until}"),
    phrases.DECIDED: QT_TRANSLATE_NOOP("Phrases", "Recorded a decision on a suggestion"),
    phrases.IMPORTED_FILE: QT_TRANSLATE_NOOP("Phrases", "Imported a file"),
    phrases.EDITED_EVENT: QT_TRANSLATE_NOOP("Phrases", "Edited a moment of {student}"),
    phrases.DELETED_EVENTS: QT_TRANSLATE_NOOP("Phrases", "Deleted moments: {count}"),
    phrases.ADDED_CATEGORY: QT_TRANSLATE_NOOP("Phrases", "Added the category ‘{category}’"),
    phrases.EDITED_CATEGORY: QT_TRANSLATE_NOOP("Phrases", "Edited the category ‘{category}’"),
    phrases.TOOK_LADDERS: QT_TRANSLATE_NOOP("Phrases", "Took the ladders of {names} from an imported file"),
    "logged_bare": QT_TRANSLATE_NOOP("Phrases", "Logged a moment"),
    "bare": QT_TRANSLATE_NOOP("Phrases", "A change"),
})


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def names_text(names: Sequence[str], more: int = 0) -> str:
    """"A", "A and B", "A, B and C", "A, B and 3 more", in the app's language."""
    shown, more = phrases.shown_names(names, more)
    if more:
        return tr("{names} and {count} more").format(names=", ".join(shown), count=more)
    if len(shown) <= 1:
        return "".join(shown)
    return tr("{names} and {last}").format(names=", ".join(shown[:-1]), last=shown[-1])


def label_text(stored: str | None) -> str:
    """An undo step's label in the teacher's language (an old English label as it was stored)."""
    p = phrases.decode(stored)
    if p is None:
        return stored or ""
    return _said(p)


def _said(p: Phrase) -> str:
    key = phrases.template_key(p)
    dimension = p.text("dimension")
    words = {name: str(value) for name, value in p.args.items() if isinstance(value, str | int)}
    words.update(
        students=names_text(p.names("students"), p.number("more")),
        names=names_text([builtin.dimension_name(k, n) for k, n in _pairs(p.names("keys"), p.names("names"))],
                         p.number("more")),
        dimension=builtin.dimension_name(dimension, p.text("dimension_name", dimension)),
        level=_level(p),
        category=builtin.category_name(p.text("category_key") or None, p.text("category", p.text("name"))),
        until=_day(p.text("until")),
    )
    if p.kind == phrases.RECORDED_CHOICE:
        words["choice"] = builtin.choice_text(dimension, p.text("choice"))
    if p.kind == phrases.RECORDED_CHOICES:
        words["choices"] = names_text([tr("‘{choice}’ ({dimension})").format(
            choice=builtin.choice_text(key, choice), dimension=builtin.dimension_name(key, name))
            for choice, key, name in phrases.choice_triples(p)], p.number("more"))
    if p.kind == phrases.RENAMED_LEVEL:
        words["name"] = p.text("name")
    return tr(TEMPLATES[key]).format_map(_Blank(words))


def _pairs(keys: list[str], names: list[str]) -> list[tuple[str, str]]:
    return [(keys[i] if i < len(keys) else "", name) for i, name in enumerate(names)]


def _level(p: Phrase) -> str:
    rank = p.args.get("to")
    stored = p.text("level_name")
    if not isinstance(rank, int):
        return stored
    return builtin.level_name(p.text("dimension"), rank, stored) if stored else str(rank)


def _day(iso: str) -> str:
    try:
        return day_text(dt.date.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


# --- reasons ----------------------------------------------------------------------------------------------------
def reason_text(stored: str | None) -> str:
    """Why a level changed, in the teacher's language: the accepted suggestion's sentence as its card said it
    (dated as on the day it was accepted), or the teacher's own words as they typed them."""
    p = phrases.decode(stored)
    if p is None:
        return stored or ""
    if p.kind != phrases.SUGGESTED:
        return _said(p)
    suggestion = phrases.suggestion_of(p)
    if suggestion is None or suggestion.dimension is None:
        return phrases.english(stored)
    names = phrases.level_names_of(p)
    dimension = DimensionInfo(suggestion.dimension, p.text("dimension_name", suggestion.dimension), "",
                              tuple(LevelInfo(rank, name, "") for rank, name in sorted(names.items())))
    if suggestion.reasons is None:
        return tr("Accepted the suggestion to go from ‘{from_level}’ to ‘{to_level}’ in {dimension}").format(
            from_level=_named(dimension, suggestion.from_level), to_level=_named(dimension, suggestion.to_level),
            dimension=builtin.dimension(dimension).name)
    return sentence(suggestion, {dimension.key: dimension}, phrases.day_of(p))


def _named(dimension: DimensionInfo, rank: int | None) -> str:
    if rank is None:
        return ""
    return builtin.level_name(dimension.key, rank, dimension.level_name(rank))


def class_data(data: ClassData) -> ClassData:
    """The coach's records worded for the screen and the report: built-in names (builtin.class_data) and the
    reasons of level changes the app wrote."""
    data = builtin.class_data(data)
    changes = tuple(dataclasses.replace(c, reason=reason_text(c.reason)) if phrases.decode(c.reason) else c
                    for c in data.changes)
    return dataclasses.replace(data, changes=changes)
