"""Measurement switches, installed once per process (no change to the app's code):

- `timings`: how long the lane spent inside `EventService.log`, `ViewService.roster_lines`, `HistoryService.undo`
  and `ViewService.roster` (the internal figures, and where a key press's wait went); and
  `RosterModel.update_rows` / `set_rows`, `ViewService.student_detail` and the student panel's filling.

(It also switched prepared.py off for half of the samples, until prepared.py went: issue 20.)
"""

from __future__ import annotations

import time
from typing import Any


class Switches:
    def __init__(self) -> None:
        self.timings: dict[str, list[float]] = {}
        self.last: dict[str, tuple[float, float]] = {}  # label -> (start, end) of its latest call, perf_counter ms
        self._installed = False

    def install(self) -> Switches:
        """Patch once per process, before the services open (some hold a statement's bound `rows`)."""
        if self._installed:
            return self
        self._installed = True
        from autonomy.services.events import EventService
        from autonomy.services.history import HistoryService
        from autonomy.services.views import ViewService
        self._time(EventService, "log", "events.log")
        self._time(ViewService, "roster_lines", "views.roster_lines")
        self._time(HistoryService, "undo", "history.undo")
        self._time(ViewService, "roster", "views.roster")
        from autonomy.ui.roster.model import RosterModel

        # The rows put into the roster's model, with everything the view does about it (sorting, column widths).
        self._time(RosterModel, "update_rows", "model.update_rows")
        self._time(RosterModel, "set_rows", "model.set_rows")
        from autonomy.ui.student.panel import DetailPanel

        self._time(ViewService, "student_detail", "views.student_detail")
        self._time(DetailPanel, "_apply", "detail panel filled")
        return self

    def _time(self, cls: type, method: str, label: str) -> None:
        real = getattr(cls, method, None)
        if real is None:  # (renamed in another version of the app: its stages are just not split)
            return
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter_ns()
            try:
                return real(*args, **kwargs)
            finally:
                end = time.perf_counter_ns()
                self.timings.setdefault(label, []).append((end - start) / 1e6)
                self.last[label] = (start / 1e6, end / 1e6)

        setattr(cls, method, timed)

    def take(self, label: str) -> list[float]:
        """The timings of `label` so far (and forget them)."""
        return self.timings.pop(label, [])


SWITCHES = Switches()
