"""Suggestions as cards in a list: a thin model, a delegate that wraps the sentence, and the keyboard.

The model holds `SuggestionRow`s (the engine's `Suggestion` plus the words the panel chose for it); the
delegate paints a card: the kind as a labelled chip, who and which dimension, the sentence wrapped to the
width, and the evidence dates. Hovering a card shows the events behind it. Keys on the list: Enter accept,
Delete dismiss, S snooze, H hold the conversation, R record a follow-up's outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from autonomy.core.suggestion_facts import Suggestion
from autonomy.core.types import SuggestionKind
from autonomy.ui.widgets.activation import no_repaint_on_activation
from autonomy.ui.widgets.chips import DARK_TEXT, LIGHT_TEXT, contrast, is_dark

ROLE_SUGGESTION = Qt.ItemDataRole.UserRole + 40
ROLE_KIND_LABEL = Qt.ItemDataRole.UserRole + 41
ROLE_TITLE = Qt.ItemDataRole.UserRole + 42
ROLE_EVIDENCE = Qt.ItemDataRole.UserRole + 43

PAD = 8  # inside a card
GAP = 4  # between cards

# The kind's chip (light, dark). Colour is never alone: the kind's name is written on the chip.
KIND_COLOURS = {
    SuggestionKind.STEP_UP: ("#BBF7D0", "#166534"),
    SuggestionKind.CLASS_STEP: ("#99F6E4", "#115E59"),
    SuggestionKind.STEP_BACK: ("#FED7AA", "#9A3412"),
    SuggestionKind.REFLECT: ("#DDD6FE", "#5B21B6"),
    SuggestionKind.FOLLOW_UP: ("#BAE6FD", "#0C4A6E"),
    SuggestionKind.CHECK_IN: ("#E2E8F0", "#3B4556"),
}


@dataclass(frozen=True)
class SuggestionRow:
    suggestion: Suggestion
    kind_label: str  # "Step up"
    title: str  # "Amira Haddad · Workspace"
    evidence: str  # "Evidence: 3 Nov, 5 Nov, 8 Nov" ("" when there is none)
    tooltip: str  # the events behind it, one a line
    text: str = ""  # the sentence in the app's language (autonomy.ui.words.suggestion_sentences); "" for the engine's

    @property
    def sentence(self) -> str:
        return self.text or self.suggestion.text


def key_of(suggestion: Suggestion) -> tuple[object, ...]:
    """What identifies a suggestion across reloads (the sentence changes as days pass)."""
    return suggestion.kind, suggestion.student_id, suggestion.classroom_id, suggestion.dimension, suggestion.to_level


class SuggestionModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SuggestionRow] = []

    def set_rows(self, rows: Sequence[SuggestionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SuggestionRow]:
        return list(self._rows)

    def row(self, index: int) -> SuggestionRow:
        return self._rows[index]

    def find(self, key: tuple[object, ...]) -> int | None:
        return next((i for i, r in enumerate(self._rows) if key_of(r.suggestion) == key), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.sentence
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.kind_label}. {row.title}. {row.sentence} {row.evidence}".strip()
        if role == ROLE_SUGGESTION:
            return row.suggestion
        if role == ROLE_KIND_LABEL:
            return row.kind_label
        if role == ROLE_TITLE:
            return row.title
        if role == ROLE_EVIDENCE:
            return row.evidence
        return None


def kind_colours(kind: SuggestionKind, palette: QPalette) -> tuple[QColor, QColor]:
    light, dark = KIND_COLOURS.get(kind, KIND_COLOURS[SuggestionKind.CHECK_IN])
    background = QColor(dark if is_dark(palette) else light)
    text = DARK_TEXT if contrast(background, DARK_TEXT) >= contrast(background, LIGHT_TEXT) else LIGHT_TEXT
    return background, text


class SuggestionDelegate(QStyledItemDelegate):
    """A card per suggestion; its height follows the wrapped sentence at the list's current width."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return option.font, bold, small

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        return max(width - 2 * PAD - 2, 120)

    def _blocks(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                width: int) -> tuple[int, int, int]:
        """Heights of the header line, the sentence and the evidence line at `width`."""
        normal, bold, small = self._fonts(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        header = max(QFontMetrics(bold).height() + 6, QFontMetrics(small).height() + 6)
        text = QFontMetrics(normal).boundingRect(QRect(0, 0, width, 100_000), flags, str(index.data() or ""))
        evidence = str(index.data(ROLE_EVIDENCE) or "")
        proof = QFontMetrics(small).boundingRect(QRect(0, 0, width, 100_000), flags, evidence) if evidence else QRect()
        return header, text.height(), proof.height()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._width(option)
        header, text, proof = self._blocks(option, index, width)
        height = PAD + header + 4 + text + (4 + proof if proof else 0) + PAD + GAP
        return QSize(width + 2 * PAD, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        suggestion = index.data(ROLE_SUGGESTION)
        if not isinstance(suggestion, Suggestion):
            super().paint(painter, option, index)
            return
        palette = option.palette
        normal, bold, small = self._fonts(option)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = selected and bool(state & QStyle.StateFlag.State_HasFocus)
        card = option.rect.adjusted(1, 1, -1, -GAP)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        if selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(60 if focused else 30)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(card, 6, 6)
            fill = tint
        border = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        # The current card keeps a thick outline while the list has the keyboard: focus is always visible.
        painter.setPen(QPen(border, 2.5 if focused else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 6, 6)

        width = card.width() - 2 * PAD
        header, text_height, proof_height = self._blocks(option, index, width)
        x, y = card.left() + PAD, card.top() + PAD
        # The kind as a chip with its name, then who and which dimension.
        label = str(index.data(ROLE_KIND_LABEL) or "")
        small_metrics = QFontMetrics(small)
        chip = QRect(x, y, small_metrics.horizontalAdvance(label) + 14, header - 2)
        background, ink = kind_colours(suggestion.kind, palette)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(ink)
        painter.setFont(small)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        title_rect = QRect(chip.right() + 8, y, card.right() - PAD - chip.right() - 8, header - 2)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QFontMetrics(bold).elidedText(str(index.data(ROLE_TITLE) or ""), Qt.TextElideMode.ElideRight,
                                              max(title_rect.width(), 10))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        y += header + 4
        painter.setFont(normal)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRect(x, y, width, text_height), flags, str(index.data() or ""))
        y += text_height + 4
        evidence = str(index.data(ROLE_EVIDENCE) or "")
        if evidence:
            painter.setFont(small)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(QRect(x, y, width, proof_height), flags, evidence)
        painter.restore()


class SuggestionList(QListView):
    """The cards; the decision keys work here, ahead of the window's one-letter shortcuts."""

    accept_key = Signal()
    dismiss_key = Signal()
    snooze_key = Signal()
    conversation_key = Signal()
    outcome_key = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SuggestionDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.setSpacing(0)
        no_repaint_on_activation(self)  # (each card is painted in Python)

    def _signal_for(self, event: QKeyEvent) -> SignalInstance | None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        return {
            Qt.Key.Key_Return: self.accept_key, Qt.Key.Key_Enter: self.accept_key,
            Qt.Key.Key_Delete: self.dismiss_key, Qt.Key.Key_Backspace: self.dismiss_key,
            Qt.Key.Key_S: self.snooze_key, Qt.Key.Key_H: self.conversation_key, Qt.Key.Key_R: self.outcome_key,
        }.get(Qt.Key(event.key()))

    def event(self, event: QEvent) -> bool:
        # A window-wide shortcut on the same key (the roster's letters) must not take it from the list.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._signal_for(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        signal = self._signal_for(event)
        if signal is not None and self.currentIndex().isValid():
            signal.emit()
            return
        super().keyPressEvent(event)
