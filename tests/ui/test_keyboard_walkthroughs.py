"""Keyboard alone, with the focus always visible: a reflection conversation from opening to saved, the coach
screen from the class picker to the report and the export, and letters typed into a drop-down list of the main
window searching it instead of logging.

Every key goes to the widget that has the focus (`QApplication.focusWidget()`), as a keyboard would send it; each
control the focus lands on is checked to take Tab focus, to have a name a screen reader can say, and to be in
view. The logging flow's own walkthroughs are in test_roster_panel.py.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QWidget,
)

from autonomy.core.charts import student_timeline
from autonomy.core.class_charts import class_overview
from autonomy.core.demo import generate_demo
from autonomy.core.types import SuggestionKind
from autonomy.services.coach import CoachService
from autonomy.ui.coach.overview import ClassOverviewWidget
from autonomy.ui.coach.screen import CoachScreen
from autonomy.ui.coach.style import describe
from autonomy.ui.coach.timeline import TimelineWidget
from autonomy.ui.reflection.dialog import ReflectionDialog, start_conversation
from tests.ui.history import follow_up_due, two_breaks

NO_KEY = Qt.KeyboardModifier.NoModifier
SHIFT, CTRL, ALT = (Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier,
                    Qt.KeyboardModifier.AltModifier)


# --- the keyboard ---------------------------------------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus was lost"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_KEY) -> QWidget:
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()  # as between two real key presses (widgets added to a layout show then)
    return focused()


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def spoken_name(widget: QWidget) -> str:
    """The control's accessible name; a button's own text names it. A combo box's current item is no name."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    return widget.text().replace("&", "").strip() if isinstance(widget, QAbstractButton) else ""


def in_view(widget: QWidget) -> bool:
    """Inside its window, and inside the visible part of every scroll area around it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            corner = widget.mapTo(parent.viewport(), widget.rect().topLeft())
            if not parent.viewport().rect().intersects(widget.rect().translated(corner)):
                return False
        parent = parent.parentWidget()
    corner = widget.mapTo(widget.window(), widget.rect().topLeft())
    return widget.window().rect().intersects(widget.rect().translated(corner))


def check_focus(widget: QWidget) -> QWidget:
    assert widget.hasFocus() and widget.isVisible() and widget.isEnabled(), widget
    assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, f"{widget} cannot be reached by Tab"
    assert spoken_name(widget), f"{type(widget).__name__} has no accessible name"
    assert in_view(widget), f"{spoken_name(widget)} has the focus out of view"
    return widget


def tab(qtbot, backwards: bool = False) -> QWidget:
    """The next control (a date edit takes a Tab for each of its parts, as in every Qt application)."""
    start = focused()
    key, modifier = (Qt.Key.Key_Backtab, SHIFT) if backwards else (Qt.Key.Key_Tab, NO_KEY)
    for _ in range(6):
        now = press(qtbot, key, modifier)
        if now is not start or not isinstance(start, QDateTimeEdit):
            return check_focus(now)
    raise AssertionError(f"Tab never left {spoken_name(start)}")


def walk(qtbot, expected: list[QWidget]) -> None:
    """Tab through `expected`, in that order, from the control before the first."""
    for widget in expected:
        arrived = tab(qtbot)
        assert arrived is widget, f"Tab went to {spoken_name(arrived)!r}, expected {spoken_name(widget)!r}"


def activate(qtbot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)


# --- the reflection conversation ------------------------------------------------------------------------------
def open_conversation(qtbot, backend, services, student_id: str, kind: SuggestionKind) -> ReflectionDialog:
    """Opened the way the app opens it (the lane gathers the context first), then given the keyboard."""
    suggestion = next(s for s in services.suggestions.for_student(student_id) if s.kind == kind)
    opened: list[ReflectionDialog] = []
    start_conversation(backend, student_id, None, suggestion, opened.append)
    [dialog] = opened
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read after it closed
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def test_a_reflection_conversation_by_keyboard_alone(qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    older, latest = two_breaks(services, amira)
    dialog = open_conversation(qtbot, backend, services, amira, SuggestionKind.REFLECT)
    assert check_focus(focused()) is dialog.purpose  # the first field of the form, not the Save button
    first_pick = [s.prompt.id for s in dialog.slots]

    # Large text, for sitting beside the student: its button, its Alt+L, Ctrl++ and Ctrl+-.
    assert tab(qtbot, backwards=True) is dialog.large
    normal = dialog.words.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.large.isChecked() and dialog.words.font().pointSizeF() > normal
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert not dialog.large.isChecked()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert dialog.large.isChecked()
    press(qtbot, Qt.Key.Key_L, ALT)
    qtbot.waitUntil(lambda: not dialog.large.isChecked())
    assert dialog.words.font().pointSizeF() == normal

    # The kind of conversation: arrows pick again; back to after a break, the same questions come back.
    assert tab(qtbot) is dialog.purpose
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.purpose.currentData() == "step_up"
    assert [s.prompt.id for s in dialog.slots] != first_pick
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.purpose.currentData() == "after_break"
    assert [s.prompt.id for s in dialog.slots] == first_pick

    # What led to it: untick the older break with the arrows and Space.
    walk(qtbot, [dialog.about, dialog.events])
    assert {e.id for e in dialog.chosen_events()} == {older.id, latest.id}
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert [e.id for e in dialog.chosen_events()] == [latest.id]

    # The questions, in their order (picked twice again since the dialog opened): swap the first, untick the second.
    slots = dialog.slots
    assert len(slots) == 5
    walk(qtbot, [slots[0].asked, slots[0].swap])
    before = slots[0].prompt.id
    assert press(qtbot, Qt.Key.Key_Space) is slots[0].swap  # the focus stays on Swap, for another swap
    assert slots[0].prompt.id != before and slots[0].text.text() == slots[0].prompt.text
    walk(qtbot, [slots[1].asked])
    press(qtbot, Qt.Key.Key_Space)
    assert not slots[1].asked.isChecked()
    walk(qtbot, [slots[1].swap, *[w for s in slots[2:] for w in (s.asked, s.swap)]])

    # Their words and the agreement: Enter is a new line there, Tab the next field.
    walk(qtbot, [dialog.words])
    type_text(qtbot, "I needed a break from the noise")
    walk(qtbot, [dialog.agreement])
    type_text(qtbot, "Ask before leaving")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "use the quiet corner")
    assert dialog.isVisible()

    # Self-ratings: the arrows pick a level in each list.
    ratings = list(dialog.ratings.values())
    walk(qtbot, [ratings[0]])
    for _ in range(4):  # not rated, 0, 1, 2, 3
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.ratings["workspace"].currentData() == 3
    walk(qtbot, ratings[1:])

    # A follow-up day (beside Save, below the scrolled form): Space ticks the box, which makes the date
    # reachable; Up moves it a day later.
    walk(qtbot, [dialog.follow])
    assert not dialog.follow_date.isEnabled()
    press(qtbot, Qt.Key.Key_Space)
    walk(qtbot, [dialog.follow_date])
    proposed = dialog.follow_date.date().toPython()
    press(qtbot, Qt.Key.Key_Up)
    follow_up = dialog.follow_date.date().toPython()
    assert follow_up == proposed + dt.timedelta(days=1)

    # The buttons, then round to the top again.
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    walk(qtbot, [dialog.save, cancel, dialog.large, dialog.purpose])

    # Alt+S saves.
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        press(qtbot, Qt.Key.Key_S, ALT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [reflection] = services.reflections.for_student(amira)
    assert list(reflection.event_ids) == [latest.id]
    assert list(reflection.prompts) == [s.prompt.text for i, s in enumerate(slots) if i != 1]
    assert slots[0].prompt.text in reflection.prompts
    assert reflection.student_words == "I needed a break from the noise"
    assert reflection.agreement == "Ask before leaving\nuse the quiet corner"
    assert reflection.follow_up == follow_up
    assert reflection.self_ratings == {"workspace": 3}


def test_a_follow_up_by_keyboard_keeps_the_focused_field_in_view(qtbot, backend, services, classroom,
                                                                 students) -> None:
    ben = students[1].id
    event, earlier = follow_up_due(services, ben)
    dialog = open_conversation(qtbot, backend, services, ben, SuggestionKind.FOLLOW_UP)
    dialog.resize(640, 420)  # a small window: the form scrolls
    qtbot.waitUntil(lambda: dialog.scroll_area.verticalScrollBar().maximum() > 0)

    # How the earlier agreement went sits between what led to it and the questions.
    walk(qtbot, [dialog.about, dialog.events, dialog.outcome, dialog.slots[0].asked])
    press(qtbot, Qt.Key.Key_G, ALT)  # "How did it &go?"
    assert check_focus(focused()) is dialog.outcome
    type_text(qtbot, "Stayed in sight every day")

    # Mnemonics and Shift+Tab from the buttons land on fields far down the form, scrolled into view.
    last_rating = list(dialog.ratings.values())[-1]
    dialog.save.setFocus(Qt.FocusReason.TabFocusReason)
    assert tab(qtbot, backwards=True) is dialog.follow  # beside Save (its date is off until it is ticked)
    assert tab(qtbot, backwards=True) is last_rating  # checked in view
    press(qtbot, Qt.Key.Key_A, ALT)  # "What we &agreed"
    assert check_focus(focused()) is dialog.agreement
    type_text(qtbot, "Try the hallway on Friday")
    press(qtbot, Qt.Key.Key_W, ALT)  # "In Ben's own &words"
    assert check_focus(focused()) is dialog.words
    press(qtbot, Qt.Key.Key_F, ALT)  # "&Follow up on" ticks the box
    qtbot.waitUntil(lambda: dialog.follow.isChecked())
    assert check_focus(focused()) is dialog.follow

    with qtbot.waitSignal(dialog.saved, timeout=2000):
        press(qtbot, Qt.Key.Key_S, ALT)
    talks = {r.id: r for r in services.reflections.for_student(ben)}
    assert talks[earlier.id].outcome == "Stayed in sight every day"
    [new] = [r for r in talks.values() if r.id != earlier.id]
    assert new.agreement == "Try the hallway on Friday" and new.follow_up is not None


def test_escape_leaves_a_conversation_unsaved(qtbot, backend, services, classroom, students) -> None:
    chloe = students[2].id
    services.events.log([chloe], "break", "off_task", severity="minor")
    dialog = open_conversation(qtbot, backend, services, chloe, SuggestionKind.REFLECT)
    walk(qtbot, [dialog.about, dialog.events])
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # the window closes: nothing has the focus after it
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert services.reflections.for_student(chloe) == []


# --- the coach screen -----------------------------------------------------------------------------------------
COACH_TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def demo(services):
    services.exchange.import_document(generate_demo(classes=2, students=6, days=20, seed=5, today=COACH_TODAY))
    return services


def loads(qtbot, screen: CoachScreen):
    return qtbot.waitSignal(screen.loaded, timeout=5000)


def open_coach(qtbot, backend, height: int = 800) -> CoachScreen:
    """The coach screen shown with its first class loaded, and given the keyboard."""
    screen = CoachScreen(backend, today=COACH_TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, height)
    screen.show()
    with loads(qtbot, screen):
        screen.start()
    activate(qtbot, screen)
    return screen


def test_the_coach_screen_by_keyboard_alone(qtbot, backend, demo, tmp_path, monkeypatch) -> None:
    classrooms = CoachService(demo.db).classrooms()
    screen = open_coach(qtbot, backend)
    opened: list[tuple[str, str]] = []
    screen.student_requested.connect(lambda sid, cid: opened.append((sid, cid)))

    # The class picker: the arrows move, Space ticks a second class to compare.
    assert check_focus(focused()) is screen.classes
    assert screen.checked() == [classrooms[0].id]
    press(qtbot, Qt.Key.Key_Down)
    with loads(qtbot, screen):
        press(qtbot, Qt.Key.Key_Space)
    assert screen.checked() == [c.id for c in classrooms]
    first, second = (screen.overviews[c.id] for c in classrooms)

    # The date range: Up and Down change the day (the part of the date the focus is on).
    start, end = screen.range()
    walk(qtbot, [screen.date_from])
    with loads(qtbot, screen):
        press(qtbot, Qt.Key.Key_Up)
    walk(qtbot, [screen.date_to])
    with loads(qtbot, screen):
        press(qtbot, Qt.Key.Key_Down)
    assert screen.range() == (start + dt.timedelta(days=1), end - dt.timedelta(days=1))

    # One dimension, then anonymised.
    walk(qtbot, [screen.dimension])
    with loads(qtbot, screen):
        press(qtbot, Qt.Key.Key_Down)
    dimension = screen.dimension.currentData()
    assert dimension and [m.dimension.key for m in first.overview.heat_maps] == [dimension]
    walk(qtbot, [screen.anonymize])
    with loads(qtbot, screen):
        press(qtbot, Qt.Key.Key_Space)
    assert all(s.name.startswith("S") for w in (first, second) for s in w.overview.data.students)

    # The report and the export, each with Space; the focus is still on the button afterwards.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _parent, caption, *_a, **_k: (str(tmp_path / ("r.pdf" if "report" in caption else "x.json")), "")))
    walk(qtbot, [screen.report_button])
    press(qtbot, Qt.Key.Key_Space)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    activate(qtbot, screen)  # the window manager's part: the progress window has gone, this one is active again
    assert check_focus(focused()) is screen.report_button
    walk(qtbot, [screen.export_button])
    press(qtbot, Qt.Key.Key_Space)
    exported = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    # The class on screen, anonymised: C01 with its students, under ids of the file's own.
    assert [c["name"] for c in exported["classrooms"]] == ["C01"]
    assert exported["classrooms"][0]["id"] != classrooms[0].id
    members = demo.roster.students(classrooms[0].id, include_archived=True)
    assert len(exported["students"]) == len(members)
    real_names = {s.name for s in members}
    assert real_names.isdisjoint(s["name"] for s in exported["students"])
    activate(qtbot, screen)
    assert check_focus(focused()) is screen.export_button

    # The student list of each class: Down picks the next student, and the timeline follows.
    walk(qtbot, [first])
    picked = screen.student
    assert picked[1] == classrooms[0].id
    press(qtbot, Qt.Key.Key_Down)
    assert screen.student != picked and screen.student[1] == classrooms[0].id
    name = first.overview.data.student(screen.student[0]).name
    assert screen.student_title.text().startswith(name)
    # Left/Right read the student's weeks, as hovering does.
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    cell = first.cell_rect()
    assert cell is not None
    from autonomy.ui.widgets.announce import heard  # each cell is announced (the chart's description is its summary)

    assert heard[-1] == first.cell_text(cell.center()) and name in heard[-1]
    walk(qtbot, [second])
    press(qtbot, Qt.Key.Key_Down)
    assert screen.student == (second.overview.data.students[0].id, classrooms[1].id)
    assert screen.timeline.timeline is not None

    # The timeline: Right moves from mark to mark and says what hovering says; Enter opens the student.
    walk(qtbot, [screen.whole_button, screen.open_button, screen.timeline])
    press(qtbot, Qt.Key.Key_Right)
    mark = screen.timeline.focused
    assert mark is not None
    hit = next(h for h in screen.timeline.hits if h.mark is mark)
    assert screen.mark_text.text() == describe(mark, hit.lane_name)
    # A screen reader is told the chart's child for that mark has the focus, and reads the same sentence.
    from PySide6.QtGui import QAccessible

    chart = QAccessible.queryAccessibleInterface(screen.timeline)
    item = chart.child(screen.timeline._marks().index(mark))
    assert item.text(QAccessible.Text.Name) == describe(mark, hit.lane_name) and item.state().focused
    press(qtbot, Qt.Key.Key_Return)
    assert opened == [screen.student]
    assert tab(qtbot, backwards=True) is screen.open_button
    press(qtbot, Qt.Key.Key_Space)
    assert opened == [screen.student, screen.student]

    # Past the timeline, Tab comes round to the class picker.
    walk(qtbot, [screen.timeline, screen.classes])


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_coach_control_has_an_alt_letter_of_its_own(qtbot, backend, demo, request, language) -> None:
    if language == "de":
        request.getfixturevalue("german")
    screen = open_coach(qtbot, backend)
    # Qt's own reading of each text's "&": the key that reaches it (Alt+F, or German Alt+V, ...).
    fields = {label.buddy(): QKeySequence.mnemonic(label.text()) for label in screen.findChildren(QLabel)
              if label.buddy()}
    buttons = {button: QKeySequence.mnemonic(button.text()) for button in (
        screen.anonymize, screen.report_button, screen.export_button, screen.whole_button, screen.open_button)}
    assert set(fields) == {screen.date_from, screen.date_to, screen.dimension}
    keys = [key.toString() for key in (*fields.values(), *buttons.values())]
    assert all(keys) and len(set(keys)) == len(keys), keys

    def alt(key: QKeySequence) -> None:
        qtbot.keyClick(focused(), key[0].key(), key[0].keyboardModifiers())
        QApplication.processEvents()

    # A field's letter takes the focus to it; a button's letter presses it.
    for field, key in fields.items():
        alt(key)
        assert focused() is field, spoken_name(focused())
    clicked: list[str] = []
    screen.whole_button.clicked.connect(lambda: clicked.append("whole"))
    alt(buttons[screen.whole_button])
    qtbot.waitUntil(lambda: clicked == ["whole"])  # a button pressed by its letter is clicked a moment later
    with loads(qtbot, screen):
        alt(buttons[screen.anonymize])
    assert screen.anonymize.isChecked()


def test_the_student_picked_with_the_arrows_stays_in_view(qtbot, backend, services) -> None:
    services.exchange.import_document(generate_demo(classes=1, students=40, days=10, seed=2, today=COACH_TODAY))
    screen = open_coach(qtbot, backend, height=600)
    [overview] = screen.overviews.values()
    overview.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(overview.hasFocus)
    viewport = screen.scroll_area.viewport()
    assert overview.height() > viewport.height()  # the class is taller than its pane
    for _ in range(39):
        press(qtbot, Qt.Key.Key_Down)
    assert screen.student[0] == overview.overview.data.students[-1].id
    row = overview.row_rect()
    assert row is not None
    shown = row.toRect().translated(overview.mapTo(viewport, QPoint(0, 0)))
    assert viewport.rect().contains(shown), f"the picked row is at {shown}, the pane shows {viewport.rect()}"


def render(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.fixture
def class_data(demo):
    coach = CoachService(demo.db)
    return coach.class_data(coach.classrooms()[0].id, COACH_TODAY - dt.timedelta(days=27), COACH_TODAY)


@pytest.mark.parametrize("chart", ["timeline", "overview"])
def test_a_chart_shows_that_it_has_the_focus(qtbot, class_data, chart: str) -> None:
    if chart == "timeline":
        widget: QWidget = TimelineWidget()
        widget.set_timeline(student_timeline(class_data, class_data.students[0].id))
    else:
        widget = ClassOverviewWidget(class_overview(class_data))
        widget.selected = class_data.students[0].id
    qtbot.addWidget(widget)
    widget.resize(1000, max(widget.height(), 400))
    activate(qtbot, widget)
    widget.clearFocus()
    without = render(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    with_focus = render(widget)
    assert with_focus != without, "nothing shows the keyboard focus"
    # At the edge, where no chart is drawn: a frame.
    assert with_focus.pixelColor(1, widget.height() // 2) != without.pixelColor(1, widget.height() // 2)


# --- letters in a drop-down list of the main window -----------------------------------------------------------
def test_a_letter_typed_in_a_drop_down_list_searches_it_and_logs_nothing(qtbot, backend, services, settings,
                                                                         classroom, students) -> None:
    from autonomy.ui.app.window import MainWindow

    biology = services.roster.create_classroom("Biology club", "Biology", "2026-27")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, classroom.id)
    window.roster.select_ids([students[0].id])
    activate(qtbot, window)
    actions_before = len(services.history.recent(100))

    # Every drop-down list on screen: the class switcher, the student panel's filter ...
    lists = [w for w in window.findChildren(QComboBox) if w.isVisible() and not w.isEditable()]
    assert window.roster.classroom in lists and len(lists) >= 2
    for combo in lists:
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(combo.hasFocus)
        for letter in (Qt.Key.Key_B, Qt.Key.Key_X, Qt.Key.Key_O, Qt.Key.Key_C):
            press(qtbot, letter)
            assert window.roster.log_dialog is None, f"{spoken_name(combo)}: a letter opened the log"
            assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]

    # ... and a letter picks the item it starts: Alt+C reaches the class switcher, B finds the Biology club.
    window.roster.set_classroom(classroom.id)
    window.roster.table.setFocus()
    # A new search, not the letters typed above: what a pause of keyboardInputInterval() does (an empty
    # search starts the combo's buffer afresh; the combo puts its own row back before the next letter).
    window.roster.classroom.view().keyboardSearch("")
    assert press(qtbot, Qt.Key.Key_C, ALT) is window.roster.classroom
    press(qtbot, Qt.Key.Key_B)
    assert window.roster.classroom_id == biology.id
    assert window.roster.log_dialog is None
    assert len(services.history.recent(100)) == actions_before  # nothing was logged

    # On the roster, the same letter still logs.
    window.roster.set_classroom(classroom.id)
    window.roster.select_ids([students[0].id])
    window.roster.table.setFocus()
    qtbot.waitUntil(window.roster.table.hasFocus)
    press(qtbot, Qt.Key.Key_B)
    assert window.roster.log_dialog is not None and window.roster.log_dialog.isVisible()
    window.roster.log_dialog.reject()


def test_the_check_catches_a_focus_without_a_name(qtbot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    combo = QComboBox(top)
    combo.addItem("an item is not a name")
    activate(qtbot, top)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    with pytest.raises(AssertionError, match="no accessible name"):
        check_focus(combo)
    combo.setAccessibleName("Kind")
    assert check_focus(combo) is combo
