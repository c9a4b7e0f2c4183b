"""Finding things by id or name inside a transaction, with the errors a teacher can read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Integer, Text, cast, func, literal_column, null, select, union_all
from sqlalchemy.orm import Session

from autonomy.core.bounds import shown
from autonomy.core.errors import InvalidInput, NotFound
from autonomy.services import access
from autonomy.services.dto import (
    CategoryInfo,
    ClassroomInfo,
    DimensionInfo,
    LevelInfo,
    StudentInfo,
)
from autonomy.services.reuse import answered, remembered
from autonomy.storage.database import Identity
from autonomy.storage.models import Classroom, Dimension, Enrolment, EventCategory, Level, Setting, Student


def student(session: Session, student_id: str) -> Student:
    found = session.get(Student, student_id)
    if found is None:
        raise NotFound(f"No student with id {student_id}.")
    return found


def classroom(session: Session, classroom_id: str) -> Classroom:
    found = session.get(Classroom, classroom_id)
    if found is None:
        raise NotFound(f"No classroom with id {classroom_id}.")
    return found


def classroom_by_name(session: Session, name: str, who: Identity | None = None) -> Classroom:
    """By exact id, else by name ignoring case; refuses an ambiguous name. Given `who`, only among the classrooms
    they may see (two teachers on one server may each have a "7B")."""
    by_id = session.get(Classroom, name)
    if by_id is not None:
        return by_id if who is None else access.check_classroom(who, by_id)
    query = select(Classroom).where(func.lower(Classroom.name) == name.strip().lower())
    if who is not None:
        query = query.where(access.classroom_clause(who))
    matches = list(session.scalars(query))
    if not matches:
        raise NotFound(f"There is no classroom called “{name}”.")
    if len(matches) > 1:
        active = [c for c in matches if not c.archived]
        if len(active) == 1:
            return active[0]
        raise InvalidInput("class", f"more than one classroom is called “{name}”; use its id")
    return matches[0]


def dimension(session: Session, key: str) -> Dimension:
    found = session.get(Dimension, key)
    if found is None:
        known = ", ".join(session.scalars(select(Dimension.key).order_by(Dimension.position)))
        raise InvalidInput("dimension", f"“{key}” is not a known dimension (known: {known})")
    return found


def ladder_top(session: Session, key: str) -> int:
    top = session.scalar(select(func.max(Level.rank)).where(Level.dimension_key == key))
    return int(top or 0)


def check_level(session: Session, key: str, level: int, field: str = "level") -> int:
    dimension(session, key)
    top = ladder_top(session, key)
    if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= top:
        raise InvalidInput(field, f"{shown(level)} is outside the {key} ladder (0 to {top})")
    return level


POLICY_KEY = "suggestion_policy"


@dataclass(frozen=True)
class Vocabulary:
    """The school-wide words every view and the suggestion engine share: the ladders, the event categories and
    the suggestion thresholds as stored (None: never changed)."""

    dimensions: tuple[DimensionInfo, ...]
    categories: tuple[CategoryInfo, ...]
    policy: dict[str, Any] | None


def vocabulary(session: Session) -> Vocabulary:
    """The ladders, categories and policy in one statement (four small tables as typed rows of one UNION ALL);
    read once per job when several reads of one job ask (services/reuse.py)."""
    return remembered(("vocabulary",), lambda: _vocabulary(session))


def dimension_infos(session: Session) -> list[DimensionInfo]:
    """The ladders in order."""
    return list(vocabulary(session).dimensions)


def category_infos(session: Session) -> list[CategoryInfo]:
    """Every event category, archived ones too, by kind and position."""
    return list(vocabulary(session).categories)


def vocabulary_ahead() -> list[Any]:
    """The vocabulary's statement to send ahead (storage/pipeline.py), none if this job has its answer already."""
    return [] if answered(("vocabulary",)) else [vocabulary_statement()]


def vocabulary_statement() -> Any:
    """The statement `vocabulary` runs (for a read that sends its statements ahead: storage/pipeline.py)."""
    no_flag, no_number = cast(null(), Boolean), cast(null(), Integer)
    return union_all(
        select(literal_column("'d'").label("tag"), Dimension.key.label("a"), Dimension.name.label("b"),
               Dimension.question.label("c"), Dimension.position.label("n"), Dimension.builtin.label("f")),
        select(literal_column("'l'"), Level.dimension_key, Level.name, Level.description, Level.rank, no_flag),
        select(literal_column("'c'"), EventCategory.key, EventCategory.kind, EventCategory.name,
               EventCategory.position, EventCategory.archived),
        select(literal_column("'s'"), Setting.key, cast(Setting.value, Text), cast(null(), Text), no_number,
               no_flag).where(Setting.key == POLICY_KEY),
    ).order_by("tag", "n", "a")


def _vocabulary(session: Session) -> Vocabulary:
    rows: list[Any] = list(session.execute(vocabulary_statement()))
    dims = [(a, b, c, bool(f)) for tag, a, b, c, _, f in rows if tag == "d"]
    levels: dict[str, list[LevelInfo]] = {key: [] for key, *_ in dims}
    for tag, key, name, description, rank, _ in rows:
        if tag == "l":
            levels.setdefault(key, []).append(LevelInfo(rank, name, description))
    categories = sorted((CategoryInfo(a, b, c, bool(f)) for tag, a, b, c, _, f in rows if tag == "c"),
                        key=lambda category: category.kind)  # stable: by position within a kind, as read
    policy = next((json.loads(b) for tag, _, b, *_ in rows if tag == "s"), None)
    return Vocabulary(tuple(DimensionInfo(key, name, question, tuple(levels[key]), builtin)
                            for key, name, question, builtin in dims), tuple(categories), policy)


def classroom_info(c: Classroom, count: int = 0) -> ClassroomInfo:
    return ClassroomInfo(c.id, c.name, c.subject, c.school_year, c.archived, count, c.owner)


def student_info(s: Student, classroom_ids: tuple[str, ...] = ()) -> StudentInfo:
    return StudentInfo(s.id, s.name, s.external_id, s.notes, s.active, classroom_ids)


def enrolments_of(session: Session, student_id: str) -> tuple[str, ...]:
    return tuple(session.scalars(enrolments_statement(student_id)))


def enrolments_statement(student_id: str) -> Any:
    """The statement `enrolments_of` runs (for a read that sends its statements ahead: storage/pipeline.py)."""
    return select(Enrolment.classroom_id).where(Enrolment.student_id == student_id)
