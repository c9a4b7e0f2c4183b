"""Undo and redo of the teacher's last actions, as a service: any view (or a script) can call it.

Undo puts every row an action touched back to its state before the action; redo puts it back after.
Before touching anything it checks each row is still as the action left it, so an undo never applies
twice (two windows, two processes) and never overwrites a change made since. On a server the action's row
is locked (SELECT … FOR UPDATE) before it is read, so two processes undoing at once queue on it and the second
finds it already undone; on SQLite the write lock taken at BEGIN IMMEDIATE does the same. On a server each
user undoes their own actions only, and only rows they may write (undo_rights.py: the journal is not trusted).
"""

from __future__ import annotations

import functools
import json
from collections import OrderedDict
from typing import Any

from sqlalchemy import Select, String, Table, and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from autonomy.core.errors import ChangedSince, Conflict, NothingToUndo
from autonomy.services import access
from autonomy.services.changes import collecting
from autonomy.services.contract import reads, writes
from autonomy.services.dto import ActionInfo
from autonomy.services.undo_rights import UndoRights
from autonomy.services.unit import NOTED, from_json, history_owner, to_json, write
from autonomy.storage.database import Database, Identity
from autonomy.storage.models import Action, Base, RowChange
from autonomy.storage.pipeline import DEFERRED, send_ahead

_WRITE_ONLY = {DEFERRED: True}  # a server waits for none of their answers (their errors come with the COMMIT)
_ORDER = {table.name: i for i, table in enumerate(Base.metadata.sorted_tables)}


class HistoryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @reads
    def can_undo(self) -> ActionInfo | None:
        with self._db.reading() as session:
            return _info(session.scalars(_next(undo=True, owner=history_owner(self._db))).first())

    @reads
    def can_redo(self) -> ActionInfo | None:
        with self._db.reading() as session:
            return _info(session.scalars(_next(undo=False, owner=history_owner(self._db))).first())

    @reads
    def state(self) -> tuple[ActionInfo | None, ActionInfo | None]:
        """What undo and what redo would take (`can_undo()`, `can_redo()`), in one statement: what the Edit menu
        reads after every change."""
        with self._db.reading() as session:
            found = list(session.scalars(*_state_query(history_owner(self._db))))
        return (_info(next((a for a in found if a.state == "done"), None)),
                _info(next((a for a in found if a.state == "undone"), None)))

    @reads
    def state_ahead(self) -> None:
        """Inside `Database.together`, send what `state()` will ask (storage/pipeline.py); otherwise nothing."""
        if self._db.reads_together:
            with self._db.reading_rows() as conn:
                send_ahead(conn, [_state_query(history_owner(self._db))])  # (a statement and its parameters)

    @reads
    def recent(self, limit: int = 20) -> list[ActionInfo]:
        owner = history_owner(self._db)
        with self._db.reading() as session:
            query = select(Action).order_by(Action.id.desc()).limit(limit)
            if owner is not None:
                query = query.where(Action.actor == owner)
            rows = session.scalars(query)
            return [ActionInfo(a.id, a.label, a.at, a.state) for a in rows]

    @writes
    def undo(self, expected: int | None = None) -> ActionInfo:
        """Undo the latest action. `expected` is the action id the caller showed the teacher ("Undo Logged …"):
        if another window undid or did something since, nothing happens and Conflict says so."""
        return self._step(undo=True, expected=expected)

    @writes
    def redo(self, expected: int | None = None) -> ActionInfo:
        return self._step(undo=False, expected=expected)

    def _step(self, *, undo: bool, expected: int | None) -> ActionInfo:
        verb = "undo" if undo else "redo"
        access.require_write(self._db.who())  # a coach changes nothing, not even back
        try:
            with write(self._db, verb, undoable=False) as session:
                action = _locked_next(session, undo=undo, owner=history_owner(self._db))
                if action is None:
                    raise NothingToUndo(f"There is nothing to {verb}.", code=f"nothing_to_{verb}")
                if expected is not None and action.id != expected:
                    raise Conflict(f"The {verb} list changed in another window; nothing was changed. Try again.",
                                   code=f"{verb}_list_changed")
                _apply(session, action, self._db.who(), undo=undo)
                # Core, not the ORM's flush (which waits for its row count): on a server the rows put back and
                # this go out with the COMMIT (storage/pipeline.py).
                state = "undone" if undo else "done"
                session.execute(update(Action).where(Action.id == action.id).values(state=state)
                                .execution_options(**_WRITE_ONLY))
                return ActionInfo(action.id, action.label, action.at, state)
        except _Stale as stale:
            # The rows were changed since by something undo does not cover (an import, another program).
            # Take the action off the list, so the teacher can still undo what came before it.
            with write(self._db, "", undoable=False) as session:
                session.execute(update(Action).where(Action.id == stale.action_id).values(state="discarded"))
            raise stale.error from None


class _Stale(Exception):
    def __init__(self, action_id: int, error: ChangedSince) -> None:
        super().__init__(str(error))
        self.action_id = action_id
        self.error = error


def _info(action: Action | None) -> ActionInfo | None:
    return None if action is None else ActionInfo(action.id, action.label, action.at, action.state)


def _next(*, undo: bool, owner: str | None) -> Select[Action]:
    """The action undo (the latest done) or redo (the earliest undone) would take."""
    if undo:
        query = select(Action).where(Action.state == "done").order_by(Action.id.desc())
    else:
        query = select(Action).where(Action.state == "undone").order_by(Action.id)
    if owner is not None:
        query = query.where(Action.actor == owner)
    return query.limit(1)


def _locked_next(session: Session, *, undo: bool, owner: str | None) -> Action | None:
    """The next action, locked until this transaction ends: found and locked in one statement. Waiting for
    another process's lock can make the row drop out of the query (it was undone meanwhile: PostgreSQL then gives
    no row rather than the next one), so an empty answer is asked again without the lock, and a candidate found
    means trying again; each time sees the latest commits (PostgreSQL's READ COMMITTED). Every miss means another
    process finished a step, so this ends."""
    wanted = "done" if undo else "undone"
    while True:
        action = session.scalars(
            _next(undo=undo, owner=owner).with_for_update().execution_options(populate_existing=True)).first()
        if action is not None:
            if action.state == wanted:
                return action
        elif session.execute(_next(undo=undo, owner=owner).with_only_columns(Action.id)).scalar() is None:
            return None


def _apply(session: Session, action: Action, who: Identity, *, undo: bool) -> None:
    rights = UndoRights(session, who, action.id, action.actor, "undo" if undo else "redo")
    changes = session.scalars(select(RowChange).where(RowChange.action_id == action.id).order_by(RowChange.id))
    # One entry per row: the state it must be in now, and the state to put it in.
    rows: OrderedDict[tuple[str, str], tuple[Table, dict, dict | None, dict | None]] = OrderedDict()
    for change in changes:
        # Checked, not skipped: a row change naming another table was not written by this app.
        table = rights.check_shape(change.table_name, change.row_key, (change.before, change.after))
        ident = (change.table_name, json.dumps(change.row_key, sort_keys=True))
        if ident in rows:
            _, key, first_before, _last_after = rows[ident]
            rows[ident] = (table, key, first_before, change.after)
        else:
            rows[ident] = (table, change.row_key, change.before, change.after)
    plan = []
    for table, key, before, after in rows.values():
        expected, target = (after, before) if undo else (before, after)
        plan.append((table, key, target, _current(session, table, key), expected))
    rights.before((table.name, current) for table, _key, _target, current, _expected in plan)
    for _table, _key, _target, current, expected in plan:
        if not _same(current, expected):
            raise _Stale(action.id, ChangedSince(action.label, undo))
    noted = collecting()  # the views hear of exactly the rows this step puts back
    if noted is not None:
        for table, key, target, current, _expected in plan:
            noted.row(table.name, key, target, current)
    # Remove rows children first, then write rows parents first, so foreign keys hold at every step.
    for table, key, target, current, _expected in sorted(plan, key=lambda p: -_ORDER[p[0].name]):
        if target is None and current is not None:
            session.execute(delete(table).where(_where(table, key)).execution_options(**{NOTED: True}, **_WRITE_ONLY))
    for table, key, target, current, _expected in sorted(plan, key=lambda p: _ORDER[p[0].name]):
        if target is None:
            continue
        try:
            values = {name: from_json(table.c[name], value) for name, value in target.items()}
        except (TypeError, ValueError):
            rights.refuse(f"a row of {table.name} holds values that table cannot take")
        if current is None:
            session.execute(insert(table).values(**values).inline().execution_options(**{NOTED: True}, **_WRITE_ONLY))
        else:
            session.execute(update(table).where(_where(table, key)).values(**values)
                            .execution_options(**{NOTED: True}, **_WRITE_ONLY))
    created = {str(key["id"]) for table, key, target, current, _expected in plan
               if table.name == "students" and current is None and target is not None}
    rights.after(((table.name, None if target is None else {**(current or {}), **target})
                  for table, _key, target, current, _expected in plan), created)


def _where(table: Table, key: dict[str, Any]) -> Any:
    return and_(*(table.c[name] == from_json(table.c[name], value) for name, value in key.items()))


def _current(session: Session, table: Table, key: dict[str, Any]) -> dict[str, Any] | None:
    row = session.execute(select(table).where(_where(table, key)).with_for_update()).mappings().first()
    return None if row is None else {name: to_json(value) for name, value in row.items()}


def _same(current: dict[str, Any] | None, expected: dict[str, Any] | None) -> bool:
    if current is None or expected is None:
        return current is None and expected is None
    return all(current.get(name) == value for name, value in expected.items())


def _state_query(owner: str | None) -> tuple[Select[Any], dict[str, Any]]:
    """The newest step undo would take and the oldest redo would (one statement and its parameters; `owner`: whose
    list). The statement is built once: it is on the way to the repaint after every change."""
    return _state_statement(owner is not None), {"owner": owner}


@functools.cache
def _state_statement(by_owner: bool) -> Select[Any]:
    done, undone = (select(func.max(Action.id)).where(Action.state == "done"),
                    select(func.min(Action.id)).where(Action.state == "undone"))
    if by_owner:
        owner = bindparam("owner", type_=String)
        done, undone = done.where(Action.actor == owner), undone.where(Action.actor == owner)
    return select(Action).where(or_(Action.id == done.scalar_subquery(), Action.id == undone.scalar_subquery()))
