"""One running app per database: an OS lock on a file in the data folder.

The operating system drops the lock when the holder exits, however it exits, so a lock left by a crashed
process never blocks the next start; the file itself stays, holding the last holder's process id for the
message a second app shows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from autonomy.core.errors import StorageError

LOCK_FILE = "autonomy.lock"


class AlreadyRunning(StorageError):
    """Another Autonomy window has this data folder open."""


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_FILE
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
            holder = handle.read().strip() or "another process"
            handle.close()
            raise AlreadyRunning(
                f"Autonomy is already open on this data folder (process {holder}); "
                "switch to that window, or close it first."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
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


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
