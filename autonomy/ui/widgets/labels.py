"""Labels several dialogs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def error_label(accessible_name: str) -> QLabel:
    """Where a refusal is worded inside a dialog: bold, marked, and what was typed stays as it is."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible_name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label
