"""The window as `autonomy gui` assembles it, on the real X server this pytest was started on (Qt's xcb
platform, openbox placing the windows): a demo class, both lanes on their own threads, German when asked.

The fixtures of tests/ui (the dialogs patched, lane failures raised, nothing left on screen, the German catalogue)
apply here too. Screenshots go to AUTONOMY_SCREENSHOTS (a folder), named by the screen: AUTONOMY_SCREEN.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from autonomy.core.demo import generate_demo
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import Lane
from autonomy.ui.app.window import MainWindow
from tests.ui.conftest import (  # noqa: F401 - tests/ui's fixtures, asked for by name
    backend,
    catalogue_cache,
    dialogs,
    german,
    lane,
    lane_failures,
    nothing_left_on_screen,
    services_off_the_gui_thread,
    settings,
)

SCREEN = os.environ.get("AUTONOMY_SCREEN", "screen")


@pytest.fixture(autouse=True)
def on_x11(qapp) -> None:
    assert QGuiApplication.platformName() == "xcb", "tests/desktop/x11 runs on a real X server only"


def room() -> QRect:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def shoot(name: str) -> Path | None:
    """The whole X screen as the teacher sees it (title bars, every window), to AUTONOMY_SCREENSHOTS."""
    folder = os.environ.get("AUTONOMY_SCREENSHOTS")
    if not folder:
        return None
    QApplication.processEvents()
    for window in QApplication.topLevelWidgets():  # drawn and handed to the X server before the picture
        if window.isVisible():
            window.repaint()
    QGuiApplication.sync()
    QApplication.processEvents()
    screen = QGuiApplication.primaryScreen()
    path = Path(folder) / f"{SCREEN}-{name}.png"
    assert screen.grabWindow(0).save(str(path)), path
    return path


def x_frame(widget: QWidget) -> QRect:
    """The window's frame as the X server has it: the window (xwininfo) and the frame openbox puts around it
    (_NET_FRAME_EXTENTS), in Qt's logical pixels."""
    import re
    import subprocess

    window = str(int(widget.winId()))
    info = subprocess.run(["xwininfo", "-id", window], capture_output=True, text=True, check=True,
                          timeout=20).stdout
    values = {key: int(value) for key, value in re.findall(r"(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)",
                                                           info)}
    extents = subprocess.run(["xprop", "-id", window, "_NET_FRAME_EXTENTS"], capture_output=True, text=True,
                             check=True, timeout=20).stdout
    left, right, top, bottom = ([int(n) for n in re.findall(r"\d+", extents.split("=", 1)[1])]
                                if "=" in extents else [0, 0, 0, 0])
    ratio = widget.devicePixelRatioF()
    x, y = values["Absolute upper-left X"] - left, values["Absolute upper-left Y"] - top
    width, height = values["Width"] + left + right, values["Height"] + top + bottom
    return QRect(round(x / ratio), round(y / ratio), round(width / ratio), round(height / ratio))


class Desk:
    """The assembled main window over a demo class."""

    def __init__(self, qtbot: Any, services: Any, store: Any) -> None:
        self.qtbot, self.services = qtbot, services
        self.lane, self.background = Lane(), Lane()
        self.window = MainWindow(store)
        qtbot.addWidget(self.window)
        self.window.attach(Backend.over(services, self.lane, self.background))
        with qtbot.waitSignal(self.window.ready, timeout=20000):
            self.window.show()
        self.activate(self.window)
        self.settle()

    def activate(self, widget: QWidget) -> None:
        widget.activateWindow()
        widget.raise_()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=10000)

    def settled(self) -> bool:
        roster = self.window.roster
        return (self.lane.idle and self.background.idle and roster is not None
                and not roster._suggestion_timer.isActive())

    def settle(self) -> None:
        self.qtbot.waitUntil(self.settled, timeout=20000)

    def framed(self, widget: QWidget) -> QRect:
        """The window with the title bar openbox drew around it, once openbox has framed it."""
        from pytestqt.exceptions import TimeoutError

        self.qtbot.waitExposed(widget, timeout=10000)
        try:
            self.qtbot.waitUntil(lambda: widget.frameGeometry().height() > widget.geometry().height(),
                                 timeout=20000)
        except TimeoutError:  # Qt has not heard the frame's size yet (a loaded machine): ask the X server
            return x_frame(widget)
        return widget.frameGeometry()

    def close(self) -> None:
        self.window.close()
        self.lane.shutdown()
        self.background.shutdown()


@pytest.fixture
def demo(services) -> Any:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    services.exchange.import_document(generate_demo(classes=1, students=26, days=90, seed=7, today=yesterday))
    return services


@pytest.fixture
def desk(qtbot, demo, request) -> Iterator[Desk]:
    assembled = Desk(qtbot, demo, request.getfixturevalue("settings"))
    yield assembled
    assembled.close()
