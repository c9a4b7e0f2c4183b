"""A class's overview, hand-painted with QPainter: heat maps, the legend, the level distributions and how the
class follows through; the same functions draw into the widget (overview.py) and onto a PDF page (report.py).
Each takes a painter, a rectangle (logical pixels; the PDF scales its page to 96 per inch) and data already computed
by `core.charts`. Runs on whichever thread owns the paint device.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen

from autonomy.core.charts import BREAK, BUILD, CHANGE, CHOICE, OBSERVATION, REFLECTION
from autonomy.core.class_charts import ClassOverview, Distribution, FollowThrough
from autonomy.ui.coach.style import ChartStyle, draw_marker, draw_text, suggestion_name, tick_label, tr


# --- the class overview ------------------------------------------------------------------------------------
@dataclass
class OverviewLayout:
    """Where the heat-map cells are: rows of students, blocks of dimensions, columns of weeks."""

    cells: QRectF = field(default_factory=QRectF)  # the whole area of the rows (first block to the last)
    row_top: float = 0.0
    row_h: float = 0.0
    blocks: list[tuple[float, float]] = field(default_factory=list)  # x, width of each dimension block
    weeks: int = 0
    rows: int = 0
    height: float = 0.0

    def hit(self, pos: QPointF) -> tuple[int, int, int] | None:
        """(row, block, week) under a point, or None."""
        if self.row_h <= 0 or not (self.row_top <= pos.y() < self.row_top + self.rows * self.row_h):
            return None
        row = int((pos.y() - self.row_top) // self.row_h)
        for index, (x, width) in enumerate(self.blocks):
            if x <= pos.x() < x + width and self.weeks:
                return row, index, min(self.weeks - 1, int((pos.x() - x) / (width / self.weeks)))
        return None


def heat_row_height(rows: int, available: float | None = None) -> float:
    if available is None:
        return 16.0
    return max(9.0, min(18.0, available / max(1, rows)))


def heat_height(overview: ClassOverview, style: ChartStyle, row_h: float = 16.0) -> float:
    return _heat_header(style) + row_h * len(overview.data.students) + 4


def _heat_header(style: ChartStyle) -> float:
    return QFontMetricsF(style.bold).height() + QFontMetricsF(style.small).height() + 8


def paint_heat_maps(p: QPainter, rect: QRectF, overview: ClassOverview, style: ChartStyle, *,
                    row_h: float = 16.0, selected: str = "", first_row: int = 0,
                    rows: int | None = None) -> OverviewLayout:
    """Students down, weeks across, one block per dimension (small multiples sharing the names), then the share
    of school days with a trust-breaking event. A dark corner marks a week with a trust-breaking event."""
    p.save()
    students = overview.data.students[first_row:None if rows is None else first_row + rows]
    metrics, small = QFontMetricsF(style.font), QFontMetricsF(style.small)
    names_w = min(170.0, max([metrics.horizontalAdvance(s.name) for s in students] + [40.0]) + 12)
    share_title = tr("Days with a break")
    # As wide as its title needs (German: "Tage mit Vertrauensbruch"), within reason.
    share_w = max(118.0, min(rect.width() * 0.22, small.horizontalAdvance(share_title) + 6))
    maps = overview.heat_maps
    gap = 10.0
    blocks_w = rect.width() - names_w - share_w - gap * len(maps)
    block_w = blocks_w / max(1, len(maps))
    header = _heat_header(style)
    row_top = rect.top() + header
    layout = OverviewLayout(row_top=row_top, row_h=row_h, rows=len(students),
                            weeks=len(maps[0].weeks) if maps else 0)
    # Names (or codes) at the left; the selected student's row is outlined.
    p.setFont(style.font)
    for i, student in enumerate(students):
        y = row_top + i * row_h
        if i % 2 == 1:
            p.fillRect(QRectF(rect.left(), y, rect.width(), row_h), style.alternate)
        p.setPen(style.text if student.active else style.muted)
        draw_text(p, QRectF(rect.left() + 2, y, names_w - 8, row_h), student.name)
    x = rect.left() + names_w
    for heat in maps:
        layout.blocks.append((x, block_w))
        # The dimension's name in bold, or in the regular font where bold would be cut (a narrow page).
        fits = QFontMetricsF(style.bold).horizontalAdvance(heat.dimension.name) <= block_w
        p.setFont(style.bold if fits else style.font)
        p.setPen(style.text)
        draw_text(p, QRectF(x, rect.top(), block_w, QFontMetricsF(style.bold).height()), heat.dimension.name)
        cell_w = block_w / max(1, len(heat.weeks))
        p.setFont(style.small)
        p.setPen(style.muted)
        last_end = -1e9  # where the last label drawn ends: the next one keeps clear of it
        label_y = rect.top() + QFontMetricsF(style.bold).height() + 2
        for w, monday in enumerate(heat.weeks):
            cx = x + w * cell_w
            label = tick_label("week", monday) if w == 0 or monday.day <= 7 else ""
            width = small.horizontalAdvance(label)
            if label and cx + width + 2 <= x + block_w and cx >= last_end + 8:
                p.drawText(QPointF(cx + 1, label_y + small.ascent()), label)
                last_end = cx + width
        digits = cell_w >= 11 and row_h >= 11
        gap_x, gap_y = (-1 if cell_w >= 8 else 0), (-1 if row_h >= 12 else 0)
        for i, row in enumerate(heat.rows[first_row:first_row + len(students)]):
            y = row_top + i * row_h
            for w, level in enumerate(row.levels):
                cell = QRectF(x + w * cell_w, y, cell_w, row_h).adjusted(0, 0, gap_x, gap_y)
                fill, ink = style.heat(level, heat.dimension.top)
                p.fillRect(cell, fill)
                if digits:
                    p.setPen(ink)
                    p.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(level))
                if row.breaks[w]:
                    size = min(cell.width(), cell.height()) * (0.5 if row.breaks[w] == 1 else 0.7)
                    corner = QPainterPath()
                    corner.moveTo(cell.right() - size, cell.top())
                    corner.lineTo(cell.right(), cell.top())
                    corner.lineTo(cell.right(), cell.top() + size)
                    corner.closeSubpath()
                    p.fillPath(corner, style.broken if not style.paper else style.text)
        x += block_w + gap
    # Share of school days with a trust-breaking event: roster order, no ranking, no totals.
    p.setFont(style.small)
    p.setPen(style.text)
    draw_text(p, QRectF(x, rect.top(), share_w, QFontMetricsF(style.bold).height()), share_title)
    p.setFont(style.bold)
    shares = overview.shares[first_row:first_row + len(students)]
    bar_w = share_w - 42
    p.setFont(style.small)
    for i, share in enumerate(shares):
        y = row_top + i * row_h
        track = QRectF(x, y + row_h * 0.25, bar_w, row_h * 0.5)
        p.fillRect(track, style.grid)
        p.fillRect(QRectF(track.left(), track.top(), bar_w * min(1.0, share.share), track.height()),
                   style.broken if not style.paper else style.text)
        p.setPen(style.text)
        draw_text(p, QRectF(x + bar_w + 4, y, 40, row_h), f"{round(share.share * 100)} %", elide=False)
    if selected:
        for i, student in enumerate(students):
            if student.id == selected:
                p.setPen(QPen(style.focus, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(rect.left() + 1, row_top + i * row_h, rect.width() - 2, row_h))
    layout.cells = QRectF(rect.left() + names_w, row_top, blocks_w + gap * len(maps), row_h * len(students))
    layout.height = header + row_h * len(students) + 4
    p.restore()
    return layout


def paint_legend(p: QPainter, rect: QRectF, style: ChartStyle, top: int = 4, marks: bool = False) -> float:
    """The level ramp with its digits, the break corner, and (for timelines) the marks; returns its height."""
    p.save()
    p.setFont(style.small)
    metrics = QFontMetricsF(style.small)
    h = metrics.height() + 4
    x, y = rect.left(), rect.top()
    p.setPen(style.text)

    def word(text: str) -> None:
        nonlocal x
        p.setPen(style.text)
        width = metrics.horizontalAdvance(text)
        p.drawText(QRectF(x, y, width + 2, h), int(Qt.AlignmentFlag.AlignVCenter), text)
        x += width + 10

    word(tr("Level:"))
    for level in range(top + 1):
        fill, ink = style.heat(level, top)
        cell = QRectF(x, y + 1, 16, h - 2)
        p.fillRect(cell, fill)
        p.setPen(QPen(style.grid, 1))
        p.drawRect(cell)
        p.setPen(ink)
        p.drawText(cell, int(Qt.AlignmentFlag.AlignCenter), str(level))
        x += 18
    x += 10
    corner = QPainterPath()
    corner.moveTo(x, y + 1)
    corner.lineTo(x + 9, y + 1)
    corner.lineTo(x + 9, y + 10)
    corner.closeSubpath()
    p.fillPath(corner, style.broken if not style.paper else style.text)
    x += 14
    word(tr("a week with a trust-breaking event"))
    if marks:
        # The marks on a line of their own (none left alone at the start of a line), wrapping between marks.
        x, y = rect.left(), y + h
        for kind, text in ((BUILD, tr("trust built")), (BREAK, tr("trust broken")), (OBSERVATION, tr("observation")),
                           (CHOICE, tr("choice")), (REFLECTION, tr("reflection")), (CHANGE, tr("level change"))):
            if x + 14 + metrics.horizontalAdvance(text) > rect.right():
                x, y = rect.left(), y + h
            draw_marker(p, kind, x + 5, y + h / 2, 9, style)
            x += 14
            word(text)
    p.restore()
    return y + h - rect.top()


def paint_distributions(p: QPainter, rect: QRectF, dists: tuple[Distribution, ...], style: ChartStyle) -> None:
    """How the class opens up: per dimension, the class's spread across levels week by week (stacked, the
    highest level on top), with the share at or above the middle level, first week and last, as text."""
    p.save()
    gap = 12.0
    width = (rect.width() - gap * (len(dists) - 1)) / max(1, len(dists))
    bold_h = QFontMetricsF(style.bold).height()
    small_h = QFontMetricsF(style.small).height()
    for i, dist in enumerate(dists):
        box = QRectF(rect.left() + i * (width + gap), rect.top(), width, rect.height())
        p.setFont(style.bold)
        p.setPen(style.text)
        draw_text(p, QRectF(box.left(), box.top(), box.width(), bold_h), dist.dimension.name)
        top = max(1, len(dist.counts[0]) - 1) if dist.counts else dist.dimension.top
        middle = (top + 1) // 2
        shares = dist.share_at_or_above(middle)
        p.setFont(style.small)
        p.setPen(style.muted)
        if shares:
            draw_text(p, QRectF(box.left(), box.top() + bold_h, box.width(), small_h),
                  tr("Level {level} or higher: {first} % → {last} %").format(
                      level=middle, first=round(shares[0] * 100), last=round(shares[-1] * 100)))
        axis_w = QFontMetricsF(style.small).horizontalAdvance("100%") + 2  # the widest of the axis's labels
        chart = QRectF(box.left() + axis_w + 2, box.top() + bold_h + small_h + 6, box.width() - axis_w - 2,
                       box.height() - bold_h - small_h - 6 - small_h - 4)
        p.setPen(style.muted)
        for pct in (0, 50, 100):
            y = chart.bottom() - pct / 100 * chart.height()
            p.drawText(QRectF(box.left(), y - small_h / 2, axis_w, small_h),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{pct}%")
        weeks = len(dist.counts)
        if not weeks or chart.height() <= 4:
            continue
        bar_w = chart.width() / weeks
        for w, counts in enumerate(dist.counts):
            total = sum(counts) or 1
            y = chart.bottom()
            for level, count in enumerate(counts):
                if not count:
                    continue
                h = count / total * chart.height()
                fill, _ink = style.heat(level, top)
                seg = QRectF(chart.left() + w * bar_w, y - h, bar_w, h)
                p.fillRect(seg, fill)
                y -= h
        # The middle level's line: where the share in the text is read.
        p.setPen(QPen(style.line, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        line = QPainterPath()
        for w, share in enumerate(shares):
            point = QPointF(chart.left() + (w + 0.5) * bar_w, chart.bottom() - share * chart.height())
            if w == 0:
                line.moveTo(point)
            else:
                line.lineTo(point)
        p.drawPath(line)
        p.setPen(QPen(style.grid, 1))
        p.drawRect(chart)
        p.setPen(style.muted)
        if dist.weeks:
            draw_text(p, QRectF(chart.left(), chart.bottom() + 2, chart.width() / 2, small_h),
                  tick_label("week", dist.weeks[0]))
            draw_text(p, QRectF(chart.center().x(), chart.bottom() + 2, chart.width() / 2, small_h),
                  tick_label("week", dist.weeks[-1]), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    p.restore()


def follow_through_height(follow: tuple[FollowThrough, ...], style: ChartStyle) -> float:
    return QFontMetricsF(style.bold).height() + 6 + len(follow) * (QFontMetricsF(style.font).height() + 8)


def paint_follow_through(p: QPainter, rect: QRectF, follow: tuple[FollowThrough, ...], style: ChartStyle) -> None:
    """Per kind of suggestion: how many were answered and how — accepted (solid), dismissed (hatched),
    snoozed (dotted) — as a bar of its own and as numbers."""
    p.save()
    bold_h = QFontMetricsF(style.bold).height()
    row_h = QFontMetricsF(style.font).height() + 8
    p.setFont(style.bold)
    p.setPen(style.text)
    draw_text(p, QRectF(rect.left(), rect.top(), rect.width(), bold_h), tr("Suggestion follow-through"))
    answered = [tr("{made} answered: {accepted} accepted, {dismissed} dismissed, {snoozed} snoozed").format(
        made=line.made, accepted=line.accepted, dismissed=line.dismissed, snoozed=line.snoozed) for line in follow]
    # Names and numbers get the room they need (German needs more), the bars what is left (at least 40 px).
    label_w = max([120.0] + [QFontMetricsF(style.bold).horizontalAdvance(suggestion_name(line.kind)) + 8
                             for line in follow])
    label_w = min(label_w, rect.width() * 0.25)
    needed = max([0.0] + [QFontMetricsF(style.small).horizontalAdvance(text) + 4 for text in answered])
    text_w = max(min(300.0, rect.width() * 0.45), min(needed, rect.width() - label_w - 40 - 12))
    bar_w = max(40.0, rect.width() - label_w - text_w - 12)
    y = rect.top() + bold_h + 6
    if len(follow) <= 1:
        p.setFont(style.font)
        p.setPen(style.muted)
        draw_text(p, QRectF(rect.left(), y, rect.width(), row_h), tr("No suggestion was answered in this range."))
        p.restore()
        return
    ink = style.text if style.paper else style.line
    for line, text in zip(follow, answered, strict=True):
        p.setFont(style.bold if line.kind == "all" else style.font)
        p.setPen(style.text)
        draw_text(p, QRectF(rect.left(), y, label_w - 6, row_h), suggestion_name(line.kind))
        bar = QRectF(rect.left() + label_w, y + 4, bar_w, row_h - 8)
        x = bar.left()
        for count, brush in ((line.accepted, QBrush(ink)),
                             (line.dismissed, QBrush(ink, Qt.BrushStyle.BDiagPattern)),
                             (line.snoozed, QBrush(ink, Qt.BrushStyle.Dense6Pattern))):
            if not count or not line.made:
                continue
            width = bar.width() * count / line.made
            p.fillRect(QRectF(x, bar.top(), width, bar.height()), brush)
            x += width
        p.setPen(QPen(ink, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
        p.setPen(style.text)
        p.setFont(style.small)
        draw_text(p, QRectF(bar.right() + 8, y, text_w, row_h), text)
        y += row_h
    p.restore()
