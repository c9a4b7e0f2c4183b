"""The reflection conversation, held beside the student: what led to it, questions to ask (each can be swapped
for another that fits the same moment), the student's own words, what was agreed, a follow-up day, and how the
student rates themselves beside the teacher's level (never averaged). A large-text mode makes it readable for
the student too. Saved as one transaction; a refusal is shown in the dialog and everything typed stays.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.errors import AutonomyError
from autonomy.core.prompts import FillWords
from autonomy.core.suggestion_facts import Suggestion
from autonomy.services.dto import ReflectionInfo, TrustEventInfo
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.reflection.context import (
    PURPOSE_AFTER_BREAK,
    PURPOSE_FOLLOW_UP,
    PURPOSE_GOAL,
    PURPOSE_STEP_UP,
    ConversationContext,
    load_conversation,
    single_dimension,
    worst_severity,
)
from autonomy.ui.reflection.questions import PromptSlot, QuestionsBox
from autonomy.ui.suggestions.decision_dialogs import SNOOZE_DAYS
from autonomy.ui.widgets.labels import error_label
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words import builtin, dates
from autonomy.ui.words.dates import to_date, when_text
from autonomy.ui.words.refusals import refusal_text

LARGE_TEXT = 1.5  # how much the large-text mode scales every font of the dialog
ROLE_EVENT = Qt.ItemDataRole.UserRole + 1


class AnswerBox(QPlainTextEdit):
    """A few lines high unless there is room to spare (a plain text box asks for a dozen)."""

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("M") * 40, self.fontMetrics().lineSpacing() * 5 + 12)


class ReflectionDialog(QDialog):
    saved = Signal(object)  # ReflectionInfo

    def __init__(self, backend: Backend, context: ConversationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self._backend = backend
        # Built-in dimension, level and category names in the app's language (the prompts are filled with them).
        self.context = c = dataclasses.replace(context, dimensions=builtin.dimensions(context.dimensions),
                                               categories=builtin.category_map(context.categories))
        self._about_touched = False
        self.acting_on: Suggestion | None = None  # the suggestion saving this conversation accepts (`act_on`)
        self._acting_reason = ""
        self._scaled: list[tuple[QWidget, float, bool]] = []  # widgets with their own font: (widget, scale, bold)
        name = c.student.name
        self.setWindowTitle(self.tr("Reflection conversation: {name}").format(name=name))

        title = QLabel(self.tr("A conversation with {name}").format(name=name))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self._own_font(title, 1.3, True)
        self.large = QPushButton(self.tr("&Large text"))
        self.large.setCheckable(True)
        self.large.setAccessibleName(self.tr("Large text"))
        self.large.setToolTip(self.tr("Bigger text for sitting beside the student (Ctrl++ / Ctrl+-)"))
        self.large.toggled.connect(self.set_large_text)
        # A shortcut of its own, not the button's: that would replace the Alt+L of "&Large text".
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self).activated.connect(
            lambda: self.set_large_text(True))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.large, 0, Qt.AlignmentFlag.AlignTop)

        body = QWidget()
        form = QVBoxLayout(body)
        form.setContentsMargins(0, 0, 6, 0)
        form.setSpacing(6)

        # What it is about.
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Conversation about"))
        for key, label in ((PURPOSE_AFTER_BREAK, self.tr("After a break")),
                           (PURPOSE_STEP_UP, self.tr("Celebrating a step up")),
                           (PURPOSE_GOAL, self.tr("Setting a goal")),
                           (PURPOSE_FOLLOW_UP, self.tr("Following up"))):
            self.purpose.addItem(label, key)
        self.purpose.setCurrentIndex(max(self.purpose.findData(c.purpose), 0))
        self.about = QComboBox()
        self.about.setAccessibleName(self.tr("Dimension"))
        self.about.addItem(self.tr("Any dimension"), None)
        for dim in c.dimensions:
            self.about.addItem(dim.name, dim.key)
        self.about.setCurrentIndex(max(self.about.findData(c.dimension), 0))
        row = QHBoxLayout()
        row.addWidget(self._buddy(self.tr("&Kind:"), self.purpose))
        row.addWidget(self.purpose)
        row.addSpacing(12)
        row.addWidget(self._buddy(self.tr("&In:"), self.about))
        row.addWidget(self.about)
        row.addStretch(1)
        form.addLayout(row)

        # What led to it.
        form.addWidget(self._heading(self.tr("What led to it")))
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Events that led to the conversation"))
        self.events.setAlternatingRowColors(True)
        self.events.setWordWrap(False)
        self.events.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.events.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for e in c.events:
            item = QListWidgetItem(self._event_text(e))
            item.setData(ROLE_EVENT, e.id)
            item.setToolTip(self._event_text(e, with_note=True))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if e.id in c.preselected else Qt.CheckState.Unchecked)
            self.events.addItem(item)
        self.no_events = QLabel(self.tr("No recent trust-breaking events wait for a conversation."))
        self.no_events.setWordWrap(True)
        self.events.setVisible(bool(c.events))
        self.no_events.setVisible(not c.events)
        form.addWidget(self.events)
        form.addWidget(self.no_events)

        # The earlier agreement, when this is its follow-up.
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(self.tr("How the earlier agreement went"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("How did it go? Was the agreement kept?"))
        self.outcome.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        earlier = c.follow_up_of
        if earlier is not None:
            form.addWidget(self._heading(self.tr("Last time ({day})").format(day=when_text(earlier.at))))
            agreed = QLabel(self.tr("Agreed: {agreement}").format(
                agreement=earlier.agreement or self.tr("(nothing written down)")))
            agreed.setWordWrap(True)
            agreed.setTextFormat(Qt.TextFormat.PlainText)
            form.addWidget(agreed)
            form.addWidget(self._buddy(self.tr("How did it &go?"), self.outcome))
            form.addWidget(self.outcome)
        else:
            self.outcome.hide()

        # Questions.
        form.addWidget(self._heading(self.tr("Questions to ask")))
        hint = QLabel(self.tr("Tick the ones you asked. Swap offers another question for the same moment."))
        hint.setWordWrap(True)
        self._own_font(hint, 0.9, False)
        form.addWidget(hint)
        self.questions = QuestionsBox(c.library, c.recent_ids, c.seed)
        form.addWidget(self.questions)

        # Their words, the agreement, the follow-up.
        self.words = self._text_box(self.tr("In their own words"))
        self.agreement = self._text_box(self.tr("What we agreed"))
        form.addWidget(self._heading(self.tr("In {name}'s own &words").format(name=self._first_name()), self.words))
        form.addWidget(self.words)
        form.addWidget(self._heading(self.tr("What we &agreed"), self.agreement))
        form.addWidget(self.agreement)
        self.follow = QCheckBox(self.tr("&Follow up on"))
        self.follow.setAccessibleName(self.tr("Set a follow-up date"))
        self.follow_date = QDateEdit()
        self.follow_date.setAccessibleName(self.tr("Follow-up date"))
        self.follow_date.setCalendarPopup(True)
        dates.dress_date_edit(self.follow_date, weekday=True)
        ahead = c.today + dt.timedelta(days=SNOOZE_DAYS)
        self.follow_date.setDate(QDate(ahead.year, ahead.month, ahead.day))
        self.follow_date.setMinimumDate(QDate(c.today.year, c.today.month, c.today.day))
        self.follow_date.setEnabled(False)
        self.follow.toggled.connect(self.follow_date.setEnabled)
        # (The follow-up sits beside Save, below the scrolled questions: in view on a 720-pixel-high screen.)

        # Self-ratings beside the teacher's level.
        form.addWidget(self._heading(self.tr("How {name} sees it (optional)").format(name=self._first_name())))
        note = QLabel(self.tr("The student's own rating is kept beside your level, never averaged into it."))
        note.setWordWrap(True)
        self._own_font(note, 0.9, False)
        form.addWidget(note)
        ratings = QGridLayout()
        ratings.setColumnStretch(2, 1)
        ratings.setHorizontalSpacing(10)
        ratings.addWidget(self._small_heading(self.tr("Their rating")), 0, 1)
        ratings.addWidget(self._small_heading(self.tr("Your level")), 0, 2)
        if c.checked_in:
            ratings.addWidget(self._small_heading(self.tr("At the check-in")), 0, 3)
        self.ratings: dict[str, QComboBox] = {}
        for i, dim in enumerate(c.dimensions, start=1):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("{dimension}: the student's own rating").format(dimension=dim.name))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.addItem(self.tr("Not rated"), None)
            for level in dim.levels:
                combo.addItem(f"{level.rank} · {level.name}", level.rank)
            current = c.levels.get(dim.key, 0)
            mine = QLabel(f"{current} · {dim.level_name(current)}")
            mine.setTextFormat(Qt.TextFormat.PlainText)
            mine.setWordWrap(True)
            mine.setAccessibleName(self.tr("{dimension}: your level, {level}").format(  # the name says the level
                dimension=dim.name, level=mine.text()))
            ratings.addWidget(self._buddy(dim.name, combo), i, 0)
            ratings.addWidget(combo, i, 1)
            ratings.addWidget(mine, i, 2)
            own = c.checked_in.get(dim.key)
            if own is not None:  # what the student said themselves, with their own sentence
                said = f"{own.level} · {dim.level_name(own.level)}" + (f" — “{own.words}”" if own.words else "")
                theirs = QLabel(said)
                theirs.setTextFormat(Qt.TextFormat.PlainText)
                theirs.setWordWrap(True)
                theirs.setAccessibleName(self.tr("{dimension}: their rating at the check-in").format(
                    dimension=dim.name))
                ratings.addWidget(theirs, i, 3)
            self.ratings[dim.key] = combo
        form.addLayout(ratings)
        form.addStretch(1)

        self.scroll_area = scroll = QScrollArea()  # not `scroll`: that is QWidget.scroll()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # frameless: a Tab stop on it would show no focus at all
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.error = error_label(self.tr("Problem"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Save conversation"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.follow)
        bottom.addWidget(self.follow_date)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.purpose.currentIndexChanged.connect(lambda _i: self.repick())
        self.about.activated.connect(self._about_chosen)
        self.events.itemChanged.connect(lambda _item: self._events_changed())
        self.repick()
        self._apply_fonts()
        self._fit_to_text()
        self.purpose.setFocus()  # the first field of the form, not the Save button

    # --- building blocks --------------------------------------------------------------------------
    def _first_name(self) -> str:
        return self.context.student.name.split()[0] if self.context.student.name.split() else ""

    def _own_font(self, widget: QWidget, scale: float, bold: bool) -> None:
        self._scaled.append((widget, scale, bold))

    def _heading(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        if buddy is not None:
            label.setBuddy(buddy)  # the & in the text is the shortcut to the field
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
        label.setContentsMargins(0, 8, 0, 0)
        self._own_font(label, 1.05, True)
        return label

    def _small_heading(self, text: str) -> QLabel:
        label = QLabel(text)
        self._own_font(label, 0.9, True)
        return label

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = AnswerBox()
        box.setAccessibleName(name)
        box.setTabChangesFocus(True)
        # A few lines, growing into spare height: on a small screen the questions and ratings stay near.
        box.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return box

    def _event_text(self, e: TrustEventInfo, *, with_note: bool = False) -> str:
        category = self.context.categories.get(e.category)
        dim = self.context.dimension_info(e.dimension)
        what = {"build": self.tr("Built: {c}"), "break": self.tr("Broke: {c}"),
                "observation": self.tr("Noted: {c}")}.get(e.kind, "{c}").format(c=category.name if category
                                                                               else e.category)
        if e.kind == "break" and not with_note:
            what = category.name if category else e.category  # the list holds breaks: no need to say so
        severity = {"minor": self.tr("minor"), "moderate": self.tr("moderate"),
                    "serious": self.tr("serious")}.get(e.severity or "", "")
        note = e.note if with_note else (e.note[:60] + "…" if len(e.note) > 60 else e.note)
        parts = [when_text(e.at), what, dim.name if dim else "", severity, note]
        return " · ".join(p for p in parts if p)

    def _fit_events(self) -> None:
        rows = min(max(self.events.count(), 1), 5)
        height = sum(self.events.sizeHintForRow(i) for i in range(min(rows, self.events.count())))
        self.events.setFixedHeight(max(height, self.events.fontMetrics().height() + 8)
                                   + 2 * self.events.frameWidth() + 4)

    # --- large text -------------------------------------------------------------------------------
    def set_large_text(self, on: bool) -> None:
        if self.large.isChecked() != on:
            self.large.setChecked(on)  # comes back here through toggled
            return
        self._apply_fonts()
        self._fit_to_text()

    def _fit_to_text(self) -> None:
        """A size that suits the text size, within the screen."""
        em = self.fontMetrics().horizontalAdvance("M")
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = em * 66, em * 76
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.9))
        self.resize(max(width, self.width() if self.isVisible() else 0), height)

    def _apply_fonts(self) -> None:
        base = QFont(QApplication.font())
        if self.large.isChecked():
            base.setPointSizeF(base.pointSizeF() * LARGE_TEXT)
        self.setFont(base)
        for widget, scale, bold in self._scaled:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            font.setBold(bold)
            widget.setFont(font)
        self._fit_events()

    # --- keyboard ---------------------------------------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        """The fields in reading order: top to bottom, each question's box before its Swap button."""
        questions = [w for slot in self.questions.slots for w in (slot.asked, slot.swap)]
        lay = self.buttons.layout()
        assert lay is not None  # made with one in __init__
        items = (lay.itemAt(i) for i in range(lay.count()))
        buttons = [w for w in (item.widget() for item in items if item is not None) if w is not None]
        return [self.large, self.purpose, self.about, self.events, self.outcome, *questions, self.words,
                self.agreement, *self.ratings.values(), self.follow, self.follow_date, *buttons]

    def _order_tabs(self) -> None:
        """Qt puts a widget made later (the questions, picked again) at the end of the Tab chain: put it back
        in its place, and keep whatever takes the focus inside the scrolled form in view."""
        chain = [w for w in self.tab_chain() if w.window() is self]  # not the outcome box when it has no place
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        body = self.scroll_area.widget()
        for widget in chain:
            if body is not None and body.isAncestorOf(widget):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.scroll_area.ensureWidgetVisible(watched)  # Shift+Tab from Save, or a mnemonic, may land out of view
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomOut):
            self.set_large_text(False)
            return
        super().keyPressEvent(event)

    # --- prompts ----------------------------------------------------------------------------------
    def chosen_events(self) -> list[TrustEventInfo]:
        ids = {self.events.item(i).data(ROLE_EVENT) for i in range(self.events.count())
               if self.events.item(i).checkState() == Qt.CheckState.Checked}
        return [e for e in self.context.events if e.id in ids]

    def _events_changed(self) -> None:
        if not self._about_touched:
            dimension = single_dimension(self.chosen_events())
            if dimension is not None or not self.context.dimension:
                self.about.setCurrentIndex(max(self.about.findData(dimension), 0))
        self.repick(only_if_changed=True)

    def _about_chosen(self, _index: int) -> None:
        self._about_touched = True
        self.repick(only_if_changed=True)

    def _fill_values(self) -> FillWords:
        c, key = self.context, self.about.currentData()
        dim = c.dimension_info(key)
        level = c.levels.get(key, 0) if key else 0
        return FillWords(
            name=self._first_name(),
            dimension_name=dim.name if dim else None,
            level_name=dim.level_name(level) if dim else None,
            next_level_name=dim.level_name(level + 1) if dim and level < dim.top else None,
        )

    def _habit(self) -> str | None:
        return next((e.habit for e in self.chosen_events() if e.habit), None)

    def repick(self, *, only_if_changed: bool = False) -> None:
        """Questions for the situation on screen; a change of kind, severity or dimension picks again."""
        purpose = self.purpose.currentData()
        severity = worst_severity(self.chosen_events()) if purpose == PURPOSE_AFTER_BREAK else None
        self.questions.show_for(purpose=purpose, severity=severity, dimension=self.about.currentData(),
                                habit=self._habit(), fill=self._fill_values(), only_if_changed=only_if_changed)
        self._order_tabs()

    @property
    def slots(self) -> list[PromptSlot]:
        return self.questions.slots

    def swap(self, slot: PromptSlot) -> bool:
        return self.questions.swap(slot)

    # --- saving -----------------------------------------------------------------------------------
    def act_on(self, suggestion: Suggestion, reason: str) -> None:
        """Saving the conversation also accepts `suggestion` (with `reason`), in the same transaction: one undo
        step, and nothing half-saved."""
        self.acting_on, self._acting_reason = suggestion, reason

    def prompts_asked(self) -> list[str]:
        return self.questions.asked()

    def self_ratings(self) -> dict[str, int]:
        return {key: int(combo.currentData()) for key, combo in self.ratings.items()
                if combo.currentData() is not None}

    def accept(self) -> None:
        """Save on the lane; the dialog closes only once the conversation is stored."""
        c = self.context
        sid = c.student.id
        event_ids = [e.id for e in self.chosen_events()]
        prompts, words, agreement = self.prompts_asked(), self.words.toPlainText(), self.agreement.toPlainText()
        follow_up = to_date(self.follow_date.date()) if self.follow.isChecked() else None
        ratings = self.self_ratings()
        closes = (c.follow_up_of.id, self.outcome.toPlainText()) if c.follow_up_of is not None else None
        acting_on, acting_reason = self.acting_on, self._acting_reason
        self.save.setEnabled(False)
        self.error.hide()
        operations.record_reflection(
            self._backend, sid, initiator=self, on_success=self._saved, on_failure=self._refused,
            event_ids=event_ids, prompts=prompts, student_words=words, agreement=agreement, follow_up=follow_up,
            self_ratings=ratings, closes_follow_up=closes, acting_on=acting_on, acting_reason=acting_reason)

    def _saved(self, info: ReflectionInfo) -> None:
        super().accept()
        self.saved.emit(info)

    def _refused(self, error: BaseException) -> None:
        self.save.setEnabled(True)
        if isinstance(error, AutonomyError):
            self.error.setText(self.tr("⚠ Not saved: {problem}. What you typed is still here.").format(
                problem=refusal_text(error).rstrip(".")))
        else:
            errors.report(self, error)
            self.error.setText(self.tr("⚠ Not saved. What you typed is still here."))
        self.error.show()


def start_conversation(backend: Backend, student_id: str, parent: QWidget | None,
                       suggestion: Suggestion | None = None,
                       on_open: Callable[[ReflectionDialog], None] | None = None) -> None:
    """Gather what the conversation starts from on the lane, then open the dialog (window-modal, not blocking)."""

    def show(context: ConversationContext) -> None:
        dialog = ReflectionDialog(backend, context, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if on_open is not None:
            on_open(dialog)

    backend.lane.run(lambda: load_conversation(backend, student_id, suggestion), show,
                     lambda error: errors.report(parent, error))
