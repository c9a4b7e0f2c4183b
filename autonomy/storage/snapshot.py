"""A consistent copy of a live SQLite database with SQLite's online backup API: the one piece both a backup
(backup.py) and the copy kept aside before a migration (migrate.py) need, below both so neither imports the other."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from autonomy.core.errors import StorageError
from autonomy.storage.paths import create_private_file


def backup_file(source: Path, target: Path) -> Path:
    """Copy `source` to `target` while it may be in use; the copy is 0600 and self-contained (no WAL)."""
    tmp = target.with_name(target.name + ".part")
    create_private_file(tmp)
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        tmp.replace(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"The backup to {target} failed: {exc}.") from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(f"The backup to {target} failed: {exc.strerror or exc}.") from None
    return target
