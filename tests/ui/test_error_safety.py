"""An unexpected error shows a short dialog and writes its details to autonomy.log (0600) — never a student's note,
whether the note was in the slot's locals, in the exception's message, or in the parameters of a failed SQL
statement. A damaged database met after opening is worded as such, not as a bug."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy.exc import OperationalError, ProgrammingError

from autonomy import cli
from autonomy.ui.app import errors
from autonomy.ui.app.lane import Lane
from autonomy.ui.roster.log_dialog import LogRequest

NOTE = "Cried in the corridor after the call from her father about the custody hearing"
AGREEMENT = "She will tell me when it gets too much and take ten minutes in the library"
WORDS = "I just want everyone to stop asking"


def _log_text(tmp_path) -> str:
    path = tmp_path / "autonomy.log"
    assert path.stat().st_mode & 0o777 == 0o600
    return path.read_text(encoding="utf-8")


def _no_free_text(text: str) -> None:
    for secret in (NOTE, AGREEMENT, WORDS):
        for start in range(0, len(secret) - 12, 6):  # not even a fragment of it
            assert secret[start:start + 12] not in text, secret[start:start + 12]


@pytest.fixture
def hook(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.configure_log(tmp_path)
    errors.install_excepthook()
    yield
    errors.configure_log(tmp_path.parent)  # let go of this test's file


def test_an_exception_in_a_slot_with_a_note_in_its_locals_and_message(qtbot, tmp_path, dialogs, hook) -> None:
    button = QPushButton()
    qtbot.addWidget(button)

    def save_note() -> None:
        note = NOTE
        request = LogRequest(kind="build", category="helped_peer", note=note)
        agreement = {"agreement": AGREEMENT, "student_words": WORDS}
        raise RuntimeError(f"could not save {request.note!r} for {agreement}")

    button.clicked.connect(save_note)
    button.click()  # PySide6 hands the exception to sys.excepthook
    [(kind, title, text)] = dialogs.shown
    assert kind == "critical" and title == "Something went wrong" and str(tmp_path / "autonomy.log") in text
    logged = _log_text(tmp_path)
    assert "RuntimeError" in logged and "save_note" in logged and "Traceback" in logged
    _no_free_text(logged)


def test_a_lane_job_that_fails_with_a_note_in_hand(qtbot, tmp_path, dialogs, hook, lane_failures) -> None:
    lane = Lane(threaded=False)
    lane.failed.connect(lambda error: errors.report(None, error))

    def job() -> None:
        request = LogRequest(kind="build", category="helped_peer", note=NOTE)
        raise ValueError("refused: " + request.note.upper().lower())

    lane.write(job)
    assert [type(e) for e in lane_failures.take()] == [ValueError]  # on purpose
    assert dialogs.shown[-1][0] == "critical"
    logged = _log_text(tmp_path)
    assert "ValueError" in logged
    _no_free_text(logged)


def test_sql_parameters_never_reach_the_log(qtbot, tmp_path, dialogs, hook) -> None:
    error = ProgrammingError("INSERT INTO trust_events (note) VALUES (?)", (NOTE,), sqlite3.ProgrammingError("x"))
    errors.report(None, error)
    logged = _log_text(tmp_path)
    assert "INSERT INTO trust_events" in logged and "parameters left out" in logged
    _no_free_text(logged)


def test_a_damaged_page_found_after_opening_is_worded_not_a_bug(qtbot, tmp_path, dialogs, hook) -> None:
    error = OperationalError("SELECT * FROM trust_events", {}, sqlite3.DatabaseError("database disk image is "
                                                                                    "malformed"))
    errors.report(None, error)
    [(kind, title, text)] = dialogs.shown
    assert kind == "critical" and title == "That was not saved"
    assert "damaged" in text and "Restore from backup" in text


@dataclass
class _Args:
    data_dir: str
    command: str = "export"


def test_the_command_line_crash_log_has_no_notes(tmp_path, monkeypatch, capsys) -> None:
    from autonomy.cli import commands

    def crash(_args) -> int:
        note = NOTE
        raise KeyError(note)

    monkeypatch.setattr(commands, "run_export", crash)
    folder = tmp_path / "data"
    assert cli.main(["--data-dir", str(folder), "export"]) == 1
    err = capsys.readouterr().err
    assert "unexpected problem" in err and str(folder / "autonomy.log") in err
    logged = _log_text(folder)
    assert "KeyError" in logged
    _no_free_text(logged)
