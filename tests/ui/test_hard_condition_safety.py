"""Hard conditions when the GUI opens (`autonomy gui`, its message boxes printed): a database from a newer Autonomy, a
damaged file, a read-only data folder. Each is a dialog naming the problem, exit 1, and the file left as it was."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from autonomy.app import open_services
from autonomy.storage.paths import DATABASE_FILE
from tests.cli.helpers import base_env
from tests.reliability.conftest import read_only_view  # noqa: F401 - the fixture

pytestmark = pytest.mark.sqlite_only


# The GUI in a process of its own (an app that ran and quit leaves Qt's application object no good for later
# tests), with every message box printed instead of waiting for a click.
DRIVER = """
import sys
from PySide6.QtWidgets import QMessageBox

def shown(kind):
    def show(_parent, title, text, *_args, **_kwargs):
        print(f"DIALOG {kind}|{title}|{text}", flush=True)
        return QMessageBox.StandardButton.Ok
    return staticmethod(show)

for kind in ("warning", "critical", "information", "question"):
    setattr(QMessageBox, kind, shown(kind))
from autonomy.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    services = open_services(data)
    room = services.roster.create_classroom("7B")
    student = services.roster.add_student(room.id, "Amira Haddad")
    services.events.log([student.id], "build", "helped_peer", note="saved earlier")
    services.db.close()
    return data


def _open_gui(folder: Path) -> tuple[int, list[tuple[str, str, str]], str]:
    """Exit code, the dialogs shown (kind, title, text) and stderr."""
    done = subprocess.run([sys.executable, "-c", DRIVER, "--data-dir", str(folder), "gui"],
                          env=base_env(folder.parent), capture_output=True, text=True, timeout=120, check=False)
    shown = [tuple(chunk.rstrip("\n").split("|", 2)) for chunk in done.stdout.split("DIALOG ")[1:]]
    return done.returncode, shown, done.stderr


def test_a_newer_database_gets_a_dialog_and_is_left_alone(folder: Path) -> None:
    conn = sqlite3.connect(folder / DATABASE_FILE)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff0000'")
    conn.commit()
    conn.close()
    digest = _digest(folder / DATABASE_FILE)
    code, [(kind, _title, text)], _err = _open_gui(folder)
    assert code == 1
    assert kind == "warning" and "newer version of Autonomy" in text and "ffff0000" in text
    assert _digest(folder / DATABASE_FILE) == digest


def test_a_damaged_database_gets_a_dialog_and_is_left_alone(folder: Path) -> None:
    path = folder / DATABASE_FILE
    data = bytearray(path.read_bytes())
    data[:100] = b"\x13" * 100
    path.write_bytes(bytes(data))
    code, [(kind, _title, text)], _err = _open_gui(folder)
    assert code == 1
    assert kind == "warning" and "damaged" in text and "restore a backup" in text
    assert path.read_bytes() == bytes(data)


def test_a_read_only_data_folder_is_said_and_left_alone(folder: Path, read_only_view) -> None:  # noqa: F811
    """Met when the data folder is first used, before any window: one sentence on stderr, and a message box on a
    real display (app/start.py shows none offscreen, where it could not be answered)."""
    digest = _digest(folder / DATABASE_FILE)
    view = read_only_view(folder)
    code, _shown, err = _open_gui(view)
    assert code == 1
    assert f"The data folder {view} is read-only" in err and "Nothing was changed" in err
    assert _digest(folder / DATABASE_FILE) == digest
