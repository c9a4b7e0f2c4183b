"""A top-level window's first size fits the screen it opens on (a 1366 × 768 school laptop), title bar included
(the main window and the coach window both ask widgets/screen_fit.py)."""

from __future__ import annotations

from PySide6.QtCore import QRect

from autonomy.ui.widgets import screen_fit


class _Screen:
    def __init__(self, width: int, height: int) -> None:
        self._room = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self._room


def test_a_school_laptop_gets_a_window_that_fits_under_its_panel(qapp, monkeypatch) -> None:
    monkeypatch.setattr(screen_fit.QGuiApplication, "primaryScreen", staticmethod(lambda: _Screen(1366, 740)))
    width, height = screen_fit.first_size()
    assert (width, height) == (1280, 740 - screen_fit.TITLE_BAR_ROOM)


def test_a_large_screen_gets_the_usual_size_and_no_screen_the_same(qapp, monkeypatch) -> None:
    monkeypatch.setattr(screen_fit.QGuiApplication, "primaryScreen", staticmethod(lambda: _Screen(2560, 1400)))
    assert screen_fit.first_size() == screen_fit.FIRST_SIZE
    monkeypatch.setattr(screen_fit.QGuiApplication, "primaryScreen", staticmethod(lambda: None))
    assert screen_fit.first_size() == screen_fit.FIRST_SIZE
