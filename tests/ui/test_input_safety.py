"""Hostile input in the GUI: every roster file of the corpus, a 20,001-character note, a 50,000-row roster and a
full disk while logging. Each gets a message naming the problem; the database stays byte for byte as it was;
what the teacher typed stays in the dialog so they can retry."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event

from autonomy.ui.roster.import_dialog import COL_STATUS, ImportDialog
from autonomy.ui.roster.panel import RosterPanel
from tests.cli.test_roster import ACCEPTED, REFUSED, WHOLE_FILE

ROSTERS = Path(__file__).parent.parent / "cli" / "corpus" / "roster"
NOTE = "Told me about the trouble at home; asked me to keep it between us. " * 300  # 20,100 characters


def _state(services) -> tuple[str, dict]:
    """The database's bytes (the file and its write-ahead log) and what an export says is in it."""
    path = services.db.path
    data = b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal") if Path(f"{path}{s}").exists())
    doc = json.loads(services.exchange.write_json(services.exchange.export_document(), None) or "")
    doc.pop("exported_at")
    return hashlib.sha256(data).hexdigest(), doc


def _dialog(qtbot, backend, classroom) -> ImportDialog:
    dialog = ImportDialog(backend, classroom.id, classroom.name)
    qtbot.addWidget(dialog)
    return dialog


# --- roster files ----------------------------------------------------------------------------------------------


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_every_hostile_roster_is_refused_with_a_message_and_nothing_changes(qtbot, backend, services, classroom,
                                                                           students, dialogs, name) -> None:
    before = _state(services)
    dialog = _dialog(qtbot, backend, classroom)
    dialog.load_file(ROSTERS / name)
    statuses = [dialog.table.item(r, COL_STATUS).text() for r in range(dialog.table.rowCount())]
    if name in WHOLE_FILE:
        [(kind, title, text)] = dialogs.shown
        assert kind == "warning" and title == "Not imported" and name in text
        expected = REFUSED[name]
    else:
        # Row problems: each bad row is marked in the preview, and Import stays off until the teacher chooses
        # to skip them. (The message for the whole file, "N of M rows", is the command line's wording.)
        expected = tuple(n for n in REFUSED[name] if n.startswith("line"))
        assert "row(s) have problems" in dialog.summary.text()
    shown = "\n".join(statuses + [dialog.summary.text()] + [t for _k, _t, t in dialogs.shown])
    for needle in expected:
        assert needle.split(" (")[0].lower() in shown.lower(), (needle, shown)
    assert not dialog.import_button.isEnabled()
    dialog.accept()  # Enter on a disabled Import does nothing
    assert _state(services) == before


@pytest.mark.sqlite_only
@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_every_readable_roster_previews_its_students(qtbot, backend, services, classroom, dialogs, name) -> None:
    before = _state(services)
    dialog = _dialog(qtbot, backend, classroom)
    dialog.load_file(ROSTERS / name)
    assert not dialogs.shown
    names = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert names == set(ACCEPTED[name])
    assert _state(services) == before  # the preview saved nothing
    dialog.accept()
    assert {s.name for s in services.roster.students(classroom.id)} == set(ACCEPTED[name])


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_a_50000_row_roster_with_one_bad_row_is_refused_and_a_clean_one_imports(qtbot, backend, services,
                                                                                classroom, dialogs,
                                                                                tmp_path) -> None:
    rows = [f"Student {n:05d},{n}" for n in range(1, 50_001)]
    bad = tmp_path / "big-bad.csv"
    bad.write_text("Name,Student ID\n" + "\n".join(rows[:-1] + [",50000"]) + "\n", encoding="utf-8")
    before = _state(services)
    dialog = _dialog(qtbot, backend, classroom)
    dialog.load_file(bad)
    assert dialog.summary.text() == ("49999 student(s) can be added; 1 row(s) have problems. Nothing is saved "
                                     "until you import.")
    assert dialog.table.item(dialog.table.rowCount() - 1, COL_STATUS).text() == "✗ line 50001: the name is empty"
    assert not dialog.import_button.isEnabled()
    dialog.accept()
    assert _state(services) == before

    good = tmp_path / "big-good.csv"
    good.write_text("Name,Student ID\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = _dialog(qtbot, backend, classroom)
    dialog.load_file(good)
    assert dialog.summary.text() == "50000 student(s) will be added."
    dialog.accept()
    assert len(services.roster.students(classroom.id)) == 50_000
    assert not dialogs.shown


# --- the log dialog ------------------------------------------------------------------------------------------


def _open_log(qtbot, backend, classroom, students):
    panel = RosterPanel(backend)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_classroom(classroom.id)
    panel.select_ids([s.id for s in students])
    dialog = panel.open_log("build")
    assert dialog is not None and dialog.isVisible()
    return panel, dialog


@pytest.mark.sqlite_only
def test_a_20001_character_note_is_refused_in_the_dialog_and_kept(qtbot, backend, services, classroom,
                                                                    students) -> None:
    before = _state(services)
    _panel, dialog = _open_log(qtbot, backend, classroom, students)
    note = NOTE[:20_000] + "!"  # 20,001 characters, nothing to trim
    dialog.note.setText(note)
    qtbot.keyClick(dialog.categories, Qt.Key.Key_Return)
    assert dialog.isVisible(), "the dialog closed and took the note with it"
    assert dialog.note.text() == note
    assert dialog.error.isVisible() and "20,001 characters long; the limit is 20,000" in dialog.error.text()
    assert _state(services) == before

    # The service refuses it too (another way in): the same dialog shows its message.
    request = dialog.request()
    assert request is not None
    _panel.log([s.id for s in students], request, dialog)
    assert dialog.isVisible() and dialog.note.text() == note and "20,000" in dialog.error.text()
    assert _state(services) == before

    # Shortened, it is saved and the dialog closes.
    dialog.note.setText(note[:20_000])
    qtbot.keyClick(dialog.categories, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert {e.note for e in services.events.for_classroom(classroom.id)} == {note[:20_000].strip()}


def _fill_the_disk(db):
    """Every new connection may not grow the file by a single page: SQLite's own "database or disk is full"."""
    def no_room(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", no_room)
    db.engine.dispose()
    return no_room


@pytest.mark.sqlite_only
def test_a_full_disk_keeps_the_dialog_open_with_the_note_then_the_retry_saves(qtbot, backend, services, classroom,
                                                                              students) -> None:
    services.events.log([students[0].id], "build", "helped_peer", note="saved before the disk filled")
    _panel, dialog = _open_log(qtbot, backend, classroom, students)
    full = _fill_the_disk(services.db)
    before = _state(services)
    dialog.note.setText(NOTE[:15_000])
    qtbot.keyClick(dialog.categories, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.note.text() == NOTE[:15_000]
    assert "disk is full" in dialog.error.text() and "nothing was saved" in dialog.error.text()
    assert dialog.log_button.isEnabled()
    assert _state(services) == before
    assert [e.note for e in services.events.for_classroom(classroom.id)] == ["saved before the disk filled"]

    event.remove(services.db.engine, "connect", full)
    services.db.engine.dispose()  # space was freed
    dialog.log_button.click()
    assert not dialog.isVisible()
    assert sorted(e.note for e in services.events.for_classroom(classroom.id)) == sorted(
        ["saved before the disk filled"] + [NOTE[:15_000].strip()] * len(students))
