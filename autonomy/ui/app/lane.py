"""The database lane: one worker thread that runs every database call in order, off the GUI thread.

The idea is Anki's CollectionOp/QueryOp: `run(fn, on_success, on_failure)` for a read, `write(...)` for a
change. Callbacks run back on the GUI thread. After every successful write the lane emits one `data_changed`
signal, and every view decides for itself whether to refresh; no view calls another.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

log = logging.getLogger("autonomy.ui")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]

WRITE, UNDO, REDO, RESTORE = "write", "undo", "redo", "restore"  # what a data_changed was


class _Worker(QObject):
    """Lives on the lane's thread; runs one job at a time."""

    done = Signal(int, object, object)  # job id, result, error

    @Slot(int, object)
    def execute(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed back to the GUI thread, which words it for the teacher
            # An attribute of our own (read by redaction.safe_details): exceptions do not declare it.
            exc.__autonomy_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.done.emit(job_id, None, exc)
        else:
            self.done.emit(job_id, result, None)


class Lane(QObject):
    """Runs database work in order on one thread. With `threaded=False` (tests) it runs inline."""

    data_changed = Signal(str)  # WRITE, UNDO or REDO: emitted after a change was committed
    failed = Signal(object)  # an error no caller handled (the window shows it)
    busy_changed = Signal(bool)
    _submit = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None, str | None]] = {}
        self._thread: QThread | None = None
        if threaded:
            self._thread = QThread()
            self._thread.setObjectName("database lane")
            self._worker = _Worker()
            self._worker.moveToThread(self._thread)
            self._submit.connect(self._worker.execute)
            self._worker.done.connect(self._finish)
            self._thread.start()

    def run(self, fn: Callable[[], Any], on_success: Success | None = None,
            on_failure: Failure | None = None) -> None:
        """Read: run `fn` on the lane; then `on_success(result)` or `on_failure(error)` on the GUI thread."""
        self._enqueue(fn, on_success, on_failure, None)

    def write(self, fn: Callable[[], Any], on_success: Success | None = None,
              on_failure: Failure | None = None, *, change: str = WRITE) -> None:
        """Change: like `run`, then `data_changed(change)` once the transaction is committed."""
        self._enqueue(fn, on_success, on_failure, change)

    def _enqueue(self, fn: Callable[[], Any], on_success: Success | None, on_failure: Failure | None,
                 change: str | None) -> None:
        job_id = next(self._ids)
        was_idle = not self._pending
        self._pending[job_id] = (on_success, on_failure, change)
        if was_idle:
            self.busy_changed.emit(True)
        if self._thread is None:
            try:
                result = fn()
            except Exception as exc:
                # An attribute of our own (read by redaction.safe_details): exceptions do not declare it.
                exc.__autonomy_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                self._finish(job_id, None, exc)
            else:
                self._finish(job_id, result, None)
        else:
            self._submit.emit(job_id, fn)

    @Slot(int, object, object)
    def _finish(self, job_id: int, result: Any, error: BaseException | None) -> None:
        on_success, on_failure, change = self._pending.pop(job_id, (None, None, None))
        try:
            if error is not None:
                if on_failure is not None:
                    on_failure(error)
                else:
                    self.failed.emit(error)
                return
            if on_success is not None:
                on_success(result)
            if change is not None:
                self.data_changed.emit(change)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Finish the queued work and stop the thread (called when the window closes)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None


class ReloadWhenShown(QObject):
    """Reloads a view a moment after data changed — but only while it is on screen; a hidden view is marked
    stale and reloads when it shows again, so closed docks and windows cost no database work.

    Runs on the GUI thread."""

    def __init__(self, widget: QWidget, reload: Callable[[], None], delay_ms: int = 0) -> None:
        super().__init__(widget)
        self._widget, self._reload, self._stale = widget, reload, False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.now)
        widget.installEventFilter(self)

    def later(self, *_ignored: object) -> None:
        """Reload after the delay (a burst of changes settles into one reload)."""
        if self._widget.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def now(self) -> bool:
        """Reload at once if shown; returns False (and remembers) when the view is hidden."""
        self._timer.stop()
        if not self._widget.isVisible():
            self._stale = True
            return False
        self._stale = False
        self._reload()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._widget and event.type() == QEvent.Type.Show and self._stale:
            self.now()  # what it shows first is current
        return False
