"""Dimensions and their ladders, each student's current levels, and level changes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from autonomy.core import phrases
from autonomy.core.bounds import MAX_DIMENSIONS, MAX_LEVELS, MAX_PROMPT, at_most, check_ids
from autonomy.core.errors import Conflict, InvalidInput
from autonomy.core.types import ChangeSource
from autonomy.core.validation import MAX_NOTE, clean_name, clean_optional_text, not_in_future
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import DimensionInfo, LevelChangeInfo, LevelWords
from autonomy.services.events import _check_classroom
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database
from autonomy.storage.models import Dimension, Enrolment, Level, LevelChange, utcnow


def change_info(c: LevelChange) -> LevelChangeInfo:
    return LevelChangeInfo(c.id, c.student_id, c.dimension_key, c.from_level, c.to_level, c.at, c.reason,
                           c.source, tuple(c.evidence or ()))


class LevelService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @reads
    def dimensions(self) -> list[DimensionInfo]:
        with self._db.reading() as session:
            return lookup.dimension_infos(session)

    @reads
    def current_levels(self, classroom_id: str) -> dict[str, dict[str, int]]:
        """student id -> dimension key -> current level (0 where nothing was ever changed)."""
        with self._db.reading() as session:
            _check_classroom(session, self._db, classroom_id)
            latest = latest_levels(session, classroom_id)
            keys = list(session.scalars(select(Dimension.key)))
            enrolled = session.scalars(select(Enrolment.student_id).where(Enrolment.classroom_id == classroom_id))
            levels: dict[str, dict[str, int]] = {sid: dict.fromkeys(keys, 0) for sid in enrolled}
            for student_id, per_dimension in latest.items():
                levels.setdefault(student_id, {}).update(per_dimension)
            return levels

    @reads
    def level_of(self, student_id: str, dimension: str) -> int:
        with self._db.reading() as session:
            access.check_student(session, self._db.who(), student_id)
            return _current(session, student_id, dimension)

    @reads
    def history(self, student_id: str) -> list[LevelChangeInfo]:
        with self._db.reading() as session:
            access.check_student(session, self._db.who(), student_id)
            rows = session.scalars(
                select(LevelChange).where(LevelChange.student_id == student_id).order_by(LevelChange.at)
            )
            return [change_info(c) for c in rows]

    @writes
    def change_level(self, student_id: str, dimension: str, to_level: int, *, reason: str = "",
                     source: str = ChangeSource.MANUAL, evidence: tuple[str, ...] = (),
                     at: dt.datetime | None = None, reflection_id: str | None = None) -> LevelChangeInfo:
        reason = clean_optional_text(reason, "reason", MAX_NOTE)
        when = not_in_future(at, "date") if at else utcnow()
        if source not in set(ChangeSource):
            raise InvalidInput("source", f"“{source}” is not one of manual, suggestion, reflection")
        with write(self._db, phrases.label(phrases.CHANGED_LEVEL)) as session:
            student = lookup.student(session, student_id)
            access.check_student(session, self._db.who(), student_id, write=True)
            access.check_events(session, self._db.who(), evidence)
            if reflection_id is not None:
                access.check_reflection(session, self._db.who(), reflection_id, student_id)
            lookup.check_level(session, dimension, to_level)
            latest = session.scalar(select(func.max(LevelChange.at)).where(
                LevelChange.student_id == student_id, LevelChange.dimension_key == dimension))
            if latest is not None and when <= latest:
                # Dated before the latest change, it would be stored but never become the current level.
                raise InvalidInput("date", f"{when.date().isoformat()} is not after {student.name}'s latest change "
                                           f"in {dimension} ({latest.date().isoformat()})")
            from_level = _current(session, student_id, dimension)
            if from_level == to_level:
                raise Conflict(f"{student.name} is already at level {to_level} in {dimension}.",
                               code="already_at_level",
                               values={"name": student.name, "dimension": dimension, "level": to_level})
            change = LevelChange(student_id=student_id, dimension_key=dimension, from_level=from_level,
                                 to_level=to_level, at=when, reason=reason, source=str(source),
                                 evidence=check_ids(list(evidence), "evidence"), reflection_id=reflection_id)
            # Named before the change is added: a query after it would write the undo step, and the label again.
            relabel(session, phrases.label(phrases.CHANGED_LEVEL, student=student.name, dimension=dimension,
                                           dimension_name=lookup.dimension(session, dimension).name, to=to_level,
                                           level_name=level_name(session, dimension, to_level)))
            session.add(change)
            session.flush()
            return change_info(change)

    # --- editing ladders --------------------------------------------------------------------------
    @writes
    def rename_level(self, dimension: str, rank: int, name: str, description: str | None = None) -> DimensionInfo:
        return self.rename_levels(dimension, [(rank, name, description)])

    @writes
    def rename_levels(self, dimension: str, renamed: Sequence[tuple[int, str, str | None]]) -> DimensionInfo:
        """New names (and texts, None keeps one) for some levels of one ladder, as the ladder editor saves them:
        one transaction, one undo step; a refusal of any renames none."""
        if not renamed:
            raise InvalidInput("levels", "name at least one level")
        cleaned = [(rank, clean_name(name, "level name"),
                    None if text is None else clean_optional_text(text, "description", 2000))
                   for rank, name, text in renamed]
        access.require_write(self._db.who())
        with write(self._db, phrases.label(phrases.RENAMED_LEVELS, dimension=dimension,
                                           count=len(cleaned))) as session:
            dimension_name = lookup.dimension(session, dimension).name
            if len(cleaned) == 1:
                relabel(session, phrases.label(phrases.RENAMED_LEVEL, dimension=dimension, rank=cleaned[0][0],
                                               name=cleaned[0][1], dimension_name=dimension_name))
            else:
                relabel(session, phrases.label(phrases.RENAMED_LEVELS, dimension=dimension, count=len(cleaned),
                                               dimension_name=dimension_name))
            for rank, name, text in cleaned:
                lookup.check_level(session, dimension, rank)
                level = session.scalars(select(Level).where(Level.dimension_key == dimension,
                                                            Level.rank == rank)).one()
                level.name = name
                if text is not None:
                    level.description = text
            session.flush()
            return next(d for d in lookup.dimension_infos(session) if d.key == dimension)

    @writes
    def set_student_words(self, dimension: str, rank: int, student_text: str | None = None,
                          picks: list[str] | None = None, own_words: bool | None = None,
                          keep_own_words: bool = True) -> LevelWords:
        """What students read and may pick at the check-in for one level: its sentence (empty: the app's own),
        the teacher's quick picks, and whether own words are allowed (None: from rank 3 on)."""
        access.require_write(self._db.who())
        with write(self._db, f"Changed what students read for a {dimension} level") as session:
            lookup.check_level(session, dimension, rank)
            level = session.scalars(select(Level).where(Level.dimension_key == dimension, Level.rank == rank)).one()
            if student_text is not None:
                level.student_text = clean_optional_text(student_text, "student text", MAX_PROMPT)
            if picks is not None:
                cleaned = list(dict.fromkeys(clean_name(p, "quick pick") for p in picks if p.strip()))
                at_most(cleaned, "quick picks", MAX_LEVELS, "picks")
                level.picks = cleaned
            if not keep_own_words:
                level.own_words = own_words
            session.flush()
            return level_words(level)

    @reads
    def student_words(self) -> list[LevelWords]:
        """Every level's student-facing sentence, quick picks and own-words rule, by dimension and rank."""
        with self._db.reading() as session:
            return [level_words(lv) for lv in session.scalars(select(Level).order_by(Level.dimension_key,
                                                                                      Level.rank))]

    @writes
    def add_dimension(self, name: str, levels: list[tuple[str, str]], question: str = "") -> DimensionInfo:
        """A custom dimension (e.g. who they work with) with its own ladder of at least two levels."""
        name = clean_name(name, "dimension name")
        if len(levels) < 2:
            raise InvalidInput("levels", "a ladder needs at least two levels")
        at_most(levels, "levels", MAX_LEVELS, "levels")
        cleaned = [(clean_name(n, "level name"), clean_optional_text(d, "description", MAX_PROMPT)) for n, d in levels]
        key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40] or "custom"
        access.require_write(self._db.who())
        with write(self._db, phrases.label(phrases.ADDED_DIMENSION, name=name)) as session:
            if session.get(Dimension, key) is not None:
                raise Conflict(f"There is already a dimension called “{name}”.", code="dimension_exists",
                               values={"name": name})
            if (session.scalar(select(func.count()).select_from(Dimension)) or 0) >= MAX_DIMENSIONS:
                raise InvalidInput("dimensions", f"there are already {MAX_DIMENSIONS}, the most Autonomy keeps")
            position = (session.scalar(select(func.max(Dimension.position))) or 0) + 1
            session.add(Dimension(key=key, name=name, question=clean_optional_text(question, "question", 400),
                                  position=position, builtin=False))
            session.flush()
            for rank, (level_name, description) in enumerate(cleaned):
                session.add(Level(dimension_key=key, rank=rank, name=level_name, description=description))
            session.flush()
            return next(d for d in lookup.dimension_infos(session) if d.key == key)


def level_name(session: Session, dimension: str, rank: int) -> str:
    """The level's name as stored (the app words a built-in one in the teacher's language)."""
    return session.scalar(select(Level.name).where(Level.dimension_key == dimension, Level.rank == rank)) or ""


def level_words(level: Level) -> LevelWords:
    return LevelWords(level.dimension_key, level.rank, level.student_text or "", tuple(level.picks or ()),
                      level.own_words)


def _current(session: Session, student_id: str, dimension: str) -> int:
    level = session.scalar(
        select(LevelChange.to_level)
        .where(LevelChange.student_id == student_id, LevelChange.dimension_key == dimension)
        .order_by(LevelChange.at.desc(), LevelChange.id.desc())
        .limit(1)
    )
    return int(level or 0)


def latest_levels_query(scope: list[Any]) -> Select[str, str, int, str]:
    """The level of the latest change per student and dimension, among the level changes `scope` (conditions on
    `LevelChange` and `Enrolment`) keeps: e.g. a class's students, or some of them. Rows are (student, dimension,
    level, change id), in the order of the change ids."""
    latest = (
        select(LevelChange.student_id, LevelChange.dimension_key, func.max(LevelChange.at).label("at"))
        .join(Enrolment, Enrolment.student_id == LevelChange.student_id)
        .where(*scope)
        .group_by(LevelChange.student_id, LevelChange.dimension_key)
        .subquery()
    )
    return select(LevelChange.student_id, LevelChange.dimension_key, LevelChange.to_level, LevelChange.id).join(
        latest,
        (LevelChange.student_id == latest.c.student_id)
        & (LevelChange.dimension_key == latest.c.dimension_key)
        & (LevelChange.at == latest.c.at),
    ).order_by(LevelChange.id)  # two changes at the same moment: the one level_of picks comes last


# Built once, with a bind parameter: each read reuses the compiled statement.
_CLASS_LEVELS = latest_levels_query([Enrolment.classroom_id == bindparam("classroom_id")])


def levels_of(rows: Iterable[Any]) -> dict[str, dict[str, int]]:
    """student id -> dimension -> level, from the rows of a `latest_levels_query`."""
    levels: dict[str, dict[str, int]] = {}
    for student_id, key, level, *_ in rows:
        levels.setdefault(student_id, {})[key] = level
    return levels


def latest_levels(session: Session, classroom_id: str) -> dict[str, dict[str, int]]:
    """student id -> dimension -> level of the latest change, for a class's students who had any change
    (the roster and `current_levels` both read it; a student or dimension missing here is at 0)."""
    return levels_of(session.connection().execute(_CLASS_LEVELS, {"classroom_id": classroom_id}))
