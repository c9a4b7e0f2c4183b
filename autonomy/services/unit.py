"""One write = one transaction = (usually) one undoable action.

While a tracked transaction is open, every row the ORM inserts, updates or deletes is recorded with its
before and after values (`row_changes`), so undo and redo can put any change back exactly. The hot path that
writes with Core statements instead (`write_rows`, logging an event) records its rows the same way.

The action's own row is written with the first change it records, so a write that changed nothing costs no
statement for its undo step, and a label the body settles on (`relabel`) before writing costs none either.

Every row recorded here is also noted for the views (services/changes.py): inside a `changes.capture()`, a
committed write reports the students, classrooms and kinds of data it touched. A bulk Core statement run through
the session (a file import) is noted by its table; one on a table of students' data, whose rows are not known
here, reports `everything`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, Date, Insert, Table, bindparam, event, func, insert, inspect, update
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from autonomy.core.errors import Conflict, ConnectionLost, NotAllowed, StorageError
from autonomy.services import changes
from autonomy.storage.database import Database
from autonomy.storage.models import Action, Base, RowChange, utcnow
from autonomy.storage.pipeline import DEFERRED
from autonomy.storage.types import UTCDateTime

_UNDO_KEY = "autonomy_undo_step"
_INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL: no grant, or a row its row-level security refuses

# The undo record is written with every change, the hottest path included (logging an event). On a server its
# statements are deferred (storage/pipeline.py): none of their answers is read, so they cost no round trip of their
# own. The new action's id is not read back either: the row changes name it as the server knows it (`currval` of
# its sequence, in this transaction, on this connection), so nothing waits for a RETURNING.
_ACTIONS, _ROW_CHANGES = Base.metadata.tables[Action.__tablename__], Base.metadata.tables[RowChange.__tablename__]
_WRITE_ONLY = {DEFERRED: True}
_INSERT_ACTION = insert(_ACTIONS).inline()  # (inline: no implicit RETURNING of the new id on PostgreSQL)
_INSERT_ACTION_RETURNING = insert(_ACTIONS).returning(_ACTIONS.c.id)
_INSERT_ROW_CHANGES = insert(_ROW_CHANGES).inline()
_THIS_ACTION = func.currval(func.pg_get_serial_sequence("actions", "id"))  # PostgreSQL: the action just inserted
_ON_SERVER = -1  # an undo step's action id that only the server knows (_THIS_ACTION)
_RELABEL = update(_ACTIONS).where(_ACTIONS.c.id == bindparam("action_id")).values(label=bindparam("label"))
_RELABEL_THIS = update(_ACTIONS).where(_ACTIONS.c.id == _THIS_ACTION).values(label=bindparam("label"))
_END_REDO = update(_ACTIONS).where(_ACTIONS.c.state == "undone").values(state="discarded")
_END_OWN_REDO = _END_REDO.where(_ACTIONS.c.actor == bindparam("owner"))


class _Insert(NamedTuple):
    statement: Insert
    columns: tuple[str, ...]
    every: frozenset[str]
    keys: tuple[str, ...]  # the primary key's columns


_INSERTS: dict[str, _Insert] = {}  # table name -> its insert (RowWrite.insert), made on first use


@dataclass
class _UndoStep:
    """The open transaction's undo step: its label, and its action id once a change made it exist."""

    label: str
    actor: str
    action_id: int | None = None


@contextmanager
def write(db: Database, label: str, *, undoable: bool = True) -> Iterator[Session]:
    """Run the body in one transaction; commit on success, roll everything back on any error."""
    session = db.writer()
    try:
        with _noting(), _worded_errors(db), session.begin():
            step = None
            if undoable:
                step = session.info[_UNDO_KEY] = _UndoStep(label[:300], db.who().user)
            yield session
            if step is not None:
                session.flush()  # the last ORM changes; the listener records them as they are written
                _settle(session.connection(), step, history_owner(db))
    finally:
        session.info.pop(_UNDO_KEY, None)
        session.close()


@dataclass
class RowWrite:
    """An open `write_rows` transaction: Core statements run on `conn`; `insert` records its rows for undo."""

    conn: Connection
    step: _UndoStep

    def insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        _insert_recorded(self.conn, self.step, table, rows)

    def relabel(self, label: str) -> None:
        _relabel(self.conn, self.step, label)


@contextmanager
def write_rows(db: Database, label: str) -> Iterator[RowWrite]:
    """`write` for the hottest path, logging an event: the same single transaction (the write lock taken at
    BEGIN on SQLite), the same undo step and the same refusals, without an ORM session (the cost of setting one
    up is a good part of a log). The body writes with Core statements and `RowWrite.insert`."""
    with _noting(), _worded_errors(db), db.writing_rows() as conn:
        step = _UndoStep(label[:300], db.who().user)
        yield RowWrite(conn, step)
        _settle(conn, step, history_owner(db))


def _noting() -> AbstractContextManager[object]:
    """What this transaction writes is noted for the views only if it commits (see services/changes.py)."""
    return changes.capture() if changes.collecting() is not None else nullcontext()


@contextmanager
def _worded_errors(db: Database) -> Iterator[None]:
    """A refused write, in words a teacher can read (the transaction is rolled back by then)."""
    try:
        yield
    except IntegrityError as exc:
        raise Conflict(f"That change clashes with what is stored ({_short(exc)}); nothing was saved.") from None
    except OperationalError as exc:
        if not db.is_sqlite:
            from autonomy.storage import connection

            if connection.lost(exc):
                raise lost_connection(connection.commit_outcome(db.engine, exc)) from None
        raise StorageError(_storage_message(exc, db)) from None
    except ProgrammingError as exc:
        # A shared server's own grants and row-level security refused it (README, "A shared server").
        if getattr(exc.orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
            raise NotAllowed("The server does not let you change that: it belongs to another teacher's classroom "
                             "or to the school. Nothing was saved.") from None
        raise


def lost_connection(saved: bool | None) -> ConnectionLost:
    """The connection to the server went away during a write; what became of it (storage/connection.py)."""
    if saved is None:
        return ConnectionLost("The connection to the server was lost while it was saving; it is not known whether "
                              "that was saved. Check before doing it again.", saved=None)
    if saved:
        return ConnectionLost("The connection to the server was lost just as it saved that; it was saved.",
                              saved=True)
    return ConnectionLost("The connection to the server was lost; nothing was saved. Autonomy reconnects by "
                          "itself: try again.", saved=False)


def history_owner(db: Database) -> str | None:
    """Whose undo list this is: on a shared server each user's own; an SQLite file has one list (its one user's,
    whatever their login name is today)."""
    return None if db.is_sqlite else db.who().user


def _settle(conn: Connection, step: _UndoStep, owner: str | None) -> None:
    """A write that changed nothing leaves no undo step (one that would do nothing) and keeps the redo stack."""
    if step.action_id is None:
        return
    noted = changes.collecting()
    if noted is not None:
        noted.table("actions")
    # A new action ends the redo stack (kept as 'discarded', not deleted).
    if owner is None:
        conn.execute(_END_REDO, execution_options=_WRITE_ONLY)
    else:
        conn.execute(_END_OWN_REDO, {"owner": owner}, execution_options=_WRITE_ONLY)


def _short(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0][:200]


def _storage_message(exc: Exception, db: Database | None = None) -> str:
    """A full disk, a damaged or read-only database in words (storage/failures.py); the data folder tells a full
    disk from other "disk I/O error"s."""
    from autonomy.storage.failures import explain

    folder = db.path.parent if db is not None and db.path is not None else None
    return explain(exc, folder) or f"The database refused the change ({_short(exc)}); nothing was saved."


def to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return (value.astimezone(dt.UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_json(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    return value


def snapshot(obj: Any, *, committed: bool = False) -> dict[str, Any]:
    """The row's column values as JSON-able data; `committed` gives the values before this flush."""
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        value = getattr(obj, key)
        if committed:
            history = state.attrs[key].history
            if history.deleted:
                value = history.deleted[0]
            elif history.unchanged:
                value = history.unchanged[0]
        values[attr.columns[0].name] = to_json(value)
    return values


def row_key(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {col.name: to_json(getattr(obj, state.mapper.get_property_by_column(col).key))
            for col in state.mapper.primary_key}


def _action_id(conn: Connection, step: _UndoStep) -> int:
    """The undo step's action row, written now if this is its first change."""
    if step.action_id is None:
        row = {"label": step.label, "at": utcnow(), "state": "done", "actor": step.actor}
        if _on_server(conn):
            conn.execute(_INSERT_ACTION, row, execution_options=_WRITE_ONLY)
            step.action_id = _ON_SERVER
            return step.action_id
        if conn.dialect.insert_returning:  # SQLite from 3.35
            key = conn.execute(_INSERT_ACTION_RETURNING, row).scalar_one()
        else:
            key = conn.execute(_INSERT_ACTION, row).lastrowid
        if key is None:
            raise StorageError("The database did not say which undo step it stored; nothing was saved.")
        step.action_id = int(key)
    return step.action_id


def _write_row_changes(conn: Connection, step: _UndoStep, records: list[dict[str, Any]]) -> None:
    """Row changes (table_name, row_key, before, after) for the open action, in the order given: one statement."""
    action_id = _action_id(conn, step)
    noted = changes.collecting()
    if noted is not None:
        noted.rows(records)
    statement = _INSERT_ROW_CHANGES
    if action_id == _ON_SERVER:
        statement = statement.values(action_id=_THIS_ACTION)
    else:
        for record in records:
            record["action_id"] = action_id
    conn.execute(statement, records, execution_options=_WRITE_ONLY)


def _on_server(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _insert_recorded(conn: Connection, step: _UndoStep, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert whole rows with one Core statement, recorded for undo exactly as the ORM listener records an
    insert (key, and every column as `after`). Every column must be given, defaults included: what is not
    given is not known here, and undo must be able to check and restore the row as it was written."""
    if not rows:
        return
    shape = _INSERTS.get(table.name)
    if shape is None:
        columns = tuple(table.c.keys())
        shape = _INSERTS[table.name] = _Insert(insert(table).inline(), columns,
                                               frozenset(columns), tuple(col.name for col in table.primary_key))
    statement, columns, every, keys = shape
    for row in rows:
        if row.keys() != every:
            missing, unknown = every - row.keys(), row.keys() - every
            raise ValueError(f"{table.name}: a recorded insert needs every column (missing {sorted(missing)}, "
                             f"unknown {sorted(unknown)})")
    conn.execute(statement, list(rows), execution_options=_WRITE_ONLY)
    _write_row_changes(conn, step, [
        {"table_name": table.name, "row_key": {k: to_json(row[k]) for k in keys}, "before": None,
         "after": {name: to_json(row[name]) for name in columns}}
        for row in rows
    ])


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, _flush_context: Any) -> None:
    step = session.info.get(_UNDO_KEY)
    noted = changes.collecting()
    if step is None:
        if noted is not None:  # not undoable (a setting, an undo itself), but the views must still hear of it
            _note_flushed(session, noted)
        return
    records: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, Action | RowChange):
            continue
        records.append({"table_name": obj.__tablename__, "row_key": row_key(obj), "before": None,
                        "after": snapshot(obj)})
    for obj in session.dirty:
        if isinstance(obj, Action | RowChange) or not session.is_modified(obj):
            continue
        records.append({"table_name": obj.__tablename__, "row_key": row_key(obj),
                        "before": snapshot(obj, committed=True), "after": snapshot(obj)})
    for obj in session.deleted:
        if isinstance(obj, Action | RowChange):
            continue
        records.append({"table_name": obj.__tablename__, "row_key": row_key(obj),
                        "before": snapshot(obj, committed=True), "after": None})
    if records:
        # Written now, inside the same transaction as the change itself.
        _write_row_changes(session.connection(), step, records)


def _note_flushed(session: Session, noted: changes.Collector) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Action | RowChange):
            noted.table(obj.__tablename__)
        elif obj in session.deleted or obj in session.new or session.is_modified(obj):
            noted.row(obj.__tablename__, row_key(obj), snapshot(obj))


# Tables whose rows name a student or a classroom: a bulk statement on one of them may touch anyone's.
_PEOPLE = frozenset({"students", "classrooms", "enrolments", "trust_events", "level_changes", "daily_choices",
                     "reflections", "reflection_events", "self_ratings", "suggestion_decisions",
                     "checkin_setups", "checkin_students"})
NOTED = "autonomy_noted"  # an execution option: the caller notes this statement's rows itself (undo, redo)


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: Any) -> None:
    """A Core INSERT, UPDATE or DELETE run through the session: the ORM listener above does not see its rows."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    noted = changes.collecting()
    if noted is None or state.execution_options.get(NOTED):
        return
    table = state.statement.table.name
    noted.table(table)
    if table in _PEOPLE:
        noted.everything = True


def relabel(session: Session, label: str) -> None:
    """Name the open action once its body knows what it did (e.g. the students' names). Before its first
    change the action is not written yet, and the label is simply the one it will be written with."""
    step = session.info.get(_UNDO_KEY)
    if step is not None:
        _relabel(session.connection(), step, label)


def _relabel(conn: Connection, step: _UndoStep, label: str) -> None:
    step.label = label[:300]
    if step.action_id == _ON_SERVER:
        conn.execute(_RELABEL_THIS, {"label": step.label}, execution_options=_WRITE_ONLY)
    elif step.action_id is not None:
        conn.execute(_RELABEL, {"action_id": step.action_id, "label": step.label}, execution_options=_WRITE_ONLY)
