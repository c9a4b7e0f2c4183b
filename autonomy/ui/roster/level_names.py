"""A narrow level column shows each level's number alone (widgets/chips.py); its name is then on hover (the
cell's tooltip) and, for the keyboard, shown beside the cell the focus moves to."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView, QToolTip

from autonomy.ui.widgets.chips import ROLE_LEVEL, ROLE_LEVEL_NAME


def is_compact(table: QTableView, column: int) -> bool:
    """Whether the chips of this column are too narrow for a name (the rule of widgets/chips.paint_chip)."""
    metrics = QFontMetrics(table.font())
    bold = QFont(table.font())
    bold.setBold(True)
    number_width = QFontMetrics(bold).horizontalAdvance("0") + 10
    chip = table.columnWidth(column) - 6
    return chip - number_width - 12 < metrics.horizontalAdvance("Abcdefg")


def name_levels_on_focus(table: QTableView) -> None:
    def moved(current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        if (not table.hasFocus() or not current.isValid() or current.data(ROLE_LEVEL) is None
                or not is_compact(table, current.column())):
            return
        rect = table.visualRect(table.model().index(current.row(), current.column()))
        where = table.viewport().mapToGlobal(rect.bottomLeft())
        QToolTip.showText(where, f"{current.data(ROLE_LEVEL)} {current.data(ROLE_LEVEL_NAME) or ''}".strip(),
                          table.viewport(), rect)

    table.selectionModel().currentChanged.connect(moved)
