"""What a database error that escaped the services means for the teacher, in one sentence (or None: a bug).

The services word the errors they expect; a page found damaged while reading, or a disk that filled up in the
middle of a read, can surface anywhere. The command line and the GUI ask here before calling it a bug.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError


def explain(exc: BaseException) -> str | None:
    """A clear message for a storage failure (damaged, full, read-only, busy), or None for anything else."""
    if isinstance(exc, DBAPIError):
        detail = str(exc.orig)
    elif type(exc).__module__ == "sqlite3":
        detail = str(exc)
    else:
        return None
    if "malformed" in detail or "not a database" in detail:
        return ("The database is damaged; nothing was changed. Restore a backup (File, Restore from backup…, or "
                "autonomy restore FILE).")
    if "full" in detail:
        return "The disk is full; nothing was saved. Free some space and try again."
    if "readonly" in detail or "read-only" in detail:
        return "The data folder is read-only; nothing was saved."
    if "locked" in detail or "busy" in detail:
        return "The database is busy in another program; nothing was saved. Try again in a moment."
    return None
