"""A screen reader's view of the app: a small client of the AT-SPI bus (the one Orca reads), run with the system's
python3 (Debian's python3-pyatspi is built for it, not for the project's venv).

It speaks JSON lines: one command on stdin, one answer on stdout. Meanwhile it records the events a screen reader
speaks from (announcements, focus, name and text changes), which `events` hands over. Commands:

  {"do": "apps"}                       the names of the applications on the bus
  {"do": "windows", "app": NAME}       the app's top-level windows: role, name, active
  {"do": "walk", "app": NAME, "window": "active" | a window's name}
                                       every showing element of that window (not the cells of tables and
                                       lists: `cells` reads those): role, name, description, states, labels, text
  {"do": "cells", "app": ..., "window": ..., "role": "table" | ..., "name": NAME, "limit": N}
                                       the first N children of the first such element (a chart's marks, a table's
                                       cells)
  {"do": "events"}                     the events recorded since the last call, oldest first
"""

from __future__ import annotations

import json
import sys
import traceback

import pyatspi
from gi.repository import GLib

# What a teacher operates: these must have a name a screen reader can say (WCAG 4.1.2).
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry", "password text",
    "spin button", "slider", "table", "tree table", "tree", "list", "list box", "page tab", "page tab list",
    "menu item", "check menu item", "radio menu item", "link", "scroll bar",
}
# Their children (cells, items) are read with `cells`: a roster has hundreds.
COLLECTIONS = {"table", "tree table", "tree", "list", "list box", "chart"}
STATES = {"focusable": pyatspi.STATE_FOCUSABLE, "focused": pyatspi.STATE_FOCUSED,
          "showing": pyatspi.STATE_SHOWING, "enabled": pyatspi.STATE_ENABLED, "active": pyatspi.STATE_ACTIVE,
          "editable": pyatspi.STATE_EDITABLE, "selected": pyatspi.STATE_SELECTED}

events: list[dict] = []


def text_of(node) -> str:
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except Exception:  # no Text interface
        return ""


def describe(node, depth: int = 0) -> dict:
    states = node.getState()
    labels = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                labels += [relation.getTarget(i).name or text_of(relation.getTarget(i))
                           for i in range(relation.getNTargets())]
    except Exception:
        pass
    role = node.getRoleName()
    value = combo_value(node) if role == "combo box" else ""
    return {"value": value, "role": role, "name": node.name or "", "description": node.description or "",
            "states": [word for word, state in STATES.items() if states.contains(state)],
            "labels": labels, "text": text_of(node) if role in {"label", "text", "status bar", "entry",
                                                                  "static", "heading", "notification"} else "",
            "children": node.childCount, "depth": depth}


def combo_value(node) -> str:
    """The item a combo box shows: Qt on Linux names an unlabelled combo box after it, which names nothing."""
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None and child.getRoleName() in ("list", "menu"):
            try:
                chosen = child.querySelection()
                if chosen.nSelectedChildren:
                    return chosen.getSelectedChild(0).name or ""
            except NotImplementedError:
                pass
        elif child is not None and child.getRoleName() in ("text", "entry"):
            return text_of(child)
    return ""


def application(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    raise LookupError(f"no application {name!r} on the bus")


def window(app_name: str, which: str):
    app = application(app_name)
    tops = [app.getChildAtIndex(i) for i in range(app.childCount)]
    if which == "active":
        active = [w for w in tops if w is not None and w.getState().contains(pyatspi.STATE_ACTIVE)]
        if active:
            return active[0]
        raise LookupError("no active window")
    for top in tops:
        if top is not None and top.name == which:
            return top
    raise LookupError(f"no window {which!r}: {[t.name for t in tops if t is not None]}")


def walk(node, depth: int = 0, out: list | None = None) -> list[dict]:
    out = [] if out is None else out
    if node is None:
        return out
    info = describe(node, depth)
    if depth and "showing" not in info["states"]:
        return out
    out.append(info)
    if info["role"] in COLLECTIONS:
        return out
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1, out)
    return out


def find(node, role: str, name: str):
    if node is None:
        return None
    if node.getRoleName() == role and (not name or node.name == name):
        return node
    if node.getRoleName() in COLLECTIONS:
        return None
    for i in range(node.childCount):
        found = find(node.getChildAtIndex(i), role, name)
        if found is not None:
            return found
    return None


def handle(command: dict):
    what = command["do"]
    if what == "apps":
        return [app.name for app in pyatspi.Registry.getDesktop(0) if app is not None]
    if what == "windows":
        app = application(command["app"])
        return [describe(app.getChildAtIndex(i)) for i in range(app.childCount)]
    if what == "walk":
        return walk(window(command["app"], command.get("window", "active")))
    if what == "cells":
        top = window(command["app"], command.get("window", "active"))
        node = find(top, command["role"], command.get("name", ""))
        if node is None:
            raise LookupError(f"no {command['role']} {command.get('name', '')!r}")
        limit = min(node.childCount, command.get("limit", 50))
        return {"element": describe(node), "cells": [describe(node.getChildAtIndex(i)) for i in range(limit)]}
    if what == "events":
        taken = events[:]
        del events[:]
        return taken
    raise ValueError(f"unknown command {what!r}")


def record(event) -> None:
    try:
        source = event.source
        app = source.getApplication() if source is not None else None
        events.append({"type": event.type, "detail1": event.detail1, "data": str(event.any_data or ""),
                       "role": source.getRoleName() if source is not None else "",
                       "name": (source.name or "") if source is not None else "",
                       "app": (app.name or "") if app is not None else ""})
    except Exception as error:  # an element gone before we looked
        events.append({"type": event.type, "error": str(error)})


def on_stdin(_channel, _condition) -> bool:
    line = sys.stdin.readline()
    if not line:
        loop.quit()
        return False
    try:
        answer = {"ok": handle(json.loads(line))}
    except Exception as error:
        answer = {"error": f"{type(error).__name__}: {error}", "trace": traceback.format_exc()}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return True


for kind in ("object:announcement", "object:state-changed:focused", "object:property-change:accessible-name",
             "object:text-changed", "object:state-changed:showing"):
    pyatspi.Registry.registerEventListener(record, kind)
loop = GLib.MainLoop()
GLib.io_add_watch(GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.PRIORITY_DEFAULT, GLib.IO_IN | GLib.IO_HUP,
                  on_stdin)
sys.stdout.write(json.dumps({"ok": "ready"}) + "\n")
sys.stdout.flush()
loop.run()
