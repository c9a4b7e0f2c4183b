"""Students, classrooms, ladders and the event catalogue, each edited through its own dialog."""

from __future__ import annotations

from autonomy.ui.setup.student_classroom_forms import classroom_dialog, student_dialog
from autonomy.ui.setup.vocabulary_dialogs import CatalogueDialog, LadderDialog


def test_add_student_and_a_refused_name_stays_in_the_dialog(qtbot, backend, services, classroom) -> None:
    dialog = student_dialog(backend, classroom.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["name"].setText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text() == "Type the student’s name first."
    dialog.fields["name"].setText("Dara Nolan")
    dialog.fields["external_id"].setText("S42")
    dialog.accept()
    assert not dialog.isVisible()
    [student] = services.roster.students(classroom.id)
    assert (student.name, student.external_id) == ("Dara Nolan", "S42")


def test_edit_student_and_classroom(qtbot, backend, services, classroom, students) -> None:
    dialog = student_dialog(backend, classroom.id, students[0])
    qtbot.addWidget(dialog)
    dialog.fields["notes"].setPlainText("Prefers the quiet corner")
    dialog.accept()
    assert services.roster.student(students[0].id).notes == "Prefers the quiet corner"
    edit = classroom_dialog(backend, classroom)
    qtbot.addWidget(edit)
    edit.fields["name"].setText("7B Biology")
    edit.accept()
    assert services.roster.find_classroom(classroom.id).name == "7B Biology"
    new = classroom_dialog(backend)
    qtbot.addWidget(new)
    new.fields["name"].setText("9C Art")
    new.accept()
    assert {c.name for c in services.roster.classrooms()} == {"7B Biology", "9C Art"}


def test_ladder_rename_and_custom_dimension(qtbot, backend, services, dialogs) -> None:
    dialog = LadderDialog(backend)
    qtbot.addWidget(dialog)
    dialog.dimension.setCurrentIndex(dialog.dimension.findData("workspace"))
    dialog.table.item(1, 0).setText("A few spots")
    dialog.table.item(1, 1).setText("Picks from three agreed places.")
    assert dialog.changes() == [(1, "A few spots", "Picks from three agreed places.")]
    dialog.save()
    workspace = next(d for d in services.levels.dimensions() if d.key == "workspace")
    assert workspace.levels[1].name == "A few spots"
    dialogs.texts = ["Who they work with", "Assigned partner: Given by the teacher.\nOwn choice: Chooses."]
    dialog.add_dimension()
    custom = next(d for d in services.levels.dimensions() if d.name == "Who they work with")
    assert [lv.name for lv in custom.levels] == ["Assigned partner", "Own choice"]
    assert dialog.dimension.currentData() == custom.key


def test_event_catalogue_add_rename_archive(qtbot, backend, services, dialogs) -> None:
    dialog = CatalogueDialog(backend)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("build"))
    dialog.new_name.setText("Tidied the shared space")
    dialog.add()
    added = next(c for c in services.events.categories() if c.name == "Tidied the shared space")
    assert added.kind == "build"
    group = dialog.tree.topLevelItem(0)
    item = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0) == added.name)
    item.setSelected(True)
    dialogs.texts = ["Tidied up without being asked"]
    dialog.rename()
    assert any(c.name == "Tidied up without being asked" for c in services.events.categories())
    group = dialog.tree.topLevelItem(0)
    item = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0).startswith("Tidied"))
    item.setSelected(True)
    dialog.toggle_archived()
    assert all(c.key != added.key for c in services.events.categories())
