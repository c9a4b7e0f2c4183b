"""Ownership: a teacher sees and changes their own classrooms only, a coach reads everything and changes nothing,
and the one user of an SQLite file (or a server's administrator) keeps the whole database. Identities are given
with `Database.acting_as`; tests/postgres checks they come from the server's roles there."""

from __future__ import annotations

import pytest

from autonomy.core.errors import NotAllowed, NotFound, RefusedFile
from autonomy.core.phrases import english
from autonomy.core.types import Role
from autonomy.services import Services
from autonomy.services.coach import CoachService
from autonomy.services.views import ViewService
from autonomy.storage.database import Database, local_user


@pytest.fixture
def school(db: Database) -> dict:
    """Two teachers with a classroom each (one student shared by both), and a coach."""
    amy = Services.over(db.acting_as("amy", Role.TEACHER))
    bo = Services.over(db.acting_as("bo", Role.TEACHER))
    coach = Services.over(db.acting_as("cora", Role.COACH))
    amy_class = amy.roster.create_classroom("7B Science")
    bo_class = bo.roster.create_classroom("7B Science")  # the same name, another teacher: allowed
    ali = amy.roster.add_student(amy_class.id, "Ali")
    bea = bo.roster.add_student(bo_class.id, "Bea")
    shared = bo.roster.add_student(bo_class.id, "Sam")
    Services.over(db).roster.enrol(shared.id, amy_class.id)  # the administrator links Sam to both classes
    amy.events.log([ali.id], "build", "helped_peer")
    bo.events.log([bea.id], "break", "left_area", severity="minor")
    return {"amy": amy, "bo": bo, "coach": coach, "amy_class": amy_class, "bo_class": bo_class,
            "ali": ali, "bea": bea, "sam": shared}


def test_the_local_user_owns_an_sqlite_database_and_everything_in_it(services: Services, classroom) -> None:
    who = services.db.who()
    if services.db.is_sqlite:
        assert who == type(who)(local_user(), Role.ADMIN)
        assert classroom.owner == local_user()
    assert [c.id for c in services.roster.classrooms()] == [classroom.id]


def test_a_teacher_sees_their_own_classrooms_only(school: dict) -> None:
    amy, bo = school["amy"], school["bo"]
    assert [c.id for c in amy.roster.classrooms()] == [school["amy_class"].id]
    assert [c.owner for c in bo.roster.classrooms()] == ["bo"]
    assert amy.roster.find_classroom("7B Science").id == school["amy_class"].id  # not ambiguous for her
    with pytest.raises(NotAllowed):
        amy.roster.students(school["bo_class"].id)
    with pytest.raises(NotAllowed):
        amy.events.for_student(school["bea"].id)
    with pytest.raises(NotAllowed):
        ViewService(amy.db).roster(school["bo_class"].id)
    with pytest.raises(NotAllowed):
        CoachService(amy.db).class_data(school["bo_class"].id)
    assert [c.id for c in CoachService(amy.db).classrooms()] == [school["amy_class"].id]
    with pytest.raises(NotFound):  # looked for among her students only: not even the name leaks
        amy.roster.find_student("Bea")
    doc = amy.exchange.export_document()
    assert [c["id"] for c in doc["classrooms"]] == [school["amy_class"].id]
    assert {s["name"] for s in doc["students"]} == {"Ali", "Sam"}
    assert {e["student"] for e in doc["events"]} == {school["ali"].id}
    assert all(s.classroom_id == school["amy_class"].id for s in amy.suggestions.for_school())


def test_a_teacher_cannot_change_another_teachers_classroom(school: dict) -> None:
    amy, bo_class, bea = school["amy"], school["bo_class"], school["bea"]
    before = school["bo"].exchange.export_document()
    before.pop("exported_at")
    for attempt in (
        lambda: amy.roster.edit_classroom(bo_class.id, name="Mine now"),
        lambda: amy.roster.set_classroom_archived(bo_class.id, True),
        lambda: amy.roster.add_student(bo_class.id, "Intruder"),
        lambda: amy.roster.edit_student(bea.id, name="Renamed"),
        lambda: amy.events.log([bea.id], "build", "helped_peer"),
        lambda: amy.levels.change_level(bea.id, "workspace", 1),
        lambda: amy.choices.record(bea.id, "workspace", "Hallway"),
        lambda: amy.reflections.record(bea.id, agreement="Ask first"),
        lambda: amy.roster.enrol(bea.id, school["amy_class"].id),
        lambda: amy.roster.set_classroom_owner(bo_class.id, "amy"),
    ):
        with pytest.raises(NotAllowed):
            attempt()
    after = school["bo"].exchange.export_document()
    after.pop("exported_at")
    assert after == before


def test_a_student_in_two_teachers_classrooms_is_seen_by_both(school: dict) -> None:
    sam = school["sam"]
    category = next(c.key for c in school["amy"].events.categories() if c.kind == "build")
    for teacher in ("amy", "bo"):
        school[teacher].events.log([sam.id], "build", category)
    assert len(school["amy"].events.for_student(sam.id)) == 2
    detail = ViewService(school["amy"].db).student_detail(sam.id)
    assert [c.id for c in detail.classrooms] == [school["amy_class"].id]  # Bo's class stays Bo's
    # Her suggestions for Sam (the student panel's cards) are those of her class, not a refusal for Bo's.
    for teacher, own in (("amy", "amy_class"), ("bo", "bo_class")):
        assert school[teacher].suggestions.for_student(sam.id) == \
            school[teacher].suggestions.for_students(school[own].id, [sam.id])


def test_a_coach_reads_every_classroom_and_changes_nothing(school: dict) -> None:
    coach = school["coach"]
    assert {c.id for c in coach.roster.classrooms()} == {school["amy_class"].id, school["bo_class"].id}
    assert len(coach.events.for_classroom(school["bo_class"].id)) == 1
    assert {c["id"] for c in coach.exchange.export_document()["classrooms"]} == {
        school["amy_class"].id, school["bo_class"].id}
    for attempt in (
        lambda: coach.roster.create_classroom("Coach's own"),
        lambda: coach.events.log([school["ali"].id], "build", "helped_peer"),
        lambda: coach.levels.change_level(school["bea"].id, "workspace", 1),
        lambda: coach.exchange.import_document(coach.exchange.export_document()),
    ):
        with pytest.raises(NotAllowed, match="coach"):
            attempt()


def test_an_import_makes_new_classrooms_the_importers_and_refuses_someone_elses(school: dict) -> None:
    amy, bo = school["amy"], school["bo"]
    with pytest.raises(RefusedFile):
        amy.exchange.import_document(bo.exchange.export_document())


def test_each_teacher_undoes_their_own_actions_on_a_server(db: Database, school: dict) -> None:
    amy, bo = school["amy"], school["bo"]
    if db.is_sqlite:
        pytest.skip("an SQLite file has one user and one undo list")
    assert english(amy.history.can_undo().label).startswith("Logged") and "Ali" in english(amy.history.can_undo().label)
    undone = bo.history.undo()
    assert "Bea" in english(undone.label)
    assert "Ali" in english(amy.history.can_undo().label)  # Bo's undo left Amy's list alone
    assert amy.history.can_redo() is None


def test_an_administrator_hands_a_classroom_to_another_teacher(db: Database, school: dict) -> None:
    admin = Services.over(db.acting_as("head", Role.ADMIN))
    admin.roster.set_classroom_owner(school["bo_class"].id, "amy")
    assert {c.id for c in school["amy"].roster.classrooms()} == {school["amy_class"].id, school["bo_class"].id}
    assert school["bo"].roster.classrooms() == []
