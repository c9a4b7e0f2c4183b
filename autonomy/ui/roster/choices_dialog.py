"""Today's choices for one student, per dimension: quick picks from the ladder and recent choices, or free text.

A pick from the ladder above the student's current level is marked as going beyond it, before and after saving.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from autonomy.services.dto import ChoiceInfo, DimensionInfo
from autonomy.ui.app import operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words import builtin


@dataclass(frozen=True)
class ChoiceRequest:
    dimension: str
    choice: str
    level: int | None  # the ladder rank picked, None for free text or a recent choice


class ChoicesDialog(QDialog):
    submitted = Signal(list)  # list[ChoiceRequest]

    def __init__(self, student_name: str, dimensions: Sequence[DimensionInfo], levels: Mapping[str, int],
                 recent: Mapping[str, Sequence[str]], today: Sequence[ChoiceInfo] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Today's choices: {name}").format(name=student_name))
        self._dimensions = list(dimensions)
        self._levels = dict(levels)
        self.pickers: dict[str, QComboBox] = {}
        self.beyond: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("What did {name} choose today? Pick from the ladder or recent choices, or type. "
                               "Leave a line empty to skip it.").format(name=student_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, self.fontMetrics().horizontalAdvance("⚠ beyond current level") + 8)
        grid.setVerticalSpacing(4)
        done = {c.dimension: c.choice for c in today}
        for row, dim in enumerate(self._dimensions):
            current = self._levels.get(dim.key, 0)
            # Shown in the app's language; a ladder pick is saved under the level's stored name (see _picked).
            shown = builtin.dimension(dim)
            label = QLabel(shown.name)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            now = QLabel(self.tr("Now {rank} · {name}").format(rank=current, name=shown.level_name(current)))
            now.setTextFormat(Qt.TextFormat.PlainText)
            picker = QComboBox()
            picker.setEditable(True)
            picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            picker.setMinimumContentsLength(22)
            picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            picker.setAccessibleName(self.tr("Choice for {dimension}").format(dimension=shown.name))
            picker.addItem("", None)
            for level in shown.levels:
                picker.addItem(f"{level.rank} · {level.name}", level.rank)
            extra = [text for text in recent.get(dim.key, ()) if text not in {lv.name for lv in dim.levels}]
            if extra:
                picker.insertSeparator(picker.count())
                for text in extra:
                    picker.addItem(text, None)
            picker.setCurrentIndex(0)
            editor = picker.lineEdit()
            assert editor is not None  # the picker is editable
            editor.setPlaceholderText(
                self.tr("Already recorded: {choice}").format(choice=builtin.choice_text(dim.key, done[dim.key]))
                if dim.key in done
                else self.tr("Not recorded yet"))
            label.setBuddy(picker)
            editor.setAccessibleName(picker.accessibleName())  # the text field inside: named like its box
            beyond = QLabel()
            beyond.setAccessibleDescription(  # its name is the warning it shows
                self.tr("Beyond level warning for {dimension}").format(dimension=shown.name))
            picker.currentTextChanged.connect(lambda _t, key=dim.key: self._update_beyond(key))
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(picker, 2 * row, 1)
            grid.addWidget(beyond, 2 * row, 2)
            grid.addWidget(now, 2 * row + 1, 1, 1, 2)
            self.pickers[dim.key] = picker
            self.beyond[dim.key] = beyond
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 48)

    def _picked(self, key: str) -> ChoiceRequest | None:
        picker = self.pickers[key]
        text = picker.currentText().strip()
        if not text:
            return None
        index = picker.findText(text, Qt.MatchFlag.MatchFixedString)
        rank = picker.itemData(index) if index >= 0 else None
        if rank is not None:
            dim = next(d for d in self._dimensions if d.key == key)
            return ChoiceRequest(key, dim.level_name(rank), rank)
        return ChoiceRequest(key, text, None)

    def _update_beyond(self, key: str) -> None:
        picked = self._picked(key)
        over = picked is not None and picked.level is not None and picked.level > self._levels.get(key, 0)
        self.beyond[key].setText(self.tr("⚠ beyond current level") if over else "")

    def is_beyond(self, key: str) -> bool:
        return bool(self.beyond[key].text())

    def requests(self) -> list[ChoiceRequest]:
        return [r for r in (self._picked(d.key) for d in self._dimensions) if r is not None]

    def accept(self) -> None:
        requests = self.requests()
        super().accept()
        if requests:
            self.submitted.emit(requests)


def record_choices(backend: Backend, student_id: str, requests: Sequence[ChoiceRequest]) -> None:
    """Save each choice on the lane (the service decides whether a ladder pick was within the level)."""
    operations.record_choices(backend, student_id, requests)


def start_choices(backend: Backend, student_id: str, parent: QWidget,
                  on_open: Callable[[ChoicesDialog], None] | None = None) -> None:
    """Load what the dialog needs on the lane, then open it (window-modal, not blocking)."""
    def load() -> tuple:  # on the lane, where the services are always open (ui/app/backend.py)
        views, choices = backend.views, backend.services.choices
        detail = views.student_detail(student_id)
        recent = {d.key: choices.recent_choices(d.key) for d in detail.dimensions}
        today = [c for c in detail.choices if c.day == dt.date.today()]
        return detail, recent, today

    def show(data: tuple) -> None:
        detail, recent, today = data
        dialog = ChoicesDialog(detail.student.name, detail.dimensions, detail.levels, recent, today, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda requests: record_choices(backend, student_id, requests))
        dialog.open()
        if on_open is not None:
            on_open(dialog)

    backend.lane.run(load, show)

