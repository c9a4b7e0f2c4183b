"""Every key the window advertises (its menus, and the F1 list) works when pressed on a real X server: each is
bound once (Qt ignores a sequence bound twice: "Ambiguous shortcut overload"), pressing it runs its action, and
Undo and Redo (Ctrl+Shift+Z and Ctrl+Y) do what they say. The keys are typed through the X server (xdotool), as
a keyboard would; the key bindings are the xcb platform's, which the offscreen tests never see.
"""

from __future__ import annotations

import re
import subprocess
from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.exceptions import TimeoutError

from autonomy.ui.app import operations
from autonomy.ui.roster.log_dialog import LogRequest
from tests.desktop.x11.conftest import Desk

NAMES = {"Del": "Delete", "Esc": "Escape", "Return": "Return", "Enter": "Return", "PgUp": "Prior",
         "PgDown": "Next", "Ins": "Insert", "Backspace": "BackSpace"}


def xdotool_keys(sequence: QKeySequence) -> str:
    """Qt's "Ctrl+Shift+Z" as xdotool says it: "ctrl+shift+z"."""
    *modifiers, key = sequence.toString(QKeySequence.SequenceFormat.PortableText).split("+")
    key = NAMES.get(key, key if len(key) > 1 else key.lower())
    return "+".join([m.lower() for m in modifiers] + [key])


def type_keys(sequence: QKeySequence) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", xdotool_keys(sequence)], check=True, timeout=20)


def menu_actions(window: QWidget) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return found


def close_what_opened(desk: Desk, before: set[QWidget]) -> None:
    desk.settle()  # a dialog that reads its data first opens once the lane has answered
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget not in before:
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
    desk.activate(desk.window)
    desk.settle()


def test_no_key_sequence_is_bound_twice(desk: Desk) -> None:
    owners: dict[str, list[str]] = {}
    for action in desk.window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    twice = {key: names for key, names in owners.items() if key and len(names) > 1}
    assert not twice, f"bound more than once (Qt ignores such a key): {twice}"


def test_every_menu_key_runs_its_action(desk: Desk, dialogs: Any) -> None:
    window = desk.window
    # Undo and Redo have their own test (they need something to undo); Quit ends the window: last, on its own.
    others = {window.undo.undo_action, window.undo.redo_action}
    keyed = [action for action in menu_actions(window)
             if action.shortcuts() and action not in others and action.text() != "&Quit"]
    assert len(keyed) >= 15, [a.text() for a in keyed]
    window.roster.select_ids([window.roster.model.line(0).student_id])
    desk.settle()
    ran: list[str] = []
    ambiguous: list[str] = []
    for action in window.findChildren(QAction):
        action.triggered.connect(lambda _on=False, a=action: ran.append(a.text()))
    for shortcut in window.findChildren(QShortcut):
        shortcut.activatedAmbiguously.connect(lambda s=shortcut: ambiguous.append(s.key().toString()))
    for action in keyed:
        assert action.isEnabled(), action.text()
        for key in action.shortcuts():
            before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
            ran.clear()
            desk.activate(window)
            window.roster.table.setFocus()
            type_keys(key)
            try:
                desk.qtbot.waitUntil(lambda: bool(ran), timeout=5000)
            except TimeoutError:
                raise AssertionError(f"{key.toString()} ({action.text()}) did nothing") from None
            assert ran == [action.text()], f"{key.toString()} ran {ran}, not {action.text()}"
            close_what_opened(desk, before)
            if action.isCheckable():  # back as it was (F8, F9, Ctrl+H)
                action.trigger()
                desk.settle()
    assert not ambiguous


def test_the_keys_in_the_help_are_bound(desk: Desk, dialogs: Any) -> None:
    desk.window.show_keys()
    [text] = [shown[2] for shown in dialogs.shown if shown[1] == "Keyboard"]
    named = set(re.findall(r"\b((?:Ctrl\+)?(?:Shift\+)?(?:[A-Z]|F\d+))(?=: | or )", text))
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "F8", "F9"} <= named, named
    bound = {key.toString() for action in desk.window.findChildren(QAction) for key in action.shortcuts()}
    assert named <= bound, f"the help names keys nothing is bound to: {sorted(named - bound)}"


def test_undo_and_redo_by_keyboard(desk: Desk) -> None:
    """Ctrl+Z takes the logged moment off the student's row; Ctrl+Shift+Z and Ctrl+Y each put it back."""
    window = desk.window
    student = window.roster.model.line(0)

    def built() -> int:
        row = window.roster.model.row_of(student.student_id)
        return window.roster.model.line(row).builds_today

    before = built()
    operations.log_events(window.backend, [student.student_id], LogRequest(kind="build", category="helped_peer"))
    desk.qtbot.waitUntil(lambda: built() == before + 1 and window.undo.undo_action.isEnabled(), timeout=10000)
    for redo in ("Ctrl+Shift+Z", "Ctrl+Y"):
        desk.activate(window)
        window.roster.table.setFocus()
        type_keys(QKeySequence("Ctrl+Z"))
        desk.qtbot.waitUntil(lambda: built() == before and window.undo.redo_action.isEnabled(), timeout=10000)
        desk.settle()
        type_keys(QKeySequence(redo))
        desk.qtbot.waitUntil(lambda: built() == before + 1 and not window.undo.redo_action.isEnabled(),
                             timeout=10000)
        desk.settle()


def test_ctrl_q_quits(desk: Desk) -> None:
    desk.activate(desk.window)
    type_keys(QKeySequence("Ctrl+Q"))
    desk.qtbot.waitUntil(lambda: not desk.window.isVisible(), timeout=5000)
