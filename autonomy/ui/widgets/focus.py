"""Where the keyboard goes when a panel or a form opens (WCAG 2.4.3, focus order): into it, on its first field,
not on a button a stray letter would press."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget


def focus_first(container: QWidget, *, fields_first: bool = False) -> QWidget | None:
    """Give the focus to the first widget inside `container` that Tab would reach (with `fields_first`, the first
    that is not a button, if there is one); select a line edit's text so typing replaces it. Returns it."""
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container and len(found) < 200:
        if (container.isAncestorOf(widget) and widget.isVisibleTo(container) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            found.append(widget)
        widget = widget.nextInFocusChain()
    if fields_first:
        found.sort(key=lambda w: isinstance(w, QAbstractButton))  # stable: the chain's order otherwise
    if not found:
        return None
    first = found[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    if isinstance(first, QLineEdit):
        first.selectAll()
    return first
