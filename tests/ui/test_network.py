"""The window on a school's network as it is (issue 20): a slow answer shows progress, a lost connection never shows
as saved what was not, the log dialog keeps what was typed, and the app reconnects by itself and says so.

The lane's own rules run anywhere; the window through the proxy of tests/network.py needs a server (--database)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from autonomy.core.errors import ConnectionLost
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import BACK, LOST, RECONNECTED, Lane, connection_lost
from autonomy.ui.app.window import MainWindow
from tests.network import at_next_commit

WAIT_MS = 15000  # any one wait of these tests


def closed(dialog: Any) -> bool:
    """The log dialog closed (saved): it deletes itself when it closes."""
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def failing_once(error: BaseException, then: Any = "done") -> Callable[[], Any]:
    calls: list[int] = []

    def job() -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise error
        return then

    job.calls = calls  # type: ignore[attr-defined]
    return job


def test_a_job_whose_connection_was_lost_before_anything_was_saved_runs_again_and_says_reconnected(qtbot) -> None:
    lane = Lane(threaded=False)
    said: list[str] = []
    lane.connection_changed.connect(said.append)
    got: list[Any] = []
    job = failing_once(ConnectionLost("lost", saved=False))
    lane.write(job, got.append)
    assert got == ["done"] and len(job.calls) == 2  # type: ignore[attr-defined]
    assert said == [RECONNECTED] and lane.reachable


def test_a_change_that_may_have_been_saved_is_never_run_again_and_the_lane_says_lost_then_back(qtbot,
                                                                                            lane_failures) -> None:
    lane = Lane(threaded=False)
    said: list[str] = []
    lane.connection_changed.connect(said.append)
    refused: list[BaseException] = []
    job = failing_once(ConnectionLost("in doubt", saved=None))
    lane.write(job, None, refused.append)
    assert len(job.calls) == 1 and [e.saved for e in refused] == [None]  # type: ignore[attr-defined]
    assert said == [LOST] and not lane.reachable
    lane.run(lambda: "read", None)
    assert said == [LOST, BACK] and lane.reachable


@pytest.fixture
def threaded_lane(qtbot) -> Iterator[Lane]:
    lane = Lane()  # a real worker thread, as in the app
    yield lane
    lane.shutdown()


def test_a_job_that_takes_over_two_seconds_shows_waiting_and_the_window_stays_responsive(
        qtbot, services, settings, classroom, students, threaded_lane) -> None:
    lane = threaded_lane
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.attach(Backend.over(services, lane))
    window.show()
    qtbot.waitUntil(lambda: lane.idle, timeout=WAIT_MS)
    watch = window.connection
    release = threading.Event()
    started = time.monotonic()
    lane.run(lambda: release.wait(WAIT_MS / 1000))
    assert not watch.waiting.isVisible()
    ticks: list[int] = []
    window.statusBar().messageChanged.connect(lambda _text: ticks.append(1))
    qtbot.waitUntil(watch.waiting.isVisible, timeout=WAIT_MS)
    assert time.monotonic() - started >= 1.9  # not before two seconds
    wording = "Waiting for the database…" if services.db.is_sqlite else "Waiting for the server…"
    assert watch.spinner.isVisible() and watch.waiting.text() == wording
    window.statusBar().showMessage("the GUI thread answers")  # (while the lane is still busy)
    assert ticks and not lane.idle
    release.set()
    qtbot.waitUntil(lambda: not watch.waiting.isVisible(), timeout=WAIT_MS)
    assert not watch.spinner.isVisible()


# --- through the proxy, on a server ----------------------------------------------------------------------------
class Through:
    """The window over services opened through a proxy (no delay), with a real lane thread."""

    def __init__(self, qtbot: Any, pg: Any, db: Any, settings: Any) -> None:
        from autonomy.app import open_services
        from autonomy.services import Services
        from tests.network import Proxy

        self.qtbot, self.db = qtbot, db
        seed = Services.over(db)
        classroom = seed.roster.create_classroom("7B", "Science", "2026-27")
        self.sid = seed.roster.add_student(classroom.id, "Amira Haddad").id
        self.proxy = Proxy(pg.url.host or "127.0.0.1", pg.url.port or 5432, delay_ms=0).start()
        self.services = open_services(database_url=self.proxy.url_for(db.url))
        self.lane = Lane()
        self.window = MainWindow(settings)
        qtbot.addWidget(self.window)
        with qtbot.waitSignal(self.window.ready, timeout=WAIT_MS):
            self.window.attach(Backend.over(self.services, self.lane), classroom.id)
        self.window.show()
        self.said: list[str] = []
        self.lane.connection_changed.connect(self.said.append)

    def kept(self) -> int:
        with self.db.engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM trust_events WHERE student_id = :s"),
                                    {"s": self.sid}).scalar_one())

    def builds_shown(self) -> int:
        return self.window.roster.model.lines()[0].builds_today

    def open_log(self, note: str) -> Any:
        self.window.roster.select_ids([self.sid])
        dialog = self.window.roster.open_log("build")
        dialog.categories.setCurrentRow(0)
        dialog.note.setText(note)
        return dialog

    def at_commit(self, do: Callable[[], None]) -> None:
        at_next_commit(self.services.db.engine, do)

    def answer_lost(self, *, then: Callable[[], None] = lambda: None) -> None:
        """At the next COMMIT: the server gets it, its answer is held, and once the server kept the log the
        connection is cut (after `then`)."""
        def cut() -> None:
            deadline = time.monotonic() + WAIT_MS / 1000
            while self.kept() == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            then()
            self.proxy.drop()

        def mute() -> None:
            self.proxy.mute()
            threading.Thread(target=cut, daemon=True).start()

        self.at_commit(mute)

    def close(self) -> None:
        self.proxy.resume()  # (a test that failed while the proxy held everything: the lane's job can end)
        self.window.close()
        self.lane.shutdown()
        self.services.db.close()
        self.proxy.close()


@pytest.fixture
def through(qtbot, server, db, settings, lane_failures) -> Iterator[Through]:
    made = Through(qtbot, server, db, settings)
    yield made
    made.close()
    # The reads that met the lost connection (each view's, some run again) are what these tests cause; anything
    # else is a bug.
    unexpected = [error for error in lane_failures.take() if not connection_lost(error)]
    assert not unexpected, unexpected


@pytest.mark.server_only
def test_a_log_whose_connection_is_lost_keeps_the_note_says_nothing_was_saved_and_logs_once_back(through) -> None:
    t = through
    dialog = t.open_log("Helped Ben with fractions")
    t.at_commit(lambda: (t.proxy.refuse(), t.proxy.drop()))  # the network goes, and stays gone for a while
    dialog.accept()
    t.qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert "nothing was saved" in dialog.error.text()
    assert dialog.isVisible() and dialog.note.text() == "Helped Ben with fractions"
    assert dialog.log_button.isEnabled()  # to try again
    assert t.kept() == 0 and t.builds_shown() == 0
    assert not t.window.notice.showing  # the undo notice claims nothing
    watch = t.window.connection
    assert watch.offline.isVisible() and "keeps trying" in watch.offline.text() and watch.trying
    t.proxy.admit()
    t.qtbot.waitUntil(lambda: not watch.offline.isVisible(), timeout=WAIT_MS)
    assert t.window.statusBar().currentMessage() == "Connected to the server again."
    dialog.accept()
    t.qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    t.qtbot.waitUntil(lambda: t.builds_shown() == 1, timeout=WAIT_MS)
    assert t.kept() == 1


@pytest.mark.server_only
def test_a_dead_connection_after_a_server_restart_costs_the_teacher_nothing(through, server) -> None:
    """The server ended its connections (a restart); the app's pooled one is found dead by the log's first
    statement, nothing was saved, so the lane runs the log again on a new connection and says it reconnected."""
    t = through
    dialog = t.open_log("")
    with server.admin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": t.db.engine.url.database})
    t.db.engine.dispose()  # (the test's own connections, ended too)
    dialog.accept()
    t.qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    t.qtbot.waitUntil(lambda: t.builds_shown() == 1, timeout=WAIT_MS)
    assert t.kept() == 1 and RECONNECTED in t.said


@pytest.mark.server_only
def test_a_log_the_server_kept_whose_answer_was_lost_is_shown_as_saved_once(through) -> None:
    t = through
    dialog = t.open_log("")
    t.answer_lost()
    dialog.accept()
    t.qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    t.qtbot.waitUntil(lambda: t.builds_shown() == 1, timeout=WAIT_MS)
    assert t.kept() == 1  # not logged twice
    assert "it was saved" in t.window.statusBar().currentMessage()


@pytest.mark.server_only
def test_a_log_in_doubt_says_so_and_the_roster_shows_what_the_server_kept_once_back(through) -> None:
    t = through
    dialog = t.open_log("Tidied the lab")
    t.answer_lost(then=t.proxy.refuse)  # ... and the server cannot be asked how it ended
    dialog.accept()
    t.qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert "not known whether" in dialog.error.text() and dialog.note.text() == "Tidied the lab"
    assert t.builds_shown() == 0  # not claimed
    t.proxy.admit()
    t.qtbot.waitUntil(lambda: t.builds_shown() == 1, timeout=WAIT_MS)  # read again once back: it was kept
    assert t.kept() == 1


@pytest.mark.server_only
def test_a_server_that_answers_slowly_shows_waiting_then_the_log(through) -> None:
    t = through
    dialog = t.open_log("")
    t.at_commit(t.proxy.stall)
    dialog.accept()
    watch = t.window.connection
    t.qtbot.waitUntil(watch.waiting.isVisible, timeout=WAIT_MS)
    assert watch.waiting.text() == "Waiting for the server…" and dialog.isVisible()
    t.proxy.resume()
    t.qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    t.qtbot.waitUntil(lambda: not watch.waiting.isVisible(), timeout=WAIT_MS)
    t.qtbot.waitUntil(lambda: t.builds_shown() == 1, timeout=WAIT_MS)
