"""The compact popup for logging a trust event: a number key picks the category, Enter logs.

Opened with B (trust built), X (trust broken) or O (observation) for the students selected in the roster (the
class's most used trust-building moments need no dialog: keys 1 to 5 on the roster, ui/roster/quick_keys.py).
The optional details (dimension, severity, Habit of Mind, note, an earlier time) sit below the list and never
need to be touched for the common case. For a trust-breaking moment a second number is its severity, and logs:
X, the category's number, the severity's number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.catalogue import HABITS_OF_MIND
from autonomy.core.types import EventKind, Severity
from autonomy.core.validation import MAX_NOTE
from autonomy.services.dto import CategoryInfo, DimensionInfo
from autonomy.ui.roster import when
from autonomy.ui.widgets.labels import error_label
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words import builtin, dates

OTHER_MOMENT = "other"  # the When list's last entry: the date-time field


@dataclass(frozen=True)
class LogRequest:
    kind: str
    category: str
    dimension: str | None = None
    severity: str | None = None
    habit: str | None = None
    note: str = ""
    at: dt.datetime | None = None  # None: now


class LogDialog(QDialog):
    submitted = Signal(object)  # LogRequest

    def __init__(self, kind: str, student_names: Sequence[str], categories: Sequence[CategoryInfo],
                 dimensions: Sequence[DimensionInfo], parent: QWidget | None = None, *,
                 lesson_time: dt.time | None = None, now: dt.datetime | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self._kind = kind
        self._picked = False  # a number picked the category (a trust-breaking moment's next number is severity)
        self._now = now or dt.datetime.now().astimezone()
        # Built-in names in the app's language; the request carries keys only.
        self._categories = builtin.categories(c for c in categories if c.kind == kind and not c.archived)
        dimensions = builtin.dimensions(dimensions)
        self.setWindowTitle(self._title())
        self.setObjectName("logDialog")
        layout = QVBoxLayout(self)

        who = QLabel(self._who(student_names))
        who.setWordWrap(True)
        who.setTextFormat(Qt.TextFormat.PlainText)
        font = who.font()
        font.setBold(True)
        who.setFont(font)
        layout.addWidget(who)
        self.hint = QLabel(self._hint())
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.categories = QListWidget()
        self.categories.setAccessibleName(self.tr("Category"))
        for i, category in enumerate(self._categories):
            prefix = f"{i + 1}   " if i < 9 else "     "
            item = QListWidgetItem(prefix + category.name)
            item.setData(Qt.ItemDataRole.UserRole, category.key)
            self.categories.addItem(item)
        if self._categories:
            self.categories.setCurrentRow(0)
        rows = min(max(len(self._categories), 3), 9)
        self.categories.setFixedHeight(self.categories.sizeHintForRow(0) * rows + 2 * self.categories.frameWidth()
                                       + 4)
        self.categories.installEventFilter(self)
        self.categories.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.categories)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Dimension"))
        self.dimension.addItem(self.tr("Any dimension"), None)
        for dim in dimensions:
            self.dimension.addItem(dim.name, dim.key)
        form.addRow(self.tr("&Dimension:"), self.dimension)
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("Severity"))
        for value, label in ((Severity.MINOR, self.tr("Minor")), (Severity.MODERATE, self.tr("Moderate")),
                             (Severity.SERIOUS, self.tr("Serious"))):
            self.severity.addItem(label, value.value)
        if kind == EventKind.BREAK:
            form.addRow(self.tr("&Severity:"), self.severity)
        else:
            self.severity.hide()
        self.habit = QComboBox()
        self.habit.setAccessibleName(self.tr("Habit of Mind"))
        self.habit.addItem(self.tr("None"), None)
        for key, _english in HABITS_OF_MIND:
            self.habit.addItem(builtin.habit_name(key), key)
        form.addRow(self.tr("&Habit of Mind:"), self.habit)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Optional"))
        form.addRow(self.tr("&Note:"), self.note)
        # When: now, earlier today or the last school day at this lesson's time, picked from a list; any other
        # moment in the date-time field the last entry shows.
        self.moment = QComboBox()
        self.moment.setAccessibleName(self.tr("When"))
        for moment in when.moments(self._now, lesson_time):
            self.moment.addItem(moment.label, moment.at)
        self.moment.addItem(self.tr("Another day or time…"), OTHER_MOMENT)
        self.moment.currentIndexChanged.connect(self._moment_picked)
        form.addRow(self.tr("&When:"), self.moment)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setAccessibleName(self.tr("Day and time"))
        self.when.setCalendarPopup(True)
        dates.dress_date_edit(self.when, weekday=True, time=True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self._backdated = False
        self.when.dateTimeChanged.connect(self._mark_backdated)
        form.addRow("", self.when)
        self._form = form
        form.setRowVisible(self.when, False)
        layout.addLayout(form)
        self.error = error_label(self.tr("Problem"))
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.log_button = buttons.addButton(self.tr("&Log"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_button.setEnabled(bool(self._categories))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.log_button.setDefault(True)  # only once inside the dialog, or the dialog picks Cancel
        self.categories.setFocus()

    def _title(self) -> str:
        if self._kind == EventKind.BUILD:
            return self.tr("Trust built")
        if self._kind == EventKind.BREAK:
            return self.tr("Trust broken")
        return self.tr("Observation")

    def _who(self, names: Sequence[str]) -> str:
        if len(names) <= 3:
            return ", ".join(names)
        return self.tr("{names} and {n} more").format(names=", ".join(names[:2]), n=len(names) - 2)

    def _hint(self) -> str:
        if self._kind != EventKind.BREAK:
            return self.tr("Press a number to pick, then Enter to log.")
        if not self._picked:
            return self.tr("Press a number to pick the category, then a number for its severity.")
        return self.tr("Severity: 1 minor, 2 moderate, 3 serious (logs at once), or Enter to log as {severity}."
                       ).format(severity=self.severity.currentText().lower())

    def _mark_backdated(self) -> None:
        self._backdated = True

    def _moment_picked(self) -> None:
        other = self.moment.currentData() == OTHER_MOMENT
        self._form.setRowVisible(self.when, other)  # (Tab reaches it next; the arrows stay in the list)

    def _severity_key(self, text: str) -> bool:
        """After a trust-breaking moment's category, 1, 2 or 3 is its severity, and logs it."""
        if self._kind != EventKind.BREAK or not self._picked or text not in "123":
            return False
        self.severity.setCurrentIndex(int(text) - 1)
        self.accept()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.categories and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if len(text) == 1 and text in "123456789" and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                if self._severity_key(text):
                    return True
                row = int(text) - 1
                if row < self.categories.count():
                    self.categories.setCurrentRow(row)
                    self._picked = True
                    self.hint.setText(self._hint())
                return True
        return super().eventFilter(watched, event)

    def request(self) -> LogRequest | None:
        item = self.categories.currentItem()
        if item is None:
            return None
        at = self.moment.currentData()
        if at == OTHER_MOMENT:
            at = None
            if self._backdated:
                at = dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch()).astimezone()
        return LogRequest(
            kind=self._kind, category=item.data(Qt.ItemDataRole.UserRole), dimension=self.dimension.currentData(),
            severity=self.severity.currentData() if self._kind == EventKind.BREAK else None,
            habit=self.habit.currentData(), note=self.note.text().strip(), at=at,
        )

    def accept(self) -> None:
        """Stays open, with what was typed, until the caller confirms the save (`saved()`) or shows why it was
        refused (`refused()`): a long note, a full or read-only disk never costs the teacher their words."""
        request = self.request()
        if request is None:
            return
        if len(request.note) > MAX_NOTE:
            self.refused(self.tr("The note is {n:,} characters long; the limit is {limit:,}. Shorten it, then log "
                                 "again.").format(n=len(request.note), limit=MAX_NOTE))
            self.note.setFocus()
            return
        self.log_button.setEnabled(False)
        self.submitted.emit(request)

    def saved(self) -> None:
        super().accept()

    def refused(self, message: str) -> None:
        self.log_button.setEnabled(bool(self._categories))
        self.error.setText("⚠ " + message)
        self.error.show()
