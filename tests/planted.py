"""What the safe-writing tests share: someone else's file that a planted link points to, a folder's exact state
(names, contents, inodes, modes) to compare before and after, and a disk that fills up after so many bytes."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

VICTIM_TEXT = "not yours\n"


def victim_in(folder: Path) -> Path:
    """Someone else's file (0644) in a folder of its own: it must never change."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "victim.txt"
    path.write_text(VICTIM_TEXT, encoding="utf-8")
    path.chmod(0o644)
    return path


def assert_untouched(victim: Path) -> None:
    assert victim.read_text(encoding="utf-8") == VICTIM_TEXT
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644


def listing(folder: Path) -> dict[str, tuple[bytes | str, int, int]]:
    """Every name in `folder` with its content (a link: where it points), inode and mode."""
    seen: dict[str, tuple[bytes | str, int, int]] = {}
    for path in sorted(folder.iterdir()):
        st = path.lstat()
        if path.is_symlink():
            content: bytes | str = os.readlink(path)
        else:
            content = "(a folder)" if path.is_dir() else path.read_bytes()
        seen[path.name] = (content, st.st_ino, stat.S_IMODE(st.st_mode))
    return seen


def fill_disk_after(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    """From now on `os.write` takes `room` more bytes, then fails with ENOSPC as a full disk does."""
    real, left = os.write, [room]

    def write(fd: int, data: bytes | memoryview) -> int:
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = real(fd, bytes(data[:left[0]]))
        left[0] -= written
        return written

    monkeypatch.setattr(os, "write", write)


def fill_disk(disk: Path, leave: int = 0) -> Path:
    """Fill a real (small) disk up with one file, then free `leave` bytes of it again."""
    filler = disk / "filler"
    try:
        with filler.open("wb") as fh:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
    except OSError:
        pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler
