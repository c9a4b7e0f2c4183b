"""What each student chose today, per dimension, and whether it was within their current level."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from autonomy.core import phrases
from autonomy.core.errors import InvalidInput
from autonomy.core.validation import clean_name, date_not_in_future
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import ChoiceInfo
from autonomy.services.events import _check_classroom
from autonomy.services.levels import _current
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database
from autonomy.storage.models import DailyChoice, Enrolment


@dataclass(frozen=True)
class DayChoice:
    """One dimension's choice of the day: `level`, the ladder rank it belongs to, decides whether it was within
    the student's level; without it, `within_level` as given (default: within)."""

    dimension: str
    choice: str
    level: int | None = None
    within_level: bool | None = None


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
        [recorded] = self.record_day(student_id, [DayChoice(dimension, choice, choice_level, within_level)], day=day)
        return recorded

    @writes
    def record_day(self, student_id: str, choices: Sequence[DayChoice], *,
                   day: dt.date | None = None) -> list[ChoiceInfo]:
        """A student's choices of one day in several dimensions, as the choices dialog saves them: one
        transaction and one undo step, named after every choice; a refusal of any saves none."""
        if not choices:
            raise InvalidInput("choices", "choose at least one")
        cleaned = [(c, clean_name(c.choice, "choice")) for c in choices]
        day = date_not_in_future(day or dt.date.today(), "date")
        with write(self._db, "") as session:
            student = lookup.student(session, student_id)
            access.check_student(session, self._db.who(), student_id, write=True)
            rows, named = [], []
            for wanted, choice in cleaned:
                dimension = lookup.dimension(session, wanted.dimension)
                within_level = wanted.within_level
                if wanted.level is not None:
                    lookup.check_level(session, wanted.dimension, wanted.level, "choice level")
                    within_level = wanted.level <= _current(session, student_id, wanted.dimension)
                row = DailyChoice(student_id=student_id, day=day, dimension_key=wanted.dimension, choice=choice,
                                  within_level=True if within_level is None else within_level)
                session.add(row)
                rows.append(row)
                named.append([choice, wanted.dimension, dimension.name])
            if len(named) == 1:
                relabel(session, phrases.label(phrases.RECORDED_CHOICE, student=student.name, choice=named[0][0],
                                               dimension=named[0][1]))
            else:
                relabel(session, phrases.label(phrases.RECORDED_CHOICES, student=student.name, choices=named))
            session.flush()
            return [choice_info(row) for row in rows]

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
