"""A consistent copy of a live SQLite database with SQLite's online backup API: the one piece both a backup
(backup.py) and the copy kept aside before a migration (migrate.py) need, below both so neither imports the other."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from autonomy.core.errors import StorageError
from autonomy.storage.safe_files import SQLITE_SIDECARS, disk_full_message, is_disk_full, reason, replacing


def backup_file(source: Path, target: Path) -> Path:
    """Copy `source` to `target` while it may be in use; the copy is 0600 and self-contained (no WAL).

    Written as storage/safe_files.py writes any file: into a new temporary file beside `target`, renamed over it
    at the end, never through a link. The temporary copy keeps no journal (a failed copy is thrown away whole, so
    none is needed), and whatever SQLite made beside it is removed with it if anything fails."""
    try:
        with replacing(target, sidecars=SQLITE_SIDECARS) as tmp:
            src = sqlite3.connect(source)
            try:
                dst = sqlite3.connect(tmp)
                try:
                    dst.execute("PRAGMA journal_mode=OFF")
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")  # the copy of a WAL database would open as WAL
                finally:
                    dst.close()
            finally:
                src.close()
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc, target.parent):
            raise StorageError(disk_full_message(f"the backup to {target} was not made")) from None
        detail = reason(exc) if isinstance(exc, OSError) else str(exc)
        raise StorageError(f"The backup to {target} failed: {detail}.") from None
    return target
