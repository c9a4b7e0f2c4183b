"""The students' check-in screen end to end (pytest-qt, inline lane): a student checks in, chooses within their
level and rates themselves in at most six actions; nothing of another student is ever on their screens; the
teacher's PIN guards the way out; 30 s without a touch goes back to the names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from autonomy.core.checkin import IDLE_SECONDS
from autonomy.ui.checkin.screen import CheckinScreen
from autonomy.ui.checkin.window import CheckinWindow

SECRETS = ("SECRET-BEN-NOTE", "SECRET-BEN-REASON", "SECRET-BEN-EVENT", "SECRET-BEN-CHOICE", "SECRET-AMIRA-NOTE",
           "SECRET-TEACHER-NOTE", "SECRET-REFLECTION")


@pytest.fixture
def room(services, classroom, students):
    amira, ben, chloe = students
    services.levels.change_level(amira.id, "workspace", 1, reason="SECRET-TEACHER-NOTE")
    services.levels.change_level(ben.id, "workspace", 3, reason="SECRET-BEN-REASON")
    services.roster.edit_student(ben.id, notes="SECRET-BEN-NOTE")
    services.roster.edit_student(amira.id, notes="SECRET-AMIRA-NOTE")
    services.events.log([amira.id], "build", "helped_peer", dimension="workspace", note="SECRET-AMIRA-NOTE")
    brk = services.events.log([ben.id], "break", "left_area", dimension="workspace", note="SECRET-BEN-EVENT")
    services.reflections.record(ben.id, event_ids=[brk[0].id], student_words="SECRET-REFLECTION",
                                agreement="SECRET-REFLECTION", self_ratings={"workspace": 2})
    services.choices.record(ben.id, "workspace", "SECRET-BEN-CHOICE", choice_level=3)
    services.levels.set_student_words("workspace", 1, picks=["Window table", "Reading nook"])
    return classroom


def every_text(root: QWidget) -> str:
    """Every word any widget under `root` holds, shown or not: texts, placeholders, tips, accessible names."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    return "\n".join(found)


def open_screen(qtbot, backend, room) -> CheckinScreen:
    screen = CheckinScreen(backend, room.id)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def name_button(screen: CheckinScreen, label: str) -> QPushButton:
    return next(b for b in screen.name_buttons if b.text() == label)


def card(screen: CheckinScreen, key: str):
    return next(c for c in screen.cards if c.dim.key == key)


def test_check_in_choose_and_rate_in_at_most_six_actions(qtbot, backend, services, room, students) -> None:
    amira = students[0]
    screen = open_screen(qtbot, backend, room)
    actions = 0

    def tap(button: QAbstractButton) -> None:
        nonlocal actions
        actions += 1
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    tap(name_button(screen, "Amira H."))
    assert screen.pages.currentWidget() is screen.card_page
    workspace = card(screen, "workspace")
    tap(next(b for b in workspace.picks.buttons() if b.text() == "Window table"))
    assert workspace.ratings is not None
    tap(workspace.ratings.button(2))  # "I feel ready for step 3"
    with qtbot.waitSignal(screen.saved):
        tap(screen.save)
    assert actions <= 6, actions
    assert [(c.choice, c.by) for c in services.choices.for_student(amira.id)] == [("Window table", "student")]
    [rating] = [r for r in services.checkin.self_ratings(amira.id) if r.reflection_id is None]
    assert (rating.dimension, rating.level, rating.by) == ("workspace", 2, "student")
    assert screen.pages.currentWidget() is screen.names_page  # back to the names
    line = next(r for r in services.views.roster(room.id) if r.student_id == amira.id)
    assert line.own_choices_today == 1  # the teacher's roster sees it at once


def test_nothing_beyond_the_level_can_be_picked(qtbot, backend, room) -> None:
    screen = open_screen(qtbot, backend, room)
    qtbot.mouseClick(name_button(screen, "Amira H."), Qt.MouseButton.LeftButton)
    workspace = card(screen, "workspace")
    offered = [b.text() for b in workspace.picks.buttons()]
    assert offered == ["Window table", "Reading nook", "Assigned seat"]
    assert "Just outside, in sight" not in offered and workspace.own is None  # own words come at rank 3
    assert workspace.next_text is not None and "Next step" in workspace.next_text.text()
    assert "more day" in workspace.next_text.text()  # what it takes, in plain words


def test_a_students_screens_never_show_another_student_or_the_teachers_notes(qtbot, backend, room,
                                                                                students) -> None:
    screen = open_screen(qtbot, backend, room)
    names = every_text(screen)
    for secret in SECRETS:
        assert secret not in names
    assert "Okafor" not in names and "Haddad" not in names  # first names and initials only
    qtbot.mouseClick(name_button(screen, "Amira H."), Qt.MouseButton.LeftButton)
    own = every_text(screen)
    for other in ("Ben", "Okafor", "Chloé", "Dubois", *SECRETS):
        assert other not in own, other
    assert "Amira" in own
    screen.back_to_names()
    qtbot.mouseClick(name_button(screen, "Ben O."), Qt.MouseButton.LeftButton)
    bens = every_text(screen)
    # His own choice of today is his to see; the teacher's notes about him (and a reflection's words) never.
    for other in ("Amira", "Haddad", "Chloé", *(s for s in SECRETS if s != "SECRET-BEN-CHOICE")):
        assert other not in bens, other
    dialog = screen.ask_pin()
    qtbot.addWidget(dialog)
    assert "Amira" not in every_text(dialog)
    assert "Hello, Ben" not in every_text(screen) and screen.cards == []  # the PIN clears the student away


def test_typing_a_name_and_enter_checks_in_without_a_mouse(qtbot, backend, room) -> None:
    screen = open_screen(qtbot, backend, room)
    qtbot.keyClicks(screen.search, "ch")
    qtbot.keyClick(screen.search, Qt.Key.Key_Return)
    assert screen.card is not None and screen.card.first_name == "Chloé"


def test_thirty_seconds_idle_goes_back_to_the_names(qtbot, backend, room) -> None:
    screen = open_screen(qtbot, backend, room)
    qtbot.mouseClick(name_button(screen, "Amira H."), Qt.MouseButton.LeftButton)
    assert screen.idle.isActive() and screen.idle.interval() == IDLE_SECONDS * 1000
    screen.idle.timeout.emit()
    assert screen.pages.currentWidget() is screen.names_page and screen.cards == []
    assert "Amira" not in every_text(screen.card_page)


def test_a_personal_code_is_asked_when_turned_on(qtbot, backend, services, room, students) -> None:
    services.checkin.set_up(room.id, codes_on=True)
    services.checkin.set_code(students[0].id, "owl7")
    screen = open_screen(qtbot, backend, room)
    qtbot.mouseClick(name_button(screen, "Amira H."), Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.code_page
    qtbot.keyClicks(screen.code, "cat")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    assert screen.pages.currentWidget() is screen.code_page and "not right" in screen.message.text()
    qtbot.keyClicks(screen.code, "owl7")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    assert screen.pages.currentWidget() is screen.card_page


def test_the_window_goes_only_with_the_teachers_pin(qtbot, backend, services, room) -> None:
    services.checkin.set_up(room.id, pin="2468")
    services.checkin.clock = lambda: 0.0
    window = CheckinWindow(backend, room.id)
    qtbot.addWidget(window)
    window.show()
    assert not window.close()  # Alt+F4 or the close button: refused, the PIN is asked for
    dialog = window.screen_.ask_pin()
    qtbot.addWidget(dialog)
    for _ in range(3):
        qtbot.keyClicks(dialog.pin, "1111")
        dialog.try_pin()
    assert window.isVisible() and "not right" in dialog.message.text()
    qtbot.keyClicks(dialog.pin, "2468")
    dialog.try_pin()
    assert "Too many wrong tries" in dialog.message.text() and window.isVisible()  # even the right one waits
    services.checkin.clock = lambda: 31.0
    with qtbot.waitSignal(window.screen_.unlocked):
        qtbot.keyClicks(dialog.pin, "2468")
        dialog.try_pin()
    assert not window.isVisible()


def test_every_target_is_large_enough_to_touch_and_named(qtbot, backend, room) -> None:
    screen = open_screen(qtbot, backend, room)
    qtbot.mouseClick(name_button(screen, "Amira H."), Qt.MouseButton.LeftButton)
    for widget in screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit):
        if widget.isVisibleTo(screen):
            assert widget.height() >= 44 and widget.width() >= 44, (widget.text(), widget.size())
            assert widget.accessibleName(), widget.text()


def test_switching_class_needs_the_pin_and_shows_the_classes_only_after_it(qtbot, backend, services, room) -> None:
    other = services.roster.create_classroom("8C Art", "Art", "2026-27")
    services.checkin.set_up(room.id, pin="2468")
    window = CheckinWindow(backend, room.id)
    qtbot.addWidget(window)
    window.show()
    dialog = window.screen_.ask_pin()
    qtbot.addWidget(dialog)
    assert "8C Art" not in every_text(dialog)  # a student who taps "Teacher" learns nothing
    qtbot.keyClicks(dialog.pin, "2468")
    dialog.try_pin()
    assert dialog.classes.isVisibleTo(dialog) and "Switch to 8C Art" in every_text(dialog)
    dialog.classes.setCurrentIndex(dialog.classes.findData(other.id))
    dialog.try_pin()
    assert window.screen_.classroom_id == other.id and window.isVisible()
