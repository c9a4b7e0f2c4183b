"""Input rules shared by every way data comes in (the UI, the command line, the files)."""

from __future__ import annotations

import datetime as dt
import re

from autonomy.core.bounds import check_day, check_moment, shown, storable
from autonomy.core.errors import InvalidInput

MAX_NAME = 200
MAX_NOTE = 20_000
# A clock a minute or two ahead on another laptop should not refuse an import.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
_CONTROL = re.compile("[\x00-\x1f\x7f]")  # one search instead of a look at every character (imports check 100,000s)


def clean_name(value: object, field: str = "name") -> str:
    """Trimmed name; refuses empty, whitespace-only, control characters and names over 200 characters."""
    if not isinstance(value, str):
        raise InvalidInput(field, "must be text", code="not_text")
    text = " ".join(value.split())
    if not text:
        raise InvalidInput(field, "is empty", code="empty")
    if len(text) > MAX_NAME:
        raise InvalidInput(field, f"is {len(text)} characters long; the limit is {MAX_NAME}", code="too_long",
                           values={"length": len(text), "limit": MAX_NAME})
    if _CONTROL.search(text):
        raise InvalidInput(field, "contains control characters", code="control")
    return storable(text, field)


def clean_optional_text(value: object, field: str, limit: int = MAX_NOTE) -> str:
    """Free text (notes, the student's words); empty is fine, over `limit` is refused."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(field, "must be text", code="not_text")
    text = value.strip()
    if len(text) > limit:
        raise InvalidInput(field, f"is {len(text):,} characters long; the limit is {limit:,}", code="too_long",
                           values={"length": len(text), "limit": limit})
    return storable(text, field)


def utc(moment: dt.datetime, field: str = "date") -> dt.datetime:
    """An aware UTC datetime within the dates kept (core/bounds.py); a naive one is taken as local time (what a
    teacher typed)."""
    if moment.tzinfo is None:
        try:
            moment = moment.astimezone()
        except (OverflowError, ValueError, OSError):
            check_day(moment.date(), field)  # year 1 or 9999: refused in words
            raise
    return check_moment(moment, field)


def not_in_future(moment: dt.datetime, field: str, now: dt.datetime | None = None) -> dt.datetime:
    moment = utc(moment, field)
    now = now or dt.datetime.now(dt.UTC)
    if moment > now + FUTURE_TOLERANCE:
        raise InvalidInput(field, f"{moment.date().isoformat()} is in the future", code="future",
                           values={"day": moment.astimezone().date()})
    return moment


def date_not_in_future(day: dt.date, field: str, today: dt.date | None = None) -> dt.date:
    check_day(day, field)
    today = today or dt.date.today()
    # One day of slack: a school in another time zone may already be on tomorrow.
    if day > today + dt.timedelta(days=1):
        raise InvalidInput(field, f"{day.isoformat()} is in the future", code="future", values={"day": day})
    return day


def parse_moment(value: object, field: str) -> dt.datetime:
    """ISO 8601 date-time (with or without offset) from a file."""
    if not isinstance(value, str):
        raise InvalidInput(field, "must be an ISO 8601 date and time")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(field, f"{shown(value)} is not an ISO 8601 date and time") from None
    return check_moment(moment, field)  # a naive one is UTC; the offset must not push it out of range


def parse_day(value: object, field: str) -> dt.date:
    if not isinstance(value, str):
        raise InvalidInput(field, "must be a date (YYYY-MM-DD)")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(field, f"{shown(value)} is not a date (YYYY-MM-DD)") from None
    return check_day(day, field)
