"""Trust events (several students per logging action) and the editable event catalogue."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, String, bindparam, func, select, true
from sqlalchemy.orm import Session

from autonomy.core import phrases
from autonomy.core.bounds import MAX_CATEGORIES
from autonomy.core.catalogue import HABIT_KEYS
from autonomy.core.errors import Conflict, InvalidInput, NotFound
from autonomy.core.types import EventKind, Severity
from autonomy.core.validation import clean_name, clean_optional_text, not_in_future
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import CategoryInfo, QuickLog, TrustEventInfo
from autonomy.services.reuse import remembered
from autonomy.services.unit import relabel, write, write_rows
from autonomy.storage.database import Database
from autonomy.storage.models import (
    Base,
    Classroom,
    Dimension,
    Enrolment,
    EventCategory,
    Student,
    TrustEvent,
    new_id,
    utcnow,
)
from autonomy.storage.pipeline import send_ahead

# Logging is what a teacher does most, standing in front of the class, on a school's server over Wi-Fi too: what it
# checks is asked in one statement (the category, the students, whether this teacher may see them, the dimension),
# so a log waits for that answer and then for its COMMIT, which carries the writes (storage/pipeline.py).
_EVENTS = Base.metadata.tables[TrustEvent.__tablename__]
_DIMENSION_KEYS = select(Dimension.key).order_by(Dimension.position)


def _category_and(seen: Any, dimension: bool) -> Select[Any]:
    """The category (no row if there is none) with each of the students found (one row of nulls if none is),
    whether this user may see each (`seen`), and whether the dimension exists (if one was given)."""
    known = (select(Dimension.key).where(Dimension.key == bindparam("dimension")).exists() if dimension
             else true())
    return (select(EventCategory.key, EventCategory.kind, EventCategory.name, Student.id, Student.name,
                   Student.active, seen, known)
            .select_from(EventCategory)
            .outerjoin(Student, Student.id.in_(bindparam("ids", expanding=True)))
            .where(EventCategory.key == bindparam("key")))


QUICK_KEYS = 5  # keys 1 to 5: what fits above a roster beside the student panel, and in a teacher's memory
QUICK_DAYS = 42  # the last six weeks: what the class logs now, not in September
QUICK_EVENTS = 2000  # enough for the ranking and the median; bounds the read for a class with years of history


def event_info(e: TrustEvent) -> TrustEventInfo:
    return TrustEventInfo(e.id, e.group_id, e.student_id, e.kind, e.category_key, e.dimension_key, e.severity,
                          e.habit, e.at, e.note, e.deleted)


class EventService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @writes
    def log(self, student_ids: Sequence[str], kind: str, category: str, *, dimension: str | None = None,
            severity: str | None = None, habit: str | None = None, at: dt.datetime | None = None,
            note: str = "") -> list[TrustEventInfo]:
        """One event per student, sharing a group id; one transaction, one undoable action."""
        if not student_ids:
            raise InvalidInput("students", "choose at least one student")
        if len(set(student_ids)) != len(student_ids):
            raise InvalidInput("students", "the same student was chosen twice")
        kind = _kind(kind)
        severity = _severity(kind, severity)
        if habit is not None and habit not in HABIT_KEYS:
            raise InvalidInput("habit", f"“{habit}” is not one of the Habits of Mind")
        note = clean_optional_text(note, "note")
        when = not_in_future(at, "date") if at else utcnow()
        who = self._db.who()
        access.require_write(who)
        with write_rows(self._db, "") as w:  # the hot path: Core statements, no ORM session
            # The category, every student and the dimension in one query (not one each).
            query = _category_and(access.seen_student(who, Student.id), dimension is not None)
            rows: Sequence[Any] = w.conn.execute(
                query, {"key": category, "ids": list(student_ids), "dimension": dimension}).all()
            if not rows:
                raise InvalidInput("category", f"“{category}” is not in the event catalogue")
            cat_key, cat_kind, cat_name = rows[0][:3]
            if cat_kind != kind:
                raise InvalidInput("category", f"“{cat_name}” is a {cat_kind} category, not {kind.value}")
            if not rows[0][7]:
                known = ", ".join(w.conn.scalars(_DIMENSION_KEYS))
                raise InvalidInput("dimension", f"“{dimension}” is not a known dimension (known: {known})")
            if not access.sees_everything(who) and set(student_ids) - {row[3] for row in rows if row[6]}:
                access.refuse_unseen_student()
            found_students = {sid: (name, active) for _, _, _, sid, name, active, _, _ in rows if sid is not None}
            names = []
            for sid in student_ids:
                if sid not in found_students:
                    raise NotFound(f"No student with id {sid}.")
                name, active = found_students[sid]
                if not active:
                    raise InvalidInput("student", f"{name} is archived", code="archived", values={"name": name})
                names.append(name)
            group, created = new_id(), utcnow()
            events = [TrustEventInfo(new_id(), group, sid, kind.value, cat_key, dimension, severity, habit, when, note)
                      for sid in student_ids]
            w.relabel(phrases.label(phrases.LOGGED, category=cat_name, category_key=cat_key,
                                    students=names))  # before the rows: no UPDATE needed
            w.insert(_EVENTS, [
                {"id": e.id, "group_id": group, "student_id": e.student_id, "kind": e.kind, "category_key": cat_key,
                 "dimension_key": dimension, "severity": severity, "habit": habit, "at": when, "note": note,
                 "deleted": False, "created_at": created}
                for e in events
            ])
            return events

    @writes
    def edit(self, event_id: str, *, category: str | None = None, dimension: str | None = "",
             severity: str | None = "", habit: str | None = "", at: dt.datetime | None = None,
             note: str | None = None) -> TrustEventInfo:
        """Change one event; arguments left out (or "" for the optional ones) stay as they are."""
        with write(self._db, phrases.label(phrases.EDITED_EVENT)) as session:
            event = _event(session, event_id)
            access.check_student(session, self._db.who(), event.student_id, write=True)
            student = lookup.student(session, event.student_id)
            relabel(session, phrases.label(phrases.EDITED_EVENT, student=student.name))
            if category is not None:
                event.category_key = _category(session, category, EventKind(event.kind)).key
            if dimension != "":
                if dimension is not None:
                    lookup.dimension(session, dimension)
                event.dimension_key = dimension
            if severity != "":
                event.severity = _severity(EventKind(event.kind), severity)
            if habit != "":
                if habit is not None and habit not in HABIT_KEYS:
                    raise InvalidInput("habit", f"“{habit}” is not one of the Habits of Mind")
                event.habit = habit
            if at is not None:
                event.at = not_in_future(at, "date")
            if note is not None:
                event.note = clean_optional_text(note, "note")
            session.flush()
            return event_info(event)

    @writes
    def delete(self, event_ids: Sequence[str]) -> int:
        """Mark events deleted (kept, and undoable); returns how many."""
        with write(self._db, phrases.label(phrases.DELETED_EVENTS, count=len(event_ids))) as session:
            for event_id in event_ids:
                event = _event(session, event_id)
                access.check_student(session, self._db.who(), event.student_id, write=True)
                event.deleted = True
            return len(event_ids)

    @reads
    def for_student(self, student_id: str, *, since: dt.datetime | None = None,
                    kind: str | None = None) -> list[TrustEventInfo]:
        with self._db.reading() as session:
            access.check_student(session, self._db.who(), student_id)
            query = _EVENTS_NEWEST_FIRST
            if since is not None or kind is not None:
                query = _EVENTS_OF_STUDENT
                if since is not None:
                    query = query.where(TrustEvent.at >= since)
                if kind is not None:
                    query = query.where(TrustEvent.kind == _kind(kind))
                query = query.order_by(TrustEvent.at.desc())

            def read() -> list[TrustEventInfo]:
                return [event_info(e) for e in session.scalars(query, {"student_id": student_id})]

            if since is None and kind is None:
                # The suggestion engine's run for this student in the same job has read them (its cards' evidence).
                return list(remembered(("events", student_id), read))
            return read()

    @reads
    def for_student_ahead(self, student_id: str) -> None:
        """Inside `Database.together`, send what `for_student(student_id)` will ask (storage/pipeline.py), to be
        answered with the first statement of the reads it shares a transaction with; otherwise nothing."""
        if not self._db.reads_together:
            return
        who = self._db.who()

        def send() -> None:
            with self._db.reading_rows() as conn:
                check = access.seen_students_query(who, [student_id])
                send_ahead(conn, [*([check] if check is not None else []),
                                  (_EVENTS_NEWEST_FIRST, {"student_id": student_id})])

        # The student panel's list and the cards' evidence both ask for it after a change: sent once per job.
        remembered(("sent ahead", "events", student_id), send)

    @reads
    def for_classroom(self, classroom_id: str, *, since: dt.datetime | None = None,
                      until: dt.datetime | None = None) -> list[TrustEventInfo]:
        with self._db.reading() as session:
            _check_classroom(session, self._db, classroom_id)
            query = (
                select(TrustEvent)
                .join(Enrolment, Enrolment.student_id == TrustEvent.student_id)
                .where(Enrolment.classroom_id == classroom_id, TrustEvent.deleted.is_(False))
            )
            if since is not None:
                query = query.where(TrustEvent.at >= since)
            if until is not None:
                query = query.where(TrustEvent.at < until)
            return [event_info(e) for e in session.scalars(query.order_by(TrustEvent.at))]

    @reads
    def quick_log(self, classroom_id: str, *, keys: int = QUICK_KEYS, today: dt.date | None = None) -> QuickLog:
        """The class's most used trust-building categories over the last weeks (the catalogue's order breaks a
        tie and fills up a young class's list), and the usual local time of day of its logging: the median of
        its recent events' times, to the five minutes."""
        today = today or dt.date.today()
        since = dt.datetime.combine(today - dt.timedelta(days=QUICK_DAYS), dt.time()).astimezone()
        with self._db.reading() as session:
            _check_classroom(session, self._db, classroom_id)
            of_class = (select(TrustEvent.category_key, TrustEvent.at, TrustEvent.kind)
                        .join(Enrolment, Enrolment.student_id == TrustEvent.student_id)
                        .where(Enrolment.classroom_id == classroom_id, TrustEvent.deleted.is_(False),
                               TrustEvent.at >= since)
                        .order_by(TrustEvent.at.desc()).limit(QUICK_EVENTS))
            rows = session.execute(of_class).all()
            catalogue = [c for c in lookup.category_infos(session)
                         if c.kind == EventKind.BUILD.value and not c.archived]
        uses: dict[str, int] = {}
        for key, _at, kind in rows:
            if kind == EventKind.BUILD.value:
                uses[key] = uses.get(key, 0) + 1
        position = {c.key: i for i, c in enumerate(catalogue)}
        ranked = sorted(catalogue, key=lambda c: (-uses.get(c.key, 0), position[c.key]))
        minutes = sorted(_local_minute(at) for _key, at, _kind in rows)
        lesson = None
        if minutes:
            middle = round(minutes[len(minutes) // 2] / 5) * 5 % (24 * 60)
            lesson = dt.time(middle // 60, middle % 60)
        return QuickLog(tuple(ranked[:keys]), lesson)

    # --- catalogue --------------------------------------------------------------------------------
    @reads
    def categories(self, *, include_archived: bool = False) -> list[CategoryInfo]:
        with self._db.reading() as session:
            return [c for c in lookup.category_infos(session) if include_archived or not c.archived]

    @writes
    def add_category(self, kind: str, name: str) -> CategoryInfo:
        kind = _kind(kind)
        name = clean_name(name, "category name")
        key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:60] or "category"
        access.require_write(self._db.who())
        with write(self._db, phrases.label(phrases.ADDED_CATEGORY, name=name, category_key=key)) as session:
            if session.get(EventCategory, key) is not None:
                raise Conflict(f"There is already a category called “{name}”.", code="category_exists",
                               values={"name": name})
            if (session.scalar(select(func.count()).select_from(EventCategory)) or 0) >= MAX_CATEGORIES:
                raise InvalidInput("categories", f"there are already {MAX_CATEGORIES}, the most Autonomy keeps")
            position = (session.scalar(select(func.max(EventCategory.position))) or 0) + 1
            category = EventCategory(key=key, kind=kind, name=name, position=position)
            session.add(category)
            return CategoryInfo(key, kind, name)

    @writes
    def edit_category(self, key: str, *, name: str | None = None, archived: bool | None = None) -> CategoryInfo:
        access.require_write(self._db.who())
        with write(self._db, phrases.label(phrases.EDITED_CATEGORY)) as session:
            category = session.get(EventCategory, key)
            if category is None:
                raise NotFound(f"There is no event category “{key}”.")
            if name is not None:
                category.name = clean_name(name, "category name")
            relabel(session, phrases.label(phrases.EDITED_CATEGORY, name=category.name, category_key=key))
            if archived is not None:
                category.archived = archived
            return CategoryInfo(category.key, category.kind, category.name, category.archived)


def _local_minute(at: dt.datetime) -> int:
    local = (at if at.tzinfo else at.replace(tzinfo=dt.UTC)).astimezone()
    return local.hour * 60 + local.minute


def _check_classroom(session: Session, db: Database, classroom_id: str) -> None:
    """A read of a classroom's records: refused if it is someone else's (an unknown id reads as empty)."""
    found = session.get(Classroom, classroom_id)
    if found is not None:
        access.check_classroom(db.who(), found)


def _kind(kind: str) -> EventKind:
    try:
        return EventKind(kind)
    except ValueError:
        raise InvalidInput("kind", f"“{kind}” is not one of build, break, observation") from None


def _severity(kind: EventKind, severity: str | None) -> str | None:
    if kind is not EventKind.BREAK:
        if severity:
            raise InvalidInput("severity", "only a trust-breaking event has a severity")
        return None
    if not severity:
        return Severity.MINOR.value  # the gentlest reading when the teacher did not say
    try:
        return Severity(severity).value
    except ValueError:
        raise InvalidInput("severity", f"“{severity}” is not one of minor, moderate, serious") from None


def _category(session: Session, key: str, kind: EventKind) -> EventCategory:
    category = session.get(EventCategory, key)
    if category is None:
        raise InvalidInput("category", f"“{key}” is not in the event catalogue")
    if category.kind != kind:
        raise InvalidInput("category", f"“{category.name}” is a {category.kind} category, not {kind.value}")
    return category


def _event(session: Session, event_id: str) -> TrustEvent:
    event = session.get(TrustEvent, event_id)
    if event is None:
        raise NotFound(f"No event with id {event_id}.")
    return event


# A student's events (parameter `student_id`), built once: the student panel reads them after every change.
_EVENTS_OF_STUDENT = select(TrustEvent).where(TrustEvent.student_id == bindparam("student_id", type_=String),
                                              TrustEvent.deleted.is_(False))
_EVENTS_NEWEST_FIRST = _EVENTS_OF_STUDENT.order_by(TrustEvent.at.desc())
