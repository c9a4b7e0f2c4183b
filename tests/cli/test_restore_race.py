"""A restore has the database to itself: it waits (bounded, saying so) for every command using the database, the
copy it sets aside holds all they committed, and no command starts while it runs. Nothing is lost when a real
import and a real restore race."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from autonomy.services import Services
from autonomy.storage.database import open_database
from autonomy.storage.lock import WAIT_ENV, DatabaseUse
from tests.cli.conftest import copy_data_folder
from tests.cli.helpers import (
    DATABASE_FILE,
    DEMO_TODAY,
    ROSTERS,
    Snapshot,
    assert_unchanged,
    base_env,
    expect,
    run_cli,
    snapshot,
    stored_content,
)

pytestmark = pytest.mark.sqlite_only  # the SQLite file's lock; a server has its own transactions

RACES = 10


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory, pristine_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("backup") / "good.sqlite3"
    expect(run_cli(pristine_dir, "backup", "--out", str(path)), 0)
    return path


def _start(data_dir: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "autonomy", "--data-dir", str(data_dir), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=base_env(data_dir.parent, **env))


def _first_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stderr is not None
    return proc.stderr.readline()  # blocks until the command says something: no sleep, no guess


def _finish(proc: subprocess.Popen[str]) -> tuple[int, str]:
    _out, err = proc.communicate(timeout=120)
    return proc.returncode, err


def _names(path: Path, table: str = "classrooms") -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {str(r[0]) for r in conn.execute(f"SELECT name FROM {table}")}
    finally:
        conn.close()


def _set_aside(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("before-restore-*.sqlite3"))


def test_restore_waits_for_a_command_and_sets_aside_what_it_wrote(demo_copy: Path, good_backup: Path,
                                                                  pristine_snapshot: Snapshot) -> None:
    db = open_database(demo_copy)  # what every command holds while it has the database open (an import, here)
    try:
        restore = _start(demo_copy, "restore", str(good_backup))
        line = _first_line(restore)
        assert "Another Autonomy command is using this database; waiting for it to finish" in line, line
        assert not _set_aside(demo_copy), "the database was set aside while a command still used it"
        Services.over(db).roster.create_classroom("Written While The Restore Waited")
    finally:
        db.close()
    code, err = _finish(restore)
    assert code == 0, err
    [kept] = _set_aside(demo_copy)
    assert "Written While The Restore Waited" in _names(kept), "what the command committed is not in the copy"
    assert stored_content(demo_copy) == pristine_snapshot.export


def test_restore_gives_up_after_the_bound_and_changes_nothing(demo_copy: Path, good_backup: Path) -> None:
    expect(run_cli(demo_copy, "import-roster", str(ROSTERS / "good.csv"), "--class", "After The Backup"), 0)
    before = snapshot(demo_copy)
    db = open_database(demo_copy)
    try:
        run = run_cli(demo_copy, "restore", str(good_backup), env=base_env(demo_copy.parent, **{WAIT_ENV: "0.3"}))
    finally:
        db.close()
    expect(run, 1, "waiting for it to finish", "was still using this database after 0.3 seconds",
           "not restored", "nothing was changed")
    assert not _set_aside(demo_copy)
    assert_unchanged(demo_copy, before)


def test_a_command_waits_for_a_restore_then_runs_on_the_restored_database(demo_copy: Path) -> None:
    use = DatabaseUse(demo_copy / DATABASE_FILE).take_alone()  # a restore in progress
    try:
        roster = _start(demo_copy, "import-roster", str(ROSTERS / "good.csv"), "--class", "Waited")
        line = _first_line(roster)
        assert "A backup is being restored into this database; waiting for it to finish" in line, line
        assert "Waited" not in _names(demo_copy / DATABASE_FILE)
    finally:
        use.release()
    code, err = _finish(roster)
    assert code == 0, err
    assert "Waited" in _names(demo_copy / DATABASE_FILE)


@pytest.mark.parametrize("args", [("import-roster", str(ROSTERS / "good.csv"), "--class", "X"), ("check",),
                                  ("export",), ("backup",)], ids=lambda a: a[0])
def test_no_command_starts_while_a_restore_runs(demo_copy: Path, args: tuple[str, ...]) -> None:
    before = snapshot(demo_copy)
    use = DatabaseUse(demo_copy / DATABASE_FILE).take_alone()
    try:
        run = run_cli(demo_copy, *args, env=base_env(demo_copy.parent, **{WAIT_ENV: "0.3"}))
    finally:
        use.release()
    expect(run, 1, "still being restored into this database after 0.3 seconds", "nothing was done")
    assert run.out == ""
    assert_unchanged(demo_copy, before)


@pytest.fixture(scope="module")
def big_import(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """An interchange file large enough that its import takes a while; and its students' ids."""
    doc = generate_demo(classes=2, students=20, days=40, seed=41, today=DEMO_TODAY)
    path = tmp_path_factory.mktemp("big") / "big.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path, {s["id"] for s in doc["students"]}


def _student_ids(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {str(r[0]) for r in conn.execute("SELECT id FROM students")}
    finally:
        conn.close()


def test_a_restore_racing_a_real_import_loses_nothing(tmp_path: Path, pristine_dir: Path, good_backup: Path,
                                                      big_import: tuple[Path, set[str]]) -> None:
    """The finding: both reported success and the import's records were in neither the database nor the copy
    set aside. Now every student the import reported is in the restored database (it ran after the restore) or
    in the copy set aside (it ran before), whole."""
    doc, ids = big_import
    lost = failed_imports = import_first = restore_first = 0
    for n in range(RACES):
        folder = tmp_path / f"race-{n}" / "data"
        copy_data_folder(pristine_dir, folder)
        # Started together, the restore (which has less to load) mostly wins; every other round the import is
        # given a head start: a whole `check` of the same folder runs beside it before the restore is started.
        procs = {"import": _start(folder, "import", str(doc))}
        if n % 2:
            expect(run_cli(folder, "check"), 0)
        procs["restore"] = _start(folder, "restore", str(good_backup))
        done = {name: _finish(proc) for name, proc in procs.items()}
        assert done["restore"][0] == 0, done["restore"][1]
        [kept] = _set_aside(folder)
        in_database, in_kept = ids & _student_ids(folder / DATABASE_FILE), ids & _student_ids(kept)
        if done["import"][0] != 0:
            failed_imports += 1
            assert not in_database, "a failed import left records behind"
            continue
        if in_database == ids:
            restore_first += 1
        elif in_kept == ids:
            import_first += 1
        else:
            lost += 1
        expect(run_cli(folder, "check"), 0)
    print(f"\nrestore races: {RACES}, records lost: {lost}, import first: {import_first}, "
          f"restore first: {restore_first}, imports that failed: {failed_imports}")
    assert lost == 0
    assert failed_imports == 0  # each waits for the other: neither needs to fail
