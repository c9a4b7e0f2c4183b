"""`autonomy restore` accepts only a database whose schema is exactly the app's for the revision it records, with
sound pages and sound references; anything else is refused by name and nothing changes. `autonomy check` holds
the live database to the same rule."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import DATABASE_FILE, ROSTERS, Snapshot, assert_unchanged, expect, run_cli, stored_content
from tests.sqlite_edits import edit_outside

pytestmark = pytest.mark.sqlite_only  # restores of the SQLite file; a server uses pg_restore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory, pristine_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("backup") / "good.sqlite3"
    expect(run_cli(pristine_dir, "backup", "--out", str(path)), 0)
    return path


def _edit_schema(path: Path, table: str, old: str, new: str) -> None:
    """Rewrite a table's CREATE text in place (SQLite's writable_schema): a column's type or constraint changed
    while every row stays as it was."""
    conn = sqlite3.connect(path)
    try:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        assert old in sql, sql
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), table))
        conn.commit()
    finally:
        conn.close()


def _first(path: Path, query: str) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute(query).fetchone()[0])
    finally:
        conn.close()


def _dangling(path: Path) -> None:
    room = _first(path, "SELECT id FROM classrooms LIMIT 1")
    edit_outside(path, *(f"INSERT INTO enrolments (student_id, classroom_id) VALUES ('no-such-student-{n}', '{room}')"
                  for n in range(3)))


# Each: how the good backup is doctored, and the words the refusal must say.
DOCTORED: dict[str, tuple[Callable[[Path], None], str]] = {
    "trigger": (lambda p: edit_outside(p, "CREATE TRIGGER overwrite_notes AFTER INSERT ON students BEGIN "
                                   "UPDATE students SET notes = 'overwritten'; END"),
                "it carries a trigger named overwrite_notes"),
    "view": (lambda p: edit_outside(p, "CREATE VIEW everyone AS SELECT name, notes FROM students"),
             "it carries a view named everyone"),
    "extra-table": (lambda p: edit_outside(p, "CREATE TABLE spy (what TEXT)"),
                    "it has a table spy that Autonomy does not make"),
    "extra-index": (lambda p: edit_outside(p, "CREATE INDEX ix_spy ON students (notes)"),
                    "it has an index ix_spy on table students that Autonomy does not make"),
    "extra-column": (lambda p: edit_outside(p, "ALTER TABLE students ADD COLUMN nickname TEXT"),
                     "table students has a column nickname that Autonomy does not make"),
    "missing-column": (lambda p: edit_outside(p, "ALTER TABLE students DROP COLUMN notes"),
                       "table students lacks column notes"),
    "missing-index": (lambda p: edit_outside(p, "DROP INDEX ix_trust_events_student_at"),
                      "it lacks the index ix_trust_events_student_at on table trust_events"),
    "changed-column-type": (lambda p: _edit_schema(p, "students", "notes TEXT NOT NULL", "notes INTEGER NOT NULL"),
                            "column students.notes is INTEGER where Autonomy's is TEXT"),
    "column-made-nullable": (lambda p: _edit_schema(p, "students", "notes TEXT NOT NULL", "notes TEXT"),
                             "column students.notes may be empty (NULL) where Autonomy's may not"),
    "dropped-check": (lambda p: _edit_schema(p, "trust_events", "CONSTRAINT ck_trust_events_kind_known CHECK "
                                             "(kind IN ('build', 'break', 'observation')), ", ""),
                      "table trust_events lacks the check (kind IN ( 'build', 'break', 'observation' ))"),
    "dangling-foreign-keys": (_dangling, "3 rows of enrolments point at missing students"),
    "wrong-revision": (lambda p: edit_outside(p, "UPDATE alembic_version SET version_num = '0001'"),
                       "table actions has a column actor that Autonomy does not make"),
    "two-revisions": (lambda p: edit_outside(p, "INSERT INTO alembic_version VALUES ('0002')"),
                      "it records 2 schema versions"),
    "newer-revision": (lambda p: edit_outside(p, "UPDATE alembic_version SET version_num = '9999'"),
                       "made by a newer version of Autonomy (schema 9999)"),
    "not-sqlite": (lambda p: p.write_text("Name,Student ID\nAnn,1\n", encoding="utf-8"),
                   "not an Autonomy backup (not an SQLite database)"),
    "empty-file": (lambda p: p.write_bytes(b""), "not an SQLite database"),
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 3]), "not restored"),
}


@pytest.mark.parametrize("kind", sorted(DOCTORED))
def test_a_doctored_backup_is_refused_by_name_and_nothing_changes(shared_dir: Path, pristine_snapshot: Snapshot,
                                                                  good_backup: Path, tmp_path: Path,
                                                                  kind: str) -> None:
    doctor, needle = DOCTORED[kind]
    path = tmp_path / f"{kind}.sqlite3"
    shutil.copyfile(good_backup, path)
    doctor(path)
    run = expect(run_cli(shared_dir, "restore", str(path)), 1, path.name, needle)
    assert "unexpected problem" not in run.err
    assert not list((shared_dir / "backups").glob("before-restore-*")), "a refused restore set the database aside"
    assert_unchanged(shared_dir, pristine_snapshot)


def test_a_trigger_in_a_backup_of_an_older_version_is_refused_too(shared_dir: Path, pristine_snapshot: Snapshot,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite3", path)
    edit_outside(path, "CREATE TRIGGER keep_watch AFTER UPDATE ON students BEGIN SELECT 1; END")
    expect(run_cli(shared_dir, "restore", str(path)), 1, "it carries a trigger named keep_watch")
    assert_unchanged(shared_dir, pristine_snapshot)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_a_backup_of_every_released_schema_is_accepted_and_upgraded(fixture: Path, tmp_path: Path) -> None:
    """The other side of the rule: what each released version wrote is exactly its schema, so it is restored."""
    folder = tmp_path / "data"
    expect(run_cli(folder, "restore", str(fixture)), 0, "Restored")
    assert "Fixture Class" in {c["name"] for c in stored_content(folder)["classrooms"]}
    expect(run_cli(folder, "check"), 0)


def test_the_trigger_of_the_finding_never_reaches_the_notes(demo_copy: Path, good_backup: Path,
                                                            tmp_path: Path) -> None:
    """The finding: a backup carrying a trigger was restored, and the next roster import overwrote every
    student's notes. Refused now; the import after it leaves the notes alone."""
    path = tmp_path / "trigger.sqlite3"
    shutil.copyfile(good_backup, path)
    DOCTORED["trigger"][0](path)
    expect(run_cli(demo_copy, "restore", str(path)), 1, "trigger")
    notes_before = {s["id"]: s["notes"] for s in stored_content(demo_copy)["students"]}
    expect(run_cli(demo_copy, "import-roster", str(ROSTERS / "good.csv"), "--class", "After"), 0)
    notes_after = {s["id"]: s["notes"] for s in stored_content(demo_copy)["students"]}
    assert {k: notes_after[k] for k in notes_before} == notes_before
    assert "overwritten" not in notes_after.values()


LIVE: dict[str, tuple[Callable[[Path], None], str]] = {
    kind: DOCTORED[kind] for kind in ("trigger", "view", "extra-table", "extra-index", "missing-index",
                                      "extra-column", "changed-column-type", "dangling-foreign-keys")
}


@pytest.mark.parametrize("kind", sorted(LIVE))
def test_check_reports_a_doctored_live_database(demo_copy: Path, kind: str) -> None:
    doctor, needle = LIVE[kind]
    doctor(demo_copy / DATABASE_FILE)
    run = expect(run_cli(demo_copy, "check"), 1, "problem", "autonomy restore")
    assert f"Problem: {needle}" in run.out, run
    assert "Integrity: ok" not in run.out


def test_check_finds_nothing_in_a_database_the_app_made(demo_copy: Path) -> None:
    run = expect(run_cli(demo_copy, "check"), 0)
    assert "Problem" not in run.out and "Integrity: ok" in run.out
