"""Labels several dialogs share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton

from autonomy.ui.widgets.announce import announce


class ErrorLabel(QLabel):
    """A refusal worded inside a dialog. Its accessible name is the refusal itself (a fixed name would hide it),
    and a new refusal is announced at once (WCAG 4.1.3), as a sighted teacher sees it appear."""

    def setText(self, text: str) -> None:  # Qt's name
        super().setText(text)
        announce(self, text, urgent=True)


def error_label(purpose: str) -> QLabel:
    """Where a refusal is worded inside a dialog: bold, marked, and what was typed stays as it is."""
    label = ErrorLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleDescription(purpose)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def name_overflow(bar: QToolBar) -> None:
    """The » button a tool bar shows when its actions do not fit (a narrow window, German's longer words) has no
    name of its own: a screen reader would say only "button"."""
    for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
        button.setAccessibleName(QCoreApplication.translate("Toolbars", "More actions"))
        button.setToolTip(button.accessibleName())
