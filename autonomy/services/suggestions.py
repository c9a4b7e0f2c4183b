"""Suggestions for the next small step: facts read from the database into the pure engine, and the teacher's
decisions (accept, dismiss, snooze) recorded — an accepted step records the level change in the same
transaction as the decision."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    DateTime,
    String,
    bindparam,
    cast,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from autonomy.core import phrases
from autonomy.core.bounds import clamp_moment
from autonomy.core.errors import InvalidInput
from autonomy.core.policy import Policy
from autonomy.core.suggestion_facts import (
    ChoiceFact,
    DecisionFact,
    DimensionFact,
    EventFact,
    LevelChangeFact,
    ReflectionFact,
    Snapshot,
    StudentFact,
    Suggestion,
)
from autonomy.core.suggestions import suggest
from autonomy.core.types import ChangeSource, Decision, EventKind, Severity, SuggestionKind
from autonomy.core.validation import clean_optional_text
from autonomy.services import access, lookup
from autonomy.services.bulk import no_gc_pauses
from autonomy.services.contract import reads, writes
from autonomy.services.dto import DecisionInfo, TrustEventInfo
from autonomy.services.reuse import offer, one_job, remembered
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database, Identity
from autonomy.storage.models import (
    Classroom,
    DailyChoice,
    Dimension,
    Enrolment,
    Level,
    LevelChange,
    Reflection,
    ReflectionEvent,
    Setting,
    Student,
    SuggestionDecision,
    TrustEvent,
    utcnow,
)
from autonomy.storage.pipeline import send_ahead

POLICY_KEY = lookup.POLICY_KEY


def _local(moment: dt.datetime) -> dt.datetime:
    """The engine counts days as the teacher sees them: in local time."""
    return moment.astimezone()


def _local_converter() -> Any:
    """`_local` for many moments (aware in UTC, or naive UTC as stored): the system's zone is asked once per quarter
    hour of UTC (every offset change falls on one); the rest is a shift to that fixed offset, the same value
    `astimezone()` gives."""
    zones: dict[tuple[int, int, int], tuple[dt.tzinfo | None, dt.timedelta]] = {}
    # One tzinfo object per offset: datetimes sharing a tzinfo object compare without asking it for offsets,
    # which the engine does hundreds of thousands of times.
    shared: dict[tuple[dt.timedelta | None, str | None], dt.tzinfo | None] = {}

    def local(moment: dt.datetime) -> dt.datetime:
        try:
            key = (moment.toordinal(), moment.hour, moment.minute // 15)
            found = zones.get(key)
            if found is None:
                converted = (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone()
                zone = shared.setdefault((converted.utcoffset(), converted.tzname()), converted.tzinfo)
                zones[key] = (zone, converted.utcoffset() or dt.timedelta())
                return converted.replace(tzinfo=zone)
            zone, offset = found
            if moment.tzinfo is None:
                return (moment + offset).replace(tzinfo=zone)
            return moment.astimezone(zone)
        except OverflowError:
            # Year 1 or 9999, stored by an old version before the bounds (core/bounds.py): read as the first or
            # last moment kept rather than break every suggestion. `autonomy check` counts such records.
            return local(clamp_moment(moment))

    return local


class SuggestionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- policy -----------------------------------------------------------------------------------
    @reads
    def policy(self) -> Policy:
        with self._db.reading() as session:
            stored = session.get(Setting, POLICY_KEY)
            return Policy.from_dict(stored.value) if stored else Policy()

    @writes
    def set_policy(self, policy: Policy) -> Policy:
        access.require_admin(self._db.who(), "the school's suggestion thresholds")
        with write(self._db, phrases.label(phrases.CHANGED_THRESHOLDS)) as session:
            stored = session.get(Setting, POLICY_KEY)
            if stored is None:
                session.add(Setting(key=POLICY_KEY, value=policy.to_dict()))
            else:
                stored.value = policy.to_dict()
            return policy

    # --- suggestions ------------------------------------------------------------------------------
    @reads
    def for_classroom(self, classroom_id: str, as_of: dt.date | None = None) -> list[Suggestion]:
        return self._run(classroom_id, as_of)

    @reads
    def for_school(self, as_of: dt.date | None = None) -> list[Suggestion]:
        return self._run(None, as_of)

    @reads
    def for_student(self, student_id: str, as_of: dt.date | None = None) -> list[Suggestion]:
        with self._db.reading() as session:
            access.check_student(session, self._db.who(), student_id)
            # The engine's run for this student (the roster's badge, in the same job) has read them already.
            classroom_ids = remembered(("classes seen", student_id),
                                       lambda: tuple(session.scalars(_classes_seen(self._db.who(), student_id))))
        found: list[Suggestion] = []
        for classroom_id in classroom_ids:
            found += self.for_students(classroom_id, [student_id], as_of)
        return found

    @reads
    def for_students(self, classroom_id: str, student_ids: Sequence[str],
                     as_of: dt.date | None = None) -> list[Suggestion]:
        """What `for_classroom` suggests for these students of the class (nothing class-wide), with the engine
        run on their facts alone: what the screen asks again after a change that touched only them."""
        wanted = sorted(set(student_ids))
        return [s for s in self._run(classroom_id, as_of, wanted) if s.student_id in wanted]

    @reads
    def for_students_ahead(self, classroom_id: str, student_ids: Sequence[str]) -> None:
        """Inside `Database.together`, send what `for_students(classroom_id, student_ids)` will ask
        (storage/pipeline.py), to be answered with the first statement of the reads it shares a transaction
        with; otherwise nothing."""
        wanted = sorted(set(student_ids))
        if not self._db.reads_together or not wanted:
            return
        with self._db.reading_rows() as conn:
            send_ahead(conn, [*_SnapshotQueries(classroom_id, self._db.who(), wanted).all(),
                              *lookup.vocabulary_ahead()])

    @reads
    def for_student_ahead(self, student_id: str) -> None:
        """Inside `Database.together`, send what `for_student(student_id)` asks before the engine runs (the check
        and the student's classes; the engine's own statements are those of `for_students_ahead` for each of
        them, which the roster's badge sends for the class on screen); otherwise nothing."""
        if not self._db.reads_together:
            return
        check = access.seen_students_query(self._db.who(), [student_id])
        with self._db.reading_rows() as conn:
            send_ahead(conn, [*([check] if check is not None else []), _classes_seen(self._db.who(), student_id)])

    def _run(self, classroom_id: str | None, as_of: dt.date | None,
             student_ids: Sequence[str] | None = None) -> list[Suggestion]:
        as_of = as_of or dt.date.today()
        # The roster's badge and the student panel's cards ask the same after a log: one run answers both.
        key = ("suggestions", classroom_id, as_of, None if student_ids is None else tuple(student_ids))
        return list(remembered(key, lambda: self._suggest(classroom_id, as_of, student_ids)))

    def _suggest(self, classroom_id: str | None, as_of: dt.date,
                 student_ids: Sequence[str] | None) -> list[Suggestion]:
        with no_gc_pauses(), one_job():  # (the snapshot and the policy ask for the vocabulary: read once)
            with self._db.reading() as session:
                snapshot = load_snapshot(session, classroom_id, self._db.who(), student_ids)
                # The thresholds come with the ladders and categories (read with the snapshot: one statement).
                stored = lookup.vocabulary(session).policy
                policy = Policy.from_dict(stored) if stored is not None else Policy()
            return suggest(snapshot, policy, as_of)

    # --- decisions --------------------------------------------------------------------------------
    @writes
    def accept(self, suggestion: Suggestion, *, reason: str = "") -> DecisionInfo:
        """Records the decision and, for a step, the level change it calls for (source: suggestion)."""
        reason = clean_optional_text(reason, "reason", 2000)
        now = utcnow()
        with write(self._db, _decision_label(phrases.ACCEPTED, suggestion)) as session:
            relabel(session, _decision_label(phrases.ACCEPTED, suggestion, session))
            return record_acceptance(session, self._db.who(), suggestion, reason, now)

    @writes
    def dismiss(self, suggestion: Suggestion, *, reason: str = "") -> DecisionInfo:
        reason = clean_optional_text(reason, "reason", 2000)
        with write(self._db, _decision_label(phrases.DISMISSED, suggestion)) as session:
            check_decision(session, self._db.who(), suggestion)
            return _decide(session, suggestion, Decision.DISMISSED, utcnow(), None, reason or None,
                           [e.event_id for e in suggestion.evidence])

    @writes
    def snooze(self, suggestion: Suggestion, until: dt.date, *, reason: str = "") -> DecisionInfo:
        if until <= dt.date.today():
            raise InvalidInput("until", "choose a day after today for the suggestion to come back")
        reason = clean_optional_text(reason, "reason", 2000)
        with write(self._db, _decision_label(phrases.SNOOZED, suggestion, until=until.isoformat())) as session:
            check_decision(session, self._db.who(), suggestion)
            return _decide(session, suggestion, Decision.SNOOZED, utcnow(), until, reason or None,
                           [e.event_id for e in suggestion.evidence])


def _decision_label(kind: str, suggestion: Suggestion, session: Session | None = None, **more: str) -> str:
    """What the undo step says: the decision, on whom, and for a step the level it goes to (keys, rank and the
    names as stored: the app words built-in ones in the teacher's language)."""
    names: dict[str, str] = {}
    if session is not None and suggestion.dimension and suggestion.to_level is not None:
        from autonomy.services.levels import level_name

        dimension = session.get(Dimension, suggestion.dimension)
        names = {"dimension_name": dimension.name if dimension else suggestion.dimension,
                 "level_name": level_name(session, suggestion.dimension, suggestion.to_level)}
    return phrases.label(kind, suggestion=str(suggestion.kind), student=suggestion.student_name,
                         dimension=suggestion.dimension, to=suggestion.to_level, **names, **more)


def check_decision(session: Session, who: Identity, suggestion: Suggestion) -> None:
    """Deciding on a suggestion is a change to its classroom (or student)."""
    access.require_write(who)
    if suggestion.classroom_id:
        access.check_classroom(who, lookup.classroom(session, suggestion.classroom_id), write=True)
    if suggestion.student_id:
        access.check_student(session, who, suggestion.student_id, write=True)
    access.check_events(session, who, (e.event_id for e in suggestion.evidence))


def record_acceptance(session: Session, who: Identity, suggestion: Suggestion, reason: str,
                      now: dt.datetime) -> DecisionInfo:
    """Accept `suggestion` inside the caller's open transaction: the same checks, and for a step the level change
    it calls for (source: suggestion), with the decision. `reason` is already cleaned."""
    check_decision(session, who, suggestion)
    evidence = [e.event_id for e in suggestion.evidence]
    typed = "" if reason else _suggested(session, suggestion, now)
    if suggestion.kind in (SuggestionKind.STEP_UP, SuggestionKind.STEP_BACK):
        _change_level(session, suggestion, suggestion.student_id, reason or typed, evidence, now)
    elif suggestion.kind == SuggestionKind.CLASS_STEP:
        students = session.scalars(
            select(Enrolment.student_id)
            .join(Student, Student.id == Enrolment.student_id)
            .where(Enrolment.classroom_id == suggestion.classroom_id, Student.active.is_(True))
        ).all()
        for student_id in students:
            if _current(session, student_id, suggestion.dimension) < (suggestion.to_level or 0):
                _change_level(session, suggestion, student_id, reason or typed, evidence, now)
    return _decide(session, suggestion, Decision.ACCEPTED, now, None, reason or None, evidence)


def _suggested(session: Session, suggestion: Suggestion, now: dt.datetime) -> str:
    """The level change's reason when the teacher gave none: the accepted suggestion as typed data (its kind,
    facts and the names it used), worded when shown, in the language of the moment (core/phrases.py)."""
    if suggestion.dimension is None:
        return ""
    dimension = session.get(Dimension, suggestion.dimension)
    names = {rank: name for rank, name in session.execute(
        select(Level.rank, Level.name).where(Level.dimension_key == suggestion.dimension,
                                             Level.rank.in_([r for r in (suggestion.from_level, suggestion.to_level)
                                                             if r is not None])))}
    return phrases.suggestion_reason(suggestion, dimension.name if dimension else suggestion.dimension, names,
                                     _local(now).date())


def _current(session: Session, student_id: str, dimension: str | None) -> int:
    from autonomy.services.levels import _current as current_level

    return current_level(session, student_id, dimension or "")


def _change_level(session: Session, suggestion: Suggestion, student_id: str | None, reason: str,
                  evidence: list[str], now: dt.datetime) -> None:
    if student_id is None or suggestion.dimension is None or suggestion.to_level is None:
        raise InvalidInput("suggestion", "this suggestion does not name a student, a dimension and a level")
    lookup.check_level(session, suggestion.dimension, suggestion.to_level)
    current = _current(session, student_id, suggestion.dimension)
    if abs(suggestion.to_level - current) != 1:
        raise InvalidInput("suggestion", "the student's level has changed since this was suggested; refresh")
    session.add(LevelChange(student_id=student_id, dimension_key=suggestion.dimension, from_level=current,
                            to_level=suggestion.to_level, at=now, reason=reason[:20_000],
                            source=ChangeSource.SUGGESTION.value, evidence=evidence))


def _decide(session: Session, suggestion: Suggestion, decision: Decision, now: dt.datetime,
            until: dt.date | None, reason: str | None, evidence: list[str]) -> DecisionInfo:
    from autonomy.services.decisions import decision_info

    row = SuggestionDecision(student_id=suggestion.student_id, classroom_id=suggestion.classroom_id,
                             dimension_key=suggestion.dimension, kind=suggestion.kind.value,
                             decision=decision.value, at=now, until=until, reason=reason, evidence=evidence)
    session.add(row)
    session.flush()
    return decision_info(row)


def load_snapshot(session: Session, classroom_id: str | None, who: Identity | None = None,
                  student_ids: Sequence[str] | None = None) -> Snapshot:
    """Every fact the engine needs, in a handful of column queries (no ORM objects for the big tables), sent
    together to a school's server (storage/pipeline.py). Given `who`, only their classrooms (refusing someone
    else's); given `student_ids` (with a classroom), only the facts of those students of it."""
    asked = _SnapshotQueries(classroom_id, who, student_ids)
    send_ahead(session, [*asked.all(), *lookup.vocabulary_ahead()])
    classrooms: dict[str, str]
    students: tuple[StudentFact, ...]
    if asked.class_and_students is not None and who is not None and classroom_id is not None:
        classrooms, students = _class_and_students(session, who, classroom_id, list(student_ids or ()),
                                                   asked.class_and_students, asked.params)
    else:
        classrooms, students = _classes_and_students(session, classroom_id, who, student_ids)
    # The big tables are read as plain rows (Core, no ORM loading), and moments converted with a cached offset.
    connection = session.connection()

    def rows(query: Any) -> Any:
        return connection.execute(query, asked.params).all()

    _local = _local_converter()  # shadows the module's one-at-a-time version on purpose
    dimensions = tuple(
        DimensionFact(d.key, d.name, d.top, tuple(level.name for level in d.levels))
        for d in lookup.dimension_infos(session)
    )
    changes = tuple(LevelChangeFact(sid, key, frm, to, _local(at)) for sid, key, frm, to, at in rows(asked.changes))
    names = {c.key: c.name for c in lookup.category_infos(session)}
    kinds = {k.value: k for k in EventKind}
    severities = {s.value: s for s in Severity}
    if asked.few:
        events = _events_of(rows(asked.events), names, _local, [student.id for student in students])
    else:
        events = tuple(
            EventFact(eid, sid, kinds[kind], key, severities.get(sev) if sev else None, _local(at), names.get(cat),
                      cat)
            for eid, sid, kind, key, sev, at, cat in rows(asked.events)
        )
    # Each reflection with the events it answered, one row per event (LEFT JOIN: a reflection of none too).
    answered: dict[str, list[str]] = {}
    read: dict[str, tuple[Any, ...]] = {}
    for rid, sid, at, follow_up, outcome, eid in rows(asked.reflections):
        read.setdefault(rid, (sid, at, follow_up, outcome))
        if eid is not None:
            answered.setdefault(rid, []).append(eid)
    reflections = tuple(
        ReflectionFact(rid, sid, _local(at), tuple(answered.get(rid, ())), follow_up, outcome)
        for rid, (sid, at, follow_up, outcome) in read.items()
    )
    suggestion_kinds = {k.value: k for k in SuggestionKind}
    decided = {d.value: d for d in Decision}
    decisions_and_choices = rows(asked.decisions_and_choices)
    decisions = tuple(
        DecisionFact(sid, key, suggestion_kinds[kind], decided[decision], _local(at), until, cid)
        for tag, sid, key, kind, decision, at, until, cid, _ in decisions_and_choices if tag == "d"
    )
    choices = tuple(
        ChoiceFact(choice_id, sid, day, key, within)
        for tag, sid, key, choice_id, _, _, day, _, within in decisions_and_choices if tag == "c"
    )
    return Snapshot(students=students, dimensions=dimensions, level_changes=changes, events=events,
                    reflections=reflections, decisions=decisions, classrooms=classrooms, choices=choices)


class _SnapshotQueries:
    """The snapshot's statements, ready before any runs: each depends on what is asked for alone, so all of them
    go to a school's server together. The statements are built once per shape (`_snapshot_shape`), with the class
    and the students as parameters: the badge after a log builds none (it is on the way to what the teacher waits
    for)."""

    def __init__(self, classroom_id: str | None, who: Identity | None, student_ids: Sequence[str] | None) -> None:
        # A few students of one class (the badge after a log): the class and them in one statement.
        self.few = classroom_id is not None and student_ids is not None
        shape = _snapshot_shape(classroom_id is not None, student_ids is not None)
        self.params = {"classroom_id": classroom_id, "student_ids": list(student_ids or ())}
        self.class_and_students = shape.class_and_students if self.few and who is not None else None
        self.changes, self.events = shape.changes, shape.events
        self.reflections, self.decisions_and_choices = shape.reflections, shape.decisions_and_choices

    def all(self) -> list[tuple[Any, dict[str, Any]]]:
        first = [self.class_and_students] if self.class_and_students is not None else []
        return [(query, self.params)
                for query in [*first, self.changes, self.events, self.reflections, self.decisions_and_choices]]


class _SnapshotShape(NamedTuple):
    class_and_students: Any  # (None unless a few students of one class are asked for)
    changes: Any
    events: Any
    reflections: Any
    decisions_and_choices: Any


@functools.cache
def _snapshot_shape(in_class: bool, chosen: bool) -> _SnapshotShape:
    """The snapshot's statements for a class (`in_class`: parameter `classroom_id`) or the whole school, for some
    of its students (`chosen`: parameter `student_ids`) or all of them."""
    classroom_id = bindparam("classroom_id", type_=String)
    student_ids = bindparam("student_ids", expanding=True, type_=String)

    def enrolled() -> Any:
        found = select(Enrolment.student_id).where(Enrolment.classroom_id == classroom_id)
        if chosen:
            found = found.where(Enrolment.student_id.in_(student_ids))
        return found

    def scoped(query: Any, column: Any) -> Any:
        return query.where(column.in_(enrolled())) if in_class else query

    few = in_class and chosen
    changes = scoped(select(LevelChange.student_id, LevelChange.dimension_key, LevelChange.from_level,
                            LevelChange.to_level, LevelChange.at), LevelChange.student_id)
    if few:  # read whole: kept for the student panel's list in the same job (`_events_of`)
        events = scoped(select(TrustEvent.id, TrustEvent.group_id, TrustEvent.student_id, TrustEvent.kind,
                               TrustEvent.category_key, TrustEvent.dimension_key, TrustEvent.severity,
                               TrustEvent.habit, TrustEvent.at, TrustEvent.note, TrustEvent.deleted)
                        .where(TrustEvent.deleted.is_(False)), TrustEvent.student_id)
    else:
        # The events' moments as stored (naive UTC; plain DateTime skips UTCDateTime's per-row step), made
        # local once.
        events = scoped(select(TrustEvent.id, TrustEvent.student_id, TrustEvent.kind,
                               TrustEvent.dimension_key, TrustEvent.severity,
                               type_coerce(TrustEvent.at, DateTime()), TrustEvent.category_key)
                        .where(TrustEvent.deleted.is_(False)), TrustEvent.student_id)
    reflections = scoped(select(Reflection.id, Reflection.student_id, Reflection.at, Reflection.follow_up,
                                Reflection.outcome, ReflectionEvent.event_id)
                         .outerjoin(ReflectionEvent, ReflectionEvent.reflection_id == Reflection.id),
                         Reflection.student_id)
    # The decisions and the daily choices in one statement: typed rows of one UNION ALL, told apart by `tag`.
    decision_query: Any = select(literal_column("'d'").label("tag"), SuggestionDecision.student_id,
                                 SuggestionDecision.dimension_key, SuggestionDecision.kind,
                                 SuggestionDecision.decision, SuggestionDecision.at, SuggestionDecision.until,
                                 SuggestionDecision.classroom_id, cast(null(), Boolean))
    if in_class:  # this class's students' decisions, and the class-wide ones that apply to it
        decision_query = decision_query.where(or_(
            SuggestionDecision.student_id.in_(enrolled()),
            SuggestionDecision.student_id.is_(None) & (SuggestionDecision.classroom_id.is_(None)
                                                       | (SuggestionDecision.classroom_id == classroom_id))))
    choice_query = scoped(select(literal_column("'c'"), DailyChoice.student_id, DailyChoice.dimension_key,
                                 DailyChoice.id, cast(null(), String), cast(null(), DateTime), DailyChoice.day,
                                 cast(null(), String), DailyChoice.within_level), DailyChoice.student_id)
    class_and_students = _class_and_students_query(classroom_id, student_ids) if few else None
    return _SnapshotShape(class_and_students, changes, events, reflections, union_all(decision_query, choice_query))


def _events_of(found: Any, names: dict[str, str], local: Any, student_ids: list[str]) -> tuple[EventFact, ...]:
    """A few students' events, read whole (`found`: their rows): the facts, and each student's events as
    `events.for_student` lists them (newest first), kept for the suggestion cards' evidence in the same job
    (services/reuse.py)."""
    kinds = {k.value: k for k in EventKind}
    severities = {s.value: s for s in Severity}
    infos = [TrustEventInfo(*row) for row in found]
    for sid in student_ids:
        offer(("events", sid), sorted((e for e in infos if e.student_id == sid), key=lambda e: e.at, reverse=True))
    return tuple(EventFact(e.id, e.student_id, kinds[e.kind], e.dimension, severities.get(e.severity)
                           if e.severity else None, local(e.at), names.get(e.category), e.category) for e in infos)


def _class_and_students_query(classroom_id: Any, student_ids: Any) -> Any:
    """The class, and every class these students are in, each with their enrolment in it (the class and the
    students as bound parameters)."""
    theirs = select(Enrolment.classroom_id).where(Enrolment.student_id.in_(student_ids))
    return (select(Classroom.id, Classroom.name, Classroom.owner, Student.id, Student.name, Student.active)
            .outerjoin(Enrolment, (Enrolment.classroom_id == Classroom.id) & Enrolment.student_id.in_(student_ids))
            .outerjoin(Student, Student.id == Enrolment.student_id)
            .where(or_(Classroom.id == classroom_id, Classroom.id.in_(theirs))))


def _classes_seen(who: Identity, student_id: str) -> Any:
    """The classes of this student this user may see (a teacher's own: on a server another teacher's are hidden
    by row security anyway), those `for_student` runs the engine for."""
    query = lookup.enrolments_statement(student_id)
    if not access.sees_everything(who):
        query = query.where(Enrolment.classroom_id.in_(access.visible_classroom_ids(who)))
    return query


def _class_and_students(session: Session, who: Identity, classroom_id: str, student_ids: list[str],
                        query: Any, params: dict[str, Any]) -> tuple[dict[str, str], tuple[StudentFact, ...]]:
    """The one class (the access check refuses someone else's) and these students of it, in one statement
    (`query`, from `_class_and_students_query`). Their classes this user may see are kept for `for_student` in
    the same job (services/reuse.py)."""
    found = session.execute(query, params).all()
    enrolled: dict[str, list[str]] = {sid: [] for sid in student_ids}
    classrooms: dict[str, str] = {}
    students: list[StudentFact] = []
    for cid, name, owner, sid, student_name, active in found:
        if sid is not None and (access.sees_everything(who) or owner == who.user):  # (as `_classes_seen`)
            enrolled[sid].append(cid)
        if cid == classroom_id:
            if not classrooms:
                access.check_owner(who, name, owner)
                classrooms[cid] = name
            if sid is not None:
                students.append(StudentFact(sid, student_name, cid, active))
    for sid, cids in enrolled.items():
        offer(("classes seen", sid), tuple(cids))
    return classrooms, tuple(students)


def _classes_and_students(session: Session, classroom_id: str | None, who: Identity | None,
                          student_ids: Sequence[str] | None) -> tuple[dict[str, str], tuple[StudentFact, ...]]:
    classrooms: dict[str, str]
    if classroom_id is not None and who is not None:
        # The one class, read once: the access check refuses someone else's (the clause below would hide it).
        found = session.get(Classroom, classroom_id)
        if found is not None:
            access.check_classroom(who, found)
        classrooms = {found.id: found.name} if found is not None else {}
    else:
        classrooms_query = select(Classroom.id, Classroom.name).where(Classroom.archived.is_(False))
        if classroom_id is not None:
            classrooms_query = select(Classroom.id, Classroom.name).where(Classroom.id == classroom_id)
        if who is not None:
            classrooms_query = classrooms_query.where(access.classroom_clause(who))
        classrooms = {cid: name for cid, name in session.execute(classrooms_query)}
    students = tuple(
        StudentFact(sid, name, cid, active)
        for sid, name, cid, active in session.execute(
            select(Student.id, Student.name, Enrolment.classroom_id, Student.active)
            .join(Enrolment, Enrolment.student_id == Student.id)
            .where(Enrolment.classroom_id.in_(list(classrooms)),
                   *([Student.id.in_(list(student_ids))] if student_ids is not None and classroom_id else []))
        )
    )
    return classrooms, students
