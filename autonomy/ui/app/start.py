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
from typing import TYPE_CHECKING, Literal, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from autonomy.core.errors import AutonomyError, NotFound
from autonomy.core.resources import resource_path
from autonomy.storage.lock import AlreadyRunning, InstanceLock
from autonomy.storage.paths import DATABASE_FILE, ensure_private_dir, resolve_data_dir
from autonomy.ui.app import desktop_platform, errors
from autonomy.ui.app.backend import Backend, OpeningFailed
from autonomy.ui.app.lane import Lane
from autonomy.ui.app.settings_keys import SERVER_URL_KEY
from autonomy.ui.app.window import MainWindow
from autonomy.ui.words import i18n

if TYPE_CHECKING:  # imported on the lane (SQLAlchemy and the services) while the empty window paints
    from autonomy.services import Services
    from autonomy.services.dto import StudentInfo
    from autonomy.services.glance import FirstScreen

SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_TIMEOUT_MS = 60_000
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
        # A platform Qt cannot load (libraries missing, no display) ends here with one sentence, not an abort.
        heard = desktop_platform.guard()
        app = QApplication(sys.argv[:1])
        heard()
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


class Request(NamedTuple):
    """What the command line asked for: which view, where the data is, and whether to shoot it and exit."""

    kind: str  # "roster", "student" or "coach"
    name: str  # the student's name for "student"
    screenshot: str | None  # FILE.png: render the view, save it, exit
    classroom: str  # --class NAME, "" for the remembered one
    data_dir_arg: str | None  # --data-dir as given (open_services resolves it the same way)
    database_url: str | None  # --database-url, or the shared server chosen in Preferences
    data_dir: Path | None  # the data folder, None when only a server is used


def run(args: argparse.Namespace) -> int:
    """`autonomy gui`: paint the empty window at once, then open the database behind it (see `Startup`)."""
    try:
        kind, name = parse_view(getattr(args, "view", None))
    except ValueError:
        print(f"“{args.view}” is not a view (use roster, student:NAME or coach).", file=sys.stderr)
        return 2
    app = application()
    request = read_request(args, kind, name)
    start_log(request)
    instance = lock_data_folder(app, request)
    if instance is False:
        return 1
    settings = settings_for(request)
    i18n.install(settings)  # before the first widget: every tr() from here on is in the teacher's language
    startup = Startup(app, request, settings)
    try:
        return startup.run_until_closed()
    finally:
        if instance:
            instance.release()


def read_request(args: argparse.Namespace, kind: str, name: str) -> Request:
    screenshot = getattr(args, "screenshot", None)
    # A shared server chosen in Preferences; --database-url or --data-dir on the command line win over it.
    saved_url = "" if screenshot else str(QSettings().value(SERVER_URL_KEY, "") or "")
    database_url = args.database_url or (saved_url if not args.data_dir else "") or None
    data_dir = None if database_url and not args.data_dir else resolve_data_dir(args.data_dir)
    return Request(kind, name, screenshot, args.classroom or "", args.data_dir, database_url, data_dir)


def start_log(request: Request) -> None:
    """The log file in the data folder, and the hook that turns every uncaught error into a dialog."""
    if request.data_dir is not None:
        # If the folder cannot be used, opening the database later reports it in a dialog or on stderr.
        with contextlib.suppress(AutonomyError):
            errors.configure_log(ensure_private_dir(request.data_dir))
    errors.install_excepthook()


def lock_data_folder(app: QApplication, request: Request) -> InstanceLock | None | Literal[False]:
    """One window per data folder (a screenshot only reads, and may run beside the teacher's window).
    The lock held, None when none is needed, or False (already said why) when the app must not start."""
    if request.data_dir is None or request.screenshot:
        return None
    try:
        return InstanceLock(ensure_private_dir(request.data_dir)).acquire()
    except AutonomyError as error:
        print(str(error), file=sys.stderr)
        if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
            from PySide6.QtWidgets import QMessageBox

            title = (app.tr("Autonomy is already open") if isinstance(error, AlreadyRunning)
                     else app.tr("Autonomy cannot start"))  # a read-only or full data folder
            QMessageBox.information(None, title, str(error))
        return False


def settings_for(request: Request) -> QSettings:
    if not request.screenshot:
        return QSettings()
    import tempfile

    # A throwaway settings file: a screenshot shows the defaults, and leaves the teacher's layout alone.
    scratch = tempfile.mkdtemp(prefix="autonomy-shot-")
    return QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)


class Startup:
    """From the empty window to the panels with their data, in this order:

    1. `show_window`: the window paints before anything touches the database.
    2. `open_database` (just after the first paint, or after START_ANYWAY_MS): for the roster of a SQLite file,
       `glance` reads the first screen with the standard library and `show_glance` attaches the panels to it, while
       `open_behind` loads SQLAlchemy and the services (services/glance.py); otherwise `open_services` and
       `attach` (a student, the coach, a server, a migration due).
    3. With --screenshot: `when_ready` brings up the asked view and `shoot` saves it and ends the loop.
    """

    def __init__(self, app: QApplication, request: Request, settings: QSettings) -> None:
        self.app, self.request, self.settings = app, request, settings
        self.lane, self.background = Lane(), Lane()
        self.window = MainWindow(settings, chrome_later=True)
        self.code = 0
        self.started = self.shot = self.waited_for_suggestions = False
        self.remembered = "" if request.screenshot else str(settings.value("roster/classroom", "") or "")
        # SQLAlchemy's import holds the interpreter for a fifth of a second: it starts once the first screen is
        # painted rather than slowing the panels being built for it (or at once if there is no first screen, or
        # something asks for the services sooner).
        self.may_open = threading.Event()
        self.opening = Backend.opening(self.lane, self.background, hurry=self.may_open.set)
        # Timer objects (not bare singleShots), stopped when the loop ends, so they cannot fire into a later
        # event loop of the same process (tests run several in a row).
        self.deadline = QTimer()
        self.deadline.setSingleShot(True)
        self.deadline.timeout.connect(lambda: self.finish(1, "The view did not finish loading in time."))
        self.start_anyway = QTimer()  # a window that is not painted (started minimised) still opens its database
        self.start_anyway.setSingleShot(True)
        self.start_anyway.timeout.connect(self.open_database)

    def run_until_closed(self) -> int:
        self.show_window()
        self.report_lane_failures()
        if self.request.screenshot:
            self.deadline.start(SCREENSHOT_TIMEOUT_MS)
        after_first_paint(self.window, self.open_database)
        self.start_anyway.start(START_ANYWAY_MS)
        code = self.app.exec()
        self.deadline.stop()
        self.start_anyway.stop()
        if not self.request.screenshot:
            self.window.save_settings()
        self.lane.shutdown()
        self.background.shutdown()
        return code or self.code

    # --- 1. the empty window --------------------------------------------------------------------------
    def show_window(self) -> None:
        window = self.window
        after_first_paint(window, window.finish_chrome)
        after_first_paint(window, lambda: set_window_icon(self.app))
        if self.request.screenshot:
            window.resize(*SCREENSHOT_SIZE)
        if os.environ.get(BENCH_MARK_ENV):
            _bench_marks(window)
        window.show()

    def report_lane_failures(self) -> None:
        """A screenshot ends with one sentence on stderr when a database job fails (the window shows a dialog)."""
        for each in (self.lane, self.background):
            each.failed.connect(lambda error: self.finish(1, errors.message_for(error)[1])
                                if self.request.screenshot and not isinstance(error, OpeningFailed) else None)

    # --- 2. the database, behind the window -----------------------------------------------------------
    def open_database(self) -> None:
        """The database work, once the empty window is on screen (it would slow the first paint)."""
        if self.started:
            return
        self.started = True
        request = self.request
        if request.kind == "roster" and request.database_url is None and request.data_dir is not None:
            self.lane.run(self.glance, self.show_glance, self.glance_failed)
            self.lane.run(self.open_behind, self.opened_behind, self.failed_to_open)
        else:
            self.lane.run(self.open_services, self.attach, self.failed_to_open)

    def open_services(self, opened_now: Callable[[Services], None] | None = None) -> Opened:
        """On the lane: the services, today's backup, and the classroom and student the command line named."""
        from autonomy.app import open_services, take_daily_backup

        request = self.request
        services = open_services(request.data_dir_arg, request.database_url, daily_backup=False)
        if opened_now is not None:
            opened_now(services)  # before the daily backup, which may take a while on a big file
        take_daily_backup(services)
        classroom_id = ""
        if request.classroom:
            classroom_id = services.roster.find_classroom(request.classroom).id
        student = None
        if request.kind == "student":
            try:
                student = services.roster.find_student(request.name, classroom_id or None)
            except NotFound:
                raise NotFound(f"There is no student called “{request.name}”.") from None
            if not classroom_id and student.classroom_ids:
                classroom_id = student.classroom_ids[0]
        return Opened(services, classroom_id, student)

    def attach(self, result: Opened) -> None:
        backend = Backend.over(result.services, self.lane, self.background)
        if self.request.screenshot or self.request.kind != "roster":
            self.window.ready.connect(lambda: self.when_ready(result))
        self.window.attach(backend, result.classroom_id)

    def glance(self) -> FirstScreen | None:
        """On the lane: the roster of a SQLite file, read with the standard library (services/glance.py)."""
        from autonomy.services.glance import first_screen

        assert self.request.data_dir is not None
        return first_screen(self.request.data_dir / DATABASE_FILE, self.request.classroom, self.remembered)

    def show_glance(self, screen: FirstScreen | None) -> None:
        """The panels, built over a backend that is still opening."""
        if screen is None:
            self.may_open.set()
            return  # not at a glance (a migration is due, a name to resolve): the panels wait for the services
        if self.request.screenshot:
            self.window.ready.connect(lambda: self.when_ready(None))
        self.window.attach(self.opening, screen.classroom_id, first=screen)
        QTimer.singleShot(0, self.may_open.set)  # after the roster's first paint

    def glance_failed(self, _error: BaseException) -> None:
        self.may_open.set()  # a glance that failed only means the ordinary start

    def open_behind(self) -> Opened:
        self.may_open.wait(OPEN_BEHIND_WAIT_S)
        try:
            # Provided here, on the lane: every later job finds the services open, and the GUI thread waits
            # for them no longer than opening takes.
            return self.open_services(self.opening.provide)
        except BaseException as error:
            self.opening.opening_failed(error)
            raise

    def opened_behind(self, result: Opened) -> None:
        if self.window.backend is None:  # the glance could not answer: the ordinary start
            if self.request.screenshot:
                self.window.ready.connect(lambda: self.when_ready(result))
            self.window.attach(self.opening, result.classroom_id)

    def failed_to_open(self, error: BaseException) -> None:
        if self.request.screenshot or isinstance(error, NotFound) and self.request.kind == "student":
            self.finish(1, errors.message_for(error)[1])
            return
        errors.report(self.window, error)
        self.window.close()
        self.app.exit(1)
        self.code = 1

    # --- 3. the asked view, and the screenshot ---------------------------------------------------------
    def when_ready(self, result: Opened | None) -> None:
        window, kind = self.window, self.request.kind
        assert window.roster is not None and window.detail is not None
        if self.request.screenshot and not self.waited_for_suggestions:
            # Shoot once the suggestion badges are on the rows too.
            self.waited_for_suggestions = True
            window.roster.suggestions_loaded.connect(lambda: self.when_ready(result),
                                                     type=QtCore.Qt.ConnectionType.SingleShotConnection)
            return
        if kind == "student" and result is not None and result.student is not None:
            window.detail.loaded.connect(lambda: QTimer.singleShot(150, self.shoot),
                                         type=QtCore.Qt.ConnectionType.SingleShotConnection)
            window.roster.select_ids([result.student.id])
            window.detail.show_student(result.student.id)
            window.show_detail(True)
            return
        if kind == "coach" and result is not None:
            coach = window.open_coach(result.classroom_id)
            if self.request.screenshot:
                coach.resize(*SCREENSHOT_SIZE)
                coach.screen_widget.loaded.connect(lambda: QTimer.singleShot(150, lambda: self.shoot(coach)),
                                                   type=QtCore.Qt.ConnectionType.SingleShotConnection)
            return
        QTimer.singleShot(150, self.shoot)

    def shoot(self, target: QWidget | None = None) -> None:
        if not self.request.screenshot or self.shot:
            return
        self.shot = True
        path = Path(self.request.screenshot)
        if not (target or self.window).grab().save(str(path), "PNG"):
            self.finish(1, f"The screenshot could not be written to {path}.")
            return
        self.finish(0)

    def finish(self, code: int, message: str = "") -> None:
        if message:
            print(message, file=sys.stderr)
        self.code = code
        self.app.exit(code)


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
