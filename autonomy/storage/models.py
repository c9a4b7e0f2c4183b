"""Typed SQLAlchemy models for every entity of the domain (DESIGN.md, Domain).

Ids are UUID strings made by the app, so an export imported elsewhere keeps them (stable ids).
Nothing here is deleted by the app except through the undo history; students and classrooms are archived,
trust events are marked deleted.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from autonomy.storage.types import UTCDateTime

# Names every constraint predictably, so Alembic's batch mode on SQLite can find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime()}


class Classroom(Base):
    __tablename__ = "classrooms"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(200), default="")
    school_year: Mapped[str] = mapped_column(String(20), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The teacher it belongs to: the local user on SQLite, the PostgreSQL role (current_user) on a server.
    owner: Mapped[str] = mapped_column(String(200), index=True, server_default="")


class Student(Base):
    __tablename__ = "students"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), index=True)
    external_id: Mapped[str | None] = mapped_column(String(64), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Enrolment(Base):
    __tablename__ = "enrolments"
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"), primary_key=True)
    classroom_id: Mapped[str] = mapped_column(ForeignKey("classrooms.id"), primary_key=True, index=True)


class Dimension(Base):
    """A dimension of freedom; `key` is what files and commands use (workspace, pacing, ...)."""

    __tablename__ = "dimensions"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(String(400), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Level(Base):
    __tablename__ = "levels"
    __table_args__ = (
        UniqueConstraint("dimension_key", "rank", name="dimension_rank"),
        CheckConstraint("rank >= 0", name="rank_not_negative"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    dimension_key: Mapped[str] = mapped_column(ForeignKey("dimensions.key"))
    rank: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    # What a student reads at the check-in ("I can work anywhere along the hallway ..."); empty: the app's own
    # sentence for a built-in level (in the app's language), else the description.
    student_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The quick picks the teacher set for this level (a student at this level or above may pick them).
    picks: Mapped[list[str] | None] = mapped_column(JSON)
    # Whether a student at this level may write their own choice; None: from rank 3 on (core/checkin.py).
    own_words: Mapped[bool | None] = mapped_column(Boolean)


class LevelChange(Base):
    __tablename__ = "level_changes"
    __table_args__ = (
        Index("ix_level_changes_student_dimension_at", "student_id", "dimension_key", "at"),
        CheckConstraint("source IN ('manual', 'suggestion', 'reflection')", name="source_known"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"))
    dimension_key: Mapped[str] = mapped_column(ForeignKey("dimensions.key"))
    from_level: Mapped[int] = mapped_column(Integer)
    to_level: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="manual")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    # What led to it: the events (ids) behind an accepted suggestion, or the reflection it came from.
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    reflection_id: Mapped[str | None] = mapped_column(ForeignKey("reflections.id"))


class EventCategory(Base):
    __tablename__ = "event_categories"
    __table_args__ = (CheckConstraint("kind IN ('build', 'break', 'observation')", name="kind_known"),)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class TrustEvent(Base):
    """One student's event. Logging several students at once makes one row each, sharing `group_id`."""

    __tablename__ = "trust_events"
    __table_args__ = (
        Index("ix_trust_events_student_at", "student_id", "at"),
        CheckConstraint("kind IN ('build', 'break', 'observation')", name="kind_known"),
        CheckConstraint(
            "severity IS NULL OR severity IN ('minor', 'moderate', 'serious')", name="severity_known"
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    group_id: Mapped[str] = mapped_column(String(36), default=new_id)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"))
    kind: Mapped[str] = mapped_column(String(20))
    category_key: Mapped[str] = mapped_column(ForeignKey("event_categories.key"))
    dimension_key: Mapped[str | None] = mapped_column(ForeignKey("dimensions.key"))
    severity: Mapped[str | None] = mapped_column(String(20))
    habit: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[dt.datetime]
    note: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DailyChoice(Base):
    __tablename__ = "daily_choices"
    __table_args__ = (
        Index("ix_daily_choices_student_day", "student_id", "day"),
        CheckConstraint("made_by IN ('teacher', 'student')", name="made_by_known"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    dimension_key: Mapped[str] = mapped_column(ForeignKey("dimensions.key"))
    choice: Mapped[str] = mapped_column(String(200))
    within_level: Mapped[bool] = mapped_column(Boolean, default=True)
    # Who made it: the teacher noting it, or the student at the check-in (files call it `by`).
    made_by: Mapped[str] = mapped_column(String(20), default="teacher", server_default="teacher")


class Reflection(Base):
    __tablename__ = "reflections"
    __table_args__ = (Index("ix_reflections_student_at", "student_id", "at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"))
    at: Mapped[dt.datetime]
    prompts: Mapped[list[str]] = mapped_column(JSON, default=list)
    student_words: Mapped[str] = mapped_column(Text, default="")
    agreement: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)


class ReflectionEvent(Base):
    """The trust events a reflection conversation answers."""

    __tablename__ = "reflection_events"
    reflection_id: Mapped[str] = mapped_column(ForeignKey("reflections.id"), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("trust_events.id"), primary_key=True, index=True)


class SelfRating(Base):
    """The student's own view of their level; shown beside the teacher's, never averaged into it. Given in a
    reflection (`reflection_id`, typed by the teacher) or by the student at the check-in (no reflection)."""

    __tablename__ = "self_ratings"
    __table_args__ = (CheckConstraint("made_by IN ('teacher', 'student')", name="made_by_known"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"), index=True)
    reflection_id: Mapped[str | None] = mapped_column(ForeignKey("reflections.id"), index=True)
    dimension_key: Mapped[str] = mapped_column(ForeignKey("dimensions.key"))
    level: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    words: Mapped[str] = mapped_column(Text, default="", server_default="")  # the student's sentence
    made_by: Mapped[str] = mapped_column(String(20), default="teacher", server_default="teacher")


class CheckinSetup(Base):
    """A classroom's check-in: the teacher's PIN that guards leaving it (a salted scrypt hash, never the PIN),
    whether students confirm with a personal code, and how often a student may rate themselves."""

    __tablename__ = "checkin_setups"
    classroom_id: Mapped[str] = mapped_column(ForeignKey("classrooms.id"), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(300), default="")
    codes_on: Mapped[bool] = mapped_column(Boolean, default=False)
    rating_every_days: Mapped[int] = mapped_column(Integer, default=7)
    # On a shared server: the login of the classroom computer that runs this check-in (storage/roles.py).
    login: Mapped[str] = mapped_column(String(200), default="", server_default="")


class CheckinStudent(Base):
    """One student's check-in: their personal code (hashed), and whether the teacher asked for a self-rating
    sooner than the class's rhythm allows."""

    __tablename__ = "checkin_students"
    student_id: Mapped[str] = mapped_column(ForeignKey("students.id"), primary_key=True)
    code_hash: Mapped[str | None] = mapped_column(String(300))
    rating_asked: Mapped[bool] = mapped_column(Boolean, default=False)


class SuggestionDecision(Base):
    __tablename__ = "suggestion_decisions"
    __table_args__ = (
        CheckConstraint("decision IN ('accepted', 'dismissed', 'snoozed')", name="decision_known"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    student_id: Mapped[str | None] = mapped_column(ForeignKey("students.id"), index=True)
    classroom_id: Mapped[str | None] = mapped_column(ForeignKey("classrooms.id"), index=True)
    dimension_key: Mapped[str | None] = mapped_column(ForeignKey("dimensions.key"))
    kind: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime]
    until: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)


class Setting(Base):
    """Small named settings stored with the data (suggestion policy, ...), as JSON values."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)


class Action(Base):
    """One undoable thing the teacher did ("Logged 'Helped a classmate' for 3 students")."""

    __tablename__ = "actions"
    __table_args__ = (CheckConstraint("state IN ('done', 'undone', 'discarded')", name="state_known"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    label: Mapped[str] = mapped_column(String(300))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    state: Mapped[str] = mapped_column(String(20), default="done", index=True)
    # Who did it: on a shared server each teacher undoes their own actions only.
    actor: Mapped[str] = mapped_column(String(200), default="", index=True, server_default="")


class RowChange(Base):
    """A row before and after, in the order the action wrote them; undo applies `before` in reverse."""

    __tablename__ = "row_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_key: Mapped[dict] = mapped_column(JSON)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)


# Tables whose rows the undo history may rewrite (the history tables themselves are not among them).
UNDOABLE_TABLES = frozenset(
    t.name for t in Base.metadata.sorted_tables if t.name not in {"actions", "row_changes"}
)
