"""What the teacher did with each suggestion: accepted, dismissed (with a reason) or snoozed until a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from autonomy.core import phrases
from autonomy.core.bounds import check_day, check_ids
from autonomy.core.errors import InvalidInput
from autonomy.core.types import Decision, SuggestionKind
from autonomy.core.validation import clean_optional_text, not_in_future
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import DecisionInfo
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database
from autonomy.storage.models import SuggestionDecision, utcnow


def decision_info(d: SuggestionDecision) -> DecisionInfo:
    return DecisionInfo(d.id, d.student_id, d.classroom_id, d.dimension_key, d.kind, d.decision, d.at, d.until,
                        d.reason, tuple(d.evidence or ()))


class DecisionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @writes
    def record(self, *, kind: str, decision: str, student_id: str | None = None, classroom_id: str | None = None,
               dimension: str | None = None, until: dt.date | None = None, reason: str | None = None,
               evidence: Sequence[str] = (), at: dt.datetime | None = None) -> DecisionInfo:
        try:
            kind = SuggestionKind(kind).value
            decision = Decision(decision).value
        except ValueError as exc:
            raise InvalidInput("decision", str(exc)) from None
        if decision == Decision.SNOOZED and until is None:
            raise InvalidInput("until", "a snoozed suggestion needs a date to come back")
        if decision != Decision.SNOOZED:
            until = None
        elif until is not None:
            check_day(until, "until")
        reason = clean_optional_text(reason, "reason", 2000) or None
        when = not_in_future(at, "date") if at else utcnow()
        with write(self._db, phrases.label(phrases.DECIDED, decision=decision, suggestion=kind)) as session:
            who = self._db.who()
            access.require_write(who)
            if student_id is not None:
                student = lookup.student(session, student_id)
                access.check_student(session, who, student_id, write=True)
                said = {Decision.DISMISSED.value: phrases.DISMISSED, Decision.SNOOZED.value: phrases.SNOOZED}
                if decision in said:  # the teacher's decision, named as the app's own would be
                    relabel(session, phrases.label(said[decision], suggestion=kind, student=student.name,
                                                   until=until.isoformat() if until else None))
            if classroom_id is not None:
                access.check_classroom(who, lookup.classroom(session, classroom_id), write=True)
            if dimension is not None:
                lookup.dimension(session, dimension)
            access.check_events(session, who, evidence)
            row = SuggestionDecision(student_id=student_id, classroom_id=classroom_id, dimension_key=dimension,
                                     kind=kind, decision=decision, at=when, until=until, reason=reason,
                                     evidence=check_ids(list(evidence), "evidence"))
            session.add(row)
            session.flush()
            return decision_info(row)

    @reads
    def all(self) -> list[DecisionInfo]:
        with self._db.reading() as session:
            who = self._db.who()
            query = select(SuggestionDecision).order_by(SuggestionDecision.at)
            if not access.sees_everything(who):
                query = query.where(access.student_clause(who, SuggestionDecision.student_id)
                                    | SuggestionDecision.classroom_id.in_(access.visible_classroom_ids(who)))
            rows = session.scalars(query)
            return [decision_info(d) for d in rows]
