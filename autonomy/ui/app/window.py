"""The main window: menus, the roster beside the student panel, the status bar with the undo notice.

Built empty first (so it paints at once), then `attach(backend)` once the database lane has opened the data.
It wires panels to the lane's signals; panels never call each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from autonomy.ui.app import errors
from autonomy.ui.app.menus import add_menu_actions
from autonomy.ui.app.undo import UndoController, UndoNotice
from autonomy.ui.widgets.announce import announce
from autonomy.ui.widgets.focus import focus_first
from autonomy.ui.widgets.screen_fit import first_size

# The panels and dialogs (and through them the services and SQLAlchemy) are imported when first needed: the empty
# window paints before they are loaded, and `attach` imports the panels once the lane has opened the database.
if TYPE_CHECKING:
    from autonomy.services.glance import FirstScreen
    from autonomy.ui.app.backend import Backend
    from autonomy.ui.roster.panel import RosterPanel
    from autonomy.ui.student.panel import DetailPanel
    from autonomy.ui.suggestions.panel import SuggestionsPanel


class MainWindow(QMainWindow):
    ready = Signal()  # the roster of the first classroom is on screen

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, chrome_later: bool = False) -> None:
        """With `chrome_later`, the first paint shows the title, the menus' titles and a word that the classes are
        opening, and the caller calls `finish_chrome()` once the window is painted (`attach` does, if it comes
        first): the menus' 33 actions with their key sequences, and the status bar with its hint. Neither is
        needed to paint, and the first key sequence creates every enum of Qt's namespace (about 15 ms)."""
        super().__init__(parent)
        self._settings = settings
        self.settings_for_sizes = settings  # where its dialogs keep their sizes (widgets/screen_fit.py)
        self._chrome_finished = False
        self.backend: Backend | None = None
        self.roster: RosterPanel | None = None
        self.detail: DetailPanel | None = None
        self.suggestions: SuggestionsPanel | None = None
        self.undo: UndoController | None = None
        self._ready = False
        self._detail_gave_way = False  # the suggestions opened over the student panel (`_suggestions_shown`)
        self.setWindowTitle(self.tr("Autonomy"))
        self.setMinimumSize(720, 480)
        self.setCentralWidget(_centred(QLabel(self.tr("Opening your classes…"))))
        self.actions_needing_data: list[QAction] = []
        self.quick_actions: list[QAction] = []  # keys 1 to 5 (app/menus.py)
        self._menu_titles()
        if not chrome_later:
            self.finish_chrome()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(*first_size())

    # --- composition ------------------------------------------------------------------------------
    def attach(self, backend: Backend, classroom_id: str = "", first: FirstScreen | None = None) -> None:
        """Build the panels over the database (GUI thread). Given the `first` screen read at a glance, the roster
        shows it at once, and the services may still be opening behind it (ui/app/backend.py)."""
        from autonomy.ui.roster.panel import RosterPanel
        from autonomy.ui.student.panel import DetailPanel
        from autonomy.ui.suggestions.panel import SuggestionsPanel

        self.finish_chrome()
        self.backend = backend
        self.roster = RosterPanel(backend)
        self.detail = DetailPanel(backend)
        self.splitter = QSplitter(QtCore.Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.roster)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        state = self._settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([800, 480])
        self.detail.hide()
        self.setCentralWidget(self.splitter)
        from autonomy.ui.checkin.watch import CheckinWatcher

        self.checkin_watcher = CheckinWatcher(backend, self)  # check-ins saved by another program reach the views
        self.suggestions = SuggestionsPanel(backend)
        self.suggestions_dock = QDockWidget(self.tr("Suggestions"), self)
        self.suggestions_dock.setObjectName("suggestionsDock")
        self.suggestions_dock.setWidget(self.suggestions)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.suggestions_dock)
        self.suggestions_dock.installEventFilter(self)  # see _letter_searches_list
        self.suggestions_dock.visibilityChanged.connect(self.suggestions_action.setChecked)
        self.suggestions_dock.visibilityChanged.connect(self._suggestions_shown)
        # Off at first: beside the roster and the student panel it would squeeze both (F8 opens it; the student
        # panel has its own suggestions). The teacher's choice is remembered.
        self.suggestions_dock.setVisible(bool(self._settings.value("window/suggestions", False, bool)))
        self.undo = UndoController(backend, self.notice, self)
        self.undo_menu_slot.addAction(self.undo.undo_action)
        self.undo_menu_slot.addAction(self.undo.redo_action)
        self.undo_menu_slot.insertSeparator(self.find_action)

        from autonomy.ui.app.connection import ConnectionWatch

        self.connection = ConnectionWatch(backend, self)  # a slow or lost server, in the status bar
        backend.lane.failed.connect(self._job_failed)
        if backend.background is not backend.lane:
            backend.background.failed.connect(self._job_failed)
        self.roster.notice.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.roster.selection_changed.connect(self._selection_changed)
        self.roster.table.activated.connect(lambda _index: self.show_detail(True))
        self.roster.choices_requested.connect(self.open_choices)
        self.detail.choices_requested.connect(self.open_choices)
        self.roster.classroom_changed.connect(self._classroom_changed)
        self.roster.classroom_changed.connect(self.suggestions.show_classroom)
        self.suggestions.notice.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.roster.loaded.connect(self._first_load)
        self.roster.quick_keys.changed.connect(self.quick_keys_changed)
        self.roster.import_requested.connect(self.import_roster)
        self.roster.add_student_requested.connect(self.add_student)
        self.roster.loaded.connect(self._show_title)
        from autonomy.ui.roster.level_names import name_levels_on_focus

        name_levels_on_focus(self.roster.table)  # a narrow level column names the level the focus is on
        self.roster.show_archived.toggled.connect(self.archived_action.setChecked)
        self.roster.show_archived.setChecked(bool(self._settings.value("roster/show_archived", False, bool)))
        for action in self.actions_needing_data:
            action.setEnabled(True)
        if first is not None:
            self.roster.show_first(first)
        else:
            self.roster.set_classroom(classroom_id or str(self._settings.value("roster/classroom", "")))
        self.undo.refresh()
        self.roster.table.setFocus()

    def _job_failed(self, error: BaseException) -> None:
        from autonomy.ui.app.backend import OpeningFailed

        if isinstance(error, OpeningFailed):  # the start-up has reported that one already, once
            return
        from autonomy.ui.app.lane import connection_lost

        if connection_lost(error):  # a view's read: the status bar says so, and the views read again once it is back
            errors.log.warning("a read lost its connection: %s", errors.safe_message(error))
            return
        errors.report(self, error)

    def _first_load(self) -> None:
        if not self._ready:
            self._ready = True
            self.ready.emit()

    # --- menus (app/menus.py) ---------------------------------------------------------------------
    def _menu_titles(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.undo_menu_slot = bar.addMenu(self.tr("&Edit"))
        self.log_menu = bar.addMenu(self.tr("&Log"))
        self.students_menu = bar.addMenu(self.tr("&Students"))
        self.setup_menu = bar.addMenu(self.tr("Se&tup"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

    def finish_chrome(self) -> None:
        """The status bar with its hint, and the menus' actions with their key sequences; once (GUI thread)."""
        if self._chrome_finished:
            return
        self._chrome_finished = True
        self.notice = UndoNotice(self.tr("Select students, then a number logs what the strip above the roster "
                                         "names; B, X, O and C open the rest. F1 lists the keys."))
        self.statusBar().addPermanentWidget(self.notice, 1)
        # As tall with its Undo button hidden as shown: a status bar that grew by a few pixels with each log (and
        # shrank with each undo) moved the whole window's contents, and the frame after a key press repainted
        # every panel instead of one row.
        self.notice.setMinimumHeight(self.notice.button.sizeHint().height())
        # A status message ("Select a student first.") is spoken as it appears (WCAG 4.1.3).
        self.statusBar().messageChanged.connect(lambda text: announce(self.statusBar(), text))
        kept = add_menu_actions(self)
        self.find_action, self.preferences_action, self.archived_action = kept.find, kept.preferences, kept.archived
        self.detail_action, self.suggestions_action = kept.detail, kept.suggestions

    # --- behaviour --------------------------------------------------------------------------------
    def log(self, kind: str) -> None:
        if self.roster is not None:
            self.roster.open_log(kind)

    def quick_log(self, index: int) -> None:
        if self.roster is not None:
            self.roster.quick_log(index)

    def quick_keys_changed(self, names: list[str]) -> None:
        """The Log menu names what keys 1 to 5 log for the class on screen, as the strip above the roster does."""
        for index, action in enumerate(self.quick_actions):
            if index < len(names):
                action.setText(self.tr("Log “{name}”").format(name=names[index].replace("&", "&&")))
            action.setVisible(index < len(names))

    def focus_filter(self) -> None:
        if self.roster is not None:
            self.roster.focus_filter()

    def toggle_archived(self, on: bool) -> None:
        if self.roster is not None:
            self.roster.show_archived.setChecked(on)

    def _selection_changed(self, ids: list[str]) -> None:
        assert self.detail is not None and self.roster is not None
        if len(ids) == 1:
            self.detail.show_student(ids[0])
            self.show_detail(True, asked=False)
        elif not ids:
            self.detail.show_student("")
        else:
            current = self.roster.table.currentIndex()
            if current.isValid():
                from autonomy.ui.roster.model import ROLE_STUDENT_ID

                self.detail.show_student(current.data(ROLE_STUDENT_ID))

    def show_detail(self, on: bool, *, focus: bool = False, asked: bool = True) -> None:
        """The student panel. With `focus` (F9), the keyboard goes into the panel as it opens, and back to the
        roster's row as it closes; F9 on a panel shown beside the roster (a selection shows it) moves the keyboard
        into it. A selection only shows it (`asked=False`), the focus staying on the roster (WCAG 2.4.3), and it
        stays behind the suggestions when they have taken its place, until they close or the teacher asks for it."""
        if self.detail is None:
            return
        if on and self._detail_gave_way:
            if not asked:
                return
            self._detail_gave_way = False
            self.suggestions_dock.hide()
        focused = QApplication.focusWidget()
        inside = focused is not None and self.detail.isAncestorOf(focused)
        if focus and not on and self.detail.isVisible() and not inside:
            on = True  # into the panel first; F9 again closes it
        if (focus or inside) and not on and self.roster is not None:
            self.roster.focus_row()  # before it hides: the focus goes straight back to the row
        self.detail.setVisible(on)
        self.detail_action.setChecked(on)
        if on:
            QTimer.singleShot(0, self._give_roster_its_columns)  # once the panel has its width
        if focus and on:
            focus_first(self.detail)

    def sort_roster(self) -> None:
        if self.roster is not None:
            self.roster.sort_by_current_column()

    def show_suggestions(self, on: bool) -> None:
        if self.suggestions is not None:
            self.suggestions_dock.setVisible(on)
            if on:
                self.suggestions.list.setFocus()

    # --- the right side: the student panel and the suggestions share it on a narrow window ------------------
    def _suggestions_shown(self, on: bool) -> None:
        """With the suggestions beside it the roster's Waiting column says what the list says: its room goes to
        the level columns. When the window cannot hold the roster's columns, the student panel and the list,
        the list opens over the student panel (a drawer), which comes back when the list closes."""
        if self.roster is None or self.detail is None:
            return
        from autonomy.ui.roster.model import COL_WAITING

        docked = on and not self.suggestions_dock.isFloating()
        self.roster.table.setColumnHidden(COL_WAITING, docked)
        if docked and self.detail.isVisible():
            if self._room_for_both():
                QTimer.singleShot(0, self._give_roster_its_columns)  # once the list has its width
            else:
                self._detail_gave_way = True
                self.show_detail(False)
        elif not on and self._detail_gave_way:
            self._detail_gave_way = False
            if self.roster.selected_ids():
                self.show_detail(True)

    def _room_for_both(self) -> bool:
        """Whether the roster with every level column (numbers only), the student panel at the narrowest it
        reads well and the suggestions fit the window side by side."""
        assert self.roster is not None and self.detail is not None
        from autonomy.ui.app import side_panels

        dock = max(self.suggestions_dock.width(), self.suggestions_dock.sizeHint().width())
        return (side_panels.roster_needs(self.roster.table) + 22 + side_panels.panel_floor(self.detail) + dock
                + self.splitter.handleWidth() + 16 <= self.width())

    def _give_roster_its_columns(self) -> None:
        """Both beside the roster: the student panel yields width (never below what it needs) to the roster."""
        if self.roster is None or self.detail is None or not self.detail.isVisible():
            return
        from autonomy.ui.app import side_panels

        roster, detail = self.splitter.sizes()
        give = min(side_panels.roster_short_by(self.roster.table), detail - side_panels.panel_floor(self.detail))
        if give > 0:
            self.splitter.setSizes([roster + give, detail - give])

    def hold_conversation(self) -> None:
        sid = self._current_student()
        if sid and self.backend is not None:
            from autonomy.ui.reflection.dialog import start_conversation

            start_conversation(self.backend, sid, self)

    def _classroom_changed(self, classroom_id: str) -> None:
        self._settings.setValue("roster/classroom", classroom_id)
        self._show_title()
        if self.detail is not None:
            self.detail.show_student("")

    def _show_title(self) -> None:
        """The class's name as it is now: after every load of the roster, so a renamed class is renamed here."""
        classroom = self._current_classroom()
        self.setWindowTitle(self.tr("{name} — Autonomy").format(name=classroom.name) if classroom
                            else self.tr("Autonomy"))

    def open_setup_dialog(self, name: str) -> Any:
        from autonomy.ui.setup import vocabulary_dialogs

        return self._dialog(getattr(vocabulary_dialogs, name))

    def _dialog(self, kind: Any) -> Any:
        if self.backend is None:
            return None
        dialog = kind(self.backend, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _current_classroom(self) -> Any:
        if self.roster is None:
            return None
        return next((c for c in self.roster.classrooms() if c.id == self.roster.classroom_id), None)

    def _current_student(self) -> Any:
        if self.roster is None or not self.roster.selected_ids():
            self.statusBar().showMessage(self.tr("Select a student first."), 5000)
            return None
        return self.roster.selected_ids()[0]

    def open_choices(self, student_id: str) -> None:
        if self.backend is not None and student_id:
            from autonomy.ui.roster.choices_dialog import start_choices

            start_choices(self.backend, student_id, self)

    def change_level(self) -> None:
        if self.detail is not None and self._current_student():
            self.show_detail(True)
            self.detail.open_level_dialog()

    def new_classroom(self) -> None:
        if self.backend is None or self.roster is None:
            return
        from autonomy.ui.setup.student_classroom_forms import classroom_dialog

        dialog = classroom_dialog(self.backend, None, self)
        dialog.saved.connect(lambda c: self.roster.set_classroom(c.id) if self.roster else None)
        dialog.open()

    def edit_classroom(self) -> None:
        classroom = self._current_classroom()
        if self.backend is not None and classroom is not None:
            from autonomy.ui.setup.student_classroom_forms import classroom_dialog

            classroom_dialog(self.backend, classroom, self).open()

    def archive_classroom(self) -> None:
        classroom = self._current_classroom()
        if self.backend is None or classroom is None:
            return
        answer = QMessageBox.question(self, self.tr("Archive classroom"), self.tr(
            "Archive {name}? Its history is kept, and Undo brings it back.").format(name=classroom.name))
        if answer == QMessageBox.StandardButton.Yes:
            from autonomy.ui.app import operations

            operations.set_classroom_archived(self.backend, classroom.id, True, initiator=self)

    def import_roster(self) -> None:
        classroom = self._current_classroom()
        if self.backend is None or classroom is None:
            self.statusBar().showMessage(self.tr("Create a classroom first (File, New classroom)."), 6000)
            return
        from autonomy.ui.roster.import_dialog import ImportDialog

        dialog = ImportDialog(self.backend, classroom.id, classroom.name, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.choose_file()

    def add_student(self) -> None:
        if self.backend is None or self.roster is None or not self.roster.classroom_id:
            return
        from autonomy.ui.setup.student_classroom_forms import student_dialog

        dialog = student_dialog(self.backend, self.roster.classroom_id, None, self)
        dialog.saved.connect(self._added)
        dialog.open()

    def _added(self, student: Any) -> None:
        """The new student's row is selected and has the focus, where the next log starts."""
        if self.roster is not None:
            self.roster.select_ids([student.id])
            self.roster.focus_row()

    def edit_student(self) -> None:
        sid = self._current_student()
        if sid and self.backend is not None:
            from autonomy.ui.setup.student_classroom_forms import student_dialog

            backend = self.backend
            backend.lane.run(lambda: backend.services.roster.student(sid),
                             lambda s: student_dialog(backend, "", s, self).open())

    def archive_student(self) -> None:
        sid = self._current_student()
        if sid and self.backend is not None and self.roster is not None:
            row = self.roster.model.row_of(sid)
            active = self.roster.model.line(row).active if row is not None else True
            from autonomy.ui.app import operations

            operations.set_student_active(self.backend, sid, not active, initiator=self)

    def show_keys(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard"), self.tr(
            "Ctrl+F: find a student; type part of a name, then Enter selects every match.\n"
            "Click, Shift+click, Ctrl+click or Shift+arrows: select several students.\n"
            "1 to 5: log the moment the strip above the roster names, at once (Ctrl+Z undoes it).\n"
            "B: trust built · X: trust broken · O: observation. Then a number picks the category and Enter "
            "logs it; after X a second number (1 minor, 2 moderate, 3 serious) logs it with that severity.\n"
            "C: today's choices · Ctrl+L: change a level · F9: the student panel.\n"
            "F8: suggestions; on a suggestion Enter accepts, Delete dismisses, S snoozes, H holds the "
            "conversation, R records a follow-up's outcome · Ctrl+R: a reflection conversation.\n"
            "Ctrl+Z: undo · Ctrl+Shift+Z or Ctrl+Y: redo · Ctrl+Shift+S: sort by the focused column."))

    def show_about(self) -> None:
        from autonomy.ui.app.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- the coach's view, report and exports ----------------------------------------------------------
    def open_coach(self, classroom_id: str = "") -> Any:
        """Show the coach window (built once); a mark or row opened there comes back to `open_student`."""
        from autonomy.ui.coach.screen import CoachWindow

        if self.backend is None:
            return None
        if getattr(self, "coach_window", None) is None:
            self.coach_window = CoachWindow(self.backend)
            self.coach_window.settings_for_sizes = self._settings
            self.coach_window.screen_widget.student_requested.connect(self.open_student)
            self.coach_window.screen_widget.start(classroom_id or (self.roster.classroom_id if self.roster else ""))
        self.coach_window.show()
        self.coach_window.raise_()
        return self.coach_window

    def open_student(self, student_id: str, classroom_id: str = "") -> None:
        """The student's detail in this window, switching to their class first if needed."""
        if self.roster is None or self.detail is None or not student_id:
            return

        def select() -> None:
            assert self.roster is not None and self.detail is not None
            self.roster.select_ids([student_id])
            self.detail.show_student(student_id)
            self.show_detail(True)

        if classroom_id and classroom_id != self.roster.classroom_id:
            self.roster.loaded.connect(select, type=QtCore.Qt.ConnectionType.SingleShotConnection)
            self.roster.set_classroom(classroom_id)
        else:
            select()
        self.raise_()
        self.activateWindow()

    def coach_report(self, anonymize: bool) -> None:
        from autonomy.ui.coach import jobs

        classroom = self._current_classroom()
        if self.backend is None or classroom is None:
            self.statusBar().showMessage(self.tr("Create a classroom first (File, New classroom)."), 6000)
            return
        path = jobs.ask_report_path(self, classroom.name, anonymize)
        if path is not None:
            jobs.start_report(self.backend, self, classroom.id, path, anonymize=anonymize,
                              on_done=lambda text: self.statusBar().showMessage(text, 8000))

    def export(self, *, csv: bool, anonymize: bool) -> None:
        from autonomy.ui.coach import jobs

        if self.backend is not None:
            jobs.export_interactively(self.backend, self, csv=csv, anonymize=anonymize,
                                      on_done=lambda text: self.statusBar().showMessage(text, 8000))

    def back_up_now(self) -> None:
        from autonomy.ui.app import backup_actions

        if self.backend is not None:
            backup_actions.back_up_now(self.backend, self, lambda text: self.statusBar().showMessage(text, 8000))

    def restore_from_backup(self) -> None:
        from autonomy.ui.app import backup_actions

        if self.backend is not None:
            backup_actions.restore_from_backup(self.backend, self,
                                               lambda text: self.statusBar().showMessage(text, 10000))

    def show_guide(self) -> None:
        from autonomy.ui.app.guide_dialog import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_preferences(self) -> None:
        from autonomy.ui.setup.preferences_dialog import open_preferences

        if self.backend is not None:
            dialog = open_preferences(self.backend, self._settings, self)
            # The window is built in the language it started in: a new one shows after a restart, and says so.
            dialog.language_changed.connect(lambda _language: self.statusBar().showMessage(
                self.tr("Saved. The new language shows the next time Autonomy starts."), 15000))

    def event(self, event: QEvent) -> bool:
        return self._letter_searches_list(event) or super().event(event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # Qt's name
        # The suggestions dock, which may float as a window of its own (the key never reaches this one then).
        return self._letter_searches_list(event) or super().eventFilter(watched, event)

    def _letter_searches_list(self, event: QEvent) -> bool:
        """B, X, O and C are window shortcuts, but in a drop-down list (a class, a filter) a letter searches the
        list: accepting the override sends the key press to the list, and the shortcut does not fire."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and types_into_list(QApplication.focusWidget(), event):
            event.accept()
            return True
        return False

    # --- settings ---------------------------------------------------------------------------------
    def save_settings(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        if self.roster is not None:
            self._settings.setValue("window/splitter", self.splitter.saveState())
            self._settings.setValue("roster/show_archived", self.roster.show_archived.isChecked())
            self._settings.setValue("window/suggestions", not self.suggestions_dock.isHidden())
            if self.roster.classroom_id:
                self._settings.setValue("roster/classroom", self.roster.classroom_id)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)


def types_into_list(widget: QWidget | None, event: QKeyEvent) -> bool:
    """A printable key without Ctrl, Alt or Meta, on a drop-down list that is not editable (which searches it)."""
    text = event.text()
    modifier = QtCore.Qt.KeyboardModifier
    chord = modifier.ControlModifier | modifier.AltModifier | modifier.MetaModifier
    return (isinstance(widget, QComboBox) and not widget.isEditable() and not event.modifiers() & chord
            and text != "" and text.isprintable() and not text.isspace())


def _centred(label: QLabel) -> QWidget:
    """The label in the middle of a page, by stretches: on screen before the first paint, where Qt's alignment
    flags are not used because the `Qt` namespace's enums take about 15 ms to create (tests/benchmarks)."""
    page = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label)
    row.addStretch(1)
    column = QVBoxLayout(page)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    return page
