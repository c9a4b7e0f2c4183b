"""What a write reports it touched (services/changes.py, issue 15): derived from the rows the write unit records
for undo, so every service reports without saying anything itself; an undo or redo reports the rows it put back;
a write that fails reports nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from autonomy.core.demo import generate_demo
from autonomy.core.errors import InvalidInput
from autonomy.services.changes import (
    CATALOGUE,
    CHOICES,
    EVENTS,
    HISTORY,
    LADDERS,
    LEVELS,
    ROSTER,
    SETTINGS,
    Changes,
    capture,
)
from autonomy.services.settings import BackupSchedule


def captured(write: Callable[[], Any]) -> Changes:
    with capture() as collected:
        write()
    return collected.changes()


def test_a_log_reports_its_students_and_events(services, classroom, students) -> None:
    amira, ben, _ = students
    changes = captured(lambda: services.events.log([amira.id, ben.id], "build", "helped_peer"))
    assert changes == Changes(students=frozenset({amira.id, ben.id}), areas=frozenset({EVENTS, HISTORY}))
    assert changes.touches_student(amira.id) and not changes.touches_classroom(classroom.id)
    assert changes.only(EVENTS) and changes.history


def test_undo_and_redo_report_the_rows_they_put_back(services, classroom, students) -> None:
    amira = students[0]
    services.levels.change_level(amira.id, "pacing", 2, reason="ready")
    undone = captured(services.history.undo)
    assert undone == Changes(students=frozenset({amira.id}), areas=frozenset({LEVELS, HISTORY}))
    assert captured(services.history.redo) == undone


@pytest.mark.parametrize("what, areas, people", [
    ("choice", {CHOICES, HISTORY}, "student"),
    ("enrol", {ROSTER, HISTORY}, "both"),
    ("category", {CATALOGUE, HISTORY}, "none"),
    ("ladder", {LADDERS, HISTORY}, "none"),
    ("settings", {SETTINGS}, "none"),  # not undoable: the undo list does not change
])
def test_each_kind_of_write_names_its_area(services, classroom, students, what, areas, people) -> None:
    amira = students[0]
    other = services.roster.create_classroom("8A History")
    write = {
        "choice": lambda: services.choices.record(amira.id, "pacing", "own_pace"),
        "enrol": lambda: services.roster.enrol(amira.id, other.id),
        "category": lambda: services.events.add_category("build", "Tidied up"),
        "ladder": lambda: services.levels.rename_level("pacing", 1, "First steps"),
        "settings": lambda: services.settings.set_backup_schedule(BackupSchedule(daily_keep=3)),
    }[what]
    changes = captured(write)
    assert changes.areas == areas
    assert changes.students == (frozenset({amira.id}) if people in ("student", "both") else frozenset())
    assert changes.classrooms == (frozenset({other.id}) if people == "both" else frozenset())


def test_a_refused_write_reports_nothing(services, classroom, students) -> None:
    with capture() as collected, pytest.raises(InvalidInput):
        services.levels.change_level(students[0].id, "pacing", 99)
    assert not collected.changes()


def test_a_file_import_reports_everything(services) -> None:
    doc = generate_demo(students=3, days=5, seed=1, now=dt.datetime.now(dt.UTC))  # nothing later than now
    changes = captured(lambda: services.exchange.import_document(doc))
    assert changes.everything and changes.touches_student("anyone")


def test_history_state_is_what_undo_and_redo_would_take_in_one_statement(db, services, classroom, students) -> None:
    from tests.statements import counting

    assert services.history.state() == (services.history.can_undo(), None)
    services.events.log([students[0].id], "build", "helped_peer")
    services.levels.change_level(students[1].id, "pacing", 1)
    services.history.undo()
    with counting(db) as statements:
        state = services.history.state()
    assert state == (services.history.can_undo(), services.history.can_redo())
    assert state[0] is not None and state[1] is not None and state[0].id < state[1].id
    assert len(statements) == 1
