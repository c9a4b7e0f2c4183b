"""Dates and the coach's words in German: the student view's lists, the coach's charts, hover texts and report
lines say "Mi., 25. Nov." and "Reflexionsgespräch", never "Wed 25 Nov" or "Reflection conversation"; the coach
screen clips no label in German; English reads exactly as before. The expected German is written out here
(day and month names by hand), not computed by the code under test."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QLabel

from autonomy.core.charts import BREAK, CHANGE, REFLECTION, Mark, student_timeline
from autonomy.core.class_charts import class_overview
from autonomy.core.demo import generate_demo
from autonomy.services.coach import CoachService
from autonomy.ui.coach import style
from autonomy.ui.coach.overview import ClassOverviewWidget
from autonomy.ui.coach.report import key_event_text, number_text
from autonomy.ui.coach.screen import CoachScreen
from autonomy.ui.coach.style import tick_label
from autonomy.ui.student.panel import DetailPanel
from autonomy.ui.words import dates, i18n, phrases
from tests.ui.test_pseudo_locale import clipped

TODAY = dt.date.today()
DEMO_TODAY = dt.date(2026, 11, 20)
WEEKDAYS_DE = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MONTHS_DE = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
GERMAN_DAY = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|Sept\.|"
                        r"Okt\.|Nov\.|Dez\.)")
ENGLISH_DAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
ENGLISH_NAMES = ("Trust built", "Trust broken", "Reflection conversation", "Level change", "decided by the teacher",
                 "from a suggestion", "after a reflection", "minor", "moderate", "serious", "not tied")


@pytest.fixture
def english(qtbot):
    """English words on a German-region system: the dates stay the app's English ones."""
    i18n.remove()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def german_day(day: dt.date, *, year: bool | None = None) -> str:
    text = f"{WEEKDAYS_DE[day.weekday()]}, {day.day}. {MONTHS_DE[day.month - 1]}"
    return text + (f" {day.year}" if (day.year != TODAY.year if year is None else year) else "")


def english_day(day: dt.date, *, year: bool | None = None) -> str:
    text = f"{WEEKDAYS_EN[day.weekday()]} {day.day:02d} {MONTHS_EN[day.month - 1]}"
    return text + (f" {day.year}" if (day.year != TODAY.year if year is None else year) else "")


def at(days_ago: int, hour: int = 10, minute: int = 5) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour, minute)).astimezone()


# --- the helpers --------------------------------------------------------------------------------------------
def test_german_dates_read_the_german_way(german) -> None:
    wednesday = dt.date(2026, 11, 25)
    assert dates.weekday_text(wednesday, dt.date(2026, 11, 20)) == "Mi., 25. Nov."
    assert dates.weekday_text(dt.date(2025, 3, 3), dt.date(2026, 11, 20)) == "Mo., 3. März 2025"
    assert dates.weekday_text(dt.datetime(2026, 11, 25, 14, 5), dt.date(2026, 11, 20)) == "Mi., 25. Nov.  14:05"
    assert style.when_text(dt.datetime(2026, 11, 25, 14, 5)) == "Mi., 25. Nov. 2026, 14:05"
    assert style.when_text(wednesday) == "Mi., 25. Nov. 2026"
    assert tick_label("month", dt.date(2027, 1, 1)) == "Jan. 2027"
    assert tick_label("month", dt.date(2026, 9, 1)) == "Sept."
    assert tick_label("week", dt.date(2026, 5, 25)) == "25. Mai"
    assert dates.span_text(dt.date(2026, 5, 30), wednesday) == "30. Mai 2026 – 25. Nov. 2026"
    assert number_text(2509) == "2.509" and number_text(2.21, 1) == "2,2"


def test_english_dates_are_as_they_always_were(english) -> None:
    wednesday = dt.date(2026, 11, 25)
    assert dates.weekday_text(wednesday, dt.date(2026, 11, 20)) == "Wed 25 Nov"
    assert dates.weekday_text(dt.date(2025, 3, 3), dt.date(2026, 11, 20)) == "Mon 03 Mar 2025"
    assert dates.weekday_text(dt.datetime(2026, 11, 25, 14, 5), dt.date(2026, 11, 20)) == "Wed 25 Nov  14:05"
    assert style.when_text(dt.datetime(2026, 11, 25, 14, 5)) == "Wed 25 Nov 2026, 14:05"
    assert tick_label("month", dt.date(2027, 1, 1)) == "Jan 2027"
    assert tick_label("month", dt.date(2026, 9, 1)) == "Sep"  # not the region's "Sept"
    assert tick_label("week", dt.date(2026, 5, 25)) == "25 May"
    assert dates.span_text(dt.date(2026, 5, 30), wednesday) == "30 May 2026 – 25 Nov 2026"
    assert number_text(2509) == "2,509" and number_text(2.21, 1) == "2.2"


@pytest.mark.parametrize("language", ["en", "de"])
def test_date_fields_word_their_dates_as_the_rest_of_the_ui(qtbot, request, language) -> None:
    """English words on a German-region system: a date field says "May", not the region's "Mai"."""
    request.getfixturevalue("english" if language == "en" else "german")
    field, with_time = QDateEdit(QDate(2026, 5, 26)), QDateTimeEdit(QDateTime(QDate(2026, 5, 26), QTime(14, 5)))
    for widget in (field, with_time):
        qtbot.addWidget(widget)
    dates.dress_date_edit(field)
    dates.dress_date_edit(with_time, weekday=True, time=True)
    if language == "en":
        assert (field.text(), with_time.text()) == ("26 May 2026", "Tue 26 May 2026  14:05")
    else:
        assert (field.text(), with_time.text()) == ("26. Mai 2026", "Di., 26. Mai 2026  14:05")


def test_the_pseudo_language_keeps_working_date_patterns(qtbot) -> None:
    assert i18n.install_language(i18n.PSEUDO) == i18n.PSEUDO
    try:
        assert dates.weekday_text(dt.date(2026, 11, 25), dt.date(2026, 11, 20)) == "Wed 25 Nov"
    finally:
        i18n.remove()


# --- the student view ---------------------------------------------------------------------------------------
def student_view(qtbot, backend, services, sid: str) -> DetailPanel:
    panel = DetailPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(480, 900)  # as wide as beside the roster in a 1280-pixel window
    panel.show()
    with qtbot.waitSignal(panel.suggestions.loaded, timeout=5000):
        panel.show_student(sid)
    return panel


def first_column(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_the_german_student_view_dates_its_lists_in_german(german, qtbot, backend, services, students) -> None:
    amira = students[0].id
    services.levels.change_level(amira, "workspace", 1, at=at(12, 9, 30))
    services.events.log([amira], "build", "on_task_away", dimension="workspace", at=at(3))
    panel = student_view(qtbot, backend, services, amira)
    assert f"{german_day(at(3).date())}  10:05" in first_column(panel.events)
    assert first_column(panel.history) == [f"{german_day(at(12).date())}  09:30"]
    assert not any(ENGLISH_DAY.search(t) for t in first_column(panel.events) + first_column(panel.history))
    tabs = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert tabs == ["Ereig&nisse und Entscheidungen", "Stufen&verlauf", "Re&flexionen"]
    assert not [p for p in clipped(panel) if p.startswith("tab ")], clipped(panel)


def test_the_english_student_view_dates_its_lists_as_before(english, qtbot, backend, services, students) -> None:
    amira = students[0].id
    services.events.log([amira], "build", "on_task_away", dimension="workspace", at=at(3))
    panel = student_view(qtbot, backend, services, amira)
    assert f"{english_day(at(3).date())}  10:05" in first_column(panel.events)


# --- the coach ----------------------------------------------------------------------------------------------
@pytest.fixture
def demo(services):
    services.exchange.import_document(generate_demo(classes=1, students=6, days=40, seed=5, today=DEMO_TODAY))
    return services


def coach_data(demo):
    coach = CoachService(demo.db)
    # Worded as the coach screen and the report word it (built-in names and the reasons the app wrote).
    return phrases.class_data(coach.class_data(coach.classrooms()[0].id, DEMO_TODAY - dt.timedelta(days=41),
                                               DEMO_TODAY))


def all_marks(data) -> list[tuple[Mark, str]]:
    found = []
    for student in data.students:
        for lane in student_timeline(data, student.id).lanes:
            found += [(mark, lane.name) for mark in lane.marks]
    return found


def test_the_coach_names_kinds_and_sources_in_german(german) -> None:
    assert style.kind_name(REFLECTION) == "Reflexionsgespräch"
    assert style.source_name("suggestion") == "auf einen Vorschlag hin"
    assert style.suggestion_name("all") == "Alle Vorschläge"
    for table, word in ((style.KIND_NAMES, style.kind_name), (style.SOURCE_NAMES, style.source_name),
                        (style.SUGGESTION_NAMES, style.suggestion_name), (style.SEVERITY_NAMES, style.severity_name)):
        for key, english in table.items():
            assert word(key) != english, f"{english!r} is not translated"


def test_lupdate_finds_every_name_the_coach_translates(tmp_path) -> None:
    """The names are looked up by key, so a tr() of a variable: each must still be marked for pyside6-lupdate."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.is_file():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "coach.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", style.__file__, "-ts", str(fresh)], check=True,
                   capture_output=True)
    found = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    names = {*style.KIND_NAMES.values(), *style.SOURCE_NAMES.values(), *style.SUGGESTION_NAMES.values(),
             *style.SEVERITY_NAMES.values()}
    assert not names - found, f"not extracted: {sorted(names - found)}"


def test_the_coach_says_what_a_mark_is_in_german(german, demo) -> None:
    marks = all_marks(coach_data(demo))
    kinds = {mark.kind for mark, _lane in marks}
    assert {CHANGE, REFLECTION, BREAK} <= kinds
    for mark, lane in marks:
        said = style.describe(mark, lane)
        assert GERMAN_DAY.search(said) and not ENGLISH_DAY.search(said), said
        if mark.kind in (CHANGE, REFLECTION, BREAK):
            line = key_event_text(mark, lane)
            for english in ENGLISH_NAMES:
                assert english not in said and english not in line, (english, said, line)
    change = next(mark for mark, _lane in marks if mark.kind == CHANGE and mark.severity == "suggestion")
    assert "(auf einen Vorschlag hin)" in style.describe(change, "Arbeitsort")
    reflection = next(mark for mark, _lane in marks if mark.kind == REFLECTION)
    assert style.describe(reflection, "").startswith("Reflexionsgespräch · " + german_day(reflection.when.astimezone()
                                                                                         .date(), year=True))


def test_the_coach_says_what_a_mark_is_in_english_as_before(english, demo) -> None:
    marks = all_marks(coach_data(demo))
    reflection = next(mark for mark, _lane in marks if mark.kind == REFLECTION)
    when = reflection.when.astimezone()
    assert style.describe(reflection, "", with_detail=False) == (
        f"Reflection conversation · {english_day(when.date(), year=True)}, {when:%H:%M}")
    change = next(mark for mark, _lane in marks if mark.kind == CHANGE and mark.severity == "suggestion")
    assert "(from a suggestion)" in style.describe(change, "Workspace")


def test_the_overview_dates_its_weeks_in_german(german, qtbot, demo) -> None:
    data = coach_data(demo)
    widget = ClassOverviewWidget(class_overview(data))
    qtbot.addWidget(widget)
    widget.resize(1000, widget.height())
    widget.grab()
    monday = widget.overview.heat_maps[0].weeks[1]
    text = widget.cell_text_at(0, 0, 1)
    assert f"Woche vom {monday.day}. {MONTHS_DE[monday.month - 1]} {monday.year}:" in text, text


def test_the_german_coach_screen_clips_no_label(german, qtbot, backend, demo) -> None:
    screen = CoachScreen(backend, today=DEMO_TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.start()
    for _ in range(3):
        QApplication.processEvents()
    assert screen.date_to.text() == f"{DEMO_TODAY.day}. {MONTHS_DE[DEMO_TODAY.month - 1]} {DEMO_TODAY.year}"
    labels = [w.text() for w in screen.findChildren(QLabel)]
    assert "<b>Klassen</b> (mehrere ankreuzen zum Vergleichen)" in labels
    problems = clipped(screen)
    assert not problems, "\n".join(problems)
    item = screen.classes.item(0)
    assert item.toolTip() == item.text()  # an elided class name can still be read
