"""Read models for the classroom screen: what one roster or one student panel shows, in a few queries.

Each method is one read transaction with a fixed number of queries (no query per student), so a class roster
loads in a few milliseconds even on years of history. Runs on whichever thread calls it (the UI's database
lane). Results are frozen dataclasses, safe to hand to a Qt model.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from autonomy.services import access, lookup
from autonomy.services.choices import choice_info
from autonomy.services.dto import (
    CategoryInfo,
    ChoiceInfo,
    ClassroomInfo,
    DimensionInfo,
    LevelChangeInfo,
    ReflectionInfo,
    StudentInfo,
    TrustEventInfo,
)
from autonomy.services.events import event_info
from autonomy.services.levels import change_info, latest_levels
from autonomy.services.reflections import reflection_infos
from autonomy.services.suggestions import SuggestionService
from autonomy.storage.database import Database
from autonomy.storage.models import (
    Classroom,
    DailyChoice,
    Enrolment,
    EventCategory,
    LevelChange,
    Reflection,
    Student,
    TrustEvent,
)

TREND_SCHOOL_DAYS = 10
REFLECT_SCHOOL_DAYS = 3  # without the suggestion engine: a break this recent, not yet talked through, waits
RISING, STEADY, SLIPPING = 1, 0, -1


@dataclass(frozen=True)
class RosterLine:
    """One student's row on the classroom screen."""

    student_id: str
    name: str
    external_id: str | None
    active: bool
    levels: Mapping[str, int]  # dimension key -> current level (0 where never changed)
    builds_today: int = 0
    breaks_today: int = 0
    observations_today: int = 0
    choices_today: int = 0
    recent_builds: int = 0  # over the last TREND_SCHOOL_DAYS school days, today included
    recent_breaks: int = 0
    trend: int = STEADY  # RISING, STEADY or SLIPPING
    waiting: bool = False  # a suggestion (or, without the engine, a reflection or follow-up) waits
    waiting_kind: str = ""  # "reflect", "follow_up", "step_up", ...
    waiting_text: str = ""  # the sentence a teacher can read aloud


@dataclass(frozen=True)
class StudentDetail:
    student: StudentInfo
    classrooms: tuple[ClassroomInfo, ...]
    dimensions: tuple[DimensionInfo, ...]
    levels: Mapping[str, int]
    level_history: tuple[LevelChangeInfo, ...]  # oldest first
    events: tuple[TrustEventInfo, ...]  # newest first, deleted ones left out
    choices: tuple[ChoiceInfo, ...]  # newest first
    reflections: tuple[ReflectionInfo, ...]  # newest first
    categories: Mapping[str, CategoryInfo] = field(default_factory=dict)  # key -> category, archived included


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


class ViewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dimensions(self) -> list[DimensionInfo]:
        with self._db.reading() as session:
            return lookup.dimension_infos(session)

    def roster(self, classroom_id: str, today: dt.date | None = None) -> list[RosterLine]:
        """Every student of the class (archived ones too, flagged), sorted by name. Fast (a few queries): the
        waiting flag here is the simple one (an unanswered recent break, a due follow-up); `waiting()` asks the
        suggestion engine, which takes longer and is run after the roster is on screen."""
        today = today or dt.date.today()
        with self._db.reading() as session:
            access.check_classroom(self._db.who(), lookup.classroom(session, classroom_id))
            students = session.execute(
                select(Student.id, Student.name, Student.external_id, Student.active)
                .join(Enrolment, Enrolment.student_id == Student.id)
                .where(Enrolment.classroom_id == classroom_id)
                .order_by(func.lower(Student.name))
            ).all()
            levels = latest_levels(session, classroom_id)
            counts = _event_counts(session, classroom_id, today)
            choices = dict(session.execute(
                select(DailyChoice.student_id, func.count())
                .join(Enrolment, Enrolment.student_id == DailyChoice.student_id)
                .where(Enrolment.classroom_id == classroom_id, DailyChoice.day == today)
                .group_by(DailyChoice.student_id)
            ).all())
            waiting = _waiting_fallback(session, classroom_id, today)
        lines = []
        for sid, name, external_id, active in students:
            c = counts.get(sid, {})
            builds, breaks = c.get("build", (0, 0)), c.get("break", (0, 0))
            kind, text = waiting.get(sid, ("", "")) if active else ("", "")
            lines.append(RosterLine(
                student_id=sid, name=name, external_id=external_id, active=active, levels=levels.get(sid, {}),
                builds_today=builds[0], breaks_today=breaks[0], observations_today=c.get("observation", (0, 0))[0],
                choices_today=choices.get(sid, 0), recent_builds=builds[1], recent_breaks=breaks[1],
                trend=trend_of(builds[1], breaks[1]), waiting=bool(kind), waiting_kind=kind, waiting_text=text,
            ))
        return lines

    def waiting(self, classroom_id: str, today: dt.date | None = None) -> dict[str, tuple[str, str]]:
        """student id -> (kind, sentence) of the first suggestion waiting for them, from the suggestion engine."""
        return _waiting_from_engine(self._db, classroom_id, today or dt.date.today())

    def student_detail(self, student_id: str) -> StudentDetail:
        with self._db.reading() as session:
            student = lookup.student(session, student_id)
            who = self._db.who()
            access.check_student(session, who, student_id)
            classroom_ids = lookup.enrolments_of(session, student_id)
            # One query for all of them (not one per classroom), in enrolment order.
            by_id = {c.id: c for c in session.scalars(select(Classroom).where(Classroom.id.in_(classroom_ids)))}
            found = [by_id[cid] for cid in classroom_ids if cid in by_id]
            # A student shared with another teacher's class shows only the classes this user may see.
            classrooms = tuple(lookup.classroom_info(c) for c in found
                               if access.sees_everything(who) or c.owner == who.user)
            history = tuple(change_info(c) for c in session.scalars(
                select(LevelChange).where(LevelChange.student_id == student_id).order_by(LevelChange.at)))
            levels: dict[str, int] = {}
            for change in history:
                levels[change.dimension] = change.to_level
            events = tuple(event_info(e) for e in session.scalars(
                select(TrustEvent).where(TrustEvent.student_id == student_id, TrustEvent.deleted.is_(False))
                .order_by(TrustEvent.at.desc())))
            choices = tuple(choice_info(c) for c in session.scalars(
                select(DailyChoice).where(DailyChoice.student_id == student_id)
                .order_by(DailyChoice.day.desc(), DailyChoice.id)))
            reflections = _reflections(session, student_id)
            categories = {c.key: CategoryInfo(c.key, c.kind, c.name, c.archived)
                          for c in session.scalars(select(EventCategory))}
            return StudentDetail(
                student=lookup.student_info(student, classroom_ids), classrooms=classrooms,
                dimensions=tuple(lookup.dimension_infos(session)), levels=levels, level_history=history,
                events=events, choices=choices, reflections=reflections, categories=categories,
            )


def _event_counts(session: Session, classroom_id: str, today: dt.date) -> dict[str, dict[str, tuple[int, int]]]:
    """student -> kind -> (today, over the trend window)."""
    today_start = day_start(today)
    window_start = day_start(school_days_back(today, TREND_SCHOOL_DAYS))
    tomorrow = day_start(today + dt.timedelta(days=1))
    rows = session.execute(
        select(TrustEvent.student_id, TrustEvent.kind,
               func.sum(case((TrustEvent.at >= today_start, 1), else_=0)), func.count())
        .join(Enrolment, Enrolment.student_id == TrustEvent.student_id)
        .where(Enrolment.classroom_id == classroom_id, TrustEvent.deleted.is_(False),
               TrustEvent.at >= window_start, TrustEvent.at < tomorrow)
        .group_by(TrustEvent.student_id, TrustEvent.kind)
    )
    counts: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for sid, kind, on_day, total in rows:
        counts[sid][kind] = (int(on_day or 0), int(total))
    return counts


def _waiting_fallback(session: Session, classroom_id: str, today: dt.date) -> dict[str, tuple[str, str]]:
    """Without the suggestion engine: a recent break no reflection has followed, or a follow-up that is due."""
    window_start = day_start(school_days_back(today, REFLECT_SCHOOL_DAYS))
    last_break = dict(session.execute(
        select(TrustEvent.student_id, func.max(TrustEvent.at))
        .join(Enrolment, Enrolment.student_id == TrustEvent.student_id)
        .where(Enrolment.classroom_id == classroom_id, TrustEvent.deleted.is_(False), TrustEvent.kind == "break",
               TrustEvent.at >= window_start)
        .group_by(TrustEvent.student_id)
    ).all())
    last_reflection = dict(session.execute(
        select(Reflection.student_id, func.max(Reflection.at))
        .join(Enrolment, Enrolment.student_id == Reflection.student_id)
        .where(Enrolment.classroom_id == classroom_id)
        .group_by(Reflection.student_id)
    ).all())
    due = dict(session.execute(
        select(Reflection.student_id, func.min(Reflection.follow_up))
        .join(Enrolment, Enrolment.student_id == Reflection.student_id)
        .where(Enrolment.classroom_id == classroom_id, Reflection.follow_up.is_not(None),
               Reflection.follow_up <= today, Reflection.outcome.is_(None))
        .group_by(Reflection.student_id)
    ).all())
    waiting: dict[str, tuple[str, str]] = {}
    for sid, when in last_break.items():
        reflected = last_reflection.get(sid)
        if reflected is None or reflected < when:
            waiting[sid] = ("reflect", "A trust-breaking event has not been talked through yet.")
    for sid, day in due.items():
        when_due = day.isoformat() if day else "an earlier day"
        waiting.setdefault(sid, ("follow_up", f"A reflection follow-up was due on {when_due}."))
    return waiting


def _waiting_from_engine(db: Database, classroom_id: str, today: dt.date) -> dict[str, tuple[str, str]]:
    """The suggestion engine's first suggestion per student: (kind, sentence)."""
    waiting: dict[str, tuple[str, str]] = {}
    for suggestion in SuggestionService(db).for_classroom(classroom_id, as_of=today):
        if suggestion.student_id and suggestion.student_id not in waiting:
            waiting[suggestion.student_id] = (suggestion.kind.value, suggestion.text)
    return waiting


def _reflections(session: Session, student_id: str) -> tuple[ReflectionInfo, ...]:
    rows = list(session.scalars(
        select(Reflection).where(Reflection.student_id == student_id).order_by(Reflection.at.desc())))
    return tuple(reflection_infos(session, rows))
