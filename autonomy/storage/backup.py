"""Consistent copies of a live SQLite database (SQLite's online backup API), checks of a copy, and restores."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from autonomy.core.errors import RefusedFile, SchemaTooNew, StorageError
from autonomy.storage.lock import DatabaseUse
from autonomy.storage.paths import create_private_file
from autonomy.storage.snapshot import backup_file  # re-exported: the commands and the window back up from here


def check_backup(path: Path) -> str:
    """Refuse a file that is not exactly a database this version of Autonomy makes, at the schema revision it
    records (storage/shape.py: no trigger, view or object of its own, no column or index missing or changed),
    whose pages are sound and whose rows all point at records it holds; and a backup made by a newer version.
    Returns its schema revision. Only reads the file."""
    from autonomy.storage.shape import problems as problems_of

    if not path.is_file():
        raise RefusedFile(f"{path} does not exist or is not a file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise RefusedFile(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if header != b"SQLite format 3\x00":
        raise RefusedFile(f"{path} is not an Autonomy backup (not an SQLite database).")
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")  # nothing the file's own schema defines runs while judged
            status = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                raise RefusedFile(f"{path} is damaged ({status}); it was not restored.")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "students" not in tables:
                raise RefusedFile(f"{path} is an SQLite file but not an Autonomy backup.")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if not row or not row[0]:
                raise RefusedFile(f"{path} has no schema version; it is not an Autonomy backup.")
            revision = str(row[0])
            if not _known(revision):
                raise RefusedFile(f"{path} was made by a newer version of Autonomy (schema {revision}); "
                                  "it was not restored.")
            problems = problems_of(conn, revision)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RefusedFile(f"{path} cannot be read as a backup ({exc}); it was not restored.") from None
    if len(problems) == 1:
        raise RefusedFile(f"{path} was not restored: {problems[0]}.")
    if problems:
        raise RefusedFile(f"{path} was not restored: it differs from a database Autonomy makes in "
                          f"{len(problems)} ways:", problems)
    return revision


def check_restorable(source: Path) -> str:
    """What a restore checks before anything is touched (`check_backup`); returns the backup's schema revision."""
    return check_backup(source)


def restore_database(source: Path, folder: Path, *, in_use: DatabaseUse | None = None,
                     on_wait: Callable[[str], None] | None = None) -> Path | None:
    """Replace the database of the data folder with the backup `source`; returns where the database as it was is
    kept (in `backups/`), or None if there was none. Checks `source` first and refuses a damaged, foreign or
    doctored file, a backup from a newer Autonomy, and replacing a database a newer Autonomy wrote; on any failure
    the database is put back as it was.

    The restore has the database to itself (storage/lock.py): it waits, bounded and saying so through
    `on_wait`, for every other process using it to finish, so the copy it sets aside holds all they committed,
    and none starts until it is done. `in_use`: the caller's own share (the window's), handed over for the restore
    and taken back after; the caller closes its connections first (the GUI disposes its engine)."""
    from autonomy.storage.database import open_database
    from autonomy.storage.paths import DATABASE_FILE, ensure_private_dir

    check_restorable(source)  # refuses a damaged, foreign or doctored file before anything is touched or waited for
    ensure_private_dir(folder)
    current = folder / DATABASE_FILE
    with (in_use if in_use is not None else DatabaseUse(current)).alone(on_wait):
        _refuse_newer_database(current, source)
        kept, damaged = None, False
        if current.exists() and current.stat().st_size > 0:
            aside = unused_name(ensure_private_dir(folder / "backups") / f"before-restore-{_stamp()}.sqlite3")
            try:
                kept = backup_file(current, aside)
            except StorageError:  # too damaged for SQLite to copy (what a restore is for): kept byte for byte
                kept, damaged = _copy_bytes(current, aside), True
                _remove_database(current)
        try:
            _copy_into(source, current)
            open_database(folder, share=False).close()  # upgrades a backup made by an older version
        except Exception:
            if kept is not None and damaged:
                _remove_database(current)
                _copy_bytes(kept, current)
            elif kept is not None:
                _copy_into(kept, current)
            raise
    return kept


def _known(revision: str) -> bool:
    from autonomy.storage.schema import SCHEMA_HEAD

    if revision == SCHEMA_HEAD:
        return True  # without importing Alembic (slow), as opening an up-to-date database does
    from autonomy.storage.migrate import is_known_revision

    return is_known_revision(revision)


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
    if revision and not _known(revision):
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
