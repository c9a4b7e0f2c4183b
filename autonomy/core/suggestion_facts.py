"""What the suggestion engine reads and what it answers: the facts the service layer gathers (`Snapshot`) and the
explained suggestions (`Suggestion`, with typed `reasons`). Plain frozen dataclasses; the rules are in
`core/suggestions.py`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from autonomy.core.types import Decision, EventKind, Severity, SuggestionKind

# --- facts: what the service layer reads from the database ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StudentFact:
    id: str
    name: str
    classroom_id: str
    active: bool = True  # archived students get no suggestions and do not count in a class step


@dataclass(frozen=True, slots=True)
class DimensionFact:
    key: str
    name: str
    top: int  # the highest rank of the ladder
    level_names: tuple[str, ...] = ()
    classroom_id: str | None = None  # None: every classroom; set: this classroom's own ladder for the key

    def level_name(self, rank: int) -> str:
        return self.level_names[rank] if 0 <= rank < len(self.level_names) else f"level {rank}"


@dataclass(frozen=True, slots=True)
class LevelChangeFact:
    student_id: str
    dimension: str
    from_level: int | None
    to_level: int
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class EventFact:
    id: str
    student_id: str
    kind: EventKind
    dimension: str | None
    severity: Severity | None
    at: dt.datetime
    category: str | None = None  # the category's name, quoted in the sentence when given
    category_key: str | None = None  # ... and its key (the app names a built-in category in its own language)


@dataclass(frozen=True, slots=True)
class ReflectionFact:
    id: str
    student_id: str
    at: dt.datetime
    event_ids: tuple[str, ...] = ()
    follow_up: dt.date | None = None
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class DecisionFact:
    student_id: str | None
    dimension: str | None
    kind: SuggestionKind
    decision: Decision
    at: dt.datetime
    until: dt.date | None = None
    classroom_id: str | None = None  # for a class step: which class; None applies to every classroom


@dataclass(frozen=True, slots=True)
class ChoiceFact:
    """A daily choice: only counts as the student having been noticed (for check-ins)."""

    id: str
    student_id: str
    day: dt.date
    dimension: str | None = None
    within_level: bool = True


@dataclass(frozen=True)
class Snapshot:
    students: tuple[StudentFact, ...] = ()
    dimensions: tuple[DimensionFact, ...] = ()
    level_changes: tuple[LevelChangeFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    reflections: tuple[ReflectionFact, ...] = ()
    decisions: tuple[DecisionFact, ...] = ()
    classrooms: Mapping[str, str] = field(default_factory=dict)  # classroom id -> name
    choices: tuple[ChoiceFact, ...] = ()


# --- results ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    event_id: str
    at: dt.date
    kind: EventKind


@dataclass(frozen=True, slots=True)
class StepUpReasons:
    builds: int  # trust-building events in the dimension (or tied to none) since the last change
    days: int  # the different days they fell on
    since: dt.date  # the level held since (or, never changed, the student known since)
    days_without_break: int | None  # since the last break in the dimension or tied to none; None: no break yet


@dataclass(frozen=True, slots=True)
class StepBackReasons:
    breaks: int  # breaks in the dimension within the window, since the last change
    window_days: int
    break_days: tuple[dt.date, ...]  # the days of the latest five
    serious_on: dt.date | None  # set when one serious break, not the count, calls for it
    category: str | None  # that serious break's category (name, key)
    category_key: str | None
    # the way back up: the step-up rule, restarted
    builds_needed: int
    days_needed: int
    hold_days: int


@dataclass(frozen=True, slots=True)
class ReflectReasons:
    breaks: int  # breaks no conversation has followed yet
    first_on: dt.date  # the day of the (first) break
    severity: Severity | None  # the one break's severity, or the worst of several
    dimensions: tuple[str, ...]  # the keys of the dimensions they were in, sorted
    category: str | None  # the one break's category (name, key); None for several
    category_key: str | None
    conversation: Severity  # how long a conversation: by the worst break (minor when none says)


@dataclass(frozen=True, slots=True)
class FollowUpReasons:
    agreed_on: dt.date  # the conversation's day
    due: dt.date  # the follow-up date set then
    dimension: str | None  # what it was about, when its events share one dimension


@dataclass(frozen=True, slots=True)
class CheckInReasons:
    quiet_days: int | None  # days since anything was last noted; None: nothing was ever noted
    last_noted: dt.date | None
    known_since: dt.date | None  # when nothing was ever noted: since when the student has been known


@dataclass(frozen=True, slots=True)
class ClassStepReasons:
    reached: int  # students already at the level or beyond
    students: int  # in the class
    classroom: str  # the classroom's name


Reasons = StepUpReasons | StepBackReasons | ReflectReasons | FollowUpReasons | CheckInReasons | ClassStepReasons


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: SuggestionKind
    student_id: str | None  # None for a class step
    student_name: str | None
    classroom_id: str
    dimension: str | None
    from_level: int | None
    to_level: int | None
    evidence: tuple[Evidence, ...]
    text: str  # the English sentence (the command line's words)
    reasons: Reasons | None = None  # the sentence's facts, typed, for wording it in another language

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready data (`autonomy suggest --json`)."""
        data: dict[str, object] = {f: getattr(self, f) for f in _SUGGESTION_FIELDS}
        data["kind"] = str(self.kind)
        data["evidence"] = [{"event": e.event_id, "date": e.at.isoformat(), "kind": str(e.kind)} for e in self.evidence]
        return data


_SUGGESTION_FIELDS = ("student_id", "student_name", "classroom_id", "dimension", "from_level", "to_level", "text")
