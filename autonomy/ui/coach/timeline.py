"""One student's timeline as a widget: hover or keyboard focus says what a mark is; wheel, drag and keys zoom
and pan over the date range. Painted by `timeline_chart.paint_timeline`, the function the PDF uses too."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from autonomy.core.charts import CHANGE, Mark, Timeline, View, pan, zoom
from autonomy.ui.coach import accessible
from autonomy.ui.coach.class_charts import paint_legend
from autonomy.ui.coach.style import ChartStyle, describe, draw_focus_frame, tr
from autonomy.ui.coach.timeline_chart import Hit, paint_timeline, timeline_gutter, timeline_lane_name_at
from autonomy.ui.words import dates

ZOOM_STEP = 0.8


class TimelineWidget(QWidget):
    mark_changed = Signal(str)  # the sentence describing the hovered or focused mark ("" when none)
    mark_activated = Signal(object)  # Mark: Enter or a double click on it
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.view: View | None = None
        self.focused: Mark | None = None
        self.hovered: Mark | None = None
        self.hits: list[Hit] = []
        self._drag: tuple[float, View] | None = None
        self._moved = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Student timeline"))
        accessible.install()  # the chart's summary and marks on the accessibility bus (coach/accessible.py)
        self.setToolTip("")

    def sizeHint(self) -> QSize:
        return QSize(900, 360)

    # --- data ---------------------------------------------------------------------------------------------
    def set_timeline(self, timeline: Timeline | None, keep_view: bool = False) -> None:
        self.timeline = timeline
        if timeline is None:
            self.view = None
        elif not keep_view or self.view is None:
            self.view = timeline.bounds
        self.focused = self.hovered = None
        self.mark_changed.emit("")
        accessible.tell_changed(self)
        self.update()

    def set_view(self, view: View) -> None:
        self.view = view
        self.view_changed.emit()
        self.update()

    def whole_range(self) -> None:
        if self.timeline is not None:
            self.set_view(self.timeline.bounds)

    def zoom_by(self, factor: float, anchor: float | None = None) -> None:
        if self.timeline is None or self.view is None:
            return
        if anchor is None:
            anchor = self.focused.at if self.focused else (self.view.first + self.view.last) / 2
        self.set_view(zoom(self.view, factor, anchor, self.timeline.bounds))

    def pan_by(self, share: float) -> None:
        if self.timeline is not None and self.view is not None:
            self.set_view(pan(self.view, share * self.view.width, self.timeline.bounds))

    # --- geometry -----------------------------------------------------------------------------------------
    def _plot_x(self) -> tuple[float, float]:
        assert self.timeline is not None
        left = timeline_gutter(ChartStyle.screen(self), self.timeline)
        return left, self.width() - left - 6

    def _day_at(self, x: float) -> float:
        assert self.view is not None
        left, width = self._plot_x()
        return self.view.first + (x - left) / max(1.0, width) * self.view.width

    def hit_at(self, pos: QPointF) -> Hit | None:
        best, distance = None, 1e9
        for hit in self.hits:
            grown = hit.rect.adjusted(-3, -3, 3, 3)
            if grown.contains(pos):
                d = (grown.center() - pos).manhattanLength()
                if d < distance:
                    best, distance = hit, d
        return best

    # --- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        self._paint()

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = ChartStyle.screen(self)
        painter.fillRect(self.rect(), style.base)
        if self.timeline is None or self.view is None:
            painter.setPen(style.muted)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter),
                             tr("Pick a student in a class overview to see their timeline."))
        else:
            self.hits = paint_timeline(painter, self._chart_rect(), self.timeline, self.view, style,
                                       self.focused if self.hasFocus() else None)
        if self.hasFocus():
            draw_focus_frame(painter, QRectF(self.rect()), style)  # seen before any mark has the focus
        painter.end()

    def _chart_rect(self) -> QRectF:
        return QRectF(self.rect()).adjusted(0, 4, 0, 0)

    # --- focus and hover ----------------------------------------------------------------------------------
    def _say(self, mark: Mark | None, at: QPointF | None = None) -> None:
        if mark is None:
            self.mark_changed.emit("")
            QToolTip.hideText()
            return
        hit = next((h for h in self.hits if h.mark is mark), None)
        text = describe(mark, hit.lane_name if hit else "")
        if mark is self.focused:
            accessible.tell_focused(self, self._marks().index(mark) if mark in self._marks() else None)
        self.mark_changed.emit(text)
        if at is None and hit is not None:
            at = hit.rect.bottomRight()
        if at is not None and self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(int(at.x()), int(at.y()) + 12)), text, self)

    def _marks(self) -> list[Mark]:
        """Every mark in time order (the order the arrow keys take, and of the chart's accessible children)."""
        if self.timeline is None:
            return []
        return sorted((m for lane in self.timeline.lanes for m in lane.marks), key=lambda m: (m.at, m.lane))

    def accessible_summary(self) -> str:
        """What the chart says, in one sentence (its description on the accessibility bus)."""
        if self.timeline is None:
            return tr("Pick a student in a class overview to see their timeline.")
        marks = self._marks()
        lanes = [lane.name or tr("Whole student") for lane in self.timeline.lanes]
        changes = sum(1 for m in marks if m.kind == CHANGE)
        return tr("{name}'s timeline from {first} to {last}: {marks} marks, {changes} level changes, "
                  "in the lanes {lanes}.").format(
            name=self.timeline.student.name, first=dates.day_text(self.timeline.span.start, year=True),
            last=dates.day_text(self.timeline.span.end, year=True), marks=len(marks), changes=changes,
            lanes=", ".join(lanes))

    def accessible_items(self) -> list[tuple[str, QRectF]]:
        """Each mark in words, and where it is drawn (empty when it is outside the view)."""
        if self.timeline is None:
            return []
        names = {lane.key: lane.name for lane in self.timeline.lanes}  # as the hover says it
        drawn = {id(hit.mark): hit.rect for hit in self.hits}
        return [(describe(m, names.get(m.lane, "")), drawn.get(id(m), QRectF())) for m in self._marks()]

    def focus_step(self, step: int) -> None:
        """Move the keyboard focus to the next (1) or previous (-1) mark in time; pans when it leaves the view."""
        if self.timeline is None or self.view is None:
            return
        marks = self._marks()
        if not marks:
            return
        if self.focused is None:
            visible = [m for m in marks if self.view.first <= m.at <= self.view.last]
            target = (visible or marks)[0 if step > 0 else -1]
        else:
            index = next((i for i, m in enumerate(marks) if m.ref == self.focused.ref and m.kind == self.focused.kind),
                         0)
            target = marks[max(0, min(len(marks) - 1, index + step))]
        self.focused = target
        if not self.view.first <= target.at <= self.view.last:
            self.set_view(pan(self.view, target.at - (self.view.first + self.view.last) / 2, self.timeline.bounds))
        self.repaint()
        self._say(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and not shift:
            self.focus_step(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.pan_by(0.25 if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown) else -0.25)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.whole_range()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focused is not None:
            self.mark_activated.emit(self.focused)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.view is None:
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP ** steps, self._day_at(event.position().x()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.view is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position().x(), self.view)
            self._moved = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is not None and self.timeline is not None:
            start_x, start_view = self._drag
            _left, width = self._plot_x()
            shift = (start_x - pos.x()) / max(1.0, width) * start_view.width
            if abs(pos.x() - start_x) > 3:
                self._moved = True
                self.set_view(pan(start_view, shift, self.timeline.bounds))
            return
        hit = self.hit_at(pos)
        mark = hit.mark if hit else None
        if mark is not self.hovered:
            self.hovered = mark
            self._say(mark, pos) if mark is not None else self._say(self.focused)
        if mark is None and self.timeline is not None:  # over a lane's name: the whole of it (drawn cut short)
            name = timeline_lane_name_at(self._chart_rect(), self.timeline, ChartStyle.screen(self), pos)
            if name:
                QToolTip.showText(self.mapToGlobal(QPoint(int(pos.x()), int(pos.y()) + 14)), name, self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and not self._moved:
            hit = self.hit_at(event.position())
            if hit is not None:
                self.focused = hit.mark
                self.update()
                self._say(hit.mark, event.position())
        self._drag = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position())
        if hit is not None:
            self.mark_activated.emit(hit.mark)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered = None
        super().leaveEvent(event)


class ChartKey(QWidget):
    """The key to the heat maps and the timeline, always on screen below the timeline: the colour of each
    level with its number, the corner of a week with a break, and the timeline's marks (class_charts.py draws
    the same key in the report)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top = 4  # the highest level of the ladders shown
        self.setAccessibleName(tr("Key to the charts"))
        self.setAccessibleDescription(tr("Level colours 0 to 4, a corner for a week with a trust-breaking event, "
                                         "and the marks: trust built, trust broken, observation, choice, "
                                         "reflection, level change"))

    def set_top(self, top: int) -> None:
        self.top = top
        self.update()

    def _height_for(self, width: int) -> float:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        height = paint_legend(painter, QRectF(0, 0, width, 200), ChartStyle.screen(self), self.top, marks=True)
        painter.end()
        return height

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._height_for(width)) + 4

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        paint_legend(painter, QRectF(self.rect()), ChartStyle.screen(self), self.top, marks=True)
        painter.end()
