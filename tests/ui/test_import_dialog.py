"""Roster import: a preview marks bad rows, refuses a bad file, and saves nothing until Import; a school system's
export (folder or .zip) lists its classes, and the preview says who is left out and why."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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


# --- school systems' exports: a folder or .zip, one class picked from a list -----------------------------------


FIXTURES = Path(__file__).parents[1] / "fixtures" / "rosters"
SDS_V2 = Path("/work/shared/rosters/sds-v2")


def statuses_of(dialog: ImportDialog) -> list[tuple[str, str]]:
    return [(dialog.table.item(r, 1).text(), dialog.table.item(r, COL_STATUS).text())
            for r in range(dialog.table.rowCount())]


def test_a_bundle_lists_its_classes_and_previews_the_one_picked(qtbot, backend, services, classroom) -> None:
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.load_file(FIXTURES / "oneroster-1.1")
    assert not dialog.sections.isHidden()
    assert [dialog.sections.item(r).text() for r in range(dialog.sections.count())] == [
        "7B Science — 3 student(s) (id cls-1)", "8A History — 1 student(s) (id cls-2)"]  # "(old)": to be deleted
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()  # nothing until a class is picked
    dialog.select_section("cls-1")
    assert "Format: OneRoster 1.1 users.csv, in a OneRoster 1.1 bundle (a folder)." in dialog.format_label.text()
    assert "school id from sourcedId" in dialog.format_label.text()
    assert statuses_of(dialog) == [
        ("Zephrée Gámez", "✓ will be added"), ("Di’Nasia Núñez", "✓ will be added"),
        ("Hélène Laurent", "✓ will be added"), ("Oscar Oldham", "– left out: deleted"),
        ("Priya Shah", "– left out: account disabled"), ("Mina Lee", "– left out: staff")]
    assert dialog.summary.text() \
        == "3 student(s) will be added. Left out, not current students: 1 deleted, 1 account disabled, 1 staff."
    dialog.accept()
    assert {s.name: s.external_id for s in services.roster.students(classroom.id)} == {
        "Zephrée Gámez": "u-101", "Di’Nasia Núñez": "u-102", "Hélène Laurent": "u-103"}
    services.history.undo()  # one undoable step
    assert services.roster.students(classroom.id) == []


def test_a_class_is_picked_with_the_keyboard(qtbot, backend, classroom, tmp_path) -> None:
    path = tmp_path / "clever.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for file in (FIXTURES / "clever").iterdir():
            archive.write(file, file.name)
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.sections)  # the list is where the keys go
    assert dialog.sections_label.buddy() is dialog.sections  # Alt+L comes back to it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert "(a .zip)" in dialog.format_label.text()
    assert statuses_of(dialog) == [("Jun Park", "✓ will be added")]
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()


@pytest.mark.skipif(not SDS_V2.is_dir(), reason="the real Microsoft samples are not here")
def test_an_updated_export_shows_who_is_already_there_and_who_left(qtbot, backend, services, classroom,
                                                                   tmp_path) -> None:
    services.roster.add_student(classroom.id, "Ora Klein", "13001")
    services.roster.add_student(classroom.id, "Left Already", "13999")
    bundle = tmp_path / "sds"
    shutil.copytree(SDS_V2, bundle)
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.load_file(bundle)
    dialog.select_section("11001")
    statuses = dict(statuses_of(dialog))
    assert statuses["Ora Klein"] == "= already in 7B Science"
    assert statuses["Beulah McMillan"] == "✓ will be added"
    assert statuses["Left Already"] == "! no longer in the file (kept in the class)"
    assert "5 student(s) will be added." in dialog.summary.text() and "1 already in the class." in \
        dialog.summary.text()
    dialog.accept()
    names = {s.name for s in services.roster.students(classroom.id)}
    assert len(names) == 7 and "Left Already" in names  # never archived by the import


def test_a_file_without_students_is_refused_saying_what_it_is(qtbot, backend, services, classroom,
                                                              dialogs) -> None:
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.load_file(FIXTURES / "oneroster-1.1" / "orgs.csv")
    assert "holds no students: it looks like an organisations file" in dialog.summary.text()
    assert dialogs.shown[-1][0] == "warning"
    assert not dialog.import_button.isEnabled() and services.roster.students(classroom.id) == []


def test_preferred_names_show_the_legal_name_kept(qtbot, backend, services, classroom) -> None:
    dialog = make_dialog(qtbot, backend, classroom)
    dialog.load_file(FIXTURES / "gibbon-users.csv")
    statuses = dict(statuses_of(dialog))
    assert statuses["Minnie Nguyen"] == "✓ will be added (legal name Nguyen Thi Minh kept in the note)"
    assert statuses["Tom Brown"] == "– left out: staff" and statuses["Lan Nguyen"] == "– left out: guardian"
    assert "Format: Gibbon user export." in dialog.format_label.text()
    dialog.accept()
    notes = {s.name: s.notes for s in services.roster.students(classroom.id)}
    assert notes == {"Minnie Nguyen": "Legal name: Nguyen Thi Minh", "João Ferreira": "Legal name: João Pedro Ferreira"}
