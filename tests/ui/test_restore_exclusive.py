"""File ▸ Restore from backup… has the database to itself too: it waits for a command-line run using the database
(saying so in the status bar), gives up within the bound with nothing changed, and takes the window's share of
the file back after, so no restore from the command line can start under the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from autonomy.storage.backup import backup_file
from autonomy.storage.lock import WAIT_ENV, DatabaseBusy, DatabaseUse
from autonomy.ui.app import backup_actions

pytestmark = pytest.mark.sqlite_only


def _content(services) -> dict:
    doc = json.loads(services.exchange.write_json(services.exchange.export_document(), None) or "")
    doc.pop("exported_at")
    return doc


def test_the_apps_restore_waits_for_a_command_and_takes_its_share_back(qtbot, backend, services, classroom,
                                                                       dialogs, monkeypatch, tmp_path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    database = services.db.path
    backup = backup_file(database, tmp_path / "backup.sqlite3")
    at_backup = _content(services)
    services.roster.add_student(classroom.id, "Added After The Backup")
    before = _content(services)

    command = DatabaseUse(database).share()  # an `autonomy import` running beside the window
    monkeypatch.setenv(WAIT_ENV, "0.2")
    said: list[str] = []
    dialogs.open_file = str(backup)
    backup_actions.restore_from_backup(backend, parent, said.append)
    [(_q, _title, _text), (kind, title, text)] = dialogs.shown
    assert (kind, title) == ("warning", "Not restored")
    assert "Another Autonomy command was still using this database after 0.2 seconds" in text
    assert said == ["Another Autonomy command is using this database; waiting for it to finish (up to 0.2 "
                    "seconds)…"]
    assert _content(services) == before
    assert not list((database.parent / "backups").glob("before-restore-*"))

    command.release()  # the command has finished: the restore goes ahead
    dialogs.shown.clear()
    backup_actions.restore_from_backup(backend, parent, said.append)
    assert [kind for kind, *_ in dialogs.shown] == ["question"]
    assert said[-1].startswith("Restored backup.sqlite3.")
    assert _content(services) == at_backup
    assert services.db.use is not None and services.db.use.held  # the window's share, back
    with pytest.raises(DatabaseBusy):
        DatabaseUse(database).take_alone()  # a restore from elsewhere would wait for the window


def test_the_apps_restore_refuses_a_doctored_backup(qtbot, backend, services, dialogs, tmp_path) -> None:
    import sqlite3

    parent = QWidget()
    qtbot.addWidget(parent)
    backup = backup_file(services.db.path, tmp_path / "doctored.sqlite3")
    conn = sqlite3.connect(backup)
    conn.execute("CREATE TRIGGER overwrite_notes AFTER INSERT ON students BEGIN UPDATE students SET notes = ''; END")
    conn.commit()
    conn.close()
    before = _content(services)
    dialogs.open_file = str(backup)
    backup_actions.restore_from_backup(backend, parent, lambda _text: None)
    [(kind, title, text)] = dialogs.shown  # refused before the question
    assert (kind, title) == ("warning", "Not restored")
    assert "it carries a trigger named overwrite_notes" in text
    assert _content(services) == before


def test_the_app_does_not_open_while_a_restore_from_the_command_line_runs(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from autonomy.storage.database import open_database
    from autonomy.storage.lock import InstanceLock

    folder = tmp_path / "data"
    open_database(folder).close()
    with InstanceLock(folder, restoring=True):  # what `autonomy restore` holds while it runs
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
        done = subprocess.run([sys.executable, "-m", "autonomy", "--data-dir", str(folder), "gui"],
                              capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 1
    assert f"A backup is being restored into this data folder (process {os.getpid()})" in done.stderr
    assert "Traceback" not in done.stderr
