"""What a screen reader finds in the coach's charts (WCAG 1.1.1, 4.1.2): each chart is a "chart" on the
accessibility bus whose description is a sentence saying what it shows, and whose children are its marks (the
timeline) or its rows (the class overview), each named in words, so a screen-reader user can read the chart
without the arrow keys and find where a mark is. Painted widgets have no children of their own; these are
QAccessibleInterface objects built by a factory (`install`, once per application).

A chart widget offers `accessible_summary()` and `accessible_items()` (a list of (text, rect in the widget));
the items are read when asked, so they follow the data without being rebuilt.

Lifetimes: Qt's accessibility cache keeps every interface it has given an id (the AT-SPI bridge asks one for each
item it shows a screen reader) and forgets one only when its object is destroyed. The chart's interface has its
widget, so the cache deletes it with the widget; an item has no object, so it would stay in the cache after its
chart had gone, and once Python freed it the bridge could call into freed memory when a screen reader asked about
it (the app crashed, some time after a coach window closed). So every item is kept until its chart is destroyed,
and then taken out of the cache (`QAccessible.deleteAccessibleInterface`), which deletes it."""

from __future__ import annotations

import contextlib
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QWidget


class Chart(Protocol):
    def accessible_summary(self) -> str: ...
    def accessible_items(self) -> list[tuple[str, QRectF]]: ...


class ChartItem(QAccessibleInterface):
    """One mark or row of a chart: a list item named by its sentence."""

    def __init__(self, chart: ChartAccessible, index: int) -> None:
        super().__init__()
        self._chart = chart
        self._index = index

    def _item(self) -> tuple[str, QRectF] | None:
        try:
            items = self._chart.items()
        except RuntimeError:  # (its chart's interface went with the widget, moments before this item goes)
            return None
        return items[self._index] if self._index < len(items) else None

    def isValid(self) -> bool:  # Qt's name
        return self._item() is not None

    def object(self) -> QObject | None:  # type: ignore[override]  # (None: no child)
        return None

    def window(self):  # a QWindow, or None
        return self._chart.window()

    def parent(self) -> QAccessibleInterface:
        return self._chart

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # (None: no child)
        return None

    def childCount(self) -> int:  # Qt's name
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # Qt's name
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's name (None: no child)
        return None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        return item[0] if item is not None and kind == QAccessible.Text.Name else ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:  # Qt's name
        pass

    def rect(self) -> QRect:
        item, widget = self._item(), self._chart.widget()
        if item is None or item[1].isEmpty():
            return QRect()
        rect = item[1].toAlignedRect()
        return QRect(widget.mapToGlobal(rect.topLeft()), rect.size())

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.focused = self._chart.focused == self._index and self._chart.widget().hasFocus()
        state.invisible = self._item() is None or self._item()[1].isEmpty()  # type: ignore[index]
        return state


class ChartAccessible(QAccessibleWidget):
    """The chart itself: its name is the widget's, its description the summary, its children the items."""

    def __init__(self, widget: QWidget, children: list[ChartItem]) -> None:
        super().__init__(widget, QAccessible.Role.Chart)
        self._children = children  # (the factory's list: it outlives this interface, see the module)
        self.focused: int | None = None

    def chart(self) -> Chart:
        return self.widget()  # type: ignore[return-value]

    def items(self) -> list[tuple[str, QRectF]]:
        return self.chart().accessible_items() if self.isValid() else []

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Description:
            return self.chart().accessible_summary()
        return super().text(kind)

    def childCount(self) -> int:  # Qt's name
        return len(self.items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # (None: no child)
        if not 0 <= index < self.childCount():
            return None
        while len(self._children) <= index:
            self._children.append(ChartItem(self, len(self._children)))
        return self._children[index]

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # Qt's name
        return next((i for i, mine in enumerate(self._children) if mine is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt's name (None: no child)
        at = QPointF(self.widget().mapFromGlobal(QPoint(x, y)))
        for i, (_text, rect) in enumerate(self.items()):
            if rect.contains(at):
                return self.child(i)
        return None


_made: dict[int, ChartAccessible] = {}  # one interface per chart widget, kept while it lives
_items: dict[int, list[ChartItem]] = {}  # the items made for each chart widget, until it is destroyed


def _factory(_class_name: str, thing: QObject) -> QAccessibleInterface | None:
    if isinstance(thing, QWidget) and hasattr(thing, "accessible_items") and hasattr(thing, "accessible_summary"):
        key = id(thing)
        made = _made.get(key)
        try:
            stale = made is None or not made.isValid() or made.widget() is not thing
        except RuntimeError:  # Qt deleted it with its widget; a new widget has the same id
            stale = True
        if stale:
            _forget(key)  # (another widget's, at the same address: gone)
            made = _made[key] = ChartAccessible(thing, _items.setdefault(key, []))
            thing.destroyed.connect(lambda *_a, key=key: _forget(key))
        return made
    return None


def _forget(key: int) -> None:
    """A chart widget is gone: its items out of Qt's cache (which deletes them), then out of ours."""
    _made.pop(key, None)
    for item in _items.pop(key, []):
        with contextlib.suppress(RuntimeError):  # (one Qt deleted already)
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))


_installed = False


def install() -> None:
    """Make the charts' interfaces (once; the factory is asked for every new widget's interface)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def tell_changed(widget: QWidget) -> None:
    """The chart's summary and items changed: a screen reader reads them again."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectReorder))


def tell_focused(widget: QWidget, index: int | None) -> None:
    """The keyboard moved to item `index` of the chart: a screen reader reads it (as it does a list's item)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if isinstance(interface, ChartAccessible):
        interface.focused = index
    # Only while the chart has the keyboard: a row picked by a click or at start-up must not move the reader.
    if index is not None and widget.hasFocus() and QAccessible.isActive() and QApplication.instance() is not None:
        event = QAccessibleEvent(widget, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)
