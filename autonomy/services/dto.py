"""What services hand back: frozen, plain data. Safe to pass to another thread or a Qt model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from autonomy.core.roster_signals import STEADY


@dataclass(frozen=True)
class ClassroomInfo:
    id: str
    name: str
    subject: str
    school_year: str
    archived: bool
    student_count: int = 0
    owner: str = ""  # the teacher it belongs to (autonomy/services/access.py)


@dataclass(frozen=True)
class StudentInfo:
    id: str
    name: str
    external_id: str | None
    notes: str
    active: bool
    classroom_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class LevelInfo:
    rank: int
    name: str
    description: str


@dataclass(frozen=True)
class LevelWords:
    """What a student reads and may pick at the check-in for one level (services/checkin.py)."""

    dimension: str
    rank: int
    student_text: str  # empty: the app's own sentence for a built-in level, else the description
    picks: tuple[str, ...] = ()
    own_words: bool | None = None  # None: from rank 3 on (core/checkin.py)


@dataclass(frozen=True)
class DimensionInfo:
    key: str
    name: str
    question: str
    levels: tuple[LevelInfo, ...]
    builtin: bool = True

    @property
    def top(self) -> int:
        return len(self.levels) - 1

    def level_name(self, rank: int) -> str:
        for level in self.levels:
            if level.rank == rank:
                return level.name
        return str(rank)


@dataclass(frozen=True)
class CategoryInfo:
    key: str
    kind: str
    name: str
    archived: bool = False


@dataclass(frozen=True)
class QuickLog:
    """What the roster's one-key logging offers for a class: its most used trust-building categories (the keys
    1, 2, ... in this order) and the time of day its lessons usually are (for "yesterday at this lesson's time")."""

    categories: tuple[CategoryInfo, ...]
    lesson_time: dt.time | None  # local time of day; None before the class has any history


@dataclass(frozen=True)
class LevelChangeInfo:
    id: str
    student_id: str
    dimension: str
    from_level: int
    to_level: int
    at: dt.datetime
    reason: str
    source: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrustEventInfo:
    id: str
    group_id: str
    student_id: str
    kind: str
    category: str
    dimension: str | None
    severity: str | None
    habit: str | None
    at: dt.datetime
    note: str
    deleted: bool = False


@dataclass(frozen=True)
class ChoiceInfo:
    id: str
    student_id: str
    day: dt.date
    dimension: str
    choice: str
    within_level: bool
    by: str = "teacher"  # "student": made at the check-in


@dataclass(frozen=True)
class SelfRatingInfo:
    """A student's own view of their level in a dimension, beside the teacher's (never averaged into it)."""

    id: str
    student_id: str
    dimension: str
    level: int
    at: dt.datetime
    words: str = ""
    by: str = "student"
    reflection_id: str | None = None


@dataclass(frozen=True)
class ReflectionInfo:
    id: str
    student_id: str
    at: dt.datetime
    event_ids: tuple[str, ...]
    prompts: tuple[str, ...]
    student_words: str
    agreement: str
    follow_up: dt.date | None
    outcome: str | None
    self_ratings: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    student_id: str | None
    classroom_id: str | None
    dimension: str | None
    kind: str
    decision: str
    at: dt.datetime
    until: dt.date | None
    reason: str | None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionInfo:
    id: int
    label: str
    at: dt.datetime
    state: str


@dataclass(frozen=True)
class RosterLine:
    """One student's row on the classroom screen."""

    student_id: str
    name: str
    external_id: str | None
    active: bool
    levels: Mapping[str, int]  # dimension key -> current level (0 where never changed)
    builds_today: int = 0
    breaks_today: int = 0
    observations_today: int = 0
    choices_today: int = 0
    own_choices_today: int = 0  # of those, made by the student at the check-in
    recent_builds: int = 0  # over the last TREND_SCHOOL_DAYS school days, today included
    recent_breaks: int = 0
    trend: int = STEADY  # RISING, STEADY or SLIPPING
    waiting: bool = False  # a suggestion (or, without the engine, a reflection or follow-up) waits
    waiting_kind: str = ""  # "reflect", "follow_up", "step_up", ...
    waiting_due: dt.date | None = None  # before the engine answers: the day a waiting follow-up was due
    waiting_text: str = ""  # the engine's sentence, worded by the UI (empty until the engine has answered)


@dataclass(frozen=True)
class StudentDetail:
    student: StudentInfo
    classrooms: tuple[ClassroomInfo, ...]
    dimensions: tuple[DimensionInfo, ...]
    levels: Mapping[str, int]
    level_history: tuple[LevelChangeInfo, ...]  # oldest first
    events: tuple[TrustEventInfo, ...]  # newest first, deleted ones left out
    choices: tuple[ChoiceInfo, ...]  # newest first
    reflections: tuple[ReflectionInfo, ...]  # newest first
    categories: Mapping[str, CategoryInfo] = field(default_factory=dict)  # key -> category, archived included
    self_ratings: tuple[SelfRatingInfo, ...] = ()  # the student's own view, oldest first (check-ins, reflections)
