"""UI fixtures: each panel or dialog is built directly over a temporary database, with an inline lane
(database calls run at once, callbacks follow) and every static dialog call patched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import Lane
from autonomy.ui.words import i18n


@pytest.fixture
def lane(qtbot) -> Lane:  # noqa: ARG001 - qtbot makes sure a QApplication exists
    return Lane(threaded=False)


@pytest.fixture(scope="session")
def catalogue_cache(tmp_path_factory) -> Path:
    """Where the German catalogue is compiled once for the whole run."""
    return tmp_path_factory.mktemp("translations")


@pytest.fixture
def german(qtbot, catalogue_cache: Path):  # noqa: ARG001 - a QApplication must exist
    """The German catalogue installed for one test, and English (and the previous locale) back after it."""
    before = QLocale()
    assert i18n.install_language("de", cache=catalogue_cache) == "de"
    yield
    i18n.remove()
    QLocale.setDefault(before)


@pytest.fixture
def backend(services, lane) -> Backend:
    return Backend.over(services, lane)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class Dialogs:
    """What the app asked of QMessageBox / QFileDialog / QInputDialog, and what to answer."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.open_file = ""
        self.texts: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes

    def message(self, kind: str):
        def show(_parent, title, text, *_args, **_kwargs):
            self.shown.append((kind, title, text))
            return self.answer
        return show


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    recorded = Dialogs()
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorded.message(kind)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(recorded.message("about")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (recorded.open_file, "")))
    def typed(*_args, **_kwargs):
        return (recorded.texts.pop(0), True) if recorded.texts else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typed))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(typed))
    return recorded
