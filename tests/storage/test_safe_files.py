"""storage/safe_files.py and the folder rules of storage/paths.py: a file is written to a new temporary file of
its own and renamed into place, never through a link; several files are all or nothing; a locked folder is
refused and left locked; a full disk is said to be full."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from autonomy.core.errors import StorageError
from autonomy.storage import safe_files
from autonomy.storage.failures import explain
from autonomy.storage.paths import create_private_file, ensure_private_dir
from autonomy.storage.safe_files import is_disk_full, write_file, write_files
from tests.planted import assert_untouched, fill_disk_after, listing

TABLES = [f"{name}.csv" for name in ("classrooms", "students", "level_changes", "events", "choices",
                                     "reflections", "decisions", "levels")]


@pytest.fixture
def disk_fills_after(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    return lambda room: fill_disk_after(monkeypatch, room)


@pytest.fixture
def locked(tmp_path: Path):
    """A folder the user made read-only (0555), made writable again after the test so it can be removed."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "kept.txt").write_text("kept\n", encoding="utf-8")
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


# --- one file -------------------------------------------------------------------------------------------------


def test_a_file_is_written_whole_private_and_nothing_else_is_left(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_file(tmp_path / "export.json", b"{}\n")
    finally:
        os.umask(old)
    assert listing(tmp_path).keys() == {"export.json"}
    assert (tmp_path / "export.json").read_bytes() == b"{}\n"
    assert stat.S_IMODE((tmp_path / "export.json").stat().st_mode) == 0o600


def test_a_link_planted_at_the_old_part_name_is_never_followed(tmp_path: Path, victim: Path) -> None:
    (tmp_path / "export.json.part").symlink_to(victim)
    write_file(tmp_path / "export.json", b"{}\n")
    assert_untouched(victim)
    assert (tmp_path / "export.json").read_bytes() == b"{}\n" and not (tmp_path / "export.json").is_symlink()
    assert os.readlink(tmp_path / "export.json.part") == str(victim)  # left as it was: not ours


def test_a_link_at_the_target_is_refused_and_its_file_untouched(tmp_path: Path, victim: Path) -> None:
    (tmp_path / "export.json").symlink_to(victim)
    before = listing(tmp_path)
    with pytest.raises(StorageError, match="is a symbolic link, which Autonomy does not write through"):
        write_file(tmp_path / "export.json", b"{}\n")
    assert_untouched(victim)
    assert listing(tmp_path) == before


def test_a_temporary_name_taken_by_a_link_is_skipped_not_opened(tmp_path: Path, victim: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a guessed random name does not help: the temporary file is created O_EXCL|O_NOFOLLOW."""
    (tmp_path / ".guessed.part").symlink_to(victim)
    names = iter([".guessed.part", ".fresh.part"])
    monkeypatch.setattr(safe_files, "temp_name", lambda _name: next(names))
    write_file(tmp_path / "export.json", b"{}\n")
    assert_untouched(victim)
    assert listing(tmp_path).keys() == {".guessed.part", "export.json", "elsewhere"}


def test_an_existing_file_is_replaced_not_written_into(tmp_path: Path) -> None:
    """A hard link to the old file (someone else's name for it) keeps the old content."""
    target = tmp_path / "export.json"
    target.write_bytes(b"old\n")
    os.link(target, tmp_path / "other-name")
    write_file(target, b"new\n")
    assert target.read_bytes() == b"new\n" and (tmp_path / "other-name").read_bytes() == b"old\n"


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_a_full_disk_leaves_nothing_and_keeps_the_old_file(tmp_path: Path, where: str,
                                                           disk_fills_after, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"the export of yesterday\n")
    before = listing(tmp_path)
    if where == "write":
        disk_fills_after(3000)
    else:  # a network disk or a quota may say so only when the data is flushed
        def full(_fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageError) as refused:
        write_file(target, b"x" * 100_000)
    assert str(refused.value) == (f"The disk is full: {target} was not written. Free some space and try again.")
    assert listing(tmp_path) == before


def test_a_missing_folder_is_said_and_not_made(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="the folder .* does not exist"):
        write_file(tmp_path / "nowhere" / "export.json", b"{}")
    assert not (tmp_path / "nowhere").exists()


# --- several files: all or nothing ----------------------------------------------------------------------------


def tables(size: int = 10_000) -> list[tuple[str, bytes]]:
    return [(name, name.encode() * (size // len(name))) for name in TABLES]


def test_every_table_is_written(tmp_path: Path) -> None:
    written = write_files(tmp_path / "csv", tables())
    assert [p.name for p in written] == TABLES
    assert listing(tmp_path / "csv").keys() == set(TABLES)
    assert stat.S_IMODE((tmp_path / "csv").stat().st_mode) == 0o700


def test_a_full_disk_leaves_none_of_the_eight_and_the_folder_as_it_was(tmp_path: Path, disk_fills_after) -> None:
    folder = tmp_path / "csv"
    write_files(folder, tables(100))  # last week's export, which must survive
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = listing(folder)
    disk_fills_after(6 * 10_000)  # room for six of the eight new files
    with pytest.raises(StorageError) as refused:
        write_files(folder, tables())
    assert str(refused.value) == f"The disk is full: nothing was written to {folder}. Free some space and try again."
    assert listing(folder) == before  # the same files, the same inodes: none of the eight was replaced


def test_a_full_disk_does_not_leave_a_folder_it_made(tmp_path: Path, disk_fills_after) -> None:
    disk_fills_after(6 * 10_000)
    with pytest.raises(StorageError, match="The disk is full: nothing was written to"):
        write_files(tmp_path / "exports" / "csv", tables())
    assert not (tmp_path / "exports").exists()


def test_a_rename_failing_half_way_puts_back_the_ones_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "csv"
    write_files(folder, tables(100)[:4])  # four of the eight were there before
    before = listing(folder)
    real, calls = os.replace, [0]

    def replace(source: str | Path, target: str | Path) -> None:
        calls[0] += 1
        if calls[0] == 6:
            raise OSError(errno.EPERM, os.strerror(errno.EPERM))
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(StorageError, match="cannot be written: permission denied; nothing was written"):
        write_files(folder, tables())
    assert listing(folder) == before


def test_a_link_planted_among_the_tables_refuses_all_of_them(tmp_path: Path, victim: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "events.csv").symlink_to(victim)
    before = listing(folder)
    with pytest.raises(StorageError, match=r"events\.csv is a symbolic link"):
        write_files(folder, tables())
    assert_untouched(victim)
    assert listing(folder) == before


# --- folders the user locked ------------------------------------------------------------------------------------


def test_a_locked_output_folder_is_refused_and_stays_locked(locked: Path) -> None:
    before = listing(locked)
    with pytest.raises(StorageError, match=f"the folder {locked} is read-only"):
        write_file(locked / "export.json", b"{}")
    with pytest.raises(StorageError, match="is read-only"):
        write_files(locked, tables())
    with pytest.raises(StorageError, match=f"cannot be made: {locked} is read-only"):
        write_files(locked / "csv", tables())
    assert listing(locked) == before
    assert stat.S_IMODE(locked.stat().st_mode) == 0o555


def test_a_locked_data_folder_is_refused_and_stays_locked(locked: Path) -> None:
    with pytest.raises(StorageError) as refused:
        ensure_private_dir(locked)
    assert str(refused.value) == (f"The data folder {locked} is read-only; Autonomy needs to write to it. Nothing "
                                  "was changed (make it writable again to use it).")
    assert stat.S_IMODE(locked.stat().st_mode) == 0o555


@pytest.mark.parametrize(("mode", "after"), [(0o755, 0o700), (0o770, 0o700), (0o711, 0o700), (0o700, 0o700)])
def test_a_data_folder_others_may_open_loses_only_their_access(tmp_path: Path, mode: int, after: int) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(mode)
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == after


def test_a_new_data_folder_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        ensure_private_dir(tmp_path / "new" / "data")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new" / "data").stat().st_mode) == 0o700


def test_create_private_file_gives_a_mode_only_to_a_file_it_made(tmp_path: Path, victim: Path) -> None:
    made = tmp_path / "new.log"
    create_private_file(made)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    create_private_file(victim)  # there already: left as it is
    assert_untouched(victim)
    (tmp_path / "planted.log").symlink_to(victim)
    with pytest.raises(StorageError, match="is a symbolic link"):
        create_private_file(tmp_path / "planted.log")
    assert_untouched(victim)


# --- a full disk, in words ------------------------------------------------------------------------------------


def test_what_counts_as_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    io_error = sqlite3.OperationalError("disk I/O error")
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(io_error, tmp_path)  # this disk has room: some other I/O error
    assert not is_disk_full(io_error)  # no folder to look at
    import shutil

    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(2 << 20, 2 << 20, 4096))
    assert is_disk_full(io_error, tmp_path / "not" / "made")


def test_a_full_disk_is_worded_the_same_for_every_database_error(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    said = "The disk is full: nothing was saved. Free some space and try again."
    assert explain(sqlite3.OperationalError("database or disk is full")) == said
    assert explain(OSError(errno.ENOSPC, "No space left on device")) == said
    assert explain(sqlite3.OperationalError("disk I/O error"), tmp_path) is None
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(2 << 20, 2 << 20, 0))
    assert explain(sqlite3.OperationalError("disk I/O error"), tmp_path) == said
