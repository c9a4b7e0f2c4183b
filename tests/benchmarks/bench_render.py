"""Offscreen rendering of a student's year timeline and a class overview, and the scaling of the suggestion and
overview figures with 1x, 2x and 4x the school's events."""

from __future__ import annotations

import datetime as dt
import math
import os

from tests.benchmarks.harness import Figure, alternate, timed
from tests.benchmarks.school import School

SIZE = (1200, 460)


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _render(widget, width: int, height: int) -> None:
    from PySide6.QtGui import QImage

    widget.resize(width, height)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    widget.render(image)


def _blank(width: int, height: int) -> float:
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    return timed(lambda: _render(widget, width, height))[0]


def render(school: School, repeats: int) -> list[Figure]:
    """The chart data of a class over a year is loaded once; each sample builds the chart (core.charts) and
    paints it into an image, as the coach screen does on a change. Baseline: rendering an empty widget."""
    _app()
    from autonomy.app import open_services
    from autonomy.core.charts import student_timeline
    from autonomy.core.class_charts import class_overview
    from autonomy.services.coach import CoachService
    from autonomy.ui.coach.overview import ClassOverviewWidget
    from autonomy.ui.coach.timeline import TimelineWidget

    services = open_services(school.folder)
    today = dt.date.today()
    data = CoachService(services.db).class_data(school.last_class_id, today - dt.timedelta(days=365), today)
    counts: dict[str, int] = {}
    for e in data.events:
        counts[e.student_id] = counts.get(e.student_id, 0) + 1
    busiest = max(counts, key=counts.__getitem__)
    timeline_widget, overview_widget = TimelineWidget(), ClassOverviewWidget()

    def timeline() -> float:
        def once() -> None:
            timeline_widget.set_timeline(student_timeline(data, busiest))
            _render(timeline_widget, *SIZE)
        return timed(once)[0]

    def overview() -> float:
        def once() -> None:
            overview_widget.set_overview(class_overview(data))
            _render(overview_widget, SIZE[0], overview_widget.height())
        return timed(once)[0]

    timeline(), overview()
    t, tb = alternate(repeats, timeline, lambda: _blank(*SIZE))
    o, ob = alternate(repeats, overview, lambda: _blank(SIZE[0], overview_widget.height()))
    services.db.close()
    return [
        Figure("student timeline, a year (build + paint)", t, tb, "empty widget rendered", target="median < 50",
               extra={"events": counts[busiest]}),
        Figure("class overview, a year (build + paint)", o, ob, "empty widget rendered", target="median < 150",
               extra={"events": len(data.events), "students": len(data.students)}),
    ]


def overview_end_to_end(school: School) -> float:
    """Load the last class's whole history, build its overview and paint it (ms)."""
    from autonomy.app import open_services
    from autonomy.core.class_charts import class_overview
    from autonomy.services.coach import CoachService
    from autonomy.ui.coach.overview import ClassOverviewWidget

    services = open_services(school.folder)
    today = dt.date.today()
    start = today - dt.timedelta(days=school.days * 7 // 5 + 14)
    coach = CoachService(services.db)
    widget = ClassOverviewWidget()

    def once() -> None:
        widget.set_overview(class_overview(coach.class_data(school.last_class_id, start, today)))
        _render(widget, SIZE[0], widget.height())

    ms = timed(once)[0]
    services.db.close()
    return ms


def scaling(schools: list[School], repeats: int) -> list[Figure]:
    """Suggestions for the whole school (end to end) and the last class's overview over its whole history, at 1x,
    2x and 4x the events; `exponent` is the slope of log(time) over log(events): 1 is linear, 2 quadratic."""
    _app()
    figures = []
    for label, measure in (("suggestions, school, end to end", _suggest_school),
                           ("class overview, whole history, load + build + paint", overview_end_to_end)):
        medians, events = [], []
        for school in schools:
            measure(school)  # warm
            samples = [measure(school) for _ in range(repeats)]
            medians.append(sorted(samples)[len(samples) // 2])
            events.append(school.events)
        exponent = math.log(medians[-1] / medians[0]) / math.log(events[-1] / events[0])
        figures.append(Figure(f"scaling: {label}, {events[-1] / events[0]:.1f}x events (2x: "
                              f"{medians[1] / medians[0]:.2f}x time; exponent {exponent:.2f})", [medians[-1]],
                              [medians[0]], "the same at 1x", target="exponent <= 1.2",
                              extra={"exponent": exponent, "events": events, "medians_ms": medians}))
    return figures


def _suggest_school(school: School) -> float:
    from autonomy.app import open_services

    services = open_services(school.folder)
    ms = timed(lambda: services.suggestions.for_school(dt.date.today()))[0]
    services.db.close()
    return ms
