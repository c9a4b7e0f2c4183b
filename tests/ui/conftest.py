"""UI fixtures: each panel or dialog is built directly over a temporary database, with an inline lane
(database calls run at once, callbacks follow) and every static dialog call patched."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from autonomy.core.errors import AutonomyError
from autonomy.ui.app.backend import Backend, OpeningFailed
from autonomy.ui.app.collector import collect_like_the_automatic_collector
from autonomy.ui.app.lane import Lane
from autonomy.ui.words import i18n


class LaneFailures:
    """What lane jobs raised that is not one of the app's typed refusals (AutonomyError): a bug. Without this a
    failing job only shows as a wait for a signal that never comes; with it the test fails with the job's own
    exception and traceback. A test that makes a job fail on purpose takes the failure with `take()`."""

    def __init__(self) -> None:
        self.seen: list[BaseException] = []

    def record(self, error: BaseException) -> None:
        if not isinstance(error, AutonomyError | OpeningFailed):  # (OpeningFailed: reported once, at start-up)
            self.seen.append(error)

    def take(self) -> list[BaseException]:
        taken, self.seen = self.seen, []
        return taken

    def check(self) -> None:
        """Raise the first unexpected failure, with the traceback it had on the lane."""
        if self.seen:
            first = self.seen[0]
            others = f" (and {len(self.seen) - 1} more)" if len(self.seen) > 1 else ""
            where = getattr(first, "__autonomy_traceback__", "")
            self.seen = []
            raise AssertionError(f"a lane job failed{others}: {type(first).__name__}: {first}\n{where}") from first


_in_job = threading.local()  # set while a lane job runs: an inline lane runs its jobs on the GUI thread


@pytest.fixture(autouse=True)
def services_off_the_gui_thread(monkeypatch) -> Iterator[list[str]]:
    """The app reaches the services only in lane jobs (ui/backend.py: at start-up they may still be opening, and
    the GUI thread would wait for them). A read of `backend.services` by the app's UI code on the GUI thread,
    outside a job, fails the test and says where. (The tests' own reads are set-up, and allowed.)"""
    found: list[str] = []
    services = Backend.__dict__["services"]
    assert isinstance(services, property) and services.fget is not None
    read = services.fget

    def guarded(self: Backend) -> Any:
        caller = sys._getframe(1)
        if caller.f_code.co_qualname == "Backend.views" and caller.f_back is not None:
            caller = caller.f_back  # backend.views is backend.services.views: who asked for it
        if (caller.f_globals.get("__name__", "").startswith("autonomy.ui")
                and threading.current_thread() is threading.main_thread() and not getattr(_in_job, "on", False)):
            found.append(f"{caller.f_code.co_filename}:{caller.f_lineno} ({caller.f_code.co_qualname})")
        return read(self)

    monkeypatch.setattr(Backend, "services", property(guarded))
    yield found
    if found:
        places = "\n".join(dict.fromkeys(found))
        raise AssertionError(f"backend.services was read on the GUI thread, outside a lane job, at:\n{places}")


@pytest.fixture(autouse=True)
def lane_failures(monkeypatch) -> Iterator[LaneFailures]:
    """Every lane of the test (inline or threaded, the app's own too) reports its failed jobs here: each one passes
    through `Lane._failed` on the GUI thread, whoever handles it (a batched read's own `on_failure` too)."""
    failures = LaneFailures()
    failed = Lane._failed

    def recorded(self: Lane, error: BaseException, on_failure: Any) -> None:
        failures.record(error)
        failed(self, error, on_failure)

    monkeypatch.setattr(Lane, "_failed", recorded)
    enqueue = Lane._enqueue

    # Each job is marked where it is queued (GUI thread) and runs marked on whichever thread runs it (the check
    # above that the services are reached in jobs only): patching a slot of the lane instead would make Qt call it
    # on the sender's thread.
    def marked(self: Lane, fn: Callable[[], Any], *rest: Any) -> None:
        def job() -> Any:
            was, _in_job.on = getattr(_in_job, "on", False), True
            try:
                return fn()
            finally:
                _in_job.on = was

        enqueue(self, job, *rest)

    monkeypatch.setattr(Lane, "_enqueue", marked)
    yield failures
    failures.check()


@pytest.fixture(autouse=True)
def nothing_left_on_screen(qtbot) -> Iterator[None]:
    """Close every window a test left open (a dialog opened from a closed window stays on screen): the next
    test starts with nothing on screen, whatever ran before it."""
    yield
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.close()


@pytest.fixture(autouse=True)
def garbage_collected_on_the_gui_thread() -> Iterator[None]:
    """As in the app (ui/app/collector.py): while a test's lanes may run, the cycle collector does not run by
    itself (it could start on a lane's thread and delete Qt objects there: a crash in a later test); it runs
    here, on the GUI thread, after the test."""
    threshold = gc.get_threshold()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        collect_like_the_automatic_collector(threshold)
        if was_enabled:
            gc.enable()


@pytest.fixture
def lane(qtbot) -> Lane:  # qtbot makes sure a QApplication exists
    return Lane(threaded=False)


@pytest.fixture(scope="session")
def catalogue_cache(tmp_path_factory) -> Path:
    """Where the German catalogue is compiled once for the whole run."""
    return tmp_path_factory.mktemp("translations")


@pytest.fixture
def german(qtbot, catalogue_cache: Path):  # a QApplication must exist
    """The German catalogue installed for one test, and English (and the previous locale) back after it."""
    before = QLocale()
    assert i18n.install_language("de", cache=catalogue_cache) == "de"
    yield
    i18n.remove()
    QLocale.setDefault(before)


@pytest.fixture
def french(qtbot, catalogue_cache: Path):  # a QApplication must exist
    """The French catalogue installed for one test, and English (and the previous locale) back after it."""
    before = QLocale()
    assert i18n.install_language("fr", cache=catalogue_cache) == "fr"
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
