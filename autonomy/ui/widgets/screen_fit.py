"""A top-level window's first size: what it asks for, or less where the screen has less room (a 1366 × 768 school
laptop), so its status bar and lower edge are never off screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

FIRST_SIZE = (1280, 800)
TITLE_BAR_ROOM = 40  # what a window manager's title bar and frame take beyond the window's own height


def first_size(wanted: tuple[int, int] = FIRST_SIZE) -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry()
    return min(wanted[0], room.width()), min(wanted[1], room.height() - TITLE_BAR_ROOM)
