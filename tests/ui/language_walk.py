"""What a teacher reads on a screen, collected for the language walk (tests/ui/test_language_walk.py).

`texts(top)` gathers every string a built window shows or says: titles, labels, buttons, group boxes, field
texts and placeholders, combo box items, tabs, table headers and cells (with their tooltips), menus and their
actions, tooltips, accessible names and descriptions, the status bar. `english_fragments(lang)` reads a
language's catalogue for the English source texts it translates, cut at their placeholders, so a German string
with an English part left in it ("Rückgängig: Accepted: …") is caught even when no screen shows it whole.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from autonomy.ui.words import i18n

ALLOWED = Path(__file__).parent / "words_alike"  # <lang>.txt: names and words the same in English and <lang>
MAX_ROWS = 60  # rows of a table read (a class of 26 fits)
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def _plain(text: object) -> list[str]:
    """The lines a text shows: rich text as plain, mnemonics (&File) without the &."""
    if not isinstance(text, str) or not text.strip():
        return []
    if "<" in text and re.search(r"<[a-zA-Z/][^>]*>", text):  # rich text (Qt.mightBeRichText's test)
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return [line.strip() for line in re.split(r"[\n\u2029\u2028]", text) if line.strip()]


def _model(model: QAbstractItemModel | None) -> Iterator[object]:
    if model is None:
        return
    from PySide6.QtCore import QModelIndex

    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model keeps columnCount to itself: it has one
        columns = 1
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = columns if orientation == Qt.Orientation.Horizontal else min(model.rowCount(top), MAX_ROWS)
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield model.headerData(section, orientation, role)

    def rows(parent, depth: int) -> Iterator[object]:
        for row in range(min(model.rowCount(parent), MAX_ROWS)):
            for column in range(columns if parent == top else 1):
                index = model.index(row, column, parent)
                for role in _ROLES:
                    yield model.data(index, role)
                if depth < 3 and column == 0 and model.rowCount(index) > 0:
                    yield from rows(index, depth + 1)

    yield from rows(top, 0)


def _actions(actions: Iterable[QAction], seen: set[int]) -> Iterator[object]:
    for action in actions:
        if id(action) in seen or not action.isVisible():
            continue
        seen.add(id(action))
        yield from (action.text(), action.toolTip(), action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _actions(menu.actions(), seen)


def _widget(widget: QWidget) -> Iterator[object]:
    yield from (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip())
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield from (widget.text(), widget.placeholderText())
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield from (widget.toPlainText(), widget.placeholderText())
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
            yield widget.itemData(i, Qt.ItemDataRole.ToolTipRole)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield from (widget.tabText(i), widget.tabToolTip(i))
    elif isinstance(widget, QTreeWidget):  # its model's methods are private to Python
        header = widget.headerItem()
        yield from (header.text(c) for c in range(widget.columnCount()))
        items = [widget.topLevelItem(i) for i in range(min(widget.topLevelItemCount(), MAX_ROWS))]
        while items:
            item = items.pop()
            for c in range(widget.columnCount()):
                yield from (item.text(c), item.toolTip(c))
            items.extend(item.child(i) for i in range(item.childCount()))
    elif isinstance(widget, QListWidget):
        for i in range(min(widget.count(), MAX_ROWS)):
            yield from (widget.item(i).text(), widget.item(i).toolTip())
    elif isinstance(widget, QAbstractItemView):
        yield from _model(widget.model())


def texts(top: QWidget) -> list[str]:
    """Every line `top` shows or says (visible widgets only, but every item of their models and menus)."""
    found: list[object] = [top.windowTitle()]
    seen: set[int] = set()
    widgets = [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]
    for widget in widgets:
        if isinstance(widget, QComboBox | QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        found.extend(_widget(widget))
        found.extend(_actions(widget.actions(), seen))
    if isinstance(top, QMainWindow):
        found.extend(_actions(top.menuBar().actions(), seen))
        found.append(top.statusBar().currentMessage())
    return [line for text in found for line in _plain(text)]


# --- what counts as English -------------------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d|%n|<[^>]*>")


@cache
def english_fragments(language: str) -> tuple[str, ...]:
    """The catalogue's English sources that `language` translates differently, cut at placeholders; only pieces
    of two words or more (a single word may well be the same: "Name", "Status")."""
    source = i18n.translations_dir() / f"autonomy_{language}.ts"
    pieces: set[str] = set()
    for message in ET.parse(source).getroot().iter("message"):
        english = message.findtext("source") or ""
        translated = message.findtext("translation") or ""
        if not translated or translated == english:
            continue
        for piece in _PLACEHOLDER.split(re.sub(r"&(?!&)", "", english)):
            for line in piece.split("\n"):
                line = line.strip(" .,:;·—–-()“”‘’\"'…")
                if len(line.split()) >= 2 and len(line) >= 10:
                    pieces.add(line)
    return tuple(sorted(pieces, key=len, reverse=True))


@cache
def words_alike(language: str) -> frozenset[str]:
    """The allow-list: one name, word or phrase a line; # starts a comment."""
    path = ALLOWED / f"{language}.txt"
    assert path.is_file(), f"{path} is missing: list the words {language} shares with English (names, numbers…)"
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


_ADDRESS = re.compile(r"\S*[/\\]\S*|\S+@\S+\.\S+")  # a web address, a file's path, an e-mail address: names


def without(text: str, allowed: Iterable[str]) -> str:
    """`text` with the allowed names and phrases (longest first), web addresses and paths taken out."""
    text = _ADDRESS.sub(" ", text)
    for phrase in sorted(allowed, key=len, reverse=True):
        if phrase in text:
            text = text.replace(phrase, " ")
    return text


def left_after(text: str, allowed: Iterable[str]) -> list[str]:
    """The words of `text` left once the allowed names and phrases, the numbers and the punctuation are out."""
    return _WORD.findall(without(text, allowed))


def untranslated(shown: Iterable[str], english: Iterable[str], language: str, names: Iterable[str]) -> list[str]:
    """The strings of a screen in `language` that are English: the same as in the English run of the same
    screen (unless only allowed names and words are left), or holding a piece of an English source text."""
    allowed = words_alike(language) | set(names)
    same = set(english)
    problems = []
    for text in dict.fromkeys(shown):
        if text in same and left_after(text, allowed):
            problems.append(f"same as in English: {text!r}")
            continue
        stripped = without(text, allowed)
        for fragment in english_fragments(language):
            if fragment in stripped:
                problems.append(f"English {fragment!r} in {text!r}")
                break
    return problems
