"""The app's cycle collector runs on the GUI thread only (ui/app/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from autonomy.ui.app.collector import GuiThreadCollector


class Cyclic:
    def __init__(self) -> None:
        self.me = self


def test_garbage_is_collected_by_the_gui_threads_timer_and_never_by_itself(qtbot) -> None:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    owner = QObject()
    try:
        gc.set_threshold(1, 1, 1)
        gc.enable()
        GuiThreadCollector(owner)
        assert not gc.isenabled()
        garbage = Cyclic()
        gone = weakref.ref(garbage)
        del garbage
        ran_on: list[str] = []
        worker = threading.Thread(target=lambda: ([Cyclic() for _ in range(1000)], ran_on.append("allocated")))
        worker.start()
        worker.join()
        assert ran_on == ["allocated"] and gone() is not None  # (no collection on the other thread's allocations)
        qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the collector's timer, on this thread
    finally:
        owner.deleteLater()
        gc.set_threshold(*threshold)
        if enabled:
            gc.enable()
