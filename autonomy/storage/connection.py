"""A school's server over the network as it is (issue 20): how long anything may take, and what a lost connection
means for the change that was under way.

Every wait is bounded, so the app never hangs on a network that went away (each value can be given in the
`--database-url`'s query instead, e.g. `?connect_timeout=5&options=-c%20statement_timeout%3D60000`):

- `connect_timeout` 10 s: a server not reached in 10 s is down or unreachable (a Wi-Fi that re-associates takes a
  few seconds); the teacher hears so instead of waiting.
- TCP keepalives after 10 s idle, every 5 s, 3 misses: a server that vanished while the app waited for an answer is
  noticed within ~25 s; and `tcp_user_timeout` 20 s: data the server has not acknowledged for 20 s (a COMMIT sent
  into a dead network) ends the connection instead of the kernel's ~15 minutes of retries.
- `statement_timeout` 30 s on the server: the app's statements take milliseconds (a file import or a migration of a
  school's data well under a second); one that runs 30 s is stuck behind a lock or a runaway plan, and is cancelled
  (rolled back) rather than holding the teacher's window.
- `idle_in_transaction_session_timeout` 60 s: a transaction left open by a client that vanished releases its locks
  for everyone else.

A change whose connection is lost before its COMMIT went out was not saved: the server rolls back what a lost
connection left open. One lost while the COMMIT was on its way is in doubt, and is settled by asking the server
(on a new connection) how that transaction ended: its id is queued with the transaction's BEGIN
(storage/pipeline.py), answered with its first statement at no extra round trip; once the old connection's server
process is gone, `txid_status` says committed or aborted. Only if the server cannot tell (unreachable, or the old
process still waiting for the lost network) is the change "not known to be saved".
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

CONNECT_TIMEOUT_S = 10
STATEMENT_TIMEOUT_MS = 30_000
IDLE_IN_TRANSACTION_MS = 60_000
TCP_USER_TIMEOUT_MS = 20_000
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
LOST = "The connection to the server was lost; nothing was changed. Autonomy reconnects by itself: try again."
SETTLE_S = 2.0  # how long to wait for the old server process to finish before calling a COMMIT in doubt

# Attributes of a driver error raised by a COMMIT whose answer never came (storage/pipeline.py sets them).
COMMIT_SENT, TRANSACTION, BACKEND = "autonomy_commit_sent", "autonomy_transaction", "autonomy_backend"

_DISCONNECTED_STATES = ("57P01", "57P02", "57P03")  # the server shut down or restarted under the connection


def server_connect_args(url: URL) -> dict[str, Any]:
    """psycopg's connection settings (see the module), except those the URL gives itself."""
    wanted: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
                              **KEEPALIVES,
                              "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
                                         f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"}
    return {key: value for key, value in wanted.items() if key not in url.query}


def lost(exc: BaseException) -> bool:
    """Whether this error is the server's connection going away (or not being made), not a refusal."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    try:
        import psycopg
    except ImportError:  # (SQLite only: no server to lose)
        return False
    orig = exc.orig
    if not isinstance(orig, psycopg.OperationalError):
        return False
    state = orig.sqlstate
    # A client-side failure (no connection, or it broke) has no SQLSTATE; the server's own errors have one (a
    # statement cancelled by statement_timeout, 57014, is a refusal: its transaction was rolled back).
    return state is None or state.startswith("08") or state in _DISCONNECTED_STATES


def commit_outcome(engine: Engine, exc: BaseException) -> bool | None:
    """For a lost connection: False if the change certainly was not saved, True if the server committed it, None if
    that cannot be known (see the module)."""
    orig = getattr(exc, "orig", exc)
    if not getattr(orig, COMMIT_SENT, False):
        return False
    transaction = getattr(orig, TRANSACTION, None)
    if transaction is None:
        return None
    deadline = time.monotonic() + SETTLE_S
    try:
        with engine.connect() as conn:
            while True:
                status, running = conn.execute(text(
                    "SELECT txid_status(:xid), EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = :pid)"),
                    {"xid": transaction, "pid": getattr(orig, BACKEND, 0)}).one()
                conn.rollback()
                if status == "committed":
                    return True
                if status == "aborted":
                    return False
                if not running or time.monotonic() >= deadline:  # (gone and still unknown: a server that crashed)
                    return None
                time.sleep(0.05)  # the old server process is still finishing the lost connection's work
    except DBAPIError:
        return None  # the server cannot be asked now
