"""Who may use the database at once: OS locks on files in the data folder.

`InstanceLock`: one window per data folder (a restore from the command line takes it too, so it cannot replace
the file under an open window). `DatabaseUse`: every process that opens the SQLite file (a command, the window)
holds it shared for as long as the database is open; a restore holds it alone, so it starts only once every
other user has finished (what they committed is in the copy it sets aside) and none starts while it runs.

The operating system drops a lock when its holder exits, however it exits, so a lock left by a crashed
process never blocks the next start; the files themselves stay (the instance lock's holds the last holder's
process id, for the message a second app shows).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from autonomy.core.errors import StorageError

LOCK_FILE = "autonomy.lock"
USE_SUFFIX = ".inuse"  # beside the database: autonomy.sqlite3.inuse
RESTORING = "restoring"  # written after the process id by a restore holding the instance lock
WAIT_ENV = "AUTONOMY_LOCK_WAIT_S"
WAIT_S = 120.0  # how long a restore waits for the others to finish, and they for a restore
POLL_S = 0.05


class AlreadyRunning(StorageError):
    """Another Autonomy window has this data folder open (or a restore is replacing its database)."""

    def __init__(self, message: str, holder: str = "another process", *, restoring: bool = False) -> None:
        super().__init__(message)
        self.holder = holder
        self.restoring = restoring


class DatabaseBusy(StorageError):
    """A restore has the database to itself, or another process kept using it while a restore waited."""


class InstanceLock:
    def __init__(self, folder: Path, *, restoring: bool = False) -> None:
        self.path = folder / LOCK_FILE
        self.restoring = restoring
        self._handle: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        handle: IO[str] | None = None
        try:
            handle = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - held open for the app's lifetime
            os.chmod(self.path, 0o600)
        except OSError as exc:  # a read-only or full data folder: not "already open"
            if handle is not None:
                handle.close()
            raise StorageError(f"The data folder {self.path.parent} cannot be written ({exc.strerror or exc}); "
                               "Autonomy needs to write to it. Nothing was changed.") from None
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            pid, _, what = handle.read().strip().partition(" ")
            handle.close()
            holder = f"process {pid}" if pid else "another process"
            if what == RESTORING:
                raise AlreadyRunning(f"A backup is being restored into this data folder ({holder}); try again "
                                     "when it has finished.", holder, restoring=True) from None
            raise AlreadyRunning(
                f"Autonomy is already open on this data folder ({holder}); "
                "switch to that window, or close it first.", holder
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()} {RESTORING}" if self.restoring else str(os.getpid()))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            try:
                _unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def wait_limit() -> float:
    """Seconds a restore waits for the others (and they for it); AUTONOMY_LOCK_WAIT_S changes it."""
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, "")))
    except ValueError:
        return WAIT_S


def _duration(seconds: float) -> str:
    if seconds >= 120:
        return f"{seconds / 60:g} minutes"
    return f"{seconds:g} second" + ("" if seconds == 1 else "s")


class DatabaseUse:
    """The shared-or-alone lock on an SQLite database (`database` + .inuse). Held by one open file description:
    `share` and `take_alone` open it, `release` closes it."""

    def __init__(self, database: Path) -> None:
        self.path = Path(f"{database}{USE_SUFFIX}")
        self._fd: int | None = None
        self._region: _Region | None = None

    @property
    def held(self) -> bool:
        return self._region is not None

    def share(self, on_wait: Callable[[str], None] | None = None) -> DatabaseUse:
        """Use the database beside the others; waits (bounded) while a restore has it to itself. In a folder
        where the lock file cannot be made (read-only) nothing is held: nothing can be restored there either."""
        fd = self._open(required=False)
        if fd is None:
            return self
        limit = wait_limit()
        self._wait(fd, exclusive=False, on_wait=on_wait,
                   waiting=f"A backup is being restored into this database; waiting for it to finish (up to "
                           f"{_duration(limit)})…",
                   gave_up=f"A backup was still being restored into this database after {_duration(limit)}; "
                           "nothing was done. Try again when it has finished.")
        return self

    def take_alone(self, on_wait: Callable[[str], None] | None = None) -> DatabaseUse:
        """Have the database to itself (a restore): waits (bounded) for every other user to finish."""
        fd = self._open(required=True)
        assert fd is not None
        limit = wait_limit()
        self._wait(fd, exclusive=True, on_wait=on_wait,
                   waiting=f"Another Autonomy command is using this database; waiting for it to finish (up to "
                           f"{_duration(limit)})…",
                   gave_up=f"Another Autonomy command was still using this database after {_duration(limit)}; "
                           "the backup was not restored and nothing was changed. Try again when it has finished.")
        return self

    @contextlib.contextmanager
    def alone(self, on_wait: Callable[[str], None] | None = None) -> Iterator[DatabaseUse]:
        """The database to itself for the body; a share held before (the window's own) is handed back after."""
        was_shared = self.held
        self.release()
        try:
            self.take_alone(on_wait)
            yield self
        finally:
            self.release()
            if was_shared:
                self.share()

    def release(self) -> None:
        fd, region = self._fd, self._region
        self._fd = self._region = None
        if fd is None:
            return
        try:
            if region is not None:
                _unlock_region(fd, region)
        finally:
            os.close(fd)

    def _open(self, *, required: bool) -> int | None:
        self.release()
        flags = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | flags, 0o600)
        except OSError as exc:
            try:  # a read-only folder: the lock still works on a lock file already there
                fd = os.open(self.path, os.O_RDONLY | flags)
            except OSError:
                if not required:
                    return None
                raise StorageError(f"The data folder {self.path.parent} cannot be written "
                                   f"({exc.strerror or exc}); nothing was changed.") from None
        self._fd = fd
        return fd

    def _wait(self, fd: int, *, exclusive: bool, on_wait: Callable[[str], None] | None, waiting: str,
              gave_up: str) -> None:
        deadline = time.monotonic() + wait_limit()
        said = False
        while True:
            try:
                region = _try_region(fd, exclusive)
            except OSError as exc:  # a file system without locks (some network shares)
                self.release()
                if not exclusive:
                    return  # used as before there were locks; a restore is what cannot be made safe there
                raise StorageError(f"{self.path} cannot be locked ({exc.strerror or exc}); the backup was not "
                                   "restored and nothing was changed.") from None
            if region is not None:
                self._region = region
                return
            if time.monotonic() >= deadline:
                self.release()
                raise DatabaseBusy(gave_up)
            if not said and on_wait is not None:
                on_wait(waiting)
                said = True
            time.sleep(POLL_S)

    def __enter__(self) -> DatabaseUse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


_Region = tuple[int, int]  # (offset, length) locked in the lock file

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    # Windows has no shared file lock in msvcrt: a user locks one byte of SLOTS, a restore all of them at once.
    SLOTS = 64

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

    def _try_region(fd: int, exclusive: bool) -> _Region | None:
        for region in [(1, SLOTS)] if exclusive else [(1 + n, 1) for n in range(SLOTS)]:
            os.lseek(fd, region[0], os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, region[1])
            except OSError:
                continue
            return region
        return None

    def _unlock_region(fd: int, region: _Region) -> None:
        os.lseek(fd, region[0], os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, region[1])

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _try_region(fd: int, exclusive: bool) -> _Region | None:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return (0, 0)

    def _unlock_region(fd: int, _region: _Region) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
