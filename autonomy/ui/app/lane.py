"""The database lane: one worker thread that runs every database call in order, off the GUI thread.

The idea is Anki's CollectionOp/QueryOp: `run(fn, on_success, on_failure)` for a read, `write(...)` for a
change (started from ui/app/operations.py, one named function per write). Callbacks run back on the GUI thread.
A write runs inside `changes.capture()`, so the lane learns what it touched (services/changes.py); after it
commits, the lane emits one `data_changed(Changes)` carrying that and who started it, and every view refreshes
only what it shows of it; no view calls another.

The reads the views ask for while a change is being handed out are queued as one job: a log refreshes the
roster row, the student panel and the undo label with one trip to the lane's thread, not three. Those asked of a
companion lane meanwhile (the suggestion engine, on the background lane) go as one job too, once this lane's
answers are on screen: the engine's Python work would otherwise hold the interpreter while the GUI thread puts
the answers in and paints them (only one thread runs Python at a time).

On a school's server those companion reads that can send their statements ahead (`ahead=`: the badge and the
cards of the students a change touched) join this lane's job instead (`companions_join`): they share its one read
transaction, so their answers come back in the same round trip as the rest, and they still run only once this
lane's answers are painted (the lane's thread waits for that frame, unless a write or the window's closing is
waiting behind them). The engine's run for a whole class has no `ahead` and stays on the background lane, so it
never holds up the next write. A read of such a batch that the server refused runs once more on its own: what
was refused may have been another read's statement, sent in the same transaction.

Every failed job, a batched read's too, passes through `Lane._failed` (the tests watch it there).

A school's server over the network (issue 20): a job that fails because the connection was lost when nothing can
have been saved (a dead pooled connection after a server restart, a Wi-Fi that came back) is run once more, on a new
connection; the lane says `connection_changed(LOST)` when the server cannot be reached, and `BACK` or `RECONNECTED`
when a job succeeds again (ui/app/connection.py tells the teacher).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from autonomy.services.changes import EVERYTHING, REDO, REFUSED, RESTORE, UNDO, WRITE, Changes, capture
from autonomy.services.reuse import shared

log = logging.getLogger("autonomy.ui")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
_Read = tuple[Callable[[], Any], Success | None, Failure | None, Callable[[], None] | None]  # fn, …, its `ahead`

__all__ = ["REDO", "RESTORE", "UNDO", "WRITE", "Lane", "ReloadWhenShown", "after_the_frame"]


class _AfterFrame(QObject):
    """Delivers `after_the_frame`'s calls: each is an event posted below the priority of Qt's UpdateRequest, so it
    comes after the frame that paints what is dirty now (or at once, when nothing is)."""

    KIND = QEvent.Type(QEvent.registerEventType())
    PRIORITY = Qt.EventPriority.LowEventPriority.value - 1  # UpdateRequest is posted at LowEventPriority

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[Callable[[], None]] = []

    def post(self, fn: Callable[[], None]) -> None:
        self.calls.append(fn)
        QCoreApplication.postEvent(self, QEvent(self.KIND), self.PRIORITY)

    def event(self, event: QEvent) -> bool:
        if event.type() == self.KIND:
            if self.calls:
                self.calls.pop(0)()
            return True
        return super().event(event)


_after_frame: _AfterFrame | None = None


def after_the_frame(fn: Callable[[], None]) -> None:
    """Call `fn` on the GUI thread once the window has painted what is waiting to be painted now: work that would
    only delay what the teacher waits to see goes after it (GUI thread)."""
    global _after_frame
    if _after_frame is None:
        _after_frame = _AfterFrame()
    _after_frame.post(fn)


_after_frame_call = after_the_frame  # (`Lane.run` has a keyword of that name)

LOST, BACK, RECONNECTED = "lost", "back", "reconnected"  # connection_changed: gone; back after LOST; retried quietly
PAINT_WAIT_S = 0.5  # how long companion reads joining a batch wait for its answers' frame (a busy GUI: not forever)


def connection_lost(error: BaseException | None) -> bool:
    """Whether this error is the server's connection lost (core/errors.py ConnectionLost, or a read's driver error:
    storage/connection.py; imported only when an error came from the database)."""
    if error is None:
        return False
    from autonomy.core.errors import ConnectionLost

    if isinstance(error, ConnectionLost):
        return True
    if not _from_the_driver(error):
        return False
    from autonomy.storage.connection import lost

    return lost(error)


def _refused_by_the_server(error: BaseException) -> bool:
    """A driver's error (the server refused a statement, or timed it out) other than a lost connection, which
    `_run` has run again already."""
    return _from_the_driver(error) and not connection_lost(error)


def _from_the_driver(error: BaseException) -> bool:
    """An error SQLAlchemy raised (the database's), not one of the app's own refusals."""
    return type(error).__module__.startswith("sqlalchemy")


def _nothing_saved(error: BaseException) -> bool:
    """A lost connection that certainly saved nothing: the job may run again on a new connection. (A driver error
    from a COMMIT whose answer never came, outside the services' wording, may have saved: never run again.)"""
    if not connection_lost(error) or getattr(error, "saved", False) is not False:
        return False
    from autonomy.storage.connection import COMMIT_SENT

    return not getattr(getattr(error, "orig", None), COMMIT_SENT, False)


def _run(fn: Callable[[], Any]) -> tuple[Any, BaseException | None, bool]:
    """(result, error, whether it was run again after a lost connection)."""
    again = False
    while True:
        try:
            return fn(), None, again
        except BaseException as exc:
            if again or not _nothing_saved(exc):
                # An attribute of our own (read by redaction.safe_details): exceptions do not declare it.
                exc.__autonomy_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
                return None, exc, again
            again = True



class _Worker(QObject):
    """Lives on the lane's thread; runs one job at a time."""

    done = Signal(int, object, object, bool)  # job id, result, error, run again after a lost connection

    @Slot(int, object)
    def execute(self, job_id: int, fn: Callable[[], Any]) -> None:
        result, error, again = _run(fn)  # an error is handed back to the GUI thread, which words it for the teacher
        self.done.emit(job_id, result, error, again)


class Lane(QObject):
    """Runs database work in order on one thread. With `threaded=False` (tests) it runs inline."""

    data_changed = Signal(object)  # Changes: emitted after a change was committed
    failed = Signal(object)  # an error no caller handled (the window shows it)
    busy_changed = Signal(bool)
    connection_changed = Signal(str)  # LOST, BACK or RECONNECTED (see the module)
    _submit = Signal(int, object)
    _answer = Signal(object, int, object, object)  # a batch, which of its reads, result, error (lane's thread)

    def __init__(self, parent: QObject | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None, _Write | None]] = {}
        self._held: list[_Read] | None = None
        self._holding = 0  # hand-outs under way (one inside another when an inline lane writes from a view)
        self._answered: list[Callable[[], None]] = []  # what waits for the answers of the reads being held
        # Jobs given (pending, so the lane is busy) but not yet sent to the thread: they wait for `_go_on`, after
        # another lane's answers or the next frame. Later jobs wait behind them, so the order holds.
        self._waiting: list[tuple[int, Callable[[], Any]]] | None = None
        # What the batch of reads after a change runs inside (the backend's `Database.together`: one transaction
        # on a server); nothing until the services are open.
        self.reads_together: Callable[[], AbstractContextManager[Any]] = contextlib.nullcontext
        self.companions: list[Lane] = []  # lanes whose reads are held too while this one hands out a change
        # Whether the companions' reads that can be sent ahead join this lane's batch (on a school's server: the
        # backend sets it); plain flag, read on the GUI thread.
        self.companions_join = False
        self._joining: list[_Read] = []  # companions' reads joining the batch being held
        self._joined: list[_Batch] = []  # batches with companions' reads that have not all been answered
        self._thread: QThread | None = None
        self._answer.connect(self._answer_one)  # from the lane's thread: queued to this (GUI) thread
        self.reachable = True  # False from a lost connection until a job succeeds again
        if threaded:
            self._thread = QThread()
            self._thread.setObjectName("database lane")
            self._worker = _Worker()
            self._worker.moveToThread(self._thread)
            self._submit.connect(self._worker.execute)
            self._worker.done.connect(self._finish)
            self._thread.start()

    def run(self, fn: Callable[[], Any], on_success: Success | None = None,
            on_failure: Failure | None = None, *, after_the_frame: bool = False,
            ahead: Callable[[], None] | None = None) -> None:
        """Read: run `fn` on the lane; then `on_success(result)` or `on_failure(error)` on the GUI thread. With
        `after_the_frame`, the job starts once the window has painted what it shows now (a slow read that would
        otherwise compete with the paint for the interpreter); the lane is busy from now on all the same.

        `ahead` (a service's `…_ahead` for the same read) sends the read's statements to a school's server before
        any read of the batch it joins runs: the batch's reads share one transaction (`reads_together`), so they
        all wait for one answer."""
        if self._held is not None:  # asked while a change is handed out: one job for all of them
            self._held.append((fn, on_success, on_failure, ahead))
            return
        if after_the_frame and self._thread is not None and self._waiting is None:
            self._waiting = []
            _after_frame_call(self._go_on)
        self._enqueue(fn, on_success, on_failure, None)

    def write(self, fn: Callable[[], Any], on_success: Success | None = None,
              on_failure: Failure | None = None, *, kind: str = WRITE, initiator: Any = None,
              changes: Changes | None = None) -> None:
        """Change: like `run`, then `data_changed(Changes)` once the transaction is committed: what `fn` wrote
        (and `changes`, for what no row shows, e.g. a restored file), as `kind`, started by `initiator`."""
        self._stop_waiting_for_frames()  # (the teacher's next change goes before a paint's comfort)
        self._enqueue(fn, on_success, on_failure, _Write(kind, initiator, changes))

    def _stop_waiting_for_frames(self) -> None:
        """Companions' reads in this lane's queue go on without waiting for the frame of the answers before them:
        a write (or the end) waits behind them."""
        for batch in self._joined:
            batch.painted.set()

    @property
    def idle(self) -> bool:
        """Nothing queued or running (every callback of the jobs given so far has run)."""
        return not self._pending and not self._held

    def _enqueue(self, fn: Callable[[], Any], on_success: Success | None, on_failure: Failure | None,
                 change: _Write | None) -> None:
        job_id = next(self._ids)
        was_idle = not self._pending
        self._pending[job_id] = (on_success, on_failure, change)
        if change is not None:
            fn = change.captured(fn)
        if was_idle:
            self.busy_changed.emit(True)
        if self._thread is None:
            self._finish(job_id, *_run(fn))
        elif self._waiting is not None:
            self._waiting.append((job_id, fn))
        else:
            self._submit.emit(job_id, fn)

    def _go_on(self) -> None:
        """Send the jobs that were waiting to the lane's thread, in order."""
        waiting, self._waiting = self._waiting, None
        for job_id, fn in waiting or ():
            self._submit.emit(job_id, fn)

    @Slot(int, object, object, bool)
    def _finish(self, job_id: int, result: Any, error: BaseException | None, again: bool = False) -> None:
        on_success, on_failure, change = self._pending.pop(job_id, (None, None, None))
        self._note_connection(error, again)
        try:
            changed: Changes | None = None
            if change is not None:
                # A failed undo may still have changed the history (a stale step is taken off the list).
                changed = getattr(error, "__autonomy_changes__", None) if error is not None else result[1]
                result = None if error is not None else result[0]
                saved_after_all = getattr(error, "saved", False) is True  # (a lost COMMIT the server had kept)
                if saved_after_all:
                    changed = EVERYTHING  # what it wrote is not known here: every view reads again
            if error is not None:
                self._failed(error, on_failure)
            elif on_success is not None:
                on_success(result)
            if change is not None:
                announced = change.announced(changed or Changes(), refused=error is not None and not saved_after_all)
                if announced:  # a write that changed nothing has nothing to hand out
                    self._hand_out(announced)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def _failed(self, error: BaseException, on_failure: Failure | None) -> None:
        """Every failed job passes here (GUI thread), a batched read's too: to its caller's `on_failure`, or else
        to `failed` (the window reports it)."""
        if on_failure is not None:
            on_failure(error)
        else:
            self.failed.emit(error)

    def _note_connection(self, error: BaseException | None, again: bool) -> None:
        # (a change the server said it kept, asked on a new connection: the server is there again)
        if connection_lost(error) and getattr(error, "saved", False) is not True:
            if self.reachable:
                self.reachable = False
                self.connection_changed.emit(LOST)
        elif error is None or again or connection_lost(error):
            if not self.reachable:
                self.reachable = True
                self.connection_changed.emit(BACK)
            elif again:
                self.connection_changed.emit(RECONNECTED)

    def _hand_out(self, changes: Changes) -> None:
        """Emit `data_changed`; the reads every lane is asked for meanwhile go as one job per lane, the companions'
        once this lane's answers have been put in and painted."""
        lanes = [self, *self.companions]
        for lane in lanes:
            lane._hold()
        try:
            self.data_changed.emit(changes)
        finally:
            for lane in self.companions:
                if self.companions_join:
                    self._joining += lane._joiners()
                lane._release(hold_back=True)
            # Last: once this lane's thread starts on the reads, the GUI thread would wait for the interpreter.
            self._release(then=self._companions_go_on)

    def _joiners(self) -> list[_Read]:
        """(A companion) the reads held for the outermost hand-out that can send their statements ahead: taken
        from this lane, to join the batch of the lane handing the change out."""
        if self._held is None or self._holding != 1:
            return []
        joining = [read for read in self._held if read[3] is not None]
        self._held = [read for read in self._held if read[3] is None]
        return joining

    def _companions_go_on(self) -> None:
        for lane in self.companions:
            lane._go_on()

    def _hold(self) -> None:
        self._holding += 1
        if self._held is None:
            self._held = []

    def _release(self, *, hold_back: bool = False, then: Callable[[], None] | None = None) -> None:
        """The reads held go as one job, each answer handed back as soon as it is read (the roster's row, asked
        first, is on screen while the lane reads the student's events). With `hold_back` the job waits for
        `_go_on`; `then` is called after the frame that paints the last answer."""
        if then is not None:
            self._answered.append(then)
        self._holding -= 1
        if self._holding:
            return
        held, self._held = self._held, None
        batch = _Batch(held or [], self._answered, self._joining)
        self._answered, self._joining = [], []
        if batch.own < len(batch.reads):
            self._joined.append(batch)
        if hold_back and self._thread is not None and self._waiting is None and batch.reads:
            self._waiting = []
        if not batch.reads:
            batch.done()
            return

        def all_of_them() -> None:
            # Two views asking the same (the engine for one student) get one answer; on a server the reads share
            # one transaction, and what each will ask goes out before the first waits.
            with shared(), self.reads_together():
                for *_read, ahead in batch.reads:
                    if ahead is not None:
                        with contextlib.suppress(Exception):  # only a head start: the read reports what went wrong
                            ahead()
                for index, (fn, _success, _failure, _ahead) in enumerate(batch.reads):
                    if index == batch.own and index and self._thread is not None:
                        # The companions' reads (the engine) once this lane's answers are painted: their Python
                        # work would hold the interpreter while the GUI thread paints (their answers are here).
                        batch.painted.wait(PAINT_WAIT_S)
                    result, error, _again = _run(fn)  # one view's failed read does not cost the others theirs
                    if error is not None and len(batch.reads) > 1 and _refused_by_the_server(error):
                        # What the server refused may be another read's statement, sent ahead in the same
                        # transaction, which is over now (Database.together): this read once more, on its own.
                        result, error, _again = _run(fn)
                    self._answer.emit(batch, index, result, error)

        def broke(error: BaseException) -> None:  # (all_of_them catches what a read raises: not seen so far)
            try:
                self.failed.emit(error)
            finally:
                self._batch_done(batch)

        self._enqueue(all_of_them, None, broke, None)

    @Slot(object, int, object, object)
    def _answer_one(self, batch: _Batch, index: int, result: Any, error: BaseException | None) -> None:
        """One read of a batch answered, on the GUI thread, in the order they were asked."""
        _fn, on_success, on_failure, _ahead = batch.reads[index]
        try:
            if error is not None:
                self._note_connection(error, False)
                self._failed(error, on_failure)
            elif on_success is not None:
                on_success(result)
        finally:
            if index == batch.own - 1 and batch.own < len(batch.reads):
                after_the_frame(batch.painted.set)  # (the companions' reads that joined go on after this frame)
            if index == len(batch.reads) - 1:
                self._batch_done(batch)

    def _batch_done(self, batch: _Batch) -> None:
        """Every read of `batch` answered (or the job broke): what waited for it goes on after the frame."""
        batch.done()
        if batch in self._joined:
            self._joined.remove(batch)

    def shutdown(self) -> None:
        """Finish the queued work and stop the thread (called when the window closes)."""
        self._go_on()
        self._stop_waiting_for_frames()  # (no frame comes while the GUI thread waits here)
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None


class _Batch:
    """The reads asked while a change was handed out (one job): this lane's own, then the companions' that joined
    it, and what waits until they are all answered."""

    def __init__(self, own: list[_Read], then: list[Callable[[], None]], joining: list[_Read]) -> None:
        self.reads, self._then = [*own, *joining], then
        self.own = len(own)  # the first `own` reads are this lane's
        self.painted = threading.Event()  # set after the frame that paints the last of this lane's answers

    def done(self) -> None:
        """After the frame that paints the last answer: what waited for them (the companion lanes' jobs)."""
        for each in self._then:
            after_the_frame(each)
        self._then = []


class _Write:
    """What the lane knows of a write job: how it came about, who started it, what it adds to its rows."""

    def __init__(self, kind: str, initiator: Any, extra: Changes | None) -> None:
        self.kind, self.initiator, self.extra = kind, initiator, extra

    def captured(self, fn: Callable[[], Any]) -> Callable[[], tuple[Any, Changes]]:
        """`fn`, run inside a capture (on the lane's thread): (its result, what it changed)."""
        def job() -> tuple[Any, Changes]:
            with capture() as collected:
                try:
                    result = fn()
                except BaseException as exc:
                    exc.__autonomy_changes__ = collected.changes()  # type: ignore[attr-defined]
                    raise
            return result, collected.changes()
        return job

    def announced(self, changed: Changes, *, refused: bool = False) -> Changes:
        """What to hand out; after a failure only what was committed (no `extra`), as REFUSED."""
        if refused:
            return changed.as_(REFUSED, self.initiator)
        if self.extra is not None:
            changed = changed | self.extra
        return changed.as_(self.kind, self.initiator)


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
