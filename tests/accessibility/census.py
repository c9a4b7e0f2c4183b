"""What counts as an interactive element on the bus, and which of them a screen reader cannot name."""

from __future__ import annotations

CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry", "password text",
    "spin button", "slider", "table", "tree table", "tree", "list", "list box", "page tab", "menu item",
    "check menu item", "radio menu item", "link", "chart",
}
NOT_CONTROLS = {"menu bar", "menu", "scroll bar", "frame", "dialog", "window"}


def interactive(node: dict) -> bool:
    """A control, or anything that takes the keyboard focus (a focusable container is one more Tab stop)."""
    if node["role"] in ("menu item", "check menu item", "radio menu item", "menu"):
        return False  # the menus are counted where they open, not as part of every view
    if node["role"] == "text" and "editable" not in node["states"] and "focusable" not in node["states"]:
        return False  # a read-only text is a label
    return node["role"] in CONTROL_ROLES or ("focusable" in node["states"] and node["role"] not in NOT_CONTROLS)


def nameless(node: dict) -> bool:
    """No name and no label. A combo box whose name is only its current value has no name (Qt on Linux names a
    combo box after its value): only a label says what it is for."""
    if node["labels"]:
        return False
    if node["role"] == "combo box":
        return not node["name"] or node["name"] == node.get("value", node["text"])
    return not node["name"].strip()


def census(nodes: list[dict]) -> tuple[int, list[str]]:
    controls = [n for n in nodes[1:] if interactive(n)]
    return len(controls), [f"{n['role']} {n['name']!r}" for n in controls if nameless(n)]
