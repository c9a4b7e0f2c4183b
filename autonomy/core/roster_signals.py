"""What a roster row says about a student today: the trend over recent school days and why they may be waiting.

Pure rules shared by the roster's two readers (`services/views.py` over SQLAlchemy, `services/glance.py` over the
standard library's sqlite3 for the first screen), so both give the same row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

TREND_SCHOOL_DAYS = 10
REFLECT_SCHOOL_DAYS = 3  # without the suggestion engine: a break this recent, not yet talked through, waits
RISING, STEADY, SLIPPING = 1, 0, -1


def school_days_back(today: dt.date, count: int) -> dt.date:
    """The first day of the `count` school days (Monday to Friday) that end with `today`."""
    day, seen = today, 0
    while True:
        if day.weekday() < 5:
            seen += 1
            if seen == count:
                return day
        day -= dt.timedelta(days=1)


def day_start(day: dt.date) -> dt.datetime:
    """Local midnight of `day`, in UTC (times are stored in UTC; "today" is the teacher's day)."""
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def trend_of(builds: int, breaks: int) -> int:
    """Slipping when breaks outnumber builds or are a quarter of all events; rising when there are a few builds
    and breaks are at most a tenth; steady otherwise (including too little to say)."""
    total = builds + breaks
    if breaks > builds or (breaks >= 2 and breaks * 4 >= total):
        return SLIPPING
    if builds >= 3 and breaks * 10 <= total:
        return RISING
    return STEADY


def waiting_without_engine(last_break: Mapping[str, dt.datetime], last_reflection: Mapping[str, dt.datetime],
                           due: Mapping[str, dt.date | None]) -> dict[str, tuple[str, dt.date | None]]:
    """student -> (kind, day), before the suggestion engine has run: a recent break that no reflection has
    followed ("reflect", no day), else a reflection follow-up that is due ("follow_up", the day it was due).
    The UI words them."""
    waiting: dict[str, tuple[str, dt.date | None]] = {}
    for sid, when in last_break.items():
        reflected = last_reflection.get(sid)
        if reflected is None or reflected < when:
            waiting[sid] = ("reflect", None)
    for sid, day in due.items():
        waiting.setdefault(sid, ("follow_up", day))
    return waiting
