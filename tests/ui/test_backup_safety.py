"""File ▸ Back up now… and Restore from backup… in the GUI: a restored backup shows and exports exactly what was
backed up; a file that is no backup, or a No to the question, changes nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from autonomy.ui.app import backup_actions
from autonomy.ui.app.window import MainWindow
from autonomy.ui.roster.panel import RosterPanel

pytestmark = pytest.mark.sqlite_only


def _content(services) -> dict:
    doc = json.loads(services.exchange.write_json(services.exchange.export_document(), None) or "")
    doc.pop("exported_at")
    return doc


def _digest(services) -> str:
    path = services.db.path
    return hashlib.sha256(b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal")
                                   if Path(f"{path}{s}").exists())).hexdigest()


@pytest.fixture
def panel(qtbot, backend, classroom, students) -> RosterPanel:
    panel = RosterPanel(backend)
    qtbot.addWidget(panel)
    panel.set_classroom(classroom.id)
    return panel


def test_back_up_now_then_restore_shows_and_exports_what_was_backed_up(qtbot, backend, services, classroom,
                                                                      panel, dialogs, monkeypatch,
                                                                      tmp_path) -> None:
    target = tmp_path / "mine.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    said: list[str] = []
    services.events.log([s.id for s in services.roster.students(classroom.id)], "build", "helped_peer",
                        note="kept in the backup")
    backup_actions.back_up_now(backend, panel, said.append)
    assert target.is_file() and target.stat().st_mode & 0o777 == 0o600
    assert said[-1] == f"Backed up to {target}."
    at_backup = _content(services)

    services.roster.add_student(classroom.id, "Added After")
    panel.reload()
    assert len(panel.model.lines()) == 4

    dialogs.open_file = str(target)
    backup_actions.restore_from_backup(backend, panel, said.append)
    assert [kind for kind, *_ in dialogs.shown] == ["question"]
    assert _content(services) == at_backup
    assert {line.name for line in panel.model.lines()} == {"Amira Haddad", "Ben Okafor", "Chloé Dubois"}
    assert said[-1].startswith("Restored mine.sqlite3.") and "before-restore-" in said[-1]
    kept = list((services.db.path.parent / "backups").glob("before-restore-*.sqlite3"))
    assert len(kept) == 1 and kept[0].stat().st_mode & 0o777 == 0o600
    # The services still work on the restored file (they reconnected).
    services.roster.add_student(classroom.id, "After Restore")
    assert len(services.roster.students(classroom.id)) == 4


def test_no_to_the_question_or_a_file_that_is_no_backup_changes_nothing(qtbot, backend, services, panel, dialogs,
                                                                      monkeypatch, tmp_path) -> None:
    good = tmp_path / "good.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(good), "")))
    backup_actions.back_up_now(backend, panel, lambda _text: None)
    services.roster.add_student(services.roster.classrooms()[0].id, "Kept Student")
    before, digest = _content(services), _digest(services)

    dialogs.open_file, dialogs.answer = str(good), QMessageBox.StandardButton.No
    backup_actions.restore_from_backup(backend, panel, lambda _text: None)
    assert dialogs.shown[-1][0] == "question"
    assert _content(services) == before and _digest(services) == digest

    refused = 0
    for name, body in (("notes.sqlite3", b"Name\nAnn\n"), ("half.sqlite3", good.read_bytes()[:5000]),
                       ("empty.sqlite3", b"")):
        bad = tmp_path / name
        bad.write_bytes(body)
        dialogs.shown.clear()
        dialogs.open_file = str(bad)
        backup_actions.restore_from_backup(backend, panel, lambda _text: None)
        [(kind, title, text)] = dialogs.shown  # one warning, no question
        assert kind == "warning" and title == "Not restored" and name in text
        assert _content(services) == before and _digest(services) == digest
        refused += 1
    assert refused == 3
    assert not list((services.db.path.parent / "backups").glob("before-restore-*"))


def test_the_file_menu_offers_both(qtbot, settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Back up now…" in texts and "Restore from bac&kup…" in texts
