"""One write = one transaction = (usually) one undoable action.

While a tracked transaction is open, every row the ORM inserts, updates or deletes is recorded with its
before and after values (`row_changes`), so undo and redo can put any change back exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Date, delete, event, inspect, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from autonomy.core.errors import Conflict, StorageError
from autonomy.storage.database import Database
from autonomy.storage.models import Action, RowChange
from autonomy.storage.types import UTCDateTime

_ACTION_KEY = "autonomy_action_id"


@contextmanager
def write(db: Database, label: str, *, undoable: bool = True) -> Iterator[Session]:
    """Run the body in one transaction; commit on success, roll everything back on any error."""
    session = db.writer()
    try:
        with session.begin():
            if undoable:
                action = Action(label=label[:300], actor=db.who().user)
                session.add(action)
                session.flush()
                session.info[_ACTION_KEY] = action.id
            yield session
            if undoable:
                _settle(session, action.id, history_owner(db))
    except IntegrityError as exc:
        raise Conflict(f"That change clashes with what is stored ({_short(exc)}); nothing was saved.") from None
    except OperationalError as exc:
        raise StorageError(_storage_message(exc)) from None
    finally:
        session.info.pop(_ACTION_KEY, None)
        session.close()


def history_owner(db: Database) -> str | None:
    """Whose undo list this is: on a shared server each user's own; an SQLite file has one list (its one user's,
    whatever their login name is today)."""
    return None if db.is_sqlite else db.who().user


def _settle(session: Session, action_id: int, owner: str | None) -> None:
    """A write that changed nothing leaves no undo step (one that would do nothing) and keeps the redo stack."""
    session.flush()
    session.flush()  # the row changes recorded while the last flush ran are written by this one
    if session.scalar(select(RowChange.id).where(RowChange.action_id == action_id).limit(1)) is None:
        session.execute(delete(Action).where(Action.id == action_id))
    else:
        # A new action ends the redo stack (kept as 'discarded', not deleted).
        redo = update(Action).where(Action.state == "undone")
        if owner is not None:
            redo = redo.where(Action.actor == owner)
        session.execute(redo.values(state="discarded"))


def _short(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).splitlines()[0][:200]


def _storage_message(exc: Exception) -> str:
    from autonomy.storage.failures import explain

    return explain(exc) or f"The database refused the change ({_short(exc)}); nothing was saved."


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


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, _flush_context: Any) -> None:
    action_id = session.info.get(_ACTION_KEY)
    if action_id is None:
        return
    records: list[RowChange] = []
    for obj in session.new:
        if isinstance(obj, Action | RowChange):
            continue
        records.append(RowChange(action_id=action_id, table_name=obj.__tablename__, row_key=row_key(obj),
                                 before=None, after=snapshot(obj)))
    for obj in session.dirty:
        if isinstance(obj, Action | RowChange) or not session.is_modified(obj):
            continue
        records.append(RowChange(action_id=action_id, table_name=obj.__tablename__, row_key=row_key(obj),
                                 before=snapshot(obj, committed=True), after=snapshot(obj)))
    for obj in session.deleted:
        if isinstance(obj, Action | RowChange):
            continue
        records.append(RowChange(action_id=action_id, table_name=obj.__tablename__, row_key=row_key(obj),
                                 before=snapshot(obj, committed=True), after=None))
    if records:
        # Written in the next flush (or at commit), inside the same transaction as the change itself.
        session.add_all(records)


def relabel(session: Session, label: str) -> None:
    """Name the open action once its body knows what it did (e.g. the students' names)."""
    action_id = session.info.get(_ACTION_KEY)
    if action_id is not None:
        session.execute(update(Action).where(Action.id == action_id).values(label=label[:300]))
