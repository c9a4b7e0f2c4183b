"""`autonomy gui`: the app's start. The composition root of the UI: the application, the lane, the window.

The window paints first; the database is opened on the lane and the panels are attached when it is ready.
With `--screenshot FILE.png` the requested view is rendered at 1280x800 once its data is on screen, saved,
and the app exits (0, or 1 with one sentence on stderr).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from autonomy.core.errors import AutonomyError, NotFound
from autonomy.core.resources import resource_path
from autonomy.storage.lock import AlreadyRunning, InstanceLock
from autonomy.storage.paths import DATABASE_FILE, ensure_private_dir, resolve_data_dir
from autonomy.ui import errors, i18n
from autonomy.ui.backend import Backend, OpeningFailed
from autonomy.ui.lane import Lane
from autonomy.ui.main_window import MainWindow

if TYPE_CHECKING:  # imported on the lane (SQLAlchemy and the services) while the empty window paints
    from autonomy.services import Services
    from autonomy.services.dto import StudentInfo
    from autonomy.services.glance import FirstScreen

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_MS = 60_000
SERVER_URL_KEY = "database/url"  # QSettings: the shared server's URL, "" for the data folder's file
START_ANYWAY_MS = 300  # the database work starts after the first paint, or after this if there is none
OPEN_BEHIND_WAIT_S = 2.0  # the longest the services wait for the first screen to be painted
BENCH_MARK_ENV = "AUTONOMY_BENCH_MARK"  # tests/benchmarks: report the moments start-up reaches on stderr


class Opened(NamedTuple):
    services: Services
    classroom_id: str
    student: StudentInfo | None


def tr(text: str) -> str:
    return QCoreApplication.translate("Main", text)


def parse_view(view: str | None) -> tuple[str, str]:
    view = (view or "roster").strip()
    if view == "roster" or view == "coach":
        return view, ""
    if view.startswith("student:") and view[len("student:"):].strip():
        return "student", view[len("student:"):].strip()
    raise ValueError(view)


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Autonomy")
    app.setOrganizationName("Autonomy")
    app.setOrganizationDomain("autonomy.invalid")
    app.setDesktopFileName("org.autonomyapp.Autonomy")  # Wayland app id: matches the installed .desktop
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon, set just after the first paint: loading the SVG icon engine is not needed to paint."""
    from PySide6.QtGui import QIcon

    with contextlib.suppress(FileNotFoundError):
        app.setWindowIcon(QIcon(str(resource_path("icons", "autonomy.svg"))))


def run(args: argparse.Namespace) -> int:
    try:
        kind, name = parse_view(getattr(args, "view", None))
    except ValueError:
        print(f"“{args.view}” is not a view (use roster, student:NAME or coach).", file=sys.stderr)
        return 2
    screenshot = getattr(args, "screenshot", None)
    app = application()
    # A shared server chosen in Preferences; --database-url or --data-dir on the command line win over it.
    saved_url = "" if screenshot else str(QSettings().value(SERVER_URL_KEY, "") or "")
    database_url = args.database_url or (saved_url if not args.data_dir else "") or None
    data_dir = None if database_url and not args.data_dir else resolve_data_dir(args.data_dir)
    if data_dir is not None:
        # If the folder cannot be used, opening the database below reports it in a dialog or on stderr.
        with contextlib.suppress(AutonomyError):
            errors.configure_log(ensure_private_dir(data_dir))
    errors.install_excepthook()
    # One window per data folder (a screenshot only reads, and may run beside the teacher's window).
    instance = None
    if data_dir is not None and not screenshot:
        try:
            instance = InstanceLock(ensure_private_dir(data_dir)).acquire()
        except AutonomyError as error:
            print(str(error), file=sys.stderr)
            if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
                from PySide6.QtWidgets import QMessageBox

                title = (app.tr("Autonomy is already open") if isinstance(error, AlreadyRunning)
                         else app.tr("Autonomy cannot start"))  # a read-only or full data folder
                QMessageBox.information(None, title, str(error))
            return 1

    if screenshot:
        import tempfile

        # A throwaway settings file: a screenshot shows the defaults, and leaves the teacher's layout alone.
        scratch = tempfile.mkdtemp(prefix="autonomy-shot-")
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings()
    # Before the first widget: every tr() from here on is in the teacher's language.
    i18n.install(settings)
    lane, background = Lane(), Lane()
    window = MainWindow(settings, chrome_later=True)
    after_first_paint(window, window.finish_chrome)
    after_first_paint(window, lambda: set_window_icon(app))
    if screenshot:
        window.resize(*SCREENSHOT_SIZE)
    if os.environ.get(BENCH_MARK_ENV):
        _bench_marks(window)
    window.show()
    outcome = {"code": 0}

    def finish(code: int, message: str = "") -> None:
        if message:
            print(message, file=sys.stderr)
        outcome["code"] = code
        app.exit(code)

    def open_all(opened_now: Callable[[Services], None] | None = None) -> Opened:
        from autonomy.app import open_services, take_daily_backup

        services = open_services(args.data_dir, database_url, daily_backup=False)
        if opened_now is not None:
            opened_now(services)  # before the daily backup, which may take a while on a big file
        take_daily_backup(services)
        classroom_id = ""
        if args.classroom:
            classroom_id = services.roster.find_classroom(args.classroom).id
        student = None
        if kind == "student":
            try:
                student = services.roster.find_student(name, classroom_id or None)
            except NotFound:
                raise NotFound(f"There is no student called “{name}”.") from None
            if not classroom_id and student.classroom_ids:
                classroom_id = student.classroom_ids[0]
        return Opened(services, classroom_id, student)

    def opened(result: Opened) -> None:
        backend = Backend.over(result.services, lane, background)
        if screenshot or kind != "roster":
            window.ready.connect(lambda: after_ready(result))
        window.attach(backend, result.classroom_id)

    # The roster of a SQLite file is first read with the standard library while SQLAlchemy and the services
    # load behind it (services/glance.py); the panels are built over a backend that is still opening.
    # SQLAlchemy's import holds the interpreter for a fifth of a second: it starts once the first screen is
    # painted rather than slowing the panels being built for it (or at once if there is no first screen, or
    # something asks for the services sooner).
    may_open = threading.Event()
    opening = Backend.opening(lane, background, hurry=may_open.set)

    def glance() -> FirstScreen | None:
        from autonomy.services.glance import first_screen

        assert data_dir is not None
        return first_screen(data_dir / DATABASE_FILE, args.classroom or "", remembered)

    def glanced(screen: FirstScreen | None) -> None:
        if screen is None:
            may_open.set()
            return  # not at a glance (a migration is due, a name to resolve): the panels wait for the services
        if screenshot:
            window.ready.connect(lambda: after_ready(None))
        window.attach(opening, screen.classroom_id, first=screen)
        QTimer.singleShot(0, may_open.set)  # after the roster's first paint

    def opening_failed_glance(_error: BaseException) -> None:
        may_open.set()  # a glance that failed only means the ordinary start

    def open_behind() -> Opened:
        may_open.wait(OPEN_BEHIND_WAIT_S)
        try:
            # Provided here, on the lane: every later job finds the services open, and the GUI thread waits
            # for them no longer than opening takes.
            return open_all(opening.provide)
        except BaseException as error:
            opening.opening_failed(error)
            raise

    def opened_behind(result: Opened) -> None:
        if window.backend is None:  # the glance could not answer: the ordinary start
            if screenshot:
                window.ready.connect(lambda: after_ready(result))
            window.attach(opening, result.classroom_id)

    def after_ready(result: Opened | None) -> None:
        assert window.roster is not None and window.detail is not None
        if screenshot and not waited["suggestions"]:
            # Shoot once the suggestion badges are on the rows too.
            waited["suggestions"] = True
            window.roster.suggestions_loaded.connect(lambda: after_ready(result),
                                                     type=QtCore.Qt.ConnectionType.SingleShotConnection)
            return
        if kind == "student" and result is not None and result.student is not None:
            window.detail.loaded.connect(lambda: QTimer.singleShot(150, shoot),
                                         type=QtCore.Qt.ConnectionType.SingleShotConnection)
            window.roster.select_ids([result.student.id])
            window.detail.show_student(result.student.id)
            window.show_detail(True)
            return
        if kind == "coach" and result is not None:
            coach = window.open_coach(result.classroom_id)
            if screenshot:
                coach.resize(*SCREENSHOT_SIZE)
                coach.screen_widget.loaded.connect(lambda: QTimer.singleShot(150, lambda: shoot(coach)),
                                                   type=QtCore.Qt.ConnectionType.SingleShotConnection)
            return
        QTimer.singleShot(150, shoot)

    shots = {"done": False}
    waited = {"suggestions": False}

    def shoot(target: QWidget | None = None) -> None:
        if not screenshot or shots["done"]:
            return
        shots["done"] = True
        path = Path(screenshot)
        if not (target or window).grab().save(str(path), "PNG"):
            finish(1, f"The screenshot could not be written to {path}.")
            return
        finish(0)

    def failed_open(error: BaseException) -> None:
        if screenshot or isinstance(error, NotFound) and kind == "student":
            finish(1, errors.message_for(error)[1])
            return
        errors.report(window, error)
        window.close()
        app.exit(1)
        outcome["code"] = 1

    for each in (lane, background):
        each.failed.connect(lambda error: finish(1, errors.message_for(error)[1])
                            if screenshot and not isinstance(error, OpeningFailed) else None)
    # A timer object (not a bare singleShot), stopped when the loop ends, so it cannot fire into a later
    # event loop of the same process (tests run several in a row).
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: finish(1, "The view did not finish loading in time."))
    if screenshot:
        deadline.start(SCREENSHOT_TIMEOUT_MS)
    remembered = "" if screenshot else str(settings.value("roster/classroom", "") or "")
    started = {"done": False}

    def start() -> None:
        """The database work, once the empty window is on screen (it would slow the first paint)."""
        if started["done"]:
            return
        started["done"] = True
        if kind == "roster" and database_url is None and data_dir is not None:
            lane.run(glance, glanced, opening_failed_glance)
            lane.run(open_behind, opened_behind, failed_open)
        else:
            lane.run(open_all, opened, failed_open)

    after_first_paint(window, start)
    start_anyway = QTimer()  # a window that is not painted (started minimised) still opens its database
    start_anyway.setSingleShot(True)
    start_anyway.timeout.connect(start)
    start_anyway.start(START_ANYWAY_MS)
    code = app.exec()
    deadline.stop()
    start_anyway.stop()
    if not screenshot:
        window.save_settings()
    lane.shutdown()
    background.shutdown()
    if instance is not None:
        instance.release()
    return code or outcome["code"]


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, just after the window's first paint has finished (GUI thread)."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 - Qt's name and signature
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                self.deleteLater()
                QTimer.singleShot(0, callback)  # once this paint has finished
            return False

    window.installEventFilter(FirstPaint(window))


def _bench_marks(window: MainWindow) -> None:
    """For tests/benchmarks: print `autonomy-bench MOMENT SECONDS` (time.monotonic, comparable across processes)
    when the window is first painted ("paint"), when the roster has its data on screen ("roster") and when the
    suggestion badges are on its rows ("suggestions")."""
    import time

    def mark(moment: str) -> None:
        print(f"autonomy-bench {moment} {time.monotonic():.6f}", file=sys.stderr, flush=True)

    def ready() -> None:
        window.ready.disconnect(ready)
        QTimer.singleShot(0, lambda: mark("roster"))  # once the rows are painted
        if window.roster is not None:
            window.roster.suggestions_loaded.connect(lambda: mark("suggestions"),
                                                     type=QtCore.Qt.ConnectionType.SingleShotConnection)

    after_first_paint(window, lambda: mark("paint"))
    window.ready.connect(ready)  # (not a single-shot connection: Qt's enums are not used before the first paint)
