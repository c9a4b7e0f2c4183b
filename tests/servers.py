"""The database engine the tests run against: SQLite files (the default) or a PostgreSQL server.

`pytest --database postgresql+psycopg://USER@HOST:PORT/postgres` (or the environment variable
AUTONOMY_TEST_DATABASE_URL) runs the same tests against that server. The URL names a maintenance database on a
throwaway server the tests may create databases on; every test gets a database of its own, cloned from a
template made once per run at the schema head (a clone costs a few milliseconds, building the schema does not).
A data folder is mapped to one server database, so the command-line tests can keep passing `--data-dir`.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from autonomy.storage.database import open_database

ENV_TEST_DATABASE = "AUTONOMY_TEST_DATABASE_URL"


def server_url() -> str | None:
    url = os.environ.get(ENV_TEST_DATABASE, "").strip()
    return None if url in ("", "sqlite") else url


class TestServer:
    """Databases on a PostgreSQL server, made and dropped by the tests."""

    __test__ = False  # not a test class, whatever its name

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self._admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT", pool_size=1)
        self._prefix = f"autonomy_t{os.getpid()}_"
        self._template: str | None = None
        self._counter = itertools.count()

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def _run(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def admin(self) -> Connection:
        """A connection to the maintenance database, outside any transaction (CREATE DATABASE, roles)."""
        return self._admin.connect()

    def name_for_folder_prefix(self) -> str:
        """Databases named with this are dropped at the end of the run."""
        return self._prefix

    def exists(self, name: str) -> bool:
        with self._admin.connect() as conn:
            return bool(conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar())

    def template(self) -> str:
        """A database at the schema head with the defaults, made on first use."""
        if self._template is None:
            name = self._prefix + "template"
            self.drop(name)
            self._run(f'CREATE DATABASE "{name}"')
            open_database(url=self.url_of(name)).close()
            self._template = name
        return self._template

    def fresh(self, name: str | None = None) -> str:
        """A new database at head (a clone of the template); its URL."""
        name = name or f"{self._prefix}{next(self._counter)}"
        self.clone(self.template(), name)
        return self.url_of(name)

    def clone(self, source: str, target: str) -> None:
        self.drop(target)
        self._run(f'CREATE DATABASE "{target}" TEMPLATE "{source}" STRATEGY FILE_COPY')

    def drop(self, name: str) -> None:
        self._run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def name_for(self, folder: Path) -> str:
        digest = hashlib.sha1(str(folder.resolve()).encode()).hexdigest()[:16]
        return f"{self._prefix}d{digest}"

    def url_for_folder(self, folder: Path) -> str:
        """The server database standing for a data folder (made at head on first use)."""
        name = self.name_for(folder)
        if not self.exists(name):
            self.fresh(name)
        return self.url_of(name)

    def copy_folder(self, source: Path, target: Path) -> None:
        """What copying a data folder copies: its database."""
        self.clone(self.name_for(source), self.name_for(target))

    def drop_all(self) -> None:
        with self._admin.connect() as conn:
            names = conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                 {"p": self._prefix + "%"}).scalars().all()
        for name in names:
            self.drop(name)
        self._admin.dispose()


_server: TestServer | None = None


def test_server() -> TestServer | None:
    """The server of this run, or None when the tests run on SQLite."""
    global _server
    url = server_url()
    if url is None:
        return None
    if _server is None:
        _server = TestServer(url)
    return _server


test_server.__test__ = False  # type: ignore[attr-defined]  # pytest's own flag: not a test, despite its name


def close_server() -> None:
    global _server
    if _server is not None:
        _server.drop_all()
        _server = None
