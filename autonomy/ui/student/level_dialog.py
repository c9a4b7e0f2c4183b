"""Changing a student's level by hand, with the reason written down (it shows in the level history)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from autonomy.services.dto import DimensionInfo
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words import builtin


class LevelDialog(QDialog):
    submitted = Signal(str, int, str)  # dimension key, new level, reason

    def __init__(self, student_name: str, dimensions: Sequence[DimensionInfo], levels: Mapping[str, int],
                 dimension: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Change level: {name}").format(name=student_name))
        dimensions = builtin.dimensions(dimensions)  # names and ladder text in the app's language
        self._dimensions = {d.key: d for d in dimensions}
        self._levels = dict(levels)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Dimension"))
        for dim in dimensions:
            self.dimension.addItem(dim.name, dim.key)
        self.current = QLabel()
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("New level"))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why? (kept in the level history)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("&Dimension:"), self.dimension)
        form.addRow(self.tr("Now:"), self.current)
        form.addRow(self.tr("&New level:"), self.level)
        form.addRow("", self.description)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Change level"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save.setDefault(True)
        self.dimension.currentIndexChanged.connect(self._dimension_changed)
        self.level.currentIndexChanged.connect(self._level_changed)
        if dimension is not None and self.dimension.findData(dimension) >= 0:
            self.dimension.setCurrentIndex(self.dimension.findData(dimension))
        self._dimension_changed()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def _dimension_changed(self) -> None:
        dim = self._dimensions.get(self.dimension.currentData())
        if dim is None:
            return
        now = self._levels.get(dim.key, 0)
        self.current.setText(f"{now} · {dim.level_name(now)}")
        self.level.blockSignals(True)
        self.level.clear()
        for lv in dim.levels:
            self.level.addItem(f"{lv.rank} · {lv.name}", lv.rank)
        # The usual change is one step; offer the step up (or the top's step down) first.
        target = now + 1 if now < dim.top else now - 1
        self.level.setCurrentIndex(self.level.findData(max(target, 0)))
        self.level.blockSignals(False)
        self._level_changed()

    def _level_changed(self) -> None:
        dim = self._dimensions.get(self.dimension.currentData())
        rank = self.level.currentData()
        if dim is None or rank is None:
            return
        self.description.setText(next((lv.description for lv in dim.levels if lv.rank == rank), ""))
        self.save.setEnabled(rank != self._levels.get(dim.key, 0))

    def accept(self) -> None:
        key, rank = self.dimension.currentData(), self.level.currentData()
        if key is None or rank is None or rank == self._levels.get(key, 0):
            return
        super().accept()
        self.submitted.emit(key, int(rank), self.reason.toPlainText().strip())
