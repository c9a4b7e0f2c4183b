"""Small dialogs for the teacher's decision on a suggestion: dismiss with a reason, snooze until a day, and the
outcome of a follow-up. Each shows the sentence it is about and emits what was chosen; saving is the caller's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from autonomy.services.dto import ReflectionInfo
from autonomy.ui.widgets.labels import error_label
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words import dates
from autonomy.ui.words.dates import to_date

SNOOZE_DAYS = 7  # a week ahead, unless the teacher picks another day


def _sentence(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


class DecisionDialog(QDialog):
    """Dismiss (a reason, optional) or snooze (a day to come back, a reason, optional)."""

    submitted = Signal(object, str)  # until (a date when snoozing, else None), reason

    def __init__(self, snooze: bool, sentence: str, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.snoozing = snooze
        today = today or dt.date.today()
        self.setWindowTitle(self.tr("Snooze suggestion") if snooze else self.tr("Dismiss suggestion"))
        layout = QVBoxLayout(self)
        layout.addWidget(_sentence(sentence))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.until = QDateEdit()
        self.until.setAccessibleName(self.tr("Bring it back on"))
        self.until.setCalendarPopup(True)
        dates.dress_date_edit(self.until, weekday=True)
        tomorrow = today + dt.timedelta(days=1)
        self.until.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        ahead = today + dt.timedelta(days=SNOOZE_DAYS)
        self.until.setDate(QDate(ahead.year, ahead.month, ahead.day))
        if snooze:
            form.addRow(self.tr("&Bring it back on:"), self.until)
        else:
            self.until.hide()
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(2000)
        self.reason.setPlaceholderText(self.tr("Optional"))
        self.reason.setToolTip(self.tr("Why, if you like: your coach sees it beside the decision"))
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("&Snooze") if snooze else self.tr("&Dismiss"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.until if snooze else self.reason).setFocus()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

    def accept(self) -> None:
        until = to_date(self.until.date()) if self.snoozing else None
        super().accept()
        self.submitted.emit(until, self.reason.text().strip())


class OutcomeDialog(QDialog):
    """How a follow-up went: pick the conversation (when several are due), see what was agreed, write the
    outcome. Emits (reflection id, outcome)."""

    submitted = Signal(str, str)

    def __init__(self, student_name: str, due: Sequence[ReflectionInfo], preselect: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self._due = list(due)
        self.setWindowTitle(self.tr("Follow-up outcome: {name}").format(name=student_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.which = QComboBox()
        self.which.setAccessibleName(self.tr("Conversation"))
        for r in self._due:
            label = self.tr("Talked on {day}, follow up on {due}").format(
                day=dates.weekday_text(r.at.astimezone().date()),
                due=dates.weekday_text(r.follow_up) if r.follow_up else "")
            self.which.addItem(label, r.id)
        self.when = QLabel()
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.when.setAccessibleName(self.tr("When"))
        self.agreed = QLabel()
        self.agreed.setWordWrap(True)
        self.agreed.setTextFormat(Qt.TextFormat.PlainText)
        self.agreed.setAccessibleName(self.tr("What was agreed"))
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Their words"))
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("How did it go? Was the agreement kept? What happens next?"))
        self.outcome.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("&Conversation:"), self.which)
        form.addRow(self.tr("Talked:"), self.when)
        form.addRow(self.tr("Agreed:"), self.agreed)
        form.addRow(self.tr("Their words:"), self.words)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.which.setVisible(len(self._due) > 1)
        form.labelForField(self.which).setVisible(len(self._due) > 1)
        layout.addLayout(form)
        self.error = error_label(self.tr("Problem"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("&Save outcome"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.which.currentIndexChanged.connect(self._show)
        if preselect and self.which.findData(preselect) >= 0:
            self.which.setCurrentIndex(self.which.findData(preselect))
        self._show()
        self.outcome.setFocus()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 38)

    def _show(self) -> None:
        r = next((r for r in self._due if r.id == self.which.currentData()), None)
        self.when.setText(self.tr("{day}; follow-up set for {due}").format(
            day=dates.weekday_text(r.at.astimezone().date()),
            due=dates.weekday_text(r.follow_up) if r.follow_up else "")
            if r else "")
        self.agreed.setText((r.agreement if r else "") or self.tr("(nothing written down)"))
        self.words.setText((r.student_words if r else "") or self.tr("(nothing written down)"))

    def accept(self) -> None:
        """Stays open until the caller confirms the save (`saved()`) or shows a refusal (`refused()`)."""
        if not self.outcome.toPlainText().strip():
            self.refused(self.tr("Write how it went first."))
            return
        self.ok.setEnabled(False)
        self.submitted.emit(str(self.which.currentData() or ""), self.outcome.toPlainText())

    def saved(self) -> None:
        super().accept()

    def refused(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.error.setText("⚠ " + message)
        self.error.show()
