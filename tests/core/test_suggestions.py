"""Scenario tests of the suggestion engine, one rule at a time, with fixed dates and the edge of every threshold."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from autonomy.core.errors import InvalidInput
from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.core.policy import Policy
from autonomy.core.suggestion_facts import (
    ChoiceFact,
    DecisionFact,
    DimensionFact,
    EventFact,
    LevelChangeFact,
    ReflectionFact,
    Snapshot,
    StudentFact,
    Suggestion,
)
from autonomy.core.suggestions import suggest
from autonomy.core.types import Decision, EventKind, Severity, SuggestionKind

K = SuggestionKind
AS_OF = dt.date(2026, 11, 20)
DIMS = tuple(DimensionFact(lad.key, lad.name, lad.top, tuple(lv.name for lv in lad.levels)) for lad in DEFAULT_LADDERS)


def at(days_ago: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(AS_OF - dt.timedelta(days=days_ago), dt.time(hour), tzinfo=dt.UTC)


class World:
    """A small school built fact by fact; `days_ago` counts back from AS_OF."""

    def __init__(self):
        self.students, self.changes, self.events, self.reflections, self.decisions = [], [], [], [], []
        self.dimensions = DIMS
        self.rooms = {"c1": "7B", "c2": "8A"}

    def student(self, name, room="c1", active=True):
        self.students.append(StudentFact(name.lower(), name, room, active))
        return name.lower()

    def level(self, sid, to, days_ago, dim="workspace"):
        self.changes.append(LevelChangeFact(sid, dim, None, to, at(days_ago, 8)))

    def event(self, sid, kind, days_ago, dim="workspace", severity=None, hour=10, category=None):
        eid = f"e{len(self.events) + 1}"
        self.events.append(EventFact(eid, sid, kind, dim, severity, at(days_ago, hour), category))
        return eid

    def builds(self, sid, *days_ago, dim="workspace"):
        return [self.event(sid, EventKind.BUILD, d, dim, hour=10 + i % 5) for i, d in enumerate(days_ago)]

    def brk(self, sid, days_ago, severity=Severity.MINOR, dim="workspace", category=None):
        return self.event(sid, EventKind.BREAK, days_ago, dim, severity, category=category)

    def reflect(self, sid, days_ago, events=(), follow_up=None, outcome=None):
        rid = f"r{len(self.reflections) + 1}"
        self.reflections.append(ReflectionFact(rid, sid, at(days_ago, 15), events, follow_up, outcome))

    def decide(self, sid, kind, days_ago, dim="workspace", decision=Decision.DISMISSED, until=None, room=None):
        self.decisions.append(DecisionFact(sid, dim, kind, decision, at(days_ago, 16), until, room))

    def run(self, as_of=AS_OF, policy=None) -> list[Suggestion]:
        facts = (self.changes, self.events, self.reflections, self.decisions)
        snap = Snapshot(tuple(self.students), self.dimensions, *map(tuple, facts), classrooms=dict(self.rooms))
        return suggest(snap, policy or Policy(), as_of)


def kinds(out: list[Suggestion], sid: str | None = None) -> set[tuple[str, str | None]]:
    return {(s.kind.value, s.dimension) for s in out if sid is None or s.student_id == sid}


def ready(w: World, name: str = "Amira", level: int = 1) -> str:
    """A student who meets every step-up threshold in workspace exactly (held 7 days, 4 builds on 3 days)."""
    sid = w.student(name)
    w.level(sid, level, 7)
    w.builds(sid, 6, 5, 5, 2)
    return sid


# --- step up ----------------------------------------------------------------------------------------------------


def test_step_up_when_every_threshold_is_met() -> None:
    w = World()
    sid = ready(w)
    [s] = w.run()
    assert (s.kind, s.student_id, s.dimension, s.from_level, s.to_level) == (K.STEP_UP, sid, "workspace", 1, 2)
    assert [e.event_id for e in s.evidence] == ["e1", "e2", "e3", "e4"]
    assert [e.at for e in s.evidence] == [AS_OF - dt.timedelta(days=d) for d in (6, 5, 5, 2)]
    assert s.text == (
        "Amira has used the freedom in Workspace well 4 times on 3 different days since 13 Nov, with no break "
        "so far: consider stepping up from 'Spots in the room' to 'Just outside, in sight'."
    )


@pytest.mark.parametrize(("held", "expected"), [(6, False), (7, True)])
def test_step_up_needs_the_level_held_seven_days(held: int, expected: bool) -> None:
    w = World()
    sid = w.student("Amira")
    w.level(sid, 1, held)
    w.builds(sid, 5, 4, 3, 2)
    assert ((K.STEP_UP.value, "workspace") in kinds(w.run())) is expected


@pytest.mark.parametrize(("builds", "expected"), [((6, 5, 4), False), ((6, 5, 4, 4), True)])
def test_step_up_needs_four_build_events(builds: tuple[int, ...], expected: bool) -> None:
    w = World()
    sid = w.student("Amira")
    w.level(sid, 1, 7)
    w.builds(sid, *builds)
    assert bool(w.run()) is expected


@pytest.mark.parametrize(("builds", "expected"), [((6, 6, 3, 3, 3), False), ((6, 6, 3, 3, 1), True)])
def test_step_up_needs_three_distinct_days(builds: tuple[int, ...], expected: bool) -> None:
    w = World()
    sid = w.student("Amira")
    w.level(sid, 1, 7)
    w.builds(sid, *builds)
    assert bool(w.run()) is expected


def test_only_builds_since_the_last_change_count() -> None:
    w = World()
    sid = w.student("Amira")
    w.builds(sid, 20, 19, 18)  # before the change
    w.level(sid, 1, 8)
    w.builds(sid, 6, 5, 4)
    assert w.run() == []
    w.builds(sid, 3)
    assert kinds(w.run()) == {("step_up", "workspace")}


def test_builds_with_no_dimension_count_for_every_dimension_and_others_do_not() -> None:
    w = World()
    sid = w.student("Amira")
    w.level(sid, 1, 10)
    w.level(sid, 1, 10, dim="pacing")
    w.builds(sid, 6, 5, dim=None)
    w.builds(sid, 4, 3, dim="pacing")
    assert kinds(w.run()) == {("step_up", "pacing")}


@pytest.mark.parametrize(("break_days_ago", "expected"), [(9, False), (10, True), (11, True)])
def test_a_break_in_the_last_ten_days_holds_back_a_step_up(break_days_ago: int, expected: bool) -> None:
    w = World()
    sid = w.student("Amira")
    w.level(sid, 1, 14)
    w.brk(sid, break_days_ago)
    w.reflect(sid, break_days_ago)
    w.builds(sid, 8, 6, 5, 2)
    assert ((K.STEP_UP.value, "workspace") in kinds(w.run())) is expected


def test_a_break_with_no_dimension_holds_back_every_dimension_but_another_dimension_does_not() -> None:
    w = World()
    sid = w.student("Amira")
    w.level(sid, 1, 14)
    w.builds(sid, 8, 6, 5, 2)
    w.brk(sid, 3, dim="pacing")
    w.reflect(sid, 3)
    assert kinds(w.run()) == {("step_up", "workspace")}
    w.brk(sid, 2, dim=None)
    w.reflect(sid, 2)
    assert kinds(w.run()) == set()


def test_never_a_step_up_above_the_top_of_the_ladder() -> None:
    w = World()
    ready(w, level=4)
    assert w.run() == []
    w2 = World()
    ready(w2, level=3)
    assert [(s.from_level, s.to_level) for s in w2.run()] == [(3, 4)]


def test_an_open_follow_up_holds_back_a_step_up() -> None:
    w = World()
    sid = ready(w)
    w.reflect(sid, 12, follow_up=AS_OF + dt.timedelta(days=3))
    assert w.run() == []
    w.reflections[0] = replace(w.reflections[0], outcome="kept to the plan")
    assert kinds(w.run()) == {("step_up", "workspace")}


def test_without_any_level_change_the_level_is_zero_held_since_the_first_fact() -> None:
    w = World()
    sid = w.student("Amira")
    w.builds(sid, 6, 5, 4, 3)
    assert w.run() == []  # known for 6 days only
    w.event(sid, EventKind.OBSERVATION, 7)
    [s] = w.run()
    assert (s.from_level, s.to_level) == (0, 1)
    assert "since 13 Nov" in s.text


def test_facts_after_as_of_are_ignored() -> None:
    w = World()
    sid = ready(w)
    w.brk(sid, 0, Severity.SERIOUS)
    assert K.STEP_UP not in {s.kind for s in w.run()}
    earlier = w.run(as_of=AS_OF - dt.timedelta(days=1))
    assert kinds(earlier) == set()  # a day earlier: held only 6 days, and the serious break is in the future
    later = w.run(as_of=AS_OF + dt.timedelta(days=1))
    assert kinds(later) == {("step_back", "workspace"), ("reflect", "workspace")}


# --- step back --------------------------------------------------------------------------------------------------


def test_three_breaks_in_ten_days_suggest_one_step_back_paired_with_a_reflection() -> None:
    w = World()
    sid = w.student("Ben")
    w.level(sid, 3, 30)
    ids = [w.brk(sid, d, category="Left the agreed area") for d in (9, 5, 1)]
    back, reflect = w.run()
    assert (back.kind, back.from_level, back.to_level) == (K.STEP_BACK, 3, 2)
    assert [e.event_id for e in back.evidence] == ids
    assert back.text == (
        "Ben broke the agreement in Workspace 3 times in 10 days (11 Nov, 15 Nov, 19 Nov): consider stepping back "
        "from 'Along the hallway' to 'Just outside, in sight' for now, talk it through with Ben, and step up again "
        "once Ben shows 4 trust-building moments on 3 different days over at least 7 days with no break."
    )
    assert (reflect.kind, reflect.dimension) == (K.REFLECT, "workspace")
    assert [e.event_id for e in reflect.evidence] == ids


@pytest.mark.parametrize(("days", "expected"), [((10, 5, 1), False), ((9, 5, 1), True), ((5, 1), False)])
def test_step_back_window_edge(days: tuple[int, ...], expected: bool) -> None:
    w = World()
    sid = w.student("Ben")
    w.level(sid, 2, 30)
    for d in days:
        w.brk(sid, d)
    assert ((K.STEP_BACK.value, "workspace") in kinds(w.run())) is expected


def test_one_serious_break_is_enough_unless_the_policy_says_otherwise() -> None:
    w = World()
    sid = w.student("Ben")
    w.level(sid, 2, 30)
    w.brk(sid, 2, Severity.SERIOUS, category="Left the building")
    back, reflect = w.run()
    assert back.kind == K.STEP_BACK and "had a serious break in Workspace on 18 Nov (Left the building)" in back.text
    assert reflect.text.endswith("that no conversation has followed yet: hold a full reflection conversation.")
    assert kinds(w.run(policy=Policy(step_back_on_serious=False))) == {("reflect", "workspace")}


def test_no_step_back_below_level_zero() -> None:
    w = World()
    sid = w.student("Ben")
    w.brk(sid, 2, Severity.SERIOUS)
    w.builds(sid, 30, 29, 28, 27)
    assert kinds(w.run()) == {("reflect", "workspace")}


def test_breaks_before_the_last_change_are_not_counted_twice() -> None:
    w = World()
    sid = w.student("Ben")
    w.level(sid, 2, 30)
    for d in (6, 5, 4):
        w.brk(sid, d)
    w.level(sid, 1, 3)  # the step back was taken
    w.reflect(sid, 3)
    assert w.run() == []


def test_step_back_counts_breaks_in_that_dimension_only() -> None:
    w = World()
    sid = w.student("Ben")
    w.level(sid, 2, 30)
    w.level(sid, 2, 30, dim="pacing")
    w.brk(sid, 3)
    w.brk(sid, 2, dim="pacing")
    w.brk(sid, 1, dim=None)
    out = w.run()
    assert {s.kind for s in out} == {K.REFLECT}
    assert out[0].dimension is None and "3 breaks in Pacing and Workspace since 17 Nov" in out[0].text


# --- reflect ----------------------------------------------------------------------------------------------------


def test_a_break_no_reflection_has_followed_asks_for_one_scaled_by_severity() -> None:
    w = World()
    sid = w.student("Cleo")
    w.brk(sid, 3)
    [s] = w.run()
    assert s.text == (
        "Cleo had a minor break in Workspace on 17 Nov that no conversation has followed yet: a short question "
        "about how it felt will do."
    )
    w.brk(sid, 2, Severity.MODERATE, dim="pacing")
    [s] = w.run()
    assert s.text == (
        "Cleo has had 2 breaks in Pacing and Workspace since 17 Nov (the worst moderate) that no conversation has "
        "followed yet: take a few minutes to talk it through."
    )


def test_a_reflection_answers_the_breaks_it_lists_and_every_earlier_one() -> None:
    w = World()
    sid = w.student("Cleo")
    first, second = w.brk(sid, 5), w.brk(sid, 4)
    w.reflect(sid, 4, events=(first,))
    # the reflection at 15:00 on day 4 is after both breaks (10:00), so both are answered
    assert w.run() == []
    late = w.brk(sid, 1)
    [s] = w.run()
    assert [e.event_id for e in s.evidence] == [late]
    w.reflect(sid, 6, events=(late,))  # an earlier conversation can still list a later break by id
    assert w.run() == [] and second


@pytest.mark.parametrize(("days_ago", "expected"), [(13, True), (14, False)])
def test_old_breaks_are_not_raised_again(days_ago: int, expected: bool) -> None:
    w = World()
    sid = w.student("Cleo")
    w.event(sid, EventKind.OBSERVATION, 1)
    w.brk(sid, days_ago)
    assert ((K.REFLECT.value, "workspace") in kinds(w.run())) is expected


# --- check in ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("last", "expected"), [(9, False), (10, True), (11, True)])
def test_check_in_after_ten_quiet_days(last: int, expected: bool) -> None:
    w = World()
    sid = w.student("Dara")
    w.event(sid, EventKind.OBSERVATION, 30)
    w.event(sid, EventKind.OBSERVATION, last)
    out = w.run()
    assert (kinds(out) == {("check_in", None)}) is expected
    if expected:
        assert out[0].text == (
            f"Nothing has been noted about Dara for {last} days, the last time on {20 - last} Nov: check in with "
            "Dara and see how it is going."
        )
        assert [e.event_id for e in out[0].evidence] == ["e2"]


def test_no_check_in_in_the_first_days_of_data() -> None:
    w = World()
    sid = w.student("Dara")
    w.level(sid, 1, 9)
    w.student("Eli")  # nothing at all yet
    assert w.run() == []
    w.changes[0] = replace(w.changes[0], at=at(10))
    [s] = w.run()
    assert s.kind == K.CHECK_IN and s.text.startswith("Nothing has been noted about Dara since 10 Nov:")


def test_a_reflection_counts_as_having_noticed_the_student() -> None:
    w = World()
    sid = w.student("Dara")
    w.event(sid, EventKind.OBSERVATION, 20)
    w.reflect(sid, 3)
    assert w.run() == []


def test_a_daily_choice_counts_as_having_noticed_the_student() -> None:
    w = World()
    sid = w.student("Dara")
    w.event(sid, EventKind.OBSERVATION, 20)
    snap = Snapshot(tuple(w.students), DIMS, events=tuple(w.events), choices=(ChoiceFact("ch1", sid, AS_OF),))
    assert suggest(snap, Policy(), AS_OF) == []
    assert [s.kind for s in suggest(snap, Policy(), AS_OF - dt.timedelta(days=1))] == [K.CHECK_IN]


def test_archived_students_get_nothing() -> None:
    w = World()
    sid = w.student("Dara", active=False)
    w.brk(sid, 2, Severity.SERIOUS)
    assert w.run() == []


# --- follow up --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("due_in", "expected"), [(-2, True), (0, True), (1, False)])
def test_follow_up_when_its_date_has_come(due_in: int, expected: bool) -> None:
    w = World()
    sid = w.student("Finn")
    w.event(sid, EventKind.OBSERVATION, 1)
    b = w.brk(sid, 6, dim="pacing")
    w.reflect(sid, 6, events=(b,), follow_up=AS_OF + dt.timedelta(days=due_in))
    out = w.run()
    assert (kinds(out) == {("follow_up", None)}) is expected
    if due_in == 0:
        assert out[0].text == (
            "It is time to follow up with Finn on what was agreed on 14 Nov about Pacing: the follow-up was set "
            "for 20 Nov."
        )
        assert [e.event_id for e in out[0].evidence] == [b]


def test_a_recorded_outcome_closes_the_follow_up() -> None:
    w = World()
    sid = w.student("Finn")
    w.event(sid, EventKind.OBSERVATION, 1)
    w.reflect(sid, 6, follow_up=AS_OF, outcome="Went well")
    assert w.run() == []


# --- class step -------------------------------------------------------------------------------------------------


def _class(levels: list[int], dim: str = "workspace") -> World:
    w = World()
    for i, lv in enumerate(levels):
        sid = w.student(f"S{i:02}")
        w.event(sid, EventKind.OBSERVATION, 1)
        if lv:
            w.level(sid, lv, 3, dim=dim)
    return w


@pytest.mark.parametrize(
    ("levels", "expected"),
    [([1, 1, 1, 0], (0, 1)), ([1, 1, 0, 0], None), ([1, 1, 1, 1], None), ([2, 2, 2, 0], (1, 2))]
    + [([2, 2, 2, 1, 0], (0, 1)), ([3, 3, 3, 2], (2, 3))],
)
def test_class_step_when_three_quarters_reached_a_level(levels: list[int], expected: tuple[int, int] | None) -> None:
    out = [s for s in _class(levels).run() if s.kind == K.CLASS_STEP]
    assert [(s.from_level, s.to_level) for s in out] == ([expected] if expected else [])
    if expected:
        assert out[0].student_id is None and out[0].classroom_id == "c1"


def test_class_step_text_and_share_from_the_policy() -> None:
    [s] = [s for s in _class([1, 1, 1, 0]).run() if s.kind == K.CLASS_STEP]
    assert s.text == (
        "3 of 4 students in 7B are already at 'Spots in the room' or beyond in Workspace: consider opening it to "
        "the whole class as its new starting point."
    )
    assert [s for s in _class([1, 1, 0, 0]).run(policy=Policy(class_step_share=0.5)) if s.kind == K.CLASS_STEP]


# --- dismissed and snoozed --------------------------------------------------------------------------------------


def test_dismissed_step_up_comes_back_with_new_evidence_in_that_dimension() -> None:
    w = World()
    sid = ready(w)
    w.decide(sid, K.STEP_UP, 1)
    assert w.run() == []
    w.builds(sid, 1, dim="pacing")
    assert w.run() == []
    w.builds(sid, 0)
    assert kinds(w.run()) == {("step_up", "workspace")}


def test_snoozed_until_a_date() -> None:
    w = World()
    sid = ready(w)
    w.decide(sid, K.STEP_UP, 1, decision=Decision.SNOOZED, until=AS_OF + dt.timedelta(days=2))
    assert w.run() == []
    assert w.run(as_of=AS_OF + dt.timedelta(days=1)) == []
    assert kinds(w.run(as_of=AS_OF + dt.timedelta(days=2))) == {("step_up", "workspace")}


def test_a_decision_after_as_of_does_not_count_yet() -> None:
    w = World()
    sid = ready(w)
    w.decide(sid, K.STEP_UP, -1)
    assert kinds(w.run()) == {("step_up", "workspace")}


def test_dismissed_reflect_comes_back_after_a_new_break() -> None:
    w = World()
    sid = w.student("Cleo")
    w.brk(sid, 3)
    w.decide(sid, K.REFLECT, 2)
    assert w.run() == []
    w.brk(sid, 1)
    assert kinds(w.run()) == {("reflect", "workspace")}


def test_dismissed_check_in_and_follow_up() -> None:
    w = World()
    sid = w.student("Dara")
    w.event(sid, EventKind.OBSERVATION, 40)
    w.reflect(sid, 40, follow_up=AS_OF - dt.timedelta(days=20))
    w.decide(sid, K.CHECK_IN, 15, dim=None)
    w.decide(sid, K.FOLLOW_UP, 15, dim=None)
    assert w.run() == []
    w.event(sid, EventKind.OBSERVATION, 9)  # noticed after the decision, then quiet again
    w.reflect(sid, 12, follow_up=AS_OF)  # a new follow-up came due
    assert [s.kind for s in w.run()] == [K.FOLLOW_UP]
    assert [s.kind for s in w.run(as_of=AS_OF + dt.timedelta(days=1))] == [K.FOLLOW_UP, K.CHECK_IN]


def test_dismissed_class_step_comes_back_after_a_level_change_and_is_per_classroom() -> None:
    w = _class([1, 1, 1, 0])
    w.decide(None, K.CLASS_STEP, 1, room="c2")
    assert K.CLASS_STEP in {s.kind for s in w.run()}
    w.decide(None, K.CLASS_STEP, 1, room="c1")
    assert K.CLASS_STEP not in {s.kind for s in w.run()}
    w.level("s01", 2, 0)
    assert K.CLASS_STEP in {s.kind for s in w.run()}


def test_accepted_step_up_is_followed_by_the_level_change() -> None:
    w = World()
    sid = ready(w)
    w.decide(sid, K.STEP_UP, 0, decision=Decision.ACCEPTED)
    w.level(sid, 2, 0)
    assert w.run() == []


# --- output -----------------------------------------------------------------------------------------------------


def test_sorted_by_classroom_student_and_kind() -> None:
    w = World()
    KINDS = (K.STEP_BACK, K.REFLECT)
    zed = w.student("zed", room="c1")
    ann = w.student("Ann", room="c2")
    bob = w.student("bob", room="c1")
    for sid in (zed, ann, bob):
        w.level(sid, 2, 30)
        w.brk(sid, 1, Severity.SERIOUS)
    out = w.run()
    order = [(room, name, kind) for room, name in [("c1", "bob"), ("c1", "zed"), ("c2", "Ann")] for kind in KINDS]
    assert [(s.classroom_id, s.student_name, s.kind) for s in out] == order
    assert json.loads(json.dumps([s.to_dict() for s in out]))[0]["evidence"][0]["kind"] == "break"


def test_a_student_in_two_classrooms_gets_suggestions_in_each() -> None:
    w = World()
    sid = ready(w)
    w.students.append(StudentFact(sid, "Amira", "c2"))
    assert [(s.classroom_id, s.kind) for s in w.run()] == [("c1", K.STEP_UP), ("c2", K.STEP_UP)]


def test_a_classroom_can_have_its_own_ladder() -> None:
    w = World()
    ready(w, level=0)
    w.dimensions = DIMS + (DimensionFact("workspace", "Where we work", 1, ("Seat", "Room"), classroom_id="c1"),)
    [s] = w.run()
    assert "Where we work" in s.text and "from 'Seat' to 'Room'" in s.text


# --- policy -----------------------------------------------------------------------------------------------------


def test_policy_defaults_round_trip_and_unknown_keys() -> None:
    p = Policy()
    step_up = (p.step_up_hold_days, p.step_up_build_events, p.step_up_distinct_days, p.step_up_break_free_days)
    assert step_up == (7, 4, 3, 10)
    assert (p.step_back_breaks, p.step_back_window_days, p.check_in_quiet_days, p.class_step_share) == (3, 10, 10, 0.75)
    assert Policy.from_dict(json.loads(json.dumps(p.to_dict()))) == p
    assert Policy.from_dict({"step_up_hold_days": 5.0, "shiny_new_setting": 1}).step_up_hold_days == 5


@pytest.mark.parametrize(
    "bad",
    [
        {"step_up_hold_days": -1},
        {"step_up_hold_days": True},
        {"step_up_hold_days": "7"},
        {"step_up_build_events": 2.5},
        {"step_up_distinct_days": 5},
        {"check_in_quiet_days": None},
        {"class_step_share": 75},
        {"class_step_share": 0},
        {"class_step_share": float("nan")},
        {"step_back_on_serious": "yes"},
    ],
)
def test_policy_refuses_bad_values(bad: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        Policy.from_dict(bad)


def test_policy_from_something_that_is_not_a_mapping() -> None:
    with pytest.raises(InvalidInput):
        Policy.from_dict([("step_up_hold_days", 7)])  # type: ignore[arg-type]


def test_a_conversation_dismissed_for_all_open_breaks_stays_dismissed_when_its_step_back_is_dismissed_too() -> None:
    """Found by the property tests: a step back pairs an older break with a newer one of another dimension, so the
    conversation covers both (no one dimension). Dismissing both holds the step back back; its break is no longer
    paired, and the newer break alone must not come back as a conversation about pacing with no new evidence."""
    w = World()
    sid = w.student("Ravi")
    w.level(sid, 1, 30)
    w.brk(sid, 5, dim="workspace")
    w.brk(sid, 1, dim="pacing")
    policy = Policy(step_back_breaks=1, reflect_window_days=2)
    first = w.run(policy=policy)
    assert kinds(first) == {("step_back", "workspace"), ("reflect", None)}
    for s in first:
        w.decide(sid, s.kind, 1, dim=s.dimension)  # the afternoon after the pacing break
    assert w.run(policy=policy) == []
    w.brk(sid, 0, dim="pacing")  # new evidence: the conversation is asked for again
    assert ("reflect", "pacing") in kinds(w.run(policy=policy))
