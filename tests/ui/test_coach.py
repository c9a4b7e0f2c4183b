"""The coach's widgets on a small demo database: timeline hover and keyboard focus, zoom and pan, the overview,
the coach screen's filters and its jump to a student, and the report and export jobs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFileDialog

from autonomy.core.charts import CHANGE, student_timeline
from autonomy.core.class_charts import class_overview
from autonomy.core.demo import generate_demo
from autonomy.services.coach import CoachService
from autonomy.ui.coach import jobs
from autonomy.ui.coach.overview import ClassOverviewWidget
from autonomy.ui.coach.screen import CoachScreen
from autonomy.ui.coach.style import ChartStyle
from autonomy.ui.coach.timeline import TimelineWidget
from autonomy.ui.coach.timeline_chart import timeline_gutter, timeline_lane_name_at
from autonomy.ui.words import phrases

TODAY = dt.date(2026, 11, 20)
START = TODAY - dt.timedelta(days=27)


@pytest.fixture
def demo(services):
    services.exchange.import_document(generate_demo(classes=2, students=6, days=20, seed=5, today=TODAY))
    return services


@pytest.fixture
def data(demo):
    coach = CoachService(demo.db)
    return coach.class_data(coach.classrooms()[0].id, START, TODAY)


def busiest(data) -> str:
    return max(data.students, key=lambda s: len(data.by_student[s.id].events)).id


def test_timeline_hover_and_keyboard_focus_say_what_a_mark_is(qtbot, data) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    widget.set_timeline(student_timeline(data, busiest(data)))
    widget.grab()  # paints now, exposed or not
    assert widget.hits, "the marks were drawn"
    said: list[str] = []
    widget.mark_changed.connect(said.append)
    # A mark the pointer can reach: the test screen may be narrower than the widget.
    screen = widget.screen().geometry()
    reachable = [h for h in widget.hits if screen.contains(widget.mapToGlobal(h.rect.center().toPoint()))]
    hit = reachable[len(reachable) // 2]
    qtbot.mouseMove(widget, QPoint(int(hit.rect.center().x()), int(hit.rect.center().y())))
    assert said and said[-1] and hit.mark.label.split(" ")[0] in said[-1]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    first = widget.focused
    assert first is not None and said[-1]
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.focused is not None and widget.focused.at >= first.at
    activated: list = []
    widget.mark_activated.connect(activated.append)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert activated == [widget.focused]


def test_a_lane_name_cut_short_in_the_timeline_is_given_whole_on_hover(qtbot, data) -> None:
    long_name = "Where they work when the class splits into project groups"
    timeline = student_timeline(data, busiest(data))
    lanes = (dataclasses.replace(timeline.lanes[0], name=long_name), *timeline.lanes[1:])
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    widget.set_timeline(dataclasses.replace(timeline, lanes=lanes))
    widget.grab()
    rect, style = widget._chart_rect(), ChartStyle.screen(widget)
    gutter = timeline_gutter(style, widget.timeline)
    assert QFontMetricsF(style.bold).horizontalAdvance(long_name) > gutter  # drawn cut short
    at = functools.partial(timeline_lane_name_at, rect, widget.timeline, style)
    assert at(QPointF(10, rect.top() + 3)) == long_name
    assert at(QPointF(10, rect.top() + (rect.height() - 30) * 0.99)) == "Whole student"  # the last lane
    assert at(QPointF(gutter + 5, rect.top() + 3)) == ""  # marks' ground: they say more
    assert {hit.lane_name for hit in widget.hits} >= {long_name}  # the same lanes were painted


def test_timeline_zoom_and_pan_stay_inside_the_range(qtbot, data) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.set_timeline(student_timeline(data, busiest(data)))
    bounds = widget.timeline.bounds
    qtbot.keyClick(widget, Qt.Key.Key_Plus)
    qtbot.keyClick(widget, Qt.Key.Key_Plus)
    zoomed = widget.view
    assert zoomed.width < bounds.width
    qtbot.keyClick(widget, Qt.Key.Key_PageDown)
    assert widget.view.first > zoomed.first or widget.view.last == bounds.last
    for _ in range(20):
        qtbot.keyClick(widget, Qt.Key.Key_PageDown)
    assert widget.view.last == pytest.approx(bounds.last)
    qtbot.keyClick(widget, Qt.Key.Key_Home)
    assert widget.view == bounds
    # Dragging pans (while zoomed in).
    widget.zoom_by(0.5)
    before = widget.view
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=QPoint(600, 200))
    qtbot.mouseMove(widget, QPoint(400, 200))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=QPoint(400, 200))
    assert widget.view.first != before.first


def test_level_changes_are_marks_on_the_line(data) -> None:
    timeline = student_timeline(data, data.students[0].id)
    assert all(m.kind == CHANGE for lane in timeline.lanes for m in lane.marks if "→" in m.label)


def test_overview_picks_and_opens_students_by_mouse_and_keyboard(qtbot, data) -> None:
    widget = ClassOverviewWidget(class_overview(data))
    qtbot.addWidget(widget)
    widget.resize(1000, widget.height())
    widget.show()
    widget.grab()  # paints now, exposed or not
    layout = widget.layout_info
    assert layout.rows == len(data.students)
    picked: list[tuple[str, str]] = []
    opened: list[tuple[str, str]] = []
    widget.student_selected.connect(lambda s, c: picked.append((s, c)))
    widget.student_opened.connect(lambda s, c: opened.append((s, c)))
    x, width = layout.blocks[0]
    point = QPointF(x + width / 2, layout.row_top + layout.row_h * 1.5)
    assert data.students[1].name in widget.cell_text(point)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert picked[-1] == (data.students[1].id, data.classroom_id)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert picked[-1][0] == data.students[2].id
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert opened == [(data.students[2].id, data.classroom_id)]


def test_coach_screen_side_by_side_filters_and_jump_to_student(qtbot, backend, demo) -> None:
    screen = CoachScreen(backend, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.start()
    assert len(screen.overviews) == 1
    ids = [c.id for c in CoachService(demo.db).classrooms()]
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.set_checked(ids)
    assert set(screen.overviews) == set(ids)  # side by side
    assert screen.timeline.timeline is not None  # the first student's timeline is shown
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.dimension.setCurrentIndex(screen.dimension.findData("pacing"))
    overview = next(iter(screen.overviews.values())).overview
    assert [m.dimension.key for m in overview.heat_maps] == ["pacing"]
    assert [lane.key for lane in screen.timeline.timeline.lanes] == ["pacing", ""]
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.anonymize.setChecked(True)
    assert all(s.name.startswith("S") and s.external_id is None for s in overview_students(screen))
    with qtbot.waitSignal(screen.student_requested) as requested:
        screen.open_button.click()
    assert requested.args == list(screen.student)


def overview_students(screen: CoachScreen):
    return [s for widget in screen.overviews.values() for s in widget.overview.data.students]


def test_report_and_export_jobs_write_their_files(qtbot, backend, demo, tmp_path, monkeypatch) -> None:
    classroom = CoachService(demo.db).classrooms()[0]
    messages: list[str] = []
    progress: list[tuple[int, int]] = []
    job = jobs.start_report(backend, None, classroom.id, tmp_path / "r.pdf", start=START, end=TODAY,
                            on_done=messages.append)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert messages and "pages" in messages[0]
    del job
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(tmp_path / "x.json"),
                                                                                        "")))
    job = jobs.export_interactively(backend, None, csv=False, anonymize=True, on_done=messages.append)
    assert job is not None
    text = (tmp_path / "x.json").read_text(encoding="utf-8")
    for student in demo.roster.students(classroom.id, include_archived=True):
        assert student.name not in text
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(tmp_path / "csv")))
    (tmp_path / "csv").mkdir()
    jobs.export_interactively(backend, None, csv=True, anonymize=False, on_done=messages.append)
    assert (tmp_path / "csv" / "events.csv").exists()
    assert progress == [] and len(messages) == 3


def test_the_suggested_name_of_an_anonymised_report_names_no_class(qtbot, monkeypatch) -> None:
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _parent, _title, suggested, _filter: (offered.append(suggested) or "", "")))
    jobs.ask_report_path(None, "7B Mrs Abernathy", anonymize=False)
    jobs.ask_report_path(None, "7B Mrs Abernathy", anonymize=True)
    from pathlib import Path

    assert Path(offered[0]).name == "7B Mrs Abernathy report.pdf"  # in the Documents folder (test_file_folders)
    assert "Abernathy" not in Path(offered[1]).name and "anonymised" in Path(offered[1]).name


def test_a_long_name_cut_short_in_the_overview_is_given_whole_on_hover(qtbot, data) -> None:
    long_name = "Maximiliana Wilhelmina von Hohenzollern-Sigmaringen"
    students = [dataclasses.replace(data.students[0], name=long_name), *data.students[1:]]
    widget = ClassOverviewWidget(class_overview(dataclasses.replace(data, students=tuple(students))))
    qtbot.addWidget(widget)
    widget.resize(1000, widget.height())
    widget.show()
    widget.grab()
    layout = widget.layout_info
    in_names = QPointF(layout.blocks[0][0] / 2, layout.row_top + layout.row_h * 0.5)
    assert widget.name_text(in_names) == long_name
    assert widget.name_text(QPointF(in_names.x(), layout.row_top + layout.row_h * 1.5)) == students[1].name
    assert widget.name_text(QPointF(layout.blocks[0][0] + 1, in_names.y())) == ""  # a cell says more
    assert widget.name_text(QPointF(in_names.x(), layout.row_top - 2)) == ""  # the header


def test_the_screen_starts_at_the_class_s_first_day_as_the_report_does(qtbot, backend, demo) -> None:
    """Until the coach picks dates the screen shows the report's range, so their figures are the same ("Days with
    a break" was 26 % on screen and 37 % in the PDF when the screen started 180 days back, before the class)."""
    screen = CoachScreen(backend, today=TODAY)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.start()
    coach = CoachService(demo.db)
    cid = coach.classrooms()[0].id
    report = coach.class_data(cid, None, TODAY)  # the report's range when none is given
    shown = screen._data[cid]
    assert shown.span == report.span and report.span.start > TODAY - dt.timedelta(days=100)
    assert screen.range() == (report.span.start, TODAY)  # the date edits say so
    assert class_overview(shown, None) == class_overview(phrases.class_data(report), None)  # worded as on screen
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.date_from.setDate(screen.date_from.date().addDays(3))  # a date picked is kept
    assert screen._data[cid].span.start == report.span.start + dt.timedelta(days=3)
