"""Recording today's choices: ladder picks, free text, and the mark when a pick goes beyond the level."""

from __future__ import annotations

import datetime as dt

from autonomy.ui.roster.choices_dialog import ChoicesDialog, start_choices


def test_choice_beyond_the_level_is_marked_and_recorded(qtbot, backend, services, classroom, students) -> None:
    student = students[0]
    services.levels.change_level(student.id, "workspace", 1, reason="settled in")
    opened: list[ChoicesDialog] = []
    start_choices(backend, student.id, None, opened.append)
    [dialog] = opened
    qtbot.addWidget(dialog)
    workspace = dialog.pickers["workspace"]
    workspace.setCurrentIndex(workspace.findData(3))  # "Along the hallway", above level 1
    assert dialog.is_beyond("workspace")
    workspace.setCurrentIndex(workspace.findData(1))
    assert not dialog.is_beyond("workspace")
    workspace.setCurrentIndex(workspace.findData(2))
    dialog.pickers["pacing"].setEditText("Finish the poster by Friday")  # free text
    dialog.accept()
    choices = {c.dimension: c for c in services.choices.for_student(student.id)}
    assert choices["workspace"].choice == "Just outside, in sight"
    assert choices["workspace"].within_level is False
    assert choices["pacing"].choice == "Finish the poster by Friday"
    assert choices["pacing"].within_level is True
    assert choices["pacing"].day == dt.date.today()
    assert "demonstration" not in choices  # an empty line is skipped


def test_recent_choices_are_offered(qtbot, backend, services, classroom, students) -> None:
    services.choices.record(students[1].id, "workspace", "Library corner")
    opened: list[ChoicesDialog] = []
    start_choices(backend, students[0].id, None, opened.append)
    qtbot.addWidget(opened[0])
    picker = opened[0].pickers["workspace"]
    assert picker.findText("Library corner") >= 0


def test_one_save_of_several_dimensions_is_one_undo_step_and_one_notice_naming_all(qtbot, backend, services,
                                                                                 classroom, students) -> None:
    from autonomy.ui.app.undo import UndoController, UndoNotice

    notice = UndoNotice()
    qtbot.addWidget(notice)
    undo = UndoController(backend, notice)
    before = len(services.history.recent(100))
    opened: list[ChoicesDialog] = []
    start_choices(backend, students[1].id, None, opened.append)
    [dialog] = opened
    qtbot.addWidget(dialog)
    dialog.pickers["workspace"].setCurrentIndex(dialog.pickers["workspace"].findData(0))
    dialog.pickers["pacing"].setEditText("Finish the poster by Friday")
    dialog.accept()
    assert len(services.history.recent(100)) == before + 1
    text = notice.label.text()
    assert "‘Finish the poster by Friday’ (Pacing)" in text and "(Workspace)" in text, text
    undo.undo()
    assert services.choices.for_student(students[1].id) == []
