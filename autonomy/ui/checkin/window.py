"""The check-in's own window and start: `autonomy checkin --class NAME` (full screen) and
`autonomy gui --view checkin[:NAME] --screenshot FILE.png`.

The window holds nothing but the check-in screen: no menu, no shortcut to the rest of the app. It closes (or
leaves full screen, or switches class) only after the teacher's PIN (the screen's `unlocked`); a close the
window manager asks for (Alt+F4, the close button) is refused until then.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from autonomy.ui.app.backend import Backend
from autonomy.ui.checkin.card import tr
from autonomy.ui.checkin.screen import CheckinScreen

SHOT_SIZE = (1280, 800)


class CheckinWindow(QWidget):
    def __init__(self, backend: Backend, classroom_id: str) -> None:
        super().__init__()
        self.backend = backend
        self.may_close = False
        self.setWindowTitle(tr("Check-in"))
        self.setAccessibleName(tr("Check-in"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.screen_: CheckinScreen = self._screen(classroom_id)

    def _screen(self, classroom_id: str) -> CheckinScreen:
        screen = CheckinScreen(self.backend, classroom_id, self)
        screen.unlocked.connect(self._unlocked)
        self.layout_.addWidget(screen)
        return screen

    def _unlocked(self, what: str) -> None:
        if what == "leave":
            self.may_close = True
            self.close()
            return
        old = self.screen_
        self.screen_ = self._screen(what)
        old.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            event.accept()
        else:
            event.ignore()
            self.screen_.ask_pin()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return  # no way out but the PIN
        super().keyPressEvent(event)


def run(classroom: str, data_dir: str | None, database_url: str | None, *, screenshot: str | None = None,
        student: str = "", windowed: bool = False) -> int:
    """The check-in for `classroom` (a name or id; the first class when empty)."""
    from autonomy.ui.app.lane import Lane
    from autonomy.ui.app.qt_app import application
    from autonomy.ui.words import i18n

    app = application()
    i18n.install(QSettings() if not screenshot else None)
    lane = Lane()
    outcome = {"code": 0}

    def finish(code: int, message: str = "") -> None:
        if message:
            print(message, file=sys.stderr)
        outcome["code"] = code
        app.exit(code)

    def open_it() -> tuple[object, str]:
        from autonomy.app import open_services

        services = open_services(data_dir, database_url, daily_backup=False)
        if classroom:
            return services, services.checkin.classroom_by_name(classroom).classroom_id
        rooms = [c for c in services.roster.classrooms() if not c.archived]
        if not rooms:
            from autonomy.core.errors import NotFound

            raise NotFound("There is no classroom to check in to yet.")
        return services, rooms[0].id

    def opened(result: tuple[object, str]) -> None:
        services, room = result
        backend = Backend.over(services, lane)  # type: ignore[arg-type]
        window = CheckinWindow(backend, room)
        holder["window"] = window
        if screenshot:
            window.resize(*SHOT_SIZE)
            window.show()
            screen = window.screen_

            def shoot() -> None:
                ok = window.grab().save(str(Path(screenshot)), "PNG")
                finish(0 if ok else 1, "" if ok else f"The screenshot could not be written to {screenshot}.")

            def names() -> None:
                if not student:
                    QTimer.singleShot(150, shoot)
                    return
                wanted = student.casefold()
                klass = screen.klass
                match = next((n for n in (klass.names if klass else ()) if n.label.casefold() == wanted
                              or n.first_name.casefold() == wanted), None)
                if match is None:
                    finish(1, f"There is no student called “{student}” in this check-in.")
                    return
                screen.card_shown.connect(lambda: QTimer.singleShot(150, shoot))
                screen.choose(match)

            screen.names_shown.connect(names)
            screen.failed.connect(lambda message: finish(1, message))
        else:
            window.destroyed.connect(lambda: finish(0))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if windowed:
                window.resize(*SHOT_SIZE)
                window.show()
            else:
                window.showFullScreen()

    def failed(error: BaseException) -> None:
        from autonomy.ui.app import errors

        finish(1, errors.message_for(error)[1])

    holder: dict[str, QWidget] = {}
    lane.run(open_it, opened, failed)
    app.setQuitOnLastWindowClosed(False)
    code = app.exec()
    lane.shutdown()
    QApplication.processEvents()
    return code or outcome["code"]
