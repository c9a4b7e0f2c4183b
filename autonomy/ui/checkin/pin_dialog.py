"""The teacher's PIN, asked before the check-in lets go: leave it, or switch it to another of the teacher's
classes (listed only once the PIN was right: a student who taps "Teacher" learns nothing). Wrong tries are
limited by the service (three, then a wait that doubles)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from autonomy.core.errors import AutonomyError
from autonomy.ui.app.backend import Backend
from autonomy.ui.checkin.card import TOUCH, touch_button, tr


class PinDialog(QDialog):
    unlocked = Signal(str)  # "leave", or the classroom id to switch to

    def __init__(self, backend: Backend, classroom_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend, self.classroom_id = backend, classroom_id
        self.setWindowTitle(tr("Teacher"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("The teacher's PIN:")))
        self.pin = QLineEdit()
        self.pin.setMinimumHeight(TOUCH)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setAccessibleName(tr("The teacher's PIN"))
        layout.addWidget(self.pin)
        self.classes = QComboBox()
        self.classes.setMinimumHeight(TOUCH)
        self.classes.setAccessibleName(tr("Class"))
        self.classes.addItem(tr("Leave the check-in"), "leave")
        self.classes.setVisible(False)
        self.verified = False
        layout.addWidget(self.classes)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("Message"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel = touch_button(tr("Back to the check-in"))
        self.cancel.clicked.connect(self.reject)
        self.ok = touch_button(tr("OK"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.try_pin)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        layout.addLayout(row)
        self.pin.returnPressed.connect(self.try_pin)

    def _classes(self, found: list[tuple[str, str]]) -> None:
        """After the right PIN: the teacher's other classes to switch to, or straight out if there are none."""
        if not found:
            self.accept()
            self.unlocked.emit("leave")
            return
        for cid, name in found:
            self.classes.addItem(tr("Switch to {name}").format(name=name), cid)
        self.verified = True
        self.pin.setVisible(False)
        self.classes.setVisible(True)
        self.classes.setFocus()
        self.message.setText(tr("Leave the check-in, or switch it to another class?"))

    def try_pin(self) -> None:
        if self.verified:
            self.accept()
            self.unlocked.emit(str(self.classes.currentData()))
            return
        room, pin, backend = self.classroom_id, self.pin.text(), self.backend
        self.ok.setEnabled(False)

        def answered(right: bool) -> None:
            self.ok.setEnabled(True)
            self.pin.clear()
            if right:
                backend.lane.run(lambda: [(c.id, c.name) for c in backend.services.roster.classrooms()
                                          if c.id != room and not c.archived], self._classes,
                                 lambda _e: self._classes([]))
            else:
                self.message.setText(tr("That PIN is not right."))

        def refused(error: BaseException) -> None:
            self.ok.setEnabled(True)
            self.pin.clear()
            self.message.setText(str(error) if isinstance(error, AutonomyError)
                                 else tr("The PIN could not be checked."))

        self.backend.lane.run(lambda: self.backend.services.checkin.check_pin(room, pin), answered, refused)
