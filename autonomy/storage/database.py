"""The engine with its SQLite pragmas, and opening a database: create at head, upgrade, or refuse.

Runs on whichever thread calls it; the UI calls it from its database lane, never the GUI thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from autonomy.core.errors import ConnectionLost, SchemaTooNew, StorageError
from autonomy.core.types import Role
from autonomy.storage.lock import DatabaseUse
from autonomy.storage.models import Base
from autonomy.storage.paths import DATABASE_FILE, create_private_file, ensure_private_dir
from autonomy.storage.pipeline import WRITES, reads_only
from autonomy.storage.role_names import ADMIN_ROLE, CHECKIN_ROLE, COACH_ROLE
from autonomy.storage.safe_files import disk_full_message, is_disk_full
from autonomy.storage.schema import SCHEMA_HEAD

BUSY_TIMEOUT_MS = 5000



def local_user() -> str:
    """The person at this computer: who owns an SQLite database's classrooms."""
    try:
        return getpass.getuser() or "teacher"
    except Exception:  # no login name in the environment or the password database (some containers)
        return "teacher"


@dataclass(frozen=True)
class Identity:
    """Who is using the database. On SQLite: the local user, administrator of their own file. On a server: the
    connection's PostgreSQL role (`current_user`), never a name the app was told, so no one can act as another."""

    user: str
    role: Role


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event own transactions (the pysqlite driver's own handling is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # Writes take the write lock up front, so two writers queue instead of failing half-way through.
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(url: str) -> Engine:
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        raise StorageError(
            f"“{url[:80]}” is not a database URL (for example postgresql+psycopg://host/name)."
        ) from None
    if backend not in ("sqlite", "postgresql"):  # another server would fail later, on a missing driver
        raise StorageError(f"Autonomy keeps its data in SQLite or PostgreSQL, not {backend}; give a "
                           "postgresql+psycopg:// URL.")
    if url.startswith("sqlite"):
        # Last in, first out: the read after a write gets the connection that wrote, whose page cache is still
        # warm (in WAL mode a connection drops its whole cache when another one has written since).
        file_pool = {} if _in_memory(url) else {"pool_use_lifo": True}  # (an in-memory database has one connection)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True,
                               **file_pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # hide_parameters: an error's text (which reaches stderr and dialogs) never quotes the values of a statement,
    # the students' notes among them.
    if make_url(url).get_driver_name() == "psycopg":
        from autonomy.storage import pipeline
        from autonomy.storage.connection import server_connect_args

        # (pinged when idle: storage/pipeline.py; every wait bounded: storage/connection.py)
        engine = create_engine(url, hide_parameters=True, connect_args=server_connect_args(make_url(url)))
        pipeline.install(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _in_memory(url: str) -> bool:
    database = make_url(url).database or ""
    return database in ("", ":memory:") or "mode=memory" in url


@dataclass
class Database:
    """An open, up-to-date database: where it is, and sessions to read and to write it."""

    engine: Engine
    url: str
    path: Path | None  # the SQLite file, None for a server database
    identity: Identity | None = None  # found on first use (`who`), unless given
    # This process's share of the SQLite file (storage/lock.py): held while the database is open, so a restore
    # waits for it; None for a server database or one opened by a restore, which holds the file alone.
    use: DatabaseUse | None = None

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        writer_engine = self.engine
        if self.is_sqlite:
            writer_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:  # (a lost COMMIT can be settled: storage/connection.py)
            writer_engine = self.engine.execution_options(**{WRITES: True})
        self._writer = sessionmaker(writer_engine, expire_on_commit=False)
        self._writer_engine = writer_engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        shared = self._together()
        if shared is not None:
            with shared.reading() as conn, self._reader(bind=conn) as session:
                yield session
            return
        with self._reader() as session, session.begin():
            if not self.is_sqlite:
                reads_only(session.connection())
            yield session

    @contextmanager
    def reading_rows(self) -> Iterator[Connection]:
        """A read transaction without an ORM session, for reads that only fetch rows (the roster): cheaper to
        open, for the reads a teacher waits on after every click."""
        shared = self._together()
        if shared is not None:
            with shared.reading() as conn:
                yield conn
            return
        with self.engine.connect() as conn, conn.begin():
            if not self.is_sqlite:
                reads_only(conn)
            yield conn

    @contextmanager
    def together(self) -> Iterator[None]:
        """The reads inside share one read transaction on a school's server (each `reading` and `reading_rows`
        joins it), so what one read sends ahead (storage/pipeline.py `send_ahead`) is answered with another's
        first statement: the reads a window asks for after a change wait for one answer, not one each. On SQLite,
        nothing (each read its own transaction, as always)."""
        if self.is_sqlite or _together.get() is not None:
            yield
            return
        shared = _SharedReads(self.engine)
        token = _together.set(shared)
        try:
            yield
        finally:
            _together.reset(token)
            shared.end()

    @property
    def reads_together(self) -> bool:
        """Inside `together` on a server: what a read sends ahead is answered within the shared transaction."""
        return self._together() is not None

    def _together(self) -> _SharedReads | None:
        shared = _together.get()
        return shared if shared is not None and shared.engine is self.engine and not shared.broken else None

    def who(self) -> Identity:
        """Who this database is used as (asks the server once)."""
        if self.identity is None:
            self.identity = _identify(self.engine)
        return self.identity

    def acting_as(self, user: str, role: Role) -> Database:
        """The same database (and engine) used as someone else; for tests and administrators' scripts."""
        return dataclasses.replace(self, identity=Identity(user, role))

    def writer(self) -> Session:
        """A session for one write transaction; the caller wraps its work in `with session.begin():`."""
        return self._writer()

    @contextmanager
    def writing_rows(self) -> Iterator[Connection]:
        """One write transaction without an ORM session, the write lock taken up front as for `writer`:
        committed when the body ends, rolled back if it raises."""
        with self._writer_engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
        if self.use is not None:
            self.use.release()


class _SharedReads:
    """The one connection and read transaction of `Database.together`, taken by its first read (a server that
    cannot be reached fails that read, as it would have failed on its own)."""

    def __init__(self, engine: Engine) -> None:
        self.engine, self.broken = engine, False
        self.conn: Connection | None = None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            if self.conn is None:
                self.conn = self.engine.connect()
            if not self.conn.in_transaction():
                self.conn.begin()
                reads_only(self.conn)
            yield self.conn
        except DBAPIError:
            # The server refused a statement (the transaction is aborted) or the connection was lost: the reads
            # after it each go their own way again, a lost connection retried by the lane as always.
            self.broken = True
            self.end()
            raise

    def end(self) -> None:
        conn, self.conn = self.conn, None
        if conn is None:
            return
        with contextlib.suppress(Exception):  # (a lost connection: nothing to end)
            if conn.in_transaction():
                if self.broken:
                    conn.rollback()
                else:
                    conn.commit()  # (a read's COMMIT: queued, not waited for)
        conn.close()


_together: ContextVar[_SharedReads | None] = ContextVar("autonomy_reads_together", default=None)


def _identify(engine: Engine) -> Identity:
    if engine.dialect.name == "sqlite":
        return Identity(local_user(), Role.ADMIN)
    try:
        return _ask_who(engine)
    except DBAPIError as exc:
        from autonomy.storage.connection import LOST, lost

        if lost(exc):  # (the first thing a service asks the server: this is where an unreachable one shows)
            raise ConnectionLost(LOST, saved=False) from None
        raise


def _ask_who(engine: Engine) -> Identity:
    with engine.connect() as conn:
        user, superuser, admin, coach, checkin = conn.execute(text(
            "SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = :admin AND pg_has_role(current_user, r.oid, 'MEMBER')),"
            "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = :coach AND pg_has_role(current_user, r.oid, 'MEMBER')),"
            "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = :checkin"
            " AND pg_has_role(current_user, r.oid, 'MEMBER'))"
        ), {"admin": ADMIN_ROLE, "coach": COACH_ROLE, "checkin": CHECKIN_ROLE}).one()
    if superuser or admin:
        return Identity(str(user), Role.ADMIN)
    if checkin:
        return Identity(str(user), Role.CHECKIN)
    return Identity(str(user), Role.COACH if coach else Role.TEACHER)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def open_database(data_dir: Path | None = None, url: str | None = None, *, share: bool = True,
                  on_wait: Callable[[str], None] | None = None) -> Database:
    """Open (creating or upgrading as needed) the database in `data_dir`, or at `url` if given.

    An SQLite file is opened under this process's share of its lock (`share=False`: the caller, a restore,
    holds it alone); while a restore runs, this waits for it, saying so through `on_wait`."""
    path: Path | None = None
    if url is None:
        if data_dir is None:
            raise ValueError("open_database needs a data folder or a URL")
        ensure_private_dir(data_dir)
        path = data_dir / DATABASE_FILE
        url = sqlite_url(path)
    use = None
    shared_file = path or _sqlite_file(url)
    if share and shared_file is not None:
        use = DatabaseUse(shared_file).share(on_wait)
    try:
        if path is not None and not path.exists():
            create_private_file(path)
        engine = make_engine(url)
    except BaseException:
        if use is not None:
            use.release()
        raise
    try:
        if _bring_to_head(engine, path):
            _secure_shared_server(engine)
        _ensure_defaults(engine)
    except (OperationalError, DatabaseError) as exc:
        _give_up(engine, use)
        raise StorageError(_describe_open_failure(path, exc)) from None
    except BaseException:
        _give_up(engine, use)
        raise
    return Database(engine=engine, url=url, path=path, use=use)


def _give_up(engine: Engine, use: DatabaseUse | None) -> None:
    engine.dispose()
    if use is not None:
        use.release()


def _sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (a --database-url naming the data folder's file shares its lock too)."""
    try:
        if not url.startswith("sqlite") or _in_memory(url):
            return None
        return Path(make_url(url).database or "").expanduser().absolute()
    except ArgumentError:
        return None  # not a URL at all: make_engine says so


def _describe_open_failure(path: Path | None, exc: Exception) -> str:
    detail = str(getattr(exc, "orig", exc))
    where = str(path) if path else "the database server"
    if is_disk_full(exc, path.parent if path else None):  # SQLite says "disk I/O error" for a -shm it cannot grow
        return disk_full_message(f"{where} cannot be opened")
    if "not a database" in detail or "malformed" in detail:
        return f"{where} is damaged or is not an Autonomy database; restore a backup (autonomy restore FILE)."
    if "readonly" in detail or "read-only" in detail:
        return f"{where} is read-only; Autonomy needs to write to its data folder."
    if path is not None and "unable to open" in detail and not os.access(path.parent, os.W_OK):
        # A WAL database needs its folder writable (for the -wal and -shm files), even only to read it.
        return f"The data folder {path.parent} is read-only; Autonomy needs to write to it. Nothing was changed."
    if "locked" in detail:
        return f"{where} is busy in another program; close it and try again."
    return f"{where} cannot be opened: {detail}."


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _bring_to_head(engine: Engine, path: Path | None) -> bool:
    """True if the schema was built or changed here."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    if not tables:
        create_at_head(engine)
        return True
    if "alembic_version" not in tables:
        raise StorageError(f"{path or 'The database'} holds tables that are not Autonomy's; it was left as it is.")
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return False
    from autonomy.storage import migrate  # Alembic is imported only when a migration is due.

    if not migrate.is_known_revision(revision):
        raise SchemaTooNew(
            f"This database was written by a newer version of Autonomy (schema {revision}); "
            "install the newer version to open it. Nothing was changed."
        )
    if path is not None:
        migrate.copy_aside(path, revision or "none")
    migrate.upgrade_to_head(engine)
    return True


def _secure_shared_server(engine: Engine) -> None:
    """On a school's server (roles.is_shared), whoever migrated the schema re-applies the grants and row-level
    security, so a table a new version adds is never left open to teachers (autonomy/storage/roles.py)."""
    if engine.dialect.name != "postgresql":
        return
    from autonomy.storage.roles import apply_if_shared

    with engine.begin() as conn:
        apply_if_shared(conn)


def _ensure_defaults(engine: Engine) -> None:
    """A new database (made here or by the migrations) starts with the default ladders and catalogue."""
    from autonomy.storage.seed import needs_defaults, seed_defaults

    with engine.begin() as conn:
        if needs_defaults(conn):
            seed_defaults(conn)


def create_at_head(engine: Engine) -> None:
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})
