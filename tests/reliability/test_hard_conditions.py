"""Hard conditions on the command line: a full disk (a real 2 MB filesystem), a read-only data folder (a read-only
bind mount), a database from a newer Autonomy, a damaged database file. Each gives a clear message and exit 1,
and what was saved before is still there, byte for byte."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import (
    DATABASE_FILE,
    DEMO_ARGS,
    INTERCHANGE,
    ROSTERS,
    expect,
    file_hash,
    run_cli,
    stored_content,
)
from tests.planted import fill_disk

pytestmark = pytest.mark.sqlite_only

DEMO = ["demo", *[f"--{k}={v}" for k, v in DEMO_ARGS.items()]]


def test_a_full_disk_refuses_every_write_clearly_and_keeps_what_was_saved(small_disk: Path) -> None:
    folder = small_disk / "data"
    expect(run_cli(folder, *DEMO), 0)
    before, digest = stored_content(folder), file_hash(folder / DATABASE_FILE)
    filler = fill_disk(small_disk)
    refused = 0
    for args in (["import-roster", str(ROSTERS / "good.csv"), "--class", "Full"],
                 ["import", str(INTERCHANGE / "valid.json")],
                 ["demo", "--classes", "1", "--students", "3", "--days", "2", "--seed", "99"],
                 ["backup"]):
        run = expect(run_cli(folder, *args), 1)
        assert "full" in run.err.lower() or "no space" in run.err.lower(), run
        refused += 1
    assert file_hash(folder / DATABASE_FILE) == digest
    filler.unlink()
    assert stored_content(folder) == before
    expect(run_cli(folder, "check"), 0)
    expect(run_cli(folder, "import-roster", str(ROSTERS / "good.csv"), "--class", "Full"), 0)  # the retry works
    assert refused == 4


def test_a_read_only_data_folder_is_said_and_left_alone(tmp_path: Path, read_only_view) -> None:
    folder = tmp_path / "data"
    expect(run_cli(folder, *DEMO), 0)
    before, digest = stored_content(folder), file_hash(folder / DATABASE_FILE)
    view = read_only_view(folder)
    for args in (["export"], ["check"], ["import-roster", str(ROSTERS / "good.csv"), "--class", "RO"],
                 ["suggest"], ["backup"]):
        expect(run_cli(view, *args), 1, "read-only")
    assert file_hash(folder / DATABASE_FILE) == digest
    assert stored_content(folder) == before


def _damage(path: Path, where: str) -> None:
    data = bytearray(path.read_bytes())
    if where == "header":
        data[:100] = b"\x13" * 100
    elif where == "middle":
        data[8192:len(data) - 4096] = b"\x13" * (len(data) - 4096 - 8192)
    else:  # a data page read only when the events are
        data[-40960:-36864] = b"\x13" * 4096
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["header", "middle", "late-page"])
def test_a_damaged_database_is_said_to_be_damaged_and_left_as_it_is(tmp_path: Path, where: str) -> None:
    folder = tmp_path / "data"
    expect(run_cli(folder, *DEMO), 0)
    _damage(folder / DATABASE_FILE, where)
    digest = file_hash(folder / DATABASE_FILE)
    runs = [run_cli(folder, *args) for args in (["check"], ["export"], ["suggest"])]
    damaged = [r for r in runs if r.code == 1]
    assert damaged, "no command noticed the damage"
    for run in damaged:
        expect(run, 1, "damaged")
        assert "unexpected problem" not in run.err
    assert file_hash(folder / DATABASE_FILE) == digest


def test_a_newer_database_is_refused_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    expect(run_cli(folder, *DEMO), 0)
    conn = sqlite3.connect(folder / DATABASE_FILE)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff0000'")
    conn.commit()
    conn.close()
    digest = file_hash(folder / DATABASE_FILE)
    for args in (["export"], ["import-roster", str(ROSTERS / "good.csv"), "--class", "N"]):
        expect(run_cli(folder, *args), 1, "newer version of Autonomy", "ffff0000")
    assert file_hash(folder / DATABASE_FILE) == digest
    shutil.rmtree(folder / "backups", ignore_errors=True)
