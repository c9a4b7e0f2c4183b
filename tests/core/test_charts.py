"""The coach's chart data as pure functions: no Qt, no database."""

from __future__ import annotations

import datetime as dt

import pytest

from autonomy.core import charts, class_charts
from autonomy.core.charts import (
    ChangePoint,
    ClassData,
    DateRange,
    DecisionPoint,
    DimensionRow,
    EventPoint,
    ReflectionPoint,
    StudentRow,
    View,
)

UTC = dt.UTC
DIMS = (DimensionRow("workspace", "Workspace", ("Assigned", "Choice", "Outside", "Hallway", "Building")),
        DimensionRow("pacing", "Pacing", ("Set", "Options", "Co-designed", "Own", "Self-monitored")))


def at(day: int, hour: int = 12) -> dt.datetime:
    """Noon (local) of a day in November 2026 (Monday 2 Nov is day 2)."""
    return dt.datetime(2026, 11, day, hour).astimezone(UTC)


def data(**extra) -> ClassData:
    base = dict(
        classroom_id="c1", classroom_name="7B", span=DateRange(dt.date(2026, 11, 2), dt.date(2026, 11, 22)),
        students=(StudentRow("a", "Amira", "X1"), StudentRow("b", "Ben", None)), dimensions=DIMS,
        changes=(
            ChangePoint("k0", "a", "workspace", at(1) - dt.timedelta(days=20), 0, 1, "manual"),  # before the range
            ChangePoint("k1", "a", "workspace", at(10), 1, 2, "suggestion", "held well"),
            ChangePoint("k2", "b", "pacing", at(17), 2, 1, "manual"),
        ),
        events=(
            EventPoint("e1", "a", "build", "Finished", "workspace", None, at(3)),
            EventPoint("e2", "a", "break", "Left the area", "workspace", "moderate", at(4)),
            EventPoint("e3", "a", "break", "Distracted", None, "minor", at(4, 14)),  # same day: one break day
            EventPoint("e4", "b", "break", "Late", "pacing", "serious", at(16)),
        ),
        reflections=(ReflectionPoint("r1", "a", at(5), "Stay in sight"),),
        decisions=(DecisionPoint("a", "workspace", "step_up", "accepted", at(9)),
                   DecisionPoint("a", "workspace", "step_up", "snoozed", at(6)),
                   DecisionPoint("b", None, "reflect", "dismissed", at(16))),
    )
    base.update(extra)
    return ClassData(**base)


def test_date_range_weeks_and_school_days() -> None:
    span = DateRange(dt.date(2026, 11, 4), dt.date(2026, 11, 17))  # Wednesday to Tuesday, two weeks later
    assert span.days == 14
    assert charts.mondays(span) == [dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16)]
    assert charts.school_days(span) == 10
    with pytest.raises(ValueError):
        DateRange(dt.date(2026, 11, 5), dt.date(2026, 11, 4))


def test_zoom_keeps_the_anchor_and_stays_inside() -> None:
    bounds = View(0, 100)
    zoomed = charts.zoom(bounds, 0.5, 25, bounds)
    assert zoomed.width == pytest.approx(50)
    assert zoomed.first == pytest.approx(12.5)  # 25 stays a quarter of the way in
    assert charts.zoom(zoomed, 0.001, 50, bounds).width == pytest.approx(charts.MIN_VIEW_DAYS)
    assert charts.zoom(zoomed, 10, 50, bounds) == bounds
    assert charts.pan(zoomed, 1000, bounds) == View(50, 100)
    assert charts.pan(zoomed, -1000, bounds) == View(0, 50)


def test_date_ticks_pick_a_readable_unit() -> None:
    span = DateRange(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    unit, ticks = charts.date_ticks(View.of(span), 14)
    assert unit == "month" and ticks[0] == dt.date(2026, 1, 1) and len(ticks) == 12
    unit, ticks = charts.date_ticks(View(span.first, span.first + 10), 14)
    assert unit == "day" and len(ticks) == 10


def test_timeline_lanes_steps_and_marks() -> None:
    timeline = charts.student_timeline(data(), "a")
    lanes = {lane.key: lane for lane in timeline.lanes}
    assert list(lanes) == ["workspace", "pacing", ""]
    workspace = lanes["workspace"]
    # Level 1 from before the range, 2 from the change on day 10.
    assert [s.level for s in workspace.steps] == [1, 2]
    assert workspace.steps[0].first == timeline.span.first and workspace.steps[-1].last == timeline.span.last
    assert [m.kind for m in workspace.marks] == ["build", "break", "change"]
    change = workspace.marks[-1]
    assert change.label == "1 → 2" and change.detail == "held well" and change.severity == "suggestion"
    assert [m.kind for m in lanes[""].marks] == ["break", "reflection"]
    assert lanes["pacing"].steps == (charts.Step(timeline.span.first, timeline.span.last, 0),)
    # Only what is inside a view is handed to the painter.
    view = View(charts.day_number(at(3)) - 0.1, charts.day_number(at(3)) + 0.1)
    assert [m.ref for m in workspace.visible(view)] == ["e1"]


def test_heat_map_levels_at_week_ends_and_breaks() -> None:
    heat = class_charts.heat_map(data(), "workspace")
    assert heat.weeks == (dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 16))
    amira, ben = heat.rows
    assert amira.levels == (1, 2, 2)
    assert amira.breaks == (2, 0, 0)  # the workspace break and the one tied to no dimension
    assert ben.levels == (0, 0, 0) and ben.breaks == (0, 0, 0)  # Ben's break is in pacing
    pacing = class_charts.heat_map(data(), "pacing")
    assert pacing.rows[1].levels == (2, 2, 1)  # from 2 until the step back on day 17
    assert pacing.rows[1].breaks == (0, 0, 1)


def test_distribution_counts_the_class_each_week() -> None:
    dist = class_charts.distribution(data(), "workspace")
    assert dist.counts == ((1, 1, 0, 0, 0), (1, 0, 1, 0, 0), (1, 0, 1, 0, 0))
    assert dist.share_at_or_above(2) == (0.0, 0.5, 0.5)


def test_break_shares_are_in_roster_order_and_count_days() -> None:
    shares = class_charts.break_shares(data())
    assert [s.name for s in shares] == ["Amira", "Ben"]  # never sorted by the share
    assert [s.break_days for s in shares] == [1, 1]  # two breaks on one day count once
    assert shares[0].school_days == 15 and shares[0].share == pytest.approx(1 / 15)
    assert [s.break_days for s in class_charts.break_shares(data(), "pacing")] == [1, 1]  # the dimensionless one counts


def test_follow_through_counts_decisions_per_kind() -> None:
    lines = {line.kind: line for line in class_charts.follow_through(data())}
    assert (lines["step_up"].made, lines["step_up"].accepted, lines["step_up"].snoozed) == (2, 1, 1)
    assert lines["reflect"].dismissed == 1
    assert (lines["all"].made, lines["all"].accepted, lines["all"].dismissed, lines["all"].snoozed) == (3, 1, 1, 1)
    assert [line.kind for line in class_charts.follow_through(data(decisions=()))] == ["all"]


def test_summary_and_key_events() -> None:
    summary = class_charts.class_summary(data())
    assert (summary.students, summary.builds, summary.breaks, summary.reflections) == (2, 1, 3, 1)
    assert (summary.steps_up, summary.steps_back, summary.students_moved_up) == (1, 1, 1)
    assert summary.levels[0] == ("workspace", 0.5, 1.0)
    marks, left_out = charts.key_events(data(), "a", limit=2)
    assert left_out == 2 and [m.kind for m in marks] == ["reflection", "change"]


def test_overview_filters_by_dimension() -> None:
    overview = class_charts.class_overview(data(), "pacing")
    assert [m.dimension.key for m in overview.heat_maps] == ["pacing"]
    assert [d.dimension.key for d in overview.distributions] == ["pacing"]
    assert {line.kind for line in overview.follow} == {"reflect", "all"}
