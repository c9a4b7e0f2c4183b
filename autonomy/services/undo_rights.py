"""Whether this user may undo (or redo) an action: the checks history.py makes before and after applying it.

The undo journal (`actions`, `row_changes`) is rows like any other: on a server a teacher can edit it with psql,
so what an action says it changed is not trusted. Before a step is applied:
- the action must be the user's own (its actor), unless the user is an administrator;
- every row it names must be in a table undo may change (UNDOABLE_TABLES), keyed by that table's primary key,
  with images of that table's columns;
- every row as stored now must be one the user may write: their own classroom, a student enrolled in one of
  their classrooms, or that student's events, levels, choices, reflections and decisions (the school-wide lists,
  ladders, catalogue and settings, are anyone's but a coach's).
After it is applied (still inside its transaction, which a refusal rolls back), every row as written must be one
the user may write, and every student it writes about must have been theirs before, or be made by this action:
an undo record cannot enrol another teacher's student into one's own classroom.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NoReturn

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from autonomy.core.errors import NotAllowed
from autonomy.core.types import Role
from autonomy.services import access
from autonomy.storage.database import Identity
from autonomy.storage.models import UNDOABLE_TABLES, Base, Classroom, Reflection, TrustEvent

# Tables of the school as a whole: any teacher may change them (access.py), so may their undo.
SCHOOL_WIDE = frozenset({"dimensions", "levels", "event_categories", "settings"})
# Where each table's rows say whose they are: student columns, classroom columns, and references to records
# that belong to a student.
_STUDENT = {"students": "id", "enrolments": "student_id", "level_changes": "student_id",
            "trust_events": "student_id", "daily_choices": "student_id", "reflections": "student_id",
            "self_ratings": "student_id", "suggestion_decisions": "student_id", "checkin_students": "student_id"}
_CLASSROOM = {"classrooms": "id", "enrolments": "classroom_id", "suggestion_decisions": "classroom_id",
              "checkin_setups": "classroom_id"}
_REFLECTION = {"level_changes": "reflection_id", "self_ratings": "reflection_id", "reflection_events": "reflection_id"}
_EVENT = {"reflection_events": "event_id"}
_EVIDENCE = ("level_changes", "suggestion_decisions")  # JSON lists of event ids


@dataclass
class _Rows:
    """Whose records a set of row images touches."""

    students: set[str] = field(default_factory=set)
    classrooms: set[str] = field(default_factory=set)
    owners: set[str] = field(default_factory=set)  # classrooms.owner as the rows give it
    events: set[str] = field(default_factory=set)
    reflections: set[str] = field(default_factory=set)

    def add(self, table: str, row: dict[str, Any]) -> None:
        for columns, target in ((_STUDENT, self.students), (_CLASSROOM, self.classrooms),
                                (_REFLECTION, self.reflections), (_EVENT, self.events)):
            value = row.get(columns.get(table, ""))
            if value is not None:
                target.add(str(value))
        if table == "classrooms":
            self.owners.add(str(row.get("owner")))
        if table in _EVIDENCE and isinstance(row.get("evidence"), list):
            self.events.update(str(e) for e in row["evidence"])


class UndoRights:
    """The checks for one step of one action; `refused` raises NotAllowed naming the action."""

    def __init__(self, session: Session, who: Identity, action_id: int, actor: str, verb: str) -> None:
        self._session, self._who, self._verb, self._id = session, who, verb, action_id
        self._admin = who.role is Role.ADMIN
        access.require_write(who)
        if not self._admin and actor != who.user:
            self.refuse(f"it was done by {actor[:60] or 'another user'}; only they or an administrator can {verb} it")
        self._students_before: set[str] = set()

    def refuse(self, why: str) -> NoReturn:
        raise NotAllowed(f"Undo step {self._id} cannot be {self._verb}ne: {why}. Nothing was changed.")

    def check_shape(self, table_name: str, key: Any, images: Iterable[Any]) -> Table:
        """The table, if the row change names an undoable table, its primary key and its columns only."""
        if table_name not in UNDOABLE_TABLES:
            self.refuse(f"it names the table {table_name[:60]!r}, which undo does not change")
        table = Base.metadata.tables[table_name]
        keys = {col.name for col in table.primary_key}
        if not isinstance(key, dict) or set(key) != keys:
            self.refuse(f"a row of {table_name} is not named by its key")
        for image in images:
            if image is None:
                continue
            if not isinstance(image, dict) or not set(image) <= set(table.c.keys()) or any(
                    image.get(name) != key[name] for name in keys):
                self.refuse(f"a row of {table_name} does not match its key")
        return table

    def before(self, rows: Iterable[tuple[str, dict[str, Any] | None]]) -> None:
        """The rows as stored now (the action's own rows the step will change)."""
        if self._admin:
            return
        self._students_before = self._visible_students()
        self._check(rows, self._students_before)

    def after(self, rows: Iterable[tuple[str, dict[str, Any] | None]], created: set[str]) -> None:
        """The rows as the step wrote them; `created`: the students the step brought into being."""
        if self._admin:
            return
        self._check(rows, (self._visible_students() & (self._students_before | created)))

    def _check(self, rows: Iterable[tuple[str, dict[str, Any] | None]], allowed: set[str]) -> None:
        touched = _Rows()
        for table, row in rows:
            if row is None:
                continue
            if table not in SCHOOL_WIDE and table not in _STUDENT and table not in _CLASSROOM and \
                    table not in _REFLECTION and table not in _EVENT:
                self.refuse(f"only an administrator can {self._verb} changes to {table}")
            touched.add(table, row)
        session = self._session
        if touched.owners - {self._who.user}:
            self.refuse("it changes another teacher's classroom")
        if touched.classrooms:
            owners = dict(session.execute(select(Classroom.id, Classroom.owner)
                                          .where(Classroom.id.in_(touched.classrooms))).all())
            if any(owners.get(c, self._who.user) != self._who.user for c in touched.classrooms):
                self.refuse("it changes another teacher's classroom")
        students = set(touched.students)
        if touched.events:
            students.update(session.scalars(select(TrustEvent.student_id).where(TrustEvent.id.in_(touched.events))))
        if touched.reflections:
            students.update(session.scalars(select(Reflection.student_id)
                                            .where(Reflection.id.in_(touched.reflections))))
        if students - allowed:
            self.refuse("it changes records of a student who is not in one of your classrooms")

    def _visible_students(self) -> set[str]:
        return set(self._session.scalars(access.visible_student_ids(self._who)))
