"""The key strip above the roster: what keys 1 to 5 log, at once, for the selected students.

The class's most used trust-building moments (services/events.py `quick_log`), in a stable order while the class
is on screen: a key does not change its meaning under the teacher's fingers after each log. Each is a button too.
The keys themselves are the window's Log menu shortcuts (ui/app/menus.py), the one path a key press takes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QWidget

from autonomy.services.dto import CategoryInfo
from autonomy.ui.widgets.flow import flow_row
from autonomy.ui.words import builtin

KEYS = "12345"
NAME_CHARS = 30  # about this many characters of a category's name on its button


class QuickKeys(QWidget):
    """“One key logs: 1 Helped a classmate · 2 Stayed on task · …”, then the other logging actions (`add_actions`);
    a click on one logs it too. The row wraps rather than hiding a key when the roster is narrow."""

    picked = Signal(int)  # the key's index (0 for key 1)
    changed = Signal(list)  # the categories' names, in key order (the window's menu follows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickKeys")
        self.setAccessibleName(self.tr("One key logs"))
        self.flow = flow_row(self, spacing=2)
        self.title = QLabel(self.tr("One key logs:"))
        self.flow.addWidget(self.title)
        self._categories: list[CategoryInfo] = []
        self._actions: list[QAction] = []
        self._buttons: list[QToolButton] = []

    def add_actions(self, actions: Sequence[QAction]) -> None:
        """More buttons after the keys (B, X, O, C: the dialogs), set apart by a line."""
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setFixedHeight(self.fontMetrics().height() + 4)
        self.flow.addWidget(line)
        for action in actions:
            self.flow.addWidget(self._button(action))

    def add_widget(self, widget: QWidget) -> None:
        """A widget at the end of the row (the class summary)."""
        self.flow.addWidget(widget)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def button_for(self, action: QAction) -> QToolButton:
        return next(b for b in self._buttons if b.defaultAction() is action)

    @property
    def categories(self) -> list[CategoryInfo]:
        return list(self._categories)

    def key_actions(self) -> list[QAction]:
        return list(self._actions)

    def set_categories(self, categories: Sequence[CategoryInfo]) -> None:
        shown = builtin.categories(categories)[: len(KEYS)]  # built-in names in the app's language
        if [c.key for c in shown] == [c.key for c in self._categories] \
                and [c.name for c in shown] == [c.name for c in self._categories]:
            return
        for button in self._buttons:
            self.flow.removeWidget(button)
            button.deleteLater()
        for action in self._actions:
            action.deleteLater()
        self._categories, self._actions, self._buttons = list(shown), [], []
        for index, category in enumerate(shown):
            # A long name is shortened on its button (whole in its tooltip): five keys fit in two lines beside the
            # student panel, in German too.
            shown_name = self.fontMetrics().elidedText(category.name, Qt.TextElideMode.ElideRight,
                                                       self.fontMetrics().averageCharWidth() * NAME_CHARS)
            action = QAction(f"{KEYS[index]}  {shown_name.replace('&', '&&')}", self)
            action.setIconText(action.text())  # as it is: a button's text would drop the "…" of a shortened name
            action.setToolTip(self.tr("Log “{name}” for the selected students (key {key})").format(
                name=category.name, key=KEYS[index]))
            action.triggered.connect(lambda _checked=False, i=index: self.picked.emit(i))
            self._actions.append(action)
            button = self._button(action)
            self._buttons.append(button)
            self.flow.insert_widget(1 + index, button)
        self.title.setVisible(bool(shown))
        self.updateGeometry()
        self.changed.emit([c.name for c in shown])
