"""The common log, counted: every click and key a teacher makes, in the assembled window, from a class on screen to
the moment saved (and undone).

ClassDojo takes two taps for the common case; so does this: select a student, one key for one of the class's most
used trust-building moments (the strip above the roster names them). Several students take at most four actions,
a trust-breaking moment with its severity four, and a moment from earlier today or the last lesson needs no
calendar. Each action goes through `Teacher`, which counts it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from autonomy.ui.app.window import MainWindow
from autonomy.ui.roster.log_dialog import LogDialog
from autonomy.ui.roster.when import last_school_day

NO_KEY, CTRL, ALT = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


class Teacher:
    """Clicks and key presses, as a person makes them, each one counted."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window, self.actions = qtbot, window, 0

    @property
    def roster(self):
        assert self.window.roster is not None
        return self.window.roster

    def click_student(self, name: str, modifier: Qt.KeyboardModifier = NO_KEY) -> None:
        table, proxy = self.roster.table, self.roster.proxy
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
        rect = table.visualRect(proxy.index(row, 0))
        self.actions += 1
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
        QApplication.processEvents()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_KEY) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "the keyboard focus was lost"
        self.actions += 1
        self.qtbot.keyClick(widget, key, modifier)
        QApplication.processEvents()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


@pytest.fixture
def window(qtbot, backend, settings, classroom, students) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.attach(backend, classroom.id)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.roster is not None
    qtbot.waitUntil(lambda: bool(window.roster.quick_keys.categories))
    return window


def events_of(services, student) -> list:
    return services.events.for_student(student.id)


def test_the_common_log_takes_two_actions_and_undo_one_more(qtbot, window, services, students) -> None:
    amira = students[0]
    teacher = Teacher(qtbot, window)
    strip = window.roster.quick_keys
    # What the keys mean is on screen: the strip above the roster, and the Log menu.
    assert strip.isVisible()
    first = strip.categories[0]
    texts = [action.text() for action in strip.key_actions()]
    assert texts[0] == f"1  {first.name}" and len(texts) == 5
    assert all(strip.button_for(a).isVisible() for a in strip.key_actions())
    assert [a.text() for a in window.quick_actions if a.isVisible()][0] == f"Log “{first.name}”"

    teacher.click_student("Amira Haddad")
    teacher.press(Qt.Key.Key_1)
    assert teacher.actions == 2
    [event] = events_of(services, amira)
    assert (event.kind, event.category) == ("build", first.key)
    assert window.roster.log_dialog is None  # no dialog on the way
    # The notice says what was done, with its Undo button right beside the words.
    notice = window.notice
    qtbot.waitUntil(lambda: notice.button.isVisible())
    assert first.name in notice.label.text() and "Amira Haddad" in notice.label.text()
    words_end = notice.label.geometry().left() + notice.label.fontMetrics().horizontalAdvance(notice.label.text())
    gap = notice.button.geometry().left() - words_end
    assert 0 <= gap <= 24, gap
    assert not notice.label.text().endswith("—")

    teacher.press(Qt.Key.Key_Z, CTRL)
    assert teacher.actions == 3
    assert events_of(services, amira) == []
    assert window.roster.model.line(window.roster.model.row_of(amira.id)).builds_today == 0


def test_three_students_take_four_actions_in_one_undo_step(qtbot, window, services, students) -> None:
    teacher = Teacher(qtbot, window)
    teacher.click_student("Amira Haddad")
    teacher.click_student("Ben Okafor", CTRL)
    teacher.click_student("Chloé Dubois", CTRL)
    teacher.press(Qt.Key.Key_2)
    assert teacher.actions == 4
    second = window.roster.quick_keys.categories[1]
    logged = [events_of(services, s) for s in students]
    assert all(len(e) == 1 and e[0].category == second.key for e in logged)
    assert len({e[0].group_id for e in logged}) == 1
    services.history.undo()
    assert all(events_of(services, s) == [] for s in students)


def test_a_trust_breaking_moment_with_its_severity_takes_four_actions(qtbot, window, services, students) -> None:
    teacher = Teacher(qtbot, window)
    teacher.click_student("Ben Okafor")
    teacher.press(Qt.Key.Key_X)
    dialog = window.roster.log_dialog
    assert isinstance(dialog, LogDialog) and dialog.isVisible()
    assert "severity" in dialog.hint.text()
    second = dialog._categories[1].key
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    teacher.press(Qt.Key.Key_2)  # the second category ...
    assert "2 moderate" in dialog.hint.text()  # ... and what the next number means, on screen
    teacher.press(Qt.Key.Key_2)  # ... moderate: logged
    assert teacher.actions == 4
    assert closed == [LogDialog.DialogCode.Accepted]
    [event] = events_of(services, students[1])
    assert (event.kind, event.severity, event.category) == ("break", "moderate", second)


def test_enter_after_the_category_logs_a_minor_break(qtbot, window, services, students) -> None:
    teacher = Teacher(qtbot, window)
    teacher.click_student("Ben Okafor")
    teacher.press(Qt.Key.Key_X)
    teacher.press(Qt.Key.Key_1)
    teacher.press(Qt.Key.Key_Return)
    assert teacher.actions == 4
    [event] = events_of(services, students[1])
    assert event.severity == "minor"


def at_local(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def test_the_last_lesson_at_its_own_time_without_the_calendar(qtbot, backend, settings, services, classroom,
                                                               students) -> None:
    # The class's lessons are at 10:15: its history says so.
    week_ago = dt.date.today() - dt.timedelta(days=7)
    for minute in (10, 15, 20):
        services.events.log([students[2].id], "build", "helped_peer", at=at_local(week_ago, 10, minute))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, classroom.id)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    teacher = Teacher(qtbot, window)
    teacher.click_student("Amira Haddad")
    teacher.press(Qt.Key.Key_B)
    dialog = window.roster.log_dialog
    assert isinstance(dialog, LogDialog)
    teacher.press(Qt.Key.Key_3)
    teacher.press(Qt.Key.Key_W, ALT)  # "&When"
    assert focused() is dialog.moment
    teacher.press(Qt.Key.Key_Down)  # the last lesson, at its time
    assert not dialog.when.isVisible()  # no calendar field on the way
    teacher.press(Qt.Key.Key_Return)
    assert teacher.actions == 6
    [event] = events_of(services, students[0])
    assert event.at.astimezone() == at_local(last_school_day(dt.date.today()), 10, 15)


def test_the_when_list_never_keeps_the_clock_time_for_yesterday(qtbot) -> None:
    evening = dt.datetime(2026, 12, 1, 20, 50).astimezone()  # a Tuesday, after school
    dialog = LogDialog("build", ["Amira Haddad"], [], [], lesson_time=None, now=evening)
    qtbot.addWidget(dialog)
    moments = [dialog.moment.itemData(i) for i in range(dialog.moment.count())]
    labels = [dialog.moment.itemText(i) for i in range(dialog.moment.count())]
    # Now, yesterday in the morning (no history: the morning), earlier today in the morning, another time.
    assert moments[0] is None
    assert [m.astimezone().replace(tzinfo=None) for m in moments[1:3]] == [dt.datetime(2026, 11, 30, 9, 0),
                                                                          dt.datetime(2026, 12, 1, 9, 0)]
    assert labels[1:] == ["Yesterday at 09:00 (this lesson's time)", "Earlier today at 09:00 (this lesson's time)",
                          "Another day or time…"]
    monday = dt.datetime(2026, 11, 30, 8, 0).astimezone()  # before the lesson: no "earlier today"
    dialog = LogDialog("build", ["Amira Haddad"], [], [], lesson_time=dt.time(10, 15), now=monday)
    qtbot.addWidget(dialog)
    labels = [dialog.moment.itemText(i) for i in range(dialog.moment.count())]
    assert labels[1:3] == ["Friday at 10:15 (this lesson's time)", "Another day or time…"]
    assert dialog.moment.itemData(1).astimezone().replace(tzinfo=None) == dt.datetime(2026, 11, 27, 10, 15)


def test_a_number_with_nobody_selected_asks_for_a_student(qtbot, window, services, students) -> None:
    window.roster.table.setFocus()
    window.roster.select_ids([])
    qtbot.keyClick(window.roster.table, Qt.Key.Key_1)
    assert "Select one or more students" in window.statusBar().currentMessage()
    assert all(events_of(services, s) == [] for s in students)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_key_is_named_beside_the_student_panel(qtbot, window, students, request, language) -> None:
    if language == "de":
        request.getfixturevalue("german")
        window.roster.reload()
        qtbot.waitUntil(lambda: window.roster.quick_keys.key_actions()[0].text().startswith("1  Hat"))
    window.resize(1366, 768)
    window.roster.select_ids([students[0].id])
    window.show_detail(True)
    qtbot.waitUntil(lambda: window.detail.isVisible())
    strip = window.roster.quick_keys
    qtbot.waitUntil(lambda: strip.width() < 900)  # the roster beside the panel
    for action in strip.key_actions():
        button = strip.button_for(action)
        assert button.isVisible() and strip.rect().contains(button.geometry()), action.text()
