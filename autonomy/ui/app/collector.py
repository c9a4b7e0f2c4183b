"""Python's cycle collector runs on the GUI thread only (the idea of Anki's `aqt` GarbageCollector).

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is crossed, often a
database lane's. If a closed dialog or a painted chart sits in a reference cycle, its Qt objects are then deleted
from that thread: Qt warns "QBasicTimer::stop: Failed. Possibly trying to stop from a different thread" and the
app may crash later, somewhere unrelated (seen under the AT-SPI tests: the app vanished from the bus). So the
automatic collector is switched off for the app's life and run here, on the GUI thread, once a second, for the
generations whose thresholds were crossed, as the automatic one would have (services/bulk.py's pause for a big
load then leaves it off).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> None:
        collect_like_the_automatic_collector(self._threshold)


def collect_like_the_automatic_collector(threshold: tuple[int, int, int]) -> None:
    """The generations whose thresholds were crossed since they were last collected, youngest first."""
    young, middle, old = gc.get_count()
    if young > threshold[0]:
        gc.collect(0)
        if middle > threshold[1]:
            gc.collect(1)
            if old > threshold[2]:
                gc.collect(2)
