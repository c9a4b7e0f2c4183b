"""A classroom computer's check-in login on a shared server (storage/roles.py, `autonomy_checkin`): through the app
it checks students of its own classroom in; at psql it can add the students' own choices and self-ratings for
that classroom and nothing else, and read no note, reason, reflection or other classroom."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from autonomy.core.errors import NotFound
from autonomy.core.types import Role
from autonomy.services import Services
from autonomy.services.checkin import ChoiceRequest, RatingRequest
from autonomy.storage.database import open_database


@pytest.fixture
def school(school_server: dict[str, str]):
    opened = []

    def login(person: str) -> Services:
        db = open_database(url=school_server[person])
        opened.append(db)
        return Services.over(db)

    ben, amy = login("ben"), login("amy")
    room = ben.roster.create_classroom("8C History")
    nia = ben.roster.add_student(room.id, "Nia Osei", notes="Ben's private note")
    omar = ben.roster.add_student(room.id, "Omar Haddad")
    (event,) = ben.events.log([nia.id], "break", "off_task", dimension="workspace", note="Ben's note about Nia")
    ben.levels.change_level(nia.id, "workspace", 1, reason="Ben's reason")
    ben.reflections.record(nia.id, event_ids=[event.id], student_words="Nia's own words", follow_up=dt.date.today())
    ben.choices.record(omar.id, "workspace", "Teacher's pick")
    ben.checkin.set_up(room.id, pin="2468", login="kiosk")
    other = amy.roster.create_classroom("7B Science")
    ali = amy.roster.add_student(other.id, "Ali Khan", notes="Amy's note")
    amy.checkin.set_up(other.id, pin="1357")
    yield {"ben": ben, "amy": amy, "kiosk": login("kiosk"), "room": room, "nia": nia, "omar": omar, "ali": ali,
           "other": other, "url": school_server["kiosk"]}
    for db in opened:
        db.close()


def test_the_check_in_login_checks_its_own_classroom_in_through_the_app(school) -> None:
    kiosk, room, nia = school["kiosk"], school["room"], school["nia"]
    assert kiosk.db.who().role is Role.CHECKIN
    klass = kiosk.checkin.classroom_by_name("8C History")
    assert [n.label for n in klass.names] == ["Nia O.", "Omar H."]
    assert kiosk.checkin.check_pin(room.id, "2468") and not kiosk.checkin.check_pin(room.id, "1357")
    card = kiosk.checkin.card(room.id, nia.id)
    assert next(d for d in card.dimensions if d.key == "workspace").level == 1
    kiosk.checkin.save(room.id, nia.id, [ChoiceRequest("workspace", "Spots in the room", 1)],
                       [RatingRequest("workspace", 2, "Ready")])
    kiosk.checkin.save(room.id, nia.id, [ChoiceRequest("workspace", "Assigned seat", 0)])  # replaces her own
    ben = school["ben"]
    assert [(c.choice, c.by) for c in ben.choices.for_student(nia.id)] == [("Assigned seat", "student")]
    assert [(r.level, r.words) for r in ben.checkin.self_ratings(nia.id)] == [(2, "Ready")]
    with pytest.raises(NotFound):
        kiosk.checkin.classroom_by_name("7B Science")


def test_at_psql_the_check_in_login_adds_choices_and_self_ratings_and_nothing_else(school) -> None:
    nia, ali, omar = school["nia"].id, school["ali"].id, school["omar"].id
    engine = create_engine(school["url"], isolation_level="AUTOCOMMIT")
    today = dt.date.today().isoformat()

    def new() -> str:
        return str(uuid.uuid4())

    def refused(sql: str) -> None:
        with engine.connect() as conn, pytest.raises(DBAPIError):
            conn.execute(text(sql))

    def rows(sql: str) -> int:
        with engine.connect() as conn:
            result = conn.execute(text(sql))
            return int(result.scalar() or 0) if result.returns_rows else result.rowcount

    choice = ("INSERT INTO daily_choices (id, student_id, day, dimension_key, choice, within_level, made_by) "
              "VALUES ('{id}', '{student}', '{day}', 'workspace', 'Window', true, '{by}')")
    assert rows(choice.format(id=new(), student=nia, day=today, by="student")) == 1  # its own classroom: yes
    refused(choice.format(id=new(), student=ali, day=today, by="student"))  # another teacher's student
    refused(choice.format(id=new(), student=nia, day=today, by="teacher"))  # in the teacher's name
    rating = ("INSERT INTO self_ratings (id, student_id, reflection_id, dimension_key, level, at, words, made_by) "
              "VALUES ('{id}', '{student}', NULL, 'workspace', 1, now(), '', 'student')")
    assert rows(rating.format(id=new(), student=nia)) == 1
    refused(rating.format(id=new(), student=ali))
    # Nothing it may read beyond the check-in's columns, no other classroom, no teacher's words.
    for sql in ("SELECT notes FROM students", "SELECT note FROM trust_events", "SELECT reason FROM level_changes",
                "SELECT count(*) FROM reflections", "SELECT student_words FROM reflections",
                "SELECT count(*) FROM suggestion_decisions", "SELECT count(*) FROM actions",
                "SELECT level FROM self_ratings", "SELECT words FROM self_ratings"):
        refused(sql)
    assert rows(f"SELECT count(*) FROM students WHERE id = '{ali}'") == 0
    assert rows(f"SELECT count(*) FROM classrooms WHERE id = '{school['other'].id}'") == 0
    assert rows("SELECT count(*) FROM checkin_setups") == 1  # its own check-in's only
    # Nothing it may change but the students' own choices of today.
    for sql in ("UPDATE daily_choices SET choice = 'x'", "UPDATE students SET name = 'x'",
                f"INSERT INTO trust_events (id, group_id, student_id, kind, category_key, at, note, deleted, "
                f"created_at) VALUES ('{new()}', '{new()}', '{nia}', 'build', 'helped_peer', now(), '', false, now())",
                "UPDATE checkin_setups SET pin_hash = ''", "DELETE FROM self_ratings",
                f"INSERT INTO level_changes (id, student_id, dimension_key, from_level, to_level, at, reason, source, "
                f"decided_by, evidence) VALUES ('{new()}', '{nia}', 'workspace', 1, 4, now(), '', 'manual', '', '[]')",
                "DELETE FROM students", "UPDATE checkin_students SET code_hash = ''"):
        refused(sql)
    assert rows(f"DELETE FROM daily_choices WHERE student_id = '{omar}'") == 0  # the teacher's choice stays
    engine.dispose()
