"""Trust events: the rules a logged event must follow, several students at once, edits, soft deletion, catalogue."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event, text

from autonomy.core.errors import Conflict, InvalidInput, NotFound, StorageError
from autonomy.core.phrases import english
from autonomy.services import Services
from autonomy.services.dto import TrustEventInfo
from autonomy.storage.models import TrustEvent
from tests.services.helpers import exported, unchanged

NOW = dt.datetime.now(dt.UTC)


def test_log_one_event_returns_frozen_plain_data(services: Services, students) -> None:
    before = dt.datetime.now(dt.UTC)
    (event,) = services.events.log([students[0].id], "build", "helped_peer", dimension="workspace",
                                   habit="persisting", note="  Explained fractions to Ben.  ")
    assert type(event) is TrustEventInfo
    assert (event.student_id, event.kind, event.category, event.dimension, event.severity, event.habit,
            event.note, event.deleted) == (students[0].id, "build", "helped_peer", "workspace", None, "persisting",
                                           "Explained fractions to Ben.", False)
    assert before <= event.at <= dt.datetime.now(dt.UTC)
    assert event.at.tzinfo is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.note = "changed"  # type: ignore[misc]
    assert services.events.for_student(students[0].id) == [event]


def test_backdated_event_keeps_its_time(services: Services, students) -> None:
    when = dt.datetime(2026, 9, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    (event,) = services.events.log([students[0].id], "observation", "noticed", at=when)
    assert event.at == when
    assert services.events.for_student(students[0].id)[0].at == when


@pytest.mark.parametrize("severity", [None, ""])
def test_a_break_without_severity_is_minor(services: Services, students, severity) -> None:
    (event,) = services.events.log([students[0].id], "break", "left_area", severity=severity)
    assert event.severity == "minor"


@pytest.mark.parametrize("severity", ["minor", "moderate", "serious"])
def test_a_break_keeps_its_severity(services: Services, students, severity: str) -> None:
    (event,) = services.events.log([students[0].id], "break", "off_task", severity=severity)
    assert event.severity == severity


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        pytest.param({"kind": "build", "category": "helped_peer", "severity": "minor"}, "severity",
                     id="severity-on-build"),
        pytest.param({"kind": "observation", "category": "noticed", "severity": "serious"}, "severity",
                     id="severity-on-observation"),
        pytest.param({"kind": "break", "category": "left_area", "severity": "awful"}, "severity",
                     id="unknown-severity"),
        pytest.param({"kind": "build", "category": "left_area"}, "category", id="break-category-as-build"),
        pytest.param({"kind": "break", "category": "helped_peer"}, "category", id="build-category-as-break"),
        pytest.param({"kind": "observation", "category": "kept_plan"}, "category", id="build-category-as-obs"),
        pytest.param({"kind": "praise", "category": "helped_peer"}, "kind", id="unknown-kind"),
        pytest.param({"kind": "build", "category": "no_such_category"}, "category", id="unknown-category"),
        pytest.param({"kind": "build", "category": "helped_peer", "dimension": "singing"}, "dimension",
                     id="unknown-dimension"),
        pytest.param({"kind": "build", "category": "helped_peer", "habit": "being_nice"}, "habit",
                     id="unknown-habit"),
        pytest.param({"kind": "build", "category": "helped_peer", "at": NOW + dt.timedelta(days=2)}, "date",
                     id="future-date"),
        pytest.param({"kind": "build", "category": "helped_peer", "note": "n" * 20_001}, "note",
                     id="note-over-20000"),
    ],
)
def test_refused_event_leaves_everything_as_it_was(services: Services, students, arguments: dict,
                                                    field: str) -> None:
    services.events.log([students[2].id], "build", "kept_plan")  # something already there
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.events.log([students[0].id, students[1].id], **arguments)
    assert caught.value.field == field


def test_note_of_20000_characters_is_accepted(services: Services, students) -> None:
    (event,) = services.events.log([students[0].id], "build", "helped_peer", note="n" * 20_000)
    assert len(event.note) == 20_000


def test_an_archived_student_cannot_be_logged(services: Services, students) -> None:
    services.roster.set_student_active(students[1].id, False)
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.events.log([students[0].id, students[1].id], "build", "helped_peer")
    assert students[1].name in str(caught.value)
    assert services.events.for_student(students[0].id) == []  # not even the active student's event


def test_unknown_student_refuses_the_whole_group(services: Services, students) -> None:
    with unchanged(services), pytest.raises(NotFound):
        services.events.log([students[0].id, "no-such-student"], "build", "helped_peer")


@pytest.mark.parametrize("chosen", [[], [0, 0]], ids=["none", "twice"])
def test_no_student_or_the_same_student_twice_is_refused(services: Services, students, chosen) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.events.log([students[i].id for i in chosen], "build", "helped_peer")
    assert caught.value.field == "students"


def test_several_students_at_once_one_group_one_undo(services: Services, classroom, students) -> None:
    before = exported(services)
    ids = [s.id for s in students]
    events = services.events.log(ids, "build", "on_task_away", dimension="workspace", note="Hallway group")
    assert [e.student_id for e in events] == ids
    assert len({e.id for e in events}) == 3
    assert len({e.group_id for e in events}) == 1 and events[0].group_id not in {e.id for e in events}
    assert len({e.at for e in events}) == 1
    label = english(services.history.can_undo().label)
    assert "Stayed on task away from the teacher" in label
    assert students[0].name in label and students[1].name in label
    assert label.endswith(f"and {students[2].name}")  # three names are said; more are counted
    assert {e.id for e in services.events.for_classroom(classroom.id)} == {e.id for e in events}

    undone = services.history.undo()
    assert english(undone.label) == label
    assert services.events.for_classroom(classroom.id) == []
    assert exported(services) == before
    services.history.redo()
    assert {e.id for e in services.events.for_classroom(classroom.id)} == {e.id for e in events}


def test_logged_rows_are_recorded_for_undo_as_the_orm_records_a_row(services: Services, students) -> None:
    """Logging writes with Core statements, not ORM objects: its undo record must be what the ORM listener would
    have written for the same rows (key, and every column as stored), or undo could not check and restore it."""
    from sqlalchemy import select

    from autonomy.services.unit import row_key, snapshot
    from autonomy.storage.models import Action, RowChange

    when = dt.datetime(2026, 9, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    events = services.events.log([s.id for s in students[:2]], "break", "left_area", dimension="workspace",
                                 severity="moderate", habit="persisting", at=when, note="Canteen")
    with services.db.reading() as session:
        action = session.scalars(select(Action).order_by(Action.id.desc()).limit(1)).one()
        changes = list(session.scalars(select(RowChange).where(RowChange.action_id == action.id)
                                       .order_by(RowChange.id)))
        stored = [session.get(TrustEvent, e.id) for e in events]
        assert [(c.table_name, c.row_key, c.before, c.after) for c in changes] == [
            ("trust_events", row_key(row), None, snapshot(row)) for row in stored]
    assert english(action.label).startswith("Logged ‘Left the agreed area’ for") and action.state == "done"


def test_label_names_both_of_two_students(services: Services, students) -> None:
    services.events.log([students[2].id, students[0].id], "break", "distracted_others")
    assert english(services.history.can_undo().label) == (
        f"Logged ‘Distracted others’ for {students[2].name} and {students[0].name}")


def test_edit_changes_only_what_is_given(services: Services, students) -> None:
    (event,) = services.events.log([students[0].id], "break", "left_area", dimension="workspace",
                                   severity="moderate", habit="managing_impulsivity", note="Went to the canteen")
    edited = services.events.edit(event.id, note="Went to the library")
    assert edited == dataclasses.replace(event, note="Went to the library")
    edited = services.events.edit(event.id, severity="serious", dimension=None, habit=None,
                                  category="off_task")
    assert (edited.severity, edited.dimension, edited.habit, edited.category, edited.note) == (
        "serious", None, None, "off_task", "Went to the library")
    assert services.events.edit(event.id, severity=None).severity == "minor"


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param({"category": "helped_peer"}, id="build-category-on-break"),
        pytest.param({"severity": "awful"}, id="unknown-severity"),
        pytest.param({"habit": "being_nice"}, id="unknown-habit"),
        pytest.param({"dimension": "singing"}, id="unknown-dimension"),
        pytest.param({"at": NOW + dt.timedelta(days=3)}, id="future"),
        pytest.param({"note": "n" * 20_001}, id="long-note"),
    ],
)
def test_refused_edit_changes_nothing(services: Services, students, arguments: dict) -> None:
    (event,) = services.events.log([students[0].id], "break", "left_area")
    with unchanged(services), pytest.raises(InvalidInput):
        # A valid change comes first in the same call: it must not be kept either.
        services.events.edit(event.id, **{"category": "off_task", "note": "half-applied?", **arguments})


def test_edit_unknown_event(services: Services, students) -> None:
    with unchanged(services), pytest.raises(NotFound):
        services.events.edit("no-such-event", note="x")


def test_delete_is_soft_and_undoable(services: Services, classroom, students) -> None:
    kept, gone = (services.events.log([students[0].id], "build", category)[0]
                  for category in ("helped_peer", "kept_plan"))
    assert services.events.delete([gone.id]) == 1
    assert english(services.history.can_undo().label) == "Deleted moments: 1"
    assert [e.id for e in services.events.for_student(students[0].id)] == [kept.id]
    assert [e["id"] for e in exported(services)["events"]] == [kept.id]
    with services.db.reading() as session:  # still stored, only marked
        assert session.get(TrustEvent, gone.id).deleted is True
    services.history.undo()
    assert {e.id for e in services.events.for_student(students[0].id)} == {kept.id, gone.id}


def test_delete_of_an_unknown_event_deletes_nothing(services: Services, students) -> None:
    (event,) = services.events.log([students[0].id], "build", "helped_peer")
    with unchanged(services), pytest.raises(NotFound):
        services.events.delete([event.id, "no-such-event"])


def test_for_student_filters_by_kind_and_time(services: Services, students) -> None:
    old = dt.datetime(2026, 9, 1, 10, tzinfo=dt.UTC)
    services.events.log([students[0].id], "build", "helped_peer", at=old)
    services.events.log([students[0].id], "break", "left_area", at=old + dt.timedelta(days=2))
    services.events.log([students[1].id], "break", "off_task", at=old + dt.timedelta(days=3))
    listed = services.events.for_student(students[0].id)
    assert [e.category for e in listed] == ["left_area", "helped_peer"]  # newest first
    assert [e.category for e in services.events.for_student(students[0].id, kind="break")] == ["left_area"]
    assert [e.category for e in services.events.for_student(students[0].id, since=old + dt.timedelta(days=1))] \
        == ["left_area"]
    with pytest.raises(InvalidInput):
        services.events.for_student(students[0].id, kind="praise")


def test_for_classroom_is_scoped_and_windowed(services: Services, classroom, students) -> None:
    other = services.roster.create_classroom("8A History")
    outsider = services.roster.add_student(other.id, "Dana Lee")
    day = dt.datetime(2026, 10, 5, 9, tzinfo=dt.UTC)
    for offset, student in enumerate([students[0], students[1], outsider]):
        services.events.log([student.id], "build", "helped_peer", at=day + dt.timedelta(days=offset))
    listed = services.events.for_classroom(classroom.id)
    assert [e.student_id for e in listed] == [students[0].id, students[1].id]  # oldest first
    window = services.events.for_classroom(classroom.id, since=day + dt.timedelta(hours=1),
                                           until=day + dt.timedelta(days=2))
    assert [e.student_id for e in window] == [students[1].id]


def test_catalogue_can_grow_and_retire_categories(services: Services, students) -> None:
    added = services.events.add_category("build", "Tidied the  workspace")
    assert (added.key, added.kind, added.name) == ("tidied_the_workspace", "build", "Tidied the workspace")
    (event,) = services.events.log([students[0].id], "build", added.key)
    assert event.category == "tidied_the_workspace"
    with unchanged(services), pytest.raises(Conflict):
        services.events.add_category("break", "Tidied the workspace")
    with unchanged(services), pytest.raises(InvalidInput):
        services.events.add_category("praise", "Sang well")
    services.events.edit_category(added.key, archived=True)
    assert added.key not in {c.key for c in services.events.categories()}
    assert added.key in {c.key for c in services.events.categories(include_archived=True)}
    with unchanged(services), pytest.raises(NotFound):
        services.events.edit_category("no_such_category", name="X")


@pytest.mark.sqlite_only
def test_a_log_the_database_refuses_half_way_keeps_nothing_and_says_why(services: Services, students) -> None:
    """A refusal after the event row is written (here at its undo record) still rolls the whole log back, and is
    worded as any other."""
    services.events.log([students[0].id], "build", "helped_peer")
    with services.db.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER refuse_undo BEFORE INSERT ON row_changes "
                          "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
    with unchanged(services), pytest.raises(Conflict, match="refused by the test"):
        services.events.log([students[1].id], "break", "left_area", note="Canteen")
    with services.db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse_undo"))

    # Read-only from just after BEGIN IMMEDIATE (which takes the write lock first): the event's own INSERT is
    # what the database refuses.
    def read_only(conn) -> None:
        conn.exec_driver_sql("PRAGMA query_only = ON")

    def writable(dbapi_connection, *_args) -> None:
        dbapi_connection.execute("PRAGMA query_only = OFF")

    refused: list[str] = []
    spy = lambda _conn, _cursor, statement, *_args: refused.append(statement)  # noqa: E731
    event.listen(services.db.engine, "begin", read_only)
    event.listen(services.db.engine, "checkin", writable)
    event.listen(services.db.engine, "before_cursor_execute", spy)
    try:
        with unchanged(services), pytest.raises(StorageError, match="read-only; nothing was saved"):
            services.events.log([students[1].id], "break", "left_area")
    finally:
        event.remove(services.db.engine, "begin", read_only)
        event.remove(services.db.engine, "checkin", writable)
        event.remove(services.db.engine, "before_cursor_execute", spy)
    assert any(statement.lstrip().upper().startswith("INSERT INTO TRUST_EVENTS") for statement in refused)
    (logged,) = services.events.log([students[1].id], "break", "left_area")  # and the next log is kept
    assert [e.id for e in services.events.for_student(students[1].id)] == [logged.id]


def test_quick_log_offers_the_class_s_most_used_moments_and_its_lesson_time(services, classroom, students) -> None:
    from autonomy.services.events import QUICK_KEYS

    fresh = services.events.quick_log(classroom.id)
    # A class without history: the catalogue's first trust-building moments, no lesson time yet.
    assert [c.key for c in fresh.categories][:2] == ["finished_choice", "on_task_away"]
    assert len(fresh.categories) == QUICK_KEYS and fresh.lesson_time is None
    week_ago = dt.date.today() - dt.timedelta(days=7)
    for minute, category in ((5, "helped_peer"), (10, "helped_peer"), (15, "kept_plan"), (20, "helped_peer"),
                             (25, "kept_plan")):
        at = dt.datetime.combine(week_ago, dt.time(10, minute)).astimezone()
        services.events.log([students[0].id], "build", category, at=at)
    services.events.log([students[1].id], "break", "off_task", severity="minor",
                        at=dt.datetime.combine(week_ago, dt.time(10, 30)).astimezone())
    quick = services.events.quick_log(classroom.id)
    assert [c.key for c in quick.categories][:3] == ["helped_peer", "kept_plan", "finished_choice"]
    assert all(c.kind == "build" for c in quick.categories)
    assert quick.lesson_time == dt.time(10, 20)  # the median of the class's times, to five minutes
