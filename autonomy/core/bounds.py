"""The bounds on every date, number, id and list that comes in (files, the command line, the screens, settings).

One place, so the interchange reader, the roster reader, the command line and the services refuse the same
values with the same words. Everything here raises `InvalidInput` (a typed refusal), never an OverflowError or a
ValueError from deep inside Python, so a hostile value gets a sentence, not the "unexpected problem" handler.

Pure Python (the standard library only).
"""

from __future__ import annotations

import datetime as dt
import re

from autonomy.core.errors import InvalidInput

# Dates a school record can hold (DESIGN.md, "Interchange format"). Far enough from Python's own limits (years 1
# and 9999) that a day or a time zone either side never overflows, and that a policy window of ten years
# (core/policy.py MAX_DAYS) counted back from the first day stays a date.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2200, 12, 31)
FIRST_MOMENT = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LAST_MOMENT = dt.datetime(2200, 12, 31, 23, 59, 59, 999_999, tzinfo=dt.UTC)
DATE_RANGE = f"{FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()}"

# Sizes. A real school is far inside each; past them a file or a setting is a slip or an attack (a 100,000-level
# ladder or 40 MB of prompts made the coach's report take half a minute).
MAX_LEVELS = 20  # levels on one ladder
MAX_DIMENSIONS = 50  # ladders in a database or a file
MAX_CATEGORIES = 500  # trust-event categories in the catalogue
MAX_PROMPTS = 500  # questions in one language of the prompt library
MAX_PROMPT = 2000  # characters of one prompt (or one level's description)
MAX_REFLECTION_PROMPTS = 50  # prompts recorded with one reflection
MAX_EVIDENCE = 1000  # event ids named as the evidence of one decision or level change
MAX_LINKS = 200  # classrooms one student is in; events one reflection answers
MAX_KEY = 40  # a dimension's key, a habit
MAX_CATEGORY_KEY = 60  # an event category's key
MAX_SEED = 2**63 - 1  # the demo's random seed

# A canonical UUID: 8-4-4-4-12 hexadecimal digits, either case (the app writes lower case; a spreadsheet may have
# upper-cased a column). Braces, "urn:uuid:" and the 32 digits without hyphens are refused: an id is compared as
# text, so two spellings of one UUID would be two records.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
# Python strings hold no surrogate pairs: any surrogate in one is unpaired (a "\ud800" in JSON, a file name byte
# the file system could not decode). Neither SQLite nor PostgreSQL can store it as UTF-8.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_CONTROL_OR_UNSTORABLE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def shown(value: object, limit: int = 40, *, quoted: bool = True) -> str:
    """A value for a refusal message, cut short and never failing (a 5,000-digit number cannot be made text);
    text in quotes unless not `quoted` (an id)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return str(value) if -10**12 < value < 10**12 else "a very large number"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        text = _UNSTORABLE.sub("\ufffd", value[:limit])
        return repr(text) if quoted else text
    return f"a {type(value).__name__}"


def check_day(day: dt.date, field: str) -> dt.date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise InvalidInput(field, f"{day.isoformat()} is outside the dates Autonomy keeps ({DATE_RANGE})",
                           code="outside_dates", values={"day": day})
    return day


def check_moment(moment: dt.datetime, field: str) -> dt.datetime:
    """The moment in UTC (aware), refused unless it and its local-time reading are within the dates kept.

    A naive moment is taken as UTC here (what a file without an offset means); checking in UTC and in this
    computer's zone both means the engine's local days and the stored UTC ones are dates within bounds."""
    try:
        aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
        in_utc = aware.astimezone(dt.UTC)
        local = in_utc.astimezone()
    except (OverflowError, ValueError, OSError):  # "0001-01-01T00:00:00+14:00" is before year 1 in UTC
        raise InvalidInput(field, f"{moment.isoformat()[:40]} is outside the dates Autonomy keeps "
                                  f"({DATE_RANGE})") from None
    if not FIRST_MOMENT <= in_utc <= LAST_MOMENT or not FIRST_DAY <= local.date() <= LAST_DAY:
        raise InvalidInput(field, f"{moment.isoformat()[:40]} is outside the dates Autonomy keeps ({DATE_RANGE})")
    return in_utc


def clamp_day(day: dt.date) -> dt.date:
    """A stored day brought within bounds, for reading an old database (written before these bounds) safely."""
    return min(max(day, FIRST_DAY), LAST_DAY)


def clamp_moment(moment: dt.datetime) -> dt.datetime:
    """A stored moment (aware, or naive UTC as stored) within bounds, its tzinfo kept."""
    if moment.tzinfo is None:
        return min(max(moment, FIRST_MOMENT.replace(tzinfo=None)), LAST_MOMENT.replace(tzinfo=None))
    if moment < FIRST_MOMENT:
        return FIRST_MOMENT.astimezone(moment.tzinfo)
    if moment > LAST_MOMENT:
        return LAST_MOMENT.astimezone(moment.tzinfo)
    return moment


def whole_number(value: object, field: str, low: int, high: int) -> int:
    """An int (not a bool, not a float) from `low` to `high`; the message never prints a huge number."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, f"must be a whole number, not {shown(value)}")
    if not low <= value <= high:
        raise InvalidInput(field, f"{shown(value)} is outside {low:,} to {high:,}")
    return value


def check_id(value: object, field: str = "id") -> str:
    """A record's id: a canonical UUID string (36 characters, hyphenated, either case), kept as given."""
    if value is not None and not isinstance(value, str):
        raise InvalidInput(field, f"must be an id (text), not {shown(value)}")
    if not value or not value.strip():
        raise InvalidInput(field, "the id is missing")
    if len(value) != 36 or not _UUID.fullmatch(value):
        raise InvalidInput(field, f"{shown(value)} is not an id (a UUID like 0c1a55e5-0000-4000-8000-000000000001)")
    return value


def check_ids(value: object, field: str, limit: int = MAX_EVIDENCE) -> list[str]:
    """A list of ids (evidence, answered events), at most `limit` of them."""
    if not isinstance(value, list):
        raise InvalidInput(field, "must be a list of ids")
    if len(value) > limit:
        raise InvalidInput(field, f"lists {len(value):,} ids; the limit is {limit:,}")
    return [check_id(item, field) for item in value]


def storable(text: str, field: str) -> str:
    """Refuses what no database can store as UTF-8 text: NUL and unpaired surrogates."""
    found = _UNSTORABLE.search(text)
    if found:
        what = "a NUL character" if found.group() == "\x00" else "an unpaired surrogate (not valid Unicode)"
        raise InvalidInput(field, f"contains {what}")
    return text


def check_key(value: object, field: str, limit: int = MAX_KEY) -> str:
    """A short machine key (a dimension, a category, a habit): text, not blank, no control characters."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(field, "is missing")
    if len(value) > limit:
        raise InvalidInput(field, f"is {len(value):,} characters long; the limit is {limit}")
    if _CONTROL_OR_UNSTORABLE.search(value):
        raise InvalidInput(field, "contains control characters or is not valid Unicode")
    return value


def at_most(items: object, field: str, limit: int, what: str) -> None:
    """Refuses a list (or any sized collection) of more than `limit` items."""
    count = len(items)  # type: ignore[arg-type]
    if count > limit:
        raise InvalidInput(field, f"has {count:,} {what}; the limit is {limit:,}")
