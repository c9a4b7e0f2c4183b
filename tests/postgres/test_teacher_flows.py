"""The app's own flows, run by a teacher logged in as themselves, under the server's row-level security:
every kind of change, its undo and its redo; joining with a file from a laptop; export; and the refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from autonomy.core.errors import NotAllowed, NotFound, RefusedFile
from autonomy.core.phrases import english
from autonomy.core.policy import Policy
from autonomy.services import Services
from autonomy.storage.database import open_database
from tests.services.helpers import state
from tests.services.test_history import CHANGES, TODAY, Busy

NAMES = ("Amira Haddad", "Ben Okafor", "Chloé Dubois")


@pytest.fixture
def amy(school_server: dict[str, str]) -> Iterator[Services]:
    db = open_database(url=school_server["amy"])
    yield Services.over(db)
    db.close()


@pytest.fixture
def ben(school_server: dict[str, str]) -> Iterator[Services]:
    """Another teacher with a class of his own, so there is someone else's data next to Amy's."""
    db = open_database(url=school_server["ben"])
    services = Services.over(db)
    room = services.roster.create_classroom("8C History")
    (nia,) = (services.roster.add_student(room.id, "Nia"),)
    services.events.log([nia.id], "break", "off_task", severity="minor", note="Ben's note")
    services.reflections.record(nia.id, student_words="Nia's words")
    yield services
    db.close()


@pytest.fixture
def busy(amy: Services, ben: Services) -> Busy:
    """test_history's busy classroom, made by Amy with her own login."""
    room = amy.roster.create_classroom("7B Science", "Science", "2026-27")
    ids = [amy.roster.add_student(room.id, name).id for name in NAMES]
    for sid in ids:
        amy.events.log([sid], "build", "kept_plan")
    amy.levels.change_level(ids[0], "workspace", 1)
    reflection = amy.reflections.record(ids[1], follow_up=TODAY, student_words="I will try.")
    return Busy(room.id, amy.roster.create_classroom("8A History").id, ids, reflection.id)


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_teacher_changes_undoes_and_redoes_everything_under_row_security(
        amy: Services, busy: Busy, services: Services, name: str) -> None:
    change, label = CHANGES[name]
    before = state(services)  # as the superuser: every row of every teacher
    change(amy, busy)
    after = state(services)
    assert after != before
    assert english(amy.history.can_undo().label) == label
    amy.history.undo()
    assert state(services) == before  # (a roster import's undo removes its students too, enrolments first)
    amy.history.redo()
    assert state(services) == after
    amy.history.undo()
    assert state(services) == before


def test_a_teacher_joins_with_a_file_from_their_laptop_and_exports_it_again(
        amy: Services, ben: Services, tmp_path: Path) -> None:
    laptop_db = open_database(tmp_path / "laptop")  # the teacher's own SQLite file
    try:
        laptop = Services.over(laptop_db)
        room = laptop.roster.create_classroom("6A Maths")
        kids = [laptop.roster.add_student(room.id, name) for name in NAMES]
        (event, *_) = laptop.events.log([k.id for k in kids], "build", "helped_peer", note="Group work")
        laptop.levels.change_level(kids[0].id, "workspace", 2)
        laptop.reflections.record(kids[0].id, event_ids=[event.id], student_words="Proud",
                                  self_ratings={"workspace": 2})
        laptop.choices.record(kids[1].id, "workspace", "Library")
        laptop.decisions.record(kind="step_up", decision="dismissed", student_id=kids[2].id)
        doc = laptop.exchange.export_document()
    finally:
        laptop_db.close()
    result = amy.exchange.import_document(doc)
    assert result.total_added > 0
    (mine,) = amy.roster.classrooms()
    assert (mine.id, mine.owner) == (room.id, "amy")
    assert [s.name for s in amy.roster.students(room.id)] == sorted(NAMES)
    back = amy.exchange.export_document()
    for section in ("classrooms", "students", "events", "level_changes", "reflections", "choices", "decisions"):
        assert len(back[section]) == len(doc[section]), section
    assert amy.exchange.import_document(doc).total_added == 0  # again: everything is there already
    # Ben sees none of it.
    assert [c.name for c in ben.roster.classrooms()] == ["8C History"]
    assert ben.roster.students(room.id) == []


def test_a_teachers_file_cannot_reach_another_teachers_students(amy: Services, ben: Services,
                                                                services: Services) -> None:
    bens = ben.exchange.export_document()  # e.g. a file Ben sent round
    before = state(services)
    with pytest.raises(RefusedFile) as refused:  # each of Ben's records named, though she cannot see them
        amy.exchange.import_document(bens)
    assert {p.split(" (")[1].rstrip("):")[:36] for p in refused.value.problems} >= {c["id"] for c in bens["classrooms"]}
    assert state(services) == before


def test_the_schools_settings_are_an_administrators(amy: Services, services: Services) -> None:
    with pytest.raises(NotAllowed, match="administrator"):
        amy.suggestions.set_policy(Policy(step_up_hold_days=9))
    services.suggestions.set_policy(Policy(step_up_hold_days=9))  # the administrator may
    assert amy.suggestions.policy().step_up_hold_days == 9
    amy.settings.set_backup_schedule(amy.settings.backup_schedule())  # (Preferences saves it unchanged)


def test_a_teacher_sees_a_student_shared_with_another_teacher(amy: Services, ben: Services,
                                                              services: Services) -> None:
    room = amy.roster.create_classroom("7B Science")
    (nia,) = ben.roster.students(ben.roster.classrooms()[0].id)
    with pytest.raises(NotFound):  # a teacher cannot take another's student into their class (not even see her)…
        amy.roster.enrol(nia.id, room.id)
    services.roster.enrol(nia.id, room.id)  # …an administrator can, and then both teachers see her
    assert [s.name for s in amy.roster.students(room.id)] == ["Nia"]
    amy.events.log([nia.id], "build", "helped_peer", at=dt.datetime.now(dt.UTC))
    assert len(ben.events.for_student(nia.id)) == 2


def test_a_refusal_by_the_server_reaches_the_teacher_in_words(amy: Services, services: Services) -> None:
    from sqlalchemy import text

    from autonomy.services.unit import write

    before = state(services)
    with pytest.raises(NotAllowed, match="Nothing was saved"), write(amy.db, "Changed the version") as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert state(services) == before


def test_a_coach_reads_every_classroom_through_the_app(school_server: dict[str, str], amy: Services,
                                                       ben: Services) -> None:
    amy.roster.create_classroom("7B Science")
    db = open_database(url=school_server["cora"])
    try:
        cora = Services.over(db)
        assert sorted(c.name for c in cora.roster.classrooms()) == ["7B Science", "8C History"]
        doc = cora.exchange.export_document()
        assert len(doc["students"]) == 1 and len(doc["events"]) == 1 and len(doc["reflections"]) == 1
        with pytest.raises(NotAllowed):
            cora.roster.create_classroom("Coach's class")
    finally:
        db.close()
