"""Days and times in the UI language: every date the app shows (lists, charts, tooltips, the PDF) is worded here.

The patterns are Qt date formats (QLocale.toString), translatable like any other text, so each language orders
and punctuates a date its own way ("Wed 05 Nov" in English, "Mi., 5. Nov." in German) and takes its day and
month names from its QLocale (i18n.install sets the default locale to the UI language).

English keeps the words the app has always written (the C locale's names, strftime's "Sep", not a region's
"Sept") whatever the system's region, so English text, the command line's sentences and screenshots stay put.

Plain functions: safe on any thread (Qt's translate and QLocale are reentrant), as the report renders on a lane.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from autonomy.core.bounds import FIRST_DAY, LAST_DAY
from autonomy.ui.words import i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit


def tr(pattern: str) -> str:
    """A date pattern in the UI language. The pseudo language stretches words, so it keeps the English patterns
    (a stretched pattern is no longer a date format)."""
    if i18n.current_language() == i18n.PSEUDO:
        return pattern
    return QCoreApplication.translate("Dates", pattern)


def locale() -> QLocale:
    """The locale whose day and month names the UI shows."""
    if i18n.current_language() in (i18n.SOURCE_LANGUAGE, i18n.PSEUDO):
        return QLocale.c()
    return QLocale()


def _local(moment: dt.datetime | dt.date) -> dt.datetime | dt.date:
    if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
        return moment.astimezone()
    return moment


def _date(moment: dt.datetime | dt.date) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def _with_year(day: dt.date, year: bool | None, today: dt.date | None) -> bool:
    return (day.year != (today or dt.date.today()).year) if year is None else year


def to_date(value: QDate) -> dt.date:
    """A date picked in a QDateEdit, as the services take it."""
    return dt.date(value.year(), value.month(), value.day())


def day_text(day: dt.date, today: dt.date | None = None, *, year: bool | None = None) -> str:
    """"3 Nov" (German "3. Nov."); with the year when it is not this year's, or when `year` says so."""
    pattern = tr("d MMM yyyy") if _with_year(day, year, today) else tr("d MMM")
    return locale().toString(_date(day), pattern)


def weekday_text(moment: dt.datetime | dt.date, today: dt.date | None = None, *, year: bool | None = None,
                 time_sep: str = "  ") -> str:
    """"Wed 05 Nov" (German "Mi., 5. Nov."), the year when it is not this year's (or when `year` says so), and
    for a moment in time its local time after `time_sep` ("Wed 05 Nov  14:05")."""
    moment = _local(moment)
    pattern = tr("ddd dd MMM yyyy") if _with_year(moment, year, today) else tr("ddd dd MMM")
    text = locale().toString(_date(moment), pattern)
    if isinstance(moment, dt.datetime):
        text += time_sep + time_text(moment)
    return text


def when_text(moment: dt.datetime | dt.date) -> str:
    """Short and sortable by eye, in the UI language: the year only when it is not this year (the student panel's
    lists, the suggestion cards, the reflection's "last time"). As `weekday_text`, each day and each time of day
    worded once per language and year: a student's few hundred events fall on a few dozen school days."""
    moment = _local(moment)
    # (time.localtime, not date.today: under PySide every date.today() goes through its import hook, ~20 µs)
    language, this_year = i18n.current_language(), time.localtime().tm_year
    if not isinstance(moment, dt.datetime):
        return _day_words(moment, language, this_year)
    return (_day_words(moment.date(), language, this_year) + "  "
            + _time_words(moment.hour, moment.minute, language))


@functools.lru_cache(maxsize=4096)
def _day_words(day: dt.date, _language: str, this_year: int) -> str:
    return weekday_text(day, year=day.year != this_year)


@functools.lru_cache(maxsize=2048)
def _time_words(hour: int, minute: int, _language: str) -> str:
    return time_text(dt.time(hour, minute))


def time_text(moment: dt.datetime | dt.time) -> str:
    """"14:05" (a 24-hour clock, as the app has always shown it)."""
    return locale().toString(QTime(moment.hour, moment.minute), tr("HH:mm"))


def month_text(day: dt.date, *, year: bool = False) -> str:
    """"Nov", or "Jan 2027" with the year (German "Nov.", "Jan. 2027"): a chart's month ticks."""
    return locale().toString(_date(day), tr("MMM yyyy") if year else tr("MMM"))


def span_text(start: dt.date, end: dt.date) -> str:
    """"30 May 2026 – 25 Nov 2026" (German "30. Mai 2026 – 25. Nov. 2026")."""
    return f"{day_text(start, year=True)} – {day_text(end, year=True)}"


def edit_format(*, weekday: bool = False) -> str:
    """The display format of a date field: "3 Nov 2026" (German "3. Nov. 2026"); with `weekday`,
    "Tue 03 Nov 2026" (German "Di., 3. Nov. 2026")."""
    return tr("ddd dd MMM yyyy") if weekday else tr("d MMM yyyy")


def dress_date_edit(edit: QDateTimeEdit, *, weekday: bool = False, time: bool = False) -> None:
    """A date field words its date as the rest of the UI: the UI language's pattern, and its day and month
    names, not the system region's (English on a German system would otherwise show "Mai"); with `time`, the
    time of day after it ("Tue 03 Nov 2026  14:05")."""
    edit.setLocale(locale())
    edit.setDisplayFormat(edit_format(weekday=weekday) + ("  HH:mm" if time else ""))
    # Only the dates Autonomy keeps (core/bounds.py; Qt's own range is 1752 to 9999): a dialog narrows it further
    # (a follow-up from today) after this call.
    edit.setDateRange(QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day),
                      QDate(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day))
