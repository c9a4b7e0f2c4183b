"""Suggestions for the next small step, for the class on screen (a dock) or one student (in the student panel).

Each card reads the suggestion aloud, names its kind and shows the evidence dates (hover for the events). The
teacher accepts (a step records the level change, source "suggestion", with its evidence), dismisses with an
optional reason, or snoozes until a day; every decision is recorded by the suggestion service. Reflect and
follow-up suggestions open the conversation dialog; a follow-up's outcome can be written down on its own. Either
accepts the suggestion in the same transaction as the conversation or outcome (one undo step).

The engine can take half a second on a school-size database, so loading runs on the background lane (on a
server, one student's cards after a change join the database lane's reads instead: ui/app/lane.py); an answer
for an older request is dropped. The list refreshes after a change that touched what it shows
(`data_changed`'s Changes): at once when only its student changed, a moment later (a burst settles) otherwise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from autonomy.core import phrases
from autonomy.core.errors import AutonomyError
from autonomy.core.suggestion_facts import Suggestion
from autonomy.core.today import by_urgency
from autonomy.core.types import SuggestionKind
from autonomy.services.changes import CATALOGUE, HISTORY, LADDERS, SETTINGS, Changes
from autonomy.services.dto import ReflectionInfo
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import ReloadWhenShown
from autonomy.ui.reflection.context import due_follow_up
from autonomy.ui.reflection.dialog import ReflectionDialog, start_conversation
from autonomy.ui.suggestions.card_content import (
    Loaded,
    kind_label,
    load_suggestions,
    load_suggestions_ahead,
    word_row,
)
from autonomy.ui.suggestions.cards import SuggestionList, SuggestionModel, SuggestionRow, key_of
from autonomy.ui.suggestions.decision_dialogs import DecisionDialog, OutcomeDialog
from autonomy.ui.widgets.flow import flow_row
from autonomy.ui.words.dates import when_text
from autonomy.ui.words.refusals import refusal_text

RELOAD_DELAY_MS = 300  # let a burst of logging settle before asking the engine again
STUDENT_ROWS = 3  # cards shown without scrolling in the student panel
TALKING_KINDS = (SuggestionKind.REFLECT, SuggestionKind.FOLLOW_UP)
Kind = SuggestionKind


class SuggestionsPanel(QWidget):
    loaded = Signal()  # an answer from the engine is on screen
    notice = Signal(str)  # a short message for the status bar

    def __init__(self, backend: Backend, *, per_student: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.per_student = per_student
        self.today = dt.date.today
        self._scope_id = ""
        self._name = ""
        self._generation = 0
        self._all_rows: list[SuggestionRow] = []
        self._loading = False  # nothing from the engine yet for this class or student
        self._fresh = False  # the next load is the first for this class or student
        self.dialog: Any = None  # the last dialog opened (tests reach it here)
        self._reloader = ReloadWhenShown(self, self._load, RELOAD_DELAY_MS)
        self._today_list = 8  # the policy's short list for a class (core/today.py) ...
        self._policy_read = False  # ... read with the first load, and again after a change of the settings
        self._show_later = False  # the class's list past today's, one click away
        self._row_buttons: dict[QAction, QToolButton] = {}  # the student panel's: shown as their actions are

        self.heading = QLabel(self.tr("Suggestions"))
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.status = QLabel()
        self.status.setAccessibleDescription(self.tr("Suggestion count"))  # its name is the count it shows
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show suggestions of kind"))
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addWidget(self.status, 1)
        # On Linux a combo box is named after its value: only a label says what it is for.
        kind_label = QLabel(self.tr("Kind:"))
        kind_label.setBuddy(self.kind_filter)
        kind_label.setVisible(not per_student)
        top.addWidget(kind_label)
        top.addWidget(self.kind_filter)
        self.heading.setVisible(per_student)
        self.kind_filter.setVisible(not per_student)

        self.model = SuggestionModel(self)
        self.list = SuggestionList()
        self.list.setAccessibleName(self.tr("Suggestions"))
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.list.accept_key.connect(self.accept_current)
        self.list.dismiss_key.connect(lambda: self.dismiss_current())
        self.list.snooze_key.connect(lambda: self.snooze_current())
        self.list.conversation_key.connect(self.hold_conversation)
        self.list.outcome_key.connect(lambda: self.record_outcome())
        self.empty = QLabel(self.tr("Looking for suggestions…"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleDescription(self.tr("No suggestions"))  # its name is what it says

        self.accept_action = self._action(self.tr("Accept"), self.tr("Do what it suggests (Enter)"),
                                          self.accept_current)
        self.dismiss_action = self._action(self.tr("Dismiss…"), self.tr("Not now, with a reason if you like "
                                                                         "(Delete)"), lambda: self.dismiss_current())
        self.snooze_action = self._action(self.tr("Snooze…"), self.tr("Bring it back on a later day (S)"),
                                          lambda: self.snooze_current())
        self.talk_action = self._action(self.tr("Hold a conversation…"),
                                        self.tr("Open the reflection conversation, prefilled (H)"),
                                        self.hold_conversation)
        self.outcome_action = self._action(self.tr("Record outcome…"),
                                           self.tr("Write down how the follow-up went (R)"),
                                           lambda: self.record_outcome())
        self.talk_any = self._action(self.tr("Hold a conversation…"),
                                     self.tr("A reflection conversation with this student, prefilled from the "
                                             "suggestion on screen when there is one"), self._talk_with_student)
        if per_student:
            # The same buttons as the dock's, in a row that wraps: in a narrow student panel (or a longer
            # language) they take a second line instead of widening the panel or hiding in a » menu.
            bar = QWidget()
            bar.setAccessibleName(self.tr("Suggestion actions"))
            flow = flow_row(bar)
            for action in (self.accept_action, self.dismiss_action, self.snooze_action, self.outcome_action,
                           self.talk_any):
                button = self._button(action)
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                flow.addWidget(button)
                self._row_buttons[action] = button
            buttons: QWidget | QGridLayout = bar
        else:
            buttons = QGridLayout()
            buttons.setContentsMargins(0, 0, 0, 0)
            buttons.setHorizontalSpacing(6)
            buttons.setVerticalSpacing(4)
            for action, row, column, span in ((self.accept_action, 0, 0, 1), (self.dismiss_action, 0, 1, 1),
                                              (self.snooze_action, 0, 2, 1), (self.talk_action, 1, 0, 2),
                                              (self.outcome_action, 1, 2, 1)):
                buttons.addWidget(self._button(action), row, column, 1, span)
        self.later_button = QToolButton()
        self.later_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.later_button.setAccessibleName(self.tr("Suggestions for later"))
        self.later_button.clicked.connect(self._toggle_later)
        self.later_button.hide()
        self.keys = QLabel(self.tr("Keys on the list: Enter accept · Delete dismiss · S snooze · "
                                   "H conversation · R outcome"))
        self.keys.setWordWrap(True)
        small = self.keys.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.keys.setFont(small)
        self.keys.setVisible(not per_student)

        layout = QVBoxLayout(self)
        margin = 0 if per_student else 6
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.later_button)
        layout.addWidget(self.empty, 0 if per_student else 1)
        if isinstance(buttons, QWidget):
            layout.addWidget(buttons)
        else:
            layout.addLayout(buttons)
        layout.addWidget(self.keys)
        self.list.hide()
        self._update_buttons()
        backend.lane.data_changed.connect(self._data_changed)

    def _action(self, text: str, tip: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _button(self, action: QAction) -> QToolButton:
        """A full-width button for an action (the dock has room for them)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAccessibleName(action.text().rstrip("…"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    # --- loading ----------------------------------------------------------------------------------
    def show_classroom(self, classroom_id: str, name: str = "") -> None:
        self._show_scope(classroom_id, name)

    def show_student(self, student_id: str, name: str = "") -> None:
        self._show_scope(student_id, name)

    def _show_scope(self, scope_id: str, name: str) -> None:
        """Show another class or student; the same one again only updates the name (changes reload anyway)."""
        changed, renamed = scope_id != self._scope_id, name != self._name
        self._scope_id, self._name = scope_id, name
        if changed:
            self._all_rows = []
            self._loading = True
            self._show_later = False
            self._fresh = True
            self.empty.setText(self.tr("Looking for suggestions…"))
            self._show_rows()
            self.reload()
        elif renamed:
            self._show_rows()

    def _data_changed(self, changes: Changes) -> None:
        """A student's cards change only with their own data, the thresholds or the names they use; a class's with
        any change of its students' data (which of them a change touched is not known here without a read)."""
        if not self._scope_id or changes.only(HISTORY):
            return
        if changes.touches(SETTINGS):
            self._policy_read = False
        if self.per_student:
            if changes.touches_student(self._scope_id) and not changes.touches(SETTINGS, LADDERS, CATALOGUE):
                self._reloader.now()  # one student's facts: quick, and its answer goes with the change's others
            elif changes.touches(SETTINGS, LADDERS, CATALOGUE):
                self._reloader.later()
            return
        self._reloader.later()

    def schedule_reload(self) -> None:
        if self._scope_id:
            self._reloader.later()

    def reload(self) -> None:
        """Load now if on screen; a hidden panel (the dock starts hidden) loads when it is shown."""
        self._reloader.now()

    def _load(self) -> None:
        self._generation += 1
        if not self._scope_id:
            self._all_rows, self._loading = [], False
            self._show_rows()
            return
        generation, backend = self._generation, self._backend
        scope, scope_id, today = ("student" if self.per_student else "classroom"), self._scope_id, self.today()
        # Another student or class: the engine starts once the window has painted them (its Python work would hold
        # the interpreter while the GUI thread fills and paints the panel).
        fresh, self._fresh = self._fresh, False

        def apply(loaded: Loaded) -> None:
            if generation == self._generation:
                self._apply(loaded)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._all_rows, self._loading = [], False
                self._show_rows()
                self.empty.setText(self.tr("Suggestions could not be loaded."))
                if not isinstance(error, AutonomyError):
                    errors.report(self, error)

        with_policy = not self.per_student and not self._policy_read
        # One student's cards after a change send their statements ahead: on a server they then share the round
        # trip of the reads after it (ui/app/lane.py); a class's engine run stays on the background lane.
        ahead = (lambda: load_suggestions_ahead(backend, scope_id)) if self.per_student else None
        backend.background.run(lambda: load_suggestions(backend, scope, scope_id, today, with_policy=with_policy),
                               apply, failed, after_the_frame=fresh, ahead=ahead)

    def _apply(self, loaded: Loaded) -> None:
        dims = {d.key: d for d in loaded.dimensions}
        # What needs acting on first comes first (a break to talk through before a class step); the engine's
        # order (by student) holds within a kind.
        ordered = by_urgency(loaded.suggestions)  # (core/today.py)
        if loaded.today_list is not None:
            self._today_list, self._policy_read = loaded.today_list, True
        today = self.today()
        self._all_rows = [word_row(s, dims, loaded, per_student=self.per_student, today=today) for s in ordered]
        self._loading = False
        self._fill_filter()
        self._show_rows()
        self.loaded.emit()

    def _fill_filter(self) -> None:
        wanted = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All kinds ({n})").format(n=len(self._all_rows)), None)
        for kind in (Kind.REFLECT, Kind.STEP_BACK, Kind.FOLLOW_UP, Kind.CHECK_IN, Kind.STEP_UP, Kind.CLASS_STEP):
            count = sum(1 for r in self._all_rows if r.suggestion.kind == kind)
            if count or kind == wanted:
                self.kind_filter.addItem(f"{kind_label(kind)} ({count})", kind)
        self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(wanted), 0))
        self.kind_filter.blockSignals(False)

    def _show_rows(self) -> None:
        """Put the rows of the chosen kind on the list, keeping the card the teacher was on."""
        current = self.current()
        keep = key_of(current) if current else None
        row_before = max(self.list.currentIndex().row(), 0)
        kind = self.kind_filter.currentData() if not self.per_student else None
        rows = [r for r in self._all_rows if kind is None or r.suggestion.kind == kind]
        # A class's list: today's few by urgency, the rest one click away (a kind picked shows all of it).
        later = len(rows) - self._today_list if not self.per_student and kind is None else 0
        if later > 0 and not self._show_later:
            rows = rows[: self._today_list]
        self.later_button.setVisible(later > 0)
        self.later_button.setText(self.tr("Show only today's {n}").format(n=self._today_list) if self._show_later
                                  else self.tr("Show {n} more for later…").format(n=later))
        self.model.set_rows(rows)
        total = len(self._all_rows)
        status = self.tr("{today} for today · {n} waiting") if later > 0 else self.tr("{n} waiting")
        self.status.setText(status.format(today=self._today_list, n=total) if total and not self._loading else "")
        if not self._loading:
            if self.per_student:
                self.empty.setText(self.tr("Nothing to suggest for {name} today.").format(
                    name=self._name or self.tr("this student")))
            else:
                self.empty.setText(self.tr("Nothing to suggest for this class today.") if self._scope_id
                                   else self.tr("Choose a class to see its suggestions."))
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            found = self.model.find(keep) if keep else None
            self._select(found if found is not None else min(row_before, len(rows) - 1))
        self._fit_height()
        self._update_buttons()

    def _toggle_later(self) -> None:
        self._show_later = not self._show_later
        self._show_rows()
        self.list.setFocus()

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _fit_height(self) -> None:
        """In the student panel the list is as tall as its first few cards, so the panel below keeps room."""
        if not self.per_student:
            return
        count = min(self.model.rowCount(), STUDENT_ROWS)
        height = sum(self.list.sizeHintForRow(i) for i in range(count))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def rows(self) -> list[SuggestionRow]:
        return self.model.rows()

    def current(self) -> Suggestion | None:
        index = self.list.currentIndex()
        return self.model.row(index.row()).suggestion if index.isValid() else None

    def sentence(self, suggestion: Suggestion) -> str:
        """The suggestion as its card reads it (in the app's language)."""
        found = next((r for r in self._all_rows if key_of(r.suggestion) == key_of(suggestion)), None)
        return found.sentence if found else suggestion.text

    def select_suggestion(self, suggestion: Suggestion) -> None:
        found = self.model.find(key_of(suggestion))
        if found is not None:
            self._select(found)

    def _update_buttons(self) -> None:
        s = self.current()
        for action in (self.accept_action, self.dismiss_action, self.snooze_action):
            action.setEnabled(s is not None)
            if self.per_student:  # little room there: only what applies
                action.setVisible(s is not None)
        self.talk_action.setEnabled(s is not None and s.kind in TALKING_KINDS and bool(s.student_id))
        self.outcome_action.setEnabled(s is not None and s.kind == Kind.FOLLOW_UP)
        if self.per_student:
            self.outcome_action.setVisible(self.outcome_action.isEnabled())
        self.talk_any.setEnabled(bool(self._scope_id))
        for action, button in self._row_buttons.items():
            button.setVisible(action.isVisible())
        if s is not None:
            self.accept_action.setToolTip(self._accept_tip(s))

    def _accept_tip(self, s: Suggestion) -> str:
        if s.kind in (Kind.STEP_UP, Kind.STEP_BACK):
            return self.tr("Record the level change it suggests, with its evidence (Enter)")
        if s.kind == Kind.CLASS_STEP:
            return self.tr("Bring every student below that level up to it (Enter)")
        return self.tr("Mark it as done (Enter)")

    # --- decisions --------------------------------------------------------------------------------
    def _decide(self, suggestion: Suggestion, decision: str, done: str, *, reason: str = "",
                until: dt.date | None = None) -> None:
        operations.decide_suggestion(self._backend, suggestion, decision, reason=reason, until=until, initiator=self,
                                     on_success=lambda _info: self._decided(suggestion, done),
                                     on_failure=self._failed)

    def _decided(self, suggestion: Suggestion, done: str) -> None:
        # Off the list at once (the next card becomes current); the reload that follows confirms it.
        self._all_rows = [r for r in self._all_rows if key_of(r.suggestion) != key_of(suggestion)]
        self._fill_filter()
        self._show_rows()
        self.list.setFocus()
        self.notice.emit(done)

    def _failed(self, error: BaseException) -> None:
        errors.report(self, error)
        self.reload()  # a stale suggestion (the level changed meanwhile) is replaced by the fresh list

    def accept_current(self, reason: str = "") -> None:
        s = self.current()
        if s is None:
            return
        self._decide(s, "accept", self.tr("Accepted: {text}").format(text=self.sentence(s)), reason=reason)

    def dismiss_current(self, reason: str | None = None) -> DecisionDialog | None:
        """Dismiss with `reason`; without one, ask for it (optional) in a small dialog."""
        s = self.current()
        if s is None:
            return None
        if reason is not None:
            self._decide(s, "dismiss", self.tr("Dismissed."), reason=reason)
            return None
        dialog = DecisionDialog(False, self.sentence(s), self.today(), self)
        dialog.submitted.connect(lambda _until, text: self._decide(s, "dismiss", self.tr("Dismissed."), reason=text))
        return self._open(dialog)

    def snooze_current(self, until: dt.date | None = None, reason: str = "") -> DecisionDialog | None:
        """Snooze until `until`; without a day, ask for one (a week ahead is offered)."""
        s = self.current()
        if s is None:
            return None
        def snooze(day: dt.date, text: str) -> None:
            self._decide(s, "snooze", self.tr("Snoozed until {day}.").format(day=when_text(day)), reason=text,
                         until=day)

        if until is not None:
            snooze(until, reason)
            return None
        dialog = DecisionDialog(True, self.sentence(s), self.today(), self)
        dialog.submitted.connect(lambda day, text: snooze(day, text))
        return self._open(dialog)

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.list.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- conversations ----------------------------------------------------------------------------
    def hold_conversation(self, with_suggestion: bool = True) -> None:
        """The reflection dialog for the current suggestion's student (or, in the student panel, the student)."""
        s = self.current() if with_suggestion else None
        if with_suggestion and (s is None or s.kind not in TALKING_KINDS or not s.student_id):
            return
        student_id = s.student_id if s is not None else self._scope_id
        if not student_id or (s is None and not self.per_student):
            return
        start_conversation(self._backend, student_id, self.window(), s, lambda d: self._conversation_opened(d, s))

    def _talk_with_student(self) -> None:
        s = self.current()
        self.hold_conversation(with_suggestion=s is not None and s.kind in TALKING_KINDS)

    def _conversation_opened(self, dialog: ReflectionDialog, suggestion: Suggestion | None) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.list.setFocus())
        if suggestion is not None:
            # Holding the conversation is acting on the suggestion: the coach sees it followed through. Saved
            # with the conversation, in one transaction (one undo step).
            # The decision's reason as a phrase, not words of the app's language (core/phrases.py).
            dialog.act_on(suggestion, phrases.label(phrases.RECORDED_REFLECTION, student=suggestion.student_name))

    def record_outcome(self) -> None:
        """For a follow-up: how the earlier agreement went (the conversation's `outcome`)."""
        s = self.current()
        if s is None or s.kind != Kind.FOLLOW_UP or not s.student_id:
            return
        sid, today, backend = s.student_id, self.today(), self._backend
        evidence = [e.event_id for e in s.evidence]

        def show(found: list[ReflectionInfo]) -> None:
            due = [r for r in found if r.follow_up and r.follow_up <= today and not (r.outcome or "").strip()]
            if not due:
                self.reload()
                return
            first = due_follow_up(due, today, evidence)
            dialog = OutcomeDialog(s.student_name or "", due, first.id if first else "", self)
            dialog.submitted.connect(lambda rid, text: self._save_outcome(dialog, s, rid, text))
            self._open(dialog)

        backend.lane.run(lambda: backend.services.reflections.for_student(sid), show, self._failed)

    def _save_outcome(self, dialog: OutcomeDialog, s: Suggestion, reflection_id: str, outcome: str) -> None:
        reason = phrases.label(phrases.RECORDED_OUTCOME)  # a phrase, worded when shown

        def refused(error: BaseException) -> None:
            if isinstance(error, AutonomyError):
                dialog.refused(refusal_text(error))
            else:
                dialog.refused(self.tr("Not saved."))
                errors.report(dialog, error)

        def saved(_info: object) -> None:
            dialog.saved()
            self._decided(s, self.tr("Follow-up outcome recorded."))

        # The outcome and the follow-up suggestion's acceptance: one transaction, one undo step.
        operations.record_outcome(self._backend, reflection_id, outcome, acting_on=s, acting_reason=reason,
                                  initiator=self, on_success=saved, on_failure=refused)
