"""The network as it is (issue 20): a connection lost in the middle of a log, a server that answers slowly or not at
all, a server that restarts — through the proxy of tests/network.py. What the teacher is told matches what the
server kept; nothing waits without a bound."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from autonomy.app import open_services
from autonomy.core.errors import ConnectionLost, StorageError
from autonomy.services import Services
from tests.network import Proxy, at_next_commit
from tests.servers import TestServer

DEADLINE_S = 20  # any one wait of these tests


class Link:
    """The test's database, a class of three, and the services opened through a proxy."""

    def __init__(self, pg: TestServer, db: Any, query: str = "") -> None:
        self.db = db
        seed = Services.over(db)
        classroom = seed.roster.create_classroom("7B", "Science", "2026-27")
        self.students = [seed.roster.add_student(classroom.id, name).id for name in ("Amira", "Ben", "Chloé")]
        self.category = next(c.key for c in seed.events.categories() if c.kind == "build")
        self.proxy = Proxy(pg.url.host or "127.0.0.1", pg.url.port or 5432, delay_ms=0).start()
        self.services = open_services(database_url=self.proxy.url_for(db.url) + query)

    def log(self, who: int = 0) -> Any:
        return self.services.events.log([self.students[who]], "build", self.category)

    def kept(self, who: int = 0) -> int:
        """Events of this student on the server, asked directly (not through the proxy)."""
        with self.db.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM trust_events WHERE student_id = :s"),
                                    {"s": self.students[who]}).scalar_one())

    def at_commit(self, do: Callable[[], None]) -> None:
        at_next_commit(self.services.db.engine, do)

    def close(self) -> None:
        self.services.db.close()
        self.proxy.close()


@pytest.fixture
def link(pg: TestServer, db) -> Iterator[Callable[..., Link]]:
    made: list[Link] = []

    def make(query: str = "") -> Link:
        made.append(Link(pg, db, query))
        return made[-1]

    yield make
    for one in made:
        one.close()


def when(condition: Callable[[], bool]) -> None:
    """Wait until `condition` holds (polled; failing the test after DEADLINE_S)."""
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_the_connection_lost_before_the_commit_went_out_keeps_nothing_and_says_nothing_was_saved(link) -> None:
    one = link()
    one.log()  # (a connection in the pool, warm)
    one.at_commit(one.proxy.drop)
    with pytest.raises(ConnectionLost, match="nothing was saved") as refused:
        one.log()
    assert refused.value.saved is False
    assert one.kept() == 1
    one.log()  # a new connection, by itself
    assert one.kept() == 2


def test_a_commit_whose_answer_never_came_is_settled_by_asking_the_server(link) -> None:
    """The COMMIT reached the server, which kept the log; its answer was lost with the connection. The app asks the
    server how that transaction ended, and says it was saved (a retry would have logged it twice)."""
    one = link()
    one.log()

    def answer_lost() -> None:
        one.proxy.mute()  # the COMMIT goes through; its answer is held ...
        threading.Thread(target=lambda: (when(lambda: one.kept() == 2), one.proxy.drop()), daemon=True).start()

    one.at_commit(answer_lost)
    with pytest.raises(ConnectionLost, match="it was saved") as told:
        one.log()
    assert told.value.saved is True
    assert one.kept() == 2


def test_a_commit_in_doubt_that_the_server_cannot_settle_is_not_known_to_be_saved(link) -> None:
    one = link()
    one.log()

    def answer_lost_and_server_gone() -> None:
        one.proxy.mute()
        def cut() -> None:
            when(lambda: one.kept() == 2)
            one.proxy.refuse()  # nobody can ask the server now
            one.proxy.drop()
        threading.Thread(target=cut, daemon=True).start()

    one.at_commit(answer_lost_and_server_gone)
    with pytest.raises(ConnectionLost, match="not known whether") as told:
        one.log()
    assert told.value.saved is None
    one.proxy.admit()
    one.log(1)
    assert (one.kept(), one.kept(1)) == (2, 1)


def test_a_server_that_restarts_ends_the_connection_in_words_and_the_next_log_reconnects(link, pg) -> None:
    """A restart as the app sees it: the server ends its connections ("terminating connection due to administrator
    command"), refuses new ones while it is down, then accepts them again."""
    one = link()
    one.log()
    with pg.admin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": one.db.engine.url.database})
    one.db.engine.dispose()  # (the test's own connections, ended too)
    one.proxy.refuse()
    with pytest.raises(ConnectionLost, match="nothing was saved"):
        one.log()
    with pytest.raises(ConnectionLost, match="nothing was saved"):  # still down: no connection is made
        one.log()
    one.proxy.admit()
    one.log()
    assert one.kept() == 2


def test_a_statement_stuck_behind_a_lock_is_cancelled_by_the_statement_timeout_and_nothing_is_kept(link) -> None:
    one = link("?options=-c%20statement_timeout%3D300")
    one.log()
    with one.db.engine.connect() as blocker:
        blocker.execute(text("LOCK TABLE trust_events IN ACCESS EXCLUSIVE MODE"))
        started = time.monotonic()
        with pytest.raises(StorageError, match="statement timeout") as refused:
            one.log()
        assert time.monotonic() - started < DEADLINE_S
        assert not isinstance(refused.value, ConnectionLost)  # the connection is fine: the server refused it
        blocker.rollback()
    assert one.kept() == 1
    one.log()
    assert one.kept() == 2


def test_every_wait_on_the_server_is_bounded_by_default(link) -> None:
    one = link()
    with one.services.db.engine.connect() as conn:
        settings = dict(conn.execute(text(
            "SELECT name, setting FROM pg_settings WHERE name IN "
            "('statement_timeout', 'idle_in_transaction_session_timeout')")).all())
        assert settings == {"statement_timeout": "30000", "idle_in_transaction_session_timeout": "60000"}
        parameters = conn.connection.driver_connection.info.get_parameters()
    assert parameters["connect_timeout"] == "10" and parameters["tcp_user_timeout"] == "20000"
    assert parameters["keepalives"] == "1"


def test_a_server_that_does_not_answer_at_all_is_given_up_after_the_connect_timeout(link) -> None:
    one = link("?connect_timeout=1")
    one.services.db.engine.dispose()  # (no connection kept: the next one is made now)
    one.proxy.stall()
    started = time.monotonic()
    with pytest.raises(ConnectionLost, match="nothing was changed"):
        one.log()
    assert time.monotonic() - started < DEADLINE_S
    one.proxy.resume()
    one.log()
    assert one.kept() == 1
