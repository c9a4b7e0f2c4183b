"""A school's server over the network (issue 20): what a teacher waits for when the shared PostgreSQL record is
5–30 ms away on the building's Wi-Fi, not on loopback.

A throwaway PostgreSQL cluster, started as .ci/run starts one (initdb and pg_ctl in a temporary folder, as the
postgres user when run as root, fsync off), holds a demo school (3 classes of 26 students by default); the app
reaches it through tests/network.Proxy, which delays each direction (`--server-delay`, 10 ms each way by default:
a 20 ms round trip) and counts round trips (the server's answers the app waited for). Each figure is measured on
loopback (no delay) and through the delay:

- services: the floor (a bare SELECT 1, the app's way: what one round trip costs), a log and the row re-read
  after it, the same with everything the window refreshes after a log with the student's panel open (the
  student's events, the undo label, the suggestion badge and cards), an undo and its row, opening the database
  and showing a class's roster (start), another class's roster (switch), a student's panel, the coach screen of
  a class;
- the assembled window over the same server (bench_window.Window with a database URL): from the key press to
  the repaint (log, undo, student, switch, coach), with the round trips from the key press until the window has
  settled (both lanes idle).

Each figure's name carries its round trips per action (median), the statements and the transactions at the
driver (tests/statements.py). Set AUTONOMY_BENCH_SERVER_URL to use a running server instead of starting one.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import Figure
from tests.network import Proxy

DATABASE = "autonomy_bench_server"
CLASSES, STUDENTS, DAYS = 3, 26, 120
# Targets at a 20 ms round trip (issue 20); the start's is read against the same run's loopback figure.
TARGETS = {"log": "median <= 80 and p99 <= 150", "switch": "median <= 150", "student": "median <= 100"}


@contextmanager
def cluster() -> Iterator[str]:
    """A throwaway PostgreSQL on 127.0.0.1 (its maintenance database's URL), stopped and removed afterwards."""
    given = os.environ.get("AUTONOMY_BENCH_SERVER_URL", "").strip()
    if given:
        yield given
        return
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: [int(x) for x in p.split("/")[4].split(".")])
    if not found:
        raise RuntimeError("benchmark: no PostgreSQL server installed (apt-get install postgresql), or set "
                           "AUTONOMY_BENCH_SERVER_URL")
    pgbin = found[-1]
    folder = Path(tempfile.mkdtemp(prefix="autonomy-bench-pg-"))
    as_pg: list[str] = []
    if os.geteuid() == 0:  # initdb and pg_ctl refuse to run as root
        shutil.chown(folder, "postgres")
        as_pg = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = folder / "data"

    def run(*args: str) -> None:
        subprocess.run([*as_pg, *args], cwd=folder, check=True, stdout=subprocess.DEVNULL)

    try:
        run(f"{pgbin}/initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C")
        run(f"{pgbin}/pg_ctl", "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
            f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_pg, f"{pgbin}/pg_ctl", "-D", str(data), "-m", "immediate", "stop"], cwd=folder,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)


def _school(admin_url: str, say: Callable[[str], None]) -> str:
    """The demo school in a fresh database on the server; its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from autonomy.app import open_services
    from autonomy.core.demo import generate_demo

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    admin.dispose()
    url = make_url(admin_url).set(database=DATABASE).render_as_string(hide_password=False)
    start = time.monotonic()
    services = open_services(database_url=url)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    services.exchange.import_document(generate_demo(classes=CLASSES, students=STUDENTS, days=DAYS, seed=7,
                                                    today=yesterday))
    services.db.close()
    say(f"  server: {CLASSES} classes x {STUDENTS} students x {DAYS} days imported in "
        f"{time.monotonic() - start:.0f} s")
    return url


def measure(repeats: int, window_rounds: int, say: Callable[[str], None], delay_ms: float = 10.0,
            window: bool = True) -> list[Figure]:
    figures: list[Figure] = []
    with cluster() as admin_url:
        url = _school(admin_url, say)
        host, port = _host_port(url)
        local: dict[str, Figure] = {}
        for delay in (0.0, delay_ms):
            where = "loopback" if delay == 0 else f"{2 * delay:g} ms round trip"
            with Proxy(host, port, delay_ms=delay) as proxy:
                found = _services(proxy.url_for(url), proxy, repeats, where, delay, local)
                figures += found
                say(f"  server ({where}): services measured")
                if window:
                    figures += _window(proxy.url_for(url), proxy, window_rounds, where, delay)
                    say(f"  server ({where}): window measured")
    return figures


def _host_port(url: str) -> tuple[str, int]:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.host or "127.0.0.1", parsed.port or 5432


class _Meter:
    """Samples of one action: its time, its round trips, its statements and transactions at the driver."""

    def __init__(self, proxy: Proxy, db: Any) -> None:
        self.proxy, self.db = proxy, db
        self.ms: dict[str, list[float]] = {}
        self.trips: dict[str, list[float]] = {}
        self.statements: dict[str, list[float]] = {}
        self.transactions: dict[str, list[float]] = {}

    def __call__(self, name: str, fn: Callable[[], Any]) -> Any:
        from tests.statements import counting

        begins: list[str] = []
        with counting(self.db, begins) as statements:
            trips = self.proxy.count()
            start = time.perf_counter()
            result = fn()
            took = (time.perf_counter() - start) * 1000
            trips = self.proxy.count() - trips
        for into, value in ((self.ms, took), (self.trips, trips), (self.statements, len(statements)),
                            (self.transactions, len(begins))):
            into.setdefault(name, []).append(float(value))
        return result


WORDS = {"floor": "floor: SELECT 1 (one round trip through the proxy)",
         "log": "log → row re-read", "log, all": "log → everything re-read (row, events, undo label, badge, cards)",
         "undo": "undo → row re-read", "start": "start → roster (open the database, classes, roster)",
         "switch": "class switch → roster", "student": "student panel", "coach": "coach screen of a class"}


def _services(url: str, proxy: Proxy, repeats: int, where: str, delay: float,
              local: dict[str, Figure]) -> list[Figure]:
    from autonomy.app import open_services
    from autonomy.services.reuse import shared

    services = open_services(database_url=url)
    meter = _Meter(proxy, services.db)
    classes = sorted(services.coach.classrooms(), key=lambda c: c.name)
    cid = classes[0].id
    active = [line.student_id for line in services.views.roster(cid) if line.active]
    category = next(c.key for c in services.events.categories() if c.kind == "build")
    today = dt.date.today()
    for n in range(repeats + 2):  # the first two warm the connections and the statement caches
        sid, other = active[n % len(active)], classes[(n + 1) % len(classes)].id

        def log(sid: str = sid) -> None:
            services.events.log([sid], "build", category)
            services.views.roster_lines(cid, [sid])

        def undo(sid: str = sid) -> None:
            services.history.undo()
            services.views.roster_lines(cid, [sid])

        def log_all(sid: str = sid) -> None:
            # As the window does it on a server, the student's panel open: the log, then the reads after it as one
            # batch (one transaction, each read's statements sent ahead), the badge's and the suggestion cards'
            # joining them (ui/app/lane.py).
            services.events.log([sid], "build", category)
            with services.db.together(), shared():
                services.views.roster_lines_ahead(cid, [sid])
                services.events.for_student_ahead(sid)
                services.history.state_ahead()
                services.suggestions.for_students_ahead(cid, [sid])
                services.suggestions.for_student_ahead(sid)
                services.views.roster_lines(cid, [sid])
                services.events.for_student(sid)
                services.history.state()
                services.suggestions.for_students(cid, [sid], today)
                services.suggestions.for_student(sid, today)

        meter("log", log)
        meter("undo", undo)
        meter("log, all", log_all)
        services.history.undo()
        meter("switch", lambda other=other: services.views.roster(other))  # type: ignore[misc]
        meter("student", lambda sid=sid: services.views.student_detail(sid))  # type: ignore[misc]
        meter("coach", lambda: services.coach.class_data(cid))
        meter("floor", lambda: _select_one(services))
        if n < max(3, repeats // 5) + 2:  # (a whole opening is slower: fewer of them)
            def start() -> None:
                opened = open_services(database_url=url)
                try:
                    first = sorted(opened.coach.classrooms(), key=lambda c: c.name)[0]
                    opened.views.roster(first.id)
                finally:
                    opened.db.close()

            # (its own connections: the meter's driver counts are of the open services, so only its time and
            # round trips are counted)
            trips = proxy.count()
            began = time.perf_counter()
            start()
            meter.ms.setdefault("start", []).append((time.perf_counter() - began) * 1000)
            meter.trips.setdefault("start", []).append(proxy.count() - trips)
    services.db.close()
    out = []
    for key in ("floor", "log", "log, all", "undo", "start", "switch", "student", "coach"):
        warm = 1 if key == "start" else 2
        figure = Figure(f"server, {where}: {WORDS[key]}{_counts(meter, key, warm)}", meter.ms[key][warm:],
                        target=_target(key, delay, local), extra=_extra(meter, key, warm, delay))
        if delay == 0:
            local[key] = figure
        out.append(figure)
    return out


def _select_one(services: Any) -> None:
    """What one round trip costs through the proxy, the app's own way (a read transaction of one statement): the
    floor the other figures are so many of."""
    from sqlalchemy import text

    with services.db.reading_rows() as conn:
        conn.execute(text("SELECT 1")).all()


def _counts(meter: _Meter, key: str, warm: int) -> str:
    parts = [f"{statistics.median(meter.trips[key][warm:]):g} rt"]
    if key in meter.statements:
        parts += [f"{statistics.median(meter.statements[key][warm:]):g} st",
                  f"{statistics.median(meter.transactions[key][warm:]):g} tx"]
    return " [" + ", ".join(parts) + "]"


def _extra(meter: _Meter, key: str, warm: int, delay: float) -> dict[str, Any]:
    extra: dict[str, Any] = {"delay_ms_each_way": delay, "round_trips": meter.trips[key][warm:]}
    if key in meter.statements:
        extra["statements"] = meter.statements[key][warm:]
        extra["transactions"] = meter.transactions[key][warm:]
    return extra


def _target(key: str, delay: float, local: dict[str, Figure]) -> str:
    if delay != 10.0:
        return ""
    if key == "start" and "start" in local:
        return f"median <= {local['start'].median + 1000:.0f}"
    return TARGETS.get(key, "")


WINDOW_KEYS = {"key → row repainted: log": "log", "key → row repainted: undo": "undo",
               "key → student panel painted": "student", "key → roster painted: switch": "switch",
               "key → coach view painted": "coach"}


def _window(url: str, proxy: Proxy, rounds: int, where: str, delay: float) -> list[Figure]:
    """The assembled window over the server, from the key press to the repaint (bench_window's figures)."""
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks import bench_window
    from tests.benchmarks.frames import Floors
    from tests.benchmarks.school import School
    from tests.benchmarks.switches import SWITCHES

    SWITCHES.install()
    work = Path(tempfile.mkdtemp(prefix="autonomy-bench-server-window-"))
    try:
        from autonomy.app import open_services

        opened = open_services(database_url=url)
        first = sorted(opened.coach.classrooms(), key=lambda c: c.name)[-1]
        opened.db.close()
        school = School(work / "app", DAYS, 0, first.id, first.name)
        win = bench_window.Window(school, work, database_url=url, counter=proxy.count)
        floors = Floors(work, (win.window.width(), win.window.height()))
        win.window.activateWindow()
        win.wait(lambda: QApplication.activeWindow() is win.window, "the window active")
        try:
            found = bench_window._measure(win, floors, rounds, max(2, rounds // 4), lambda _text: None)
        finally:
            floors.close()
            win.close()
        out = []
        for figure in found:
            key = next((k for prefix, k in WINDOW_KEYS.items() if figure.name.startswith(prefix)), None)
            if key is None:
                continue
            trips = win.trips.get(key, [])
            name = f"server, {where}: window {figure.name}" + (
                f" [{statistics.median(trips):g} rt until settled]" if trips else "")
            out.append(Figure(name, figure.samples, figure.baseline, figure.baseline_name,
                              target=TARGETS.get(key, "") if delay == 10.0 else "",
                              extra={**figure.extra, "delay_ms_each_way": delay,
                                     "round_trips_until_settled": trips}))
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)
