"""Measurement switches, flipped between interleaved samples of one run (no change to the app's code):

- `prepared`: when off, every `storage.prepared.Prepared` statement runs through SQLAlchemy's ordinary Core path
  (`Connection.execute` of the same statement) instead of straight on the DB-API cursor: the app as it would be
  without prepared.py (issue 15, point 4).
- `timings`: how long the lane spent inside `EventService.log`, `ViewService.roster_lines`, `HistoryService.undo`
  and `ViewService.roster` (the internal figures, and where a key press's wait went), by whether prepared was on;
  and `RosterModel.update_rows` / `set_rows`, `ViewService.student_detail` and the student panel's filling.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import Any


class Switches:
    def __init__(self) -> None:
        self.prepared = True
        self.core_calls = 0  # Prepared statements that ran through Core (checks that "off" really is off)
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
        from autonomy.storage.prepared import Prepared

        switch = self
        real = {name: getattr(Prepared, name) for name in ("run", "run_many", "inserted_rowid", "rows")}

        def run(self: Prepared, conn: Any, params: Mapping[str, Any] | None = None) -> None:
            if switch.prepared:
                return real["run"](self, conn, params)
            switch.core_calls += 1
            conn.execute(self.statement, dict(params or {}))
            return None

        def run_many(self: Prepared, conn: Any, rows: Sequence[Mapping[str, Any]]) -> None:
            if switch.prepared:
                return real["run_many"](self, conn, rows)
            switch.core_calls += 1
            if rows:
                conn.execute(self.statement, [dict(row) for row in rows])
            return None

        def inserted_rowid(self: Prepared, conn: Any, params: Mapping[str, Any]) -> int | None:
            if switch.prepared:
                return real["inserted_rowid"](self, conn, params)
            switch.core_calls += 1
            return conn.execute(self.statement, dict(params)).lastrowid

        def rows(self: Prepared, conn: Any, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
            if switch.prepared:
                return real["rows"](self, conn, params)
            switch.core_calls += 1
            return [tuple(row) for row in conn.execute(self.statement, dict(params or {})).all()]

        for name, fn in (("run", run), ("run_many", run_many), ("inserted_rowid", inserted_rowid), ("rows", rows)):
            setattr(Prepared, name, fn)
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
        switch = self

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter_ns()
            try:
                return real(*args, **kwargs)
            finally:
                end = time.perf_counter_ns()
                key = f"{label}, {'prepared' if switch.prepared else 'Core'}"
                switch.timings.setdefault(key, []).append((end - start) / 1e6)
                switch.last[label] = (start / 1e6, end / 1e6)

        setattr(cls, method, timed)

    def take(self, label: str, prepared: bool) -> list[float]:
        """The timings of `label` so far (and forget them)."""
        return self.timings.pop(f"{label}, {'prepared' if prepared else 'Core'}", [])


SWITCHES = Switches()
