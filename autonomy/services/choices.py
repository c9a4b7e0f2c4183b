"""What each student chose today, per dimension, and whether it was within their current level."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from autonomy.core.validation import clean_name, date_not_in_future
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import ChoiceInfo
from autonomy.services.events import _check_classroom
from autonomy.services.levels import _current
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database
from autonomy.storage.models import DailyChoice, Enrolment


def choice_info(c: DailyChoice) -> ChoiceInfo:
    return ChoiceInfo(c.id, c.student_id, c.day, c.dimension_key, c.choice, c.within_level, c.made_by)


class ChoiceService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @writes
    def record(self, student_id: str, dimension: str, choice: str, *, day: dt.date | None = None,
               choice_level: int | None = None, within_level: bool | None = None) -> ChoiceInfo:
        """`choice_level` (the ladder rank the choice belongs to) decides whether it was within the student's
        level; without it, `within_level` as given (default: within)."""
        choice = clean_name(choice, "choice")
        day = date_not_in_future(day or dt.date.today(), "date")
        with write(self._db, "") as session:
            student = lookup.student(session, student_id)
            access.check_student(session, self._db.who(), student_id, write=True)
            lookup.dimension(session, dimension)
            if choice_level is not None:
                lookup.check_level(session, dimension, choice_level, "choice level")
                within_level = choice_level <= _current(session, student_id, dimension)
            row = DailyChoice(student_id=student_id, day=day, dimension_key=dimension, choice=choice,
                              within_level=True if within_level is None else within_level)
            session.add(row)
            relabel(session, f"Recorded {student.name}'s choice “{choice}”")
            session.flush()
            return choice_info(row)

    @reads
    def for_student(self, student_id: str, *, since: dt.date | None = None) -> list[ChoiceInfo]:
        with self._db.reading() as session:
            access.check_student(session, self._db.who(), student_id)
            query = select(DailyChoice).where(DailyChoice.student_id == student_id)
            if since is not None:
                query = query.where(DailyChoice.day >= since)
            return [choice_info(c) for c in session.scalars(query.order_by(DailyChoice.day.desc()))]

    @reads
    def for_classroom(self, classroom_id: str, day: dt.date) -> list[ChoiceInfo]:
        with self._db.reading() as session:
            _check_classroom(session, self._db, classroom_id)
            query = (
                select(DailyChoice)
                .join(Enrolment, Enrolment.student_id == DailyChoice.student_id)
                .where(Enrolment.classroom_id == classroom_id, DailyChoice.day == day)
            )
            return [choice_info(c) for c in session.scalars(query)]

    @reads
    def recent_choices(self, dimension: str, limit: int = 8) -> list[str]:
        """The most recent distinct choice texts in a dimension, for quick picks."""
        with self._db.reading() as session:
            # Grouped in the query: a choice the whole class repeats must not push every other one out of reach.
            last_day = func.max(DailyChoice.day)
            rows = session.execute(
                select(DailyChoice.choice).where(DailyChoice.dimension_key == dimension)
                .group_by(DailyChoice.choice).order_by(last_day.desc(), DailyChoice.choice).limit(limit)
            ).scalars()
            return list(rows)
