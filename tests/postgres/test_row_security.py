"""The server itself keeps each teacher's students private (row-level security, autonomy/storage/roles.py).

Each person connects with their own login, straight to PostgreSQL (no app in between), and tries everything
against another teacher's rows; then the app's own flows run as a teacher under the same policies."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from autonomy.services import Services
from autonomy.storage.database import Database, open_database
from autonomy.storage.roles import CHECKIN_POLICY_COUNT, CLASSROOM_TABLES, SCHOOL_LISTS, row_security_problems

ALL_TABLES = (*CLASSROOM_TABLES, *SCHOOL_LISTS, "settings", "alembic_version")

# A column each table's attack sets (to a value of the right type), so a reached row would show as changed.
_CHANGE = {"classrooms": "name = 'taken'", "students": "name = 'renamed', notes = 'read it'",
           "enrolments": "classroom_id = classroom_id", "level_changes": "reason = 'x'", "trust_events": "note = 'x'",
           "daily_choices": "choice = 'x'", "reflections": "student_words = 'x'",
           "reflection_events": "event_id = event_id",
           "self_ratings": "level = 0", "suggestion_decisions": "reason = 'x'", "actions": "label = 'x'",
           "row_changes": "table_name = 'x'", "dimensions": "name = name", "levels": "name = name",
           "event_categories": "name = name", "settings": "key = key", "alembic_version": "version_num = '9999'",
           "checkin_setups": "pin_hash = 'x', login = 'amy'", "checkin_students": "code_hash = 'x'"}


@dataclass
class Tally:
    """Statements one person tried at the psql level, and how many of another teacher's rows they reached."""

    tried: int = 0
    reached: int = 0
    refused: int = 0
    notes: list[str] = field(default_factory=list)

    def run(self, conn: Connection, sql: str, *, must_fail: bool = False) -> int | None:
        """Run one statement on its own (autocommit); the rows it reached, or None if the server refused it.
        `must_fail`: a write that would reach another's rows (or give them one) just by succeeding."""
        self.tried += 1
        try:
            result = conn.execute(text(sql))
        except DBAPIError:
            self.refused += 1
            return None
        rows = result.scalar() if result.returns_rows else result.rowcount
        rows = int(rows or 0) if not must_fail else max(int(rows or 0), 1)  # a write that should fail and did not
        if rows:
            self.notes.append(f"{rows} row(s): {sql[:120]}")
        self.reached += rows
        return rows


@dataclass
class School:
    """Ben's and Amy's classrooms as their own logins made them, and what belongs to Ben alone."""

    urls: dict[str, str]
    ids: dict[str, str]
    bens: dict[str, str]  # table -> an SQL condition keeping Ben's rows only

    def engine(self, person: str) -> Engine:
        return create_engine(self.urls[person], isolation_level="AUTOCOMMIT")


def _as(url: str) -> Iterator[Services]:
    db = open_database(url=url)
    try:
        yield Services.over(db)
    finally:
        db.close()


def _quoted(values: set[str] | list[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")" if values else "(NULL)"


def _fingerprint(db: Database) -> dict[str, tuple[int, str]]:
    """Every row of every table (as the superuser, who sees them all)."""
    with db.engine.connect() as conn:
        return {table: tuple(conn.execute(text(  # type: ignore[misc]
            f"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t"
        )).one()) for table in ALL_TABLES}


@pytest.fixture
def school(school_server: dict[str, str], db: Database) -> School:
    ids: dict[str, str] = {}
    for ben in _as(school_server["ben"]):
        room = ben.roster.create_classroom("8C History")
        s1, s2 = (ben.roster.add_student(room.id, name, notes="Ben's private note") for name in ("Nia", "Omar"))
        (event, _) = ben.events.log([s1.id, s2.id], "break", "off_task", dimension="workspace", severity="minor",
                                    note="Ben's note about Nia")
        ben.levels.change_level(s1.id, "workspace", 1, reason="Ben's reason")
        ben.choices.record(s1.id, "workspace", "Library corner")
        reflection = ben.reflections.record(s1.id, event_ids=[event.id], student_words="Nia's own words",
                                            self_ratings={"workspace": 1})
        ben.decisions.record(kind="step_up", decision="dismissed", student_id=s1.id, dimension="workspace")
        ben.decisions.record(kind="class_step", decision="dismissed", classroom_id=room.id, dimension="workspace")
        ben.checkin.set_up(room.id, pin="2468", codes_on=True)
        ben.checkin.set_code(s1.id, "owl7")
        ids |= {"ben_room": room.id, "ben_student": s1.id, "shared_student": s2.id, "ben_event": event.id,
                "ben_reflection": reflection.id}
    for amy in _as(school_server["amy"]):
        room = amy.roster.create_classroom("7B Science")
        mine = amy.roster.add_student(room.id, "Ali")
        (event,) = amy.events.log([mine.id], "build", "helped_peer", dimension="workspace")
        reflection = amy.reflections.record(mine.id, event_ids=[event.id], student_words="Ali's words")
        ids |= {"amy_room": room.id, "amy_student": mine.id, "amy_event": event.id, "amy_reflection": reflection.id}
    for ada in _as(school_server["ada"]):  # an administrator puts Omar in Amy's class too: both teachers see him
        ada.roster.enrol(ids["shared_student"], ids["amy_room"])
    with db.engine.connect() as conn:
        def q(sql: str) -> set[str]:
            return {str(v) for v in conn.execute(text(sql)).scalars()}
        rooms = _quoted(q("SELECT id FROM classrooms WHERE owner = 'ben'"))
        students = _quoted(q(f"SELECT student_id FROM enrolments WHERE classroom_id IN {rooms} EXCEPT "
                             "SELECT e.student_id FROM enrolments e JOIN classrooms c ON c.id = e.classroom_id "
                             "WHERE c.owner = 'amy'"))
        reflections = _quoted(q(f"SELECT id FROM reflections WHERE student_id IN {students}"))
        actions = sorted(q("SELECT id::text FROM actions WHERE actor = 'ben'"))
        ids["ben_action"] = actions[0]
    by_student = f"student_id IN {students}"
    bens = {"classrooms": f"id IN {rooms}", "students": f"id IN {students}", "enrolments": f"classroom_id IN {rooms}",
            "level_changes": by_student, "trust_events": by_student, "daily_choices": by_student,
            "reflections": by_student, "reflection_events": f"reflection_id IN {reflections}",
            "self_ratings": by_student,
            "suggestion_decisions": f"({by_student} OR classroom_id IN {rooms})",
            "actions": "actor = 'ben'", "row_changes": f"action_id IN ({', '.join(actions)})",
            "checkin_setups": f"classroom_id IN {rooms}", "checkin_students": by_student}
    return School(school_server, ids, bens)


def _attack(conn: Connection, school: School, tally: Tally) -> None:
    """Everything a teacher might try against another teacher's rows, one statement at a time."""
    ids, bens = school.ids, school.bens
    for table, condition in bens.items():
        tally.run(conn, f"SELECT count(*) FROM {table} WHERE {condition}")
        tally.run(conn, f"UPDATE {table} SET {_CHANGE[table]} WHERE {condition}")
        tally.run(conn, f"DELETE FROM {table} WHERE {condition}")
    for table in ALL_TABLES:
        tally.run(conn, f"TRUNCATE {table} CASCADE", must_fail=True)
        tally.run(conn, f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY", must_fail=True)
        tally.run(conn, f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY", must_fail=True)
    ben, room, event, reflection = ids["ben_student"], ids["ben_room"], ids["ben_event"], ids["ben_reflection"]
    mine, my_room = ids["amy_student"], ids["amy_room"]
    my_event, my_reflection = ids["amy_event"], ids["amy_reflection"]
    now = "now()"
    for sql in [
        # Classrooms: not in another's name, not taken, not given away.
        f"INSERT INTO classrooms (id, name, subject, school_year, archived, created_at, owner) "
        f"VALUES ('c-x', 'Ben''s?', '', '', false, {now}, 'ben')",
        f"UPDATE classrooms SET owner = 'ben' WHERE id = '{my_room}'",
        # Enrolments: not into Ben's classroom, not Ben's student into mine, not moving mine into his.
        f"INSERT INTO enrolments (student_id, classroom_id) VALUES ('{mine}', '{room}')",
        f"INSERT INTO enrolments (student_id, classroom_id) VALUES ('{ben}', '{my_room}')",
        f"UPDATE enrolments SET classroom_id = '{room}' WHERE classroom_id = '{my_room}'",
        f"UPDATE enrolments SET student_id = '{ben}' WHERE student_id = '{mine}'",
        # Rows pointing at Ben's student, reflection or event.
        f"INSERT INTO trust_events (id, group_id, student_id, kind, category_key, at, note, deleted, created_at) "
        f"VALUES ('e-x', 'g-x', '{ben}', 'build', 'helped_peer', {now}, '', false, {now})",
        f"UPDATE trust_events SET student_id = '{ben}' WHERE id = '{my_event}'",
        f"INSERT INTO level_changes (id, student_id, dimension_key, from_level, to_level, at, reason, source, "
        f"decided_by, evidence) VALUES ('l-x', '{ben}', 'workspace', 0, 3, {now}, '', 'manual', 'amy', '[]')",
        f"INSERT INTO level_changes (id, student_id, dimension_key, from_level, to_level, at, reason, source, "
        f"decided_by, evidence, reflection_id) VALUES ('l-y', '{mine}', 'workspace', 0, 1, {now}, '', 'manual', "
        f"'amy', '[]', '{reflection}')",
        f"INSERT INTO daily_choices (id, student_id, day, dimension_key, choice, within_level) "
        f"VALUES ('d-x', '{ben}', current_date, 'workspace', 'x', true)",
        f"INSERT INTO reflections (id, student_id, at, prompts, student_words, agreement) "
        f"VALUES ('r-x', '{ben}', {now}, '[]', '', '')",
        f"INSERT INTO reflection_events (reflection_id, event_id) VALUES ('{my_reflection}', '{event}')",
        f"INSERT INTO reflection_events (reflection_id, event_id) VALUES ('{reflection}', '{my_event}')",
        f"INSERT INTO self_ratings (id, student_id, dimension_key, level, at) "
        f"VALUES ('s-x', '{ben}', 'workspace', 1, {now})",
        f"INSERT INTO self_ratings (id, student_id, reflection_id, dimension_key, level, at) "
        f"VALUES ('s-y', '{mine}', '{reflection}', 'workspace', 1, {now})",
        f"INSERT INTO suggestion_decisions (id, student_id, kind, decision, at, evidence) "
        f"VALUES ('x-1', '{ben}', 'step_up', 'dismissed', {now}, '[]')",
        f"INSERT INTO suggestion_decisions (id, classroom_id, kind, decision, at, evidence) "
        f"VALUES ('x-2', '{room}', 'class_step', 'dismissed', {now}, '[]')",
        f"INSERT INTO suggestion_decisions (id, student_id, classroom_id, kind, decision, at, evidence) "
        f"VALUES ('x-3', '{mine}', '{room}', 'class_step', 'dismissed', {now}, '[]')",
        # The check-in of Ben's class: not set up for him, no code given to his student.
        f"INSERT INTO checkin_setups (classroom_id, pin_hash, codes_on, rating_every_days, login) "
        f"VALUES ('{room}', 'x', false, 7, 'amy')",
        f"INSERT INTO checkin_students (student_id, code_hash, rating_asked) VALUES ('{ben}', 'x', false)",
        # The undo journal: not in Ben's name, not Ben's actions, not mine rewritten.
        f"INSERT INTO actions (label, at, state, actor) VALUES ('forged', {now}, 'done', 'ben')",
        "UPDATE actions SET actor = 'ben' WHERE actor = 'amy'",
        f"INSERT INTO row_changes (action_id, table_name, row_key, before, after) "
        f"VALUES ({ids['ben_action']}, 'students', '{{}}', NULL, NULL)",
        "UPDATE row_changes SET after = NULL",
        "DELETE FROM row_changes",
        "DELETE FROM actions",
        # The school's schema version and settings.
        "UPDATE alembic_version SET version_num = '9999'",
        "DELETE FROM alembic_version",
        "INSERT INTO alembic_version (version_num) VALUES ('9999')",
        "INSERT INTO settings (key, value) VALUES ('suggestion_policy', '{}')",
        "UPDATE settings SET value = '{}'",
        "DELETE FROM settings",
    ]:
        tally.run(conn, sql, must_fail=True)
    for sql in [  # Ben's rows are not there for Amy: these reach nothing (or are refused)
        f"UPDATE classrooms SET owner = 'amy' WHERE id = '{room}'",
        "UPDATE actions SET actor = 'amy' WHERE actor = 'ben'",
        "INSERT INTO row_changes (action_id, table_name, row_key, before, after) "
        f"SELECT id, 'students', '{{}}', NULL, NULL FROM actions WHERE {bens['actions']}",
        f"SELECT count(*) FROM row_changes WHERE action_id = {ids['ben_action']}",
        "SELECT count(*) FROM students s JOIN trust_events t ON t.student_id = s.id "
        f"WHERE t.note LIKE 'Ben%' AND s.id = '{ben}'",
    ]:
        tally.run(conn, sql)


def test_a_teacher_at_psql_reaches_none_of_another_teachers_rows(school: School, db: Database) -> None:
    before = _fingerprint(db)
    tally = Tally()
    engine = school.engine("amy")
    try:
        with engine.connect() as conn:
            _attack(conn, school, tally)
            # What Amy does see: her own and the student they share, never Ben's.
            assert conn.execute(text("SELECT count(*) FROM classrooms")).scalar() == 1
            names = set(conn.execute(text("SELECT name FROM students")).scalars())
            assert names == {"Ali", "Omar"}
    finally:
        engine.dispose()
    print(f"\namy (teacher) against ben: {tally.tried} statements, {tally.refused} refused, "
          f"{tally.reached} rows reached")
    assert tally.reached == 0, tally.notes
    assert tally.tried >= 90 and tally.refused >= 60
    assert _fingerprint(db) == before  # not one row of any table changed
    for url in (*school.urls.values(), db.url):  # and the app still opens for everyone
        for services in _as(url):
            services.roster.classrooms()
    for ben in _as(school.urls["ben"]):
        assert [s.name for s in ben.roster.students(school.ids["ben_room"])] == ["Nia", "Omar"]


def test_a_coach_at_psql_reads_everything_and_changes_nothing(school: School, db: Database) -> None:
    before = _fingerprint(db)
    tally = Tally()
    engine = school.engine("cora")
    try:
        with engine.connect() as conn:
            for table in ALL_TABLES:
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == before[table][0]
                for sql in (f"INSERT INTO {table} DEFAULT VALUES", f"UPDATE {table} SET {_CHANGE[table]}",
                            f"DELETE FROM {table}", f"TRUNCATE {table} CASCADE"):
                    tally.run(conn, sql, must_fail=True)
    finally:
        engine.dispose()
    print(f"\ncora (coach): {tally.tried} writes, {tally.refused} refused, {tally.reached} rows reached")
    assert tally.reached == 0 and tally.refused == tally.tried == 4 * len(ALL_TABLES)
    assert _fingerprint(db) == before


def test_an_administrator_at_psql_reaches_every_row(school: School, db: Database) -> None:
    before = _fingerprint(db)
    engine = create_engine(school.urls["ada"])  # a member of autonomy_admin, not a superuser
    tried = 0
    try:
        with engine.connect() as conn:
            for table in ALL_TABLES:
                with conn.begin() as txn:
                    assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == before[table][0]
                    assert conn.execute(text(f"UPDATE {table} SET {_CHANGE[table]}")).rowcount == before[table][0]
                    tried += 2
                    txn.rollback()
            with conn.begin() as txn:
                conn.execute(text("INSERT INTO classrooms (id, name, subject, school_year, archived, created_at, "
                                  "owner) VALUES ('c-ada', 'For Ben', '', '', false, now(), 'ben')"))
                conn.execute(text("UPDATE classrooms SET owner = 'amy' WHERE owner = 'ben'"))
                for table in reversed(CLASSROOM_TABLES):  # (children first)
                    removed = conn.execute(text(f"DELETE FROM {table}")).rowcount
                    assert removed == before[table][0] + (table == "classrooms")
                tried += 2 + len(CLASSROOM_TABLES)
                txn.rollback()
    finally:
        engine.dispose()
    print(f"\nada (administrator): {tried} statements, every row reached")
    assert _fingerprint(db) == before
    for ada in _as(school.urls["ada"]):
        ada.roster.set_classroom_owner(school.ids["ben_room"], "amy")
        ada.history.undo()
    for ben in _as(school.urls["ben"]):
        assert [c.name for c in ben.roster.classrooms()] == ["8C History"]


def test_the_policies_are_there_and_running_them_again_changes_nothing(school: School, db: Database) -> None:
    from autonomy.storage.roles import role_sql

    with db.engine.connect() as conn:
        assert row_security_problems(conn) == []
        policies = conn.execute(text("SELECT tablename, policyname, qual, with_check FROM pg_policies "
                                     "ORDER BY 1, 2")).all()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(role_sql(db.engine.url.database))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT tablename, policyname, qual, with_check FROM pg_policies "
                                 "ORDER BY 1, 2")).all() == policies
    assert len(policies) == 6 * len(CLASSROOM_TABLES) + CHECKIN_POLICY_COUNT


@pytest.mark.skipif(shutil.which("psql") is None, reason="needs the psql client")
def test_psql_itself_as_a_teacher(school: School) -> None:
    ids, bens = school.ids, school.bens
    script = "\n".join([
        f"SELECT 'seen', count(*) FROM reflections WHERE {bens['reflections']};",
        f"SELECT 'seen', count(*) FROM students WHERE {bens['students']};",
        f"UPDATE students SET name = 'renamed' WHERE id = '{ids['ben_student']}';",
        f"DELETE FROM trust_events WHERE id = '{ids['ben_event']}';",
        f"UPDATE classrooms SET owner = 'amy' WHERE id = '{ids['ben_room']}';",
        "UPDATE alembic_version SET version_num = '9999';",
        "DELETE FROM row_changes;",
    ])
    done = subprocess.run(["psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=0", school.urls["amy"].replace(
        "postgresql+psycopg://", "postgresql://")], input=script, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["seen|0", "seen|0", "UPDATE", "0", "DELETE", "0", "UPDATE", "0"], done.stdout
    assert done.stderr.count("permission denied") == 2, done.stderr


def test_a_migration_puts_the_policies_on_every_table_again(pg, tmp_path) -> None:
    """A newer version's table must not stay open to teachers: whoever migrates re-applies the policies."""
    from alembic import command

    from autonomy.storage.migrate import alembic_config
    from autonomy.storage.roles import database_sql, group_roles_sql

    name = f"{pg.name_for_folder_prefix()}m{tmp_path.name[-12:].replace('-', '_')}"
    pg.drop(name)
    with pg.admin() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = create_engine(pg.url_of(name))
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")
            conn.exec_driver_sql(group_roles_sql() + database_sql(name))  # (inside this transaction)
            # As if 0002's roles script had not known this table yet.
            conn.exec_driver_sql("ALTER TABLE self_ratings NO FORCE ROW LEVEL SECURITY; "
                                 "ALTER TABLE self_ratings DISABLE ROW LEVEL SECURITY")
            assert row_security_problems(conn) == ["row-level security is not set up on self_ratings"]
    finally:
        engine.dispose()
    opened = open_database(url=pg.url_of(name))  # as the administrator: migrates to the head
    try:
        with opened.engine.connect() as conn:
            assert row_security_problems(conn) == []
    finally:
        opened.close()


def test_autonomy_check_refuses_a_server_whose_policies_are_missing(school: School, db: Database,
                                                                    tmp_path) -> None:
    import os
    import sys

    def check() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "autonomy", "--database-url", db.url, "check"],
                              capture_output=True, text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})

    done = check()
    assert done.returncode == 0 and "Row security: ok" in done.stdout, done.stderr
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE reflections DISABLE ROW LEVEL SECURITY")
    done = check()
    assert done.returncode == 1 and "reflections" in done.stderr and "autonomy.storage.roles" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_teacher_cannot_leave_a_student_in_no_classroom(school: School, db: Database) -> None:
    """Every teacher sees a student enrolled nowhere (the moment between adding and enrolling), so a teacher's
    transaction may not end with one; within it, adding then enrolling (or unenrolling then removing) is fine."""
    engine = create_engine(school.urls["amy"])
    ali, room = school.ids["amy_student"], school.ids["amy_room"]
    try:
        with engine.connect() as conn:
            with pytest.raises(DBAPIError, match="no classroom"), conn.begin():
                conn.execute(text("INSERT INTO students (id, name, notes, active, created_at) "
                                  "VALUES ('s-orphan', 'Nobody''s', '', true, now())"))
            with pytest.raises(DBAPIError, match="no classroom"), conn.begin():
                conn.execute(text(f"DELETE FROM enrolments WHERE student_id = '{ali}'"))
            with conn.begin():
                conn.execute(text("INSERT INTO students (id, name, notes, active, created_at) "
                                  "VALUES ('s-new', 'New', '', true, now())"))
                conn.execute(text(f"INSERT INTO enrolments (student_id, classroom_id) VALUES ('s-new', '{room}')"))
            with conn.begin():
                conn.execute(text("DELETE FROM enrolments WHERE student_id = 's-new'"))
                conn.execute(text("DELETE FROM students WHERE id = 's-new'"))
    finally:
        engine.dispose()
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM students WHERE id LIKE 's-%'")).scalar() == 0
        assert conn.execute(text(f"SELECT count(*) FROM enrolments WHERE student_id = '{ali}'")).scalar() == 1
