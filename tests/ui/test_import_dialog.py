"""Roster import: a preview marks bad rows, refuses a bad file, and saves nothing until Import."""

from __future__ import annotations

from autonomy.ui.roster.import_dialog import COL_STATUS, ImportDialog


def make_dialog(qtbot, backend, classroom) -> ImportDialog:
    dialog = ImportDialog(backend, classroom.id, classroom.name)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_marks_bad_rows_and_blocks_import(qtbot, backend, services, classroom, students, tmp_path,
                                                  dialogs) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("name,student id\nDara Nolan,S10\n,S11\nBen Okafor,S12\nEmeka Obi,S13\n", encoding="utf-8")
    dialogs.open_file = str(path)
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.choose_file()
    statuses = [dialog.table.item(r, COL_STATUS).text() for r in range(dialog.table.rowCount())]
    assert len(statuses) == 4
    assert statuses[0].startswith("✓") and statuses[3].startswith("✓")
    assert statuses[1].startswith("✗ line 3")
    assert statuses[2].startswith("✗") and "already in" in statuses[2]
    assert not dialog.import_button.isEnabled()
    assert len(services.roster.students(classroom.id)) == 3  # nothing saved by the preview
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.accept()
    names = {s.name for s in services.roster.students(classroom.id)}
    assert {"Dara Nolan", "Emeka Obi"} <= names and len(names) == 5


def test_a_file_that_is_not_a_roster_is_refused(qtbot, backend, services, classroom, tmp_path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.load_file(path)
    assert "refused" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert services.roster.students(classroom.id) == []


def test_a_clean_file_imports_in_one_undoable_action(qtbot, backend, services, classroom, tmp_path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text("First name,Last name\nDara,Nolan\nEmeka,Obi\n", encoding="utf-8")
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.load_file(path)
    assert dialog.import_button.isEnabled()
    dialog.accept()
    assert len(services.roster.students(classroom.id)) == 2
    services.history.undo()
    assert services.roster.students(classroom.id) == []
