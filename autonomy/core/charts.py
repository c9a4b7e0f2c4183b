"""What the coach's charts show, as plain data: timelines, heat maps, how a class opens up, follow-through.

Pure functions over plain records (no Qt, no SQLAlchemy), so the same numbers feed the screen and the PDF and
are tested on their own. Times are placed on a continuous day axis: a date's ordinal, plus the fraction of the
(local) day for a moment. A `DateRange` is inclusive of both ends.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

BUILD, BREAK, OBSERVATION, CHOICE, REFLECTION, CHANGE = "build", "break", "observation", "choice", "reflection", \
    "change"
SUGGESTION_KINDS = ("step_up", "step_back", "reflect", "check_in", "follow_up", "class_step")
MIN_VIEW_DAYS = 7.0


def day_number(moment: dt.datetime | dt.date) -> float:
    """The position of a moment on the day axis; a moment with a zone is placed in the local day."""
    if isinstance(moment, dt.datetime):
        local = moment.astimezone() if moment.tzinfo else moment
        return local.toordinal() + (local.hour * 3600 + local.minute * 60 + local.second) / 86400
    return float(moment.toordinal())


def local_day(moment: dt.datetime) -> dt.date:
    return (moment.astimezone() if moment.tzinfo else moment).date()


# --- ranges, zoom and pan ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a date range ends before it starts")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def first(self) -> float:
        return float(self.start.toordinal())

    @property
    def last(self) -> float:
        """Where the range ends on the day axis (the end of its last day)."""
        return float(self.end.toordinal() + 1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class View:
    """The visible part of the day axis (floats, so zooming is smooth)."""

    first: float
    last: float

    @classmethod
    def of(cls, span: DateRange) -> View:
        return cls(span.first, span.last)

    @property
    def width(self) -> float:
        return self.last - self.first


def zoom(view: View, factor: float, anchor: float, bounds: View, min_days: float = MIN_VIEW_DAYS) -> View:
    """Zoom by `factor` (<1 zooms in) keeping `anchor` (a day number) where it is, inside `bounds`."""
    width = min(bounds.width, max(min(min_days, bounds.width), view.width * factor))
    share = 0.5 if view.width <= 0 else (anchor - view.first) / view.width
    share = min(1.0, max(0.0, share))
    first = anchor - share * width
    return _inside(first, width, bounds)


def pan(view: View, days: float, bounds: View) -> View:
    return _inside(view.first + days, view.width, bounds)


def _inside(first: float, width: float, bounds: View) -> View:
    first = min(max(first, bounds.first), bounds.last - width)
    return View(first, first + width)


def mondays(span: DateRange) -> list[dt.date]:
    """The weeks a range touches, each named by its Monday."""
    week = span.start - dt.timedelta(days=span.start.weekday())
    weeks = []
    while week <= span.end:
        weeks.append(week)
        week += dt.timedelta(days=7)
    return weeks


def school_days(span: DateRange) -> int:
    """Monday to Friday days in the range."""
    full, rest = divmod(span.days, 7)
    count = full * 5
    start = span.start.weekday()
    count += sum(1 for i in range(rest) if (start + i) % 7 < 5)
    return count


def date_ticks(view: View, max_ticks: int) -> tuple[str, list[dt.date]]:
    """Tick dates for an axis: ("day" | "week" | "month" | "quarter", dates inside the view)."""
    first = dt.date.fromordinal(int(view.first))
    last = dt.date.fromordinal(max(int(view.first), int(view.last - 1e-9)))
    max_ticks = max(2, max_ticks)
    units = (("day", 1.0), ("week", 7.0), ("fortnight", 14.0), ("month", 30.5), ("quarter", 91.5))
    unit = next((name for name, days in units if view.width / days <= max_ticks), "quarter")
    ticks: list[dt.date] = []
    if unit == "day":
        ticks = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    elif unit in ("week", "fortnight"):
        step = 7 if unit == "week" else 14
        day = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        while day <= last:
            ticks.append(day)
            day += dt.timedelta(days=step)
    else:
        step = 1 if unit == "month" else 3
        year, month = first.year, first.month
        while True:
            day = dt.date(year, month, 1)
            if day > last:
                break
            if day >= first:
                ticks.append(day)
            month += step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        unit = "month"
    return ("week" if unit == "fortnight" else unit), ticks


# --- the records a class's data is made of -----------------------------------------------------------------
@dataclass(frozen=True)
class StudentRow:
    id: str
    name: str  # a code (S01 …) in anonymised data
    external_id: str | None
    active: bool = True


@dataclass(frozen=True)
class DimensionRow:
    key: str
    name: str
    level_names: tuple[str, ...]

    @property
    def top(self) -> int:
        return max(0, len(self.level_names) - 1)

    def level_name(self, rank: int) -> str:
        return self.level_names[rank] if 0 <= rank < len(self.level_names) else str(rank)


@dataclass(frozen=True)
class ChangePoint:
    id: str
    student_id: str
    dimension: str
    at: dt.datetime
    from_level: int
    to_level: int
    source: str
    reason: str = ""


@dataclass(frozen=True)
class EventPoint:
    id: str
    student_id: str
    kind: str
    category: str  # the category's name
    dimension: str | None
    severity: str | None
    at: dt.datetime
    note: str = ""


@dataclass(frozen=True)
class ChoicePoint:
    id: str
    student_id: str
    day: dt.date
    dimension: str
    choice: str
    within_level: bool
    by: str = "teacher"  # "student": made at the check-in


@dataclass(frozen=True)
class SelfRatingPoint:
    """A student's own view of their level (at a check-in or in a reflection), kept beside the teacher's."""

    student_id: str
    dimension: str
    at: dt.datetime
    level: int


@dataclass(frozen=True)
class ReflectionPoint:
    id: str
    student_id: str
    at: dt.datetime
    agreement: str = ""
    follow_up: dt.date | None = None


@dataclass(frozen=True)
class DecisionPoint:
    student_id: str | None
    dimension: str | None
    kind: str
    decision: str
    at: dt.datetime


@dataclass(frozen=True)
class ClassData:
    """One classroom over a date range: what every coach chart is drawn from.

    `changes` holds every level change up to the end of the range (the level at the start needs the earlier
    ones); events, choices, reflections and decisions are those inside the range. Lists are oldest first."""

    classroom_id: str
    classroom_name: str
    span: DateRange
    students: tuple[StudentRow, ...]
    dimensions: tuple[DimensionRow, ...]
    changes: tuple[ChangePoint, ...] = ()
    events: tuple[EventPoint, ...] = ()
    choices: tuple[ChoicePoint, ...] = ()
    reflections: tuple[ReflectionPoint, ...] = ()
    decisions: tuple[DecisionPoint, ...] = ()
    subject: str = ""
    school_year: str = ""
    anonymized: bool = False
    self_ratings: tuple[SelfRatingPoint, ...] = ()  # inside the range, oldest first

    @cached_property
    def by_student(self) -> Mapping[str, StudentRecords]:
        records: dict[str, StudentRecords] = {s.id: StudentRecords() for s in self.students}
        for c in self.changes:
            if c.student_id in records:
                records[c.student_id].changes.setdefault(c.dimension, []).append(c)
        for e in self.events:
            if e.student_id in records:
                records[e.student_id].events.append(e)
        for ch in self.choices:
            if ch.student_id in records:
                records[ch.student_id].choices.append(ch)
        for r in self.reflections:
            if r.student_id in records:
                records[r.student_id].reflections.append(r)
        return records

    def dimension(self, key: str) -> DimensionRow | None:
        return next((d for d in self.dimensions if d.key == key), None)

    def student(self, student_id: str) -> StudentRow | None:
        return next((s for s in self.students if s.id == student_id), None)


@dataclass
class StudentRecords:
    changes: dict[str, list[ChangePoint]] = field(default_factory=dict)  # dimension -> changes, oldest first
    events: list[EventPoint] = field(default_factory=list)
    choices: list[ChoicePoint] = field(default_factory=list)
    reflections: list[ReflectionPoint] = field(default_factory=list)


def level_at(changes: Sequence[ChangePoint], moment: float) -> int:
    """The level held at a point of the day axis: the last change up to it, else where the first one started."""
    level = changes[0].from_level if changes else 0
    for change in changes:
        if day_number(change.at) > moment:
            break
        level = change.to_level
    return level


def levels_at(changes: Sequence[ChangePoint], moments: Sequence[float]) -> list[int]:
    """`level_at` for ascending moments, in one walk."""
    positions = [day_number(c.at) for c in changes]
    out = []
    for moment in moments:
        i = bisect.bisect_right(positions, moment)
        out.append(changes[i - 1].to_level if i else (changes[0].from_level if changes else 0))
    return out


# --- the student timeline ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mark:
    """One thing that happened, placed on a lane: `kind` is build, break, observation, choice, reflection or
    change; `label` names it (category, choice, "1 → 2"); `detail` is its free text (empty when anonymised)."""

    kind: str
    at: float
    lane: str  # dimension key, or "" for the lane of things not tied to one dimension
    label: str
    detail: str = ""
    severity: str | None = None
    ref: str = ""
    when: dt.datetime | dt.date | None = None
    within_level: bool = True


@dataclass(frozen=True)
class Step:
    first: float
    last: float
    level: int


@dataclass(frozen=True)
class TimelineLane:
    key: str  # dimension key, "" for the general lane
    name: str
    top: int
    steps: tuple[Step, ...] = ()
    marks: tuple[Mark, ...] = ()  # sorted by `at`

    @cached_property
    def positions(self) -> list[float]:
        return [m.at for m in self.marks]

    def visible(self, view: View) -> Sequence[Mark]:
        lo = bisect.bisect_left(self.positions, view.first)
        hi = bisect.bisect_right(self.positions, view.last)
        return self.marks[lo:hi]


@dataclass(frozen=True)
class Timeline:
    student: StudentRow
    span: DateRange
    lanes: tuple[TimelineLane, ...]

    @property
    def bounds(self) -> View:
        return View.of(self.span)


def student_timeline(data: ClassData, student_id: str, dimensions: Iterable[str] | None = None) -> Timeline:
    """One lane per dimension (the level as steps, events, choices and level changes tied to it), then a lane
    for events not tied to a dimension and the reflection conversations."""
    student = data.student(student_id) or StudentRow(student_id, "?", None)
    records = data.by_student.get(student_id, StudentRecords())
    wanted = None if dimensions is None else set(dimensions)
    first, last = data.span.first, data.span.last
    lanes = []
    for dim in data.dimensions:
        if wanted is not None and dim.key not in wanted:
            continue
        changes = records.changes.get(dim.key, [])
        marks: list[Mark] = []
        steps: list[Step] = []
        level, start = (changes[0].from_level if changes else 0), first
        for change in changes:
            at = day_number(change.at)
            if at < first:
                level = change.to_level
                continue
            if at > last:
                break
            steps.append(Step(start, at, level))
            level, start = change.to_level, at
            marks.append(Mark(CHANGE, at, dim.key, f"{change.from_level} → {change.to_level}", change.reason,
                              ref=change.id, when=change.at, severity=change.source))
        steps.append(Step(start, last, level))
        lanes.append(TimelineLane(dim.key, dim.name, dim.top, tuple(steps), tuple(marks)))
    by_lane: dict[str, list[Mark]] = defaultdict(list)
    for event in records.events:
        key = event.dimension or ""
        by_lane[key].append(Mark(event.kind, day_number(event.at), key, event.category, event.note,
                                  event.severity, event.id, event.at))
    for choice in records.choices:
        # A day's choice is placed at midday, so it sits inside its day at any zoom.
        by_lane[choice.dimension].append(Mark(CHOICE, choice.day.toordinal() + 0.5, choice.dimension, choice.choice,
                                              ref=choice.id, when=choice.day, within_level=choice.within_level))
    for reflection in records.reflections:
        by_lane[""].append(Mark(REFLECTION, day_number(reflection.at), "", "", reflection.agreement,
                                ref=reflection.id, when=reflection.at))
    merged = []
    for lane in lanes:
        marks = sorted((*lane.marks, *by_lane.get(lane.key, ())), key=lambda m: m.at)
        merged.append(TimelineLane(lane.key, lane.name, lane.top, lane.steps, tuple(marks)))
    general = sorted(by_lane.get("", ()), key=lambda m: m.at)
    merged.append(TimelineLane("", "", 0, (), tuple(general)))
    return Timeline(student, data.span, tuple(merged))


def key_events(data: ClassData, student_id: str, limit: int = 24) -> tuple[list[Mark], int]:
    """What a coach reads first on a student's page: level changes, trust-breaking events and reflections,
    oldest first; at most `limit` (the latest ones), with how many were left out."""
    timeline = student_timeline(data, student_id)
    wanted = [m for lane in timeline.lanes for m in lane.marks if m.kind in (CHANGE, BREAK, REFLECTION)]
    wanted.sort(key=lambda m: m.at)
    left_out = max(0, len(wanted) - limit)
    return wanted[left_out:], left_out


# --- the class overview ------------------------------------------------------------------------------------
