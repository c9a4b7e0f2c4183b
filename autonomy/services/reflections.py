"""Reflection conversations: the events they answer, the prompts used, the student's words, what was agreed,
a follow-up date and its outcome, and the student's own ratings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from autonomy.core import phrases
from autonomy.core.bounds import MAX_PROMPT, MAX_REFLECTION_PROMPTS, at_most, check_day
from autonomy.core.errors import InvalidInput, NotFound
from autonomy.core.suggestion_facts import Suggestion
from autonomy.core.validation import MAX_NOTE, clean_optional_text, not_in_future
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import ReflectionInfo
from autonomy.services.suggestions import record_acceptance
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database, Identity
from autonomy.storage.models import Reflection, ReflectionEvent, SelfRating, TrustEvent, utcnow


class ReflectionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @writes
    def record(self, student_id: str, *, event_ids: Sequence[str] = (), prompts: Sequence[str] = (),
               student_words: str = "", agreement: str = "", follow_up: dt.date | None = None,
               self_ratings: Mapping[str, int] | None = None, at: dt.datetime | None = None,
               closes_follow_up: tuple[str, str] | None = None, acting_on: Suggestion | None = None,
               acting_reason: str = "") -> ReflectionInfo:
        """The whole conversation in one transaction: nothing half-saved if any part is refused.

        `closes_follow_up` = (an earlier reflection's id, its outcome): a follow-up conversation records how the
        earlier agreement went in the same transaction.
        `acting_on`: the suggestion (about this student) the conversation follows through; it is accepted with
        `acting_reason`, exactly as `SuggestionService.accept` would, in the same transaction (one undo step)."""
        acting_reason = clean_optional_text(acting_reason, "reason", 2000)
        student_words = clean_optional_text(student_words, "student's words")
        outcome = clean_optional_text(closes_follow_up[1], "outcome", MAX_NOTE) if closes_follow_up else ""
        agreement = clean_optional_text(agreement, "agreement")
        at_most(prompts, "prompts", MAX_REFLECTION_PROMPTS, "prompts")
        cleaned_prompts = [clean_optional_text(p, "prompt", MAX_PROMPT) for p in prompts]
        when = not_in_future(at, "date") if at else utcnow()
        if follow_up is not None:
            check_day(follow_up, "follow-up")
        if follow_up is not None and follow_up < when.date() - dt.timedelta(days=1):
            raise InvalidInput("follow-up", "the follow-up date is before the conversation")
        with write(self._db, "") as session:
            student = lookup.student(session, student_id)
            access.check_student(session, self._db.who(), student_id, write=True)
            for event_id in event_ids:
                event = session.get(TrustEvent, event_id)
                if event is None or event.student_id != student_id:
                    raise InvalidInput("events", f"event {event_id} is not one of {student.name}'s")
            if closes_follow_up is not None and outcome:
                earlier = session.get(Reflection, closes_follow_up[0])
                if earlier is None or earlier.student_id != student_id:
                    raise InvalidInput("follow-up", f"that earlier conversation is not one of {student.name}'s")
                earlier.outcome = outcome
            reflection = Reflection(student_id=student_id, at=when, prompts=[p for p in cleaned_prompts if p],
                                    student_words=student_words, agreement=agreement, follow_up=follow_up)
            session.add(reflection)
            session.flush()
            session.add_all(ReflectionEvent(reflection_id=reflection.id, event_id=e) for e in dict.fromkeys(event_ids))
            for dimension, level in (self_ratings or {}).items():
                lookup.check_level(session, dimension, level, "self-rating")
                session.add(SelfRating(student_id=student_id, reflection_id=reflection.id, dimension_key=dimension,
                                       level=level, at=when))
            if acting_on is not None:
                _accept(session, self._db.who(), acting_on, student_id, acting_reason)
            relabel(session, phrases.label(phrases.RECORDED_REFLECTION, student=student.name))
            session.flush()
            return _info(session, reflection)

    @writes
    def set_outcome(self, reflection_id: str, outcome: str, *, acting_on: Suggestion | None = None,
                    acting_reason: str = "") -> ReflectionInfo:
        """How the agreement went; `acting_on` (a follow-up suggestion about this student) is accepted with
        `acting_reason` in the same transaction, as in `record`."""
        outcome = clean_optional_text(outcome, "outcome", MAX_NOTE)
        acting_reason = clean_optional_text(acting_reason, "reason", 2000)
        with write(self._db, phrases.label(phrases.RECORDED_OUTCOME)) as session:
            reflection = session.get(Reflection, reflection_id)
            if reflection is None:
                raise NotFound(f"No reflection with id {reflection_id}.")
            access.check_student(session, self._db.who(), reflection.student_id, write=True)
            reflection.outcome = outcome or None
            if acting_on is not None:
                _accept(session, self._db.who(), acting_on, reflection.student_id, acting_reason)
            session.flush()
            return _info(session, reflection)

    @reads
    def for_student(self, student_id: str) -> list[ReflectionInfo]:
        with self._db.reading() as session:
            access.check_student(session, self._db.who(), student_id)
            rows = session.scalars(
                select(Reflection).where(Reflection.student_id == student_id).order_by(Reflection.at.desc())
            )
            return reflection_infos(session, list(rows))

    @reads
    def due_follow_ups(self, as_of: dt.date) -> list[ReflectionInfo]:
        with self._db.reading() as session:
            rows = session.scalars(
                select(Reflection)
                .where(Reflection.follow_up.is_not(None), Reflection.follow_up <= as_of, Reflection.outcome.is_(None),
                       access.student_clause(self._db.who(), Reflection.student_id))
                .order_by(Reflection.follow_up)
            )
            return reflection_infos(session, list(rows))


def _accept(session: Session, who: Identity, suggestion: Suggestion, student_id: str, reason: str) -> None:
    """Talking with a student, or writing down how it went, acts on a suggestion about that student only (not on
    another student's, nor on a class step)."""
    if suggestion.student_id != student_id:
        raise InvalidInput("suggestion", "that suggestion is not about this student")
    record_acceptance(session, who, suggestion, reason, utcnow())


def _info(session: Session, r: Reflection) -> ReflectionInfo:
    return reflection_infos(session, [r])[0]


def reflection_infos(session: Session, rows: list[Reflection], of: Any = None) -> list[ReflectionInfo]:
    """The conversations with the events they answer and the self-ratings, in two queries however many. `of`
    (a subquery of their ids, as `reflection_links` takes it) asks for them without waiting for `rows`."""
    ids = [r.id for r in rows]
    events: dict[str, list[str]] = {rid: [] for rid in ids}
    ratings: dict[str, dict[str, int]] = {rid: {} for rid in ids}
    if ids:
        linked, rated_in = reflection_links(ids if of is None else of)
        for rid, eid in session.execute(linked):
            if rid in events:
                events[rid].append(eid)
        for rated, key, level in session.execute(rated_in):
            if rated in ratings:  # (always: a rating outside a conversation has no reflection)
                ratings[rated][key] = level
    return [ReflectionInfo(r.id, r.student_id, r.at, tuple(events[r.id]), tuple(r.prompts or ()), r.student_words,
                           r.agreement, r.follow_up, r.outcome, ratings[r.id]) for r in rows]


def reflection_links(of: Any) -> tuple[Select[str, str], Select[str | None, str, int]]:
    """The statements for the events and the self-ratings of the reflections whose ids `of` holds (a list, or a
    subquery: a read that sends its statements ahead knows them before the reflections are read)."""
    return (select(ReflectionEvent.reflection_id, ReflectionEvent.event_id)
            .where(ReflectionEvent.reflection_id.in_(of)),
            select(SelfRating.reflection_id, SelfRating.dimension_key, SelfRating.level)
            .where(SelfRating.reflection_id.in_(of)))
