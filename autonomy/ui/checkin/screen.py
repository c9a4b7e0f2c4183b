"""The students' check-in screen (DESIGN.md, "Student voice"): names, then a personal code if the teacher turned
codes on, then the student's own cards; saved, it goes back to the names, and so it does after IDLE_SECONDS
without a touch (`idle`, a QTimer a test can fire).

Only what services/checkin.py hands out is shown: the class's first names and initials, then one student's own
record. The teacher's button asks for the PIN (pin_dialog.py) before `unlocked` lets the window go. Nothing here
reaches the rest of the app: no menus, no shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.checkin import IDLE_SECONDS
from autonomy.core.errors import AutonomyError
from autonomy.services.checkin import CheckinCard, CheckinClass, CheckinName
from autonomy.ui.app import operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.checkin.card import TOUCH, DimensionCard, touch_button, tr, wrapped
from autonomy.ui.checkin.pin_dialog import PinDialog

FONT_SCALE = 1.35  # readable at arm's length: every text of the check-in is larger than the app's body text




class _Touched(QObject):
    """Any press or key anywhere restarts the idle timer."""

    def __init__(self, touched: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)  # (Qt takes a destroyed filter off the application itself)
        self.touched = touched

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 - Qt's name and signature
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin):
            self.touched()
        return False


class CheckinScreen(QWidget):
    names_shown = Signal()
    card_shown = Signal()
    saved = Signal()
    unlocked = Signal(str)  # "leave", or a classroom id to switch to, once the teacher's PIN was right
    failed = Signal(str)

    def __init__(self, backend: Backend, classroom_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.classroom_id = backend, classroom_id
        self.setObjectName("checkin")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)
        self.klass: CheckinClass | None = None
        self.card: CheckinCard | None = None
        self.student: CheckinName | None = None
        self.cards: list[DimensionCard] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = wrapped(tr("Check-in"), font, bold=True, size=1.3)
        top.addWidget(self.title, 1)
        self.teacher = touch_button(tr("Teacher"), base=font)
        self.teacher.setAccessibleName(tr("Teacher: leave the check-in (needs the PIN)"))
        self.teacher.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.teacher.clicked.connect(self.ask_pin)
        top.addWidget(self.teacher, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        layout.addWidget(self.message)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self._build_names()
        self._build_code()
        self._build_card()

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_SECONDS * 1000)
        self.idle.timeout.connect(self.back_to_names)
        self._touched = _Touched(lambda: self.idle.start() if self.idle.isActive() else None, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._touched)
        self.load()

    # --- pages ---------------------------------------------------------------------------------------------
    def _build_names(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(wrapped(tr("Who are you? Tap your name, or type it."), self.font(), bold=True, size=1.1))
        self.search = QLineEdit()
        self.search.setMinimumHeight(TOUCH)
        self.search.setPlaceholderText(tr("Type your name…"))
        self.search.setAccessibleName(tr("Your name"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._typed_name)
        layout.addWidget(self.search)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(10)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.name_buttons: list[QPushButton] = []
        self.pages.addWidget(page)
        self.names_page = page

    def _build_code(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.code_hello = wrapped("", self.font(), bold=True, size=1.1)
        layout.addWidget(self.code_hello)
        self.code = QLineEdit()
        self.code.setMinimumHeight(TOUCH)
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(8)
        self.code.setAccessibleName(tr("Your personal code"))
        self.code.returnPressed.connect(self._try_code)
        layout.addWidget(self.code)
        row = QHBoxLayout()
        self.code_ok = touch_button(tr("OK"), base=self.font())
        self.code_ok.clicked.connect(self._try_code)
        self.code_back = touch_button(tr("Back to the names"), base=self.font())
        self.code_back.clicked.connect(self.back_to_names)
        row.addWidget(self.code_back)
        row.addStretch(1)
        row.addWidget(self.code_ok)
        layout.addLayout(row)
        layout.addStretch(1)
        self.pages.addWidget(page)
        self.code_page = page

    def _build_card(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.hello = wrapped("", self.font(), bold=True, size=1.15)
        layout.addWidget(self.hello)
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.card_scroll, 1)
        row = QHBoxLayout()
        self.back = touch_button(tr("Not me: back to the names"), base=self.font())
        self.back.clicked.connect(self.back_to_names)
        self.save = touch_button(tr("Save and finish"), base=self.font())
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_checkin)
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.save)
        layout.addLayout(row)
        self.pages.addWidget(page)
        self.card_page = page

    # --- the names ----------------------------------------------------------------------------------------
    def load(self) -> None:
        room = self.classroom_id
        self.backend.lane.run(lambda: self.backend.services.checkin.classroom(room), self._show_names,
                              self._failed)

    def _show_names(self, klass: CheckinClass) -> None:
        self.klass = klass
        self.title.setText(tr("Check-in: {name}").format(name=klass.name))
        self.back_to_names()
        self.names_shown.emit()

    def _fill_names(self) -> None:
        """The name buttons exist only while the names are shown: a student's own screen holds no classmate."""
        self._clear_names()
        if self.klass is None:
            return
        columns = 5
        for i, name in enumerate(self.klass.names):
            button = touch_button(name.label, base=self.font())
            button.setMinimumHeight(TOUCH + 16)
            button.setAccessibleName(tr("I am {name}").format(name=name.label))
            button.clicked.connect(lambda _c=False, n=name: self.choose(n))
            self.grid.addWidget(button, i // columns, i % columns)
            self.name_buttons.append(button)
        self.grid.setRowStretch(len(self.klass.names) // columns + 1, 1)

    def _clear_names(self) -> None:
        for button in self.name_buttons:
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.name_buttons = []

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for button in self.name_buttons:
            button.setVisible(not wanted or button.text().casefold().startswith(wanted))

    def _typed_name(self) -> None:
        shown = [b for b in self.name_buttons if b.isVisible()]
        if len(shown) == 1:
            shown[0].click()

    def choose(self, name: CheckinName) -> None:
        self.student = name
        self._clear_names()
        self.search.clear()
        self.idle.start()
        self.message.clear()
        if self.klass is not None and self.klass.codes_on:
            self.code.clear()
            self.code_hello.setText(tr("Hello, {name}! Type your personal code.").format(name=name.first_name))
            self.pages.setCurrentWidget(self.code_page)
            self.code.setFocus()
            return
        self._load_card()

    def _try_code(self) -> None:
        if self.student is None:
            return
        room, student, code = self.classroom_id, self.student.student_id, self.code.text()

        def answered(right: bool) -> None:
            if right:
                self._load_card()
            else:
                self.code.clear()
                self.message.setText(tr("That code is not right. Try again, or ask your teacher."))

        self.backend.lane.run(lambda: self.backend.services.checkin.check_code(room, student, code), answered,
                              lambda error: self.message.setText(_refusal(error)))

    # --- one student's cards ------------------------------------------------------------------------------
    def _load_card(self) -> None:
        assert self.student is not None
        room, student = self.classroom_id, self.student.student_id
        self.backend.lane.run(lambda: self.backend.services.checkin.card(room, student), self._show_card,
                              self._failed)

    def _show_card(self, card: CheckinCard) -> None:
        if self.student is None or card.student_id != self.student.student_id:
            return  # gone back to the names meanwhile
        self.card = card
        self.hello.setText(tr("Hello, {name}! Here are your freedoms today.").format(name=card.first_name))
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setSpacing(12)
        self.cards = []
        for i, dim in enumerate(card.dimensions):
            widget = DimensionCard(dim, self.font())
            self.cards.append(widget)
            grid.addWidget(widget, i // 2, i % 2)
        old = self.card_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.card_scroll.setWidget(holder)
        self.pages.setCurrentWidget(self.card_page)
        self.idle.start()
        self.card_shown.emit()

    def save_checkin(self) -> None:
        if self.student is None:
            return
        choices = [c for c in (card.choice() for card in self.cards) if c is not None]
        ratings = [r for r in (card.rating() for card in self.cards) if r is not None]
        if not choices and not ratings:
            self.back_to_names()
            return
        first = self.student.first_name
        self.save.setEnabled(False)

        def done(_result: Any) -> None:
            self.save.setEnabled(True)
            self.back_to_names()
            self.message.setText(tr("Saved. Thank you, {name}!").format(name=first))
            self.saved.emit()

        def refused(error: BaseException) -> None:
            self.save.setEnabled(True)
            self.message.setText(_refusal(error))

        operations.save_checkin(self.backend, self.classroom_id, self.student.student_id, choices, ratings,
                                initiator=self, on_success=done, on_failure=refused)

    def back_to_names(self) -> None:
        """Everything of the last student goes: their cards are deleted, not only hidden."""
        self.idle.stop()
        self.student, self.card = None, None
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        old = self.card_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.code.clear()
        self.hello.clear()
        self.code_hello.clear()
        self.search.clear()
        self.message.clear()
        self._fill_names()
        self.pages.setCurrentWidget(self.names_page)
        self.search.setFocus()

    # --- the teacher ----------------------------------------------------------------------------------------
    def ask_pin(self) -> PinDialog:
        self.back_to_names()
        dialog = PinDialog(self.backend, self.classroom_id, self)
        dialog.unlocked.connect(self.unlocked.emit)
        dialog.open()
        return dialog

    def _failed(self, error: BaseException) -> None:
        self.message.setText(_refusal(error))
        self.failed.emit(self.message.text())


def _refusal(error: BaseException) -> str:
    if isinstance(error, AutonomyError):
        return str(error)
    return tr("Something went wrong. Please ask your teacher.")
