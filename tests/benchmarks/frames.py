"""Timing what is on screen: from a key press to the end of the first frame that repaints a widget after the data
it waits for has landed, and the floors those waits are measured against (a bare Qt event-loop round trip, a bare
widget's repaint, a no-op job on a lane, a raw sqlite3 commit).

A frame is the window's UpdateRequest (or its first Expose): Qt paints every dirty widget of the window in it and
flushes the backing store. `FrameProbe` handles that event itself (so it knows when the frame ended) and notes
whether a watched widget was painted inside it. Nothing sleeps: the loop waits for the next event.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

WAIT_S = 30.0  # a wait that takes longer than this is a hang, not a figure


def now_ms() -> float:
    return time.perf_counter_ns() / 1e6


def _key(obj: QObject) -> int:
    return int(shiboken6.getCppPointer(obj)[0])


def wait_until(done: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
    """Run the event loop until `done()`; each turn blocks until an event comes (a lane's result, a paint)."""
    if done():
        return
    watchdog = QTimer()  # wakes the loop at the deadline, so a hang is reported rather than waited for forever
    watchdog.setSingleShot(True)
    watchdog.start(int(timeout_s * 1000))
    app = QApplication.instance()
    assert app is not None
    try:
        while not done():
            if not watchdog.isActive():
                raise RuntimeError(f"benchmark: {what} did not happen within {timeout_s:.0f} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        watchdog.stop()


class FrameProbe(QObject):
    """`arm()` at the key press; `landed(widgets)` when the data the teacher waits for has reached the widgets (a
    model signal, a panel's `loaded`); `painted_at` is then set at the end of the first frame of their window that
    repaints one of them. A paint outside a frame (none seen so far) counts from the paint itself (`outside`)."""

    def __init__(self) -> None:
        super().__init__()
        self._watched: list[QObject] = []
        self._targets: set[int] = set()
        self._frames: set[int] = set()
        self.armed_at: float | None = None
        self.landed_at: float | None = None
        self.painted_at: float | None = None
        self._in_frame = self._painted = False
        self.outside = 0

    def arm(self) -> float:
        self.release()
        self.landed_at = self.painted_at = None
        self.armed_at = now_ms()
        return self.armed_at

    def landed(self, widgets: Iterable[QWidget]) -> None:
        if self.landed_at is not None or self.armed_at is None:
            return  # only the first landing after the key press counts
        self.landed_at = now_ms()
        for widget in widgets:
            self._watch(widget, self._targets)
            window = widget.window()
            self._watch(window, self._frames)
            handle = window.windowHandle()
            if handle is not None:
                self._watch(handle, self._frames)

    def _watch(self, obj: QObject, into: set[int]) -> None:
        key = _key(obj)
        if key not in into:
            into.add(key)
            obj.installEventFilter(self)
            self._watched.append(obj)

    @property
    def done(self) -> bool:
        return self.painted_at is not None

    def took(self) -> float:
        assert self.armed_at is not None and self.painted_at is not None
        return self.painted_at - self.armed_at

    def release(self) -> None:
        for obj in self._watched:
            if shiboken6.isValid(obj):
                obj.removeEventFilter(self)
        self._watched.clear()
        self._targets.clear()
        self._frames.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted_at is not None or self.landed_at is None:
            return False
        kind = event.type()
        if kind in (QEvent.Type.UpdateRequest, QEvent.Type.Expose) and not self._in_frame \
                and _key(watched) in self._frames:
            self._in_frame, self._painted = True, False
            try:
                watched.event(event)  # the frame itself: every dirty widget painted, the backing store flushed
            finally:
                self._in_frame = False
            if self._painted:
                self.painted_at = now_ms()
                self.release()
            return True
        if kind == QEvent.Type.Paint and _key(watched) in self._targets:
            if self._in_frame:
                self._painted = True
            else:
                self.outside += 1
                self.painted_at = now_ms()
        return False


class Floors:
    """The floors, each measured once per call of `sample()` so they interleave with the figures:

    - "event loop": an event posted to a bare widget, until it is delivered;
    - "repaint": a bare widget the size of the main window, from update() to the end of its frame;
    - "lane hop": a no-op job on a threaded lane of the app's own kind, until its result is back;
    - "commit": a raw sqlite3 INSERT + COMMIT (WAL, synchronous=FULL) on the disk of the measured database."""

    NAMES = ("event loop", "repaint", "lane hop", "commit")

    def __init__(self, folder: Path, size: tuple[int, int]) -> None:
        from autonomy.ui.app.lane import Lane

        self.samples: dict[str, list[float]] = {name: [] for name in self.NAMES}
        self.widget = QWidget()
        self.widget.setWindowTitle("floor")
        # Beside the app's window, never in front of it: its shortcuts need it to stay the active window.
        self.widget.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.widget.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.widget.resize(*size)
        self.widget.show()
        self.probe = FrameProbe()
        self._delivered: float | None = None
        self._delivery = self._Delivery(self)  # (kept: a filter nobody holds is collected)
        self.widget.installEventFilter(self._delivery)
        self.lane = Lane()
        self.raw = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
        self.raw.execute("PRAGMA journal_mode=WAL")
        self.raw.execute("PRAGMA synchronous=FULL")
        self.raw.execute("CREATE TABLE IF NOT EXISTS trust_events (id TEXT PRIMARY KEY, student_id TEXT, kind TEXT, "
                         "category_key TEXT, at TEXT, note TEXT)")
        self._n = 0
        wait_until(lambda: self.widget.isVisible(), "the floor's widget shown")
        QCoreApplication.processEvents()

    class _Delivery(QObject):
        def __init__(self, floors: Floors) -> None:
            super().__init__()
            self.floors = floors

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.User:
                self.floors._delivered = now_ms()
                return True
            return False

    def sample(self) -> dict[str, float]:
        got = {"event loop": self._round_trip(), "repaint": self._repaint(), "lane hop": self._hop(),
               "commit": self._commit()}
        for name, value in got.items():
            self.samples[name].append(value)
        return got

    def _round_trip(self) -> float:
        self._delivered = None
        start = now_ms()
        QCoreApplication.postEvent(self.widget, QEvent(QEvent.Type.User))
        wait_until(lambda: self._delivered is not None, "a posted event")
        assert self._delivered is not None
        return self._delivered - start

    def _repaint(self) -> float:
        self.probe.arm()
        self.widget.update()
        self.probe.landed([self.widget])
        wait_until(lambda: self.probe.done, "a bare widget's repaint")
        return self.probe.took()

    def _hop(self) -> float:
        back: list[float] = []
        start = now_ms()
        self.lane.run(lambda: None, lambda _result: back.append(now_ms()))
        wait_until(lambda: bool(back), "a no-op lane job")
        return back[0] - start

    def _commit(self) -> float:
        self._n += 1
        start = now_ms()
        self.raw.execute("BEGIN")
        self.raw.execute("INSERT INTO trust_events VALUES (?, ?, ?, ?, ?, ?)",
                         (f"e{self._n}-{time.time_ns()}", "student", "build", "helped_peer",
                          dt.datetime.now(dt.UTC).isoformat(), "benchmark"))
        self.raw.execute("COMMIT")
        return now_ms() - start

    def close(self) -> None:
        self.lane.shutdown()
        self.raw.close()
        self.widget.close()
        self.widget.deleteLater()


def floor_of(parts: dict[str, float], names: Iterable[str]) -> float:
    return sum(parts[name] for name in names)


def ptr(obj: Any) -> int:
    return _key(obj)
