"""The Qt bindings keep Python's books straight.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns nothing, and the
app aborts ("none_dealloc") after a few thousand of them — minutes of ordinary use. pyproject.toml keeps
that release out; this test fails if a release with the same fault comes back in."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_eat_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
    painter = QPainter(image)
    for _ in range(500):
        painter.setPen(QPen())
        painter.drawLine(0, 0, 4, 4)
    painter.end()
    # A little slack for references the interpreter itself takes or drops meanwhile.
    assert sys.getrefcount(None) >= before - 50
