"""The level chip: the level's number and short name on a colour that rises with the level.

Colour is never the only signal: the number and the name are always there. The palette has a light and a dark
variant chosen from the system palette, and the text colour is picked for contrast against each chip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSizePolicy, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# Cool (the teacher decides) to fresh (the student decides); five stops, stretched over longer ladders.
LIGHT_CHIPS = ("#E2E8F0", "#BAE6FD", "#99F6E4", "#BBF7D0", "#D9F99D")
DARK_CHIPS = ("#3B4556", "#0C4A6E", "#115E59", "#166534", "#3F6212")
DARK_TEXT, LIGHT_TEXT = QColor("#111827"), QColor("#F9FAFB")

ROLE_LEVEL = Qt.ItemDataRole.UserRole + 20  # int rank
ROLE_LEVEL_NAME = Qt.ItemDataRole.UserRole + 21
ROLE_LEVEL_TOP = Qt.ItemDataRole.UserRole + 22


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def chip_colors(rank: int, top: int, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a level chip; the text colour is whichever contrasts more."""
    stops = DARK_CHIPS if is_dark(palette) else LIGHT_CHIPS
    index = 0 if top <= 0 else round(rank / top * (len(stops) - 1))
    background = QColor(stops[max(0, min(index, len(stops) - 1))])
    text = DARK_TEXT if contrast(background, DARK_TEXT) >= contrast(background, LIGHT_TEXT) else LIGHT_TEXT
    return background, text


def paint_chip(painter: QPainter, rect: QRect, rank: int, name: str, top: int, palette: QPalette,
               font: QFont) -> None:
    background, text = chip_colors(rank, top, palette)
    metrics = QFontMetrics(font)
    chip = QRectF(rect.adjusted(3, 3, -3, -3))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    number = str(rank)
    bold = QFont(font)
    bold.setBold(True)
    number_width = QFontMetrics(bold).horizontalAdvance("0") + 10
    # Too narrow for a readable name (a side panel is open): the number alone, with the name in the tooltip.
    compact = chip.width() - number_width - 12 < metrics.horizontalAdvance("Abcdefg")
    if compact:
        chip = QRectF(chip.left(), chip.top(), min(chip.width(), number_width + 8), chip.height())
    painter.setBrush(background)
    radius = min(6.0, chip.height() / 2)
    painter.drawRoundedRect(chip, radius, radius)
    painter.setPen(text)
    if compact:
        painter.setFont(bold)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, number)
        painter.restore()
        return
    # The number in a tinted square at the left, so the level reads at a glance even in grey.
    box = QRectF(chip.left(), chip.top(), number_width, chip.height())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(text)
    painter.setOpacity(0.14)
    painter.drawRoundedRect(box, radius, radius)
    painter.setOpacity(1.0)
    painter.setPen(text)
    painter.setFont(bold)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, number)
    painter.setFont(font)
    label = chip.adjusted(number_width + 6, 0, -6, 0)
    elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label.width()))
    painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
    painter.restore()


_PIXMAPS: dict[tuple[object, ...], QPixmap] = {}
_MOST_PIXMAPS = 512  # a class's chips in a few widths; a resize that makes more starts the cache afresh


def chip_pixmap(size: QSize, rank: int, name: str, top: int, palette: QPalette, font: QFont,
                ratio: float) -> QPixmap:
    """The chip painted once per look (level, name, size, light or dark, font, screen ratio) and then reused: a
    repaint of the roster copies pixels instead of laying out the chip's text again in Python."""
    key = (rank, name, top, size.width(), size.height(), is_dark(palette), font.key(), ratio)
    found = _PIXMAPS.get(key)
    if found is None:
        if len(_PIXMAPS) >= _MOST_PIXMAPS:
            _PIXMAPS.clear()
        found = QPixmap(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        found.setDevicePixelRatio(ratio)
        found.fill(Qt.GlobalColor.transparent)
        painter = QPainter(found)
        paint_chip(painter, QRect(0, 0, size.width(), size.height()), rank, name, top, palette, font)
        painter.end()
        _PIXMAPS[key] = found
    return found


class LevelChipDelegate(QStyledItemDelegate):
    """Paints ROLE_LEVEL / ROLE_LEVEL_NAME / ROLE_LEVEL_TOP as a chip; the display text stays for a11y. Set on
    the level columns only: the other columns are painted by Qt's own delegate, without Python."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rank = index.data(ROLE_LEVEL)
        if rank is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        painter.drawPixmap(rect.topLeft(), chip_pixmap(
            rect.size(), int(rank), str(index.data(ROLE_LEVEL_NAME) or ""), int(index.data(ROLE_LEVEL_TOP) or 4),
            option.palette, option.font, painter.device().devicePixelRatioF()))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        if index.data(ROLE_LEVEL) is None:
            hint = super().sizeHint(option, index)
            return QSize(hint.width() + 12, max(hint.height(), metrics.height() + 14))
        name = str(index.data(ROLE_LEVEL_NAME) or "")
        return QSize(metrics.horizontalAdvance(f"0  {name}") + 34, metrics.height() + 14)


class ChipLabel(QWidget):
    """One chip as a widget (the student panel's current levels)."""

    def __init__(self, rank: int, name: str, top: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rank, self._name, self._top = rank, name, top
        self.setAccessibleName(f"{rank} {name}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(name)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(f"0  {self._name}") + 34, metrics.height() + 12)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("0") + 24, metrics.height() + 12)

    def set_level(self, rank: int, name: str, top: int) -> None:
        """Show another level (the student panel keeps its chips and changes what they say)."""
        if (rank, name, top) == (self._rank, self._name, self._top):
            return
        renamed = name != self._name
        self._rank, self._name, self._top = rank, name, top
        self.setAccessibleName(f"{rank} {name}")
        self.setToolTip(name)
        if renamed:
            self.updateGeometry()
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, chip_pixmap(self.size(), self._rank, self._name, self._top, self.palette(),
                                             self.font(), self.devicePixelRatioF()))
        painter.end()
