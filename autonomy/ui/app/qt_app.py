"""The one QApplication, named as the desktop knows the app: the teacher's window (start.py) and the students'
check-in (ui/checkin/window.py) both start from here."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from autonomy.ui.app import desktop_platform
from autonomy.ui.app.collector import GuiThreadCollector


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # A platform Qt cannot load (libraries missing, no display) ends here with one sentence, not an abort.
        heard = desktop_platform.guard()
        app = QApplication(sys.argv[:1])
        heard()
        # Garbage is collected on this thread only (ui/app/collector.py): never a Qt object from a lane's thread.
        GuiThreadCollector(app)  # (kept by its parent, the application)
    app.setApplicationName("Autonomy")
    app.setOrganizationName("Autonomy")
    app.setOrganizationDomain("autonomy.invalid")
    app.setDesktopFileName("org.autonomyapp.Autonomy")  # Wayland app id: matches the installed .desktop
    return app
