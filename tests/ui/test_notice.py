"""The undo notice in the status bar: its words, then Undo right beside them; a long notice is shortened with "…"
(whole in its tooltip), never cut under the button or pushing it off the bar."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from autonomy.ui.app.undo import UndoNotice


def notice_in_a_window(qtbot, width: int) -> tuple[QMainWindow, UndoNotice]:
    window = QMainWindow()
    qtbot.addWidget(window)
    notice = UndoNotice("Select students first.")
    window.statusBar().addPermanentWidget(notice, 1)
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, notice


def text_end(notice: UndoNotice) -> int:
    label = notice.label
    return label.geometry().left() + min(label.fontMetrics().horizontalAdvance(label.text()), label.width())


def test_undo_sits_right_after_a_short_notice(qtbot) -> None:
    window, notice = notice_in_a_window(qtbot, 1366)
    notice.show_text("Logged “Helped a classmate” for Amira Haddad")
    qtbot.waitUntil(notice.button.isVisible)
    gap = notice.button.geometry().left() - text_end(notice)
    assert 0 <= gap <= 24, gap
    assert notice.label.toolTip() == ""


def test_a_long_notice_is_shortened_before_the_button(qtbot) -> None:
    window, notice = notice_in_a_window(qtbot, 520)
    long = "Recorded Amira Haddad's choices “Worked in the hallway with a partner” (Workspace), " \
           "“Set their own deadline for the lab report” (Pacing), “Chose the harder problems” (Challenge)"
    notice.show_text(long)
    qtbot.waitUntil(notice.button.isVisible)
    notice.grab()  # a paint
    label, button = notice.label.geometry(), notice.button.geometry()
    assert label.right() < button.left()
    assert notice.rect().contains(button), "the Undo button is off the bar"
    assert notice.label.text() == long and notice.label.toolTip() == long
