"""The screens teachers have (this pytest runs on one of them: 1366 × 768, 1920 × 1080 at 150 %, 1280 × 720) in
English and German: every window and dialog opens inside the screen's free area, title bar included, and shows
its main actions without scrolling: the roster beside the student panel and the suggestions with every dimension
column in view, the reflection dialog with Save and the follow-up, the coach window with its buttons and its
timeline. The whole screen is saved as a PNG at each step (AUTONOMY_SCREENSHOTS) to be looked at.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QWidget
from pytestqt.exceptions import TimeoutError

from tests.desktop.x11.conftest import Desk, room, shoot


@pytest.fixture(params=["en", "de"])
def language(request) -> Iterator[str]:
    if request.param == "de":
        request.getfixturevalue("german")
    yield request.param


@pytest.fixture
def shown(qtbot, language, demo, request) -> Iterator[Desk]:
    """The window in the asked language (the catalogue is installed before the first widget is built)."""
    desk = Desk(qtbot, demo, request.getfixturevalue("settings"))
    yield desk
    desk.close()


def inside_screen(desk: Desk, widget: QWidget) -> QRect:
    frame = desk.framed(widget)
    assert room().contains(frame), (f"{type(widget).__name__} ({frame.width()}×{frame.height()} at "
                                    f"{frame.x()},{frame.y()}) is not inside the screen's {room()}")
    return frame


def in_view(widget: QWidget) -> bool:
    """Shown, inside its window, and inside the visible part of every scroll area around it."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            corner = widget.mapTo(parent.viewport(), widget.rect().topLeft())
            if not parent.viewport().rect().contains(widget.rect().translated(corner)):
                return False
        parent = parent.parentWidget()
    corner = widget.mapTo(widget.window(), widget.rect().topLeft())
    return widget.window().rect().contains(widget.rect().translated(corner))


def top_dialog(desk: Desk, kind: type[QDialog]) -> Any:
    """The dialog of that kind on screen, once it has opened (some read their data first)."""

    def showing() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    desk.qtbot.waitUntil(lambda: bool(showing()), timeout=10000)
    return showing()[0]


def dimension_columns_in_view(desk: Desk) -> list[str]:
    """The dimension columns whose whole width is in the roster's view."""
    from autonomy.ui.roster.model import COL_FIRST_DIMENSION

    table = desk.window.roster.table
    header = table.horizontalHeader()
    model = table.model()
    width = table.viewport().width()
    return [str(model.headerData(col, header.orientation()))
            for col in range(COL_FIRST_DIMENSION, model.columnCount())
            if not header.isSectionHidden(col) and header.sectionViewportPosition(col) >= 0
            and header.sectionViewportPosition(col) + header.sectionSize(col) <= width]


def test_the_main_window_fits_with_its_status_bar(shown: Desk, language: str) -> None:
    inside_screen(shown, shown.window)
    assert in_view(shown.window.statusBar())
    assert len(dimension_columns_in_view(shown)) == 4
    shoot(f"roster-{language}")


def test_the_student_panel_and_the_suggestions_leave_the_roster_its_columns(shown: Desk, language: str) -> None:
    """Beside the student panel the roster keeps every dimension (a narrow level cell shows its number, and
    names the level on hover and to a screen reader). The suggestions open beside both where the window has
    the room, and otherwise over the student panel, which comes back when they close."""
    from PySide6.QtCore import Qt

    from autonomy.ui.roster.model import COL_FIRST_DIMENSION

    window = shown.window
    roster = window.roster
    student = roster.model.line(0)
    roster.select_ids([student.student_id])
    shown.settle()
    assert window.detail.isVisible()
    columns = dimension_columns_in_view(shown)
    assert len(columns) == 4, f"beside the student panel only {columns} of the roster's dimensions are in view"
    cell = roster.model.index(0, COL_FIRST_DIMENSION)
    name = str(cell.data(Qt.ItemDataRole.DisplayRole)).split(" ", 1)[1]  # "2 Just outside, in sight"
    assert name in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    from autonomy.ui.roster.level_names import is_compact

    if is_compact(roster.table, COL_FIRST_DIMENSION):  # the keyboard's focus on a number names its level
        from PySide6.QtWidgets import QToolTip

        shown.activate(window)
        roster.table.setFocus()
        target = roster.table.model().index(1, COL_FIRST_DIMENSION)  # (the table shows the model sorted)
        roster.table.setCurrentIndex(target)
        other = str(target.data(Qt.ItemDataRole.DisplayRole))
        shown.qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == other, timeout=5000)
        shoot(f"panel-focus-{language}")
    shoot(f"panel-{language}")

    window.show_suggestions(True)
    shown.settle()
    shown.qtbot.waitUntil(lambda: window.suggestions.list.model().rowCount() > 0, timeout=20000)
    inside_screen(shown, window)
    assert window.suggestions_dock.isVisible()
    columns = dimension_columns_in_view(shown)
    shoot(f"panel-suggestions-{language}")
    assert len(columns) == 4, f"with the suggestions only {columns} of the roster's dimensions are in view"
    shoot(f"panel-suggestions-{language}")
    roster.select_ids([roster.model.line(1).student_id])  # picking a student keeps the list open
    shown.settle()
    assert window.suggestions_dock.isVisible()
    window.show_suggestions(False)
    shown.settle()
    assert window.detail.isVisible() and window.detail.student_id == roster.model.line(1).student_id


def test_the_reflection_dialog_shows_save_and_the_follow_up(shown: Desk, language: str) -> None:
    from autonomy.ui.reflection.dialog import ReflectionDialog, start_conversation

    window = shown.window
    student = window.roster.model.line(0)
    start_conversation(window.backend, student.student_id, window)
    dialog = top_dialog(shown, ReflectionDialog)
    shown.settle()
    inside_screen(shown, dialog)
    assert in_view(dialog.save), "Save is not in view"
    shoot(f"reflection-{language}")
    assert in_view(dialog.follow) and in_view(dialog.follow_date), "the follow-up is not in view"
    shoot(f"reflection-{language}")
    dialog.reject()


def test_the_coach_window_shows_its_buttons_and_timeline(shown: Desk, language: str) -> None:
    coach = shown.window.open_coach()
    screen = coach.screen_widget
    shown.qtbot.waitUntil(lambda: screen.isVisible(), timeout=10000)
    with shown.qtbot.waitSignal(screen.loaded, timeout=30000, raising=False):
        pass
    shown.settle()
    inside_screen(shown, coach)
    for button in (screen.report_button, screen.export_button):
        assert in_view(button), button.text()
    assert in_view(screen.timeline) and in_view(screen.key), "the timeline or its key is not in view"
    shoot(f"coach-{language}")
    coach.close()


def dialog_openers(window: Any) -> dict[str, Any]:
    """Every dialog the main window opens for a selected student and the class (the file dialogs are Qt's)."""
    return {"new-classroom": window.new_classroom, "edit-classroom": window.edit_classroom,
            "add-student": window.add_student, "edit-student": window.edit_student,
            "change-level": window.change_level, "log": lambda: window.log("build"),
            "choices": window.roster.request_choices, "ladders": lambda: window.open_setup_dialog("LadderDialog"),
            "catalogue": lambda: window.open_setup_dialog("CatalogueDialog"), "preferences": window.show_preferences,
            "about": window.show_about, "guide": window.show_guide, "conversation": window.hold_conversation}


def opened(desk: Desk, open_it: Any) -> QWidget:
    before = set(QApplication.topLevelWidgets())

    def new() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()
                and isinstance(w, QDialog)]

    open_it()
    desk.qtbot.waitUntil(lambda: bool(new()), timeout=10000)
    desk.settle()
    return new()[0]


def on_screen(desk: Desk, dialog: QWidget) -> QRect:
    """The dialog's frame once openbox has framed it (a popup has no frame of its own)."""
    desk.qtbot.waitExposed(dialog, timeout=10000)
    with contextlib.suppress(TimeoutError):  # a frameless popup: its own geometry is what is on screen
        desk.qtbot.waitUntil(lambda: dialog.frameGeometry() != dialog.geometry(), timeout=2000)
    return dialog.frameGeometry()


def test_every_dialog_opens_inside_the_screen_and_remembers_its_size(shown: Desk, language: str) -> None:
    window = shown.window
    window.roster.select_ids([window.roster.model.line(0).student_id])
    shown.settle()
    for name, open_it in dialog_openers(window).items():
        dialog = opened(shown, open_it)
        frame = on_screen(shown, dialog)
        shoot(f"dialog-{name}-{language}")
        assert room().contains(frame), f"{name}: {frame} is not inside the screen's {room()}"
        smaller = dialog.size().shrunkBy(QMargins(0, 0, 30, 20))
        dialog.resize(smaller.expandedTo(dialog.minimumSize()))
        kept = dialog.size()
        dialog.reject()
        shown.settle()
        again = opened(shown, open_it)
        on_screen(shown, again)
        # (At 150 % a logical pixel is a pixel and a half: one may round away.)
        assert abs(again.width() - kept.width()) <= 1 and abs(again.height() - kept.height()) <= 1, \
            f"{name} came back at {again.size()}, not the {kept} it was given"
        again.reject()
        shown.settle()
