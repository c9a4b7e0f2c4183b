"""The app's own names in the teacher's language: built-in dimensions, ladder levels, event categories and
Habits of Mind.

The database keeps what was seeded (English, from autonomy/core) or what the teacher wrote: files, the command line
and other programs read the same words whatever language the app is in. At display time a built-in item (a known
key) whose stored text still equals the shipped English default is shown translated; a text the teacher changed
is theirs and shown as they wrote it. So a German teacher sees "Arbeitsort" for an untouched "Workspace", and
"Sofaecke" exactly as typed for a renamed level.

Every view that shows these names passes what it got from the services through here (`dimensions`,
`categories`, `detail`, `class_data`); the editors show the same words and save only what the teacher changed
(autonomy/ui/setup/vocabulary_dialogs.py). Plain functions: safe on any thread (Qt's translate is thread-safe), and
idempotent (a translated name no longer equals the English default, so it is left alone).

The English texts below are for pyside6-lupdate only; the comparison uses autonomy/core's defaults, and
tests/ui/test_wording.py keeps the two lists equal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from autonomy.core.catalogue import DEFAULT_CATEGORIES, HABITS_OF_MIND
from autonomy.core.charts import ClassData, DimensionRow
from autonomy.core.ladders import DEFAULT_LADDERS, DEFAULT_STUDENT_TEXTS
from autonomy.services.dto import CategoryInfo, DimensionInfo, LevelInfo, StudentDetail

CONTEXT = "Builtin"
K = TypeVar("K")

# --- what lupdate extracts (literal copies of autonomy/core/ladders.py and catalogue.py) --------------------
LADDER_TEXTS = (
    QT_TRANSLATE_NOOP("Builtin", "Workspace"),
    QT_TRANSLATE_NOOP("Builtin", "Where does the student work?"),
    QT_TRANSLATE_NOOP("Builtin", "Assigned seat"),
    QT_TRANSLATE_NOOP("Builtin", "Works at the seat the teacher gives them."),
    QT_TRANSLATE_NOOP("Builtin", "Spots in the room"),
    QT_TRANSLATE_NOOP("Builtin", "Picks from a few places in the room the teacher has named."),
    QT_TRANSLATE_NOOP("Builtin", "Just outside, in sight"),
    QT_TRANSLATE_NOOP("Builtin", "May work just outside the door where the teacher can still see them."),
    QT_TRANSLATE_NOOP("Builtin", "Along the hallway"),
    QT_TRANSLATE_NOOP("Builtin", "May work anywhere along the hallway, checking in at agreed times."),
    QT_TRANSLATE_NOOP("Builtin", "Anywhere agreed"),
    QT_TRANSLATE_NOOP("Builtin", "Works anywhere in the building agreed for learning and keeps track of it."),
    QT_TRANSLATE_NOOP("Builtin", "Pacing"),
    QT_TRANSLATE_NOOP("Builtin", "Who sets the pace?"),
    QT_TRANSLATE_NOOP("Builtin", "Teacher's pace"),
    QT_TRANSLATE_NOOP("Builtin", "Moves with the whole class on the teacher's timetable."),
    QT_TRANSLATE_NOOP("Builtin", "Flexible within the lesson"),
    QT_TRANSLATE_NOOP("Builtin", "Chooses the order of tasks within one lesson."),
    QT_TRANSLATE_NOOP("Builtin", "Weekly plan together"),
    QT_TRANSLATE_NOOP("Builtin", "Plans the week's work with the teacher and follows that plan."),
    QT_TRANSLATE_NOOP("Builtin", "Own deadlines in a unit"),
    QT_TRANSLATE_NOOP("Builtin", "Sets their own deadlines inside a unit and meets them."),
    QT_TRANSLATE_NOOP("Builtin", "Self-paced and self-checked"),
    QT_TRANSLATE_NOOP("Builtin", "Paces a whole unit alone and checks progress against their plan."),
    QT_TRANSLATE_NOOP("Builtin", "Choice of work"),
    QT_TRANSLATE_NOOP("Builtin", "Who chooses what the student works on?"),
    QT_TRANSLATE_NOOP("Builtin", "Assigned task"),
    QT_TRANSLATE_NOOP("Builtin", "Does the task the teacher assigns."),
    QT_TRANSLATE_NOOP("Builtin", "Choice among set tasks"),
    QT_TRANSLATE_NOOP("Builtin", "Picks from a short list of tasks the teacher prepared."),
    QT_TRANSLATE_NOOP("Builtin", "Task shaped together"),
    QT_TRANSLATE_NOOP("Builtin", "Adapts a task with the teacher so it fits an interest."),
    QT_TRANSLATE_NOOP("Builtin", "Proposes own task"),
    QT_TRANSLATE_NOOP("Builtin", "Proposes a task of their own that the teacher approves."),
    QT_TRANSLATE_NOOP("Builtin", "Designs own learning"),
    QT_TRANSLATE_NOOP("Builtin", "Designs their own project and judges whether it meets the goals."),
    QT_TRANSLATE_NOOP("Builtin", "Showing learning"),
    QT_TRANSLATE_NOOP("Builtin", "How does the student show what they learned?"),
    QT_TRANSLATE_NOOP("Builtin", "Set format"),
    QT_TRANSLATE_NOOP("Builtin", "Shows learning the way the teacher sets (a test, a worksheet)."),
    QT_TRANSLATE_NOOP("Builtin", "Choice of formats"),
    QT_TRANSLATE_NOOP("Builtin", "Picks a format from options the teacher offers."),
    QT_TRANSLATE_NOOP("Builtin", "Format agreed together"),
    QT_TRANSLATE_NOOP("Builtin", "Agrees a format with the teacher, with criteria set together."),
    QT_TRANSLATE_NOOP("Builtin", "Proposes own evidence"),
    QT_TRANSLATE_NOOP("Builtin", "Proposes how to show learning and what good looks like."),
    QT_TRANSLATE_NOOP("Builtin", "Self-assessed evidence"),
    QT_TRANSLATE_NOOP("Builtin", "Chooses the evidence, assesses it against the goals, and explains why."),
)
STUDENT_TEXTS = (  # literal copies of autonomy/core/ladders.py DEFAULT_STUDENT_TEXTS
    QT_TRANSLATE_NOOP("Builtin", "I work at the seat my teacher gives me."),
    QT_TRANSLATE_NOOP("Builtin", "I choose one of the spots in the room my teacher has named."),
    QT_TRANSLATE_NOOP("Builtin", "I can work just outside the door, where my teacher can still see me."),
    QT_TRANSLATE_NOOP("Builtin", "I can work anywhere along the hallway, and I check in at the agreed times."),
    QT_TRANSLATE_NOOP("Builtin", "I choose where in the building I work, and I keep track of it."),
    QT_TRANSLATE_NOOP("Builtin", "I work at the class's pace, on my teacher's timetable."),
    QT_TRANSLATE_NOOP("Builtin", "I choose the order of my tasks in the lesson."),
    QT_TRANSLATE_NOOP("Builtin", "I plan my week with my teacher and follow the plan."),
    QT_TRANSLATE_NOOP("Builtin", "I set my own deadlines in this unit and keep them."),
    QT_TRANSLATE_NOOP("Builtin", "I pace the whole unit myself and check my progress against my plan."),
    QT_TRANSLATE_NOOP("Builtin", "I do the task my teacher gives me."),
    QT_TRANSLATE_NOOP("Builtin", "I pick a task from my teacher's short list."),
    QT_TRANSLATE_NOOP("Builtin", "I shape a task with my teacher so it fits what I am curious about."),
    QT_TRANSLATE_NOOP("Builtin", "I suggest a task of my own, and my teacher says yes or helps me change it."),
    QT_TRANSLATE_NOOP("Builtin", "I design my own project and judge whether it meets the goals."),
    QT_TRANSLATE_NOOP("Builtin", "I show what I learned the way my teacher sets."),
    QT_TRANSLATE_NOOP("Builtin", "I pick how I show what I learned from my teacher's options."),
    QT_TRANSLATE_NOOP("Builtin", "My teacher and I agree how I show what I learned, and what good looks like."),
    QT_TRANSLATE_NOOP("Builtin", "I suggest how I show what I learned and what good work looks like."),
    QT_TRANSLATE_NOOP("Builtin", "I choose my evidence, check it against the goals, and explain why."),
)
CATEGORY_TEXTS = (
    QT_TRANSLATE_NOOP("Builtin", "Finished what they chose"),
    QT_TRANSLATE_NOOP("Builtin", "Stayed on task away from the teacher"),
    QT_TRANSLATE_NOOP("Builtin", "Helped a classmate"),
    QT_TRANSLATE_NOOP("Builtin", "Asked for help at the right time"),
    QT_TRANSLATE_NOOP("Builtin", "Kept to their plan or deadline"),
    QT_TRANSLATE_NOOP("Builtin", "Judged their own work honestly"),
    QT_TRANSLATE_NOOP("Builtin", "Came back at the agreed time"),
    QT_TRANSLATE_NOOP("Builtin", "Left the agreed area"),
    QT_TRANSLATE_NOOP("Builtin", "Did not finish what they chose"),
    QT_TRANSLATE_NOOP("Builtin", "Distracted others"),
    QT_TRANSLATE_NOOP("Builtin", "Off task when out of sight"),
    QT_TRANSLATE_NOOP("Builtin", "Missed an agreed check-in"),
    QT_TRANSLATE_NOOP("Builtin", "Misused materials or devices"),
    QT_TRANSLATE_NOOP("Builtin", "Something worth noting"),
    QT_TRANSLATE_NOOP("Builtin", "Tried a new freedom for the first time"),
    QT_TRANSLATE_NOOP("Builtin", "Struggled and kept going"),
)
HABIT_TEXTS = (
    QT_TRANSLATE_NOOP("Builtin", "Persisting"),
    QT_TRANSLATE_NOOP("Builtin", "Managing impulsivity"),
    QT_TRANSLATE_NOOP("Builtin", "Listening with understanding and empathy"),
    QT_TRANSLATE_NOOP("Builtin", "Thinking flexibly"),
    QT_TRANSLATE_NOOP("Builtin", "Thinking about thinking"),
    QT_TRANSLATE_NOOP("Builtin", "Striving for accuracy"),
    QT_TRANSLATE_NOOP("Builtin", "Questioning and posing problems"),
    QT_TRANSLATE_NOOP("Builtin", "Applying past knowledge to new situations"),
    QT_TRANSLATE_NOOP("Builtin", "Thinking and communicating with clarity and precision"),
    QT_TRANSLATE_NOOP("Builtin", "Gathering data through all senses"),
    QT_TRANSLATE_NOOP("Builtin", "Creating, imagining, innovating"),
    QT_TRANSLATE_NOOP("Builtin", "Responding with wonderment and awe"),
    QT_TRANSLATE_NOOP("Builtin", "Taking responsible risks"),
    QT_TRANSLATE_NOOP("Builtin", "Finding humour"),
    QT_TRANSLATE_NOOP("Builtin", "Thinking interdependently"),
    QT_TRANSLATE_NOOP("Builtin", "Remaining open to continuous learning"),
)

# --- the shipped defaults, by key -------------------------------------------------------------------------
_DIMENSION = {ladder.key: (ladder.name, ladder.question) for ladder in DEFAULT_LADDERS}
_LEVEL = {(ladder.key, lv.rank): (lv.name, lv.description) for ladder in DEFAULT_LADDERS for lv in ladder.levels}
_LEVEL_NAMES = {(key, name) for (key, _rank), (name, _description) in _LEVEL.items()}
_CATEGORY = {c.key: c.name for c in DEFAULT_CATEGORIES}
_CATEGORY_BY_NAME = {c.name: c.key for c in DEFAULT_CATEGORIES}
_HABIT = dict(HABITS_OF_MIND)


def _shown(default: str | None, stored: str) -> str:
    """The translation when `stored` is still the shipped English `default`; else the stored text itself."""
    if default is None or stored != default:
        return stored
    return QCoreApplication.translate(CONTEXT, default)


def dimension_name(key: str, stored: str) -> str:
    return _shown(_DIMENSION.get(key, (None, None))[0], stored)


def dimension_question(key: str, stored: str) -> str:
    return _shown(_DIMENSION.get(key, (None, None))[1], stored)


def level_name(key: str, rank: int, stored: str) -> str:
    return _shown(_LEVEL.get((key, rank), (None, None))[0], stored)


def level_description(key: str, rank: int, stored: str) -> str:
    return _shown(_LEVEL.get((key, rank), (None, None))[1], stored)


def student_text(key: str, rank: int, name: str, stored: str, description: str) -> str:
    """What a student reads for a level: the teacher's sentence if they wrote one; else, for a built-in level
    whose name is still the shipped one, the app's own sentence in the app's language; else the description."""
    if stored.strip():
        return stored
    default = DEFAULT_STUDENT_TEXTS.get((key, rank))
    if default is not None and _LEVEL.get((key, rank), (None, None))[0] == name:
        return QCoreApplication.translate(CONTEXT, default)
    return level_description(key, rank, description)


def category_name(key: str | None, stored: str) -> str:
    return _shown(_CATEGORY.get(key or ""), stored)


def category_name_of(stored: str) -> str:
    """For records that carry only the category's name (the coach's data): a shipped default name is translated."""
    return category_name(_CATEGORY_BY_NAME.get(stored), stored)


def habit_name(key: str) -> str:
    """Habits of Mind are not stored: the app's own list, always in the app's language."""
    english = _HABIT.get(key)
    return QCoreApplication.translate(CONTEXT, english) if english else key


def choice_text(dimension: str, stored: str) -> str:
    """A daily choice picked from the ladder is stored as the level's name: a shipped one reads translated."""
    return QCoreApplication.translate(CONTEXT, stored) if (dimension, stored) in _LEVEL_NAMES else stored


# --- whole records ------------------------------------------------------------------------------------------
def dimension(dim: DimensionInfo) -> DimensionInfo:
    """The dimension as the teacher reads it: its name, question and ladder in the app's language."""
    levels = tuple(
        LevelInfo(lv.rank, level_name(dim.key, lv.rank, lv.name), level_description(dim.key, lv.rank, lv.description))
        for lv in dim.levels
    )
    return dataclasses.replace(dim, name=dimension_name(dim.key, dim.name),
                               question=dimension_question(dim.key, dim.question), levels=levels)


def dimensions(dims: Iterable[DimensionInfo]) -> tuple[DimensionInfo, ...]:
    return tuple(dimension(d) for d in dims)


def category(c: CategoryInfo) -> CategoryInfo:
    return dataclasses.replace(c, name=category_name(c.key, c.name))


def categories(found: Iterable[CategoryInfo]) -> list[CategoryInfo]:
    return [category(c) for c in found]


def category_map(found: Mapping[K, CategoryInfo]) -> dict[K, CategoryInfo]:
    return {key: category(c) for key, c in found.items()}


def detail(d: StudentDetail) -> StudentDetail:
    """One student's record with its dimensions and categories worded for the screen (choices keep their text)."""
    return dataclasses.replace(d, dimensions=dimensions(d.dimensions), categories=category_map(d.categories))


def class_data(data: ClassData) -> ClassData:
    """The coach's records with dimensions, ladder names, event categories and ladder choices worded for the
    screen and the report (with no translator installed, as on the command line, nothing changes)."""
    rows = tuple(DimensionRow(d.key, dimension_name(d.key, d.name),
                              tuple(level_name(d.key, rank, name) for rank, name in enumerate(d.level_names)))
                 for d in data.dimensions)
    events = tuple(dataclasses.replace(e, category=category_name_of(e.category)) for e in data.events)
    choices = tuple(dataclasses.replace(c, choice=choice_text(c.dimension, c.choice)) for c in data.choices)
    return dataclasses.replace(data, dimensions=rows, events=events, choices=choices)
