"""Undo and redo for the whole app: two actions labelled with what they undo, and the short notice after a log.

The history lives in the database (services.history), so the labels and enabled states are read back after
every change; the notice offers Undo for a few seconds after each new change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from autonomy.ui.app import operations
from autonomy.ui.app.lane import REDO, UNDO, WRITE
from autonomy.ui.widgets.announce import announce

if TYPE_CHECKING:  # the notice is on the window before the services are imported
    from autonomy.services.changes import Changes
    from autonomy.services.dto import ActionInfo
    from autonomy.ui.app.backend import Backend

NOTICE_MS = 8000


class _ShortenedLabel(QLabel):
    """One line that gives way: shorter than its words, it ends in "…" (the whole of it in its tooltip) rather than
    pushing the Undo button off the bar or running under it. `text()` is always the whole text."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 8), hint.height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip("")
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        if self.fontMetrics().horizontalAdvance(self.text()) <= rect.width():
            super().paintEvent(event)  # (the first paint: Qt's enums are not needed yet, see `_polished`)
            return
        shown = self.fontMetrics().elidedText(self.text(), QtCore.Qt.TextElideMode.ElideRight, rect.width())
        self.setToolTip(self.text())
        painter = QPainter(self)
        align = QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(painter, rect, align, self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())


class UndoNotice(QWidget):
    """“Logged ‘Helped a classmate’ for Amara Otieno [Undo]”: the words, the Undo button right after them, and
    the rest of the status bar empty. Too long for the bar, the words end in "…", never under the button."""

    undo_clicked = Signal()

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint
        self.label = _ShortenedLabel(hint)  # the hint is plain words; `show_text` makes the label plain text for names
        # Its name is what it shows (a fixed name would hide the notice from a screen reader); the purpose is
        # the description, and each new notice is announced (`show_text`).
        self.label.setAccessibleDescription(self.tr("Last change"))
        self.button = QPushButton(self.tr("Undo"))
        self.button.setAccessibleName(self.tr("Undo the last change"))
        self._polished = False  # Qt's enums are first used after the window's first paint (ui/app/window.py)
        self.button.clicked.connect(self.undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.button.hide()

    @property
    def showing(self) -> bool:
        return self.label.text() != self._hint

    def show_text(self, text: str, *, undoable: bool = True) -> None:
        if not self._polished:
            self._polished = True
            self.label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # a student's name is never markup
            self.button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        self.label.setText(text)
        self.button.setVisible(undoable)
        announce(self.label, text)
        self._timer.start(NOTICE_MS)

    def clear(self) -> None:
        """Back to the hint."""
        self.label.setText(self._hint)
        self.button.hide()


class UndoController(QObject):
    def __init__(self, backend: Backend, notice: UndoNotice | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._notice = notice
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts(redo_keys())
        self.redo_action.triggered.connect(self.redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        if notice is not None:
            notice.undo_clicked.connect(self.undo)
        backend.lane.data_changed.connect(self._data_changed)

    def undo(self) -> None:
        operations.undo(self._backend, initiator=self)

    def redo(self) -> None:
        operations.redo(self._backend, initiator=self)

    def _data_changed(self, changes: Changes) -> None:
        """Only a change of the undo list can change the labels (every undoable write is one)."""
        if changes.history:
            self.refresh(changes.kind)

    def refresh(self, change: str = "") -> None:
        """The labels read again: one call, one statement (services/history.py `state`). The services are reached
        on the lane, never here: at start-up they may still be opening (ui/app/backend.py)."""
        backend = self._backend
        self._backend.lane.run(lambda: backend.services.history.state(), lambda states: self._apply(states, change),
                               ahead=lambda: backend.services.history.state_ahead())

    def _apply(self, states: tuple[ActionInfo | None, ActionInfo | None], change: str) -> None:
        undo, redo = states
        # Stored as typed phrases, worded now, in the language of the moment (here, not at import: the notice is
        # built before the first paint, which the wording's modules need not wait for).
        from autonomy.ui.words.phrases import label_text

        undone, redone = (label_text(undo.label) if undo else ""), (label_text(redo.label) if redo else "")
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(self.tr("&Undo {label}").format(label=_short(undone)) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {label}").format(label=_short(redone)) if redo
                                 else self.tr("&Redo"))
        if self._notice is not None:
            if change == WRITE and undo is not None:
                self._notice.show_text(undone, undoable=True)  # who and what; the Undo button stands beside it
            elif change == UNDO and redo is not None:
                self._notice.show_text(self.tr("Undone: {label}").format(label=redone), undoable=False)
            elif change == REDO and undo is not None:
                self._notice.show_text(self.tr("Redone: {label}").format(label=undone), undoable=False)


def redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z and Ctrl+Y on every desktop, and the platform's own Redo keys, each once: the same sequence
    given twice is an "ambiguous shortcut overload" to Qt, which then ignores the key (on X11 the platform's Redo
    is Ctrl+Shift+Z)."""
    keys: dict[str, QKeySequence] = {}
    for key in [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]:
        keys.setdefault(key.toString(), key)
    return list(keys.values())


def _short(label: str, limit: int = 70) -> str:
    label = label.replace("&", "&&")
    return label if len(label) <= limit else label[: limit - 1] + "…"
