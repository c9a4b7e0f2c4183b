"""The key strip above the roster: what keys 1 to 5 log, at once, for the selected students.

The class's most used trust-building moments (services/events.py `quick_log`), in a stable order while the class
is on screen: a key does not change its meaning under the teacher's fingers after each log. Each is a button too.
The keys themselves are the window's Log menu shortcuts (ui/app/menus.py), the one path a key press takes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from autonomy.services.dto import CategoryInfo
from autonomy.ui.words import builtin

KEYS = "12345"


class QuickKeys(QToolBar):
    """“One key logs: 1 Helped a classmate · 2 Stayed on task · …”; a click on one logs it too."""

    picked = Signal(int)  # the key's index (0 for key 1)
    changed = Signal(list)  # the categories' names, in key order (the window's menu follows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("One key logs"), parent)
        self.setObjectName("quickKeys")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.title = QLabel(self.tr("One key logs:"))
        self.addWidget(self.title)
        self._categories: list[CategoryInfo] = []
        self._actions: list[QAction] = []

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
        for action in self._actions:
            self.removeAction(action)
            action.deleteLater()
        self._categories, self._actions = list(shown), []
        for index, category in enumerate(shown):
            action = self.addAction(f"{KEYS[index]}  {category.name}")
            action.setToolTip(self.tr("Log “{name}” for the selected students (key {key})").format(
                name=category.name, key=KEYS[index]))
            action.triggered.connect(lambda _checked=False, i=index: self.picked.emit(i))
            self._actions.append(action)
        self.title.setVisible(bool(shown))
        self.changed.emit([c.name for c in shown])
