"""The schema comparison a restore and `check` rely on: a database the app made (at head, or by the migrations,
or by any released version) has exactly its revision's schema; each doctoring is named."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from autonomy.storage.database import make_engine, open_database, sqlite_url
from autonomy.storage.migrate import alembic_config
from autonomy.storage.schema import SCHEMA_HEAD
from autonomy.storage.shape import Shape, broken_references, differences, problems, reference, shape_of
from tests.sqlite_edits import edit_outside

pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _shape(path: Path) -> Shape:
    conn = sqlite3.connect(path)
    try:
        return shape_of(conn)
    finally:
        conn.close()


def _problems(path: Path, revision: str = SCHEMA_HEAD) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return problems(conn, revision)
    finally:
        conn.close()


def test_made_at_head_and_migrated_to_head_are_the_same_schema_written_differently(tmp_path: Path) -> None:
    made = tmp_path / "made"
    open_database(made).close()
    migrated = tmp_path / "migrated.sqlite3"
    engine = make_engine(sqlite_url(migrated))
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()

    def text(path: Path) -> set[str]:
        conn = sqlite3.connect(path)
        try:
            return {r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")}
        finally:
            conn.close()

    assert text(made / "autonomy.sqlite3") != text(migrated), "the CREATE texts differ: why the shape is compared"
    assert differences(_shape(made / "autonomy.sqlite3"), reference(SCHEMA_HEAD)) == []
    assert differences(_shape(migrated), reference(SCHEMA_HEAD)) == []
    assert reference(SCHEMA_HEAD).tables and reference(SCHEMA_HEAD).indexes


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_what_each_released_version_wrote_is_its_revisions_schema(fixture: Path, tmp_path: Path) -> None:
    revision = fixture.stem.removeprefix("schema_")
    assert _problems(fixture, revision) == []
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(fixture, folder / "autonomy.sqlite3")
    open_database(folder).close()  # upgraded to head by the migrations
    assert _problems(folder / "autonomy.sqlite3") == []


def test_an_older_revisions_schema_is_not_heads(tmp_path: Path) -> None:
    found = differences(_shape(FIXTURES / "schema_0001.sqlite3"), reference(SCHEMA_HEAD))
    assert "table classrooms lacks column owner" in found
    assert "it lacks the index ix_classrooms_owner on table classrooms" in found


@pytest.fixture
def made(tmp_path: Path) -> Path:
    open_database(tmp_path / "data").close()
    return tmp_path / "data" / "autonomy.sqlite3"


@pytest.mark.parametrize(("statements", "said"), [
    (["CREATE TRIGGER t AFTER INSERT ON students BEGIN SELECT 1; END"], "it carries a trigger named t"),
    (["CREATE VIEW v AS SELECT 1"], "it carries a view named v"),
    (["CREATE TABLE extra (x)"], "it has a table extra that Autonomy does not make"),
    (["DROP TABLE suggestion_decisions"], "it lacks the table suggestion_decisions"),
    (["CREATE INDEX ix_extra ON students (notes)"], "it has an index ix_extra on table students that Autonomy does "
                                                    "not make"),
    (["DROP INDEX ix_students_name", "CREATE UNIQUE INDEX ix_students_name ON students (name)"],
     "its index ix_students_name is not Autonomy's (other columns, uniqueness or condition)"),
    (["ALTER TABLE students DROP COLUMN notes"], "table students lacks column notes"),
    (["ALTER TABLE students ADD COLUMN spare TEXT"], "table students has a column spare that Autonomy does not "
                                                     "make"),
    (["ALTER TABLE students ADD COLUMN shout TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL"],
     "table students has a column shout"),
    (["INSERT INTO alembic_version VALUES ('0001')"], "it records 2 schema versions where Autonomy records one"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_each_doctoring_is_named(made: Path, statements: list[str], said: str) -> None:
    edit_outside(made, *statements)
    assert any(p.startswith(said) for p in _problems(made)), _problems(made)


@pytest.mark.parametrize(("old", "new", "said"), [
    ("notes TEXT NOT NULL", "notes INTEGER NOT NULL", "column students.notes is INTEGER where Autonomy's is TEXT"),
    ("notes TEXT NOT NULL", "notes TEXT", "column students.notes may be empty (NULL) where Autonomy's may not"),
    ("notes TEXT NOT NULL", "notes TEXT NOT NULL DEFAULT 'x'",
     "column students.notes defaults to 'x' where Autonomy's defaults to nothing"),
    ("CONSTRAINT pk_students PRIMARY KEY (id)", "CONSTRAINT pk_students PRIMARY KEY (id, name)",
     "column students.name is part of the primary key, unlike Autonomy's"),
    ("CONSTRAINT pk_students PRIMARY KEY (id)", "CONSTRAINT pk_students PRIMARY KEY (id), CHECK (length(name) > 1)",
     "table students has a check (length ( name ) > 1) that Autonomy does not make"),
])
def test_each_change_of_a_column_or_constraint_is_named(made: Path, old: str, new: str, said: str) -> None:
    conn = sqlite3.connect(made)
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'students'").fetchone()
    assert old in sql
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'students'", (sql.replace(old, new, 1),))
    conn.commit()
    conn.close()
    assert said in _problems(made)


def test_references_to_missing_records_are_counted_by_table(made: Path) -> None:
    edit_outside(made, "INSERT INTO classrooms (id, name, subject, school_year, archived, created_at, owner) "
               "VALUES ('c1', 'Room', '', '', 0, '2026-01-01', '')",
         *(f"INSERT INTO enrolments VALUES ('ghost-{n}', 'c1')" for n in range(3)),
         "INSERT INTO enrolments VALUES ('ghost-0', 'no-room')")
    conn = sqlite3.connect(made)
    try:
        found = broken_references(conn)
    finally:
        conn.close()
    assert found == ["1 row of enrolments points at missing classrooms",
                     "4 rows of enrolments point at missing students"]


def test_a_check_inside_a_quoted_name_is_not_a_check(tmp_path: Path) -> None:
    from autonomy.storage.shape import _checks

    assert _checks('CREATE TABLE t ("check" TEXT, b INT CHECK (b > (1)), c TEXT DEFAULT \'CHECK (x)\')') == [
        "b > ( 1 )"]
