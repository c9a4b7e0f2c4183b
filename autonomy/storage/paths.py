"""The data folder: private to the user (0700), overridable by --data-dir or AUTONOMY_DATA_DIR."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from autonomy.core.errors import StorageError
from autonomy.storage.safe_files import disk_full_message, is_disk_full, is_locked

DATABASE_FILE = "autonomy.sqlite3"
ENV_DATA_DIR = "AUTONOMY_DATA_DIR"


def default_data_dir() -> Path:
    # Imported here: platformdirs is only needed when no folder was given.
    from platformdirs import user_data_dir

    return Path(user_data_dir("autonomy", appauthor=False))


def resolve_data_dir(given: str | os.PathLike[str] | None = None) -> Path:
    if given:
        return Path(given).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def ensure_private_dir(folder: Path) -> Path:
    """Create the folder (and parents) if needed, readable by this user only; an existing folder that others may
    read is narrowed to its owner's own permissions. A folder the user made read-only is refused, not unlocked
    (even for root, whom permissions do not stop): only permissions are ever taken away, never given."""
    try:
        existed = folder.is_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not folder.is_dir():
            raise StorageError(f"The data folder {folder} is not a folder.")
        if existed and is_locked(folder):
            raise StorageError(f"The data folder {folder} is read-only; Autonomy needs to write to it. Nothing was "
                               "changed (make it writable again to use it).")
        mode = stat.S_IMODE(folder.stat().st_mode)
        if not existed and mode != 0o700:
            folder.chmod(0o700)  # made just now: the umask may have taken a bit of ours
        elif mode & 0o077:
            folder.chmod(mode & 0o700)
    except FileExistsError:
        raise StorageError(f"The data folder {folder} is not a folder.") from None
    except PermissionError:
        raise StorageError(f"The data folder {folder} cannot be created or used: permission denied.") from None
    except OSError as exc:
        if is_disk_full(exc):
            raise StorageError(disk_full_message(f"the data folder {folder} cannot be made")) from None
        raise StorageError(f"The data folder {folder} cannot be used: {exc.strerror or exc}.") from None
    return folder


def create_private_file(path: Path) -> None:
    """Make sure `path` exists before anything (SQLite, the log) writes it: made new with mode 0600, or left as it
    is if it exists (a file Autonomy did not make is never given a mode). A symbolic link is refused."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        if path.is_symlink():
            raise StorageError(f"{path} is a symbolic link, which Autonomy does not write through; "
                               "nothing was written.") from None
        return
    except PermissionError:
        raise StorageError(f"{path} cannot be written: permission denied.") from None
    except OSError as exc:
        if is_disk_full(exc):
            raise StorageError(disk_full_message(f"{path} cannot be made")) from None
        raise StorageError(f"{path} cannot be written: {exc.strerror or exc}.") from None
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # made just now: 0600 whatever the umask
    finally:
        os.close(fd)
