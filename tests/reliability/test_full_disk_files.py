"""Files written to a disk that fills up (a real 2 MB filesystem; skipped where it cannot be mounted): every
command says "The disk is full: …" in one sentence, exit 1, and leaves the disk as it was: no temporary file, no
-journal, none of the eight CSV tables, the previous export whole. A data folder on the full disk is said to be
on a full disk, not "disk I/O error"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import DEMO_ARGS, ROSTERS, Run, expect, export_content, run_cli
from tests.planted import fill_disk, listing

pytestmark = pytest.mark.sqlite_only

DEMO = ["demo", *[f"--{k}={v}" for k, v in DEMO_ARGS.items()]]


def full(run: Run) -> None:
    expect(run, 1, "The disk is full: ")
    assert len(run.err.strip().splitlines()) == 1 and "Free some space and try again." in run.err, run


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    expect(run_cli(folder, *DEMO), 0)
    return folder


def test_exports_reports_and_backups_to_a_full_disk_leave_it_as_it_was(data: Path, small_disk: Path) -> None:
    class_name = export_content(data)["classrooms"][0]["name"]
    expect(run_cli(data, "export", "--out", str(small_disk / "x.json")), 0)
    expect(run_cli(data, "export", "--format", "csv", "--out", str(small_disk / "csv")), 0)
    (small_disk / "csv" / "mine.txt").write_text("mine\n", encoding="utf-8")
    sizes = [p.stat().st_size for p in (small_disk / "csv").iterdir()]
    filler = fill_disk(small_disk, leave=sum(sizes) // 2)  # room for some of the tables, not all
    before, tables_before = listing(small_disk), listing(small_disk / "csv")
    full(run_cli(data, "export", "--out", str(small_disk / "x.json")))
    full(run_cli(data, "export", "--format", "csv", "--out", str(small_disk / "csv")))
    full(run_cli(data, "export", "--format", "csv", "--out", str(small_disk / "new-csv")))
    full(run_cli(data, "report", "--class", class_name, "--out", str(small_disk / "r.pdf")))
    full(run_cli(data, "backup", "--out", str(small_disk / "b.sqlite3")))
    after = listing(small_disk)
    assert after.pop("filler")[1:] == before.pop("filler")[1:]  # (its content is long zeros: not compared)
    assert after == before
    assert listing(small_disk / "csv") == tables_before  # the eight old tables (and mine.txt), as they were
    filler.unlink()
    expect(run_cli(data, "export", "--format", "csv", "--out", str(small_disk / "csv")), 0)  # the retry works


def test_a_data_folder_on_a_full_disk_is_said_to_be_on_a_full_disk(small_disk: Path) -> None:
    folder = small_disk / "data"
    expect(run_cli(folder, *DEMO), 0)
    for extra in ("-wal", "-shm"):
        assert not (folder / f"autonomy.sqlite3{extra}").exists()
    fill_disk(small_disk)
    for command in (["export"], ["check"], ["import-roster", str(ROSTERS / "good.csv"), "--class", "F"]):
        run = run_cli(folder, *command)
        full(run)
        assert "disk I/O error" not in run.err
        assert f"{folder / 'autonomy.sqlite3'} cannot be opened" in run.err
