"""Colours, fonts, markers and words of the coach's charts, for the screen (light or dark) and for paper.

Colour is never the only signal, so a black-and-white print reads the same: every kind of mark has its own
shape and row, heat-map cells carry their level's digit on a ramp that darkens with the level, and bars carry
their numbers as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from autonomy.core.charts import BREAK, BUILD, CHANGE, CHOICE, OBSERVATION, REFLECTION, Mark
from autonomy.ui.widgets.chips import contrast, is_dark
from autonomy.ui.words import dates

LIGHT_RAMP = ("#F1F5F9", "#CFE6F1", "#93C5D8", "#4A92A8", "#1B5E6E")
DARK_RAMP = ("#1F2937", "#1E4A5C", "#246E7C", "#3A9A96", "#86CDB8")
INK, PAPER = QColor("#111827"), QColor("#FFFFFF")


def tr(text: str) -> str:
    return QCoreApplication.translate("Coach", text)


@dataclass(frozen=True)
class ChartStyle:
    font: QFont
    small: QFont
    bold: QFont
    title: QFont
    text: QColor
    muted: QColor
    grid: QColor
    base: QColor
    alternate: QColor
    line: QColor
    build: QColor
    broken: QColor
    observation: QColor
    choice: QColor
    reflection: QColor
    focus: QColor
    ramp: tuple[QColor, ...]
    paper: bool = False

    @classmethod
    def screen(cls, widget: QWidget) -> ChartStyle:
        palette = widget.palette()
        dark = is_dark(palette)
        font = QFont(widget.font())
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        muted = QColor(text)
        muted.setAlphaF(0.62)
        grid = QColor(text)
        grid.setAlphaF(0.16)
        alternate = QColor(text)
        alternate.setAlphaF(0.04)
        return cls._make(font, text, muted, grid, base, alternate, dark, paper=False,
                         focus=palette.color(QPalette.ColorRole.Highlight))

    @classmethod
    def print(cls, pixel_size: int = 11) -> ChartStyle:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPixelSize(pixel_size)
        return cls._make(font, INK, QColor("#4B5563"), QColor("#D1D5DB"), PAPER, QColor("#F5F5F5"), False,
                         paper=True, focus=INK)

    @classmethod
    def _make(cls, font: QFont, text: QColor, muted: QColor, grid: QColor, base: QColor, alternate: QColor,
              dark: bool, *, paper: bool, focus: QColor) -> ChartStyle:
        size = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
        font.setPixelSize(size)
        small, bold, title = QFont(font), QFont(font), QFont(font)
        small.setPixelSize(max(8, round(size * 0.84)))
        bold.setBold(True)
        title.setBold(True)
        title.setPixelSize(round(size * 1.25))
        ramp = tuple(QColor(c) for c in (DARK_RAMP if dark else LIGHT_RAMP))
        if dark:
            return cls(font, small, bold, title, text, muted, grid, base, alternate, QColor("#E5E7EB"),
                       QColor("#4ADE80"), QColor("#F87171"), QColor("#9CA3AF"), QColor("#C4B5FD"),
                       QColor("#FBBF24"), focus, ramp, paper)
        return cls(font, small, bold, title, text, muted, grid, base, alternate, QColor("#1F2937"),
                   QColor("#15803D"), QColor("#B91C1C"), QColor("#6B7280"), QColor("#6D28D9"),
                   QColor("#B45309"), focus, ramp, paper)

    def heat(self, level: int, top: int) -> tuple[QColor, QColor]:
        """(fill, digit colour) for a level: the ramp darkens (or, in the dark theme, brightens) with the level."""
        index = 0 if top <= 0 else round(level / top * (len(self.ramp) - 1))
        fill = self.ramp[max(0, min(index, len(self.ramp) - 1))]
        digit = INK if contrast(fill, INK) >= contrast(fill, PAPER) else PAPER
        return fill, digit

    def color(self, kind: str) -> QColor:
        return {BUILD: self.build, BREAK: self.broken, OBSERVATION: self.observation, CHOICE: self.choice,
                REFLECTION: self.reflection}.get(kind, self.line)


def draw_marker(p: QPainter, kind: str, x: float, y: float, size: float, style: ChartStyle,
                severity: str | None = None, within_level: bool = True) -> QRectF:
    """Draw one mark centred on (x, y); returns the area it covers (for hover and focus)."""
    half = size / 2
    color = style.color(kind)
    outline = QPen(style.base if not style.paper else PAPER, 1)
    if kind == BUILD:  # ▲
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawPolygon(QPolygonF([QPointF(x - half, y + half), QPointF(x + half, y + half), QPointF(x, y - half)]))
    elif kind == BREAK:  # ▼, bigger with severity; a serious one also gets a bar beneath
        half *= {"minor": 0.8, "serious": 1.2}.get(severity or "", 1.0)
        p.setPen(outline)
        p.setBrush(color)
        p.drawPolygon(QPolygonF([QPointF(x - half, y - half), QPointF(x + half, y - half), QPointF(x, y + half)]))
        if severity == "serious":
            p.setPen(QPen(color, 2))
            p.drawLine(QPointF(x - half, y + half + 2), QPointF(x + half, y + half + 2))
            half += 2
    elif kind == OBSERVATION:  # ○
        p.setPen(QPen(color, 1.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(x, y), half * 0.75, half * 0.75)
    elif kind == CHOICE:  # | within the level, □ beyond it
        if within_level:
            p.setPen(QPen(color, 1.6))
            p.drawLine(QPointF(x, y - half), QPointF(x, y + half))
            return QRectF(x - 3, y - half, 6, size)
        p.setPen(QPen(color, 1.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x - half * 0.7, y - half * 0.7, half * 1.4, half * 1.4))
    elif kind == REFLECTION:  # ◆
        p.setPen(outline)
        p.setBrush(color)
        p.drawPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y), QPointF(x, y + half),
                                 QPointF(x - half, y)]))
    else:  # a level change: ● on the step line
        p.setPen(QPen(style.base if not style.paper else PAPER, 1.5))
        p.setBrush(style.line)
        p.drawEllipse(QPointF(x, y), half * 0.7, half * 0.7)
    return QRectF(x - half, y - half, 2 * half, 2 * half)


# English names, marked for pyside6-lupdate (it cannot read a tr() of a variable); worded by the functions below
# (str(): the stubs type QT_TRANSLATE_NOOP's result as object; it is the English text).
KIND_NAMES = {
    BUILD: QT_TRANSLATE_NOOP("Coach", "Trust built"), BREAK: QT_TRANSLATE_NOOP("Coach", "Trust broken"),
    OBSERVATION: QT_TRANSLATE_NOOP("Coach", "Observation"), CHOICE: QT_TRANSLATE_NOOP("Coach", "Choice"),
    REFLECTION: QT_TRANSLATE_NOOP("Coach", "Reflection conversation"),
    CHANGE: QT_TRANSLATE_NOOP("Coach", "Level change"),
}
SUGGESTION_NAMES = {
    "step_up": QT_TRANSLATE_NOOP("Coach", "Step up"), "step_back": QT_TRANSLATE_NOOP("Coach", "Step back"),
    "reflect": QT_TRANSLATE_NOOP("Coach", "Reflect"), "check_in": QT_TRANSLATE_NOOP("Coach", "Check in"),
    "follow_up": QT_TRANSLATE_NOOP("Coach", "Follow up"), "class_step": QT_TRANSLATE_NOOP("Coach", "Class step"),
    "all": QT_TRANSLATE_NOOP("Coach", "All suggestions"),
}
SOURCE_NAMES = {"manual": QT_TRANSLATE_NOOP("Coach", "decided by the teacher"),
                "suggestion": QT_TRANSLATE_NOOP("Coach", "from a suggestion"),
                "reflection": QT_TRANSLATE_NOOP("Coach", "after a reflection")}
SEVERITY_NAMES = {"minor": QT_TRANSLATE_NOOP("Coach", "minor"), "moderate": QT_TRANSLATE_NOOP("Coach", "moderate"),
                  "serious": QT_TRANSLATE_NOOP("Coach", "serious")}


def kind_name(kind: str) -> str:
    """"Trust built", "Reflection conversation" … in the UI language."""
    return tr(str(KIND_NAMES[kind])) if kind in KIND_NAMES else kind


def suggestion_name(kind: str) -> str:
    return tr(str(SUGGESTION_NAMES[kind])) if kind in SUGGESTION_NAMES else kind.replace("_", " ").capitalize()


def source_name(source: str | None) -> str:
    """What led to a level change: "from a suggestion", "after a reflection" … in the UI language."""
    return tr(str(SOURCE_NAMES[source])) if source in SOURCE_NAMES else (source or "")


def severity_name(severity: str | None) -> str:
    return tr(str(SEVERITY_NAMES[severity])) if severity in SEVERITY_NAMES else (severity or "")


def when_text(moment: dt.datetime | dt.date | None) -> str:
    """"Wed 05 Nov 2026, 14:05" (German "Mi., 5. Nov. 2026, 14:05"): always with the year, as on paper."""
    if moment is None:
        return ""
    return dates.weekday_text(moment, year=True, time_sep=", ")


def dates_in_words(text: str) -> str:
    """A reason or note written with a date as the computer writes it (2026-08-13, in a suggestion's evidence)
    says it as the rest of the page does ("Thu 13 Aug 2026"): one date format on a line."""
    import re

    def said(found: re.Match[str]) -> str:
        try:
            return dates.weekday_text(dt.date.fromisoformat(found.group(0)), year=True)
        except ValueError:
            return found.group(0)

    return re.sub(r"\b\d{4}-\d{2}-\d{2}\b", said, text)


def describe(mark: Mark, lane_name: str, *, with_detail: bool = True) -> str:
    """One plain sentence (two with the note) saying what a mark is."""
    where = f" · {lane_name}" if lane_name else ""
    when = when_text(mark.when)
    if mark.kind == CHANGE:
        source = source_name(mark.severity)
        text = tr("Level {change} in {lane} ({source}) · {when}").format(
            change=mark.label, lane=lane_name, source=source, when=when)
    elif mark.kind == CHOICE:
        within = tr("within their level") if mark.within_level else tr("beyond their level")
        chosen = tr(" “{choice}”").format(choice=mark.label) if mark.label else ""  # each language's quotes
        text = tr("Choice{chosen}{where}, {within} · {when}").format(chosen=chosen, where=where, within=within,
                                                                   when=when)
    elif mark.kind == REFLECTION:
        text = tr("Reflection conversation · {when}").format(when=when)
    else:
        severity = f" ({severity_name(mark.severity)})" if mark.kind == BREAK and mark.severity else ""
        text = f"{kind_name(mark.kind)}{severity} · {mark.label}{where} · {when}"
    if with_detail and mark.detail:
        text += "\n" + (tr("Agreed: ") if mark.kind == REFLECTION else "") + dates_in_words(mark.detail)
    return text


def hatch(color: QColor, pattern: Qt.BrushStyle) -> QBrush:
    brush = QBrush(color, pattern)
    return brush


def draw_text(p: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
              | Qt.AlignmentFlag.AlignVCenter, elide: bool = True) -> None:
    if elide:
        text = QFontMetricsF(p.font()).elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, rect.width()))
    p.drawText(rect, int(flags), text)


def tick_label(unit: str, day: dt.date) -> str:
    """"Nov" ("Jan 2027" where a year begins) for month ticks, "3 Nov" for weeks and days; in the UI language."""
    if unit == "month":
        return dates.month_text(day, year=day.month == 1)
    return dates.day_text(day, year=False)


def draw_focus_frame(p: QPainter, rect: QRectF, style: ChartStyle) -> None:
    """A chart widget's keyboard focus: a frame in the highlight colour (a style's own focus rectangle is often
    faint, and some draw none until a key is pressed)."""
    p.save()
    p.setPen(QPen(style.focus, 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(rect.adjusted(1, 1, -1, -1))
    p.restore()
