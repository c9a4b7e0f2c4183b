"""backup_file writes like every other file (storage/safe_files.py): never through a link, nothing left behind
when it fails (no temporary copy, no -journal beside it), a full disk said to be full; and the daily backups
clear what an earlier day's crash left half-made."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from autonomy.core.errors import StorageError
from autonomy.services import Services
from autonomy.services.settings import BackupSchedule
from autonomy.storage import backup as backup_module
from autonomy.storage.backup import backup_file, check_backup
from autonomy.storage.rotation import back_up_daily, daily_name
from tests.planted import assert_untouched, listing

pytestmark = pytest.mark.sqlite_only  # backups of the SQLite file; a server uses pg_dump

TODAY = dt.date(2026, 10, 5)


@pytest.fixture
def database(services: Services, classroom, students) -> Path:
    assert services.db.path is not None
    return services.db.path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy may not grow past two pages: SQLite's own "database or disk is full", as on a full disk."""
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        conn = real(database, *args, **kwargs)
        if str(database).endswith(".part"):  # the temporary copy, not the database being copied
            conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(backup_module.sqlite3, "connect", connect)


def test_a_backup_is_whole_private_and_leaves_nothing_beside_it(database: Path, out: Path) -> None:
    backup_file(database, out / "b.sqlite3")
    assert listing(out).keys() == {"b.sqlite3"}
    assert stat.S_IMODE((out / "b.sqlite3").stat().st_mode) == 0o600
    assert check_backup(out / "b.sqlite3")
    with (out / "b.sqlite3").open("rb") as fh:
        assert fh.read(20)[18:20] == b"\x01\x01"  # not WAL: a self-contained file


def test_links_at_the_old_part_names_are_never_followed(database: Path, out: Path, victim: Path) -> None:
    for name in ("b.sqlite3.part", "b.sqlite3.part-journal"):
        (out / name).symlink_to(victim)
    backup_file(database, out / "b.sqlite3")
    assert_untouched(victim)
    assert check_backup(out / "b.sqlite3")


def test_a_link_at_the_target_is_refused(database: Path, out: Path, victim: Path) -> None:
    (out / "b.sqlite3").symlink_to(victim)
    before = listing(out)
    with pytest.raises(StorageError, match="is a symbolic link"):
        backup_file(database, out / "b.sqlite3")
    assert_untouched(victim)
    assert listing(out) == before


def test_a_full_disk_leaves_no_copy_and_no_journal(database: Path, out: Path, full_disk: None) -> None:
    (out / "b.sqlite3").write_bytes(b"last week's backup")
    before = listing(out)
    with pytest.raises(StorageError) as refused:
        backup_file(database, out / "b.sqlite3")
    assert str(refused.value) == (f"The disk is full: the backup to {out / 'b.sqlite3'} was not made. "
                                  "Free some space and try again.")
    assert listing(out) == before


def test_a_failure_removes_what_sqlite_made_beside_the_copy(database: Path, out: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever SQLite left beside the temporary copy (here a journal it was writing) goes with it."""
    real = sqlite3.connect

    def connect(path, *args, **kwargs):
        if str(path).endswith(".part"):
            Path(f"{path}-journal").write_bytes(b"half a journal")
            raise sqlite3.OperationalError("disk I/O error")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(backup_module.sqlite3, "connect", connect)
    with pytest.raises(StorageError, match="The backup to .* failed: disk I/O error"):
        backup_file(database, out / "b.sqlite3")
    assert listing(out) == {}


def test_a_locked_folder_is_refused_and_stays_locked(database: Path, out: Path) -> None:
    out.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="is read-only"):
            backup_file(database, out / "b.sqlite3")
        assert listing(out) == {} and stat.S_IMODE(out.stat().st_mode) == 0o555
    finally:
        out.chmod(0o700)


def test_the_daily_backup_clears_an_earlier_days_leftovers_only(database: Path) -> None:
    folder = database.parent / "backups"
    folder.mkdir(exist_ok=True)
    stale = [f".{daily_name(TODAY - dt.timedelta(days=1))}.0123456789abcdef.part{s}" for s in ("", "-journal")]
    kept = [f".{daily_name(TODAY)}.0123456789abcdef.part",  # today's, perhaps being made by another process
            "daily-2026-10-01.sqlite3.part", ".daily-2026-10-01.sqlite3.part", "mine.part"]
    for name in stale + kept:
        (folder / name).write_bytes(b"x")
    assert back_up_daily(database, BackupSchedule(), TODAY) == folder / daily_name(TODAY)
    assert listing(folder).keys() == {daily_name(TODAY), *kept}


def test_a_stale_leftover_that_is_a_link_is_removed_not_followed(database: Path, victim: Path) -> None:
    folder = database.parent / "backups"
    folder.mkdir(exist_ok=True)
    (folder / f".{daily_name(TODAY - dt.timedelta(days=3))}.0123456789abcdef.part").symlink_to(victim)
    back_up_daily(database, BackupSchedule(), TODAY)
    assert_untouched(victim)
    assert listing(folder).keys() == {daily_name(TODAY)}


def test_backup_temporary_names_match_what_the_daily_cleanup_looks_for() -> None:
    from autonomy.storage import rotation
    from autonomy.storage.safe_files import temp_name

    assert rotation._DAILY_TEMP.match(temp_name(daily_name(TODAY)))
    assert os.sep not in temp_name(daily_name(TODAY))
