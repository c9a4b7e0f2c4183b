"""Item views that do not repaint every row when their window is activated or deactivated, if nothing would change.

Qt's item views repaint their whole viewport on each activation change of their window, for styles that draw a
selection differently in an inactive window. When the active and inactive palettes are the same (Fusion's, and
most desktops' defaults) nothing changes, and the repaint is pure cost: when the log popup closes, the desktop
activates the main window again, and the roster's every cell (about 300, some painted in Python) was repainted in
the frame that shows the logged row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView

_ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)
_ACTIVE, _INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive


class _SameLook(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() in _ACTIVATION and isinstance(watched, QAbstractItemView):
            return watched.palette().isEqual(_ACTIVE, _INACTIVE)  # taken: nothing to repaint
        return False


_filter: _SameLook | None = None


def no_repaint_on_activation(view: QAbstractItemView) -> None:
    """Let `view` skip the repaint of all its rows on an activation change that changes nothing it paints."""
    global _filter
    if _filter is None:
        _filter = _SameLook()
    view.installEventFilter(_filter)
