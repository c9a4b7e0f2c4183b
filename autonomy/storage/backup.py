"""Consistent copies of a live SQLite database (SQLite's online backup API), and checks of a copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from autonomy.core.errors import RefusedFile, StorageError
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


def check_backup(path: Path) -> str:
    """Refuse a file that is not a sound Autonomy database; return its schema revision."""
    if not path.is_file():
        raise RefusedFile(f"{path} does not exist or is not a file.")
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise RefusedFile(f"{path} is not an Autonomy backup (not an SQLite database).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise RefusedFile(f"{path} is damaged ({status}); it was not restored.")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "students" not in tables:
                raise RefusedFile(f"{path} is an SQLite file but not an Autonomy backup.")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RefusedFile(f"{path} cannot be read as a backup: {exc}.") from None
    if not revision:
        raise RefusedFile(f"{path} has no schema version; it is not an Autonomy backup.")
    return str(revision[0])
