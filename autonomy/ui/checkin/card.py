"""One dimension of a student's check-in: their freedom today in their own words, today's choice (quick picks
and, where the level allows, their own words), the next step with what it takes, and an optional self-rating.

Large touch targets (at least 44 px; the check-in's font is larger than the app's body text), every control
named for a screen reader, reachable with Tab and pressed with Space.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.checkin import NextStep
from autonomy.services.checkin import CheckinDimension, ChoiceRequest, RatingRequest
from autonomy.ui.words import builtin

TOUCH = 48  # px: above the 44 px a finger needs


def tr(text: str) -> str:
    return QCoreApplication.translate("Checkin", text)


def next_step_words(step: NextStep) -> str:
    """What the step-up rule still waits for, as a student reads it."""
    if step.ready:
        return tr("You could be ready: ask your teacher about it.")
    parts = []
    if step.good_days:
        parts.append(tr("1 more day like today") if step.good_days == 1
                     else tr("{n} more days like today").format(n=step.good_days))
    if step.hold_days:
        parts.append(tr("at least 1 more day at this step") if step.hold_days == 1
                     else tr("at least {n} more days at this step").format(n=step.hold_days))
    if step.break_free_days:
        parts.append(tr("1 more day with no slip") if step.break_free_days == 1
                     else tr("{n} more days with no slip").format(n=step.break_free_days))
    if step.talk_first:
        parts.append(tr("a talk with your teacher about what you agreed"))
    return tr("What it takes: {parts}.").format(parts=tr(", ").join(parts))


def wrapped(text: str, base: QFont, *, bold: bool = False, size: float = 1.0) -> QLabel:
    """A label in the check-in's font (`base`: never smaller than the app's body text), wrapped, plain text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold or size != 1.0:
        font = QFont(base)
        font.setBold(bold)
        font.setPointSizeF(base.pointSizeF() * size)
        label.setFont(font)
    return label


def touch_button(text: str, *, checkable: bool = False, base: QFont | None = None) -> QPushButton:
    """A button at least TOUCH px each way, in the check-in's font (`base`: buttons do not take their parent's
    font where the platform gives buttons a font of their own)."""
    button = QPushButton(text)
    if base is not None:
        button.setFont(base)
    button.setCheckable(checkable)
    button.setMinimumHeight(TOUCH)
    button.setMinimumWidth(TOUCH)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    button.setAccessibleName(text)
    return button


class DimensionCard(QFrame):
    """One card. `choice()` and `rating()` say what the student picked (None: nothing)."""

    changed = Signal()

    def __init__(self, dim: CheckinDimension, base: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(base)
        self.dim = dim
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("checkinCard")
        name = builtin.dimension_name(dim.key, dim.name)
        self.setAccessibleName(name)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(wrapped(name, base, bold=True, size=1.25))
        now = builtin.student_text(dim.key, dim.level, dim.level_name, dim.student_text, dim.description)
        self.today_text = wrapped(tr("Today: {sentence}").format(sentence=now), base)
        layout.addWidget(self.today_text)

        layout.addWidget(wrapped(tr("I choose today:"), base, bold=True))
        picks = QGridLayout()
        picks.setSpacing(6)
        self.picks = QButtonGroup(self)
        self.picks.setExclusive(False)  # (a second press takes a pick back; one at a time, see _picked)
        for i, pick in enumerate(dim.options.allowed[:6]):
            shown = builtin.choice_text(dim.key, pick.text)
            button = touch_button(shown, checkable=True, base=base)
            button.setAccessibleName(tr("Choose {choice} for {dimension}").format(choice=shown, dimension=name))
            button.setProperty("pick", pick.text)
            button.setProperty("rank", pick.rank)
            button.setChecked(pick.text in dim.today)
            self.picks.addButton(button, i)
            picks.addWidget(button, i // 3, i % 3)
        self.picks.buttonToggled.connect(self._picked)
        layout.addLayout(picks)
        self.own: QLineEdit | None = None
        if dim.options.own_words:
            self.own = QLineEdit()
            self.own.setMinimumHeight(TOUCH)
            self.own.setMaxLength(200)
            self.own.setPlaceholderText(tr("Or in my own words…"))
            self.own.setAccessibleName(tr("My own choice for {dimension}").format(dimension=name))
            own_today = [t for t in dim.today if t not in {p.text for p in dim.options.allowed}]
            if own_today:
                self.own.setText(own_today[-1])
            self.own.textEdited.connect(self._typed)
            layout.addWidget(self.own)

        self.next_text: QLabel | None = None
        if dim.next_name is not None and dim.next_step is not None:
            upcoming = builtin.student_text(dim.key, dim.level + 1, dim.next_name, dim.next_student_text,
                                            dim.next_description)
            picks_next = ", ".join(builtin.choice_text(dim.key, p.text) for p in dim.options.next_step[:4])
            words = tr("Next step: {sentence}").format(sentence=upcoming)
            if picks_next and dim.options.next_step[0].text != dim.next_name:
                words += " " + tr("(then: {picks})").format(picks=picks_next)
            self.next_text = wrapped(words + " " + next_step_words(dim.next_step), base)
            self.next_text.setObjectName("nextStep")
            self.next_text.setAccessibleName(tr("Next step for {dimension}").format(dimension=name))
            layout.addWidget(self.next_text)

        self.ratings: QButtonGroup | None = None
        self.why: QLineEdit | None = None
        if dim.rating_due:
            layout.addWidget(wrapped(tr("How much freedom do I feel ready for? (if I want)"), base, bold=True))
            row = QHBoxLayout()
            row.setSpacing(6)
            self.ratings = QButtonGroup(self)
            self.ratings.setExclusive(False)
            for rank, stored in enumerate(dim.ladder):
                label = builtin.level_name(dim.key, rank, stored)
                button = touch_button(str(rank + 1), checkable=True, base=base)
                button.setToolTip(label)
                button.setAccessibleName(tr("I feel ready for step {n}: {level}").format(n=rank + 1, level=label))
                self.ratings.addButton(button, rank)
                row.addWidget(button)
            row.addStretch(1)
            self.ratings.buttonToggled.connect(self._rated)
            layout.addLayout(row)
            if dim.ladder:
                ends = tr("1 = {lowest} · {n} = {highest}").format(
                    lowest=builtin.level_name(dim.key, 0, dim.ladder[0]), n=len(dim.ladder),
                    highest=builtin.level_name(dim.key, len(dim.ladder) - 1, dim.ladder[-1]))
                layout.addWidget(wrapped(ends, base))
            self.why = QLineEdit()
            self.why.setMinimumHeight(TOUCH)
            self.why.setMaxLength(300)
            self.why.setPlaceholderText(tr("Why? (a sentence, if I want)"))
            self.why.setAccessibleName(tr("Why, for {dimension}").format(dimension=name))
            layout.addWidget(self.why)
        layout.addStretch(1)

    def _picked(self, button: QPushButton, checked: bool) -> None:
        if checked:
            _uncheck_all_but(self.picks, button)
            if self.own is not None:
                self.own.clear()
        self.changed.emit()

    def _typed(self, text: str) -> None:
        if text.strip():
            _uncheck_all_but(self.picks, None)
        self.changed.emit()

    def _rated(self, button: QPushButton, checked: bool) -> None:
        assert self.ratings is not None
        if checked:
            _uncheck_all_but(self.ratings, button)
        self.changed.emit()

    def choice(self) -> ChoiceRequest | None:
        checked = self.picks.checkedButton() or next((b for b in self.picks.buttons() if b.isChecked()), None)
        if checked is not None:
            text = str(checked.property("pick"))
            if text in self.dim.today:
                return None  # saved earlier today: nothing new
            return ChoiceRequest(self.dim.key, text, int(checked.property("rank")))
        if self.own is not None and self.own.text().strip():
            text = self.own.text().strip()
            return None if text in self.dim.today else ChoiceRequest(self.dim.key, text, None)
        return None

    def rating(self) -> RatingRequest | None:
        if self.ratings is None:
            return None
        picked = next((b for b in self.ratings.buttons() if b.isChecked()), None)
        if picked is None:
            return None
        return RatingRequest(self.dim.key, self.ratings.id(picked), self.why.text().strip() if self.why else "")


def _uncheck_all_but(group: QButtonGroup, kept: QAbstractButton | None) -> None:
    """One choice at a time, none allowed (a group that is not exclusive): the others unchecked, quietly."""
    for other in group.buttons():
        if other is not kept and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
