"""What the teacher sees of the students' check-in: the roster marks their own choices, the student panel shows
their self-ratings beside the level (never averaged) with the trend and takes back a wrong check-in (undoable),
the reflection dialog shows the latest check-in ratings with their sentences, the ladder editor both texts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from autonomy.services.checkin import ChoiceRequest, RatingRequest
from autonomy.ui.reflection.context import load_conversation
from autonomy.ui.reflection.dialog import ReflectionDialog
from autonomy.ui.roster.model import COL_CHOICES, RosterModel
from autonomy.ui.setup.vocabulary_dialogs import LadderDialog
from autonomy.ui.student.panel import FILTER_CHOICES, DetailPanel


def checked_in(services, classroom, student) -> None:
    services.levels.change_level(student.id, "workspace", 1, reason="settled")
    services.checkin.save(classroom.id, student.id, ratings=[RatingRequest("workspace", 1, "Still learning")])
    services.checkin.ask_for_rating(student.id)
    services.checkin.save(classroom.id, student.id, [ChoiceRequest("workspace", "Spots in the room", 1)],
                          [RatingRequest("workspace", 2, "Ready for outside")])


def test_the_roster_marks_choices_the_student_made(services, classroom, students) -> None:
    checked_in(services, classroom, students[0])
    services.choices.record(students[0].id, "pacing", "Teacher's pace")
    model = RosterModel()
    model.set_rows(services.views.roster(classroom.id), [])
    row = model.row_of(students[0].id)
    cell = model.index(row, COL_CHOICES)
    assert cell.data() == "2 (1 own)"
    assert "made by the student at the check-in" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_the_panel_shows_their_view_beside_the_level_and_takes_back_a_wrong_check_in(
        qtbot, backend, services, classroom, students) -> None:
    amira = students[0]
    checked_in(services, classroom, amira)
    panel = DetailPanel(backend)
    qtbot.addWidget(panel)
    panel.show_student(amira.id)
    texts = " ".join(w.text() for w in panel.findChildren(QLabel))
    assert "Their own view" in texts and "2 · Just outside, in sight, up from 1" in texts
    assert "“Ready for outside”" in texts
    assert services.levels.level_of(amira.id, "workspace") == 1  # beside it, never averaged into it
    panel.kind_filter.setCurrentIndex(FILTER_CHOICES)
    item = panel.events.topLevelItem(0)
    assert "chosen at the check-in" in item.text(1)
    item.setSelected(True)
    panel.delete_selected()
    assert services.choices.for_student(amira.id) == []
    assert "Took back" in services.history.undo().label
    assert [c.by for c in services.choices.for_student(amira.id)] == ["student"]


def test_the_reflection_dialog_shows_the_latest_check_in_ratings_and_words(qtbot, backend, services, classroom,
                                                                          students) -> None:
    amira = students[0]
    checked_in(services, classroom, amira)
    loaded: list = []
    backend.lane.run(lambda: load_conversation(backend, amira.id), loaded.append)
    dialog = ReflectionDialog(backend, loaded[0])
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert "At the check-in" in texts
    assert any("Ready for outside" in t and t.startswith("2 ·") for t in texts)


def test_the_ladder_editor_shows_both_texts_and_saves_the_students(qtbot, backend, services) -> None:
    dialog = LadderDialog(backend)
    qtbot.addWidget(dialog)
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("workspace"))
    assert dialog.table.columnCount() == 4
    assert dialog.table.item(3, 1).text().startswith("May work anywhere along the hallway")
    assert dialog.table.item(3, 2).text() == (
        "I can work anywhere along the hallway, and I check in at the agreed times.")
    dialog.table.item(1, 2).setText("I pick one of the three agreed spots.")
    dialog.table.item(1, 3).setText("Window table; Reading nook")
    assert dialog.student_changes() == [(1, "I pick one of the three agreed spots.", ["Window table", "Reading nook"])]
    assert dialog.changes() == []
    dialog.save()
    words = {(w.dimension, w.rank): w for w in services.levels.student_words()}
    assert words[("workspace", 1)].student_text == "I pick one of the three agreed spots."
    assert words[("workspace", 1)].picks == ("Window table", "Reading nook")


def test_a_check_in_saved_by_another_program_reloads_the_teachers_views(qtbot, backend, services, classroom,
                                                                        students) -> None:
    from autonomy.ui.checkin.watch import CheckinWatcher

    watcher = CheckinWatcher(backend)
    heard: list = []
    backend.lane.data_changed.connect(heard.append)
    watcher.look()
    assert heard == []  # nothing new since the window looked
    services.checkin.save(classroom.id, students[0].id, [ChoiceRequest("workspace", "Assigned seat", 0)])
    watcher.look()  # (as when the window becomes active again)
    assert len(heard) == 1 and heard[0].everything
