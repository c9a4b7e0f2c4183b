"""Opening a database: pragmas, private files, creation at head, and refusals with clear messages."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from autonomy.core.errors import SchemaTooNew, StorageError
from autonomy.storage.database import current_revision, open_database
from autonomy.storage.paths import resolve_data_dir
from autonomy.storage.schema import SCHEMA_HEAD

pytestmark = pytest.mark.sqlite_only  # the file, its pragmas and permissions; tests/postgres covers the server


def test_new_database_is_at_head_with_defaults_and_private(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        with db.reading() as session:
            assert session.execute(text("SELECT COUNT(*) FROM dimensions")).scalar() == 4
            assert session.execute(text("SELECT COUNT(*) FROM levels")).scalar() == 20
            assert session.execute(text("SELECT COUNT(*) FROM event_categories")).scalar() >= 10
    finally:
        db.close()
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "autonomy.sqlite3").stat().st_mode) == 0o600


def test_pragmas_hold_on_every_connection(db) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_an_existing_folder_with_loose_permissions_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "loose"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_database(folder).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_reopening_keeps_data_and_does_not_reseed(data_dir: Path) -> None:
    from autonomy.services import Services

    db = open_database(data_dir)
    Services.over(db).roster.create_classroom("Room 12")
    db.close()
    db = open_database(data_dir)
    try:
        services = Services.over(db)
        assert [c.name for c in services.roster.classrooms()] == ["Room 12"]
        assert len(services.levels.dimensions()) == 4
    finally:
        db.close()


def test_a_newer_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    path = data_dir / "autonomy.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of Autonomy"):
        open_database(data_dir)
    assert path.read_bytes() == before
    assert not list(data_dir.glob("*.before-*"))


def test_a_corrupt_file_gets_a_clear_message(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "autonomy.sqlite3").write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StorageError, match="damaged or is not an Autonomy database"):
        open_database(data_dir)


def test_someone_elses_sqlite_file_is_left_alone(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with sqlite3.connect(data_dir / "autonomy.sqlite3") as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StorageError, match="not Autonomy's"):
        open_database(data_dir)


def test_data_dir_comes_from_argument_then_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AUTONOMY_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "arg") == tmp_path / "arg"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("AUTONOMY_DATA_DIR")
    assert resolve_data_dir(None).name == "autonomy"


def test_an_older_database_is_copied_aside_before_upgrading(data_dir: Path, monkeypatch) -> None:
    """When the app's head is ahead of the file, the file is copied aside first, then upgraded."""
    from autonomy.storage import database, migrate
    from autonomy.storage.schema import SCHEMA_HEAD

    open_database(data_dir).close()
    calls: list[str] = []

    def fake_upgrade(engine) -> None:
        copies = list(data_dir.glob(f"autonomy.before-{SCHEMA_HEAD}-*.sqlite3"))
        calls.append(f"upgrade with {len(copies)} copy")

    monkeypatch.setattr(database, "SCHEMA_HEAD", "9999")
    monkeypatch.setattr(migrate, "is_known_revision", lambda revision: True)
    monkeypatch.setattr(migrate, "upgrade_to_head", fake_upgrade)
    open_database(data_dir).close()
    assert calls == ["upgrade with 1 copy"]
    copy = next(data_dir.glob(f"autonomy.before-{SCHEMA_HEAD}-*.sqlite3"))
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_database_opens(url: str) -> None:
    """A file database's pool hands back its most recent connection; an in-memory one has a single connection."""
    database = open_database(url=url)
    try:
        with database.reading() as session:
            assert session.execute(text("SELECT count(*) FROM dimensions")).scalar_one() == 4
    finally:
        database.close()
