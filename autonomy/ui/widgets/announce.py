"""Telling a screen reader what just happened (WCAG 4.1.3, status messages): a notice, an undo, a sort, the cell
the arrow keys reached in a chart. Qt's accessibility announcement (QAccessibleAnnouncementEvent, Qt 6.8) goes to
the AT-SPI bus as `object:announcement`, which Orca speaks without moving the focus.

`heard` keeps the last few announcements: tests read it without an assistive technology running (Qt sends
nothing then), and it costs nothing else."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

heard: deque[str] = deque(maxlen=20)


def announce(source: QObject, text: str, *, urgent: bool = False) -> None:
    """Say `text` for `source` (the widget it is about); `urgent` interrupts what the screen reader is saying."""
    text = text.strip()
    if not text:
        return
    heard.append(text)
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(source, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
        QAccessible.updateAccessibility(event)
