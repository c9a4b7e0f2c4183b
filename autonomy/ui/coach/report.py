"""The coach's PDF report: a cover summary, the class overview, then a page per student (timeline, key events).

Drawn with QPdfWriter and QPainter by the same painters as the coach screen, in the print style (black text,
shapes and digits that read in black and white). Runs on whichever thread calls it (the GUI's background lane,
or the command line's main thread) and needs a QGuiApplication for fonts. The file is drawn in memory, then
written beside its target and renamed into place (storage/safe_files.py), so a failed or cancelled report
leaves nothing half-written.

Every name (student, class, dimension, level, category) is isolated for bidirectional text (core/bidi.py), so
a right-to-left override in one cannot reverse the words after it; a long name wraps (headings) or is cut
short with "…" (columns, the footer), never past the page's edge.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from autonomy.core.bidi import isolate, plain
from autonomy.core.charts import (
    BREAK,
    BUILD,
    CHANGE,
    OBSERVATION,
    REFLECTION,
    ClassData,
    Mark,
    View,
    key_events,
    levels_at,
    student_timeline,
)
from autonomy.core.class_charts import ClassOverview, class_overview, class_summary
from autonomy.core.errors import StorageError
from autonomy.storage.safe_files import check_target, write_file
from autonomy.ui.coach import voice
from autonomy.ui.coach.class_charts import (
    follow_through_height,
    paint_distributions,
    paint_follow_through,
    paint_heat_maps,
    paint_legend,
)
from autonomy.ui.coach.overview import DISTRIBUTION_H, paint_overview
from autonomy.ui.coach.style import (
    ChartStyle,
    dates_in_words,
    kind_name,
    severity_name,
    source_name,
    tr,
    when_text,
)
from autonomy.ui.coach.timeline_chart import paint_timeline
from autonomy.ui.words import dates, phrases

PAGE_W, PAGE_H = 793.7, 1122.5  # A4 in logical pixels (96 per inch)
MARGIN = 44.0
FOOTER = 24.0
DPI = 288
HEAT_ROWS_PER_PAGE = 56
KEY_EVENTS = 26
# A key event wraps to at most this many lines (an accepted suggestion, worded as its card was, takes up to
# six; a note longer still ends in …).
KEY_EVENT_LINES = 7

Progress = Callable[[int, int], None]  # pages done, pages in all


class ReportCancelled(Exception):
    """The person stopped the report; nothing was written."""


def summary_line(data: ClassData, pages: int, path: Path, seconds: float) -> str:
    """What `autonomy report` says when it is done, in the report's language."""
    if data.anonymized:
        text = tr("Wrote the report for {name} ({students} students, {pages} pages, anonymised) to {path} in "
                  "{seconds} s.")
    else:
        text = tr("Wrote the report for {name} ({students} students, {pages} pages) to {path} in {seconds} s.")
    return text.format(name=data.classroom_name, students=len(data.students), pages=pages, path=path,
                       seconds=QLocale().toString(seconds, "f", 1))


def write_report(data: ClassData, path: Path, *, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, today: dt.date | None = None) -> int:
    """Write the report for `data` to `path`; returns the number of pages. Names and dates are in the app's
    language (English on the command line, unless AUTONOMY_LANGUAGE asks for another)."""
    data = phrases.class_data(data)
    title = tr("Gradual release report — {name}").format(name=plain(data.classroom_name))
    data = isolated(data)
    check_target(path)  # a missing or read-only folder, or a link planted at the name: refused before drawing
    # Drawn in memory (a class's report is a few megabytes), then written by safe_files: never through a link,
    # renamed into place whole, and a full disk or a cancel leaves nothing behind.
    pdf = QBuffer()
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _render(data, pdf, path, title, progress, cancelled, today or dt.date.today())
    write_file(path, bytes(pdf.data().data()))
    return pages


def isolated(data: ClassData) -> ClassData:
    """Every name in `data` isolated for bidirectional text (what the report draws; the ids are unchanged)."""
    return dataclasses.replace(
        data, classroom_name=isolate(data.classroom_name), subject=isolate(data.subject),
        students=tuple(dataclasses.replace(s, name=isolate(s.name), external_id=s.external_id
                                           and isolate(s.external_id)) for s in data.students),
        dimensions=tuple(dataclasses.replace(d, name=isolate(d.name), level_names=tuple(map(isolate, d.level_names)))
                         for d in data.dimensions),
        events=tuple(dataclasses.replace(e, category=isolate(e.category)) for e in data.events))


def _render(data: ClassData, device: QIODevice, target: Path, title: str, progress: Progress | None,
            cancelled: Callable[[], bool] | None, today: dt.date) -> int:
    writer = QPdfWriter(device)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)  # plain text: a viewer's title bar does no bidirectional layout
    writer.setCreator("Autonomy")
    style = ChartStyle.print()
    overview = class_overview(data)
    heat_chunks = _heat_chunks(len(data.students))
    total = 1 + len(heat_chunks) + (1 if len(heat_chunks) > 1 else 0) + len(data.students)
    painter = QPainter()
    if not painter.begin(writer):
        raise StorageError(f"{target.with_suffix('')} cannot be written (the PDF could not be started).")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        _pages(writer, painter, style, data, overview, heat_chunks, total, today, progress, cancelled)
    finally:
        painter.end()
    return total


def _pages(writer: QPdfWriter, painter: QPainter, style: ChartStyle, data: ClassData, overview: ClassOverview,
           heat_chunks: list[tuple[int, int]], total: int, today: dt.date, progress: Progress | None,
           cancelled: Callable[[], bool] | None) -> None:
    page = 0

    def next_page() -> None:
        nonlocal page
        if page:
            writer.newPage()
        page += 1
        painter.resetTransform()
        painter.scale(DPI / 96, DPI / 96)
        painter.fillRect(QRectF(0, 0, PAGE_W, PAGE_H), style.base)

    def done_page() -> None:
        _footer(painter, style, data, page, total)
        if progress is not None:
            progress(page, total)
        if cancelled is not None and cancelled():
            raise ReportCancelled

    next_page()
    _cover(painter, style, data, overview, today)
    done_page()
    content = QRectF(MARGIN, MARGIN, PAGE_W - 2 * MARGIN, PAGE_H - 2 * MARGIN - FOOTER)
    if len(heat_chunks) == 1:
        next_page()
        rows = len(data.students)
        fixed = 130 + DISTRIBUTION_H
        row_h = max(9.0, min(16.0, (content.height() - fixed) / max(1, rows)))
        # The follow-through is on the cover: not a second time here.
        paint_overview(painter, content, overview, style, row_h=row_h, title=tr("How the class opens up"),
                       follow=False)
        done_page()
    else:
        for first, count in heat_chunks:
            next_page()
            _heading(painter, style, content, tr("Levels week by week ({first}–{last} of {n})").format(
                first=first + 1, last=first + count, n=len(data.students)))
            area = content.adjusted(0, 36, 0, 0)
            top = max((m.dimension.top for m in overview.heat_maps), default=4)
            layout = paint_heat_maps(painter, area, overview, style, row_h=16, first_row=first, rows=count)
            paint_legend(painter, QRectF(area.left(), area.top() + layout.height + 6, area.width(), 30), style,
                         top)
            done_page()
        next_page()
        _class_trends(painter, style, content, overview)
        done_page()
    for student in data.students:
        next_page()
        _student_page(painter, style, content, data, student.id)
        done_page()


def _heat_chunks(rows: int) -> list[tuple[int, int]]:
    if rows <= HEAT_ROWS_PER_PAGE:
        return [(0, rows)]
    return [(i, min(HEAT_ROWS_PER_PAGE, rows - i)) for i in range(0, rows, HEAT_ROWS_PER_PAGE)]


def _heading(p: QPainter, style: ChartStyle, rect: QRectF, text: str) -> float:
    p.setFont(style.title)
    p.setPen(style.text)
    height = QFontMetricsF(style.title).height() + 10
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), int(Qt.AlignmentFlag.AlignLeft), text)
    return height


def span_text(data: ClassData) -> str:
    return f"{when_text(data.span.start)} – {when_text(data.span.end)}"


def number_text(value: float, decimals: int = 0) -> str:
    """"2,509" and "2.2" in English, as always; "2.509" and "2,2" in German."""
    locale = dates.locale()
    if locale.language() == QLocale.Language.C:
        return f"{value:,.{decimals}f}"
    return locale.toString(float(value), "f", decimals)


def _footer(p: QPainter, style: ChartStyle, data: ClassData, page: int, total: int) -> None:
    p.save()
    p.setFont(style.small)
    p.setPen(style.muted)
    y = PAGE_H - MARGIN - FOOTER + 8
    p.setPen(QPen(style.grid, 1))
    p.drawLine(QPointF(MARGIN, y), QPointF(PAGE_W - MARGIN, y))
    p.setPen(style.muted)
    rect = QRectF(MARGIN, y + 2, PAGE_W - 2 * MARGIN, FOOTER - 4)
    metrics = QFontMetricsF(style.small)
    page_text = tr("Page {page} of {total}").format(page=page, total=total)

    def left_text(name: str) -> str:
        text = tr("Autonomy · {name} · {span}").format(name=name, span=span_text(data))
        return text + (" · " + tr("anonymised") if data.anonymized else "")

    # The class's name gives way: the span, "anonymised" and the page number always show in full.
    room_w = rect.width() - metrics.horizontalAdvance(page_text) - 24 - metrics.horizontalAdvance(left_text(""))
    left = left_text(metrics.elidedText(data.classroom_name, Qt.TextElideMode.ElideRight, max(40.0, room_w)))
    p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    p.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_text)
    p.restore()


def _cover(p: QPainter, style: ChartStyle, data: ClassData, overview: ClassOverview, today: dt.date) -> None:
    x, width = MARGIN, PAGE_W - 2 * MARGIN
    y = MARGIN + 40
    big = style.title.__class__(style.title)
    big.setPixelSize(30)
    p.setFont(style.bold)
    p.setPen(style.muted)
    p.drawText(QPointF(x, y), tr("Gradual release report"))
    y += 44
    p.setPen(style.text)
    top = y - QFontMetricsF(big).ascent()
    y = top + wrapped(p, big, QRectF(x, top, width, 0), data.classroom_name, 3) + 16
    p.setFont(style.font)
    about = " · ".join(t for t in (data.subject, data.school_year) if t)
    lines = [about] if about else []
    lines.append(span_text(data))
    lines.append(tr("Prepared on {day}").format(day=when_text(today)))
    metrics = QFontMetricsF(style.font)
    for line in lines:
        p.drawText(QPointF(x, y), metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
        y += 18
    if data.anonymized:
        y += 6
        p.setFont(style.bold)
        p.drawText(QPointF(x, y), tr("Anonymised: students appear as codes (S01, S02 …); no names, no external ids "
                                     "and no free text."))
        y += 18
    y += 24
    summary = class_summary(data)
    y += _heading(p, style, QRectF(x, y, width, 30), tr("In this period"))
    facts = [
        (tr("Students"), summary.students),
        (tr("Trust-building events"), summary.builds),
        (tr("Trust-breaking events"), summary.breaks),
        (tr("Observations"), summary.observations),
        (tr("Daily choices noted"), summary.choices),
        (tr("Reflection conversations"), summary.reflections),
        (tr("Level steps up"), summary.steps_up),
        (tr("Level steps back"), summary.steps_back),
        (tr("Students who moved up in at least one dimension"), summary.students_moved_up),
        (tr("Daily choices the students made themselves"), voice.own_choices(data)),
    ]
    p.setFont(style.font)
    for label, value in facts:
        p.setPen(style.text)
        p.drawText(QRectF(x, y, 340, 20), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
        p.drawText(QRectF(x + 340, y, 80, 20), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                   number_text(value))
        p.setPen(QPen(style.grid, 1))
        p.drawLine(QPointF(x, y + 20), QPointF(x + 420, y + 20))
        y += 22
    trend = voice.rating_trend(data)  # the students' ratings beside the teacher's levels, first → last week
    if trend:
        p.setPen(style.text)
        p.drawText(QRectF(x, y, width, 20), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), trend)
        y += 22
    y += 24
    y += _heading(p, style, QRectF(x, y, width, 30), tr("Average level, start → end of the period"))
    names = {d.key: d.name for d in data.dimensions}
    p.setFont(style.font)
    for key, start, end in summary.levels:
        p.setPen(style.text)
        p.drawText(QRectF(x, y, 340, 20), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   QFontMetricsF(style.font).elidedText(names.get(key, key), Qt.TextElideMode.ElideRight, 330))
        p.drawText(QRectF(x + 340, y, 80, 20), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                   f"{number_text(start, 1)} → {number_text(end, 1)}")
        y += 22
    y += 24
    height = follow_through_height(overview.follow, style)
    paint_follow_through(p, QRectF(x, y, width, height), overview.follow, style)
    y += height + 24
    y += _heading(p, style, QRectF(x, y, width, 30), tr("How to read the charts"))
    p.setFont(style.font)
    for line in (
        tr("Heat maps: one row per student, one column per week; the colour is the level held at the end of "
           "the week (the key below gives each colour its level), and darker means more freedom. A black corner "
           "marks a week with a trust-breaking event."),
        tr("Days with a break: the share of school days with at least one trust-breaking event, in class-list "
           "order. It is not a ranking."),
        tr("Timelines: one lane per dimension; the line is the level. Triangles up are trust built, down are "
           "trust broken (larger when more serious), circles are observations, ticks are daily choices, "
           "diamonds and dotted lines are reflection conversations, dots on the line are level changes."),
    ):
        rect = p.boundingRect(QRectF(x, y, width, 200), int(Qt.TextFlag.TextWordWrap), line)
        p.drawText(QRectF(x, y, width, rect.height()), int(Qt.TextFlag.TextWordWrap), line)
        y += rect.height() + 8
    paint_legend(p, QRectF(x, y, width, 40), style, max((d.top for d in data.dimensions), default=4), marks=True)


def _class_trends(p: QPainter, style: ChartStyle, content: QRectF, overview: ClassOverview) -> None:
    y = content.top() + _heading(p, style, content, tr("How the class opens up"))
    paint_distributions(p, QRectF(content.left(), y, content.width(), 220), overview.distributions, style)


def _student_page(p: QPainter, style: ChartStyle, content: QRectF, data: ClassData, student_id: str) -> None:
    student = data.student(student_id)
    assert student is not None
    x, width = content.left(), content.width()
    y = content.top()
    p.setFont(style.title)
    p.setPen(style.text)
    heading = student.name
    if student.external_id:
        heading += f"  ({student.external_id})"
    if not student.active:
        heading += "  · " + tr("archived")
    y += wrapped(p, style.title, QRectF(x, y, width, 0), heading, 2) + 10
    records = data.by_student[student_id]
    p.setFont(style.font)
    levels = []
    for dim in data.dimensions:
        (level,) = levels_at(records.changes.get(dim.key, []), [data.span.last - 1e-6])
        levels.append(f"{dim.name}: {level} {dim.level_name(level)}")
    text = tr("Levels at the end: ") + " · ".join(levels)
    y += wrapped(p, style.font, QRectF(x, y, width, 0), text, 3) + 2
    kinds = Counter(e.kind for e in records.events)
    p.setPen(style.muted)
    p.drawText(QRectF(x, y, width, 18), int(Qt.AlignmentFlag.AlignLeft), tr(
        "Trust built {builds} · trust broken {breaks} · observations {observations} · choices {choices} · "
        "reflections {reflections}").format(builds=kinds[BUILD], breaks=kinds[BREAK], observations=kinds[OBSERVATION],
                                            choices=len(records.choices), reflections=len(records.reflections)))
    y += 22
    own = voice.student_line(data, student_id)
    if own:
        y += wrapped(p, style.font, QRectF(x, y, width, 0), own, 2) + 4
    timeline = student_timeline(data, student_id)
    paint_timeline(p, QRectF(x, y, width, 380), timeline, View.of(data.span), style)
    y += 388
    y += paint_legend(p, QRectF(x, y, width, 40), style, max((d.top for d in data.dimensions), default=4),
                      marks=True) + 14
    y += _heading(p, style, QRectF(x, y, width, 30), tr("Key events"))
    marks, left_out = key_events(data, student_id, KEY_EVENTS)
    names = {d.key: d.name for d in data.dimensions}
    metrics = QFontMetricsF(style.small)
    p.setFont(style.small)
    line_h = metrics.height() + 3
    bottom = content.bottom()
    if not marks:
        p.setPen(style.muted)
        p.drawText(QPointF(x, y + metrics.ascent()), tr("No level change, trust-breaking event or reflection in "
                                                         "this period."))
        return
    # Each line wraps (a printout cannot be hovered for the rest): as many of the latest as the page holds.
    texts = [key_event_text(mark, names.get(mark.lane, "")) for mark in marks]
    heights = [max(line_h, text_height(style.small, width - 290, text, KEY_EVENT_LINES) + 3) for text in texts]
    room = bottom - y - line_h  # the line saying how many are left out
    shown = len(marks)
    while shown and sum(heights[len(marks) - shown:]) > room:
        shown -= 1
    left_out += len(marks) - shown
    marks, texts, heights = marks[len(marks) - shown:], texts[len(texts) - shown:], heights[len(heights) - shown:]
    if left_out:
        p.setPen(style.muted)
        p.drawText(QPointF(x, y + metrics.ascent()), tr("The latest {shown}; {left} earlier ones are left out.")
                   .format(shown=len(marks), left=left_out))
        y += line_h
    for mark, what, height in zip(marks, texts, heights, strict=True):
        p.setPen(style.text)
        kind = kind_name(mark.kind) if mark.kind != CHANGE else tr("Level change")
        p.drawText(QRectF(x, y, 150, line_h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   when_text(mark.when))
        p.drawText(QRectF(x + 150, y, 130, line_h), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   kind)
        p.setFont(style.small)
        wrapped(p, style.small, QRectF(x + 290, y + (line_h - metrics.height()) / 2, width - 290, 0), what,
                KEY_EVENT_LINES)
        y += height


def text_height(font: QFont, width: float, text: str, max_lines: int) -> float:
    """The height `wrapped` draws `text` in, without drawing it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height, lines = 0.0, 0
    while lines < max_lines and (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        height += line.height()
        lines += 1
    layout.endLayout()
    return height


def wrapped(p: QPainter, font: QFont, rect: QRectF, text: str, max_lines: int) -> float:
    """Draw `text` from the top left of `rect` in lines of its width (between words, or anywhere in a word too
    long for a line), at most `max_lines`, the last cut short with "…"; returns the height drawn. One layout for
    all the lines, so bidirectional text reads as one paragraph."""
    def lay(words: str) -> tuple[QTextLayout, list[QTextLine], float]:
        layout = QTextLayout(words, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines, height = [], 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
            lines.append(line)
        layout.endLayout()
        return layout, lines, height

    layout, lines, height = lay(text)
    if len(lines) > max_lines:
        cut = lines[max_lines - 1].textStart()
        rest = QFontMetricsF(font).elidedText(text[cut:], Qt.TextElideMode.ElideRight, rect.width())
        layout, lines, height = lay(text[:cut] + rest)
    shown = lines[:max_lines]
    for line in shown:
        line.draw(p, rect.topLeft())
    return sum(line.height() for line in shown)


def key_event_text(mark: Mark, lane_name: str) -> str:
    if mark.kind == CHANGE:
        text = f"{lane_name}: {mark.label} ({source_name(mark.severity)})"
    elif mark.kind == REFLECTION:
        text = tr("Conversation with the student")
    else:
        severity = f" ({severity_name(mark.severity)})" if mark.severity else ""
        where = lane_name or tr("not tied to one dimension")
        text = f"{mark.label}{severity} · {where}"
    if mark.detail:
        text += " — " + dates_in_words(mark.detail.replace("\n", " "))
    return text


def page_size() -> QSizeF:
    return QSizeF(PAGE_W, PAGE_H)
