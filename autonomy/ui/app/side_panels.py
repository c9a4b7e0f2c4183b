"""The widths at the main window's right side: the roster keeps every level column in view beside the student
panel and the suggestions list (on a 1280-pixel-wide window too). The window decides what to show; these say
how much each needs."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTableView, QWidget

from autonomy.ui.roster.model import COL_FIRST_DIMENSION


def roster_needs(table: QTableView) -> int:
    """The roster's width with every column shown, the level columns at their narrowest (numbers only)."""
    header = table.horizontalHeader()
    columns = sum(header.sectionSize(c) if c < COL_FIRST_DIMENSION else header.minimumSectionSize()
                  for c in range(header.count()) if not header.isSectionHidden(c))
    return columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 2


def roster_short_by(table: QTableView) -> int:
    """How many pixels the roster's view lacks for every column (0 or less: none)."""
    return roster_needs(table) - table.viewport().width()


def panel_floor(panel: QWidget) -> int:
    """The narrowest the student panel may be without cutting off its text and buttons (its scrolled page
    does not scroll sideways)."""
    floor = max(panel.minimumSizeHint().width(), panel.minimumWidth())  # (its own floor: its tabs' names)
    for scroll in panel.findChildren(QScrollArea):
        page = scroll.widget()
        if page is not None:
            floor = max(floor, page.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                        + 2 * scroll.frameWidth())
    return floor
