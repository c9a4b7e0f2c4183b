"""Property tests of the suggestion engine over generated histories: the invariants hold whatever happened.

A slow, literal reading of the rules (`expected`) is compared with the engine when no decision is involved.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from autonomy.core.policy import Policy
from autonomy.core.suggestion_facts import (
    DecisionFact,
    DimensionFact,
    EventFact,
    LevelChangeFact,
    ReflectionFact,
    Snapshot,
    StudentFact,
)
from autonomy.core.suggestions import suggest
from autonomy.core.types import Decision, EventKind, Severity, SuggestionKind

K = SuggestionKind
BASE = dt.datetime(2026, 9, 1, 7, tzinfo=dt.UTC)
DIMS = (
    DimensionFact("workspace", "Workspace", 4, ("Seat", "Room", "Door", "Hall", "Building")),
    DimensionFact("pacing", "Pacing", 2, ("Teacher", "Lesson", "Week")),
)
TOPS = {d.key: d.top for d in DIMS}
PROPERTY = settings(max_examples=100, deadline=None, database=None)  # no example files in the tree

policies = st.builds(
    Policy,
    step_up_hold_days=st.integers(0, 10),
    step_up_build_events=st.integers(3, 5),
    step_up_distinct_days=st.integers(1, 3),
    step_up_break_free_days=st.integers(0, 12),
    step_back_breaks=st.integers(1, 4),
    step_back_window_days=st.integers(1, 16),
    step_back_on_serious=st.booleans(),
    reflect_window_days=st.integers(1, 15),
    check_in_quiet_days=st.integers(1, 12),
    class_step_share=st.sampled_from([0.5, 0.75, 1.0]),
)


@st.composite
def histories(draw) -> tuple[Snapshot, dt.date]:
    """A few students over a month; every fact gets its own minute, so "latest" is never a tie."""
    minute = iter(range(1440))

    def moment(day: int) -> dt.datetime:
        return BASE + dt.timedelta(days=day, minutes=next(minute) % 900)

    days = st.integers(0, 30)
    n = draw(st.integers(1, 3))
    rooms = [draw(st.sampled_from(["c1", "c2"])) for _ in range(n)]
    students = [StudentFact(f"s{i}", f"Name {i % 3}", rooms[i], draw(st.booleans()) or i == 0) for i in range(n)]
    if draw(st.booleans()):
        students.append(StudentFact("s0", "Name 0", "c2" if rooms[0] == "c1" else "c1"))  # enrolled twice
    sids = [f"s{i}" for i in range(n)] + ["ghost"]  # facts about a student the snapshot does not know
    dims = st.sampled_from(["workspace", "workspace", "pacing", None, "unknown"])
    events = []
    for i in range(draw(st.integers(0, 60))):
        kind = draw(st.sampled_from([EventKind.BUILD, EventKind.BUILD, EventKind.BREAK, EventKind.OBSERVATION]))
        severity = draw(st.sampled_from([*Severity, None])) if kind == EventKind.BREAK else None
        sid = draw(st.sampled_from([*sids, "s0", "s0"]))  # s0 gets a fuller story
        events.append(EventFact(f"e{i}", sid, kind, draw(dims), severity, moment(draw(days))))
    # a burst of one kind for s0 in the days before as_of, so steps up and back are common enough
    end = draw(st.integers(5, 35))
    burst_kind, burst_dim = draw(st.sampled_from([EventKind.BUILD, EventKind.BREAK])), draw(dims)
    for i in range(len(events), len(events) + draw(st.integers(0, 5))):
        severity = draw(st.sampled_from([*Severity, None])) if burst_kind == EventKind.BREAK else None
        day = end - draw(st.integers(0, 12))
        events.append(EventFact(f"e{i}", "s0", burst_kind, burst_dim, severity, moment(day)))
    changes = [
        LevelChangeFact(sid, dim, None, draw(st.integers(-1, 5)), moment(draw(days)))
        for sid in sids
        for dim in ("workspace", "workspace", "pacing", "unknown")
        if draw(st.booleans())
    ]
    event_ids = [e.id for e in events] + ["missing"]
    reflections = [
        ReflectionFact(
            f"r{i}",
            draw(st.sampled_from(sids)),
            moment(draw(days)),
            tuple(draw(st.lists(st.sampled_from(event_ids), max_size=3))),
            draw(st.none() | days.map(lambda d: BASE.date() + dt.timedelta(days=d))),
            draw(st.sampled_from([None, "", "  ", "went well"])),
        )
        for i in range(draw(st.integers(0, 4)))
    ]
    decisions = [
        DecisionFact(
            draw(st.sampled_from([*sids, None])),
            draw(st.sampled_from(["workspace", "pacing", None])),
            draw(st.sampled_from(list(K))),
            draw(st.sampled_from(list(Decision))),
            moment(draw(days)),
            draw(st.none() | days.map(lambda d: BASE.date() + dt.timedelta(days=d))),
            draw(st.sampled_from([None, "c1", "c2"])),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    snap = Snapshot(
        tuple(students),
        DIMS,
        tuple(changes),
        tuple(events),
        tuple(reflections),
        tuple(decisions),
        {"c1": "7B", "c2": "8A"},
    )
    return snap, BASE.date() + dt.timedelta(days=end + draw(st.sampled_from([0, 0, 1, -1])))


def _upto(facts, as_of):
    return [f for f in facts if f.at.date() <= as_of]


def _level(snap, sid, dim, as_of):
    changes = [c for c in _upto(snap.level_changes, as_of) if c.student_id == sid and c.dimension == dim]
    change = max(changes, key=lambda c: c.at, default=None)
    return (max(0, min(TOPS[dim], change.to_level)) if change else 0), change


def _open_follow_up(snap, sid, as_of):
    return any(
        r.student_id == sid and r.follow_up is not None and not (r.outcome or "").strip()
        for r in _upto(snap.reflections, as_of)
    )


def expected(snap: Snapshot, policy: Policy, as_of: dt.date) -> set[tuple]:
    """The rules read literally, fact by fact (slow and obvious), for a snapshot without decisions."""
    out: set[tuple] = set()
    age = lambda moment: (as_of - moment.date()).days  # noqa: E731
    events = _upto(snap.events, as_of)
    reflections = _upto(snap.reflections, as_of)
    students = {(s.id, s.classroom_id) for s in snap.students if s.active}
    for sid, room in students:
        mine = [e for e in events if e.student_id == sid]
        breaks = [e for e in mine if e.kind == EventKind.BREAK]
        talks = [r for r in reflections if r.student_id == sid]
        owed = []
        for dim in DIMS:
            level, change = _level(snap, sid, dim.key, as_of)
            since_change = [e for e in mine if change is None or e.at > change.at]
            window = [
                b
                for b in since_change
                if b in breaks and b.dimension == dim.key and age(b.at) < policy.step_back_window_days
            ]
            serious = policy.step_back_on_serious and any(b.severity == Severity.SERIOUS for b in window)
            if window and (len(window) >= policy.step_back_breaks or serious):
                if level > 0:
                    out.add((K.STEP_BACK, sid, room, dim.key, level, level - 1))
                    owed += window
                continue
            history = [e.at for e in mine] + [r.at for r in talks]
            history += [c.at for c in _upto(snap.level_changes, as_of) if c.student_id == sid]
            held = age(change.at) if change else max((age(m) for m in history), default=-1)
            builds = [e for e in since_change if e.kind == EventKind.BUILD and e.dimension in (dim.key, None)]
            if (
                level < dim.top
                and held >= policy.step_up_hold_days
                and not any(
                    b.dimension in (dim.key, None) and age(b.at) < policy.step_up_break_free_days for b in breaks
                )
                and not _open_follow_up(snap, sid, as_of)
                and len(builds) >= policy.step_up_build_events
                and len({b.at.date() for b in builds}) >= policy.step_up_distinct_days
            ):
                out.add((K.STEP_UP, sid, room, dim.key, level, level + 1))
        recent = [b for b in breaks if age(b.at) < policy.reflect_window_days]
        unanswered = {b.id: b for b in recent + owed if not any(b.id in r.event_ids or r.at >= b.at for r in talks)}
        if unanswered:
            keys = {b.dimension for b in unanswered.values()}
            out.add((K.REFLECT, sid, room, keys.pop() if len(keys) == 1 else None, None, None))
        for r in talks:
            if r.follow_up is not None and r.follow_up <= as_of and not (r.outcome or "").strip():
                out.add((K.FOLLOW_UP, sid, room, None, None, None, r.id))
        noted = [e.at for e in mine] + [r.at for r in talks]
        facts = noted + [c.at for c in _upto(snap.level_changes, as_of) if c.student_id == sid]
        quiet = policy.check_in_quiet_days
        if all(age(m) >= quiet for m in noted) and any(age(m) >= quiet for m in facts):
            out.add((K.CHECK_IN, sid, room, None, None, None))
    for room in {room for _, room in students}:
        members = {sid for sid, r in students if r == room}
        for dim in DIMS:
            levels = [_level(snap, sid, dim.key, as_of)[0] for sid in members]
            for target in range(dim.top, 0, -1):
                reached = sum(lv >= target for lv in levels)
                if reached >= policy.class_step_share * len(levels) - 1e-9:
                    if reached < len(levels):
                        out.add((K.CLASS_STEP, None, room, dim.key, target - 1, target))
                    break
    return out


def _key(s) -> tuple:
    return (s.kind, s.student_id, s.classroom_id, s.dimension, s.from_level, s.to_level)


@PROPERTY
@given(histories(), policies)
def test_the_engine_matches_the_rules_read_literally(history, policy) -> None:
    snap, as_of = history
    snap = replace(snap, decisions=())
    want = expected(snap, policy, as_of)
    got = suggest(snap, policy, as_of)
    follow_ups = sorted(k[1:3] for k in want if k[0] == K.FOLLOW_UP)
    assert {_key(s) for s in got if s.kind != K.FOLLOW_UP} == {k for k in want if k[0] != K.FOLLOW_UP}
    assert sorted((s.student_id, s.classroom_id) for s in got if s.kind == K.FOLLOW_UP) == follow_ups


@PROPERTY
@given(histories(), policies, st.randoms(use_true_random=False))
def test_deterministic_whatever_the_order_of_the_facts(history, policy, rnd: random.Random) -> None:
    snap, as_of = history
    first = suggest(snap, policy, as_of)
    assert suggest(snap, policy, as_of) == first
    shuffled = {
        name: tuple(rnd.sample(getattr(snap, name), len(getattr(snap, name))))
        for name in ("level_changes", "events", "reflections", "decisions")
    }
    assert suggest(replace(snap, **shuffled), policy, as_of) == first


@PROPERTY
@given(histories(), policies)
def test_invariants(history, policy) -> None:
    snap, as_of = history
    out = suggest(snap, policy, as_of)
    enrolled = {(s.id, s.classroom_id) for s in snap.students if s.active}
    events = {e.id: e for e in snap.events}
    seen = set()
    for s in out:
        # only known, active students, in the classroom they are enrolled in
        assert s.student_id is None or (s.student_id, s.classroom_id) in enrolled
        assert s.student_id is not None or s.kind == K.CLASS_STEP
        assert s.text and s.text.endswith(".")
        # one level at a time, within the ladder
        if s.from_level is not None:
            assert s.to_level is not None and abs(s.to_level - s.from_level) == 1
            assert 0 <= s.from_level <= TOPS[s.dimension] and 0 <= s.to_level <= TOPS[s.dimension]
            assert (s.to_level > s.from_level) == (s.kind in (K.STEP_UP, K.CLASS_STEP))
        # evidence exists, belongs to the student, and is not after as_of
        for ev in s.evidence:
            assert ev.event_id in events and ev.at <= as_of
            assert events[ev.event_id].at.date() == ev.at and events[ev.event_id].student_id == s.student_id
        if s.kind == K.STEP_UP:
            breaks = [
                e
                for e in _upto(snap.events, as_of)
                if e.student_id == s.student_id and e.kind == EventKind.BREAK and e.dimension in (s.dimension, None)
            ]
            assert all((as_of - b.at.date()).days >= policy.step_up_break_free_days for b in breaks)
            assert not _open_follow_up(snap, s.student_id, as_of)
        if s.kind in (K.STEP_UP, K.STEP_BACK):
            seen.add((s.kind, s.student_id, s.dimension))
    assert not {(sid, dim) for kind, sid, dim in seen if kind == K.STEP_UP} & {
        (sid, dim) for kind, sid, dim in seen if kind == K.STEP_BACK
    }
    assert out == sorted(
        out,
        key=lambda s: (snap.classrooms[s.classroom_id], s.student_id is not None, (s.student_name or "").casefold()),
    )


@PROPERTY
@given(histories(), policies)
def test_dismissing_everything_silences_everything_until_new_evidence(history, policy) -> None:
    snap, as_of = history
    out = suggest(snap, policy, as_of)
    end_of_day = dt.datetime.combine(as_of, dt.time(23, 59, 59), tzinfo=dt.UTC)
    dismissed = tuple(
        DecisionFact(s.student_id, s.dimension, s.kind, Decision.DISMISSED, end_of_day, classroom_id=s.classroom_id)
        for s in out
    )
    assert suggest(replace(snap, decisions=snap.decisions + dismissed), policy, as_of) == []
    snoozed = tuple(replace(d, decision=Decision.SNOOZED, until=as_of + dt.timedelta(days=1)) for d in dismissed)
    later = replace(snap, decisions=snap.decisions + snoozed)
    assert suggest(later, policy, as_of) == []
    # the snooze is over the next day: whatever still holds then comes back
    tomorrow = as_of + dt.timedelta(days=1)
    assert suggest(later, policy, tomorrow) == suggest(snap, policy, tomorrow)
