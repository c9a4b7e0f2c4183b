"""What a teacher waits for, in the assembled window (built as `autonomy gui` builds it: `Startup`, its two threaded
lanes, the glance, the services opened behind it) over a private copy of the school-scale database: from a real
key press (QTest, through the window's shortcuts and the focused widget) to the end of the first frame that
repaints the affected widget after its data landed (tests/benchmarks/frames.py).

Each round is measured beside the floors (frames.Floors), and between two rounds the window settles (both lanes
idle, the suggestion badges back), as between a teacher's two actions. Every log is undone, so the class's day
stays the same size.
"""

from __future__ import annotations

import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.benchmarks.frames import Floors, FrameProbe, floor_of, wait_until
from tests.benchmarks.harness import Figure
from tests.benchmarks.school import School, copy_of
from tests.benchmarks.switches import SWITCHES

NO_KEY, CTRL, SHIFT = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier,
                       Qt.KeyboardModifier.ShiftModifier)
WRITE_FLOOR = ("commit", "lane hop", "repaint")  # the least a write can cost: one commit, one hop, one frame
READ_FLOOR = ("lane hop", "repaint")


class Window:
    """The assembled window over `school`, and the keys and waits the figures use."""

    def __init__(self, school: School, work: Path, database_url: str | None = None,
                 counter: Callable[[], int] | None = None) -> None:
        from autonomy.ui.app import errors, start
        from autonomy.ui.words import i18n

        self.app = start.application()
        self.failures: list[BaseException] = []
        errors.report = lambda _parent, error: self.failures.append(error)  # type: ignore[assignment]  # no dialog here
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        i18n.install(settings)
        request = start.Request("roster", "", None, school.last_class_name, str(school.folder), database_url,
                                school.folder)
        # Round trips to a server from each key press until the window has settled (bench_server.py).
        self.counter = counter
        self.trips: dict[str, list[int]] = {}
        self.startup = startup = start.Startup(self.app, request, settings)
        opened: list[Any] = []
        behind = startup.opened_behind

        def opened_behind(result: Any) -> None:
            behind(result)
            opened.append(result)

        startup.opened_behind = opened_behind  # type: ignore[method-assign]
        attach = startup.attach  # (a server's services open straight into the window, not behind the glance)

        def attached(result: Any) -> None:
            attach(result)
            opened.append(result)

        startup.attach = attached  # type: ignore[method-assign]
        startup.show_window()
        startup.report_lane_failures()
        start.after_first_paint(startup.window, startup.open_database)
        startup.start_anyway.start(start.START_ANYWAY_MS)
        self.window = window = startup.window
        self.wait(lambda: bool(opened) and window.roster is not None and window.detail is not None,
                  "the window opening its services")
        assert window.roster is not None and window.detail is not None
        self.roster, self.detail = window.roster, window.detail
        self.busy = {"lane": False, "background": False}
        startup.lane.busy_changed.connect(lambda on: self.busy.__setitem__("lane", on))
        startup.background.busy_changed.connect(lambda on: self.busy.__setitem__("background", on))
        self.probe = FrameProbe()
        self.downwards = True  # through the class and back
        self.lands: Callable[[], bool] | None = None  # what the current figure waits for on the roster's model
        model = self.roster.table.model()
        for signal in (model.dataChanged, model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self._model_changed)
        window.activateWindow()
        self.wait(lambda: QApplication.activeWindow() is window, "the window active")
        self.wait(lambda: self.roster.model.rowCount() > 0, "the roster shown")
        self.settle()

    def mark(self) -> int:
        return self.counter() if self.counter is not None else 0

    def record(self, name: str, mark: int) -> None:
        """The round trips since `mark`, for figure `name` (call once the window has settled)."""
        if self.counter is not None:
            self.trips.setdefault(name, []).append(self.counter() - mark)

    # --- waiting -------------------------------------------------------------------------------------------
    def wait(self, done: Callable[[], bool], what: str) -> None:
        def finished() -> bool:
            if self.failures:
                raise RuntimeError(f"benchmark: the window reported {self.failures[0]!r}")
            return done()

        wait_until(finished, what)

    def settle(self) -> None:
        """Both lanes idle and no suggestion reload pending (the badges back on the rows), then the paints."""
        timer = getattr(self.roster, "_suggestion_timer", None)
        self.wait(lambda: not self.busy["lane"] and not self.busy["background"]
                  and not (timer is not None and timer.isActive()), "the window settling")
        for _ in range(3):
            QCoreApplication.processEvents()
        if QApplication.activeWindow() is None:
            # The offscreen platform has no window manager to give the window back its activation when a popup
            # closes, as a desktop does; its shortcuts need it.
            self.window.activateWindow()
            self.wait(lambda: QApplication.activeWindow() is self.window, "the window active again")
            for _ in range(3):  # what the activation repaints (the roster's selection), before the next key
                QCoreApplication.processEvents()

    def _model_changed(self, *_args: Any) -> None:
        if self.lands is not None and self.lands():
            self.lands = None
            self.probe.landed([self.roster.table.viewport()])

    # --- keys ----------------------------------------------------------------------------------------------
    def focus(self, widget: QWidget) -> None:
        if QApplication.focusWidget() is not widget:
            widget.setFocus()
            self.wait(lambda: QApplication.focusWidget() is widget, "the focus")

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_KEY) -> None:
        """A key to the widget with the keyboard focus, as a keyboard sends it."""
        QTest.keyClick(QApplication.focusWidget() or self.window, key, modifier)

    def timed_on_roster(self, key: Qt.Key, modifier: Qt.KeyboardModifier, lands: Callable[[], bool],
                        what: str) -> float:
        """Press `key`; wait for the roster model to show what `lands` checks, then for its repaint."""
        self.lands = lands
        self.probe.arm()
        self.press(key, modifier)
        self.wait(lambda: self.probe.done, what)
        self.lands = None
        return self.probe.took()

    # --- the student on screen --------------------------------------------------------------------------------
    def builds_today(self, student_id: str) -> int:
        row = self.roster.model.row_of(student_id)
        assert row is not None
        return int(self.roster.model.line(row).builds_today)

    def open_next_student(self) -> tuple[str, float]:
        """Down on the roster (Up on the way back from the end of the class): the student panel painted with the
        next student. (Ctrl+Home would only move the focus: with Ctrl an arrow key keeps the selection.)"""
        table = self.roster.table
        self.focus(table)
        row, last = table.currentIndex().row(), table.model().rowCount() - 1
        if row >= last:
            self.downwards = False
        elif row <= 0:
            self.downwards = True
        key, modifier = (Qt.Key.Key_Down if self.downwards else Qt.Key.Key_Up), NO_KEY
        detail = self.detail
        wanted: list[str] = []

        def loaded() -> None:
            if wanted and detail.student_id == wanted[0]:
                self.probe.landed([detail, *detail.findChildren(QWidget)])

        detail.loaded.connect(loaded)
        try:
            self.probe.arm()
            shown = detail.student_id
            self.press(key, modifier)
            ids = self.roster.selected_ids()
            assert len(ids) == 1 and ids[0] != shown, f"the key did not select another student: {ids}"
            wanted.append(ids[0])
            if detail.student_id == ids[0] and self.probe.landed_at is None and not self.busy["lane"]:
                loaded()  # (an inline lane would have loaded it already)
            self.wait(lambda: self.probe.done, "the student panel painted")
        finally:
            detail.loaded.disconnect(loaded)
        return ids[0], self.probe.took()

    def open_log_popup(self) -> float:
        """B on the roster: the log popup painted."""
        self.focus(self.roster.table)
        self.probe.arm()
        self.press(Qt.Key.Key_B)
        dialog = self.roster.log_dialog
        assert dialog is not None and dialog.isVisible()
        self.probe.landed([dialog, *dialog.findChildren(QWidget)])
        self.wait(lambda: self.probe.done, "the log popup painted")
        return self.probe.took()

    def close_coach(self) -> None:
        coach = getattr(self.window, "coach_window", None)
        if coach is not None:
            coach.close()
            self.window.coach_window = None  # type: ignore[assignment]
            coach.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.window.activateWindow()
        self.wait(lambda: QApplication.activeWindow() is self.window, "the window active again")

    def close(self) -> None:
        self.close_coach()
        self.probe.release()
        self.window.close()
        self.startup.lane.shutdown()
        self.startup.background.shutdown()
        services = getattr(self.window.backend, "_services", None)
        if services is not None:
            services.db.close()


def measure(school: School, rounds: int, coach_rounds: int, say: Callable[[str], None] = print) -> list[Figure]:
    SWITCHES.install()
    work = Path(tempfile.mkdtemp(prefix="autonomy-bench-window-", dir=school.folder.parent))
    copy = copy_of(school, work / "app")
    win = Window(copy, work)
    floors = Floors(work, (win.window.width(), win.window.height()))
    win.window.activateWindow()
    win.wait(lambda: QApplication.activeWindow() is win.window, "the window active")
    try:
        return _measure(win, floors, rounds, coach_rounds, say)
    finally:
        floors.close()
        win.close()


def _measure(win: Window, floors: Floors, rounds: int, coach_rounds: int, say: Callable[[str], None]) -> list[Figure]:
    got: dict[str, list[float]] = {}
    beside: dict[str, list[dict[str, float]]] = {}  # each figure's floors, measured just before it
    stages: dict[str, list[dict[str, float]]] = {}

    def add(name: str, ms: float, parts: dict[str, float], stage: dict[str, float] | None = None) -> None:
        got.setdefault(name, []).append(ms)
        beside.setdefault(name, []).append(parts)
        if stage is not None:
            stages.setdefault(name, []).append(stage)

    for warm in (True, False):  # a warm-up (statements compiled, widgets built, caches filled), not counted
        SWITCHES.timings.clear()
        for n in range(2 if warm else rounds):
            for name, ms, parts, stage in _round(win, floors):
                if not warm:
                    add(name, ms, parts, stage)
            if not warm and (n + 1) % 50 == 0:
                say(f"  window: {n + 1} of {rounds} rounds")
    internal = {label: SWITCHES.take(label) for label in ("events.log", "views.roster_lines")}

    # Switching classroom: the class list has the focus; Up then Down, back and forth.
    combo = win.roster.classroom
    for n in range(rounds // 4 + 1):
        win.focus(combo)
        parts = floors.sample()
        before = win.roster.classroom_id
        key = Qt.Key.Key_Up if n % 2 == 0 else Qt.Key.Key_Down
        mark = win.mark()
        def moved(before: str = before) -> bool:
            return win.roster.classroom_id != before

        ms = win.timed_on_roster(key, NO_KEY, moved, "the other class's roster painted")
        win.settle()
        if n:
            add("switch", ms, parts)
            win.record("switch", mark)

    # The coach view (Ctrl+Shift+C), built afresh each time as on its first opening in a session.
    for n in range(coach_rounds + 1):
        win.focus(win.roster.table)
        parts = floors.sample()
        mark = win.mark()
        win.probe.arm()
        win.press(Qt.Key.Key_C, CTRL | SHIFT)
        screen = win.window.coach_window.screen_widget
        screen.loaded.connect(lambda s=screen: win.probe.landed([s, *s.findChildren(QWidget)]))
        win.wait(lambda: win.probe.done, "the coach view painted")
        took = win.probe.took()
        win.settle()
        if n:
            add("coach", took, parts)
            win.record("coach", mark)
        win.close_coach()
        win.settle()
    if win.probe.outside:
        say(f"  window: {win.probe.outside} paints came outside a frame (timed from the paint itself)")
    return _figures(got, beside, stages, floors, internal)


STAGE_ORDER = ("to the lane", "write", "read", "GUI before the re-read", "re-read",
               "GUI until the rows reach the model", "model and view take them", "GUI until the panel fills",
               "panel fills",
               "until the student panel re-fills", "it re-fills", "to landed", "to painted")
Sample = tuple[str, float, dict[str, float], dict[str, float] | None]  # figure, ms, its floors, its stages


def _round(win: Window, floors: Floors) -> list[Sample]:
    """The next student opened (Down/Up), B (the popup), 1, Enter (the row repainted), Ctrl+Z (repainted again)."""
    out: list[Sample] = []
    parts = floors.sample()
    mark = win.mark()
    student, ms = win.open_next_student()
    out.append(("student", ms, parts, _read_stages(win.probe, "views.student_detail", "detail panel filled")))
    win.settle()
    win.record("student", mark)
    parts = floors.sample()
    out.append(("popup", win.open_log_popup(), parts, None))
    win.press(Qt.Key.Key_1)
    win.settle()  # a teacher's pace: what the popup's opening left to paint is painted before Enter
    before = win.builds_today(student)
    mark = win.mark()
    ms = win.timed_on_roster(Qt.Key.Key_Return, NO_KEY, lambda: win.builds_today(student) == before + 1,
                             "the logged row repainted")
    out.append(("log", ms, parts, _stages(win.probe, "events.log", "views.roster_lines", "model.update_rows")))
    win.settle()
    win.record("log", mark)
    parts = floors.sample()
    mark = win.mark()
    ms = win.timed_on_roster(Qt.Key.Key_Z, CTRL, lambda: win.builds_today(student) == before,
                             "the undone row repainted")
    out.append(("undo", ms, parts, _stages(win.probe, "history.undo", "views.roster", "model.set_rows")))
    win.settle()
    win.record("undo", mark)
    return out


def _stages(probe: FrameProbe, write: str, read: str, model: str) -> dict[str, float]:
    """Where one write's wait went: from the key press to the write starting on the lane, the write, the GUI
    thread until the re-read starts, the re-read, the GUI thread until the rows reach the model, the model and the
    view taking them in (sorting, column widths), then until the frame that repainted them ended."""
    t0, landed, painted = probe.armed_at, probe.landed_at, probe.painted_at
    assert t0 is not None and landed is not None and painted is not None
    never = (-1.0, -1.0)
    (ws, we), (rs, re), (ms, me) = (SWITCHES.last.get(label, never) for label in (write, read, model))
    out: dict[str, float] = {}
    if t0 <= ws <= we <= landed:
        out.update({"to the lane": ws - t0, "write": we - ws})
        if we <= rs <= re <= landed:  # (a version that puts the written rows on screen without a re-read has none)
            out.update({"GUI before the re-read": rs - we, "re-read": re - rs})
        else:
            re = we
        if re <= ms <= me and ms <= landed:
            out.update({"GUI until the rows reach the model": ms - re, "model and view take them": me - ms})
            fs, fe = SWITCHES.last.get("detail panel filled", never)
            if me <= fs <= fe <= painted:  # the open student panel re-filled itself before the roster's frame
                out.update({"until the student panel re-fills": fs - me, "it re-fills": fe - fs,
                            "to painted": painted - fe})
            else:
                out["to painted"] = painted - me
            return out
        out["to landed"] = landed - re
    else:
        out["to landed"] = landed - t0
    out["to painted"] = painted - landed
    return out


def _read_stages(probe: FrameProbe, read: str, fill: str) -> dict[str, float]:
    """Where a read's wait went: to the lane, the read, the GUI thread until the panel fills, its filling, the
    frame."""
    t0, painted = probe.armed_at, probe.painted_at
    assert t0 is not None and painted is not None
    never = (-1.0, -1.0)
    (rs, re), (fs, fe) = SWITCHES.last.get(read, never), SWITCHES.last.get(fill, never)
    if not t0 <= rs <= re <= fs <= fe <= painted:
        return {}
    return {"to the lane": rs - t0, "read": re - rs, "GUI until the panel fills": fs - re, "panel fills": fe - fs,
            "to painted": painted - fe}


def _figures(got: dict[str, list[float]], beside: dict[str, list[dict[str, float]]],
             stages: dict[str, list[dict[str, float]]], floors: Floors,
             internal: dict[str, list[float]]) -> list[Figure]:
    def figure(key: str, name: str, floor: tuple[str, ...], target: str = "") -> Figure:
        parts = beside[key]
        extra: dict[str, Any] = {}
        if stages.get(key) and any(stages[key]):
            found = [stage for stage in stages[key] if stage]
            names = [k for k in STAGE_ORDER if any(k in stage for stage in found)]
            extra["stage_medians_ms"] = {k: statistics.median(s[k] for s in found if k in s) for k in names}
            extra["stage_counts"] = {k: sum(1 for s in found if k in s) for k in names}
            extra["stage_samples"] = len(found)
        return Figure(name, got[key], [floor_of(p, floor) for p in parts], " + ".join(floor), target=target,
                      floors={f: [p[f] for p in parts] for f in floors.NAMES}, extra=extra)

    out = [
        figure("log", "key → row repainted: log (Enter in the popup)", WRITE_FLOOR, "p99 < 16"),
        figure("undo", "key → row repainted: undo (Ctrl+Z)", WRITE_FLOOR, "p99 < 16"),
        figure("popup", "key → log popup painted (B)", ("repaint",)),
        figure("student", "key → student panel painted (Down/Up)", READ_FLOOR, "p99 < 50"),
        figure("switch", "key → roster painted: switch classroom", READ_FLOOR, "p99 < 100"),
        figure("coach", "key → coach view painted (Ctrl+Shift+C)", READ_FLOOR, "p99 < 500"),
    ]
    words = {"event loop": "floor: event posted → delivered", "repaint": "floor: bare window update() → painted",
             "lane hop": "floor: no-op lane job → result back",
             "commit": "floor: sqlite3 INSERT+COMMIT, WAL, synchronous=FULL"}
    out += [Figure(words[name], floors.samples[name]) for name in floors.NAMES]
    commits = floors.samples["commit"]
    for label in ("events.log", "views.roster_lines"):
        samples = internal[label]
        if samples:
            out.append(Figure(f"internal: {label} on the lane", samples, commits if label == "events.log" else [],
                              "sqlite3 INSERT+COMMIT" if label == "events.log" else ""))
    return out


def stage_lines(figures: list[Figure]) -> list[str]:
    """One line per figure that has them: where its median wait went."""
    def one(f: Figure, k: str, v: float) -> str:
        n, of = f.extra["stage_counts"][k], f.extra["stage_samples"]
        return f"{k} {v:.1f}" + (f" (in {n} of {of})" if n != of else "")

    return [f"  {f.name.strip()}: " + ", ".join(one(f, k, v) for k, v in f.extra["stage_medians_ms"].items())
            for f in figures if "stage_medians_ms" in f.extra]
