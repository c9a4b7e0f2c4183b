"""The first screen at a glance: a classroom's roster read with the standard library's sqlite3, so the window
shows it while SQLAlchemy (about a fifth of a second to import) and the services are still loading behind it.

Only for an up-to-date SQLite file: anything else (a server database, a schema that needs a migration, a
classroom name that is not found) answers None and the app takes the ordinary path, which says what is wrong.
It reads; it never writes, creates or migrates. The rows are the ones `ViewService.roster` gives (the trend and
waiting rules are shared in `core/roster_signals.py`, and tests/services/test_glance.py compares the two
readers on every classroom of the demo), so the screen does not change when the full services take over.

Runs on the database lane, before the services are opened.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from autonomy.core.roster_signals import (
    REFLECT_SCHOOL_DAYS,
    TREND_SCHOOL_DAYS,
    day_start,
    school_days_back,
    trend_of,
    waiting_without_engine,
)
from autonomy.services.dto import CategoryInfo, ClassroomInfo, DimensionInfo, LevelInfo, RosterLine
from autonomy.storage.schema import SCHEMA_HEAD


@dataclass(frozen=True)
class FirstScreen:
    """What the roster panel shows first: the same values its own load gives."""

    classrooms: list[ClassroomInfo]
    classroom_id: str
    lines: list[RosterLine]
    dimensions: list[DimensionInfo]
    categories: list[CategoryInfo]


def first_screen(database: Path, wanted: str = "", remembered: str = "",
                 today: dt.date | None = None) -> FirstScreen | None:
    """The roster of `wanted` (an id or a name, ignoring case), else of `remembered` (an id), else of the first
    classroom by name; None when this reader cannot answer exactly what the services would."""
    if not database.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("BEGIN")  # one consistent snapshot
        return _read(conn, wanted, remembered, today or dt.date.today())
    except sqlite3.Error:
        return None  # locked, damaged or unexpected: the ordinary path explains it
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, wanted: str, remembered: str, today: dt.date) -> FirstScreen | None:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if [row[0] for row in version] != [SCHEMA_HEAD]:
        return None  # new, older or newer: opening it properly creates, migrates or refuses
    chosen = _classroom(conn, wanted) if wanted else remembered
    if chosen is None:
        return None
    classrooms = _classrooms(conn)
    ids = [c.id for c in classrooms]
    classroom_id = chosen if chosen in ids else (ids[0] if ids else "")
    return FirstScreen(classrooms, classroom_id, _roster(conn, classroom_id, today) if classroom_id else [],
                       _dimensions(conn), _categories(conn))


def _stamp(moment: dt.datetime) -> str:
    """A UTC moment as the database stores it (naive UTC; SQLAlchemy's SQLite DATETIME text)."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _classroom(conn: sqlite3.Connection, wanted: str) -> str | None:
    """As `lookup.classroom_by_name`: by id, else by name ignoring case; an ambiguous name is left to it."""
    if conn.execute("SELECT 1 FROM classrooms WHERE id = ?", (wanted,)).fetchone():
        return wanted
    rows = conn.execute("SELECT id, archived FROM classrooms WHERE lower(name) = ?",
                        (wanted.strip().lower(),)).fetchall()
    active = [cid for cid, archived in rows if not archived]
    if len(rows) == 1:
        return str(rows[0][0])
    return str(active[0]) if len(active) == 1 else None


def _classrooms(conn: sqlite3.Connection) -> list[ClassroomInfo]:
    counts = dict(conn.execute(
        "SELECT e.classroom_id, count(*) FROM enrolments e JOIN students s ON s.id = e.student_id "
        "WHERE s.active = 1 GROUP BY e.classroom_id").fetchall())
    return [ClassroomInfo(cid, name, subject, year, bool(archived), counts.get(cid, 0), owner)
            for cid, name, subject, year, archived, owner in conn.execute(
                "SELECT id, name, subject, school_year, archived, owner FROM classrooms WHERE archived = 0 "
                "ORDER BY lower(name)")]


def _dimensions(conn: sqlite3.Connection) -> list[DimensionInfo]:
    dims = conn.execute("SELECT key, name, question, builtin FROM dimensions ORDER BY position, key").fetchall()
    levels: dict[str, list[LevelInfo]] = {key: [] for key, *_ in dims}
    for key, rank, name, description in conn.execute(
            "SELECT dimension_key, rank, name, description FROM levels ORDER BY dimension_key, rank"):
        levels.setdefault(key, []).append(LevelInfo(rank, name, description))
    return [DimensionInfo(key, name, question, tuple(levels[key]), bool(builtin))
            for key, name, question, builtin in dims]


def _categories(conn: sqlite3.Connection) -> list[CategoryInfo]:
    return [CategoryInfo(key, kind, name, bool(archived)) for key, kind, name, archived in conn.execute(
        "SELECT key, kind, name, archived FROM event_categories WHERE archived = 0 ORDER BY kind, position")]


def _roster(conn: sqlite3.Connection, classroom_id: str, today: dt.date) -> list[RosterLine]:
    """The queries of `ViewService.roster`, in SQL."""
    one = (classroom_id,)
    students = conn.execute(
        "SELECT s.id, s.name, s.external_id, s.active FROM students s JOIN enrolments e ON e.student_id = s.id "
        "WHERE e.classroom_id = ? ORDER BY lower(s.name)", one).fetchall()
    levels: dict[str, dict[str, int]] = {}
    for sid, key, level in conn.execute(  # the latest change per student and dimension (levels.latest_levels)
            "SELECT c.student_id, c.dimension_key, c.to_level FROM level_changes c JOIN ("
            " SELECT l.student_id, l.dimension_key, max(l.at) AS at FROM level_changes l"
            " JOIN enrolments e ON e.student_id = l.student_id WHERE e.classroom_id = ?"
            " GROUP BY l.student_id, l.dimension_key) latest"
            " ON c.student_id = latest.student_id AND c.dimension_key = latest.dimension_key AND c.at = latest.at"
            " ORDER BY c.id", one):
        levels.setdefault(sid, {})[key] = level
    today_start = _stamp(day_start(today))
    window_start = _stamp(day_start(school_days_back(today, TREND_SCHOOL_DAYS)))
    tomorrow = _stamp(day_start(today + dt.timedelta(days=1)))
    counts: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for sid, kind, on_day, total in conn.execute(
            "SELECT t.student_id, t.kind, sum(CASE WHEN t.at >= ? THEN 1 ELSE 0 END), count(*) FROM trust_events t"
            " JOIN enrolments e ON e.student_id = t.student_id WHERE e.classroom_id = ? AND t.deleted = 0"
            " AND t.at >= ? AND t.at < ? GROUP BY t.student_id, t.kind", (today_start, classroom_id, window_start,
                                                                         tomorrow)):
        counts[sid][kind] = (int(on_day or 0), int(total))
    choices = {sid: (count, own) for sid, count, own in conn.execute(
        "SELECT c.student_id, count(*), sum(c.made_by = 'student') FROM daily_choices c"
        " JOIN enrolments e ON e.student_id = c.student_id"
        " WHERE e.classroom_id = ? AND c.day = ? GROUP BY c.student_id", (classroom_id, today.isoformat()))}
    waiting = _waiting(conn, classroom_id, today)
    lines = []
    for sid, name, external_id, active in students:
        c = counts.get(sid, {})
        builds, breaks = c.get("build", (0, 0)), c.get("break", (0, 0))
        kind, due = waiting.get(sid, ("", None)) if active else ("", None)
        lines.append(RosterLine(
            student_id=sid, name=name, external_id=external_id, active=bool(active), levels=levels.get(sid, {}),
            builds_today=builds[0], breaks_today=breaks[0], observations_today=c.get("observation", (0, 0))[0],
            choices_today=choices.get(sid, (0, 0))[0], own_choices_today=int(choices.get(sid, (0, 0))[1] or 0),
            recent_builds=builds[1], recent_breaks=breaks[1],
            trend=trend_of(builds[1], breaks[1]), waiting=bool(kind), waiting_kind=kind, waiting_due=due,
        ))
    return lines


def _waiting(conn: sqlite3.Connection, classroom_id: str, today: dt.date) -> dict[str, tuple[str, dt.date | None]]:
    window_start = _stamp(day_start(school_days_back(today, REFLECT_SCHOOL_DAYS)))
    last_break = {sid: _moment(at) for sid, at in conn.execute(
        "SELECT t.student_id, max(t.at) FROM trust_events t JOIN enrolments e ON e.student_id = t.student_id"
        " WHERE e.classroom_id = ? AND t.deleted = 0 AND t.kind = 'break' AND t.at >= ? GROUP BY t.student_id",
        (classroom_id, window_start))}
    last_reflection = {sid: _moment(at) for sid, at in conn.execute(
        "SELECT r.student_id, max(r.at) FROM reflections r JOIN enrolments e ON e.student_id = r.student_id"
        " WHERE e.classroom_id = ? GROUP BY r.student_id", (classroom_id,))}
    due = {sid: dt.date.fromisoformat(day) if day else None for sid, day in conn.execute(
        "SELECT r.student_id, min(r.follow_up) FROM reflections r JOIN enrolments e ON e.student_id = r.student_id"
        " WHERE e.classroom_id = ? AND r.follow_up IS NOT NULL AND r.follow_up <= ? AND r.outcome IS NULL"
        " GROUP BY r.student_id", (classroom_id, today.isoformat()))}
    return waiting_without_engine(last_break, last_reflection, due)
