"""Preferences: where the data is, the language, the suggestion thresholds and the backup schedule.

The thresholds and the schedule live in the database (they belong to the record and travel with it); the
language lives in QSettings (it belongs to this computer). Loaded and saved on the lane; the dialog stays open
until the save is confirmed, so a refused value can be corrected in place.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.errors import AutonomyError
from autonomy.core.policy import Policy
from autonomy.services.settings import MAX_KEEP, BackupSchedule
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.settings_keys import SERVER_URL_KEY
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words import i18n
from autonomy.ui.words.refusals import refusal_text

if TYPE_CHECKING:
    from autonomy.services.bundle import Services


def data_location(services: Services) -> str:
    """The data folder, or the server's address without its password (read on the lane)."""
    db = services.db
    if db.path is not None:
        return str(db.path.parent)
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", str(db.url))


class PreferencesDialog(QDialog):
    saved = Signal()
    language_changed = Signal(str)  # the new preference ("" = the system's); shown after a restart

    def __init__(self, backend: Backend, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Preferences"))
        self._backend = backend
        self._settings = settings
        self._policy = Policy()
        self.policy_fields: dict[str, QSpinBox | QCheckBox] = {}

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.tabs.addTab(self._general_page(), self.tr("&General"))
        self.tabs.addTab(self._suggestions_page(), self.tr("&Suggestions"))
        self.tabs.addTab(self._backups_page(), self.tr("&Backups"))

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setToolTip(self.tr("Put the suggestion thresholds and the backup schedule back to the defaults"))
        defaults.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self._set_enabled(False)
        self.load()

    # --- pages --------------------------------------------------------------------------------------
    def _general_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.data_folder = QLineEdit()  # filled when the lane has read the settings (`load`)
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.data_folder.setAccessibleDescription(self.tr("Where your classes are stored on this computer"))
        self.open_folder = QPushButton(self.tr("&Open"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder.setEnabled(False)
        self._folder: Path | None = None
        self.open_folder.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(self.open_folder)
        folder_label = QLabel(self.tr("&Data folder:"))
        folder_label.setBuddy(self.data_folder)
        form.addRow(folder_label, row)
        # What only a school's administrator sets up: kept apart, in their words, below the teacher's own settings.
        admin = QGroupBox(self.tr("Set up by your school's administrator"))
        admin_form = QFormLayout(admin)
        admin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.server_url = QLineEdit(str(self._settings.value(SERVER_URL_KEY, "") or ""))
        self.server_url.setPlaceholderText(self.tr("Empty: your classes stay on this computer"))
        self.server_url.setAccessibleName(self.tr("Shared server"))
        self.server_url.setAccessibleDescription(
            self.tr("The address of the school's shared server, as your administrator gives it"))
        server_label = QLabel(self.tr("Shared &server:"))
        server_label.setBuddy(self.server_url)
        admin_form.addRow(server_label, self.server_url)
        server_hint = QLabel(self.tr("Only if your school keeps its classes on a shared server: paste the address "
                                     "your administrator gave you. It is used the next time Autonomy starts."))
        server_hint.setWordWrap(True)
        admin_form.addRow("", server_hint)
        folder_hint = QLabel(self.tr("Another data folder: start Autonomy with --data-dir FOLDER."))
        folder_hint.setWordWrap(True)
        admin_form.addRow("", folder_hint)
        self.admin_box = admin

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of the app and of the reflection prompts"))
        system = i18n.choose_language("", i18n.system_languages(), i18n.shipped_languages())
        self.language.addItem(self.tr("Same as the system ({language})").format(
            language=i18n.language_name(system)), "")
        for code in i18n.shipped_languages():
            self.language.addItem(i18n.language_name(code), code)
        preference = str(self._settings.value(i18n.SETTING_KEY, "") or "")
        if preference == i18n.PSEUDO:
            self.language.addItem(i18n.language_name(i18n.PSEUDO), i18n.PSEUDO)
        self.language.setCurrentIndex(max(0, self.language.findData(preference)))
        self.language_note = QLabel(self.tr("The new language shows the next time Autonomy starts."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language.currentData() != preference))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        form.addRow("", self.language_note)
        form.addRow(admin)
        return page

    def _spin(self, key: str, low: int, high: int, label: str, description: str, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setAccessibleName(label.replace("&", "").rstrip(":"))
        spin.setAccessibleDescription(description)
        spin.setToolTip(description)
        self.policy_fields[key] = spin
        return spin

    def _suggestions_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        days = self.tr(" days")
        intro = QLabel(self.tr("Suggestions are careful on purpose: a step up needs steady evidence, a step "
                               "back needs a pattern. Change a number only when the defaults do not fit your "
                               "class."))
        intro.setWordWrap(True)
        form.addRow(intro)
        rows: list[tuple[str, int, int, str, str, str]] = [
            ("step_up_hold_days", 0, 3650, self.tr("&Hold a level at least:"),
             self.tr("Days a student stays at a level before a step up is suggested"), days),
            ("step_up_build_events", 1, 1000, self.tr("Trust-building &moments:"),
             self.tr("Trust-building moments in that area since the last change"), ""),
            ("step_up_distinct_days", 1, 1000, self.tr("… on &different days:"),
             self.tr("The moments must fall on at least this many different days"), ""),
            ("step_up_break_free_days", 0, 3650, self.tr("&No break for:"),
             self.tr("Days without a trust-breaking moment in that area"), days),
            ("step_back_breaks", 1, 1000, self.tr("Step back after &breaks:"),
             self.tr("Trust-breaking moments in one area that suggest a step back"), ""),
            ("step_back_window_days", 1, 3650, self.tr("… &within:"),
             self.tr("The breaks must fall within this many days"), days),
            ("reflect_window_days", 1, 3650, self.tr("&Reflect on breaks up to:"),
             self.tr("Breaks older than this no longer ask for a conversation"), days),
            ("check_in_quiet_days", 1, 3650, self.tr("&Check in after:"),
             self.tr("Days with nothing noted about a student before a check-in is suggested"), days),
            ("class_step_share", 1, 100, self.tr("Class &step at:"),
             self.tr("Share of the class at a level that suggests opening it to everyone"), self.tr(" %")),
            ("today_list", 1, 1000, self.tr("Short &list for today:"),
             self.tr("How many of a class's suggestions, the most urgent first, the suggestions list shows for "
                     "today; the rest are one click away"), self.tr(" per class")),
        ]
        for key, low, high, label, description, suffix in rows:
            spin = self._spin(key, low, high, label, description, suffix)
            text = QLabel(label)
            text.setBuddy(spin)
            form.addRow(text, spin)
        serious = QCheckBox(self.tr("One &serious break is enough for a step back"))
        serious.setAccessibleDescription(self.tr("Suggest a step back after a single serious break"))
        self.policy_fields["step_back_on_serious"] = serious
        form.addRow("", serious)
        return page

    def _backups_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.backup_enabled = QCheckBox(self.tr("&Make a backup once a day"))
        self.backup_enabled.setAccessibleDescription(
            self.tr("A copy of the database is made the first time Autonomy opens each day"))
        self.daily_keep = QSpinBox()
        self.daily_keep.setRange(0, MAX_KEEP)
        self.daily_keep.setAccessibleName(self.tr("Daily backups to keep"))
        self.daily_keep.setAccessibleDescription(self.tr("The newest daily copies kept; older ones are removed"))
        self.weekly_keep = QSpinBox()
        self.weekly_keep.setRange(0, MAX_KEEP)
        self.weekly_keep.setAccessibleName(self.tr("Weekly backups to keep"))
        self.weekly_keep.setAccessibleDescription(self.tr("One copy a week is kept longer, for this many weeks"))
        self.backup_enabled.toggled.connect(self.daily_keep.setEnabled)
        self.backup_enabled.toggled.connect(self.weekly_keep.setEnabled)
        form.addRow(self.backup_enabled)
        daily = QLabel(self.tr("Keep &daily copies:"))
        daily.setBuddy(self.daily_keep)
        weekly = QLabel(self.tr("Keep &weekly copies:"))
        weekly.setBuddy(self.weekly_keep)
        form.addRow(daily, self.daily_keep)
        form.addRow(weekly, self.weekly_keep)
        note = QLabel(self.tr("A backup is also made before every upgrade and every import. To go back to "
                              "one, choose File, Restore from backup."))
        note.setWordWrap(True)
        form.addRow(note)
        return page

    # --- loading and saving ------------------------------------------------------------------------------
    def load(self) -> None:
        backend = self._backend

        def read() -> tuple[Policy, BackupSchedule, str, Path | None]:
            services = backend.services
            return (services.suggestions.policy(), services.settings.backup_schedule(), data_location(services),
                    services.db.path)

        backend.lane.run(read, self._show_loaded, self._failed)

    def _show_loaded(self, loaded: tuple[Policy, BackupSchedule, str, Path | None]) -> None:
        policy, schedule, location, path = loaded
        self.data_folder.setText(location)
        self._folder = path.parent if path is not None else None
        self.open_folder.setEnabled(self._folder is not None)
        self.show_values(policy, schedule)

    def show_values(self, policy: Policy, schedule: BackupSchedule) -> None:
        self._policy = policy
        for key, field in self.policy_fields.items():
            value = getattr(policy, key)
            if isinstance(field, QCheckBox):
                field.setChecked(bool(value))
            elif key == "class_step_share":
                field.setValue(round(float(value) * 100))
            else:
                field.setValue(int(value))
        self.backup_enabled.setChecked(schedule.enabled)
        self.daily_keep.setValue(schedule.daily_keep)
        self.weekly_keep.setValue(schedule.weekly_keep)
        self.daily_keep.setEnabled(schedule.enabled)
        self.weekly_keep.setEnabled(schedule.enabled)
        self._set_enabled(True)

    def restore_defaults(self) -> None:
        self.show_values(Policy(), BackupSchedule())

    def values(self) -> tuple[Policy, BackupSchedule]:
        """What the form says; raises InvalidInput for a combination the rules refuse."""
        changes: dict[str, Any] = {}
        for key, field in self.policy_fields.items():
            if isinstance(field, QCheckBox):
                changes[key] = field.isChecked()
            elif key == "class_step_share":
                changes[key] = field.value() / 100
            else:
                changes[key] = field.value()
        policy = dataclasses.replace(self._policy, **changes)  # keeps any threshold this form does not show
        schedule = BackupSchedule(self.backup_enabled.isChecked(), self.daily_keep.value(), self.weekly_keep.value())
        return policy, schedule

    def accept(self) -> None:
        distinct, moments = self.policy_fields["step_up_distinct_days"], self.policy_fields["step_up_build_events"]
        assert isinstance(distinct, QSpinBox) and isinstance(moments, QSpinBox)  # counts, not switches
        if distinct.value() > moments.value():
            self.tabs.setCurrentIndex(1)
            distinct.setFocus()
            self._show_problem(self.tr("The moments cannot be spread over more days than there are moments: "
                                       "a step up could never be suggested."))
            return
        try:
            policy, schedule = self.values()
        except AutonomyError as exc:
            self._show_problem(refusal_text(exc))
            return
        server = self.server_url.text().strip()
        if server and not server.startswith(("postgresql://", "postgresql+psycopg://", "sqlite:///")):
            self.tabs.setCurrentIndex(0)
            self.server_url.setFocus()
            self._show_problem(self.tr("The shared server's address starts with postgresql+psycopg:// "
                                       "(or leave it empty to use the data folder)."))
            return
        self._settings.setValue(SERVER_URL_KEY, server)
        language = str(self.language.currentData() or "")
        if language != str(self._settings.value(i18n.SETTING_KEY, "") or ""):
            self._settings.setValue(i18n.SETTING_KEY, language)
            self.language_changed.emit(language)
        before = self._policy

        def save(services: Services) -> None:  # one transaction (services/settings.py)
            services.settings.save_preferences(schedule, policy if policy != before else None)

        self._set_enabled(False)
        operations.save_preferences(self._backend, save, initiator=self,
                                    on_success=self._saved, on_failure=self._failed)

    def _saved(self, _result: object) -> None:
        self.saved.emit()
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_enabled(True)
        if isinstance(error, AutonomyError):
            self._show_problem(refusal_text(error))
        else:
            errors.report(self, error)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _set_enabled(self, on: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(on)

    def _open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))


def open_preferences(backend: Backend, settings: QSettings, parent: QWidget | None = None) -> PreferencesDialog:
    dialog = PreferencesDialog(backend, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
