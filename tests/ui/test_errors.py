"""Every error is a dialog and a line in autonomy.log, never a crash."""

from __future__ import annotations

import sys

from autonomy.core.errors import Conflict
from autonomy.ui.app import errors


def test_refusal_is_a_warning_and_a_bug_is_logged(qtbot, tmp_path, dialogs) -> None:
    path = errors.configure_log(tmp_path)
    errors.report(None, Conflict("There is already a classroom called “7B”."))
    assert dialogs.shown[-1] == ("warning", "That was not saved", "There is already a classroom called “7B”.")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        errors.report(None, exc)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "critical" and "boom" in text and str(path) in text
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")


def test_excepthook_shows_a_dialog(qtbot, tmp_path, dialogs, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.configure_log(tmp_path)
    errors.install_excepthook()
    try:
        raise ValueError("unexpected")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert dialogs.shown[-1][0] == "critical"
    assert "ValueError: unexpected" in (tmp_path / "autonomy.log").read_text(encoding="utf-8")
