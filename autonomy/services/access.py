"""Who may see and change which classrooms: the ownership model every service enforces.

- Every classroom has an owner: the teacher who created (or imported) it.
- A **teacher** sees and changes their own classrooms only, and the students enrolled in them (with their events,
  levels, choices, reflections and decisions). A student enrolled in two teachers' classrooms is seen by both.
- A **coach** reads every classroom and changes nothing.
- An **administrator** reads and changes everything: the one user of an SQLite file (the default, single-teacher
  app is exactly what it was), or on a server a superuser or a member of the `autonomy_admin` role.

Who is who comes from the database (`Database.who`): on a server, the connection's PostgreSQL role and its
membership of `autonomy_coach` / `autonomy_admin`. On a server the same model is enforced a second time by
PostgreSQL itself (grants and row-level security, autonomy/storage/roles.py; README, "A shared server"): a
teacher's own login reaches the same rows in `psql` as here. The checks here stay, for the clear refusal a
teacher reads (the server would only show fewer rows or refuse with its own words) and for SQLite, which has no
row security. The school-wide lists (ladders, event catalogue) may be changed by anyone but a coach; the
school's settings (suggestion thresholds) by an administrator only (`require_admin`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, select, true
from sqlalchemy.orm import Session

from autonomy.core.errors import NotAllowed
from autonomy.core.types import Role
from autonomy.services.reuse import remembered
from autonomy.storage.database import Identity
from autonomy.storage.models import Classroom, Enrolment, Reflection, TrustEvent


def can_write(who: Identity) -> bool:
    return who.role is not Role.COACH


def sees_everything(who: Identity) -> bool:
    return who.role is not Role.TEACHER


def require_write(who: Identity) -> None:
    if not can_write(who):
        raise NotAllowed(f"{who.user} is a coach here: coaches read every classroom but change nothing.")


def require_admin(who: Identity, what: str) -> None:
    """The school's settings (`what`) are an administrator's to change; the server's grants say the same."""
    require_write(who)  # a coach hears why in the coach's words
    if who.role is not Role.ADMIN:
        raise NotAllowed(f"Only an administrator can change {what} on this server; {who.user} cannot.")


def classroom_clause(who: Identity) -> ColumnElement[bool]:
    """A condition on `Classroom` that keeps the classrooms this user may see."""
    return true() if sees_everything(who) else Classroom.owner == who.user


def visible_classroom_ids(who: Identity) -> Select[Any]:
    return select(Classroom.id).where(classroom_clause(who))


def visible_student_ids(who: Identity) -> Select[Any]:
    """The students this user may see: those enrolled in one of their classrooms (all of them for a coach)."""
    query = select(Enrolment.student_id)
    if not sees_everything(who):
        query = query.join(Classroom, Classroom.id == Enrolment.classroom_id).where(Classroom.owner == who.user)
    return query


def student_clause(who: Identity, column: Any) -> ColumnElement[bool]:
    """A condition keeping the rows whose student (`column`) this user may see."""
    return true() if sees_everything(who) else column.in_(visible_student_ids(who))


def check_classroom(who: Identity, classroom: Classroom, *, write: bool = False) -> Classroom:
    if write:
        require_write(who)
    check_owner(who, classroom.name, classroom.owner)
    return classroom


def check_owner(who: Identity, name: str, owner: str) -> None:
    """Refuse a read of classroom `name` (owned by `owner`) unless this user may see it."""
    if not sees_everything(who) and owner != who.user:
        raise NotAllowed(f"“{name}” is {owner}'s classroom; only its teacher and coaches can see it.")


def check_students(session: Session | Connection, who: Identity, student_ids: Iterable[str], *,
                   write: bool = False) -> None:
    """Refuse unless every one of these students is enrolled in a classroom this user may see."""
    if write:
        require_write(who)
    wanted = set(student_ids)
    asked = seen_students_query(who, wanted)
    if asked is None:
        return
    if write:
        seen: frozenset[str] = frozenset(session.scalars(asked))
    else:  # the reads after a change check the same student several times: once per job (services/reuse.py)
        key = ("seen students", who.user, who.role, tuple(sorted(wanted)))
        seen = remembered(key, lambda: frozenset(session.scalars(asked)))
    if wanted - seen:
        refuse_unseen_student()


def seen_students_query(who: Identity, student_ids: Iterable[str]) -> Select[Any] | None:
    """The statement `check_students` asks (which of these students this user may see), or None when it asks
    nothing (someone who sees everyone, no students): a read that sends its statements ahead sends it too."""
    wanted = sorted(set(student_ids))
    if sees_everything(who) or not wanted:
        return None
    return visible_student_ids(who).where(Enrolment.student_id.in_(wanted))


def seen_student(who: Identity, column: Any) -> ColumnElement[bool]:
    """A column telling whether this user may see the row's student: the check of `check_students` asked in the
    statement that fetches the students anyway (one round trip fewer on a server)."""
    return true() if sees_everything(who) else column.in_(visible_student_ids(who))


def refuse_unseen_student() -> None:
    raise NotAllowed("That student is not in one of your classrooms; only their teachers and coaches can see them.")


def check_student(session: Session, who: Identity, student_id: str, *, write: bool = False) -> None:
    check_students(session, who, (student_id,), write=write)


def check_events(session: Session | Connection, who: Identity, event_ids: Iterable[str]) -> None:
    """Refuse unless every stored one of these events (the evidence of a level change or a decision) is of a
    student this user may see. Ids not stored are let through: evidence may name an event that is gone."""
    wanted = set(event_ids)
    if not wanted or sees_everything(who):
        return
    students = set(session.scalars(select(TrustEvent.student_id).where(TrustEvent.id.in_(wanted))))
    if students and students - set(session.scalars(visible_student_ids(who).where(
            Enrolment.student_id.in_(students)))):
        raise NotAllowed("An event it refers to is of a student not in one of your classrooms; only their "
                         "teachers and coaches can see it.")


def check_reflection(session: Session, who: Identity, reflection_id: str, student_id: str) -> None:
    """A reflection a record points to must be this student's (and so, once the student is checked, theirs)."""
    found = session.get(Reflection, reflection_id)
    if found is None or found.student_id != student_id:
        raise NotAllowed("That reflection is not one of this student's conversations.")
    check_students(session, who, (student_id,), write=True)
