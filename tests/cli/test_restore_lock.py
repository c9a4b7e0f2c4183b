"""`autonomy restore` does not replace the database under an open window; CSV export folders are private."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from autonomy.storage.lock import InstanceLock
from tests.cli.helpers import expect, run_cli

pytestmark = pytest.mark.sqlite_only


def test_restore_waits_for_the_window_to_close(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expect(run_cli(data, "check"), 0)
    backup = tmp_path / "copy.sqlite3"
    expect(run_cli(data, "backup", "--out", str(backup)), 0)
    before = (data / "autonomy.sqlite3").read_bytes()
    with InstanceLock(data):  # the teacher's window
        expect(run_cli(data, "restore", str(backup)), 1, "app is open on this data folder", "not restored",
               "Restore from backup")
    assert (data / "autonomy.sqlite3").read_bytes() == before
    expect(run_cli(data, "restore", str(backup)), 0, "Restored")


def test_two_backups_in_one_second_keep_both(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expect(run_cli(data, "check"), 0)
    expect(run_cli(data, "backup"), 0)
    expect(run_cli(data, "backup"), 0)
    made = sorted((data / "backups").glob("autonomy-*.sqlite3"))
    assert len(made) == 2


def test_csv_export_folder_is_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expect(run_cli(data, "check"), 0)
    out = tmp_path / "tables"
    expect(run_cli(data, "export", "--format", "csv", "--out", str(out)), 0)
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())
