"""Read model for the coach: one classroom over a date range, as the plain records `core.charts` draws from.

One read transaction, a fixed handful of column queries (no query per student, no ORM objects), so a class of
30 with a year of history loads in tens of milliseconds. Runs on whichever thread calls it (the UI's lanes or the
command line). Anonymised data is anonymised here, at the source, by the rules of an anonymised export
(autonomy/services/anonymise.py): students S01, S02 … in the same order as an anonymised export of the class, the
class C01, the teacher's own categories and dimensions by number, built-in ones in the shipped words, no subject,
no external ids, no free text. The ids stay as stored: they never leave the program (the report prints none), and
the screen finds its records by them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select

from autonomy.core.bounds import check_day, clamp_moment
from autonomy.core.charts import (
    ChangePoint,
    ChoicePoint,
    ClassData,
    DateRange,
    DecisionPoint,
    DimensionRow,
    EventPoint,
    ReflectionPoint,
    SelfRatingPoint,
    StudentRow,
)
from autonomy.core.errors import InvalidInput, NotFound
from autonomy.services import access, anonymise, lookup
from autonomy.services.contract import reads
from autonomy.services.dto import ClassroomInfo
from autonomy.services.views import day_start
from autonomy.storage.database import Database
from autonomy.storage.models import (
    Classroom,
    DailyChoice,
    Enrolment,
    LevelChange,
    Reflection,
    SelfRating,
    Student,
    SuggestionDecision,
    TrustEvent,
)
from autonomy.storage.pipeline import send_ahead

DEFAULT_DAYS = 180


class CoachService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @reads
    def classrooms(self) -> list[ClassroomInfo]:
        """Every classroom that is not archived, by name, with how many students it has."""
        with self._db.reading() as session:
            counts = dict(session.execute(
                select(Enrolment.classroom_id, func.count()).group_by(Enrolment.classroom_id)).all())
            rows = session.execute(
                select(Classroom.id, Classroom.name, Classroom.subject, Classroom.school_year, Classroom.archived)
                .where(Classroom.archived.is_(False), access.classroom_clause(self._db.who()))
                .order_by(func.lower(Classroom.name))).all()
            return [ClassroomInfo(cid, name, subject, year, bool(archived), counts.get(cid, 0))
                    for cid, name, subject, year, archived in rows]

    @reads
    def class_data(self, classroom_id: str, start: dt.date | None = None, end: dt.date | None = None, *,
                   anonymize: bool = False, today: dt.date | None = None) -> ClassData:
        """The class from `start` to `end` (inclusive). Without `start`: from the class's first trust event (at
        most DEFAULT_DAYS back from the end); without `end`: today."""
        for day, name in ((start, "from"), (end, "to"), (today, "today")):
            if day is not None:
                check_day(day, name)  # windows are counted from these days (a date edit can reach year 1)
        if start is not None and end is not None and end < start:
            raise InvalidInput("dates", f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()})")
        end = end or today or dt.date.today()
        mine = select(Enrolment.student_id).where(Enrolment.classroom_id == classroom_id).scalar_subquery()
        first_event = select(func.min(TrustEvent.at)).where(TrustEvent.student_id.in_(mine),
                                                             TrustEvent.deleted.is_(False))
        found_classroom = select(Classroom).where(Classroom.id == classroom_id)
        roster = (select(Student.id, Student.name, Student.external_id, Student.active)
                  .where(Student.id.in_(mine)).order_by(Student.name, Student.id))
        with self._db.reading() as session:
            # On a school's server: what depends on the class alone goes at once, the rest once the span is known
            # (two round trips; storage/pipeline.py). Given the start, all of it at once.
            changes_query = _changes_until(mine, day_start(end + dt.timedelta(days=1)))
            asked = _span_queries(mine, classroom_id, start, end) if start is not None else None
            send_ahead(session, [found_classroom, roster, changes_query, *lookup.vocabulary_ahead(),
                                 *(asked.values() if asked is not None else [first_event])])
            classroom = session.scalars(found_classroom).one_or_none()
            if classroom is None:
                raise NotFound(f"No classroom with id {classroom_id}.")
            access.check_classroom(self._db.who(), classroom)
            if start is None:
                first = session.scalar(first_event)
                earliest = end - dt.timedelta(days=DEFAULT_DAYS - 1)
                # clamp_moment: an old database may hold an event dated year 1, before these bounds.
                start = max(earliest, clamp_moment(first).astimezone().date()) if first is not None else earliest
                start = min(start, end)
            if asked is None:
                asked = _span_queries(mine, classroom_id, start, end)
                send_ahead(session, asked.values())
            span = DateRange(start, end)

            rows = session.execute(roster).all()
            codes = {sid: f"S{i:02d}" for i, (sid, *_rest) in enumerate(rows, start=1)}
            students = [StudentRow(sid, codes[sid] if anonymize else name, None if anonymize else external,
                                   bool(active)) for sid, name, external, active in rows]
            if not anonymize:
                students.sort(key=lambda s: (s.name.casefold(), s.id))

            def text(value: str | None) -> str:
                return "" if anonymize or value is None else value

            vocabulary = lookup.vocabulary(session)
            infos = vocabulary.dimensions
            dimensions = tuple(DimensionRow(d.key, d.name, tuple(lv.name for lv in d.levels)) for d in infos)
            categories = {c.key: c.name for c in vocabulary.categories}
            if anonymize:
                names = anonymise.catalogue(session)
                categories = names.category_names
                rows_shown = []
                for d in infos:  # stored keys (the records refer to them); the names anonymised
                    _key, name, _question, levels = names.ladder(d.key, [lv.rank for lv in d.levels])
                    rows_shown.append(DimensionRow(d.key, name, tuple(level for _rank, level, _words in levels)))
                dimensions = tuple(rows_shown)
            changes = tuple(
                ChangePoint(cid, sid, key, clamp_moment(at), from_level, to_level, source, text(reason))
                for cid, sid, key, at, from_level, to_level, source, reason in session.execute(changes_query))
            events = tuple(
                EventPoint(eid, sid, kind, categories.get(category, category), key, severity, at, text(note))
                for eid, sid, kind, category, key, severity, at, note in session.execute(asked["events"]))
            choices = tuple(
                ChoicePoint(cid, sid, day, key, text(choice), bool(within), by)
                for cid, sid, day, key, choice, within, by in session.execute(asked["choices"]))
            reflections = tuple(
                ReflectionPoint(rid, sid, at, text(agreement), follow_up)
                for rid, sid, at, agreement, follow_up in session.execute(asked["reflections"]))
            self_ratings = tuple(
                SelfRatingPoint(sid, key, clamp_moment(at), level)
                for sid, key, at, level in session.execute(asked["self_ratings"]))
            decisions = tuple(
                DecisionPoint(sid, key, kind, decision, at)
                for sid, key, kind, decision, at in session.execute(asked["decisions"]))
            return ClassData(
                classroom_id=classroom.id, classroom_name="C01" if anonymize else classroom.name, span=span,
                students=tuple(students), dimensions=dimensions, changes=changes, events=events, choices=choices,
                reflections=reflections, decisions=decisions, subject="" if anonymize else classroom.subject,
                school_year=classroom.school_year,
                anonymized=anonymize, self_ratings=self_ratings,
            )


def _changes_until(mine: Any, until: dt.datetime) -> Any:
    """The level changes of the class's students (`mine`) before `until`: their levels through the span."""
    return (select(LevelChange.id, LevelChange.student_id, LevelChange.dimension_key, LevelChange.at,
                   LevelChange.from_level, LevelChange.to_level, LevelChange.source, LevelChange.reason)
            .where(LevelChange.student_id.in_(mine), LevelChange.at < until)
            .order_by(LevelChange.at, LevelChange.id))


def _span_queries(mine: Any, classroom_id: str, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The coach screen's statements for the class's students (`mine`) from `start` to `end` (inclusive)."""
    since, until = day_start(start), day_start(end + dt.timedelta(days=1))
    return {
        "events": select(TrustEvent.id, TrustEvent.student_id, TrustEvent.kind, TrustEvent.category_key,
                         TrustEvent.dimension_key, TrustEvent.severity, TrustEvent.at, TrustEvent.note)
        .where(TrustEvent.student_id.in_(mine), TrustEvent.deleted.is_(False), TrustEvent.at >= since,
               TrustEvent.at < until)
        .order_by(TrustEvent.at, TrustEvent.id),
        "choices": select(DailyChoice.id, DailyChoice.student_id, DailyChoice.day, DailyChoice.dimension_key,
                          DailyChoice.choice, DailyChoice.within_level, DailyChoice.made_by)
        .where(DailyChoice.student_id.in_(mine), DailyChoice.day >= start, DailyChoice.day <= end)
        .order_by(DailyChoice.day, DailyChoice.id),
        "reflections": select(Reflection.id, Reflection.student_id, Reflection.at, Reflection.agreement,
                              Reflection.follow_up)
        .where(Reflection.student_id.in_(mine), Reflection.at >= since, Reflection.at < until)
        .order_by(Reflection.at, Reflection.id),
        "self_ratings": select(SelfRating.student_id, SelfRating.dimension_key, SelfRating.at, SelfRating.level)
        .where(SelfRating.student_id.in_(mine), SelfRating.at >= since, SelfRating.at < until)
        .order_by(SelfRating.at, SelfRating.id),
        "decisions": select(SuggestionDecision.student_id, SuggestionDecision.dimension_key, SuggestionDecision.kind,
                            SuggestionDecision.decision, SuggestionDecision.at)
        .where(or_(SuggestionDecision.student_id.in_(mine), SuggestionDecision.classroom_id == classroom_id),
               SuggestionDecision.at >= since, SuggestionDecision.at < until)
        .order_by(SuggestionDecision.at, SuggestionDecision.id),
    }
