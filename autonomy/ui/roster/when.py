"""When a moment happened, without the calendar: now, earlier today or the last school day at this lesson's time.

A teacher logs after the lesson (at 20:50, at home) what happened in it: "yesterday" must be yesterday at the
time the lesson was, not at the clock's time now. The lesson's time is the class's usual time of logging
(services/events.py `quick_log`); without a history, the clock's time if it is within a school day, else the
morning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from autonomy.ui.words import dates

SCHOOL_DAY = (dt.time(7, 0), dt.time(17, 0))
MORNING = dt.time(9, 0)
EARLIER = dt.timedelta(minutes=10)  # "earlier today" only when the lesson was at least this long ago


@dataclass(frozen=True)
class Moment:
    label: str
    at: dt.datetime | None  # None: now


def last_school_day(today: dt.date) -> dt.date:
    """Yesterday; on a Monday (or a weekend) the Friday before."""
    day = today - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def lesson_time(usual: dt.time | None, now: dt.datetime) -> dt.time:
    if usual is not None:
        return usual
    clock = now.time().replace(second=0, microsecond=0)
    return clock if SCHOOL_DAY[0] <= clock <= SCHOOL_DAY[1] else MORNING


def moments(now: dt.datetime, usual: dt.time | None) -> list[Moment]:
    """The quick choices, in this order: now, the last school day at the lesson's time, today at the lesson's
    time (once it is past; last, so that Down from now is always the last lesson). `now` is local and aware;
    the moments are local, with each day's own offset."""
    lesson = lesson_time(usual, now)
    found = [Moment(QCoreApplication.translate("When", "Now"), None)]
    day = last_school_day(now.date())
    at = dt.datetime.combine(day, lesson).astimezone()  # the local offset of that day
    if day == now.date() - dt.timedelta(days=1):
        label = QCoreApplication.translate("When", "Yesterday at {time} (this lesson's time)")
    else:
        label = QCoreApplication.translate("When", "{weekday} at {time} (this lesson's time)")
    found.append(Moment(label.format(time=dates.time_text(lesson),
                                     weekday=dates.locale().dayName(day.isoweekday())), at))
    today_at = dt.datetime.combine(now.date(), lesson).astimezone()
    if today_at <= now - EARLIER:
        label = QCoreApplication.translate("When", "Earlier today at {time} (this lesson's time)")
        found.append(Moment(label.format(time=dates.time_text(lesson)), today_at))
    return found
