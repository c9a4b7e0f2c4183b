"""What a database error that escaped the services means for the teacher, in one sentence (or None: a bug).

The services word the errors they expect; a page found damaged while reading, or a disk that filled up in the
middle of a read, can surface anywhere. The command line and the GUI ask here before calling it a bug.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DBAPIError

from autonomy.storage.safe_files import disk_full_message, is_disk_full

DISK_FULL = disk_full_message("nothing was saved")


def explain(exc: BaseException, folder: Path | None = None) -> str | None:
    """A clear message for a storage failure (damaged, full, read-only, busy), or None for anything else.
    `folder` (the data folder, when known) lets SQLite's "disk I/O error" on a full disk be called full."""
    if isinstance(exc, OSError) and is_disk_full(exc):
        return DISK_FULL
    if isinstance(exc, DBAPIError):
        from autonomy.storage.connection import LOST, lost

        if lost(exc):  # a read (a write says what became of it: services/unit.py)
            return LOST
        detail = str(exc.orig)
    elif type(exc).__module__ == "sqlite3":
        detail = str(exc)
    else:
        return None
    if "malformed" in detail or "not a database" in detail:
        return ("The database is damaged; nothing was changed. Restore a backup (File, Restore from backup…, or "
                "autonomy restore FILE).")
    if is_disk_full(exc, folder):
        return DISK_FULL
    if "readonly" in detail or "read-only" in detail:
        return "The data folder is read-only; nothing was saved."
    if "locked" in detail or "busy" in detail:
        return "The database is busy in another program; nothing was saved. Try again in a moment."
    return None
