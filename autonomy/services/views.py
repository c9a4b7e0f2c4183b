"""Read models for the classroom screen: what one roster or one student panel shows, in a few queries.

Each method is one read transaction with a fixed number of queries (no query per student), so a class roster
loads in a few milliseconds even on years of history. Runs on whichever thread calls it (the UI's database
lane). Results are frozen dataclasses, safe to hand to a Qt model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, func, select

from autonomy.core.errors import NotFound
from autonomy.core.roster_signals import (  # noqa: F401 - RISING, SLIPPING, STEADY: re-exported for callers
    REFLECT_SCHOOL_DAYS,
    RISING,
    SLIPPING,
    STEADY,
    TREND_SCHOOL_DAYS,
    day_start,
    school_days_back,
    trend_of,
    waiting_without_engine,
)
from autonomy.services import access, lookup
from autonomy.services.choices import choice_info
from autonomy.services.contract import reads
from autonomy.services.dto import (
    DimensionInfo,
    RosterLine,
    SelfRatingInfo,
    StudentDetail,
)
from autonomy.services.events import event_info
from autonomy.services.levels import change_info, latest_levels_query, levels_of
from autonomy.services.reflections import reflection_infos, reflection_links
from autonomy.storage.database import Database, Identity
from autonomy.storage.models import (
    Classroom,
    DailyChoice,
    Enrolment,
    LevelChange,
    Reflection,
    SelfRating,
    Student,
    TrustEvent,
)
from autonomy.storage.pipeline import send_ahead


class ViewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @reads
    def dimensions(self) -> list[DimensionInfo]:
        with self._db.reading() as session:
            return lookup.dimension_infos(session)

    @reads
    def roster(self, classroom_id: str, today: dt.date | None = None) -> list[RosterLine]:
        """Every student of the class (archived ones too, flagged), sorted by name. Fast (a few queries): the
        waiting flag here is the simple one (an unanswered recent break, a due follow-up); `waiting()` asks the
        suggestion engine, which takes longer and is run after the roster is on screen."""
        with self._db.reading_rows() as conn:
            return _roster(conn, self._db.who(), classroom_id, today or dt.date.today(), None)

    @reads
    def roster_lines(self, classroom_id: str, student_ids: Sequence[str],
                     today: dt.date | None = None) -> list[RosterLine]:
        """The roster lines of these students only, exactly as `roster` gives them (in its order; an id not in
        the class has no line): what the screen re-reads after a change that touched known students, such as
        logging an event. The same queries as `roster`, each narrowed to the students, so its cost does not
        grow with the class."""
        if not student_ids:
            return []
        with self._db.reading_rows() as conn:
            return _roster(conn, self._db.who(), classroom_id, today or dt.date.today(), student_ids)

    @reads
    def roster_lines_ahead(self, classroom_id: str, student_ids: Sequence[str], today: dt.date | None = None) -> None:
        """Inside `Database.together`, send what `roster_lines` will ask (storage/pipeline.py); otherwise
        nothing."""
        if student_ids and self._db.reads_together:
            statement, params = _roster_statement(False, classroom_id, today or dt.date.today(), student_ids)
            with self._db.reading_rows() as conn:
                send_ahead(conn, [(statement, params)])

    @reads
    def student_detail(self, student_id: str) -> StudentDetail:
        """Everything the student panel shows. Its statements depend on the student's id alone, so on a school's
        server they are sent together, in one round trip (storage/pipeline.py)."""
        who = self._db.who()
        asked = _DetailQueries(student_id, who)
        with self._db.reading() as session:
            send_ahead(session, asked.all())
            student = session.scalars(asked.student).one_or_none()
            if student is None:
                raise NotFound(f"No student with id {student_id}.")
            if asked.seen is not None and not list(session.scalars(asked.seen)):
                access.refuse_unseen_student()
            classroom_ids = tuple(session.scalars(asked.enrolments))
            # One query for all of them (not one per classroom), in enrolment order.
            by_id = {c.id: c for c in session.scalars(asked.classrooms)}
            found = [by_id[cid] for cid in classroom_ids if cid in by_id]
            # A student shared with another teacher's class shows only the classes this user may see.
            classrooms = tuple(lookup.classroom_info(c) for c in found
                               if access.sees_everything(who) or c.owner == who.user)
            history = tuple(change_info(c) for c in session.scalars(asked.history))
            levels: dict[str, int] = {}
            for change in history:
                levels[change.dimension] = change.to_level
            events = tuple(event_info(e) for e in session.scalars(asked.events))
            choices = tuple(choice_info(c) for c in session.scalars(asked.choices))
            reflections = tuple(reflection_infos(session, list(session.scalars(asked.reflections)),
                                                 of=asked.reflection_ids))
            ratings = tuple(SelfRatingInfo(r.id, r.student_id, r.dimension_key, r.level, r.at, r.words, r.made_by,
                                           r.reflection_id) for r in session.scalars(asked.ratings))
            vocabulary = lookup.vocabulary(session)
            return StudentDetail(
                student=lookup.student_info(student, classroom_ids), classrooms=classrooms,
                dimensions=vocabulary.dimensions, levels=levels, level_history=history,
                events=events, choices=choices, reflections=reflections,
                categories={c.key: c for c in vocabulary.categories}, self_ratings=ratings,
            )


class _DetailQueries:
    """The student panel's statements: each depends on the student's id (and who asks) only."""

    def __init__(self, student_id: str, who: Identity) -> None:
        self.student = select(Student).where(Student.id == student_id)
        # The access check of `access.check_student`, as one of the statements sent together.
        self.seen = access.seen_students_query(who, [student_id])
        self.enrolments = select(Enrolment.classroom_id).where(Enrolment.student_id == student_id)
        self.classrooms = select(Classroom).where(Classroom.id.in_(self.enrolments))
        self.history = select(LevelChange).where(LevelChange.student_id == student_id).order_by(LevelChange.at)
        self.events = (select(TrustEvent).where(TrustEvent.student_id == student_id, TrustEvent.deleted.is_(False))
                       .order_by(TrustEvent.at.desc()))
        self.choices = (select(DailyChoice).where(DailyChoice.student_id == student_id)
                        .order_by(DailyChoice.day.desc(), DailyChoice.id))
        self.reflections = (select(Reflection).where(Reflection.student_id == student_id)
                            .order_by(Reflection.at.desc()))
        self.reflection_ids = select(Reflection.id).where(Reflection.student_id == student_id)
        self.ratings = (select(SelfRating).where(SelfRating.student_id == student_id)
                        .order_by(SelfRating.at, SelfRating.id))
        self.student_id = student_id

    def all(self) -> list[Any]:
        linked, rated_in = reflection_links(self.reflection_ids)
        return [self.student, *([self.seen] if self.seen is not None else []), self.enrolments, self.classrooms,
                self.history, self.events, self.choices, self.reflections, linked, rated_in, self.ratings,
                *lookup.vocabulary_ahead()]


class _RosterQueries:
    """The roster's statements, for the whole class, for one of its students (`id`) or for some (`ids`): the
    students with what is counted per student (and their classroom, for the access check), and their latest
    levels. Built once, with bind parameters (building a statement costs more than running it).

    On SQLite the levels are a second statement (`students`, then `levels`): two small ones are quicker there than
    one joined. On a school's server each statement is a round trip, so `joined` reads them in one: the students'
    rows, each repeated with one row per dimension of their latest levels."""

    def __init__(self, scope: str) -> None:
        def narrowed(student_id: Any) -> list[Any]:
            if scope == "one":
                return [student_id == bindparam("id")]
            if scope == "some":
                return [student_id.in_(bindparam("ids", expanding=True))]
            return []

        in_class = Enrolment.classroom_id == bindparam("classroom_id")
        today_start: Any = bindparam("today_start")

        def counted(kind: str, today_only: bool) -> Any:
            condition = TrustEvent.kind == kind
            if today_only:
                condition = condition & (TrustEvent.at >= today_start)
            return func.sum(case((condition, 1), else_=0))

        # Per student: today's events and those of the trend window, by kind.
        events = (
            select(TrustEvent.student_id,
                   counted("build", True).label("builds_today"), counted("break", True).label("breaks_today"),
                   counted("observation", True).label("observations_today"),
                   counted("build", False).label("recent_builds"), counted("break", False).label("recent_breaks"))
            .join(Enrolment, Enrolment.student_id == TrustEvent.student_id)
            .where(in_class, *narrowed(TrustEvent.student_id), TrustEvent.deleted.is_(False),
                   TrustEvent.at >= bindparam("window_start"), TrustEvent.at < bindparam("tomorrow"))
            .group_by(TrustEvent.student_id)
            .subquery()
        )

        def per_student(column: Any, *where: Any) -> Any:
            return select(column).where(*where).scalar_subquery()

        today: Any = bindparam("today")
        chosen = per_student(func.count(DailyChoice.id), DailyChoice.student_id == Student.id,
                             DailyChoice.day == today)
        own = per_student(func.count(DailyChoice.id), DailyChoice.student_id == Student.id,
                          DailyChoice.day == today, DailyChoice.made_by == "student")
        # Without the suggestion engine a student waits after a recent break no reflection has followed yet (a
        # break logged after `today` still waits), or for a follow-up that is due and has no outcome yet.
        last_break = per_student(func.max(TrustEvent.at), TrustEvent.student_id == Student.id,
                                 TrustEvent.deleted.is_(False), TrustEvent.kind == "break",
                                 TrustEvent.at >= bindparam("reflect_start"))
        reflected = per_student(func.max(Reflection.at), Reflection.student_id == Student.id)
        due = per_student(func.min(Reflection.follow_up), Reflection.student_id == Student.id,
                          Reflection.follow_up <= today, Reflection.outcome.is_(None))
        # From the classroom: an unknown one gives no row at all, one without (these) students a row of nulls.
        students = (
            select(Classroom.name, Classroom.owner, Student.id, Student.name, Student.external_id, Student.active,
                   events.c.builds_today, events.c.breaks_today, events.c.observations_today,
                   events.c.recent_builds, events.c.recent_breaks, chosen, last_break, reflected, due, own)
            .select_from(Classroom)
            .outerjoin(Enrolment, and_(Enrolment.classroom_id == Classroom.id, *narrowed(Enrolment.student_id)))
            .outerjoin(Student, Student.id == Enrolment.student_id)
            .outerjoin(events, events.c.student_id == Student.id)
            .where(Classroom.id == bindparam("classroom_id"))
        )
        levels = latest_levels_query([in_class, *narrowed(LevelChange.student_id)])
        latest = levels.subquery()
        # A student's rows come together, their levels in the order of the change ids (as `levels_of` reads them).
        joined = (students.add_columns(latest.c.dimension_key, latest.c.to_level)
                  .outerjoin(latest, latest.c.student_id == Student.id)
                  .order_by(func.lower(Student.name), Student.id, latest.c.id))
        self.students = students.order_by(func.lower(Student.name))
        self.levels = levels
        self.joined = joined


_ROSTER_QUERIES = {scope: _RosterQueries(scope) for scope in ("all", "one", "some")}


@lru_cache(maxsize=8)
def _day_bounds(today: dt.date) -> Mapping[str, Any]:
    """The moments the roster counts from, for the teacher's day `today`: kept, as the roster is read again after
    every log (they depend only on the day and the computer's time zone, which a running process keeps)."""
    return MappingProxyType({
        "today": today, "today_start": day_start(today), "tomorrow": day_start(today + dt.timedelta(days=1)),
        "window_start": day_start(school_days_back(today, TREND_SCHOOL_DAYS)),
        "reflect_start": day_start(school_days_back(today, REFLECT_SCHOOL_DAYS)),
    })


def _scope(student_ids: Sequence[str] | None) -> str:
    return "all" if student_ids is None else "one" if len(student_ids) == 1 else "some"


def _roster_statement(separate: bool, classroom_id: str, today: dt.date,
                      student_ids: Sequence[str] | None) -> tuple[Any, dict[str, Any]]:
    """The roster's first statement and its parameters: the students' rows (`separate`: SQLite, their levels
    asked next), or the students with their levels (a server)."""
    queries = _ROSTER_QUERIES[_scope(student_ids)]
    params: dict[str, Any] = {"classroom_id": classroom_id, **_day_bounds(today)}
    if student_ids is not None and len(student_ids) == 1:
        params["id"] = student_ids[0]
    elif student_ids is not None:
        params["ids"] = list(student_ids)
    return (queries.students if separate else queries.joined), params


def _roster(conn: Connection, who: Identity, classroom_id: str, today: dt.date,
            student_ids: Sequence[str] | None) -> list[RosterLine]:
    """The roster of a class, or (given `student_ids`) only of those of its students, inside one read transaction."""
    separate = conn.dialect.name == "sqlite"
    statement, params = _roster_statement(separate, classroom_id, today, student_ids)
    rows = conn.execute(statement, params).all()
    if not rows:
        raise NotFound(f"No classroom with id {classroom_id}.")
    access.check_owner(who, rows[0][0], rows[0][1])
    students: list[Any] = []
    levels: dict[str, dict[str, int]] = {}
    for row in rows:
        sid = row[2]
        if sid is None:
            continue
        if not students or students[-1][0] != sid:
            students.append(row[2:16])  # the student's 14 columns (id … own choices today)
        if not separate and row[16] is not None:
            levels.setdefault(sid, {})[row[16]] = row[17]
    if not students:
        return []
    if separate:
        levels = levels_of(conn.execute(_ROSTER_QUERIES[_scope(student_ids)].levels, params).all())
    waiting = waiting_without_engine(
        {row[0]: row[10] for row in students if row[10] is not None},
        {row[0]: row[11] for row in students if row[11] is not None},
        {row[0]: row[12] for row in students if row[12] is not None})
    lines = []
    for sid, name, external_id, active, b_today, x_today, o_today, builds, breaks, chosen, *rest in students:
        builds, breaks = int(builds or 0), int(breaks or 0)
        kind, due = waiting.get(sid, ("", None)) if active else ("", None)
        lines.append(RosterLine(
            student_id=sid, name=name, external_id=external_id, active=active, levels=levels.get(sid, {}),
            builds_today=int(b_today or 0), breaks_today=int(x_today or 0), observations_today=int(o_today or 0),
            choices_today=int(chosen or 0), recent_builds=builds, recent_breaks=breaks,
            trend=trend_of(builds, breaks), waiting=bool(kind), waiting_kind=kind, waiting_due=due,
            own_choices_today=int(rest[3] or 0),
        ))
    return lines
