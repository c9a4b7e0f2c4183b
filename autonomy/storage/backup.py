"""Consistent copies of a live SQLite database (SQLite's online backup API), and checks of a copy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from autonomy.core.errors import RefusedFile, SchemaTooNew, StorageError
from autonomy.storage.paths import create_private_file
from autonomy.storage.snapshot import backup_file  # re-exported: the commands and the window back up from here


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


def check_restorable(source: Path) -> str:
    """`check_backup`, and refuse a backup made by a newer Autonomy; returns its schema revision."""
    from autonomy.storage.migrate import is_known_revision
    from autonomy.storage.schema import SCHEMA_HEAD

    revision = check_backup(source)
    if revision != SCHEMA_HEAD and not is_known_revision(revision):
        raise RefusedFile(f"{source} was made by a newer version of Autonomy (schema {revision}); "
                          "it was not restored.")
    return revision


def restore_database(source: Path, folder: Path) -> Path | None:
    """Replace the database of the data folder with the backup `source`; returns where the database as it was is
    kept (in `backups/`), or None if there was none. Checks `source` first and refuses a damaged or foreign file,
    a backup from a newer Autonomy, and replacing a database a newer Autonomy wrote; on any failure the database
    is put back as it was. The caller closes its connections first (the GUI disposes its engine)."""
    from autonomy.storage.database import open_database
    from autonomy.storage.paths import DATABASE_FILE, ensure_private_dir

    check_restorable(source)  # refuses a damaged or foreign file before anything is touched
    ensure_private_dir(folder)
    current = folder / DATABASE_FILE
    _refuse_newer_database(current, source)
    kept, damaged = None, False
    if current.exists() and current.stat().st_size > 0:
        aside = unused_name(ensure_private_dir(folder / "backups") / f"before-restore-{_stamp()}.sqlite3")
        try:
            kept = backup_file(current, aside)
        except StorageError:  # too damaged for SQLite to copy (what a restore is for): kept aside byte for byte
            kept, damaged = _copy_bytes(current, aside), True
            _remove_database(current)
    try:
        _copy_into(source, current)
        open_database(folder).close()  # upgrades a backup made by an older version
    except Exception:
        if kept is not None and damaged:
            _remove_database(current)
            _copy_bytes(kept, current)
        elif kept is not None:
            _copy_into(kept, current)
        raise
    return kept


def _stamp() -> str:
    import datetime as dt

    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def unused_name(path: Path) -> Path:
    """`path`, or the same name with -2, -3 … if taken: a second restore in the same second (the file being
    restored may be the copy the first one kept) must not overwrite it."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _refuse_newer_database(current: Path, source: Path) -> None:
    """Refuse to replace a database a newer version of Autonomy wrote (this version cannot tell what it would lose).

    A database that cannot be read at all is no reason to refuse: restoring is how it gets mended."""
    from autonomy.storage.migrate import is_known_revision
    from autonomy.storage.schema import SCHEMA_HEAD

    if not current.is_file() or current.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(current)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return
    revision = str(row[0]) if row else None
    if revision and revision != SCHEMA_HEAD and not is_known_revision(revision):
        raise SchemaTooNew(f"{current} was written by a newer version of Autonomy (schema {revision}); {source} was "
                           "not restored over it. Nothing was changed (move that file aside first to replace it).")


def _copy_bytes(source: Path, target: Path) -> Path:
    try:
        create_private_file(target)
        shutil.copyfile(source, target)
    except OSError as exc:
        raise StorageError(f"{source} cannot be copied to {target}: {exc.strerror or exc}.") from None
    return target


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _copy_into(source: Path, target: Path) -> None:
    """Replace the content of the database file `target` with `source`, through SQLite (WAL-safe)."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise StorageError(f"The restore failed ({exc}); the database was put back as it was.") from None
