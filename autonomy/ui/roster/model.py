"""The roster as a thin table model over `RosterLine`s (read model from autonomy.services.views).

Fixed columns first, then one column per dimension of freedom (dimensions are data, so their count varies).
Sorting and the name filter live in `RosterFilter`, a proxy; this model only adapts rows. Dimension and level
names are shown as `autonomy.ui.words.builtin` words them, suggestion sentences as
`autonomy.ui.words.suggestion_sentences` does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from autonomy.core.roster_signals import RISING, SLIPPING
from autonomy.core.suggestion_facts import Suggestion
from autonomy.services.dto import DimensionInfo, RosterLine
from autonomy.ui.widgets.chips import ROLE_LEVEL, ROLE_LEVEL_NAME, ROLE_LEVEL_TOP
from autonomy.ui.words import builtin
from autonomy.ui.words.suggestion_sentences import day_text, sentence

COL_NAME, COL_BUILDS, COL_BREAKS, COL_CHOICES, COL_TREND, COL_WAITING = range(6)
COL_FIRST_DIMENSION = 6

ROLE_STUDENT_ID = Qt.ItemDataRole.UserRole + 1
ROLE_LINE = Qt.ItemDataRole.UserRole + 2
ROLE_SORT = Qt.ItemDataRole.UserRole + 3
ROLE_ACTIVE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


def trend_text(trend: int) -> str:
    if trend == RISING:
        return tr("↑ rising")
    if trend == SLIPPING:
        return tr("↓ slipping")
    return tr("→ steady")


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


class RosterModel(QAbstractTableModel):
    """Runs on the GUI thread; `set_rows` swaps the whole roster (it is small: one class), `update_rows` some of
    its rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterLine] = []
        self._dimensions: tuple[DimensionInfo, ...] = ()
        self._row_of: dict[str, int] = {}

    # --- feeding ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RosterLine], dimensions: Sequence[DimensionInfo] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if dimensions is not None:
            self._dimensions = builtin.dimensions(dimensions)
        self._row_of = {line.student_id: i for i, line in enumerate(self._rows)}
        self.endResetModel()

    def set_waiting(self, waiting: Mapping[str, tuple[str, str] | Suggestion], today: dt.date | None = None) -> None:
        """Put the suggestion engine's flags on the rows (student id -> its first suggestion, worded here, or
        (kind, sentence)); others wait for nothing."""
        for i, line in enumerate(self._rows):
            self._rows[i] = self._waiting_on(line, waiting, today)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_WAITING), self.index(len(self._rows) - 1, COL_WAITING))

    def update_rows(self, lines: Sequence[RosterLine],
                    waiting: Mapping[str, tuple[str, str] | Suggestion] | None = None,
                    today: dt.date | None = None) -> bool:
        """Replace these students' rows in place (after a change that touched only them, such as logging an event),
        with the suggestion engine's flags (`waiting`, as in `set_waiting`) if given; the proxy re-sorts and
        re-filters them, and the selection stays. Returns False, changing nothing, if a line is not on the roster
        (then the whole roster wants reloading)."""
        rows: list[int] = []
        for line in lines:
            row = self._row_of.get(line.student_id)
            if row is None:
                return False
            rows.append(row)
        last = self.columnCount() - 1
        for row, line in zip(rows, lines, strict=True):
            self._rows[row] = line if waiting is None else self._waiting_on(line, waiting, today)
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def _waiting_on(self, line: RosterLine, waiting: Mapping[str, tuple[str, str] | Suggestion],
                    today: dt.date | None = None) -> RosterLine:
        found = waiting.get(line.student_id, ("", "")) if line.active else ("", "")
        if isinstance(found, Suggestion):
            kind, text = found.kind.value, sentence(found, {d.key: d for d in self._dimensions}, today)
        else:
            kind, text = found
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

    # --- Qt model API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else COL_FIRST_DIMENSION + len(self._dimensions)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = {COL_NAME: tr("Student"), COL_BUILDS: tr("Built"), COL_BREAKS: tr("Broke"),
                     COL_CHOICES: tr("Chose"), COL_TREND: tr("Trend"), COL_WAITING: tr("Waiting")}
            if section in fixed:
                return fixed[section]
            dim = self.dimension_at(section)
            return dim.name if dim else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {COL_BUILDS: tr("Trust-building events today"), COL_BREAKS: tr("Trust-breaking events today"),
                    COL_CHOICES: tr("Choices recorded today"),
                    COL_TREND: tr("Trust built against trust broken over the last 10 school days"),
                    COL_WAITING: tr("A suggestion waits for this student")}
            if section in tips:
                return tips[section]
            dim = self.dimension_at(section)
            return dim.question if dim else None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_BUILDS, COL_BREAKS, COL_CHOICES):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        col = index.column()
        if role == ROLE_STUDENT_ID:
            return line.student_id
        if role == ROLE_LINE:
            return line
        if role == ROLE_ACTIVE:
            return line.active
        dim = self.dimension_at(col)
        if dim is not None:
            return self._level_data(line, dim, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == ROLE_SORT:
            return self._sort_key(line, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_BUILDS, COL_BREAKS, COL_CHOICES):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and col == COL_NAME and not line.active:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, line: RosterLine, col: int) -> str:
        if col == COL_NAME:
            return line.name if line.active else tr("{name} (archived)").format(name=line.name)
        if col == COL_BUILDS:
            return str(line.builds_today) if line.builds_today else ""
        if col == COL_BREAKS:
            return str(line.breaks_today) if line.breaks_today else ""
        if col == COL_CHOICES:
            if line.own_choices_today:  # made at the check-in by the student themselves
                return tr("{n} ({own} own)").format(n=line.choices_today, own=line.own_choices_today)
            return str(line.choices_today) if line.choices_today else ""
        if col == COL_TREND:
            return trend_text(line.trend)
        if col == COL_WAITING:
            return "● " + waiting_text(line.waiting_kind) if line.waiting else ""
        return ""

    def _sort_key(self, line: RosterLine, col: int) -> Any:
        keys = {COL_NAME: line.name.casefold(), COL_BUILDS: line.builds_today, COL_BREAKS: line.breaks_today,
                COL_CHOICES: line.choices_today, COL_TREND: (line.trend, line.recent_builds - line.recent_breaks),
                COL_WAITING: line.waiting_kind}
        return keys.get(col, "")

    def _tooltip(self, line: RosterLine, col: int) -> str | None:
        if col == COL_TREND:
            return tr("{builds} built, {breaks} broken over the last 10 school days").format(
                builds=line.recent_builds, breaks=line.recent_breaks)
        if col == COL_WAITING and line.waiting:
            return waiting_reason(line)
        if col == COL_CHOICES and line.own_choices_today:
            return tr("{own} of today's {n} choices made by the student at the check-in").format(
                own=line.own_choices_today, n=line.choices_today)
        if col == COL_NAME and line.external_id:
            return tr("School id: {id}").format(id=line.external_id)
        if col == COL_BUILDS and line.observations_today:
            return tr("{n} observation(s) today").format(n=line.observations_today)
        return None

    def _level_data(self, line: RosterLine, dim: DimensionInfo, role: int) -> Any:
        rank = line.levels.get(dim.key, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{rank} {dim.level_name(rank)}"
        if role in (ROLE_LEVEL, ROLE_SORT):
            return rank
        if role == ROLE_LEVEL_NAME:
            return dim.level_name(rank)
        if role == ROLE_LEVEL_TOP:
            return dim.top
        if role == Qt.ItemDataRole.ToolTipRole:
            text = next((lv.description for lv in dim.levels if lv.rank == rank), "")
            return tr("{dimension}: level {rank} of {top}, {name}. {text}").format(
                dimension=dim.name, rank=rank, top=dim.top, name=dim.level_name(rank), text=text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{dimension} level {rank}, {name}").format(dimension=dim.name, rank=rank,
                                                                 name=dim.level_name(rank))
        return None


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
