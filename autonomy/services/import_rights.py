"""What a teacher's import may touch: their own classrooms and students, and what the file brings new.

Ids travel in every shared export, so a file can name anyone's records. Before anything is stored, every record
of the file is checked against what is stored:
- a record whose id is already stored must be the importer's (else "already there, left as is" would tell
  whether someone else's record exists, and a student's enrolments would be added to it);
- every student, classroom, event or reflection a record refers to, if stored, must be the importer's: a
  student enrolled in one of their classrooms, a classroom they own, an event or reflection of such a student;
- a student may be enrolled in the file's new classrooms (which become the importer's) and in their own only.
What is new in the file becomes the importer's. An administrator (the one user of an SQLite file) may import
anything; a coach imports nothing (checked before this).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from autonomy.core.errors import RefusedFile
from autonomy.core.interchange import CheckedDocument, Known
from autonomy.services import access
from autonomy.storage.database import Identity
from autonomy.storage.models import (
    Base,
    Classroom,
    DailyChoice,
    LevelChange,
    Reflection,
    SelfRating,
    SuggestionDecision,
    TrustEvent,
)

_CHUNK = 5000  # ids per IN list (well under SQLite's limit on bound parameters)


def check_import(session: Session, who: Identity, doc: CheckedDocument, known: Known) -> None:
    """Refuse the whole file (RefusedFile, naming each record) if it touches anything not the importer's."""
    if access.sees_everything(who):
        return
    problems = list(_problems(session, who, doc, known)) or list(_hidden_ids(session, doc, known))
    if problems:
        raise RefusedFile(f"The file was not imported: {len(problems)} record(s) refer to another teacher's "
                          "classrooms or students (only their teachers can change them); nothing was changed.",
                          problems)


def _problems(session: Session, who: Identity, doc: CheckedDocument, known: Known) -> Iterator[str]:
    own_classrooms = set(session.scalars(select(Classroom.id).where(Classroom.owner == who.user)))
    own_students = set(session.scalars(access.visible_student_ids(who)))
    foreign_classrooms = known.classrooms - own_classrooms

    def student(value: str | None) -> bool:
        """May the importer write records of this student? (New in the file: it becomes theirs.)"""
        return value is None or value not in known.students or value in own_students

    events_of = _owners(session, TrustEvent, TrustEvent.student_id,
                        {e for r in doc.reflections for e in r["events"]}
                        | {e for r in (*doc.level_changes, *doc.decisions) for e in r["evidence"]}
                        | {e["id"] for e in doc.events})

    def event(value: str) -> bool:
        return value not in events_of or events_of[value] in own_students

    for i, row in enumerate(doc.classrooms):
        if row["id"] in foreign_classrooms:
            yield f"classrooms[{i}] ({row['id']}): that classroom is another teacher's"
    for i, row in enumerate(doc.students):
        if not student(row["id"]):
            yield f"students[{i}] ({row['id']}): that student is not in one of your classrooms"
        for classroom in row["classrooms"]:
            if classroom in foreign_classrooms:
                yield f"students[{i}] ({row['id']}): enrols them in classroom {classroom}, another teacher's"
    for i, row in enumerate(doc.events):
        if not student(row["student_id"]) or not event(row["id"]):
            yield f"events[{i}] ({row['id']}): {_whose(row['id'] in events_of)}"
    for section, model in (("level_changes", LevelChange), ("choices", DailyChoice), ("reflections", Reflection),
                           ("self_ratings", SelfRating)):
        rows: list[dict[str, Any]] = getattr(doc, section)
        stored = _owners(session, model, model.student_id, {r["id"] for r in rows})
        for i, row in enumerate(rows):
            if not student(row["student_id"]) or (row["id"] in stored and stored[row["id"]] not in own_students):
                yield f"{section}[{i}] ({row['id']}): {_whose(row['id'] in stored)}"
            elif not all(event(e) for e in [*row.get("events", ()), *row.get("evidence", ())]):
                yield f"{section}[{i}] ({row['id']}): refers to an event of a student not in one of your classrooms"
    decisions = _owners(session, SuggestionDecision, SuggestionDecision.student_id, {r["id"] for r in doc.decisions},
                        SuggestionDecision.classroom_id)
    for i, row in enumerate(doc.decisions):
        stored_student, stored_class = decisions.get(row["id"], (None, None))
        if (not student(row["student_id"]) or row["classroom_id"] in foreign_classrooms
                or not student(stored_student) or stored_class in foreign_classrooms):
            yield f"decisions[{i}] ({row['id']}): {_whose(row['id'] in decisions)}"
        elif not all(event(e) for e in row["evidence"]):
            yield f"decisions[{i}] ({row['id']}): refers to an event of a student not in one of your classrooms"


_SECTION_TABLES = {"classrooms": "classrooms", "students": "students", "level_changes": "level_changes",
                   "events": "trust_events", "choices": "daily_choices", "reflections": "reflections",
                   "self_ratings": "self_ratings",
                   "decisions": "suggestion_decisions"}


def _hidden_ids(session: Session, doc: CheckedDocument, known: Known) -> Iterator[str]:
    """On a shared server, row-level security hides other teachers' rows, so their ids look new in `known`; the
    server's `autonomy_rls.ids_taken` (storage/roles.py) tells which of the file's new ids are taken after all."""
    if session.get_bind().dialect.name != "postgresql":
        return
    if session.execute(text("SELECT to_regproc('autonomy_rls.ids_taken')")).scalar() is None:
        return  # no row-level security on this server: every stored id was in `known` already
    seen = {"classrooms": known.classrooms, "students": known.students, "events": known.events}
    for section, table in _SECTION_TABLES.items():
        records = getattr(doc, section)
        new = [r["id"] for r in records if r["id"] not in seen.get(section, frozenset())]
        taken: set[str] = set()
        for start in range(0, len(new), _CHUNK):
            taken.update(session.scalars(text("SELECT autonomy_rls.ids_taken(:tbl, :ids)"),
                                         {"tbl": table, "ids": new[start:start + _CHUNK]}))
        if taken:  # the importer's own rows are theirs to see: only the rows hidden from them are someone else's
            column = Base.metadata.tables[table].c.id
            taken -= set(session.scalars(select(column).where(column.in_(taken))))
        for index, record in enumerate(records):
            if record["id"] in taken:
                yield f"{section}[{index}] ({record['id']}): this id is already stored for another teacher's record"


def _whose(stored: bool) -> str:
    if stored:
        return "a record with this id is already stored for a student or classroom that is not yours"
    return "refers to a student or classroom that is not yours"


def _owners(session: Session, model: Any, column: Any, ids: Iterable[str], second: Any = None) -> dict[str, Any]:
    """id -> the stored row's student (or (student, classroom) given `second`), for the ids already stored."""
    wanted = list(ids)
    found: dict[str, Any] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        columns = (model.id, column) if second is None else (model.id, column, second)
        for row in session.execute(select(*columns).where(model.id.in_(chunk))):
            found[row[0]] = row[1] if second is None else (row[1], row[2])
    return found
