"""What one keystroke costs in the assembled window (issue 15): the real MainWindow, the two threaded lanes, a real
SQLite file holding a demo class. B, 1, Enter logs an event for the selected student; Ctrl+Z undoes it and
Ctrl+Shift+Z redoes it. Each is counted from the key press until everything on screen has settled (the roster
row, the student panel, the undo label, the suggestion badges): the lane jobs (both lanes), the transactions and
the SQL statements at the driver (tests/statements.py). The cost must not grow with the class: the same bounds
hold for 26 students and for 60.

Each view refreshes from the write's `Changes` alone (autonomy/services/changes.py), so a log for one student
re-reads only what shows that student.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from autonomy.core.demo import generate_demo
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import Lane
from autonomy.ui.app.window import MainWindow
from tests.statements import counting

# One write, one job of the reads the views ask for after it (roster row, student panel, undo label) and one
# background job of the suggestion engine (the roster's badge and the student panel's cards: one run answers
# both, and the cards' classes and evidence events come from that run, services/reuse.py). The statements for a
# log: 5 for the write, 4 for the reads (the roster row 2, the student's events, the undo state), 6 for the
# engine's facts of the one student (the ladders, categories and thresholds; the class with the student; level
# changes; events; reflections with their events; decisions with the daily choices). Undo and redo: 5 for the
# write (the action found and locked, its row changes, the row as it is now, the row put back, the action's
# state), the same 10 after it.
MAX_JOBS, MAX_STATEMENTS = 3, 15
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@dataclass
class Cost:
    jobs: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    transactions: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (f"{len(self.jobs)} jobs, {len(self.transactions)} transactions, {len(self.statements)} statements\n"
                + "\n".join(f"  job {job}" for job in self.jobs) + "\n"
                + "\n".join(f"  sql {' '.join(sql.split())[:150]}" for sql in self.statements))


class Assembled:
    """The window as `autonomy gui` builds it (ui/app/start.py): a lane for writes and quick reads, a background
    lane for the suggestion engine, every job on its own thread."""

    def __init__(self, qtbot: Any, services: Any, settings: Any, monkeypatch: Any) -> None:
        self.qtbot, self.services = qtbot, services
        self.lane, self.background = Lane(), Lane()
        self.cost: Cost | None = None
        enqueue = Lane._enqueue

        def counted(lane: Lane, fn: Any, *args: Any, **kwargs: Any) -> None:
            if self.cost is not None:
                which = "lane" if lane is self.lane else "background"
                self.cost.jobs.append(f"{which}: {getattr(fn, '__qualname__', fn)}")
            enqueue(lane, fn, *args, **kwargs)

        monkeypatch.setattr(Lane, "_enqueue", counted)
        self.window = MainWindow(settings)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.attach(Backend.over(services, self.lane, self.background))
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=5000)
        self.settle()

    @property
    def roster(self) -> Any:
        return self.window.roster

    @property
    def detail(self) -> Any:
        return self.window.detail

    def settled(self) -> bool:
        """Nothing queued on either lane and no view waiting to reload (a reload after a burst waits a moment)."""
        views = [self.window.suggestions, self.detail.suggestions]
        return (self.lane.idle and self.background.idle and not self.roster._suggestion_timer.isActive()
                and not any(view._reloader._timer.isActive() for view in views))

    def settle(self) -> None:
        self.qtbot.waitUntil(self.settled, timeout=20000)

    def measured(self, keys: Any, on_screen: Any) -> Cost:
        """Press the keys, wait until `on_screen()` holds and everything has settled; what it cost."""
        self.settle()
        # The keyboard on the roster, the window active (offscreen, a closed dialog does not hand it back).
        self.window.activateWindow()
        self.roster.table.setFocus()
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is self.roster.table)
        self.cost = cost = Cost()
        with counting(self.services.db, cost.transactions) as statements:
            keys()
            self.qtbot.waitUntil(lambda: on_screen() and self.settled(), timeout=20000)
        self.cost = None
        cost.statements = list(statements)
        return cost

    def close(self) -> None:
        self.window.close()
        self.lane.shutdown()
        self.background.shutdown()


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the keyboard sends it: to the widget with the focus (the window's shortcuts see it there)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus was lost"
    qtbot.keyClick(widget, key, modifier)


@pytest.fixture
def assembled(qtbot, services, settings, monkeypatch, request) -> Iterator[Assembled]:
    size = request.param
    yesterday = dt.date.today() - dt.timedelta(days=1)
    services.exchange.import_document(generate_demo(classes=1, students=size, days=30, seed=11, today=yesterday))
    window = Assembled(qtbot, services, settings, monkeypatch)
    yield window
    window.close()


def builds_today(window: Assembled, student_id: str) -> int:
    row = window.roster.model.row_of(student_id)
    return window.roster.model.line(row).builds_today


def shown_events(window: Assembled) -> int:
    return len(window.detail.detail.events) if window.detail.detail is not None else -1


@pytest.mark.parametrize("assembled", [26, 60], indirect=True, ids=["26 students", "60 students"])
def test_logging_undoing_and_redoing_one_event_costs_the_same_in_any_class(qtbot, assembled: Assembled) -> None:
    window = assembled
    assert window.roster.model.rowCount() >= 26
    student = window.roster.model.line(0).student_id
    window.roster.select_ids([student])
    window.roster.table.setFocus()
    window.qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.student_id == student)
    window.settle()
    builds, events = builds_today(window, student), shown_events(window)

    def log() -> None:
        press(qtbot, Qt.Key.Key_B)
        dialog = window.roster.log_dialog
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.categories)  # as a teacher sees it open
        press(qtbot, Qt.Key.Key_1)
        press(qtbot, Qt.Key.Key_Return)

    logged = window.measured(log, lambda: builds_today(window, student) == builds + 1
                             and shown_events(window) == events + 1
                             and window.window.undo.undo_action.isEnabled()
                             and not window.window.undo.redo_action.isEnabled())
    undone = window.measured(lambda: press(qtbot, Qt.Key.Key_Z, CTRL),
                             lambda: builds_today(window, student) == builds and shown_events(window) == events
                             and window.window.undo.redo_action.isEnabled())
    redone = window.measured(lambda: press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT),
                             lambda: builds_today(window, student) == builds + 1
                             and shown_events(window) == events + 1
                             and not window.window.undo.redo_action.isEnabled())
    print(f"\nlog: {logged}\nundo: {undone}\nredo: {redone}")
    for what, cost in (("log", logged), ("undo", undone), ("redo", redone)):
        assert len(cost.jobs) <= MAX_JOBS, f"{what}: {cost}"
        assert len(cost.statements) <= MAX_STATEMENTS, f"{what}: {cost}"
