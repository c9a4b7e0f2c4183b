"""The window's composition and what it remembers; the screenshot mode of `autonomy gui`."""

from __future__ import annotations

import argparse
import sys

from autonomy.ui.app.window import MainWindow


def test_window_remembers_the_last_classroom(qtbot, backend, services, settings, classroom, students) -> None:
    other = services.roster.create_classroom("8A History")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=2000):
        window.attach(backend)
    assert window.roster.classroom_id == classroom.id  # alphabetical first
    window.roster.set_classroom(other.id)
    assert "8A History" in window.windowTitle()
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.attach(backend)
    assert again.roster.classroom_id == other.id


def test_selecting_one_student_opens_the_panel(qtbot, backend, settings, classroom, students) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend)
    window.show()
    window.roster.select_ids([students[1].id])
    assert window.detail.isVisible()
    assert window.detail.student_id == students[1].id
    assert window.detail.name.text() == "Ben Okafor"


def test_every_control_has_an_accessible_name(qtbot, backend, settings, classroom, students) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend)
    for kind in (QComboBox, QLineEdit, QCheckBox):
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window) and not isinstance(widget.parent(), QComboBox):
                assert widget.accessibleName(), widget


def args(data_dir, view: str, shot) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), database_url=None, screenshot=str(shot), view=view,
                              classroom=None)


def test_screenshot_of_a_student_and_an_unknown_one(qtbot, services, classroom, students, data_dir, tmp_path,
                                                   monkeypatch, capsys) -> None:
    from autonomy.ui.app.start import run

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shot = tmp_path / "student.png"
    assert run(args(data_dir, "student:Ben Okafor", shot)) == 0
    assert shot.stat().st_size > 10_000
    assert run(args(data_dir, "student:Nobody", tmp_path / "no.png")) == 1
    assert "There is no student called “Nobody”" in capsys.readouterr().err
    assert not (tmp_path / "no.png").exists()
    assert run(args(data_dir, "coach", tmp_path / "coach.png")) == 0  # the coach screen (autonomy/ui/coach)
    assert (tmp_path / "coach.png").stat().st_size > 10_000


def test_the_roster_is_on_screen_before_the_services_open(qtbot, services, classroom, students, data_dir, tmp_path,
                                                          monkeypatch) -> None:
    """Start-up (ui/app/start.py): the roster read at a glance is shown first; SQLAlchemy's services open behind it."""
    from autonomy import app
    from autonomy.ui.app.start import run

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    services.events.log([students[0].id], "build", "helped_peer")
    shown: list = []
    real_attach, real_open = MainWindow.attach, app.open_services

    def attach(window, backend, classroom_id="", first=None):  # type: ignore[no-untyped-def]
        shown.append(window)
        real_attach(window, backend, classroom_id, first)

    def open_services(*given, **options):  # type: ignore[no-untyped-def]
        # On the lane: what is on screen when the services start opening.
        window = shown[0] if shown else None
        lines = window.roster.model.lines() if window is not None and window.roster is not None else []
        when_opening.extend((line.name, line.builds_today) for line in lines)
        return real_open(*given, **options)

    when_opening: list = []
    monkeypatch.setattr(MainWindow, "attach", attach)
    monkeypatch.setattr(app, "open_services", open_services)
    shot = tmp_path / "roster.png"
    assert run(args(data_dir, "roster", shot)) == 0
    assert when_opening == [("Amira Haddad", 1), ("Ben Okafor", 0), ("Chloé Dubois", 0)]
    assert shot.stat().st_size > 10_000  # and the rest (suggestion badges) came once the services were open


def test_a_failed_opening_is_reported_once(qtbot, settings, lane, monkeypatch) -> None:
    """Jobs queued behind an opening that failed raise OpeningFailed; the start-up reported the failure, so the
    window does not report it again for each of them (one dialog, not three)."""
    import pytest

    from autonomy.core.errors import StorageError
    from autonomy.ui.app import errors
    from autonomy.ui.app.backend import Backend, OpeningFailed

    backend = Backend.opening(lane)
    backend.opening_failed(StorageError("The data folder is read-only."))
    with pytest.raises(OpeningFailed, match="read-only"):
        backend.services  # noqa: B018 - the property is what is tested
    reported: list = []
    monkeypatch.setattr(errors, "report", lambda _parent, error: reported.append(error))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window._job_failed(OpeningFailed("The data folder is read-only."))
    window._job_failed(ValueError("a bug"))
    assert [type(error) for error in reported] == [ValueError]


def test_editing_the_selected_student_opens_its_form_and_saves_it(qtbot, backend, services, settings, classroom,
                                                                   students) -> None:
    """Edit > Student: the student is read on the lane, the form opens with it, and saving reaches the roster."""
    from autonomy.ui.setup.student_classroom_forms import FormDialog

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend)
    window.show()
    window.roster.select_ids([students[1].id])
    window.edit_student()
    form = next(w for w in window.findChildren(FormDialog) if w.isVisible())
    assert form.fields["name"].text() == "Ben Okafor"
    form.fields["name"].setText("Ben O.")
    with qtbot.waitSignal(form.saved, timeout=2000):
        form.accept()
    assert services.roster.student(students[1].id).name == "Ben O."


def test_the_title_follows_a_renamed_class(qtbot, backend, services, settings, classroom, students) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=2000):
        window.attach(backend)
    assert window.windowTitle() == f"{classroom.name} — Autonomy"
    backend.lane.write(lambda: services.roster.edit_classroom(classroom.id, name="7B Science, renamed"))
    qtbot.waitUntil(lambda: window.windowTitle() == "7B Science, renamed — Autonomy", timeout=2000)
