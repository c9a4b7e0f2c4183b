"""One student's timeline, hand-painted with QPainter: the same function draws into the widget (timeline.py) and
onto a PDF page (report.py). Takes a painter, a rectangle (logical pixels; the PDF scales its page to 96 per inch)
and a `core.charts.Timeline`, and returns what was drawn where, so the widget can answer hover and focus.
Runs on whichever thread owns the paint device (the GUI thread for widgets, the report's lane for a PDF).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from autonomy.core.charts import (
    BREAK,
    BUILD,
    CHANGE,
    CHOICE,
    OBSERVATION,
    REFLECTION,
    Mark,
    Timeline,
    TimelineLane,
    View,
    date_ticks,
)
from autonomy.ui.coach.style import ChartStyle, draw_marker, draw_text, tick_label, tr

MARKER = 9.0
GENERAL_LANE = 30.0


@dataclass(frozen=True)
class Hit:
    rect: QRectF
    mark: Mark
    lane_name: str



# --- the student timeline ----------------------------------------------------------------------------------
def timeline_gutter(style: ChartStyle, timeline: Timeline) -> float:
    metrics = QFontMetricsF(style.bold)
    widest = max([metrics.horizontalAdvance(lane.name) for lane in timeline.lanes] + [60.0])
    return min(150.0, widest + 26)


def _timeline_frame(rect: QRectF, timeline: Timeline,
                    style: ChartStyle) -> tuple[float, QRectF, list[tuple[TimelineLane, QRectF]]]:
    """The names gutter's width, the plot, and each lane with its band (across the whole width), top to bottom."""
    axis_h = QFontMetricsF(style.small).height() + 8
    gutter = timeline_gutter(style, timeline)
    plot = QRectF(rect.left() + gutter, rect.top(), rect.width() - gutter - 6, rect.height() - axis_h)
    dims = [lane for lane in timeline.lanes if lane.key]
    lane_h = (plot.height() - GENERAL_LANE) / max(1, len(dims))
    bands, top = [], plot.top()
    for lane in timeline.lanes:
        height = lane_h if lane.key else GENERAL_LANE
        bands.append((lane, QRectF(rect.left(), top, rect.width(), height)))
        top += height
    return gutter, plot, bands


def timeline_lane_name_at(rect: QRectF, timeline: Timeline, style: ChartStyle, pos: QPointF) -> str:
    """The whole name of the lane whose name is drawn at `pos` (a long one is drawn cut short), or ""."""
    gutter, _plot, bands = _timeline_frame(rect, timeline, style)
    if not rect.left() <= pos.x() < rect.left() + gutter:
        return ""
    return next((lane.name or tr("Whole student") for lane, band in bands if band.top() <= pos.y() < band.bottom()),
                "")


def paint_timeline(p: QPainter, rect: QRectF, timeline: Timeline, view: View, style: ChartStyle,
                   focus: Mark | None = None) -> list[Hit]:
    """Lanes top to bottom, one per dimension then one for the student as a whole; dates along the bottom."""
    p.save()
    hits: list[Hit] = []
    small = QFontMetricsF(style.small)
    axis_h = small.height() + 8
    gutter, plot, bands = _timeline_frame(rect, timeline, style)
    if plot.width() < 20 or plot.height() < 20 or view.width <= 0:
        p.restore()
        return hits

    def x_of(t: float) -> float:
        return plot.left() + (t - view.first) / view.width * plot.width()

    # Grid: one line per tick, through every lane.
    unit, ticks = date_ticks(view, max(2, int(plot.width() / 70)))
    p.setFont(style.small)
    for day in ticks:
        x = x_of(day.toordinal())
        p.setPen(QPen(style.grid, 1))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        p.setPen(style.muted)
        label = tick_label(unit, day)
        width = small.horizontalAdvance(label) + 4
        if x + width / 2 <= plot.right() + 4:
            draw_text(p, QRectF(x - width / 2, plot.bottom() + 3, width, axis_h - 3), label,
                  Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, elide=False)
    # Reflection conversations: a dotted line through every lane, so the events around one are seen together.
    general = timeline.lanes[-1]
    for mark in general.visible(view):
        if mark.kind == REFLECTION:
            p.setPen(QPen(style.reflection, 1, Qt.PenStyle.DotLine))
            x = x_of(mark.at)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))

    for index, (lane, band) in enumerate(bands):
        top, height = band.top(), band.height()
        if index % 2 == 0:
            p.fillRect(band, style.alternate)
        p.setPen(QPen(style.grid, 1))
        p.drawLine(QPointF(rect.left(), band.bottom()), QPointF(rect.right(), band.bottom()))
        p.setPen(style.text)
        p.setFont(style.bold)
        name = lane.name or tr("Whole student")
        draw_text(p, QRectF(rect.left() + 4, top + 2, gutter - 22, QFontMetricsF(style.bold).height()), name)
        p.setClipRect(QRectF(plot.left() - MARKER, top, plot.width() + 2 * MARKER, height))
        if lane.key:
            hits += _paint_dimension_lane(p, lane, QRectF(plot.left(), top, plot.width(), height), rect.left()
                                          + gutter, view, x_of, style)
        else:
            y = top + height / 2
            for mark in lane.visible(view):
                area = draw_marker(p, mark.kind, x_of(mark.at), y, MARKER + 1, style, mark.severity)
                hits.append(Hit(area, mark, ""))
        p.setClipping(False)
    if focus is not None:
        for hit in hits:
            if hit.mark.ref == focus.ref and hit.mark.kind == focus.kind:
                p.setPen(QPen(style.focus, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(hit.rect.adjusted(-3, -3, 3, 3), 3, 3)
                break
    p.restore()
    return hits


def _paint_dimension_lane(p: QPainter, lane, area: QRectF, gutter_right: float, view: View, x_of,
                          style: ChartStyle) -> list[Hit]:
    hits: list[Hit] = []
    build_y, break_y = area.top() + 8, area.top() + 20
    step_top, step_bottom = area.top() + 30, area.bottom() - 12
    choice_y = area.bottom() - 6
    top = max(1, lane.top)
    if step_bottom - step_top < 8:
        step_top, step_bottom = area.top() + 24, max(area.top() + 26, area.bottom() - 8)

    def y_of(level: int) -> float:
        return step_bottom - level / top * (step_bottom - step_top)

    # Level numbers beside the lane, where there is room.
    if (step_bottom - step_top) / top >= 9:
        p.setFont(style.small)
        p.setPen(style.muted)
        for level in range(lane.top + 1):
            y = y_of(level)
            p.drawText(QRectF(gutter_right - 16, y - 7, 12, 14), int(Qt.AlignmentFlag.AlignRight
                                                                     | Qt.AlignmentFlag.AlignVCenter), str(level))
    # The level as a step line, filled beneath so the climb reads even in grey.
    path = QPainterPath()
    fill = QPainterPath()
    started = False
    for step in lane.steps:
        if step.last < view.first or step.first > view.last:
            continue
        x0, x1 = x_of(max(step.first, view.first - 1)), x_of(min(step.last, view.last + 1))
        y = y_of(step.level)
        if not started:
            path.moveTo(x0, y)
            fill.moveTo(x0, step_bottom)
            fill.lineTo(x0, y)
            started = True
        else:
            path.lineTo(x0, y)
            fill.lineTo(x0, y)
        path.lineTo(x1, y)
        fill.lineTo(x1, y)
    # Each held level's digit above its step, so the level reads without the axis (and in black and white).
    p.setFont(style.small)
    p.setPen(style.text)
    for step in lane.steps:
        x0, x1 = x_of(max(step.first, view.first)), x_of(min(step.last, view.last))
        if x1 - x0 >= 16:
            p.drawText(QRectF(x0 + 2, y_of(step.level) - 13, 12, 12),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), str(step.level))
    if started:
        fill.lineTo(fill.currentPosition().x(), step_bottom)
        fill.closeSubpath()
        tint = style.line.lighter(100)
        tint.setAlphaF(0.10)
        p.fillPath(fill, tint)
        p.setPen(QPen(style.line, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    for mark in lane.visible(view):
        x = x_of(mark.at)
        if mark.kind == BUILD:
            rect = draw_marker(p, BUILD, x, build_y, MARKER, style)
        elif mark.kind == BREAK:
            rect = draw_marker(p, BREAK, x, break_y, MARKER, style, mark.severity)
        elif mark.kind == OBSERVATION:
            rect = draw_marker(p, OBSERVATION, x, (build_y + break_y) / 2, MARKER, style)
        elif mark.kind == CHOICE:
            rect = draw_marker(p, CHOICE, x, choice_y, 7, style, within_level=mark.within_level)
        elif mark.kind == CHANGE:
            level = int(mark.label.split("→")[-1]) if "→" in mark.label else 0
            rect = draw_marker(p, CHANGE, x, y_of(level), MARKER, style)
        else:
            continue
        hits.append(Hit(rect, mark, lane.name))
    return hits
