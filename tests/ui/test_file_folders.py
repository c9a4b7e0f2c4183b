"""File dialogs open in the teacher's Documents folder, then in the folder they used last (kept in the window's
settings), never in the folder the app was started from."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from autonomy.ui.coach import jobs
from autonomy.ui.widgets import folders


def test_the_report_dialog_opens_in_documents_then_in_the_last_folder(qtbot, settings, tmp_path, monkeypatch):
    owner = QWidget()
    owner.settings_for_sizes = settings  # as the main window has them
    qtbot.addWidget(owner)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(folders, "documents", lambda: documents)
    monkeypatch.chdir(tmp_path)
    asked: list[str] = []
    chosen = tmp_path / "reports" / "7B report.pdf"
    chosen.parent.mkdir()

    def save(_parent, _title, where, _filter, *_rest):
        asked.append(where)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    assert jobs.ask_report_path(owner, "7B", False) == chosen
    assert asked[0] == str(documents / "7B report.pdf")
    assert jobs.ask_export_path(owner, False, False) is not None
    assert asked[1] == str(chosen.parent / "autonomy-export.json")
    assert not any(where.startswith(os.getcwd() + os.sep + "7B") for where in asked)


def test_without_a_documents_folder_it_is_the_home_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(folders.QStandardPaths, "writableLocation", staticmethod(lambda _kind: str(tmp_path / "no")))
    assert folders.documents() == Path.home()
    assert folders.start_in(None, "x.pdf") == str(Path.home() / "x.pdf")
