"""Writing the files a teacher asks for (exports, reports, backups) without ever writing somewhere else.

Each file is written to a temporary file of its own in the target's folder, created with O_CREAT|O_EXCL|O_NOFOLLOW
under a random name (so nothing planted there beforehand, a symbolic link above all, is opened or followed),
mode 0600, written, fsynced, and then renamed over the target (`os.replace`, which replaces a name and never
follows one), and the folder is fsynced. A target that is a symbolic link is refused, not replaced: the person
meant some file, and Autonomy cannot tell which. Only a file this module created is ever given a mode.

Several files (the CSV tables) are all or nothing: every one is written to its temporary file first and renamed
into place only when all are; a failure anywhere removes every temporary file and puts back what the folder held,
and a folder made for the export is removed again.

A folder whose permissions forbid writing is refused, even for root (whom the permissions do not stop): someone
locked it, and Autonomy does not unlock it. A full disk is worded "The disk is full: …" (`is_disk_full`).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from autonomy.core.errors import StorageError

TEMP_SUFFIX = ".part"
SQLITE_SIDECARS = ("-journal", "-wal", "-shm")  # what SQLite may make beside a temporary database
# Below this much free space, SQLite's "disk I/O error" is a full disk: it says so only for some writes, and
# words a failed truncate or shared-memory file on a full disk as an I/O error.
LITTLE_ROOM = 1 << 20
_CHUNK = 1 << 20
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
          | getattr(os, "O_BINARY", 0))


# --- wording --------------------------------------------------------------------------------------------------


def is_disk_full(exc: BaseException, folder: Path | None = None) -> bool:
    """Whether `exc` (an OSError, an sqlite3 or SQLAlchemy error) means the disk is full; `folder`, where the
    failed write went, lets SQLite's "disk I/O error" count when that disk has (almost) no room left."""
    if isinstance(exc, OSError):
        return exc.errno in _FULL
    cause = getattr(exc, "orig", None) or exc
    detail = str(cause)
    if "disk is full" in detail or getattr(cause, "sqlite_errorname", "") == "SQLITE_FULL":
        return True
    return "disk I/O error" in detail and folder is not None and _little_room(folder)


def _little_room(folder: Path) -> bool:
    import shutil  # only after a failure

    for place in (folder, *folder.parents):
        try:
            return shutil.disk_usage(place).free < LITTLE_ROOM
        except OSError:
            continue  # not made yet: the disk is its parent's
    return False


def disk_full_message(what: str) -> str:
    return f"The disk is full: {what}. Free some space and try again."


def reason(exc: OSError) -> str:
    """Why a file could not be written, in words (the end of a sentence)."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return str(exc.strerror or exc).rstrip(".")


def _refusal(exc: OSError, target: Path, folder: Path | None = None) -> StorageError:
    if is_disk_full(exc):
        return StorageError(disk_full_message(f"nothing was written to {folder}" if folder else
                                              f"{target} was not written"))
    return StorageError(f"{target} cannot be written: {reason(exc)}; nothing was written.")


# --- folders --------------------------------------------------------------------------------------------------


def is_locked(folder: Path) -> bool:
    """Whether writing into `folder` is forbidden: by its permissions (the owner's own write bit, which root's
    `access` ignores), by ACLs or a read-only disk."""
    try:
        mode = folder.stat().st_mode
    except OSError:
        return False  # not there: whoever asks says so
    return not (mode & stat.S_IWUSR) or not os.access(folder, os.W_OK | os.X_OK)


def check_target(path: Path) -> None:
    """Refuse, before anything is written or computed, a target that is a link or a folder, or whose folder is
    missing or read-only."""
    if path.is_symlink():
        raise StorageError(f"{path} is a symbolic link, which Autonomy does not write through (it could overwrite "
                           "another file); nothing was written. Choose another file name.")
    if path.is_dir():
        raise StorageError(f"{path} is a folder; give a file name instead (nothing was written).")
    check_folder(path.parent, path)


def check_folder(folder: Path, target: Path | None = None) -> None:
    target = target or folder
    if not folder.is_dir():
        if folder.exists():
            raise StorageError(f"{target} cannot be written: {folder} is not a folder.")
        raise StorageError(f"{target} cannot be written: the folder {folder} does not exist.")
    if is_locked(folder):
        raise StorageError(f"{target} cannot be written: the folder {folder} is read-only; nothing was written.")


def _make_folders(folder: Path) -> list[Path]:
    """Make `folder` and any missing parents (0700); returns those made, innermost first."""
    missing = []
    for place in (folder, *folder.parents):
        if place.exists() or place.is_symlink():
            break
        missing.append(place)
    if missing and is_locked(missing[-1].parent):
        raise StorageError(f"The folder {folder} cannot be made: {missing[-1].parent} is read-only.")
    made: list[Path] = []
    try:
        for place in reversed(missing):
            place.mkdir(mode=0o700)
            made.insert(0, place)
            place.chmod(0o700)  # made just now: 0700 whatever the umask
    except FileExistsError:
        pass  # made meanwhile by someone else: theirs, checked below like any folder
    except OSError as exc:
        _remove_folders(made)
        if is_disk_full(exc):
            raise StorageError(disk_full_message(f"the folder {folder} cannot be made")) from None
        raise StorageError(f"The folder {folder} cannot be made: {reason(exc)}.") from None
    return made


def _remove_folders(made: Sequence[Path]) -> None:
    for place in made:  # innermost first; only while empty
        with suppress(OSError):
            place.rmdir()


def _sync_folder(folder: Path) -> None:
    """Make the renames durable; a no-op where folders cannot be opened (Windows) or synced."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- files ----------------------------------------------------------------------------------------------------


def temp_name(name: str) -> str:
    """A hidden, unguessable name beside `name` (cut so it stays within the 255 bytes a name may have)."""
    return f".{name[:200]}.{os.urandom(8).hex()}{TEMP_SUFFIX}"


def create_temp(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty file of ours in `folder` (0600, never an existing name or link): its descriptor and path."""
    while True:
        path = folder / temp_name(name)
        try:
            fd = os.open(path, _FLAGS, 0o600)
        except FileExistsError:
            continue  # 64 random bits taken: try another
        if hasattr(os, "fchmod"):
            try:
                os.fchmod(fd, 0o600)  # ours, just made: 0600 whatever the umask
            except OSError:
                os.close(fd)
                path.unlink(missing_ok=True)
                raise
        return fd, path


def _write_temp(folder: Path, name: str, data: bytes) -> Path:
    fd, path = create_temp(folder, name)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view[:_CHUNK]):]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def write_file(path: Path, data: bytes) -> Path:
    """Write `data` to `path` as described above; its folder must exist. Raises StorageError."""
    _write_all(path.parent, [(path.name, data)], make_folder=False, one=True)
    return path


def write_files(folder: Path, files: Iterable[tuple[str, bytes]], *, make_folder: bool = True) -> list[Path]:
    """Write every (name, content) into `folder`, all or nothing; the folder (and parents) is made if missing and
    `make_folder`. `files` may be a generator: each content is written out before the next is asked for. Raises
    StorageError and leaves the folder as it was."""
    return _write_all(folder, files, make_folder=make_folder, one=False)


def _write_all(folder: Path, files: Iterable[tuple[str, bytes]], *, make_folder: bool, one: bool) -> list[Path]:
    if folder.exists() and not folder.is_dir():
        raise StorageError(f"{folder} is a file; it cannot hold the files written here. Give a folder name instead.")
    made = _make_folders(folder) if make_folder else []
    targets: list[Path] = []
    temps: list[Path] = []
    try:
        try:
            for name, data in files:
                target = folder / name
                check_target(target)
                targets.append(target)
                temps.append(_write_temp(folder, name, data))
            _replace_all(list(zip(temps, targets, strict=True)))
        except OSError as exc:
            raise _refusal(exc, targets[-1] if targets else folder, None if one else folder) from None
        finally:
            for temp in temps:
                temp.unlink(missing_ok=True)  # renamed into place: gone already
    except BaseException:
        _remove_folders(made)
        raise
    _sync_folder(folder)
    return targets


def _replace_all(pairs: list[tuple[Path, Path]]) -> None:
    """Rename each temporary file over its target; if one rename fails, the ones done are undone (the files they
    replaced were kept under a hard link of their own, where the disk allows one)."""
    done: list[tuple[Path, Path | None, bool]] = []  # target, its old file kept aside, whether it existed
    kept: list[Path] = []
    try:
        for temp, target in pairs:
            existed = os.path.lexists(target)
            aside = _keep_aside(target) if existed and len(pairs) > 1 else None
            if aside is not None:
                kept.append(aside)
            os.replace(temp, target)
            done.append((target, aside, existed))
    except BaseException:
        for target, aside, existed in reversed(done):
            with suppress(OSError):
                if aside is not None:
                    os.replace(aside, target)
                elif not existed:
                    target.unlink()
        raise
    finally:
        for aside in kept:
            aside.unlink(missing_ok=True)


def _keep_aside(target: Path) -> Path | None:
    aside = target.with_name(temp_name(target.name))
    try:
        os.link(target, aside, follow_symlinks=False)
    except (OSError, NotImplementedError):  # no hard links here (FAT, some network disks): no undo for this one
        return None
    return aside


@contextmanager
def replacing(target: Path, *, sidecars: Sequence[str] = ()) -> Iterator[Path]:
    """A new temporary file beside `target` for the body to fill by its path (SQLite's backup); renamed over
    `target` when the body ends, removed with its `sidecars` (suffixes, e.g. SQLITE_SIDECARS) if anything fails.
    Our own steps' failures raise StorageError; the body's errors go through unchanged."""
    check_target(target)
    try:
        fd, temp = create_temp(target.parent, target.name)
        os.close(fd)
    except OSError as exc:
        raise _refusal(exc, target) from None
    try:
        yield temp
        try:
            _fsync_file(temp)
            os.replace(temp, target)
        except OSError as exc:
            raise _refusal(exc, target) from None
    except BaseException:
        for suffix in ("", *sidecars):
            with suppress(OSError):
                Path(f"{temp}{suffix}").unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
