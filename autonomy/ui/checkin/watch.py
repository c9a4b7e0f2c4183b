"""The teacher's window hears about check-ins made elsewhere (the check-in is its own program, often on another
computer): when the window becomes active again, one small read on the lane (`CheckinService.stamp`) tells
whether students saved choices or self-ratings meanwhile, and if so every view reloads as after any change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from autonomy.services.changes import CHOICES, REFLECTIONS, Changes
from autonomy.ui.app.backend import Backend


class CheckinWatcher(QObject):
    def __init__(self, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.seen: tuple[int, int, int] | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state)
        self.look()

    def _state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.look()

    def look(self) -> None:
        backend = self.backend
        backend.lane.run(lambda: backend.services.checkin.stamp(), self._compare, lambda _error: None)

    def _compare(self, stamp: tuple[int, int, int]) -> None:
        before, self.seen = self.seen, stamp
        if before is not None and stamp != before:
            # Nothing to write: the lane only hands every view the Changes, as for a write of its own.
            self.backend.lane.write(lambda: None, changes=Changes(areas=frozenset({CHOICES, REFLECTIONS}),
                                                                  everything=True))
