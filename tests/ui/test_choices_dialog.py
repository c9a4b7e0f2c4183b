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
