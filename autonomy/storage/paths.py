"""The data folder: private to the user (0700), overridable by --data-dir or AUTONOMY_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from autonomy.core.errors import StorageError

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
    """Create the folder (and parents) if needed and make it readable by this user only."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except PermissionError:
        raise StorageError(f"The data folder {folder} cannot be created or used: permission denied.") from None
    except OSError as exc:
        raise StorageError(f"The data folder {folder} cannot be used: {exc.strerror or exc}.") from None
    if not folder.is_dir():
        raise StorageError(f"The data folder {folder} is not a folder.")
    return folder


def create_private_file(path: Path) -> None:
    """Make sure `path` exists with mode 0600 before anything (SQLite, a backup, an export) writes it."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except PermissionError:
        raise StorageError(f"{path} cannot be written: permission denied.") from None
    except OSError as exc:
        raise StorageError(f"{path} cannot be written: {exc.strerror or exc}.") from None
