"""The pseudo-locale: every string 40 % longer (as German or Finnish often are). No label or button on the
main screens may then clip its text: each gets at least the room its text asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QToolBar, QWidget

from autonomy.ui.words import i18n
from tests.ui.test_accessibility import SCREENS

SIZE = (1280, 800)  # the screenshot size: a teacher's laptop


@pytest.fixture
def pseudo(qtbot):  # a QApplication must exist
    assert i18n.install_language(i18n.PSEUDO) == i18n.PSEUDO
    yield
    i18n.remove()


def visible_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text() if widget.pixmap().isNull() else ""
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def clipped(top: QWidget) -> list[str]:
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        text = visible_text(widget).strip()
        if isinstance(widget, QTabBar):
            shown = widget.visibleRegion().boundingRect()
            for i in range(widget.count()):
                needed = widget.fontMetrics().horizontalAdvance(widget.tabText(i).replace("&", "")) + 8
                rect = widget.tabRect(i)
                if rect.width() < needed or rect.right() > shown.right() + 1:
                    problems.append(f"tab {widget.tabText(i)!r}: {shown.intersected(rect).width()} < {needed}")
            continue
        if not text:
            continue
        if isinstance(widget.parentWidget(), QToolBar):
            continue  # a tool bar moves what does not fit into its » menu instead of clipping it
        name = f"{type(widget).__name__} {text[:50]!r}"
        # Cut off by what holds it (a scroll area's viewport, a splitter, the window's edge)?
        shown = widget.visibleRegion().boundingRect()
        wraps = isinstance(widget, QLabel) and widget.wordWrap()  # wrapped text fills the label's whole width
        if shown.width() + 1 < (widget.width() if wraps else min(widget.width(), widget.sizeHint().width())):
            problems.append(f"{name}: only {shown.width()} of {widget.width()}px are inside its container")
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if needed_height > widget.height() + 1:
                problems.append(f"{name}: needs {needed_height}px of height, has {widget.height()}")
        elif widget.width() + 1 < widget.sizeHint().width():
            problems.append(f"{name}: needs {widget.sizeHint().width()}px, has {widget.width()}")
    return problems


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_no_text_is_clipped_in_the_pseudo_locale(screen, pseudo, qtbot, backend, settings, classroom,
                                                  students) -> None:
    top = SCREENS[screen](backend, settings, classroom, students)
    qtbot.addWidget(top)
    if screen.startswith("main"):
        top.resize(*SIZE)
    top.show()
    qtbot.waitExposed(top)
    for _ in range(3):
        QApplication.processEvents()
    texts = [w for w in top.findChildren(QWidget) if w.isVisibleTo(top) and visible_text(w).strip()]
    assert texts, "the walk found no text at all"
    problems = clipped(top)
    assert not problems, f"{screen} clips text in the pseudo-locale:\n" + "\n".join(problems)


def test_the_strings_on_screen_really_are_stretched(pseudo, qtbot, backend, settings, classroom, students) -> None:
    window = SCREENS["main window (roster and student panel)"](backend, settings, classroom, students)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].text()
    assert file_menu == i18n.stretch("&File") and len(file_menu) > len("&File")
    assert QCoreApplication.translate("RosterModel", "Trend") == i18n.stretch("Trend")


def test_the_check_sees_a_clipped_label(qtbot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    label = QLabel("A label with far more words than its width allows", top)
    label.setGeometry(0, 0, 40, 20)
    top.show()
    assert clipped(top)
