"""What the teacher sees of the network (issue 20), in the status bar: a wait of more than two seconds, a lost
connection, and the app reconnecting by itself.

- The lane runs off the GUI thread, so the window never freezes; when a job has taken `SLOW_MS`, the status bar
  says "Waiting for the server…" beside a moving bar, until the lane is idle again.
- When the lane says the connection is lost (ui/app/lane.py), the status bar says so and the watch tries a cheap
  read (the undo labels) after 1, 2, 4 … up to 15 s; once a job succeeds again it says "Connected to the server
  again" and every view reads what it shows afresh (it may have missed a change while the server was away).
- A job the lane ran once more on a new connection (nothing could have been saved) is only mentioned in passing.

Runs on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar

from autonomy.services.changes import EVERYTHING, REFUSED
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import BACK, LOST, RECONNECTED

SLOW_MS = 2000
FIRST_TRY_MS, LAST_TRY_MS = 1000, 15000


class ConnectionWatch(QObject):
    def __init__(self, backend: Backend, window: QMainWindow) -> None:
        super().__init__(window)
        self._backend, self._window = backend, window
        bar = window.statusBar()
        self.waiting = QLabel()
        self.waiting.setObjectName("waiting")
        self.spinner = QProgressBar()
        self.spinner.setRange(0, 0)  # (no steps to count: a bar that moves)
        self.spinner.setMaximumWidth(90)
        self.spinner.setAccessibleName(self.tr("Waiting"))
        self.offline = QLabel()
        self.offline.setObjectName("offline")
        for widget in (self.offline, self.waiting, self.spinner):
            bar.addPermanentWidget(widget)
            widget.hide()
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(self._show_waiting)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try)
        self._next_try_ms = FIRST_TRY_MS
        backend.lane.busy_changed.connect(self._busy)
        backend.lane.connection_changed.connect(self._changed)

    def _busy(self, busy: bool) -> None:
        if busy:
            self._slow.start()
            return
        self._slow.stop()
        self.waiting.hide()
        self.spinner.hide()

    def _show_waiting(self) -> None:
        self.waiting.setText(self.tr("Waiting for the server…") if self._backend.on_server
                             else self.tr("Waiting for the database…"))
        self.waiting.show()
        self.spinner.show()

    def _changed(self, state: str) -> None:
        bar = self._window.statusBar()
        if state == LOST:
            self.offline.setText("⚠ " + self.tr("The connection to the server is lost; Autonomy keeps trying to "
                                               "reconnect."))
            self.offline.show()
            self._next_try_ms = FIRST_TRY_MS
            self._retry.start(self._next_try_ms)
        elif state == BACK:
            self._retry.stop()
            self.offline.hide()
            bar.showMessage(self.tr("Connected to the server again."), 8000)
            # Every view reads what it shows afresh (a change of another teacher's, or one whose answer was lost),
            # as REFUSED: nothing new to undo is announced.
            self._backend.lane.data_changed.emit(EVERYTHING.as_(REFUSED))
        elif state == RECONNECTED:
            bar.showMessage(self.tr("Reconnected to the server."), 5000)

    def _try(self) -> None:
        """A cheap read on the lane: its success or failure is what the lane reports (connection_changed)."""
        if self._backend.lane.reachable:
            return
        backend = self._backend
        backend.lane.run(lambda: backend.services.history.state(), lambda _states: None, self._failed_again)

    def _failed_again(self, _error: BaseException) -> None:
        self._next_try_ms = min(self._next_try_ms * 2, LAST_TRY_MS)
        if not self._backend.lane.reachable:
            self._retry.start(self._next_try_ms)

    @property
    def trying(self) -> bool:
        """Whether a try to reconnect is scheduled (for tests)."""
        return self._retry.isActive()
