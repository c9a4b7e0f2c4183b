"""Process start to the main window painted, and to the last classroom's roster shown with data; the app's peak
memory with the school open. Baselines: a bare PySide6 QMainWindow process, and one that also imports
SQLAlchemy's ORM (the floor for this stack)."""

from __future__ import annotations

import compileall
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.harness import Figure
from tests.benchmarks.school import ROOT, School

# The floors: the same first-paint report the app gives with AUTONOMY_BENCH_MARK=1 (autonomy/ui/app/start.py).
BARE_WINDOW = """
import sys, time
{imports}
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def mark():
    print(f"autonomy-bench paint {{time.monotonic():.6f}}", file=sys.stderr, flush=True)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, mark)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
first = FirstPaint(window)
window.installEventFilter(first)
window.show()
app.exec()
"""
TIMEOUT_S = 90
# The app without its glance (services/glance.py, stdlib sqlite3 for the first screen): `Startup.glance` answers
# None, as it does when a migration is due, so the roster waits for SQLAlchemy's services (issue 15, point 4).
WITHOUT_GLANCE = """
import runpy, sys
from autonomy.ui.app import start
start.Startup.glance = lambda self: None
sys.argv[0] = "autonomy"
runpy.run_module("autonomy", run_name="__main__", alter_sys=True)
"""


def _env(config: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", AUTONOMY_BENCH_MARK="1", XDG_CONFIG_HOME=str(config),
               PYTHONDONTWRITEBYTECODE="1")
    env.pop("AUTONOMY_DATA_DIR", None)
    return env


def _peak_rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_marked(command: list[str], wanted: tuple[str, ...], env: dict[str, str]) -> tuple[dict[str, float], float]:
    """Start `command`, read its `autonomy-bench MOMENT T` lines until every wanted moment is seen; returns
    {moment: ms since just before the start} and the process's peak RSS (MB) at the last moment; then stops it."""
    start = time.monotonic()
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    seen: dict[str, float] = {}
    rss = 0.0
    try:
        assert proc.stderr is not None
        other: list[str] = []
        while set(wanted) - set(seen):
            if time.monotonic() - start > TIMEOUT_S:
                raise RuntimeError(f"{command[-1]} did not report {wanted} in {TIMEOUT_S} s: {''.join(other)[-800:]}")
            ready, _, _ = select.select([proc.stderr], [], [], 1.0)
            if not ready:
                continue
            line = proc.stderr.readline()
            if not line:
                raise RuntimeError(f"the process ended before reporting {wanted}: {''.join(other)[-800:]}")
            parts = line.split()
            if len(parts) == 3 and parts[0] == "autonomy-bench":
                seen[parts[1]] = (float(parts[2]) - start) * 1000
            else:
                other.append(line)
        rss = _peak_rss_mb(proc.pid) or 0.0
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return seen, rss


def measure(school: School, repeats: int, say=print) -> list[Figure]:
    # An installed app starts from byte-compiled modules (pip compiles them when it installs the wheel); a fresh
    # checkout has none, and compiling them on every start (PYTHONDONTWRITEBYTECODE) is not start-up.
    compileall.compile_dir(ROOT / "autonomy", quiet=1)
    with tempfile.TemporaryDirectory(prefix="autonomy-bench-config-") as config:  # the window's settings
        return _measure(school, repeats, say, _env(Path(config)))


def _measure(school: School, repeats: int, say, env: dict[str, str]) -> list[Figure]:
    python = sys.executable
    bare = [python, "-c", BARE_WINDOW.format(imports="")]
    orm = [python, "-c", BARE_WINDOW.format(imports="import sqlalchemy.orm")]
    arguments = ["--data-dir", str(school.folder), "gui", "--class", school.last_class_name]
    app = [python, "-m", "autonomy", *arguments]
    no_glance = [python, "-c", WITHOUT_GLANCE, *arguments]
    paint, roster, rss, bare_paint, orm_paint, orm_rss = [], [], [], [], [], []
    paint_ng, roster_ng, bare_ng, orm_ng = [], [], [], []
    # One discarded round first: the page cache and any first-open work (a daily backup) are not start-up.
    for round_ in range(repeats + 1):
        b, _ = run_marked(bare, ("paint",), env)
        o, o_rss = run_marked(orm, ("paint",), env)
        a, a_rss = run_marked(app, ("paint", "roster", "suggestions"), env)
        b2, _ = run_marked(bare, ("paint",), env)
        o2, _ = run_marked(orm, ("paint",), env)
        g, _ = run_marked(no_glance, ("paint", "roster", "suggestions"), env)
        if round_ == 0:
            continue
        paint_ng.append(g["paint"])
        roster_ng.append(g["roster"])
        bare_ng.append(b2["paint"])
        orm_ng.append(o2["paint"])
        bare_paint.append(b["paint"])
        orm_paint.append(o["paint"])
        orm_rss.append(o_rss)
        paint.append(a["paint"])
        roster.append(a["roster"])
        rss.append(a_rss)
        say(f"  start-up round {round_}: paint {a['paint']:.0f} ms (bare {b['paint']:.0f}), roster "
            f"{a['roster']:.0f} ms (bare+orm {o['paint']:.0f}), peak {a_rss:.0f} MB; without the glance: paint "
            f"{g['paint']:.0f} ms, roster {g['roster']:.0f} ms")
    return [
        Figure("first paint", paint, bare_paint, "bare QMainWindow process", target="ratio <= 1.3"),
        Figure("interactive roster (last class)", roster, orm_paint, "bare window + sqlalchemy.orm process",
               target="ratio <= 1.2"),
        # Without targets: they are there to measure what the glance buys (issue 15, point 4).
        Figure("  first paint without the glance", paint_ng, bare_ng, "bare QMainWindow process"),
        Figure("  interactive roster without the glance", roster_ng, orm_ng, "bare window + sqlalchemy.orm process"),
        Figure("peak RSS, school open (roster + badges)", rss, orm_rss, "bare window + sqlalchemy.orm", unit="MB",
               target="median < 250"),
    ]
