"""Undo and redo: every kind of change goes back and comes again exactly; stale or clashing undos are refused."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text

from autonomy.core.errors import Conflict, NothingToUndo
from autonomy.core.phrases import english
from autonomy.core.roster_csv import parse_roster
from autonomy.services import Services
from autonomy.services.history import HistoryService
from tests.services.helpers import exported, state, stored_rows, unchanged

TODAY = dt.date.today()


def _first_event(services: Services, student_id: str) -> str:
    return services.events.for_student(student_id)[0].id


def _reflection(s: Services, c: Busy) -> Any:
    return s.reflections.record(c.ids[0], event_ids=[_first_event(s, c.ids[0])], prompts=["What happened?"],
                                student_words="I forgot.", agreement="Check in at 10.", follow_up=TODAY,
                                self_ratings={"workspace": 2, "choice": 1})


@dataclass(frozen=True)
class Busy:
    """A classroom with three students, one event each, a level change for the first, a reflection with the
    second, and a second classroom: edits, deletions and enrolments have something to work on."""

    classroom: str
    other: str
    ids: list[str]
    reflection: str


# name -> (the change, the label of its undo step)
CHANGES: dict[str, tuple[Callable[[Services, Busy], Any], str]] = {
    "create classroom": (lambda s, c: s.roster.create_classroom("9C Art", "Art"), "Added the classroom 9C Art"),
    "edit classroom": (lambda s, c: s.roster.edit_classroom(c.classroom, name="7C", subject="Physics"),
                       "Edited the classroom 7C"),
    "archive classroom": (lambda s, c: s.roster.set_classroom_archived(c.classroom, True),
                          "Archived the classroom 7B Science"),
    "add student": (lambda s, c: s.roster.add_student(c.classroom, "Dana Lee", "S9", "Notes"), "Added Dana Lee"),
    "archive student": (lambda s, c: s.roster.set_student_active(c.ids[1], False), "Archived Ben Okafor"),
    "edit student": (lambda s, c: s.roster.edit_student(c.ids[2], name="Chloe D", external_id="X2",
                                                        notes="Moved seats"), "Edited Chloe D"),
    "enrol": (lambda s, c: s.roster.enrol(c.ids[0], c.other), "Enrolled Amira Haddad in 8A History"),
    "level change": (lambda s, c: s.levels.change_level(c.ids[0], "workspace", 3, reason="Earned it"),
                     "Moved Amira Haddad to ‘Along the hallway’ in Workspace"),
    "event log": (lambda s, c: s.events.log(c.ids, "build", "helped_peer", note="Group work"),
                  "Logged ‘Helped a classmate’ for Amira Haddad, Ben Okafor and Chloé Dubois"),
    "event edit": (lambda s, c: s.events.edit(_first_event(s, c.ids[1]), note="Edited", habit="persisting"),
                   "Edited a moment of Ben Okafor"),
    "event delete": (lambda s, c: s.events.delete([_first_event(s, i) for i in c.ids]), "Deleted moments: 3"),
    "reflection": (_reflection, "Recorded a conversation with Amira Haddad"),
    "follow-up outcome": (lambda s, c: s.reflections.set_outcome(c.reflection, "Went well"),
                          "Recorded how a follow-up went"),
    "choice": (lambda s, c: s.choices.record(c.ids[2], "workspace", "Library", choice_level=1),
               "Recorded Chloé Dubois’s choice ‘Library’"),
    "roster import": (lambda s, c: s.roster.import_roster(
        c.classroom, parse_roster(b"Name,ID\nDana Lee,S1\nEli Moss,S2\nAmira Haddad,S3\n"), skip_invalid=True),
        "Imported the roster of 7B Science: 2 added"),
    "decision": (lambda s, c: s.decisions.record(kind="step_up", decision="snoozed", student_id=c.ids[0],
                                                 dimension="pacing", until=TODAY,
                                                 evidence=["e1000000-0000-4000-8000-000000000001"]),
                 f"Snoozed the suggestion for Amira Haddad until {TODAY.isoformat()}"),
    "rename level": (lambda s, c: s.levels.rename_level("workspace", 2, "Doorway", "By the door."),
                     "Renamed a level of Workspace to ‘Doorway’"),
    "add dimension": (lambda s, c: s.levels.add_dimension("Who with", [("Alone", ""), ("Pairs", "")]),
                      "Added the dimension Who with"),
    "add category": (lambda s, c: s.events.add_category("build", "Tidied up"), "Added the category ‘Tidied up’"),
    "archive category": (lambda s, c: s.events.edit_category("helped_peer", archived=True, name="Helped"),
                         "Edited the category ‘Helped’"),
}


@pytest.fixture
def busy(services: Services, classroom, students) -> Busy:
    ids = [s.id for s in students]
    for sid in ids:
        services.events.log([sid], "build", "kept_plan")
    services.levels.change_level(ids[0], "workspace", 1)
    reflection = services.reflections.record(ids[1], follow_up=TODAY, student_words="I will try.")
    return Busy(classroom.id, services.roster.create_classroom("8A History").id, ids, reflection.id)


@pytest.mark.parametrize("name", list(CHANGES))
def test_undo_and_redo_put_every_change_back_exactly(services: Services, busy: Busy, name: str) -> None:
    change, label = CHANGES[name]
    before = state(services)
    change(services, busy)
    after = state(services)
    assert after != before
    assert english(services.history.can_undo().label) == label

    undone = services.history.undo()
    assert (english(undone.label), undone.state) == (label, "undone")
    assert state(services) == before
    assert services.history.can_redo().id == undone.id

    redone = services.history.redo()
    assert (redone.id, redone.state) == (undone.id, "done")
    assert state(services) == after
    assert services.history.can_redo() is None

    services.history.undo()  # and once more, after a redo
    assert state(services) == before


def test_undo_steps_back_through_the_actions_in_order(services: Services, classroom) -> None:
    snapshots = [state(services)]
    amira = services.roster.add_student(classroom.id, "Amira Haddad")
    snapshots.append(state(services))
    (event,) = services.events.log([amira.id], "break", "left_area")
    snapshots.append(state(services))
    services.events.edit(event.id, note="Was at the lockers", severity="moderate")
    snapshots.append(state(services))
    services.levels.change_level(amira.id, "workspace", 2)
    snapshots.append(state(services))
    for expected in reversed(snapshots[:-1]):
        services.history.undo()
        assert state(services) == expected
    for expected in snapshots[1:]:
        services.history.redo()
        assert state(services) == expected


def test_nothing_to_undo_or_redo(services: Services) -> None:
    with unchanged(services):
        with pytest.raises(NothingToUndo):
            services.history.undo()
        with pytest.raises(NothingToUndo):
            services.history.redo()
    assert services.history.can_undo() is None and services.history.can_redo() is None


def test_a_new_action_after_undo_ends_the_redo_stack(services: Services, classroom, students) -> None:
    services.events.log([students[0].id], "build", "helped_peer")
    first = services.history.undo()
    second = services.history.undo()  # the third student's "Added …"
    assert services.history.can_redo().id == second.id
    services.events.log([students[1].id], "build", "kept_plan")
    assert services.history.can_redo() is None
    with pytest.raises(NothingToUndo):
        services.history.redo()
    states = {a.id: a.state for a in services.history.recent()}
    assert states[first.id] == states[second.id] == "discarded"
    assert [s.name for s in services.roster.students(classroom.id)] == [students[0].name, students[1].name]


def test_a_refused_write_keeps_the_redo_stack(services: Services, classroom, students) -> None:
    services.history.undo()
    with unchanged(services), pytest.raises(Conflict):
        services.roster.add_student(classroom.id, students[0].name)
    assert services.history.can_redo() is not None


def test_undo_is_refused_when_the_row_was_changed_since(services: Services, students) -> None:
    (event,) = services.events.log([students[0].id], "build", "helped_peer")
    services.history.undo()
    services.history.redo()
    with services.db.engine.begin() as conn:  # a change the undo history does not know about
        conn.execute(text("UPDATE trust_events SET note = 'changed elsewhere' WHERE id = :id"), {"id": event.id})
    before = state(services)
    with pytest.raises(Conflict) as caught:
        services.history.undo()
    assert "cannot be undone" in str(caught.value)
    assert state(services) == before  # nothing changed ...
    assert services.events.for_student(students[0].id)[0].note == "changed elsewhere"
    # ... and the stale step left the list, so what came before it (adding the student) can still be undone.
    assert english(services.history.can_undo().label).startswith("Added Chloé Dubois")
    assert services.history.recent(1)[0].state == "discarded"


def test_redo_is_refused_when_an_import_brought_the_row_back(services: Services, students) -> None:
    services.events.log([students[0].id], "build", "helped_peer")
    doc = services.exchange.export_document()
    services.history.undo()
    assert services.exchange.import_document(doc).added["events"] == 1  # not an undoable action
    before = state(services)
    with pytest.raises(Conflict) as caught:
        services.history.redo()
    assert "cannot be redone" in str(caught.value)
    assert state(services) == before
    assert services.history.can_redo() is None


def test_an_undo_shown_in_another_window_is_not_applied_to_a_different_action(services: Services, students) -> None:
    services.events.log([students[0].id], "build", "helped_peer")
    shown = services.history.can_undo()  # what window A shows on its Undo item
    services.events.log([students[1].id], "build", "helped_peer")  # window B logs something newer
    with unchanged(services), pytest.raises(Conflict, match="changed in another window"):
        services.history.undo(expected=shown.id)
    assert english(services.history.undo(expected=services.history.can_undo().id).label).endswith("Ben Okafor")


def test_undo_of_a_student_with_imported_records_is_refused(services: Services, classroom) -> None:
    dana = services.roster.add_student(classroom.id, "Dana Lee")
    # The same student reaches this database again, with an event, from another teacher's export.
    services.events.log([dana.id], "build", "helped_peer")
    doc = services.exchange.export_document()
    services.history.undo()
    services.exchange.import_document({**doc, "students": [], "classrooms": []})
    with unchanged(services), pytest.raises(Conflict):
        services.history.undo()  # removing Dana would orphan the imported event
    assert [s.name for s in services.roster.students(classroom.id)] == ["Dana Lee"]


def test_two_windows_cannot_undo_the_same_action(services: Services, students) -> None:
    other_window = HistoryService(services.db)
    before_both = stored_rows(services.db)
    services.events.log([students[0].id], "build", "helped_peer")
    services.events.log([students[1].id], "build", "kept_plan")
    seen = services.history.can_undo()
    assert other_window.can_undo() == seen
    first = services.history.undo()
    assert first.id == seen.id
    second = other_window.undo()  # what it showed is gone; it undoes the action before instead
    assert second.id != first.id and english(second.label).startswith("Logged")
    assert stored_rows(services.db) == before_both
    assert services.history.can_redo().id == second.id


def test_two_windows_undoing_at_the_same_moment(services: Services, students) -> None:
    before_both = stored_rows(services.db)
    for student in students[:2]:
        services.events.log([student.id], "observation", "noticed")
    windows = [HistoryService(services.db) for _ in range(2)]
    start = threading.Barrier(len(windows))
    undone: list[int] = []
    errors: list[BaseException] = []

    def press_undo(window: HistoryService) -> None:
        start.wait()
        try:
            undone.append(window.undo().id)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=press_undo, args=(w,)) for w in windows]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert len(set(undone)) == 2
    assert stored_rows(services.db) == before_both


def test_redo_restores_the_same_ids(services: Services, classroom) -> None:
    added = services.roster.add_student(classroom.id, "Dana Lee")
    (event,) = services.events.log([added.id], "build", "helped_peer")
    doc = exported(services)
    services.history.undo()
    services.history.undo()
    services.history.redo()
    services.history.redo()
    assert services.roster.student(added.id).name == "Dana Lee"
    assert [e.id for e in services.events.for_student(added.id)] == [event.id]
    assert exported(services) == doc
