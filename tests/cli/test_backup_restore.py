"""`autonomy backup` and `autonomy restore` end to end, and what a database from a newer Autonomy gets."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import (
    DATABASE_FILE,
    ROSTERS,
    Snapshot,
    assert_unchanged,
    expect,
    export_content,
    file_hash,
    history,
    mode,
    run_cli,
    stored_content,
)

pytestmark = pytest.mark.sqlite_only  # backups and restores of the SQLite file; a server uses pg_dump

# --- backup and restore ------------------------------------------------------------------------------------


def test_backup_then_restore_after_a_change(demo_copy: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    expect(run_cli(demo_copy, "backup", "--out", str(backup)), 0, f"Backed up to {backup}")
    assert mode(backup) == 0o600
    at_backup, history_at_backup = export_content(demo_copy), history(demo_copy)

    expect(run_cli(demo_copy, "import-roster", str(ROSTERS / "good.csv"), "--class", "After The Backup"), 0)
    assert stored_content(demo_copy) != at_backup

    run = expect(run_cli(demo_copy, "restore", str(backup)), 0, f"Restored {backup}", "kept in")
    assert export_content(demo_copy) == at_backup
    assert history(demo_copy) == history_at_backup
    kept = sorted((demo_copy / "backups").glob("before-restore-*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in run.err
    assert mode(kept[0]) == 0o600 and mode(demo_copy / DATABASE_FILE) == 0o600
    expect(run_cli(demo_copy, "check"), 0)

    # The copy kept aside is the database as it was just before: restoring it brings the change back.
    expect(run_cli(demo_copy, "restore", str(kept[0])), 0)
    assert "After The Backup" in {c["name"] for c in stored_content(demo_copy)["classrooms"]}


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory, pristine_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("backup") / "good.sqlite3"
    expect(run_cli(pristine_dir, "backup", "--out", str(path)), 0)
    return path


def _not_a_backup(kind: str, folder: Path, good: Path) -> tuple[Path, str]:
    """A file `restore` must refuse, and a word its message must contain."""
    path = folder / f"{kind}.sqlite3"
    if kind == "text":
        path.write_text("Name,Student ID\nAnn,1\n", encoding="utf-8")
        return path, "not an Autonomy backup"
    if kind == "random-bytes":
        path.write_bytes(bytes((n * 7919 + 13) % 256 for n in range(64 * 1024)))
        return path, "not an Autonomy backup"
    if kind == "sqlite-header-then-garbage":
        path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
        return path, "backup"
    if kind == "truncated-backup":
        data = good.read_bytes()
        path.write_bytes(data[: len(data) // 3])
        return path, "backup"
    if kind == "corrupted-backup":
        data = bytearray(good.read_bytes())
        data[4096:12288] = b"\x00\x13" * 4096  # pages in the middle overwritten
        path.write_bytes(bytes(data))
        return path, "backup"
    if kind == "other-sqlite-database":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE marks (student TEXT, mark INTEGER)")
        conn.commit()
        conn.close()
        return path, "not an Autonomy backup"
    if kind == "newer-version":
        shutil.copyfile(good, path)
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
        return path, "newer version"
    if kind == "missing":
        return path, "does not exist"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["text", "random-bytes", "sqlite-header-then-garbage", "truncated-backup",
                                  "corrupted-backup", "other-sqlite-database", "newer-version", "missing"])
def test_restore_refuses_what_is_not_a_backup(shared_dir: Path, pristine_snapshot: Snapshot, good_backup: Path,
                                              tmp_path: Path, kind: str) -> None:
    path, needle = _not_a_backup(kind, tmp_path, good_backup)
    expect(run_cli(shared_dir, "restore", str(path)), 1, path.name, needle)
    assert not list((shared_dir / "backups").glob("before-restore-*")), "a refused restore set the database aside"
    assert_unchanged(shared_dir, pristine_snapshot)


def test_restore_mends_a_damaged_database(demo_copy: Path, pristine_snapshot: Snapshot, good_backup: Path) -> None:
    damaged = b"this database was overwritten by something else" * 50
    (demo_copy / DATABASE_FILE).write_bytes(damaged)
    expect(run_cli(demo_copy, "check"), 1, "damaged", "autonomy restore")
    expect(run_cli(demo_copy, "restore", str(good_backup)), 0, "Restored", "kept in")
    assert stored_content(demo_copy) == pristine_snapshot.export
    kept = list((demo_copy / "backups").glob("before-restore-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged and mode(kept[0]) == 0o600
    expect(run_cli(demo_copy, "check"), 0)


def test_restore_into_an_empty_folder(tmp_path: Path, pristine_snapshot: Snapshot, good_backup: Path) -> None:
    folder = tmp_path / "new"
    expect(run_cli(folder, "restore", str(good_backup)), 0, "Restored")
    assert stored_content(folder) == pristine_snapshot.export
    assert mode(folder) == 0o700 and mode(folder / DATABASE_FILE) == 0o600


# --- a database written by a newer version ------------------------------------------------------------------


@pytest.fixture(scope="module")
def newer_dir(tmp_path_factory: pytest.TempPathFactory, pristine_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("newer") / "data"
    shutil.copytree(pristine_dir, folder)
    conn = sqlite3.connect(folder / DATABASE_FILE)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return folder


def _needs(module: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(importlib.util.find_spec(module) is None, reason=f"{module} is not written yet")


NEWER_COMMANDS = [
    pytest.param(("check",), id="check"),
    pytest.param(("export",), id="export"),
    pytest.param(("export", "--out", "{out}/export.json"), id="export-out"),
    pytest.param(("export", "--format", "csv", "--out", "{out}/csv"), id="export-csv"),
    pytest.param(("import", "{doc}"), id="import"),
    pytest.param(("import-roster", str(ROSTERS / "good.csv"), "--class", "X"), id="import-roster"),
    pytest.param(("import-roster", str(ROSTERS / "good.csv"), "--class", "X", "--dry-run"), id="roster-dry-run"),
    pytest.param(("demo", "--classes", "1", "--students", "2", "--days", "3"), id="demo"),
    pytest.param(("backup",), id="backup"),
    pytest.param(("backup", "--out", "{out}/backup.sqlite3"), id="backup-out"),
    pytest.param(("restore", "{backup}"), id="restore"),
    pytest.param(("suggest",), id="suggest"),
    pytest.param(("suggest", "--class", "9E History", "--json"), id="suggest-class-json"),
    pytest.param(("report", "--class", "9E History", "--out", "{out}/report.pdf"), id="report",
                 marks=_needs("autonomy.cli.report_command")),
]


@pytest.mark.parametrize("args", NEWER_COMMANDS)
def test_newer_database_is_left_alone(newer_dir: Path, demo_doc_file: Path, good_backup: Path, tmp_path: Path,
                                      args: tuple[str, ...]) -> None:
    before = file_hash(newer_dir / DATABASE_FILE)
    backups_before = sorted(p.name for p in (newer_dir / "backups").iterdir())
    out = tmp_path / "out"
    out.mkdir()
    filled = [a.format(out=out, doc=demo_doc_file, backup=good_backup) for a in args]
    expect(run_cli(newer_dir, *filled), 1, "newer version of Autonomy", "9999")
    assert file_hash(newer_dir / DATABASE_FILE) == before, "the database file changed"
    assert not list(out.iterdir()), "a file was written from a database this version cannot read"
    assert sorted(p.name for p in (newer_dir / "backups").iterdir()) == backups_before
