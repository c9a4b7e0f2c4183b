"""Counting the SQL statements a piece of work sends to the database (issue 7: no query per student).

Counted where the driver runs them, not through SQLAlchemy's events: the hottest paths run prepared statements
straight on the DB-API cursor (autonomy/storage/prepared.py), which those events do not see. Transaction control
(BEGIN, COMMIT, ROLLBACK) is left out: SQLite's driver runs it as statements, PostgreSQL's does not.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from autonomy.storage.database import Database

_TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE")


@contextmanager
def counting(db: Database, begins: list[str] | None = None) -> Iterator[list[str]]:
    """The statements run while the body runs, in order, on any of the engine's connections. Given `begins`, the
    transactions begun (each BEGIN statement) are appended to it (on SQLite only: PostgreSQL's driver sends none)."""
    seen: list[str] = []

    def note(sql: Any) -> None:
        text = str(sql).strip()
        if not text.upper().startswith(_TRANSACTION_CONTROL):
            seen.append(text)
        elif begins is not None and text.upper().startswith("BEGIN"):
            begins.append(text)

    install, remove = _sqlite(note) if db.is_sqlite else _psycopg(note)
    event.listen(db.engine, "checkout", install)
    event.listen(db.engine, "checkin", remove)
    try:
        yield seen
    finally:
        event.remove(db.engine, "checkout", install)
        event.remove(db.engine, "checkin", remove)


def _sqlite(note):
    def install(dbapi_connection, *_args):
        dbapi_connection.set_trace_callback(note)

    def remove(dbapi_connection, *_args):
        if dbapi_connection is not None:
            dbapi_connection.set_trace_callback(None)

    return install, remove


def _psycopg(note):
    import psycopg

    class Counted(psycopg.Cursor):
        def execute(self, query, params=None, **kwargs):
            note(query)
            return super().execute(query, params, **kwargs)

        def executemany(self, query, params_seq, **kwargs):
            params_seq = list(params_seq)
            for _ in params_seq:  # as SQLite's trace sees it: one statement per row
                note(query)
            return super().executemany(query, params_seq, **kwargs)

    factories: dict[int, Any] = {}

    def install(dbapi_connection, *_args):
        factories[id(dbapi_connection)] = dbapi_connection.cursor_factory
        dbapi_connection.cursor_factory = Counted

    def remove(dbapi_connection, *_args):
        if dbapi_connection is not None and id(dbapi_connection) in factories:
            dbapi_connection.cursor_factory = factories.pop(id(dbapi_connection))

    return install, remove
