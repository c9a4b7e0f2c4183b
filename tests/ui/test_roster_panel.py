"""The roster panel on a temporary database: keyboard-only logging, several students at once, the filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from autonomy.core.phrases import english
from autonomy.ui.app.undo import UndoController, UndoNotice
from autonomy.ui.roster.model import ROLE_STUDENT_ID
from autonomy.ui.roster.panel import RosterPanel


def make_panel(qtbot, backend, classroom) -> RosterPanel:
    panel = RosterPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    panel.set_classroom(classroom.id)
    return panel


def make_window_panel(qtbot, backend, settings, classroom) -> RosterPanel:
    """The roster inside the main window, active: B / X / O / C are the window's Log menu shortcuts, the one path
    a key press takes in the app."""
    from autonomy.ui.app.window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.attach(backend, classroom.id)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.roster is not None
    return window.roster


def roster_counts(panel: RosterPanel) -> dict[str, tuple[int, int]]:
    """Today's counts of the class's active students (as `database_counts` reads them)."""
    return {line.name: (line.builds_today, line.breaks_today) for line in panel.model.lines() if line.active}


def database_counts(services, classroom) -> dict[str, tuple[int, int]]:
    names = {s.id: s.name for s in services.roster.students(classroom.id)}
    counts = {name: [0, 0] for name in names.values()}
    import datetime as dt

    from autonomy.services.views import day_start

    for event in services.events.for_classroom(classroom.id, since=day_start(dt.date.today())):
        if event.kind in ("build", "break"):
            counts[names[event.student_id]][0 if event.kind == "build" else 1] += 1
    return {name: (b, x) for name, (b, x) in counts.items()}


def test_keyboard_only_logging_then_undo_keeps_roster_and_database_in_step(qtbot, backend, services, settings,
                                                                            classroom, students) -> None:
    panel = make_window_panel(qtbot, backend, settings, classroom)
    undo = UndoController(backend, UndoNotice())
    table = panel.table
    table.setFocus()
    # Three students by keyboard: the first row, then Shift+Down twice.
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(panel.selected_ids()) == 3
    qtbot.keyClick(table, Qt.Key.Key_B)
    dialog = panel.log_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.categories, Qt.Key.Key_3)  # "Helped a classmate"
    qtbot.keyClick(dialog.categories, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert roster_counts(panel) == {"Amira Haddad": (1, 0), "Ben Okafor": (1, 0), "Chloé Dubois": (1, 0)}
    assert undo.undo_action.isEnabled()
    assert "Helped a classmate" in undo.undo_action.text()

    # One student (the second row) breaks trust: select it alone, X, 1, Enter.
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert panel.selected_names() == ["Ben Okafor"]
    qtbot.keyClick(table, Qt.Key.Key_X)
    dialog = panel.log_dialog
    assert dialog.windowTitle() == "Trust broken"
    qtbot.keyClick(dialog.categories, Qt.Key.Key_1)
    qtbot.keyClick(dialog.categories, Qt.Key.Key_Return)
    assert roster_counts(panel)["Ben Okafor"] == (1, 1)
    assert roster_counts(panel) == database_counts(services, classroom)

    # Undo the last (the break) with the keyboard shortcut's action.
    undo.undo_action.trigger()
    assert roster_counts(panel) == {"Amira Haddad": (1, 0), "Ben Okafor": (1, 0), "Chloé Dubois": (1, 0)}
    assert roster_counts(panel) == database_counts(services, classroom)


def test_logging_several_students_makes_one_event_each_in_one_action(qtbot, backend, services, classroom,
                                                                     students) -> None:
    panel = make_panel(qtbot, backend, classroom)
    panel.select_ids([s.id for s in students])
    dialog = panel.open_log("build")
    dialog.note.setText("Worked in the hallway all period")
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("workspace"))
    dialog.accept()
    events = services.events.for_classroom(classroom.id)
    assert len(events) == 3
    assert len({e.group_id for e in events}) == 1
    assert {e.dimension for e in events} == {"workspace"}
    assert english(services.history.can_undo().label).startswith("Logged ‘Finished what they chose’ for")
    services.history.undo()
    assert services.events.for_classroom(classroom.id) == []


def test_filter_then_enter_selects_the_matches(qtbot, backend, classroom, students) -> None:
    panel = make_panel(qtbot, backend, classroom)
    qtbot.keyClicks(panel.filter, "o")  # Ben Okafor, Chloé Dubois
    qtbot.keyClick(panel.filter, Qt.Key.Key_Return)
    assert sorted(panel.selected_names()) == ["Ben Okafor", "Chloé Dubois"]
    assert panel.table.hasFocus() or not panel.isActiveWindow()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert panel.proxy.rowCount() == 3


def test_nothing_selected_asks_for_a_selection(qtbot, backend, classroom, students) -> None:
    panel = make_panel(qtbot, backend, classroom)
    with qtbot.waitSignal(panel.notice, timeout=1000) as blocker:
        panel.open_log("build")
    assert "Select" in blocker.args[0]


def test_archived_students_hidden_unless_asked(qtbot, backend, services, classroom, students) -> None:
    services.roster.set_student_active(students[0].id, False)
    panel = make_panel(qtbot, backend, classroom)
    visible = [panel.proxy.index(r, 0).data(ROLE_STUDENT_ID) for r in range(panel.proxy.rowCount())]
    assert students[0].id not in visible
    panel.show_archived.setChecked(True)
    assert panel.proxy.rowCount() == 3


def test_classroom_switcher_shows_the_other_class(qtbot, backend, services, classroom, students) -> None:
    other = services.roster.create_classroom("8A History")
    services.roster.add_student(other.id, "Dara Nolan")
    panel = make_panel(qtbot, backend, classroom)
    assert panel.classroom.count() == 2
    with qtbot.waitSignal(panel.classroom_changed, timeout=1000):
        panel.classroom.setCurrentIndex(panel.classroom.findData(other.id))
    assert [line.name for line in panel.model.lines()] == ["Dara Nolan"]


def test_keyboard_only_logging_on_the_demo_data(qtbot, backend, services, settings) -> None:
    """Done-when of issue 3: on the demo data, build for three students and a break for one, undo the last."""
    import datetime as dt

    from autonomy.core.demo import generate_demo

    services.exchange.import_document(generate_demo(seed=7, days=20, today=dt.date.today() - dt.timedelta(days=1)))
    [classroom] = services.roster.classrooms()
    panel = make_window_panel(qtbot, backend, settings, classroom)
    undo = UndoController(backend)
    before = roster_counts(panel)
    assert before == database_counts(services, classroom)
    table = panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(2):
        qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    three = panel.selected_names()
    qtbot.keyClick(table, Qt.Key.Key_B)
    qtbot.keyClick(panel.log_dialog.categories, Qt.Key.Key_2)
    qtbot.keyClick(panel.log_dialog.categories, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    [one] = panel.selected_names()
    qtbot.keyClick(table, Qt.Key.Key_X)
    qtbot.keyClick(panel.log_dialog.categories, Qt.Key.Key_Return)
    after = roster_counts(panel)
    assert all(after[name][0] == before[name][0] + 1 for name in three)
    assert after[one][1] == before[one][1] + 1
    assert after == database_counts(services, classroom)
    undo.undo_action.trigger()
    undone = roster_counts(panel)
    assert undone[one] == (before[one][0] + (1 if one in three else 0), before[one][1])
    assert undone == database_counts(services, classroom)


def test_suggestion_badges_arrive_after_the_roster(qtbot, backend, services, classroom, students) -> None:
    services.events.log([students[1].id], "break", "left_area", severity="serious")
    panel = RosterPanel(backend)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=3000):
        panel.set_classroom(classroom.id)
        # Before the engine answers, no count that would jump once it has (the first paint's).
        assert panel.summary.text() == "3 students · looking for suggestions…"
    waiting = {line.name: line.waiting_kind for line in panel.model.lines() if line.waiting}
    assert list(waiting) == ["Ben Okafor"]
    # Students with suggestions; "waiting" is the suggestions dock's word, for the suggestions themselves.
    assert panel.summary.text() == "3 students · 1 with suggestions"


def test_a_log_and_its_undo_reread_only_the_logged_rows(qtbot, backend, services, classroom, students,
                                                        monkeypatch) -> None:
    """Issues 7 and 15: after a log the panel re-reads the rows of the students it touched, not the roster; the table
    stays sorted and the selection stays. Its undo touches the same students (the Changes of the rows it put back),
    so it re-reads the same rows; a change of the classroom reloads the whole roster."""
    from autonomy.ui.roster.model import COL_BUILDS

    panel = make_panel(qtbot, backend, classroom)
    undo = UndoController(backend, UndoNotice())
    views, reads = backend.views, []
    whole, rows = views.roster, views.roster_lines
    monkeypatch.setattr(views, "roster", lambda *a, **k: reads.append("roster") or whole(*a, **k))
    monkeypatch.setattr(views, "roster_lines",
                        lambda cid, ids, *a, **k: reads.append(tuple(ids)) or rows(cid, ids, *a, **k))
    panel.table.sortByColumn(COL_BUILDS, Qt.SortOrder.DescendingOrder)
    chloe = students[2]
    panel.select_ids([chloe.id])
    with qtbot.waitSignal(panel.loaded, timeout=1000):
        panel.open_log("build").accept()
    assert reads == [(chloe.id,)]
    assert roster_counts(panel) == {"Amira Haddad": (0, 0), "Ben Okafor": (0, 0), "Chloé Dubois": (1, 0)}
    assert roster_counts(panel) == database_counts(services, classroom)
    assert panel.proxy.index(0, 0).data(ROLE_STUDENT_ID) == chloe.id  # re-sorted: the most built first
    assert panel.selected_ids() == [chloe.id]
    assert "3 students" in panel.summary.text()

    reads.clear()
    undo.undo_action.trigger()
    assert reads == [(chloe.id,)]
    assert roster_counts(panel) == database_counts(services, classroom) == {
        "Amira Haddad": (0, 0), "Ben Okafor": (0, 0), "Chloé Dubois": (0, 0)}
    reads.clear()
    backend.lane.write(lambda: services.roster.edit_classroom(classroom.id, name="7B Biology"))
    assert reads == ["roster"]


def test_logging_while_the_services_open_behind_the_first_screen_never_waits_here(qtbot, services, classroom,
                                                                                 students) -> None:
    """At start-up the roster shows a glance while the services still open on the lane (ui/app/start.py): a log asked
    for then is queued on the lane, which finds the services once they are handed over; the GUI thread never
    waits for them."""
    import threading

    from autonomy.services.glance import first_screen
    from autonomy.ui.app.backend import Backend
    from autonomy.ui.app.lane import Lane
    from autonomy.ui.roster.log_dialog import LogRequest

    def hurried() -> None:  # called by whoever is about to wait for the services
        assert threading.current_thread() is not threading.main_thread(), "the GUI thread waited for the services"

    lane = Lane()  # a real worker thread, as in the app
    backend = Backend.opening(lane, hurry=hurried)
    panel = RosterPanel(backend)
    qtbot.addWidget(panel)
    assert services.db.path is not None
    panel.show_first(first_screen(services.db.path))
    assert [line.name for line in panel.model.lines()] == ["Amira Haddad", "Ben Okafor", "Chloé Dubois"]
    panel.log([students[1].id], LogRequest(kind="build", category="helped_peer"))
    assert services.events.for_student(students[1].id) == []  # queued behind the opening
    backend.provide(services)
    qtbot.waitUntil(lambda: len(services.events.for_student(students[1].id)) == 1, timeout=5000)
    qtbot.waitUntil(lambda: panel.model.lines()[1].builds_today == 1, timeout=5000)
    lane.shutdown()


def test_an_empty_class_says_what_to_do_with_import_and_add_buttons(qtbot, backend, services, settings) -> None:
    from autonomy.ui.app.window import MainWindow

    empty = services.roster.create_classroom("8C History", "History", "2026-27")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, empty.id)
    window.show()
    panel = window.roster
    assert panel is not None
    qtbot.waitUntil(panel.empty_guide.isVisible)
    assert panel.table.isHidden() and "No students in this class yet" in panel.empty_text.text()
    assert panel.import_button.isVisible() and panel.add_button.isVisible()
    from autonomy.ui.roster.import_dialog import ImportDialog

    def opened() -> list:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]

    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)  # the import, for this class
    [importing] = opened()
    assert isinstance(importing, ImportDialog)
    importing.close()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # the Add student form
    [form] = opened()
    assert form.windowTitle() == "Add a student"
    form.close()
    # A student added: the roster takes the guidance's place.
    backend.lane.write(lambda: backend.services.roster.add_student(empty.id, "Dara Nowak"))
    qtbot.waitUntil(panel.table.isVisible)
    assert panel.empty_guide.isHidden()
