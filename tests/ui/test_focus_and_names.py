"""The keyboard and screen-reader rules of the main window and its forms (WCAG 2.1.2, 2.4.3, 4.1.2, 4.1.3),
offscreen: Tab leaves the roster, the focus goes into what opens and back to the row after, forms start on their
first field, a label that shows data is named by it, what happens is announced, no Alt-letter clashes with the
menus, and the charts say what they show. (tests/accessibility checks the same on a real AT-SPI bus.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QLabel, QTabWidget, QWidget

from autonomy.ui.app.window import MainWindow
from autonomy.ui.widgets import announce


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus was lost"
    return widget


@pytest.fixture
def window(qtbot, backend, settings, classroom, students) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, classroom.id)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.roster is not None and window.roster.model.rowCount() == len(students))
    assert window.roster is not None
    window.roster.select_ids([students[0].id])
    window.roster.focus_row()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.roster.table)
    return window


def test_tab_leaves_the_roster_and_the_arrows_stay_in_it(qtbot, window: MainWindow) -> None:
    assert window.roster is not None
    table = window.roster.table
    assert not table.tabKeyNavigation()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert focused() is table and table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert focused() is not table and not table.isAncestorOf(focused())


def test_sorting_by_the_keyboard_turns_and_is_announced(qtbot, window: MainWindow) -> None:
    assert window.roster is not None
    roster = window.roster
    header = roster.table.horizontalHeader()
    names = lambda: [roster.proxy.index(r, 0).data() for r in range(roster.proxy.rowCount())]  # noqa: E731
    first = names()
    qtbot.keyClick(roster.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder and names() == first[::-1]
    assert announce.heard[-1] == "Sorted by Student, descending"
    window.roster.sort_by_current_column()
    assert names() == first and announce.heard[-1] == "Sorted by Student, ascending"


def test_f9_takes_the_keyboard_into_the_student_panel_and_back(qtbot, window: MainWindow) -> None:
    assert window.roster is not None and window.detail is not None
    qtbot.waitUntil(window.detail.isVisible)  # a selected student shows the panel, the focus stays on the roster
    assert focused() is window.roster.table
    qtbot.keyClick(focused(), Qt.Key.Key_F9)
    assert window.detail.isVisible() and window.detail.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_F9)
    assert not window.detail.isVisible() and focused() is window.roster.table


def test_after_a_log_the_focus_is_back_on_the_students_row(qtbot, window: MainWindow, students) -> None:
    assert window.roster is not None
    qtbot.keyClick(window.roster.table, Qt.Key.Key_B)
    dialog = window.roster.log_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.categories)  # as a teacher sees it open
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # (Offscreen, no window is active again after a dialog: the window's own focus widget is where it goes.)
    qtbot.waitUntil(lambda: window.undo.undo_action.isEnabled() and window.focusWidget() is window.roster.table)
    current = window.roster.table.currentIndex()
    assert window.roster.table.selectionModel().isRowSelected(current.row())
    assert window.roster.selected_ids() == [students[0].id]
    qtbot.waitUntil(lambda: any(t.startswith("Logged ") for t in announce.heard))
    window.undo.undo()
    qtbot.waitUntil(lambda: announce.heard and announce.heard[-1].startswith("Undone: Logged "))


@pytest.mark.parametrize("form", ["add student", "new classroom", "edit student"])
def test_a_form_opens_with_the_focus_in_its_first_field(qtbot, backend, classroom, students, form: str) -> None:
    from autonomy.ui.setup.student_classroom_forms import classroom_dialog, student_dialog

    dialog = {"add student": lambda: student_dialog(backend, classroom.id, None),
              "new classroom": lambda: classroom_dialog(backend, None),
              "edit student": lambda: student_dialog(backend, "", backend.services.roster.student(students[0].id))}[
        form]()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    # (The dialog's own focus widget: offscreen, another test's window may still be the active one.)
    assert dialog.focusWidget() is dialog.fields["name"], type(dialog.focusWidget()).__name__
    qtbot.keyClicks(dialog.fields["name"], "Sam")  # an S types, it does not press Save
    assert dialog.isVisible() and dialog.fields["name"].text() == "Sam"


def test_labels_that_show_data_are_named_by_it(qtbot, window: MainWindow, students) -> None:
    assert window.roster is not None and window.detail is not None
    qtbot.waitUntil(lambda: window.detail.name.text() == students[0].name)
    for label in (window.roster.summary, window.detail.name, window.detail.suggestions.status, window.notice.label):
        interface = QAccessible.queryAccessibleInterface(label)
        assert interface is not None
        assert interface.text(QAccessible.Text.Name) == label.text().strip(), label.accessibleDescription()
        assert label.accessibleDescription()  # what it is stays said, as the description


def test_a_refusal_in_a_form_is_named_by_itself_and_announced(qtbot, backend, classroom) -> None:
    from autonomy.ui.setup.student_classroom_forms import student_dialog

    dialog = student_dialog(backend, classroom.id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # an empty name: refused
    qtbot.waitUntil(dialog.problem.isVisible)
    text = dialog.problem.text()
    assert text and QAccessible.queryAccessibleInterface(dialog.problem).text(QAccessible.Text.Name) == text
    assert announce.heard[-1] == text


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_alt_letter_of_the_window_is_also_a_menus(qtbot, request, backend, settings, classroom, students,
                                                      language: str) -> None:
    """Alt+L went to the Log menu, not to the Class box; Alt+E, H, S the same (Qt gives a menu the key)."""
    if language == "de":
        request.getfixturevalue("german")
    window = request.getfixturevalue("window")
    menus = {mnemonic(a.text()): a.text() for a in window.menuBar().actions()}
    assert len(menus) == len(window.menuBar().actions()), menus
    window.resize(1900, 1000)  # both panels beside the roster (narrower, the suggestions take the panel's place)
    window.show_detail(True)
    window.show_suggestions(True)
    seen: dict[str, str] = {}
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        key = mnemonic(text)
        if not key:
            continue
        assert key not in menus, f"{text!r} and the menu {menus[key]!r} both take {key}"
        assert key not in seen, f"{text!r} and {seen[key]!r} both take {key}"
        seen[key] = text
    assert len(seen) >= 6, seen  # the walk found the window's letters
    assert isinstance(window.roster.show_archived, QCheckBox) and mnemonic(window.roster.show_archived.text())


def test_the_check_catches_a_clash() -> None:
    assert mnemonic("C&lass:") == mnemonic("&Log") != ""


def test_the_charts_say_what_they_show_and_list_their_marks(qtbot, backend, services) -> None:
    import datetime as dt

    from autonomy.core.demo import generate_demo
    from autonomy.ui.coach.screen import CoachScreen

    today = dt.date(2026, 11, 25)
    services.exchange.import_document(generate_demo(classes=1, students=6, days=20, seed=5, today=today))
    screen = CoachScreen(backend, today=today)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.start()
    overview = next(iter(screen.overviews.values()))
    overview.select_row(0)
    qtbot.waitUntil(lambda: screen.timeline.timeline is not None)
    for chart in (*screen.overviews.values(), screen.timeline):
        interface = QAccessible.queryAccessibleInterface(chart)
        assert interface is not None and interface.role() == QAccessible.Role.Chart
        assert interface.text(QAccessible.Text.Name) == chart.accessibleName()
        assert interface.text(QAccessible.Text.Description) == chart.accessible_summary() != ""
        assert interface.childCount() == len(chart.accessible_items()) > 0
        first = interface.child(0)
        assert first is not None and first.parent() is interface and interface.indexOfChild(first) == 0
        assert first.text(QAccessible.Text.Name) == chart.accessible_items()[0][0] != ""
        assert interface.child(interface.childCount()) is None


def test_a_charts_marks_leave_the_accessibility_cache_with_their_chart(qtbot) -> None:
    """A screen reader's bridge gives each mark it shows an id in Qt's cache, which forgets an interface only with
    its object, and a mark has none: once its chart is destroyed the mark's id must be gone too, or the bridge
    calls into a freed interface (the app crashed some time after a coach window closed)."""
    import shiboken6
    from PySide6.QtCore import QRectF

    from autonomy.ui.coach import accessible

    class Chart(QWidget):
        def accessible_summary(self) -> str:
            return "Two marks"

        def accessible_items(self) -> list[tuple[str, QRectF]]:
            return [("first", QRectF(0, 0, 5, 5)), ("second", QRectF(5, 5, 5, 5))]

    accessible.install()
    chart = Chart()
    chart.show()
    interface = QAccessible.queryAccessibleInterface(chart)
    marks = [QAccessible.uniqueId(interface.child(i)) for i in range(interface.childCount())]
    assert [QAccessible.accessibleInterface(m).text(QAccessible.Text.Name) for m in marks] == ["first", "second"]
    del interface
    shiboken6.delete(chart)
    assert [QAccessible.accessibleInterface(m) for m in marks] == [None, None]


@pytest.mark.parametrize("form", ["student form", "choices dialog", "decision dialog", "level dialog", "ladders",
                                  "log dialog"])
def test_every_form_opens_on_a_field_not_a_button(qtbot, backend, settings, classroom, students, form) -> None:
    from tests.ui.test_accessibility import SCREENS

    dialog = SCREENS[form](backend, settings, classroom, students)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    # (until the dialog is the active window: a widget an earlier test left behind may hold the focus until then)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and QApplication.focusWidget() is not None)
    assert not isinstance(focused(), QAbstractButton), f"{form} opens on {focused().text()!r}"
    assert dialog.isAncestorOf(focused())


@pytest.mark.parametrize("screen", ["main window (roster and student panel)", "choices dialog", "import dialog",
                                    "log dialog", "decision dialog", "preferences", "about"])
def test_no_label_has_a_name_that_hides_what_it_shows(qtbot, backend, settings, classroom, students, screen) -> None:
    from PySide6.QtGui import QTextDocumentFragment

    from tests.ui.test_accessibility import SCREENS

    top = SCREENS[screen](backend, settings, classroom, students)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    hidden = []
    for label in top.findChildren(QLabel):
        shown = QTextDocumentFragment.fromHtml(label.text()).toPlainText().replace("&", "").strip()
        if label.isVisibleTo(top) and shown and label.accessibleName() and shown not in label.accessibleName():
            hidden.append(f"{label.accessibleName()!r} hides {shown!r}")
    assert not hidden, hidden


def test_a_tool_bars_overflow_button_has_a_name(qtbot, window: MainWindow) -> None:
    """The » of a tool bar whose actions do not fit (German's longer words showed it): not just "button"."""
    from PySide6.QtWidgets import QToolBar, QToolButton

    from autonomy.ui.widgets.labels import name_overflow

    made = QToolBar("probe")
    name_overflow(made)
    bars = [*window.findChildren(QToolBar), made]  # (the roster's keys and the panel's actions wrap in rows now)
    for bar in bars:
        overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert overflow is not None and overflow.accessibleName() == "More actions", bar.windowTitle()
