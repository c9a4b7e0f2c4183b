"""Preferences, About and the guide; the backup schedule kept in the settings table."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from autonomy.core.errors import InvalidInput
from autonomy.core.policy import Policy
from autonomy.services.settings import BACKUP_SCHEDULE_KEY, BackupSchedule, SettingsService
from autonomy.ui.setup.preferences_dialog import PreferencesDialog
from autonomy.ui.words import i18n


def test_the_schedule_round_trips_through_the_settings_table(services) -> None:
    store = SettingsService(services.db)
    assert store.backup_schedule() == BackupSchedule(True, 7, 4)  # the default before anything is stored
    store.set_backup_schedule(BackupSchedule(False, 3, 0))
    assert store.get(BACKUP_SCHEDULE_KEY) == {"enabled": False, "daily_keep": 3, "weekly_keep": 0}
    assert store.backup_schedule() == BackupSchedule(False, 3, 0)
    assert services.history.can_undo() is None  # a preference is not classroom work: nothing to undo


def test_a_damaged_schedule_falls_back_to_the_default(services) -> None:
    store = SettingsService(services.db)
    store.put(BACKUP_SCHEDULE_KEY, {"enabled": "yes", "daily_keep": -1}, "test")
    assert store.backup_schedule() == BackupSchedule()


@pytest.mark.parametrize("values", [{"daily_keep": -1}, {"weekly_keep": 366}, {"enabled": 1},
                                    {"daily_keep": 0, "weekly_keep": 0}, {"daily_keep": 2.5}])
def test_a_schedule_refuses_what_makes_no_sense(values) -> None:
    with pytest.raises(InvalidInput):
        BackupSchedule(**values)


def test_preferences_show_and_save_thresholds_and_schedule(qtbot, backend, services, settings, data_dir) -> None:
    dialog = PreferencesDialog(backend, settings)
    qtbot.addWidget(dialog)
    assert dialog.data_folder.text() == str(data_dir)
    assert dialog.policy_fields["step_up_hold_days"].value() == Policy().step_up_hold_days
    assert dialog.policy_fields["class_step_share"].value() == 75
    dialog.policy_fields["step_up_hold_days"].setValue(10)
    dialog.policy_fields["class_step_share"].setValue(80)
    dialog.policy_fields["step_back_on_serious"].setChecked(False)
    dialog.daily_keep.setValue(14)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.accept()
    policy = services.suggestions.policy()
    assert (policy.step_up_hold_days, policy.class_step_share, policy.step_back_on_serious) == (10, 0.8, False)
    assert SettingsService(services.db).backup_schedule() == BackupSchedule(True, 14, 4)
    assert settings.value(i18n.SETTING_KEY) == "de"


def test_an_impossible_threshold_is_explained_and_nothing_is_saved(qtbot, backend, services, settings) -> None:
    dialog = PreferencesDialog(backend, settings)
    qtbot.addWidget(dialog)
    dialog.policy_fields["step_up_build_events"].setValue(2)
    dialog.policy_fields["step_up_distinct_days"].setValue(5)
    dialog.accept()
    assert dialog.problem.isVisibleTo(dialog) and "never" in dialog.problem.text()
    assert services.suggestions.policy() == Policy()


def test_restore_defaults(qtbot, backend, settings) -> None:
    dialog = PreferencesDialog(backend, settings)
    qtbot.addWidget(dialog)
    dialog.policy_fields["check_in_quiet_days"].setValue(30)
    dialog.backup_enabled.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.policy_fields["check_in_quiet_days"].value() == Policy().check_in_quiet_days
    assert dialog.backup_enabled.isChecked() and dialog.daily_keep.isEnabled()


def test_about_names_every_bundled_licence(qtbot) -> None:
    from autonomy import __version__
    from autonomy.ui.app.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = {dialog.parts.item(r, 0).text(): dialog.parts.item(r, 2).text() for r in range(dialog.parts.rowCount())}
    assert "LGPL" in rows["PySide6"] and "LGPL" in rows["Qt"]
    assert rows["SQLAlchemy"] == rows["Alembic"] == rows["platformdirs"] == "MIT"
    assert "PSF" in rows["Python"]
    from PySide6.QtWidgets import QLabel

    assert any(__version__ in label.text() for label in dialog.findChildren(QLabel))
    assert dialog.parts.item(1, 1).text()  # Qt's version is shown


def test_the_guide_explains_levels_and_suggestions(qtbot) -> None:
    from autonomy.ui.app.guide_dialog import GuideDialog

    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for idea in ("Levels", "Step up", "Step back", "Reflect", "Check in", "Class step", "Preferences"):
        assert idea in text


def test_the_menus_open_preferences_guide_and_about(qtbot, backend, settings, classroom, monkeypatch) -> None:
    from autonomy.ui.app.window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, classroom.id)
    texts = {a.text() for m in window.menuBar().actions() for a in m.menu().actions()}
    assert {"&Preferences…", "&Guide", "&About Autonomy"} <= texts
    window.undo_menu_slot.aboutToShow.emit()
    assert window.undo_menu_slot.actions()[-1] is window.preferences_action
    window.show_preferences()
    window.show_guide()
    window.show_about()
    from autonomy.ui.app.about_dialog import AboutDialog
    from autonomy.ui.app.guide_dialog import GuideDialog

    assert window.findChild(PreferencesDialog) and window.findChild(GuideDialog) and window.findChild(AboutDialog)


def test_a_shared_server_is_chosen_in_preferences(qtbot, backend, settings) -> None:
    from autonomy.ui.setup.preferences_dialog import SERVER_URL_KEY

    dialog = PreferencesDialog(backend, settings)
    qtbot.addWidget(dialog)
    assert dialog.server_url.text() == ""
    dialog.server_url.setText("http://not-a-database")
    dialog.accept()
    assert dialog.problem.isVisibleTo(dialog) and "postgresql+psycopg://" in dialog.problem.text()
    assert not settings.value(SERVER_URL_KEY)
    dialog.server_url.setText(" postgresql+psycopg://amy@school/autonomy ")
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.accept()
    assert settings.value(SERVER_URL_KEY) == "postgresql+psycopg://amy@school/autonomy"


def test_the_app_opens_the_server_saved_in_preferences(qtbot, monkeypatch, request, tmp_path) -> None:
    """Start-up passes the saved URL to the services unless --data-dir or --database-url is given."""
    import argparse

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from autonomy.ui.app import start as main

    store = str(tmp_path / "settings.ini")

    class FileSettings(QSettings):  # the app's own settings, in a file of this test's
        def __init__(self, *args) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*(args or (store, QSettings.Format.IniFormat)))

    server = "sqlite:///" + str(tmp_path / "server.sqlite3")
    FileSettings().setValue(main.SERVER_URL_KEY, server)
    opened: list[object] = []

    def fake_open(data_dir, url, **_options):  # type: ignore[no-untyped-def]
        opened.append((data_dir, url))
        raise main.AutonomyError("stop here")

    monkeypatch.setattr(main, "QSettings", FileSettings)
    monkeypatch.setattr("autonomy.app.open_services", fake_open)
    monkeypatch.setattr(main.MainWindow, "save_settings", lambda self: None)
    # The process-wide hook and log file are not what this test is about: they stay the test run's own.
    monkeypatch.setattr(main.errors, "install_excepthook", lambda: None)
    monkeypatch.setattr(main.errors, "configure_log", lambda _folder: None)
    # Closing the window would also post a Quit event (the last window closed) that outlives the app's loop: run
    # by a later processEvents() it would end every event loop of the tests after this one.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    request.addfinalizer(lambda: app.setQuitOnLastWindowClosed(quits))
    app.setQuitOnLastWindowClosed(False)
    for given_dir, expected in ((None, server), (str(tmp_path / "data"), None)):
        args = argparse.Namespace(view="roster", screenshot=None, data_dir=given_dir, database_url=None,
                                  classroom=None)
        # The refused opening ends the app's loop by itself; this only keeps a broken start from hanging the
        # run. A timer object, stopped afterwards: a bare singleShot would quit the event loop of a later test.
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(QApplication.quit)
        guard.start(10_000)
        try:
            code = main.run(args)
        finally:
            guard.stop()
        assert code == 1  # ended by the refused opening (the guard would have ended it with 0)
        assert opened[-1] == (given_dir, expected)


def test_preferences_speak_a_teacher_s_words(qtbot, backend, settings) -> None:
    """The server address sits apart, for the school's administrator; no command a teacher would have to type
    where the menus do it (File, Restore from backup)."""
    from PySide6.QtWidgets import QLabel

    dialog = PreferencesDialog(backend, settings)
    qtbot.addWidget(dialog)
    assert dialog.admin_box.isAncestorOf(dialog.server_url)
    assert "administrator" in dialog.admin_box.title()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    texts += dialog.server_url.placeholderText() + dialog.server_url.accessibleDescription()
    assert "autonomy restore" not in texts and "postgresql+psycopg" not in texts
    assert "File, Restore from backup" in texts


def test_a_new_language_says_it_shows_after_a_restart(qtbot, backend, settings, classroom) -> None:
    from autonomy.ui.app.window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, classroom.id)
    window.show_preferences()
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled(), timeout=2000)
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.language_note.isVisibleTo(dialog)  # said before saving
    with qtbot.waitSignal(dialog.language_changed, timeout=2000):
        dialog.accept()
    assert "next time Autonomy starts" in window.statusBar().currentMessage()  # and after
    assert settings.value(i18n.SETTING_KEY) == "de"
