"""The main window's menus: every action, its key sequence and the window's method it calls.

Added once, just after the first paint (`MainWindow.finish_chrome`): none of it is needed to paint, and the first
key sequence creates every enum of Qt's namespace (about 15 ms). B / X / O / C and 1 to 5 are these actions'
shortcuts, the one path those keys take (the roster table does not handle them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from autonomy.ui.app.window import MainWindow


class KeptActions(NamedTuple):
    """The actions the window changes later (checked, moved, placed before)."""

    find: QAction
    preferences: QAction
    archived: QAction
    detail: QAction
    suggestions: QAction


def add_menu_actions(window: MainWindow) -> KeptActions:
    """Every menu's actions; those that need the data open stay disabled until `attach` (actions_needing_data)."""

    def add(menu: QMenu, text: str, slot: Any, shortcut: Any = None, *, needs_data: bool = True,
            tip: str = "") -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        if needs_data:
            action.setEnabled(False)
            window.actions_needing_data.append(action)
        return action

    file = window.file_menu
    add(file, window.tr("&New classroom…"), window.new_classroom, "Ctrl+Shift+N")
    add(file, window.tr("&Edit classroom…"), window.edit_classroom)
    add(file, window.tr("&Archive classroom"), window.archive_classroom)
    file.addSeparator()
    add(file, window.tr("&Import roster from CSV…"), window.import_roster, "Ctrl+I")
    file.addSeparator()
    # The coach's report and the exports (autonomy/ui/coach/jobs.py): on the background lane, with progress.
    add(file, window.tr("Coach &report (PDF)…"), lambda: window.coach_report(False))
    add(file, window.tr("Anonymised coach report (PDF)…"), lambda: window.coach_report(True))
    add(file, window.tr("E&xport interchange file (JSON)…"), lambda: window.export(csv=False, anonymize=False))
    add(file, window.tr("Export CSV tables…"), lambda: window.export(csv=True, anonymize=False))
    add(file, window.tr("Export anonymised JSON…"), lambda: window.export(csv=False, anonymize=True))
    add(file, window.tr("Export anonymised CSV tables…"), lambda: window.export(csv=True, anonymize=True))
    file.addSeparator()
    # Backups (autonomy/ui/app/backup_actions.py): the same copy and restore as `autonomy backup` / `restore`.
    add(file, window.tr("&Back up now…"), window.back_up_now)
    add(file, window.tr("Restore from bac&kup…"), window.restore_from_backup)
    file.addSeparator()
    add(file, window.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, needs_data=False)

    find = add(window.undo_menu_slot, window.tr("&Find student"), window.focus_filter,
               QKeySequence.StandardKey.Find)
    preferences = add(window.undo_menu_slot, window.tr("&Preferences…"), window.show_preferences,
                      QKeySequence.StandardKey.Preferences)
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.undo_menu_slot.aboutToShow.connect(lambda: preferences_last(window.undo_menu_slot, preferences))

    log = window.log_menu
    add(log, window.tr("Trust &built…"), lambda: window.log("build"), "B",
        tip=window.tr("Log trust-building for the selected students"))
    add(log, window.tr("Trust b&roken…"), lambda: window.log("break"), "X",
        tip=window.tr("Log trust-breaking for the selected students"))
    add(log, window.tr("&Observation…"), lambda: window.log("observation"), "O")
    log.addSeparator()
    # Keys 1 to 5: the class's most used moments, logged at once (ui/roster/quick_keys.py); named, and shown,
    # once the class is open (`MainWindow.quick_keys_changed`).
    for index, key in enumerate("12345"):
        quick = add(log, key, lambda _checked=False, i=index: window.quick_log(i), key)
        quick.setVisible(False)
        window.quick_actions.append(quick)
    log.addSeparator()
    add(log, window.tr("Today's &choices…"),
        lambda: window.roster.request_choices() if window.roster else None, "C")
    add(log, window.tr("Change &level…"), window.change_level, "Ctrl+L")

    students = window.students_menu
    add(students, window.tr("&Add student…"), window.add_student, QKeySequence.StandardKey.New)
    add(students, window.tr("&Edit student…"), window.edit_student, "Ctrl+E")
    add(students, window.tr("Archive or &restore student"), window.archive_student, "Ctrl+Shift+A")
    students.addSeparator()
    archived = add(students, window.tr("Show a&rchived students"), window.toggle_archived,
                   "Ctrl+H")
    archived.setCheckable(True)
    students.addSeparator()
    add(students, window.tr("Hold a reflection &conversation…"), window.hold_conversation, "Ctrl+R")

    setup = window.setup_menu
    add(setup, window.tr("&Ladders…"), lambda: window.open_setup_dialog("LadderDialog"))
    add(setup, window.tr("&Event catalogue…"), lambda: window.open_setup_dialog("CatalogueDialog"))

    view = window.view_menu
    detail = add(view, window.tr("&Student panel"), lambda on: window.show_detail(on, focus=True), "F9")
    detail.setCheckable(True)
    suggestions = add(view, window.tr("S&uggestions"), lambda on: window.show_suggestions(on),
                      "F8")
    suggestions.setCheckable(True)
    # A click on a column's header sorts the roster; this is the keyboard's way (WCAG 2.1.1).
    add(view, window.tr("S&ort by the current column"), window.sort_roster, "Ctrl+Shift+S",
        tip=window.tr("Sort the roster by the focused cell's column; again for the other way round"))
    view.addSeparator()
    add(view, window.tr("&Coach view"), lambda: window.open_coach(), "Ctrl+Shift+C")

    help_menu = window.help_menu
    add(help_menu, window.tr("&Keyboard"), window.show_keys, "F1", needs_data=False)
    add(help_menu, window.tr("&Guide"), window.show_guide, needs_data=False)
    add(help_menu, window.tr("&About Autonomy"), window.show_about, needs_data=False)

    return KeptActions(find, preferences, archived, detail, suggestions)


def preferences_last(menu: QMenu, preferences: QAction) -> None:
    # Undo and Redo are added to this menu once the data is open; Preferences stays at the bottom.
    if menu.actions()[-1] is not preferences:
        menu.removeAction(preferences)
        menu.addSeparator()
        menu.addAction(preferences)
