"""The roster as a table of `RosterLine`s (read model from autonomy.services.views), held in Qt's own items.

Fixed columns first, then one column per dimension of freedom (dimensions are data, so their count varies).
Sorting and the name filter live in `RosterFilter`, a proxy; this model only words rows. Dimension and level
names are shown as `autonomy.ui.words.builtin` words them, suggestion sentences as
`autonomy.ui.words.suggestion_sentences` does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from autonomy.core.roster_signals import RISING, SLIPPING
from autonomy.core.suggestion_facts import Suggestion
from autonomy.services.dto import DimensionInfo, RosterLine
from autonomy.ui.widgets.chips import ROLE_LEVEL, ROLE_LEVEL_NAME, ROLE_LEVEL_TOP
from autonomy.ui.words import builtin
from autonomy.ui.words.suggestion_sentences import day_text, sentence

COL_NAME, COL_BUILDS, COL_BREAKS, COL_CHOICES, COL_TREND, COL_WAITING = range(6)
COL_FIRST_DIMENSION = 6

ROLE_STUDENT_ID = Qt.ItemDataRole.UserRole + 1
ROLE_SORT = Qt.ItemDataRole.UserRole + 3
ROLE_ACTIVE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


def trend_text(trend: int) -> str:
    if trend == RISING:
        return tr("↑ rising")
    if trend == SLIPPING:
        return tr("↓ slipping")
    return tr("→ steady")


WAITING_KINDS = ("reflect", "follow_up", "step_up", "step_back", "check_in", "class_step")


def waiting_text(kind: str) -> str:
    labels = {
        "reflect": tr("Reflect"), "follow_up": tr("Follow up"), "step_up": tr("Step up"),
        "step_back": tr("Step back"), "check_in": tr("Check in"), "class_step": tr("Class step"),
    }
    return labels.get(kind, tr("Suggestion"))




def waiting_reason(line: RosterLine) -> str:
    """Why a row waits: the suggestion engine's sentence once it has answered, before that the reason the roster
    read gives (autonomy/core/roster_signals.py `waiting_without_engine`)."""
    if line.waiting_text:
        return line.waiting_text
    if line.waiting_kind == "follow_up":
        if line.waiting_due is None:
            return tr("A reflection follow-up was due on an earlier day.")
        return tr("A reflection follow-up was due on {day}.").format(day=day_text(line.waiting_due))
    if line.waiting_kind == "reflect":
        return tr("A trust-breaking event has not been talked through yet.")
    return ""


class RosterModel(QStandardItemModel):
    """Runs on the GUI thread; `set_rows` swaps the whole roster (it is small: one class), `update_rows` some of
    its rows, `set_waiting` the suggestion badges.

    The cells are Qt's own items, every role worked out when a row is put in: the view, the proxy's sorting and
    the delegates read them without a call into Python (a Python `data()` is asked about ten roles per cell at
    every repaint, and each call waits for the interpreter while a lane's Python work holds it). A row put in
    again changes only the cells whose words differ, so the view repaints those and the proxy re-sorts only when
    the sorted column changed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterLine] = []
        self._dimensions: tuple[DimensionInfo, ...] = ()
        self._row_of: dict[str, int] = {}
        self._set_headers()

    # --- feeding ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RosterLine], dimensions: Sequence[DimensionInfo] | None = None) -> None:
        self.beginResetModel()
        # One reset for the whole class: the items' own signals, row by row, would re-map the proxy 30 times.
        blocked = self.blockSignals(True)
        try:
            self._rows = list(rows)
            if dimensions is not None:
                self._dimensions = builtin.dimensions(dimensions)
            self._row_of = {line.student_id: i for i, line in enumerate(self._rows)}
            self.setRowCount(0)
            self.setColumnCount(COL_FIRST_DIMENSION + len(self._dimensions))
            self._set_headers()
            for line in self._rows:
                self.appendRow([self._item(cell) for cell in self._cells(line)])
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def set_waiting(self, waiting: Mapping[str, tuple[str, str] | Suggestion], today: dt.date | None = None) -> None:
        """Put the suggestion engine's flags on the rows (student id -> its first suggestion, worded here, or
        (kind, sentence)); others wait for nothing. Only the badges that changed are repainted."""
        for i, line in enumerate(self._rows):
            self._rows[i] = flagged = self._waiting_on(line, waiting, today)
            if flagged != line:
                self.setItemData(self.index(i, COL_WAITING), _waiting_cell(flagged))

    def update_rows(self, lines: Sequence[RosterLine],
                    waiting: Mapping[str, tuple[str, str] | Suggestion] | None = None,
                    today: dt.date | None = None) -> bool:
        """Replace these students' rows in place (after a change that touched only them, such as logging an event),
        with the suggestion engine's flags (`waiting`, as in `set_waiting`) if given. Only the cells that differ
        change (one `dataChanged` each, no reset), so the proxy re-sorts and re-filters only what moved and the
        selection stays. Returns False, changing nothing, if a line is not on the roster (then the whole roster
        wants reloading)."""
        rows: list[int] = []
        for line in lines:
            row = self._row_of.get(line.student_id)
            if row is None:
                return False
            rows.append(row)
        for row, line in zip(rows, lines, strict=True):
            new = line if waiting is None else self._waiting_on(line, waiting, today)
            old, self._rows[row] = self._rows[row], new
            if new == old:
                continue
            for col, (before, after) in enumerate(zip(self._cells(old), self._cells(new), strict=True)):
                if before != after:
                    self.setItemData(self.index(row, col), after)
        return True

    def _waiting_on(self, line: RosterLine, waiting: Mapping[str, tuple[str, str] | Suggestion],
                    today: dt.date | None = None) -> RosterLine:
        found = waiting.get(line.student_id, ("", "")) if line.active else ("", "")
        if isinstance(found, Suggestion):
            kind, text = found.kind.value, sentence(found, {d.key: d for d in self._dimensions}, today)
        else:
            kind, text = found
        if (line.waiting, line.waiting_kind, line.waiting_text) == (bool(kind), kind, text):
            return line
        return replace(line, waiting=bool(kind), waiting_kind=kind, waiting_text=text)

    def line(self, row: int) -> RosterLine:
        return self._rows[row]

    def lines(self) -> list[RosterLine]:
        return list(self._rows)

    def row_of(self, student_id: str) -> int | None:
        return self._row_of.get(student_id)

    def dimension_at(self, column: int) -> DimensionInfo | None:
        i = column - COL_FIRST_DIMENSION
        return self._dimensions[i] if 0 <= i < len(self._dimensions) else None

    @property
    def dimensions(self) -> tuple[DimensionInfo, ...]:
        return self._dimensions

    # --- the cells --------------------------------------------------------------------------------
    def _set_headers(self) -> None:
        tips = {COL_BUILDS: tr("Trust-building events today"), COL_BREAKS: tr("Trust-breaking events today"),
                COL_CHOICES: tr("Choices recorded today"),
                COL_TREND: tr("Trust built against trust broken over the last 10 school days"),
                COL_WAITING: tr("A suggestion waits for this student")}
        names = [tr("Student"), tr("Built"), tr("Broke"), tr("Chose"), tr("Trend"), tr("Waiting")]
        centred = int(Qt.AlignmentFlag.AlignCenter)
        for section in range(self.columnCount()):
            dim = self.dimension_at(section)
            item = QStandardItem(dim.name if dim else names[section])
            tip = dim.question if dim else tips.get(section)
            if tip:
                item.setToolTip(tip)
            if section in (COL_BUILDS, COL_BREAKS, COL_CHOICES):
                item.setData(centred, Qt.ItemDataRole.TextAlignmentRole)
            self.setHorizontalHeaderItem(section, item)

    def _cells(self, line: RosterLine) -> list[dict[int, Any]]:
        """Every cell of a row as the view reads it: role -> value."""
        def cell(display: str, sort: Any, tooltip: str | None = None, **more: Any) -> dict[int, Any]:
            roles: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: display, ROLE_SORT: sort,
                                     ROLE_STUDENT_ID: line.student_id, ROLE_ACTIVE: line.active}
            if tooltip:
                roles[Qt.ItemDataRole.ToolTipRole] = tooltip
            for role, value in more.items():
                roles[_ROLE_NAMED[role]] = value
            return roles

        def count(n: int, tooltip: str | None = None) -> dict[int, Any]:
            return cell(str(n) if n else "", n, tooltip, alignment=_CENTRED)

        name = line.name if line.active else tr("{name} (archived)").format(name=line.name)
        named = cell(name, line.name.casefold(),
                     tr("School id: {id}").format(id=line.external_id) if line.external_id else None)
        if not line.active:
            named[Qt.ItemDataRole.FontRole] = _italic()
        cells = [
            named,
            count(line.builds_today, tr("{n} observation(s) today").format(n=line.observations_today)
                  if line.observations_today else None),
            count(line.breaks_today),
            _choices_cell(line, cell),
            cell(trend_text(line.trend), (line.trend, line.recent_builds - line.recent_breaks),
                 tr("{builds} built, {breaks} broken over the last 10 school days").format(
                     builds=line.recent_builds, breaks=line.recent_breaks)),
            _waiting_cell(line),
        ]
        for dim in self._dimensions:
            rank = line.levels.get(dim.key, 0)
            level = dim.level_name(rank)
            text = next((lv.description for lv in dim.levels if lv.rank == rank), "")
            cells.append(cell(
                f"{rank} {level}", rank,
                tr("{dimension}: level {rank} of {top}, {name}. {text}").format(
                    dimension=dim.name, rank=rank, top=dim.top, name=level, text=text),
                level=rank, level_name=level, level_top=dim.top,
                accessible=tr("{dimension} level {rank}, {name}").format(dimension=dim.name, rank=rank, name=level)))
        return cells

    @staticmethod
    def _item(roles: dict[int, Any]) -> QStandardItem:
        item = QStandardItem()
        item.setFlags(_FLAGS)
        for role, value in roles.items():
            item.setData(value, role)
        return item


_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_ROLE_NAMED = {"alignment": Qt.ItemDataRole.TextAlignmentRole, "level": ROLE_LEVEL, "level_name": ROLE_LEVEL_NAME,
               "level_top": ROLE_LEVEL_TOP, "accessible": Qt.ItemDataRole.AccessibleTextRole}


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def _choices_cell(line: RosterLine, cell: Any) -> dict[int, Any]:
    """Today's choices; those the student made at the check-in counted apart ("2 (1 own)")."""
    n, own = line.choices_today, line.own_choices_today
    if not own:
        return cell(str(n) if n else "", n, None, alignment=_CENTRED)
    return cell(tr("{n} ({own} own)").format(n=n, own=own), n,
                tr("{own} of today's {n} choices made by the student at the check-in").format(own=own, n=n),
                alignment=_CENTRED)


def _waiting_cell(line: RosterLine) -> dict[int, Any]:
    badge = "● " + waiting_text(line.waiting_kind) if line.waiting else ""
    roles: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: badge, ROLE_SORT: line.waiting_kind,
                             ROLE_STUDENT_ID: line.student_id, ROLE_ACTIVE: line.active}
    if line.waiting and (reason := waiting_reason(line)):
        roles[Qt.ItemDataRole.ToolTipRole] = reason
    return roles


class RosterFilter(QSortFilterProxyModel):
    """Filters by part of a name (or school id), hides archived students unless asked; sorts by ROLE_SORT."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show_archived = False
        self.setSortRole(ROLE_SORT)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: ARG002 - Qt's signature
        model = self.sourceModel()
        if not isinstance(model, RosterModel):
            return True
        line = model.line(source_row)
        if not line.active and not self._show_archived:
            return False
        if not self._text:
            return True
        return self._text in line.name.casefold() or self._text in (line.external_id or "").casefold()
