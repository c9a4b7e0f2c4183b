"""Round trips to a school's PostgreSQL server: its transactions run in psycopg's pipeline mode (issue 20).

A teacher on the building's Wi-Fi is 5–30 ms from the server, and every answer the app waits for costs one such
round trip: a log of one student used to wait for ~15 of them (a ping, BEGIN, each statement, COMMIT). Here each
server connection stays in pipeline mode for its whole life, with psycopg's own transaction handling off
(autocommit) and the dialect's begin, commit and rollback replaced:

- BEGIN is queued, not waited for: it goes out with the transaction's first statement.
- A statement is waited for (a pipeline sync) right after it is sent, as without a pipeline, unless it carries
  the execution option `DEFERRED`: a write whose answer nobody reads (no RETURNING, no row count). Those go out
  together with the next statement that is waited for, or with the COMMIT: a log's inserts, its undo record and
  the end of the redo list cost no round trip of their own.
- A read (`Database.reading`, `reading_rows`: marked by `reads_only`) ends without waiting: its COMMIT is queued
  and its answer collected with the connection's next exchange (a read has nothing to commit that could fail).
- The connection is pinged (a bare sync) when it comes out of the pool only after it has been idle for
  `IDLE_PING_S`, instead of on every checkout: a teacher logging student after student pays no ping, and a
  connection the server dropped during a pause is still noticed and replaced before it is used; one lost while
  the teacher is busy is found out by the next statement, which is refused (SQLAlchemy then replaces the pool).
- A script of several commands (the roles and policies, `;` between them) runs outside the pipeline, which sends
  everything as prepared statements, in the same transaction.

Why a pipeline rather than one server-side function or hand-written multi-statement batches: the statements stay
SQLAlchemy's own (the same Core and ORM statements as on SQLite, their types converting values both ways), they
run as the teacher on the teacher's own connection, so the server's row-level security (storage/roles.py) judges
every one of them as before, and no schema change is needed. An error of a deferred statement (a row the row
security refuses, a clash) comes back with the next sync, as the SQLAlchemy error of the statement that waited or
of the COMMIT, and the whole transaction is rolled back: nothing is half-written.

What a deferred statement must not do: return rows or have its row count read (the ORM's UPDATEs check theirs,
so only Core statements are deferred).

Reads sent ahead (`send_ahead`): a read model that runs a dozen SELECTs one after another (a student's panel, the
suggestion badge, the coach screen) names, at the start of its transaction, the statements it will run whose
parameters it already knows. They are sent at once, unanswered; the next statement that waits brings all their
answers back in the same round trip, and when the code then runs each of them, as it would anyway, SQLAlchemy is
handed the answer already there instead of asking the server again (the dialect's `do_execute` event, matched on
the SQL and its parameters). The code stays the plain sequence of queries it is on SQLite, where nothing is sent
ahead; a statement sent ahead and never run is dropped with its transaction, and one sent ahead twice before it
runs goes out once.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Engine, Executable, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session

DEFERRED = "autonomy_deferred"  # execution option: this statement's answer is not waited for
AHEAD = "autonomy_ahead"  # execution option: send this read now, its answer is taken when it runs (send_ahead)
WRITES = "autonomy_writes"  # execution option of a writing transaction: its id is asked for (storage/connection.py)
IDLE_PING_S = 10.0

_PIPELINE, _ENTERED, _OUT = "pipeline", "entered", "out_of_pipeline"
_OPEN, _READ, _RETURNED = "in_transaction", "reads_only", "returned_at"
_WRITING, _XID, _BACKEND = "writing", "transaction_id", "backend_pid"
_SENT = "sent_ahead"  # (SQL, parameters) -> the cursors their answers come to, oldest first
_STATE = "_autonomy_pipelined"  # an attribute of the psycopg connection: its state here


def _info(fairy: Any) -> dict[str, Any]:
    """This connection's state (empty for a connection not opened by this engine)."""
    return getattr(fairy.driver_connection, _STATE, None) or {}


def install(engine: Engine) -> None:
    """Run this PostgreSQL (psycopg) engine's transactions in pipeline mode, as the module says."""
    dialect = engine.dialect
    plain_rollback = dialect.do_rollback

    def do_begin(fairy: Any) -> None:
        info = _info(fairy)
        if _joined(fairy) is None:  # (not a connection of ours: as psycopg would do it)
            return
        _queue(fairy, "BEGIN")
        info[_OPEN], info[_READ] = True, False
        if info.pop(_WRITING, False):
            # The transaction's id, answered with its first statement (no round trip of its own): if the connection
            # is lost while the COMMIT is on its way, the server can still say how it ended (storage/connection.py).
            info[_XID] = fairy.driver_connection.cursor()
            info[_XID].execute("SELECT txid_current()")

    def do_commit(fairy: Any) -> None:
        info = _info(fairy)
        pipeline = _joined(fairy)
        if pipeline is None:
            fairy.driver_connection.commit()
            return
        if not info.get(_OPEN):
            return
        info.pop(_SENT, None)  # (answers sent ahead for statements that never ran: nobody reads them)
        _queue(fairy, "COMMIT")
        asked = info.pop(_XID, None)
        if not info.pop(_READ, False):
            try:
                pipeline.sync()  # the deferred statements' errors come back here (SQLAlchemy wraps them, rolls back)
            except Exception as exc:
                if fairy.driver_connection.broken or fairy.driver_connection.closed:
                    _in_doubt(exc, fairy.driver_connection, asked)
                raise
        info[_OPEN] = False

    def do_rollback(fairy: Any) -> None:
        info = _info(fairy)
        pipeline = _joined(fairy)
        if pipeline is None:
            plain_rollback(fairy)
            return
        if not info.get(_OPEN):
            return  # (the pool's reset of a connection whose transaction ended: nothing to send)
        info[_OPEN] = False
        info.pop(_SENT, None)
        if fairy.driver_connection.broken or fairy.driver_connection.closed:
            return  # (lost: the server rolls back what the connection left open)
        with contextlib.suppress(Exception):  # out of an aborted pipeline: the error that aborted it is reported
            pipeline.sync()
        if _in_transaction(fairy):
            _queue(fairy, "ROLLBACK")
            pipeline.sync()

    setattr(dialect, "do_begin", do_begin)  # noqa: B010 - this engine's dialect only
    setattr(dialect, "do_commit", do_commit)  # noqa: B010
    setattr(dialect, "do_rollback", do_rollback)  # noqa: B010

    @event.listens_for(engine, "begin")
    def _beginning(conn: Any) -> None:  # (before do_begin: SQLAlchemy's begin event comes first)
        state = getattr(conn.connection.driver_connection, _STATE, None)
        if state is not None:
            state[_WRITING] = bool(conn.get_execution_options().get(WRITES))

    @event.listens_for(engine, "connect")
    def _connected(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.autocommit = True  # BEGIN and COMMIT are ours (above)
        # (its server process is kept while the connection works: a lost one can no longer tell it)
        setattr(dbapi_connection, _STATE, {_RETURNED: time.monotonic(), _OUT: True,
                                           _BACKEND: dbapi_connection.info.backend_pid})
        _join(dbapi_connection)  # for the connection's life (but for scripts: `_before`)

    @event.listens_for(engine, "close")
    def _closing(dbapi_connection: Any, _record: Any) -> None:
        state = getattr(dbapi_connection, _STATE, None)
        if state is not None:
            with contextlib.suppress(Exception):  # out of pipeline mode before it closes (psycopg warns otherwise)
                _leave(dbapi_connection)

    @event.listens_for(engine, "checkin")
    def _returned(dbapi_connection: Any, _record: Any) -> None:
        state = getattr(dbapi_connection, _STATE, None)
        if state is not None:
            state[_RETURNED] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        state = getattr(dbapi_connection, _STATE, None)
        if state is None:
            return
        pipeline = _join(dbapi_connection)
        if not dbapi_connection.autocommit:  # (SQLAlchemy's reset of an isolation level a caller had set)
            dbapi_connection.autocommit = True
        if time.monotonic() - state.get(_RETURNED, 0.0) < IDLE_PING_S:
            return
        try:
            pipeline.sync()  # a bare sync: the server answers it, or the connection is gone
        except Exception as exc:
            raise DisconnectionError(str(exc)) from exc

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                _executemany: bool) -> None:
        raw = conn.connection.driver_connection
        if getattr(raw, _STATE, None) is None:
            return
        # A script (several commands, such as the roles and policies) cannot run in pipeline mode, which sends
        # everything as prepared statements: it runs outside, in the same transaction. Any command list has a
        # ";" between its commands (one inside a literal only costs a round trip).
        if not parameters and ";" in statement.strip().rstrip(";"):
            _leave(raw)
        else:
            _join(raw)

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn: Any, _cursor: Any, _statement: Any, _parameters: Any, context: Any,
               _executemany: bool) -> None:
        fairy = conn.connection
        info = _info(fairy)
        if info.get(_OUT, True):
            return  # (not ours, or a script: answered already)
        pipeline = info[_PIPELINE]
        if context is not None and (context.execution_options.get(DEFERRED) or context.execution_options.get(AHEAD)
                                    or getattr(context.cursor, "pgresult", None) is not None):
            return  # (not waited for, or sent ahead and answered already)
        pipeline.sync()  # its answer (rows, row count, or its error, raised here for SQLAlchemy to wrap)

    @event.listens_for(engine, "do_execute")
    def _execute(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        raw = context.root_connection.connection.driver_connection
        info = getattr(raw, _STATE, None)
        if info is None or info.get(_OUT, True) or not info.get(_OPEN):
            return False  # (SQLAlchemy runs it as always)
        key = (statement, _frozen(parameters))
        if context.execution_options.get(AHEAD):
            if info.get(_SENT, {}).get(key):
                return True  # sent ahead already by another read of the batch, not run yet: its answer serves
            ahead = raw.cursor()
            ahead.execute(statement, parameters)  # queued in the pipeline: answered with the next sync
            info.setdefault(_SENT, {}).setdefault(key, []).append(ahead)
            return True  # (SQLAlchemy's own cursor ran nothing: that result is thrown away)
        waiting = info.get(_SENT, {}).get(key)
        if not waiting:
            return False
        context.cursor = waiting.pop(0)  # SQLAlchemy reads the rows from the cursor the answer came to
        cursor.close()
        return True


def reads_only(conn: Connection) -> None:
    """This open transaction only reads: its COMMIT need not be waited for (nothing on SQLite)."""
    state = getattr(conn.connection.driver_connection, _STATE, None)
    if state is not None and state.get(_OPEN):
        state[_READ] = True


def send_ahead(reader: Session | Connection,
               statements: Iterable[Executable | tuple[Executable, Mapping[str, Any]]]) -> None:
    """Send these reads of the open transaction now, without waiting for their answers (the module says how they
    are used); nothing on SQLite, or outside pipeline mode. Each (a statement, or a statement and its parameters)
    must later run exactly as given, with the same parameters, in the same transaction, and be a SELECT (its
    answer is read once). One sent again before it has run is not sent twice: reads that share a transaction
    send what they will ask without knowing what the others sent, and what is asked twice is remembered
    (services/reuse.py), not run twice."""
    conn = reader.connection() if isinstance(reader, Session) else reader
    info = getattr(conn.connection.driver_connection, _STATE, None)
    if info is None or info.get(_OUT, True) or not info.get(_OPEN):
        return
    for each in statements:
        statement, parameters = each if isinstance(each, tuple) else (each, None)
        conn.execute(statement, parameters, execution_options={AHEAD: True}).close()


def _frozen(parameters: Any) -> Any:
    """A statement's parameters as a key (a dict, or a sequence: as the driver is given them)."""
    if isinstance(parameters, dict):
        return tuple(sorted((name, repr(value)) for name, value in parameters.items()))
    return repr(parameters)


def _join(raw: Any) -> Any:
    """The connection's pipeline, entered again if a script left it."""
    state = getattr(raw, _STATE)
    if state[_OUT]:
        entered = raw.pipeline()
        # (`entered` is kept: a context manager nobody holds would leave pipeline mode when it is collected)
        state[_PIPELINE], state[_ENTERED], state[_OUT] = entered.__enter__(), entered, False
    return state[_PIPELINE]


def _joined(fairy: Any) -> Any:
    """The pipeline of a connection of ours (entered again if need be), None for another."""
    raw = fairy.driver_connection
    return None if getattr(raw, _STATE, None) is None else _join(raw)


def _leave(raw: Any) -> None:
    """Out of pipeline mode (what was sent is answered first)."""
    state = getattr(raw, _STATE)
    if not state[_OUT]:
        state[_OUT] = True
        state.pop(_ENTERED).__exit__(None, None, None)


def _in_doubt(exc: BaseException, raw: Any, asked: Any) -> None:
    """Mark the error of a COMMIT whose answer never came: with the transaction's id if it had come back, and the
    server process that ran it (storage/connection.py asks the server about them)."""
    from autonomy.storage.connection import BACKEND, COMMIT_SENT, TRANSACTION

    setattr(exc, COMMIT_SENT, True)
    setattr(exc, BACKEND, (getattr(raw, _STATE, None) or {}).get(_BACKEND, 0))
    with contextlib.suppress(Exception):
        if asked is not None and asked.pgresult is not None:
            setattr(exc, TRANSACTION, int(asked.fetchone()[0]))


def _queue(fairy: Any, sql: str) -> None:
    cursor = fairy.driver_connection.cursor()
    cursor.execute(sql)
    cursor.close()


def _in_transaction(fairy: Any) -> bool:
    from psycopg.pq import TransactionStatus

    return fairy.driver_connection.pgconn.transaction_status != TransactionStatus.IDLE
