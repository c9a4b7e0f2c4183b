"""The classroom screen's read models: right numbers, few queries (no query per student)."""

from __future__ import annotations

import datetime as dt

import pytest

from autonomy.services.views import RISING, SLIPPING, STEADY, ViewService, school_days_back, trend_of
from tests.statements import counting


@pytest.fixture
def views(db) -> ViewService:
    return ViewService(db)


def test_roster_lines_hold_levels_today_and_trend(services, views, classroom, students) -> None:
    amira, ben, chloe = students
    services.levels.change_level(amira.id, "workspace", 1)
    services.levels.change_level(amira.id, "workspace", 2)
    services.events.log([amira.id, ben.id], "build", "helped_peer")
    services.events.log([amira.id], "build", "finished_choice")
    services.events.log([amira.id], "build", "kept_plan")
    services.events.log([ben.id], "break", "left_area")
    services.events.log([ben.id], "break", "off_task")
    services.events.log([chloe.id], "observation", "noticed")
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    services.events.log([chloe.id], "break", "left_area", at=old)  # outside the trend window
    services.choices.record(amira.id, "workspace", "Library corner")
    services.roster.set_student_active(chloe.id, False)
    lines = {line.name: line for line in views.roster(classroom.id, dt.date.today())}
    a, b, c = lines["Amira Haddad"], lines["Ben Okafor"], lines["Chloé Dubois"]
    assert a.levels == {"workspace": 2}
    assert (a.builds_today, a.breaks_today, a.choices_today, a.trend) == (3, 0, 1, RISING)
    assert (b.builds_today, b.breaks_today, b.trend) == (1, 2, SLIPPING)
    assert (c.observations_today, c.recent_breaks, c.active) == (1, 0, False)
    assert b.waiting and b.waiting_kind == "reflect"  # an unanswered break (without the suggestion engine)
    assert not a.waiting
    assert not c.waiting  # archived: nothing waits


def test_a_reflection_answers_the_break_and_a_due_follow_up_waits(services, views, classroom, students) -> None:
    ben = students[1]
    services.events.log([ben.id], "break", "left_area")
    services.reflections.record(ben.id, student_words="I forgot", follow_up=dt.date.today())
    [line] = [x for x in views.roster(classroom.id, dt.date.today()) if x.student_id == ben.id]
    assert line.waiting_kind == "follow_up"
    [reflection] = services.reflections.for_student(ben.id)
    services.reflections.set_outcome(reflection.id, "Back on track")
    [line] = [x for x in views.roster(classroom.id, dt.date.today()) if x.student_id == ben.id]
    assert not line.waiting


def test_roster_takes_the_same_few_queries_for_any_class_size(services, views, db, classroom, students) -> None:
    with counting(db) as small:
        views.roster(classroom.id, dt.date.today())
    for i in range(20):
        student = services.roster.add_student(classroom.id, f"Student {i:02d}")
        services.events.log([student.id], "build", "helped_peer")
        services.levels.change_level(student.id, "pacing", 1)
    with counting(db) as large:
        lines = views.roster(classroom.id, dt.date.today())
    assert len(lines) == 23
    assert len(large) == len(small) <= 2  # the students' rows (with their counts), their levels


def test_student_detail(services, views, classroom, students) -> None:
    amira = students[0]
    services.levels.change_level(amira.id, "pacing", 1, reason="steady week")
    [event_] = services.events.log([amira.id], "break", "left_area", note="canteen")
    services.events.log([amira.id], "build", "helped_peer")
    services.choices.record(amira.id, "workspace", "Hallway", choice_level=3)
    services.reflections.record(amira.id, event_ids=[event_.id], student_words="Sorry",
                                self_ratings={"pacing": 2})
    detail = views.student_detail(amira.id)
    assert detail.student.name == "Amira Haddad"
    assert [c.name for c in detail.classrooms] == ["7B Science"]
    assert detail.levels == {"pacing": 1}
    assert [c.reason for c in detail.level_history] == ["steady week"]
    assert [e.kind for e in detail.events] == ["build", "break"]  # newest first
    assert detail.choices[0].within_level is False
    assert detail.reflections[0].event_ids == (event_.id,)
    assert detail.reflections[0].self_ratings == {"pacing": 2}
    assert detail.categories["left_area"].kind == "break"
    assert {d.key for d in detail.dimensions} >= {"workspace", "pacing", "choice", "demonstration"}


def test_student_detail_takes_the_same_few_queries_however_much_history(services, views, db, classroom,
                                                                      students) -> None:
    amira = students[0]

    def history(n: int) -> None:
        other = services.roster.create_classroom(f"8{'ABCD'[n]} History")
        services.roster.enrol(amira.id, other.id)
        [event_] = services.events.log([amira.id], "break", "left_area")
        services.events.log([amira.id], "build", "helped_peer")
        services.levels.change_level(amira.id, "pacing", n + 1)
        services.choices.record(amira.id, "workspace", "Hallway", choice_level=1)
        services.reflections.record(amira.id, event_ids=[event_.id], student_words="Sorry",
                                    self_ratings={"pacing": 1})

    history(0)
    with counting(db) as small:
        views.student_detail(amira.id)
    for n in range(1, 4):  # more classrooms, events, level changes, choices and reflections: no query per record
        history(n)
    with counting(db) as large:
        detail = views.student_detail(amira.id)
    assert len(detail.classrooms) == 5 and len(detail.reflections) == 4 and len(detail.events) == 8
    assert len(large) == len(small) <= 13, large


def test_school_days_and_trend_rules() -> None:
    friday = dt.date(2026, 11, 20)
    assert school_days_back(friday, 1) == friday
    assert school_days_back(friday, 5) == dt.date(2026, 11, 16)
    assert school_days_back(dt.date(2026, 11, 22), 1) == friday  # a Sunday counts back to Friday
    assert school_days_back(friday, 10) == dt.date(2026, 11, 9)
    assert trend_of(0, 0) == STEADY
    assert trend_of(0, 1) == SLIPPING
    assert trend_of(10, 1) == RISING
    assert trend_of(9, 3) == SLIPPING
    assert trend_of(8, 1) == STEADY


def test_roster_lines_are_the_roster_lines_of_those_students(demo, views) -> None:
    """The rows re-read after a log are exactly the rows the whole roster gives, every field of every student."""
    from tests.services.helpers import DEMO_TODAY

    [classroom] = demo.roster.classrooms()
    today = DEMO_TODAY
    ids = [line.student_id for line in views.roster(classroom.id, today) if line.active]
    ids += [demo.roster.add_student(classroom.id, name).id for name in ("Yara Lind", "Zed Moss")]
    noon = dt.datetime.combine(today, dt.time(12), dt.UTC)
    # Something of every kind on the day: builds, breaks (one waits for a reflection), observations, a choice,
    # a due follow-up, a level; and an archived student.
    demo.events.log(ids[:3], "build", "helped_peer", at=noon)
    demo.events.log([ids[1]], "break", "left_area", at=noon)
    demo.events.log([ids[2]], "observation", "noticed", at=noon)
    demo.choices.record(ids[0], "workspace", "Library corner", day=today)
    demo.reflections.record(ids[3], student_words="I will ask first", follow_up=today,
                            at=noon - dt.timedelta(days=3))
    demo.levels.change_level(ids[4], "pacing", 2 if demo.levels.level_of(ids[4], "pacing") < 2 else 1, at=noon)
    demo.events.log([ids[-1]], "build", "helped_peer", at=noon)
    demo.roster.set_student_active(ids[-1], False)
    roster = views.roster(classroom.id, today)
    ids = [line.student_id for line in roster]
    assert len(roster) >= 6
    for field in ("levels", "builds_today", "breaks_today", "observations_today", "choices_today", "recent_builds",
                  "recent_breaks", "waiting"):
        assert any(getattr(line, field) for line in roster), field
    assert len({line.trend for line in roster}) > 1
    assert not all(line.active for line in roster)
    for line in roster:
        assert views.roster_lines(classroom.id, [line.student_id], today) == [line]
    assert views.roster_lines(classroom.id, list(reversed(ids)), today) == roster  # in the roster's order
    assert views.roster_lines(classroom.id, [ids[4], "no-such-student", ids[1]], today) == [
        line for line in roster if line.student_id in (ids[1], ids[4])]
    assert views.roster_lines(classroom.id, [], today) == []


def test_roster_lines_refuse_what_the_roster_refuses(services, views, db, classroom, students) -> None:
    from autonomy.core.errors import NotAllowed, NotFound
    from autonomy.core.types import Role
    from autonomy.services import Services

    with pytest.raises(NotFound):
        views.roster_lines("no-such-classroom", [students[0].id])
    other = Services.over(db.acting_as("someone-else", Role.TEACHER))
    with pytest.raises(NotAllowed):
        other.views.roster_lines(classroom.id, [students[0].id])
    empty = services.roster.create_classroom("Empty")
    assert views.roster_lines(empty.id, [students[0].id]) == []  # not in that class: no line


def test_logging_and_refreshing_the_row_take_the_same_few_statements_for_any_class_size(services, views, db,
                                                                                       classroom, students) -> None:
    """Issue 7: log one event and re-read its row; the SQL does not grow with the class (or the history)."""
    amira = students[0]

    def log_and_refresh(ids: list[str]) -> list[str]:
        with counting(db) as statements:
            services.events.log(ids, "build", "helped_peer")
            lines = views.roster_lines(classroom.id, ids)
        assert {line.student_id for line in lines} == set(ids)
        return statements

    small = log_and_refresh([amira.id])
    for i in range(30):
        student = services.roster.add_student(classroom.id, f"Student {i:02d}")
        services.events.log([student.id], "break", "left_area")
        services.levels.change_level(student.id, "pacing", 1)
        services.choices.record(student.id, "workspace", "Hallway")
    large = log_and_refresh([amira.id])
    several = log_and_refresh([s.id for s in students])
    # The log: the category with the students, the event, the undo step and its row change, the end of the redo
    # list. The refresh: the students' rows, their levels.
    assert len(small) == len(large) <= 7, large
    # Several students at once: one more event row and undo row each (one executemany each), nothing else.
    assert len(several) == len(small) + 2 * (len(students) - 1), several
    assert sum(s.lstrip().upper().startswith("SELECT") for s in large) <= 3


def test_reads_together_answer_what_reads_apart_answer(services, views, db, classroom, students) -> None:
    """`Database.together` (the lane's batch after a change): one shared transaction on a server, where each read's
    `…_ahead` has sent its statements; on SQLite each read keeps its own transaction and nothing is sent ahead."""
    sid = students[0].id
    services.events.log([sid], "build", "helped_peer")
    apart = (views.roster_lines(classroom.id, [sid]), services.events.for_student(sid), services.history.state())
    with db.together():
        assert db.reads_together is (not db.is_sqlite)
        with counting(db) as sent:
            views.roster_lines_ahead(classroom.id, [sid])
            services.events.for_student_ahead(sid)
            services.history.state_ahead()
        assert bool(sent) is (not db.is_sqlite)
        together = (views.roster_lines(classroom.id, [sid]), services.events.for_student(sid),
                    services.history.state())
    assert together == apart
    assert not db.reads_together
