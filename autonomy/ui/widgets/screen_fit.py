"""Windows and dialogs that fit the screen they open on (a 1366 × 768 school laptop, 1280 × 720, 1920 × 1080 at
150 %), title bar included, and come back at the size the teacher gave them.

`first_size` is a main window's first size. `fit_and_remember(dialog)` (called first thing in each dialog's
constructor) watches the dialog's show and hide: on show, the size it had last time (or its own), never more than
the screen's free area; on hide, its size is kept in the settings of the window it belongs to (the main window's
`settings_for_sizes`; a dialog with no such window is only fitted).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_SIZE = (1280, 800)
TITLE_BAR_ROOM = 40  # what a window manager's title bar and frame take beyond the window's own height
FRAME_ROOM = 8  # and its frame at the left and right
SIZES_GROUP = "window-size"


def first_size(wanted: tuple[int, int] = FIRST_SIZE) -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry()
    return min(wanted[0], room.width() - FRAME_ROOM), min(wanted[1], room.height() - TITLE_BAR_ROOM)


def room_for(widget: QWidget) -> QSize | None:
    """The largest size the window may have on its screen, its title bar and frame left room."""
    # The screen under the window's owner (or the first screen), found by position. Asking `QWidget.screen()` of
    # a dialog from inside its Show event ended, under X11, in a crash at a later repaint (two forms opened and
    # closed, then a student archived; reproduced with xdotool, cause inside Qt not found); this way does not.
    parent = widget.parentWidget()
    anchor = (parent.window() if parent is not None else widget).geometry().center()
    screen = QGuiApplication.screenAt(anchor) or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    room = screen.availableGeometry()
    return QSize(room.width() - FRAME_ROOM, room.height() - TITLE_BAR_ROOM)


def settings_of(widget: QWidget) -> QSettings | None:
    """The settings of the window this one belongs to (the main window's, or the coach window's)."""
    owner: QWidget | None = widget
    while owner is not None:
        settings = getattr(owner, "settings_for_sizes", None)
        if isinstance(settings, QSettings):
            return settings
        owner = owner.parentWidget()
    return None


class SizeKeeper(QObject):
    """The event filter `fit_and_remember` installs on one window (only its own events reach it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.key = f"{SIZES_GROUP}/{type(window).__name__}"
        self.placing = False

    def _placed(self) -> None:
        self.placing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and watched.isWindow():
            if event.type() == QEvent.Type.Show and not event.spontaneous():
                self.fit(watched)
                # Where the window manager puts it comes a moment later (a move): for the next second a frame
                # placed over the screen's edge (a tall dialog centred on its window) is moved back inside.
                self.placing = True
                QTimer.singleShot(1000, self, self._placed)
            elif event.type() == QEvent.Type.Move and self.placing:
                keep_inside(watched)
            elif event.type() == QEvent.Type.Hide and not event.spontaneous():
                settings = settings_of(watched)
                if settings is not None:
                    settings.setValue(self.key, watched.size())
        return False

    def fit(self, window: QWidget) -> None:
        settings = settings_of(window)
        remembered = settings.value(self.key) if settings is not None else None
        size = remembered if isinstance(remembered, QSize) and remembered.isValid() else window.size()
        room = room_for(window)
        if room is not None:
            size = size.boundedTo(room)
        size = size.expandedTo(window.minimumSize())
        if size != window.size():
            window.resize(size)


def keep_inside(window: QWidget) -> None:
    """Move a window whose frame runs over the edge of its screen's free area back inside it."""
    frame = window.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    dx = max(room.left() - frame.left(), 0) or min(room.right() - frame.right(), 0)
    dy = max(room.top() - frame.top(), 0) or min(room.bottom() - frame.bottom(), 0)
    if dx or dy:
        window.move(window.pos() + QPoint(dx, dy))


def fit_and_remember(window: QWidget) -> None:
    window.installEventFilter(SizeKeeper(window))
