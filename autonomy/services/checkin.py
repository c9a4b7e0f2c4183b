"""The students' own check-in (DESIGN.md, "Student voice"): what the check-in screen may read and write.

A check-in is always about one classroom and, after a name is picked, one student of it. What it reads is that
student's own: their current levels, their ladders in student-facing words, today's options, what the next
step takes (from the suggestion policy, counted over their own events, whose notes are never read), whether a
self-rating is due, and their own choices of today. Nothing here returns another student's levels, events,
notes or reflections, the teacher's notes, totals or comparisons: the name screen gets first names and
initials only. What it writes: the day's choices within the level, marked as the student's, and a self-rating
at most once per the class's rhythm unless the teacher asked for one. Neither joins the teacher's undo list (a
student cannot undo, and the teacher's Ctrl+Z must not take back a student's check-in); the teacher's
corrections do.

The PIN that guards leaving the check-in and the personal codes are kept hashed (core/checkin.py); wrong tries
are limited here, per classroom and per student, for as long as this process runs.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from autonomy.core import checkin as rules
from autonomy.core.bounds import MAX_PROMPT
from autonomy.core.errors import InvalidInput, NotAllowed, NotFound
from autonomy.core.policy import Policy
from autonomy.core.types import EventKind, MadeBy, Role
from autonomy.core.validation import clean_name, clean_optional_text
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import SelfRatingInfo
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database
from autonomy.storage.models import (
    CheckinSetup,
    CheckinStudent,
    Classroom,
    DailyChoice,
    Enrolment,
    Level,
    LevelChange,
    Reflection,
    SelfRating,
    Student,
    TrustEvent,
    utcnow,
)


@dataclass(frozen=True)
class CheckinName:
    """A student on the name screen: first name and the initial of the last, nothing else."""

    student_id: str
    first_name: str
    initial: str

    @property
    def label(self) -> str:
        return f"{self.first_name} {self.initial}." if self.initial else self.first_name


@dataclass(frozen=True)
class CheckinClass:
    classroom_id: str
    name: str
    codes_on: bool
    pin_set: bool
    rating_every_days: int
    names: tuple[CheckinName, ...]


@dataclass(frozen=True)
class CheckinDimension:
    key: str
    name: str  # as stored (the UI words a built-in one in the student's language)
    level: int
    level_name: str
    student_text: str  # as stored; empty: the app's own sentence for a built-in level, else the description
    description: str
    next_name: str | None  # the next level's name; None at the top
    next_student_text: str
    next_description: str
    options: rules.Options
    next_step: rules.NextStep | None  # None at the top of the ladder
    today: tuple[str, ...]  # what the student already chose today in this dimension
    rating_due: bool
    ladder: tuple[str, ...] = ()  # the level names, by rank (the school's ladder, for the self-rating)


@dataclass(frozen=True)
class CheckinCard:
    """Everything one student's check-in shows: their own record, and nothing else."""

    student_id: str
    first_name: str
    day: dt.date
    dimensions: tuple[CheckinDimension, ...]


@dataclass(frozen=True)
class ChoiceRequest:
    dimension: str
    text: str
    rank: int | None = None  # the level a pick belongs to; None for own words


@dataclass(frozen=True)
class RatingRequest:
    dimension: str
    level: int
    words: str = ""


@dataclass(frozen=True)
class CheckinSaved:
    choices: int
    ratings: int


def split_name(name: str) -> tuple[str, str]:
    parts = name.split()
    if not parts:
        return name, ""
    return parts[0], parts[-1][0].upper() if len(parts) > 1 else ""


class CheckinService:
    def __init__(self, db: Database, clock: Callable[[], float] = time.monotonic) -> None:
        self._db = db
        self.clock = clock
        self._pin_tries: dict[str, rules.AttemptLimiter] = {}
        self._code_tries: dict[str, rules.AttemptLimiter] = {}

    # --- the name screen ----------------------------------------------------------------------------------
    @reads
    def classroom(self, classroom_id: str) -> CheckinClass:
        """The class's check-in: its name and the first names and initials of its active students."""
        with self._db.reading() as session:
            room = self._room(session, classroom_id)
            setup = session.get(CheckinSetup, classroom_id)
            rows = session.execute(select(Student.id, Student.name).join(Enrolment, Enrolment.student_id == Student.id)
                                   .where(Enrolment.classroom_id == classroom_id, Student.active.is_(True))
                                   .order_by(Student.name, Student.id)).all()
            names = tuple(CheckinName(sid, *split_name(name)) for sid, name in rows)
            return CheckinClass(room.id, room.name, bool(setup and setup.codes_on), bool(setup and setup.pin_hash),
                                setup.rating_every_days if setup else rules.RATING_EVERY_DAYS, names)

    @reads
    def classroom_by_name(self, name: str) -> CheckinClass:
        with self._db.reading() as session:
            room = lookup.classroom_by_name(session, name, self._db.who())
        return self.classroom(room.id)

    @reads
    def check_code(self, classroom_id: str, student_id: str, code: str) -> bool:
        """Whether `code` is this student's personal code (always true while codes are off); refused while too
        many wrong tries wait."""
        limiter = self._code_tries.setdefault(student_id, rules.AttemptLimiter())
        limiter.check(self.clock())
        with self._db.reading() as session:
            self._member(session, classroom_id, student_id)
            setup = session.get(CheckinSetup, classroom_id)
            if not (setup and setup.codes_on):
                return True
            mine = session.get(CheckinStudent, student_id)
            right = rules.secret_matches((code or "").strip().lower(), mine.code_hash if mine else None)
        limiter.record(right, self.clock())
        return right

    @reads
    def check_pin(self, classroom_id: str, pin: str) -> bool:
        """Whether `pin` is the teacher's PIN of this check-in (with no PIN set, any leaves); refused while too
        many wrong tries wait."""
        limiter = self._pin_tries.setdefault(classroom_id, rules.AttemptLimiter())
        limiter.check(self.clock())
        with self._db.reading() as session:
            self._room(session, classroom_id)
            setup = session.get(CheckinSetup, classroom_id)
            stored = setup.pin_hash if setup else ""
        right = not stored or rules.secret_matches((pin or "").strip(), stored)
        limiter.record(right, self.clock())
        return right

    @reads
    def pin_wait(self, classroom_id: str) -> float:
        """Seconds until the PIN may be tried again (0: now). Reads no database."""
        limiter = self._pin_tries.get(classroom_id)
        return limiter.wait(self.clock()) if limiter else 0.0

    # --- one student's check-in ------------------------------------------------------------------------------
    @reads
    def card(self, classroom_id: str, student_id: str, day: dt.date | None = None) -> CheckinCard:
        day = day or dt.date.today()
        with self._db.reading() as session:
            student = self._member(session, classroom_id, student_id)
            setup = session.get(CheckinSetup, classroom_id)
            every = setup.rating_every_days if setup else rules.RATING_EVERY_DAYS
            asked = bool((mine := session.get(CheckinStudent, student_id)) and mine.rating_asked)
            policy = _policy(session)
            ladders = _ladders(session)
            changes: dict[str, tuple[dt.datetime | None, int]] = {}
            for dim, moment, level in session.execute(
                    select(LevelChange.dimension_key, LevelChange.at, LevelChange.to_level)
                    .where(LevelChange.student_id == student_id).order_by(LevelChange.at, LevelChange.id)):
                changes[dim] = (moment, level)
            # Their own events, kind, dimension and moment only: never a note.
            events = session.execute(select(TrustEvent.kind, TrustEvent.dimension_key, TrustEvent.at)
                                     .where(TrustEvent.student_id == student_id, TrustEvent.deleted.is_(False))
                                     ).all()
            # An open follow-up holds the next step back; a check-in login may read no reflection, so there the
            # student simply is not told about it (the teacher's suggestions still wait for it).
            open_follow_up = self._db.who().role is not Role.CHECKIN and session.scalar(select(Reflection.id).where(
                Reflection.student_id == student_id, Reflection.follow_up.is_not(None),
                Reflection.outcome.is_(None)).limit(1)) is not None
            today: dict[str, list[str]] = {}
            for key, text in session.execute(select(DailyChoice.dimension_key, DailyChoice.choice).where(
                    DailyChoice.student_id == student_id, DailyChoice.day == day).order_by(DailyChoice.id)):
                today.setdefault(key, []).append(text)
            last_rated = {key: moment for key, moment in session.execute(
                select(SelfRating.dimension_key, SelfRating.at).where(SelfRating.student_id == student_id)
                .order_by(SelfRating.at))}
            known_since = _local_day(student.created_at)
            dims = []
            for dimension in lookup.dimension_infos(session):
                levels = ladders.get(dimension.key, [])
                if not levels:
                    continue
                at, current = changes.get(dimension.key, (None, 0))
                held_since = _local_day(at) if at else known_since
                by_rank = {lv.rank: lv for lv in levels}
                here, above = by_rank.get(current), by_rank.get(current + 1)
                options = rules.options_for([_options(lv) for lv in levels], current)
                step = None
                if above is not None:
                    mine_dim = (dimension.key, None)
                    builds = [_local_day(a) for kind, k, a in events
                              if kind == EventKind.BUILD and k in mine_dim and (at is None or a > at)]
                    breaks = [_local_day(a) for kind, k, a in events if kind == EventKind.BREAK and k in mine_dim]
                    step = rules.next_step(policy, day, held_since, builds, max(breaks, default=None),
                                           open_follow_up)
                rated = last_rated.get(dimension.key)
                dims.append(CheckinDimension(
                    dimension.key, dimension.name, current, here.name if here else str(current),
                    here.student_text if here else "", here.description if here else "",
                    above.name if above else None, above.student_text if above else "",
                    above.description if above else "", options, step, tuple(today.get(dimension.key, ())),
                    rules.rating_due(_local_day(rated) if rated else None, day, every, asked),
                    tuple(lv.name for lv in levels)))
            return CheckinCard(student_id, split_name(student.name)[0], day, tuple(dims))

    @writes
    def save(self, classroom_id: str, student_id: str, choices: Sequence[ChoiceRequest] = (),
             ratings: Sequence[RatingRequest] = (), day: dt.date | None = None) -> CheckinSaved:
        """The student's choices of the day (each within their level; one replaces their own earlier choice of
        today in that dimension) and self-ratings (only where one is due), in one transaction."""
        day = day or dt.date.today()
        card = self.card(classroom_id, student_id, day)
        by_key = {d.key: d for d in card.dimensions}
        checked: list[tuple[str, str, int | None]] = []
        for request in choices:
            dim = by_key.get(request.dimension)
            if dim is None:
                raise InvalidInput("dimension", f"“{request.dimension}” is not a dimension of this check-in")
            text = clean_name(request.text, "choice")
            checked.append((dim.key, text, rules.check_choice(dim.options, text, request.rank)))
        rated: list[tuple[str, int, str]] = []
        for rating in ratings:
            dim = by_key.get(rating.dimension)
            if dim is None:
                raise InvalidInput("dimension", f"“{rating.dimension}” is not a dimension of this check-in")
            if not dim.rating_due:
                raise NotAllowed("A self-rating was given this week already; the teacher can ask for another.")
            rated.append((dim.key, rating.level, clean_optional_text(rating.words, "words", MAX_PROMPT)))
        with write(self._db, "", undoable=False) as session:
            self._member(session, classroom_id, student_id)
            for key, level, _words in rated:
                lookup.check_level(session, key, level, "self-rating")
            for key in {key for key, _t, _r in checked}:
                session.execute(delete(DailyChoice).where(
                    DailyChoice.student_id == student_id, DailyChoice.day == day, DailyChoice.dimension_key == key,
                    DailyChoice.made_by == MadeBy.STUDENT))
            for key, text, _rank in checked:
                session.add(DailyChoice(student_id=student_id, day=day, dimension_key=key, choice=text,
                                        within_level=True, made_by=str(MadeBy.STUDENT)))
            now = utcnow()
            for key, level, words in rated:
                session.add(SelfRating(student_id=student_id, reflection_id=None, dimension_key=key, level=level,
                                       at=now, words=words, made_by=str(MadeBy.STUDENT)))
            if rated and (mine := session.get(CheckinStudent, student_id)) is not None:
                mine.rating_asked = False
            session.flush()
        return CheckinSaved(len(checked), len(rated))

    # --- the teacher's side ----------------------------------------------------------------------------------
    @reads
    def stamp(self) -> tuple[int, int, int]:
        """How many choices and self-ratings the students made themselves, and how many choices there are: it
        changes whenever a check-in (another program, another computer) saved something, so the teacher's window
        can tell when to reload (ui/checkin/watch.py)."""
        with self._db.reading() as session:
            own = session.scalar(select(func.count()).select_from(DailyChoice).where(
                DailyChoice.made_by == MadeBy.STUDENT)) or 0
            every = session.scalar(select(func.count()).select_from(DailyChoice)) or 0
            rated = session.scalar(select(func.count()).select_from(SelfRating).where(
                SelfRating.made_by == MadeBy.STUDENT)) or 0
            return int(own), int(every), int(rated)

    @writes
    def set_up(self, classroom_id: str, *, pin: str | None = None, codes_on: bool | None = None,
               rating_every_days: int | None = None, login: str | None = None) -> CheckinClass:
        """The teacher's PIN (stored hashed), whether personal codes are asked for, the self-rating rhythm, and on
        a shared server the login of the classroom computer that runs it (storage/roles.py)."""
        login = clean_optional_text(login, "login", 200).strip() if login is not None else None
        pin_hash = rules.hash_secret(rules.clean_pin(pin)) if pin is not None else None
        if rating_every_days is not None:
            rules.check_rating_days(rating_every_days)
        with write(self._db, "Changed the check-in", undoable=False) as session:
            room = self._room(session, classroom_id, write=True)
            setup = session.get(CheckinSetup, room.id)
            if setup is None:
                setup = CheckinSetup(classroom_id=room.id, pin_hash="", codes_on=False,
                                     rating_every_days=rules.RATING_EVERY_DAYS, login="")
                session.add(setup)
            if pin_hash is not None:
                setup.pin_hash = pin_hash
            if codes_on is not None:
                setup.codes_on = codes_on
            if rating_every_days is not None:
                setup.rating_every_days = rating_every_days
            if login is not None:
                setup.login = login
        return self.classroom(classroom_id)

    @writes
    def set_code(self, student_id: str, code: str | None) -> None:
        """A student's personal code (stored hashed; None removes it)."""
        code_hash = rules.hash_secret(rules.clean_code(code)) if code is not None else None
        with write(self._db, "Changed a personal code", undoable=False) as session:
            self._student_row(session, student_id).code_hash = code_hash

    @writes
    def ask_for_rating(self, student_id: str, asked: bool = True) -> None:
        """Let the student rate themselves at their next check-in, whatever the rhythm says."""
        with write(self._db, "Asked for a self-rating", undoable=False) as session:
            self._student_row(session, student_id).rating_asked = asked

    @reads
    def self_ratings(self, student_id: str) -> list[SelfRatingInfo]:
        """Every self-rating of the student, oldest first: at check-ins and in reflections."""
        with self._db.reading() as session:
            access.check_student(session, self._db.who(), student_id)
            return [_rating_info(r) for r in session.scalars(
                select(SelfRating).where(SelfRating.student_id == student_id).order_by(SelfRating.at, SelfRating.id))]

    @writes
    def correct_choice(self, choice_id: str, text: str | None) -> None:
        """The teacher corrects a wrong check-in choice: new words, or (None) taken away. Undoable."""
        with write(self._db, "Corrected a check-in") as session:
            row = session.get(DailyChoice, choice_id)
            if row is None:
                raise NotFound(f"No choice with id {choice_id}.")
            access.check_student(session, self._db.who(), row.student_id, write=True)
            name = lookup.student(session, row.student_id).name
            if text is None:
                session.delete(row)
                label = f"Took back {name}'s choice “{row.choice}”"
            else:
                row.choice = clean_name(text, "choice")
                row.within_level = True
                label = f"Corrected {name}'s choice to “{row.choice}”"
            relabel(session, label)

    @writes
    def remove_self_rating(self, rating_id: str) -> None:
        """The teacher takes back a wrong self-rating of a check-in. Undoable."""
        with write(self._db, "Took back a self-rating") as session:
            row = session.get(SelfRating, rating_id)
            if row is None or row.reflection_id is not None:
                raise NotFound(f"No check-in self-rating with id {rating_id}.")
            access.check_student(session, self._db.who(), row.student_id, write=True)
            session.delete(row)

    # --- helpers ---------------------------------------------------------------------------------------------
    def _room(self, session: Session, classroom_id: str, *, write: bool = False) -> Classroom:
        return access.check_classroom(self._db.who(), lookup.classroom(session, classroom_id), write=write)

    def _member(self, session: Session, classroom_id: str, student_id: str) -> Any:
        """The student (id, name, created_at), if enrolled and active in this check-in's classroom; any other id
        is refused. Only these columns are read: a check-in login on a server may read no more of a student."""
        self._room(session, classroom_id)
        student = session.execute(select(Student.id, Student.name, Student.created_at).join(
            Enrolment, Enrolment.student_id == Student.id).where(
            Student.id == student_id, Enrolment.classroom_id == classroom_id, Student.active.is_(True))).first()
        if student is None:
            raise NotAllowed("That student is not in this classroom's check-in.")
        return student

    def _student_row(self, session: Session, student_id: str) -> CheckinStudent:
        access.check_student(session, self._db.who(), student_id, write=True)
        lookup.student(session, student_id)
        row = session.get(CheckinStudent, student_id)
        if row is None:
            row = CheckinStudent(student_id=student_id, code_hash=None, rating_asked=False)
            session.add(row)
        return row


def _rating_info(r: SelfRating) -> SelfRatingInfo:
    return SelfRatingInfo(r.id, r.student_id, r.dimension_key, r.level, r.at, r.words, r.made_by, r.reflection_id)


def _options(level: Level) -> rules.LevelOptions:
    picks = tuple(p for p in (level.picks or ()) if isinstance(p, str) and p.strip())
    return rules.LevelOptions(level.rank, level.name, picks, level.own_words)


def _ladders(session: Session) -> dict[str, list[Level]]:
    ladders: dict[str, list[Level]] = {}
    for level in session.scalars(select(Level).order_by(Level.dimension_key, Level.rank)):
        ladders.setdefault(level.dimension_key, []).append(level)
    return ladders


def _policy(session: Session) -> Policy:
    stored = lookup.vocabulary(session).policy
    try:
        return Policy.from_dict(stored) if stored else Policy()
    except InvalidInput:
        return Policy()


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date() if moment.tzinfo else moment.date()

