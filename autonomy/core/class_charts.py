"""How a class as a whole opens up, as plain data for the coach's class view and the report: week-by-week heat
maps of each student's level, the spread of levels, the share of days with a break, whether suggestions were
followed, and the cover's summary. Pure functions over `charts.ClassData` (no Qt, no SQLAlchemy); the axis, the
records and one student's timeline are in charts.py.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from autonomy.core.charts import (
    BREAK,
    BUILD,
    OBSERVATION,
    SUGGESTION_KINDS,
    ClassData,
    DimensionRow,
    day_number,
    levels_at,
    local_day,
    mondays,
    school_days,
)


@dataclass(frozen=True)
class HeatRow:
    student_id: str
    name: str
    levels: tuple[int, ...]  # the level at the end of each week (or of the range)
    breaks: tuple[int, ...]  # trust-breaking events that week (in this dimension, or tied to none)


@dataclass(frozen=True)
class HeatMap:
    dimension: DimensionRow
    weeks: tuple[dt.date, ...]
    rows: tuple[HeatRow, ...]


def week_ends(data: ClassData) -> list[float]:
    """Where each week of the range is read: the end of its Friday… or of the range's last day."""
    ends = []
    for monday in mondays(data.span):
        end = min(monday + dt.timedelta(days=6), data.span.end)
        ends.append(float(end.toordinal() + 1) - 1e-6)
    return ends


def heat_map(data: ClassData, dimension: str) -> HeatMap:
    dim = data.dimension(dimension) or DimensionRow(dimension, dimension, ())
    weeks = mondays(data.span)
    ends = week_ends(data)
    index = {w.toordinal(): i for i, w in enumerate(weeks)}
    rows = []
    for student in data.students:
        records = data.by_student[student.id]
        levels = levels_at(records.changes.get(dimension, []), ends)
        breaks = [0] * len(weeks)
        for event in records.events:
            if event.kind == BREAK and event.dimension in (dimension, None):
                day = local_day(event.at)
                i = index.get((day - dt.timedelta(days=day.weekday())).toordinal())
                if i is not None:
                    breaks[i] += 1
        rows.append(HeatRow(student.id, student.name, tuple(levels), tuple(breaks)))
    return HeatMap(dim, tuple(weeks), tuple(rows))


@dataclass(frozen=True)
class Distribution:
    """How many students held each level at the end of each week."""

    dimension: DimensionRow
    weeks: tuple[dt.date, ...]
    counts: tuple[tuple[int, ...], ...]  # per week: students at level 0, 1, … top

    def share_at_or_above(self, level: int) -> tuple[float, ...]:
        return tuple(sum(c[level:]) / max(1, sum(c)) for c in self.counts)


def distribution(data: ClassData, dimension: str, heat: HeatMap | None = None) -> Distribution:
    heat = heat or heat_map(data, dimension)
    top = max([heat.dimension.top] + [lv for row in heat.rows for lv in row.levels] + [0])
    counts = []
    active = {s.id for s in data.students if s.active}
    for w in range(len(heat.weeks)):
        week = [0] * (top + 1)
        for row in heat.rows:
            if row.student_id in active:
                week[row.levels[w]] += 1
        counts.append(tuple(week))
    return Distribution(heat.dimension, heat.weeks, tuple(counts))


@dataclass(frozen=True)
class BreakShare:
    student_id: str
    name: str
    break_days: int
    school_days: int

    @property
    def share(self) -> float:
        return self.break_days / self.school_days if self.school_days else 0.0


def break_shares(data: ClassData, dimension: str | None = None) -> tuple[BreakShare, ...]:
    """Per student, in roster order (never sorted by the share: this is no ranking), the share of school days
    in the range with at least one trust-breaking event (in `dimension`, or tied to none, when one is given)."""
    days = school_days(data.span)
    shares = []
    for student in data.students:
        broken = {local_day(e.at) for e in data.by_student[student.id].events
                  if e.kind == BREAK and (dimension is None or e.dimension in (dimension, None))}
        shares.append(BreakShare(student.id, student.name, len(broken), days))
    return tuple(shares)


@dataclass(frozen=True)
class FollowThrough:
    kind: str
    accepted: int = 0
    dismissed: int = 0
    snoozed: int = 0

    @property
    def made(self) -> int:
        """Suggestions the teacher answered (each decision answers one suggestion the app made)."""
        return self.accepted + self.dismissed + self.snoozed


def follow_through(data: ClassData, dimension: str | None = None) -> tuple[FollowThrough, ...]:
    """Per kind of suggestion (those that occurred, in the engine's order) and a last "all" line."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for d in data.decisions:
        if dimension is not None and d.dimension not in (dimension, None):
            continue
        counts[d.kind][d.decision] += 1
    order = [k for k in SUGGESTION_KINDS if k in counts] + sorted(k for k in counts if k not in SUGGESTION_KINDS)
    lines = [FollowThrough(k, counts[k]["accepted"], counts[k]["dismissed"], counts[k]["snoozed"]) for k in order]
    lines.append(FollowThrough("all", sum(x.accepted for x in lines), sum(x.dismissed for x in lines),
                               sum(x.snoozed for x in lines)))
    return tuple(lines)


@dataclass(frozen=True)
class ClassSummary:
    students: int
    builds: int
    breaks: int
    observations: int
    reflections: int
    choices: int
    steps_up: int
    steps_back: int
    students_moved_up: int  # at least one dimension higher at the end than at the start
    levels: tuple[tuple[str, float, float], ...]  # dimension key, mean level at the start, at the end


def class_summary(data: ClassData) -> ClassSummary:
    kinds: dict[str, int] = defaultdict(int)
    for e in data.events:
        kinds[e.kind] += 1
    first, last = data.span.first, data.span.last - 1e-6
    ups = downs = 0
    for c in data.changes:
        if first <= day_number(c.at) <= last:
            if c.to_level > c.from_level:
                ups += 1
            elif c.to_level < c.from_level:
                downs += 1
    moved: set[str] = set()
    levels = []
    for dim in data.dimensions:
        starts, ends = [], []
        for s in data.students:
            start, end = levels_at(data.by_student[s.id].changes.get(dim.key, []), [first, last])
            starts.append(start)
            ends.append(end)
            if end > start:
                moved.add(s.id)
        n = max(1, len(data.students))
        levels.append((dim.key, sum(starts) / n, sum(ends) / n))
    return ClassSummary(len(data.students), kinds[BUILD], kinds[BREAK], kinds[OBSERVATION], len(data.reflections),
                        len(data.choices), ups, downs, len(moved), tuple(levels))


@dataclass(frozen=True)
class ClassOverview:
    """Everything the overview draws for one class (computed off the GUI thread)."""

    data: ClassData
    heat_maps: tuple[HeatMap, ...]
    distributions: tuple[Distribution, ...]
    shares: tuple[BreakShare, ...]
    follow: tuple[FollowThrough, ...]


def class_overview(data: ClassData, dimension: str | None = None) -> ClassOverview:
    keys = [d.key for d in data.dimensions if dimension is None or d.key == dimension]
    maps = tuple(heat_map(data, k) for k in keys)
    dists = tuple(distribution(data, m.dimension.key, m) for m in maps)
    return ClassOverview(data, maps, dists, break_shares(data, dimension), follow_through(data, dimension))
