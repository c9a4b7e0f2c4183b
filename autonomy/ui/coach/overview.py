"""One class's overview as a widget: the heat maps with the days-with-a-break column, the legend, how the class
opens up, and suggestion follow-through. Painted by `paint_overview`, which the PDF uses too.

Hover a cell to read it; click a row (or Up/Down) to pick that student; Enter or a double click opens them.
By keyboard, Left/Right walk the picked student's cells week by week and say what hovering would.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from autonomy.core.class_charts import ClassOverview
from autonomy.ui.coach import accessible
from autonomy.ui.coach.class_charts import (
    OverviewLayout,
    follow_through_height,
    heat_height,
    paint_distributions,
    paint_follow_through,
    paint_heat_maps,
    paint_legend,
)
from autonomy.ui.coach.style import ChartStyle, draw_focus_frame, tr
from autonomy.ui.widgets.announce import announce
from autonomy.ui.words import dates

DISTRIBUTION_H = 150.0
ROW_H = 16.0


def overview_height(overview: ClassOverview, style: ChartStyle, row_h: float = ROW_H, *,
                    follow: bool = True) -> float:
    title = QFontMetricsF(style.title).height() + 8
    legend = QFontMetricsF(style.small).height() + 14
    return (title + heat_height(overview, style, row_h) + legend + DISTRIBUTION_H + 16
            + (follow_through_height(overview.follow, style) if follow else 0) + 8)


def paint_overview(p: QPainter, rect: QRectF, overview: ClassOverview, style: ChartStyle, *, selected: str = "",
                   row_h: float = ROW_H, title: str | None = None, follow: bool = True) -> OverviewLayout:
    """Title, heat maps, legend, distributions and (unless `follow` is off: the report has it on its cover)
    the follow-through, top to bottom."""
    data = overview.data
    p.save()
    p.setFont(style.title)
    p.setPen(style.text)
    title_h = QFontMetricsF(style.title).height() + 8
    span = dates.span_text(data.span.start, data.span.end)
    heading = title if title is not None else tr("{name} · {span}").format(name=data.classroom_name, span=span)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), int(Qt.AlignmentFlag.AlignLeft
                                                                          | Qt.AlignmentFlag.AlignTop), heading)
    y = rect.top() + title_h
    if not data.students:
        p.setFont(style.font)
        p.setPen(style.muted)
        p.drawText(QRectF(rect.left(), y, rect.width(), 30), int(Qt.AlignmentFlag.AlignLeft),
                   tr("This class has no students yet."))
        p.restore()
        return OverviewLayout()
    layout = paint_heat_maps(p, QRectF(rect.left(), y, rect.width(), rect.bottom() - y), overview, style,
                             row_h=row_h, selected=selected)
    y += layout.height + 4
    top = max((m.dimension.top for m in overview.heat_maps), default=4)
    y += paint_legend(p, QRectF(rect.left(), y, rect.width(), 40), style, top) + 10
    paint_distributions(p, QRectF(rect.left(), y, rect.width(), DISTRIBUTION_H), overview.distributions, style)
    y += DISTRIBUTION_H + 16
    if follow:
        paint_follow_through(p, QRectF(rect.left(), y, rect.width(),
                                       follow_through_height(overview.follow, style)), overview.follow, style)
    p.restore()
    return layout


class ClassOverviewWidget(QWidget):
    student_selected = Signal(str, str)  # student id, classroom id
    student_opened = Signal(str, str)  # Enter or a double click: open the student's detail

    def __init__(self, overview: ClassOverview | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: ClassOverview | None = None
        self.layout_info = OverviewLayout()
        self.selected = ""
        self.cell: int | None = None  # the keyboard's cell in the picked row: block * weeks + week
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(420)
        accessible.install()  # the chart's summary and rows on the accessibility bus (coach/accessible.py)
        self.set_overview(overview)

    def set_overview(self, overview: ClassOverview | None) -> None:
        self.overview = overview
        if overview is not None:
            self.setAccessibleName(tr("Overview of {name}").format(name=overview.data.classroom_name))
            if self.selected and overview.data.student(self.selected) is None:
                self.selected = ""
        self.updateGeometry()
        self.setFixedHeight(int(self.sizeHint().height()))
        accessible.tell_changed(self)
        self.update()

    def accessible_summary(self) -> str:
        """What the overview says, in one sentence (its description on the accessibility bus)."""
        if self.overview is None:
            return ""
        heat = self.overview.heat_maps
        if not self.overview.data.students or not heat or not heat[0].weeks:
            return tr("This class has no students yet.")
        weeks = heat[0].weeks
        return tr("{count} students' levels week by week from {first} to {last}, in {dimensions}; "
                  "each row is a student.").format(
            count=len(self.overview.data.students), first=dates.day_text(weeks[0], year=True),
            last=dates.day_text(weeks[-1], year=True), dimensions=", ".join(h.dimension.name for h in heat))

    def accessible_items(self) -> list[tuple[str, QRectF]]:
        """Each student's row in words: their level in each dimension at the end of the range, with the
        trust-breaking events the heat map marks in that dimension's row; where the row is drawn."""
        if self.overview is None or not self.overview.heat_maps:
            return []
        layout, items = self.layout_info, []
        for row, student in enumerate(self.overview.data.students):
            parts = []
            for heat in self.overview.heat_maps:
                line = heat.rows[row]
                if line.levels:
                    level = line.levels[-1]
                    part = tr("{dimension} level {level} ({level_name})").format(
                        dimension=heat.dimension.name, level=level, level_name=heat.dimension.level_name(level))
                    if sum(line.breaks):
                        part += " · " + tr("{count} trust-breaking event(s)").format(count=sum(line.breaks))
                    parts.append(part)
            text = f"{student.name}: " + ", ".join(parts)
            rect = (QRectF(0, layout.row_top + row * layout.row_h, self.width(), layout.row_h)
                    if layout.row_h and row < layout.rows else QRectF())
            items.append((text, rect))
        return items

    def sizeHint(self) -> QSize:
        if self.overview is None:
            return QSize(600, 80)
        return QSize(760, int(overview_height(self.overview, ChartStyle.screen(self))) + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        self._paint()

    def _paint(self) -> None:
        painter = QPainter(self)
        style = ChartStyle.screen(self)
        painter.fillRect(self.rect(), style.base)
        if self.overview is not None:
            self.layout_info = paint_overview(painter, QRectF(self.rect()).adjusted(8, 6, -8, -4), self.overview,
                                              style, selected=self.selected)
            cell = self.cell_rect()
            if cell is not None and self.hasFocus():
                painter.setPen(QPen(style.text, 2))  # inside the row's outline, in another colour
                painter.drawRect(cell)
        if self.hasFocus():
            draw_focus_frame(painter, QRectF(self.rect()), style)
        painter.end()

    def _row_at(self, pos: QPointF) -> int | None:
        layout = self.layout_info
        if layout.row_h and layout.row_top <= pos.y() < layout.row_top + layout.rows * layout.row_h:
            return int((pos.y() - layout.row_top) // layout.row_h)
        return None

    def cell_text(self, pos: QPointF) -> str:
        if self.overview is None:
            return ""
        found = self.layout_info.hit(pos)
        if found is None:
            return ""
        return self.cell_text_at(*found)

    def name_text(self, pos: QPointF) -> str:
        """A student's whole name, in the names column at the left: a long name is drawn cut short."""
        row, layout = self._row_at(pos), self.layout_info
        if self.overview is None or row is None or not layout.blocks or pos.x() >= layout.blocks[0][0]:
            return ""
        students = self.overview.data.students
        return students[row].name if row < len(students) else ""

    def cell_text_at(self, row: int, block: int, week: int) -> str:
        assert self.overview is not None
        heat = self.overview.heat_maps[block]
        line = heat.rows[row]
        level = line.levels[week]
        text = tr("{name} · {dimension} · week of {week}: level {level} ({level_name})").format(
            name=line.name, dimension=heat.dimension.name, week=dates.day_text(heat.weeks[week], year=True),
            level=level, level_name=heat.dimension.level_name(level))
        if line.breaks[week]:
            text += "\n" + tr("{count} trust-breaking event(s) that week").format(count=line.breaks[week])
        return text

    def selected_row(self) -> int | None:
        ids = [s.id for s in self.overview.data.students] if self.overview is not None else []
        return ids.index(self.selected) if self.selected in ids else None

    def row_rect(self) -> QRectF | None:
        """Where the picked student's row is (as last painted)."""
        row, layout = self.selected_row(), self.layout_info
        if row is None or not layout.row_h or row >= layout.rows:
            return None
        return QRectF(layout.cells.left(), layout.row_top + row * layout.row_h, layout.cells.width(), layout.row_h)

    def cell_rect(self) -> QRectF | None:
        row, layout = self.selected_row(), self.layout_info
        if self.cell is None or row is None or not layout.weeks or row >= layout.rows:
            return None
        block, week = divmod(self.cell, layout.weeks)
        if block >= len(layout.blocks):
            return None
        x, width = layout.blocks[block]
        step = width / layout.weeks
        return QRectF(x + week * step, layout.row_top + row * layout.row_h, step, layout.row_h)

    def step_cell(self, step: int) -> None:
        """Left/Right: the picked student's previous or next cell (week by week, block after block), read out as
        a hover would."""
        layout = self.layout_info
        if self.overview is None or not self.overview.data.students or not layout.weeks:
            return
        if self.selected_row() is None:
            self.select_row(0)
        count = len(layout.blocks) * layout.weeks
        if self.cell is None:
            self.cell = 0 if step > 0 else count - 1
        else:
            self.cell = max(0, min(count - 1, self.cell + step))
        self._say_cell()

    def _say_cell(self) -> None:
        row, rect = self.selected_row(), self.cell_rect()
        if row is None or rect is None or self.cell is None:
            return
        text = self.cell_text_at(row, *divmod(self.cell, self.layout_info.weeks))
        announce(self, text)  # the cell, read as the arrow keys move
        self.update()
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(rect.bottomRight().toPoint() + QPoint(0, 12)), text, self)

    def select_row(self, row: int) -> None:
        if self.overview is None or not self.overview.data.students:
            return
        row = max(0, min(len(self.overview.data.students) - 1, row))
        self.selected = self.overview.data.students[row].id
        self.update()
        accessible.tell_focused(self, row)
        self.student_selected.emit(self.selected, self.overview.data.classroom_id)
        if self.cell is not None:
            self._say_cell()  # the same week, the new student

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.cell_text(event.position()) or self.name_text(event.position())
        if text:
            QToolTip.showText(self.mapToGlobal(QPoint(int(event.position().x()), int(event.position().y()) + 14)),
                              text, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position())
        if row is not None:
            self.select_row(row)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position())
        if row is not None and self.overview is not None:
            self.select_row(row)
            self.student_opened.emit(self.selected, self.overview.data.classroom_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.overview is None or not self.overview.data.students:
            return super().keyPressEvent(event)
        ids = [s.id for s in self.overview.data.students]
        row = ids.index(self.selected) if self.selected in ids else -1
        if event.key() == Qt.Key.Key_Down:
            self.select_row(row + 1)
        elif event.key() == Qt.Key.Key_Up:
            self.select_row(max(0, row - 1))
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_cell(1 if event.key() == Qt.Key.Key_Right else -1)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.student_opened.emit(self.selected, self.overview.data.classroom_id)
        else:
            super().keyPressEvent(event)
