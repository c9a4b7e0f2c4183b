"""Classrooms, students and enrolments; roster import from a school's CSV."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from autonomy.core import phrases
from autonomy.core.errors import Conflict, InvalidInput, NotAllowed, RefusedFile
from autonomy.core.roster_csv import RosterParse, RosterProblem, RosterRow
from autonomy.core.types import Role
from autonomy.core.validation import MAX_NAME, clean_name, clean_optional_text
from autonomy.services import access, lookup
from autonomy.services.contract import reads, writes
from autonomy.services.dto import ClassroomInfo, StudentInfo
from autonomy.services.unit import relabel, write
from autonomy.storage.database import Database
from autonomy.storage.models import Classroom, Enrolment, Student, new_id


@dataclass(frozen=True)
class RosterImportResult:
    classroom: ClassroomInfo
    added: tuple[StudentInfo, ...]
    problems: tuple[RosterProblem, ...]  # rows refused (only non-empty with skip_invalid or dry_run)
    dry_run: bool
    # Re-importing an updated export: rows whose student is already in the class (same school id, same name),
    # and the class's students with a school id that the file no longer lists (reported, never archived).
    already_there: tuple[StudentInfo, ...] = ()
    no_longer_listed: tuple[StudentInfo, ...] = ()


class RosterService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- classrooms -------------------------------------------------------------------------------
    @reads
    def classrooms(self, *, include_archived: bool = False) -> list[ClassroomInfo]:
        with self._db.reading() as session:
            counts = {
                cid: n
                for cid, n in session.execute(
                    select(Enrolment.classroom_id, func.count())
                    .join(Student, Student.id == Enrolment.student_id)
                    .where(Student.active.is_(True))
                    .group_by(Enrolment.classroom_id)
                )
            }
            who = self._db.who()
            query = select(Classroom).where(access.classroom_clause(who)).order_by(func.lower(Classroom.name))
            if not include_archived:
                query = query.where(Classroom.archived.is_(False))
            return [lookup.classroom_info(c, counts.get(c.id, 0)) for c in session.scalars(query)]

    @reads
    def find_classroom(self, name_or_id: str) -> ClassroomInfo:
        with self._db.reading() as session:
            return lookup.classroom_info(lookup.classroom_by_name(session, name_or_id, self._db.who()))

    @writes
    def create_classroom(self, name: str, subject: str = "", school_year: str = "") -> ClassroomInfo:
        name = clean_name(name, "classroom name")
        subject = clean_optional_text(subject, "subject", MAX_NAME)
        school_year = clean_optional_text(school_year, "school year", 20)
        who = self._db.who()
        access.require_write(who)
        with write(self._db, phrases.label(phrases.ADDED_CLASSROOM, name=name)) as session:
            self._refuse_duplicate_classroom(session, name, who.user)
            classroom = Classroom(name=name, subject=subject, school_year=school_year, owner=who.user)
            session.add(classroom)
            session.flush()
            return lookup.classroom_info(classroom)

    @writes
    def edit_classroom(self, classroom_id: str, *, name: str | None = None, subject: str | None = None,
                       school_year: str | None = None) -> ClassroomInfo:
        with write(self._db, phrases.label(phrases.EDITED_CLASSROOM)) as session:
            classroom = access.check_classroom(self._db.who(), lookup.classroom(session, classroom_id), write=True)
            if name is not None:
                name = clean_name(name, "classroom name")
                if name.lower() != classroom.name.lower():
                    self._refuse_duplicate_classroom(session, name, classroom.owner)
                classroom.name = name
            if subject is not None:
                classroom.subject = clean_optional_text(subject, "subject", MAX_NAME)
            if school_year is not None:
                classroom.school_year = clean_optional_text(school_year, "school year", 20)
            relabel(session, phrases.label(phrases.EDITED_CLASSROOM, name=classroom.name))  # the new name
            return lookup.classroom_info(classroom)

    @writes
    def set_classroom_archived(self, classroom_id: str, archived: bool) -> ClassroomInfo:
        kind = phrases.ARCHIVED_CLASSROOM if archived else phrases.RESTORED_CLASSROOM
        with write(self._db, phrases.label(kind)) as session:
            classroom = access.check_classroom(self._db.who(), lookup.classroom(session, classroom_id), write=True)
            relabel(session, phrases.label(kind, name=classroom.name))
            classroom.archived = archived
            return lookup.classroom_info(classroom)

    @writes
    def set_classroom_owner(self, classroom_id: str, owner: str) -> ClassroomInfo:
        """Hand a classroom to another teacher (their PostgreSQL role name); administrators only."""
        who = self._db.who()
        if who.role is not Role.ADMIN:
            raise NotAllowed("Only an administrator can hand a classroom to another teacher.")
        owner = clean_name(owner, "owner")
        with write(self._db, phrases.label(phrases.HANDED_CLASSROOM, owner=owner)) as session:
            classroom = lookup.classroom(session, classroom_id)
            relabel(session, phrases.label(phrases.HANDED_CLASSROOM, name=classroom.name, owner=owner))
            classroom.owner = owner
            return lookup.classroom_info(classroom)

    @staticmethod
    def _refuse_duplicate_classroom(session: Session, name: str, owner: str) -> None:
        # Per teacher: two teachers sharing a server may each have a "7B Science".
        clash = session.scalar(
            select(Classroom.id).where(func.lower(Classroom.name) == name.lower(), Classroom.archived.is_(False),
                                       Classroom.owner == owner)
        )
        if clash:
            raise Conflict(f"There is already a classroom called “{name}”.", code="classroom_exists",
                           values={"name": name})

    # --- students ---------------------------------------------------------------------------------
    @reads
    def students(self, classroom_id: str, *, include_archived: bool = False) -> list[StudentInfo]:
        with self._db.reading() as session:
            found = session.get(Classroom, classroom_id)
            if found is not None:
                access.check_classroom(self._db.who(), found)
            query = (
                select(Student)
                .join(Enrolment, Enrolment.student_id == Student.id)
                .where(Enrolment.classroom_id == classroom_id)
                .order_by(func.lower(Student.name))
            )
            if not include_archived:
                query = query.where(Student.active.is_(True))
            return [lookup.student_info(s, (classroom_id,)) for s in session.scalars(query)]

    @reads
    def student(self, student_id: str) -> StudentInfo:
        with self._db.reading() as session:
            found = lookup.student(session, student_id)
            access.check_student(session, self._db.who(), student_id)
            return lookup.student_info(found, lookup.enrolments_of(session, student_id))

    @reads
    def find_student(self, name_or_id: str, classroom_id: str | None = None) -> StudentInfo:
        """By id, external id or name (ignoring case); refuses an ambiguous name."""
        with self._db.reading() as session:
            found = session.get(Student, name_or_id)
            if found is None:
                query = select(Student).where(
                    (func.lower(Student.name) == name_or_id.strip().lower()) | (Student.external_id == name_or_id)
                )
                if classroom_id:
                    query = query.join(Enrolment, Enrolment.student_id == Student.id).where(
                        Enrolment.classroom_id == classroom_id
                    )
                if not access.sees_everything(self._db.who()):
                    query = query.where(Student.id.in_(access.visible_student_ids(self._db.who())))
                matches = list(session.scalars(query))
                if not matches:
                    raise lookup.NotFound(f"There is no student called “{name_or_id}”.")
                if len(matches) > 1:
                    raise InvalidInput("student", f"more than one student is called “{name_or_id}”")
                found = matches[0]
            access.check_student(session, self._db.who(), found.id)
            return lookup.student_info(found, lookup.enrolments_of(session, found.id))

    @writes
    def add_student(self, classroom_id: str, name: str, external_id: str | None = None,
                    notes: str = "") -> StudentInfo:
        name = clean_name(name, "student name")
        external_id = _clean_external_id(external_id)
        notes = clean_optional_text(notes, "notes")
        with write(self._db, phrases.label(phrases.ADDED_STUDENT, name=name)) as session:
            access.check_classroom(self._db.who(), lookup.classroom(session, classroom_id), write=True)
            _refuse_duplicate_student(session, classroom_id, name, external_id)
            student = Student(name=name, external_id=external_id, notes=notes)
            session.add(student)
            session.flush()
            session.add(Enrolment(student_id=student.id, classroom_id=classroom_id))
            return lookup.student_info(student, (classroom_id,))

    @writes
    def edit_student(self, student_id: str, *, name: str | None = None, external_id: str | None = None,
                     notes: str | None = None) -> StudentInfo:
        with write(self._db, phrases.label(phrases.EDITED_STUDENT)) as session:
            student = lookup.student(session, student_id)
            access.check_student(session, self._db.who(), student_id, write=True)
            if name is not None:
                student.name = clean_name(name, "student name")
            if external_id is not None:
                student.external_id = _clean_external_id(external_id)
            if notes is not None:
                student.notes = clean_optional_text(notes, "notes")
            relabel(session, phrases.label(phrases.EDITED_STUDENT, name=student.name))  # the new name
            return lookup.student_info(student, lookup.enrolments_of(session, student_id))

    @writes
    def set_student_active(self, student_id: str, active: bool) -> StudentInfo:
        kind = phrases.RESTORED_STUDENT if active else phrases.ARCHIVED_STUDENT
        with write(self._db, phrases.label(kind)) as session:
            student = lookup.student(session, student_id)
            relabel(session, phrases.label(kind, name=student.name))
            access.check_student(session, self._db.who(), student_id, write=True)
            student.active = active
            return lookup.student_info(student, lookup.enrolments_of(session, student_id))

    @writes
    def enrol(self, student_id: str, classroom_id: str) -> None:
        with write(self._db, phrases.label(phrases.ENROLLED_STUDENT)) as session:
            student = lookup.student(session, student_id)
            access.check_student(session, self._db.who(), student_id, write=True)
            classroom = access.check_classroom(self._db.who(), lookup.classroom(session, classroom_id), write=True)
            relabel(session, phrases.label(phrases.ENROLLED_STUDENT, name=student.name, classroom=classroom.name))
            if session.get(Enrolment, (student_id, classroom_id)) is None:
                session.add(Enrolment(student_id=student_id, classroom_id=classroom_id))

    # --- roster import ----------------------------------------------------------------------------
    @writes
    def import_roster(self, classroom_id: str, parsed: RosterParse, *, skip_invalid: bool = False,
                      dry_run: bool = False) -> RosterImportResult:
        """All or nothing unless `skip_invalid`: any bad row (in the file, or already in the class) refuses
        the whole file and nothing is saved. A real import is one undoable action; a dry run writes nothing."""
        who = self._db.who()
        if dry_run:
            with self._db.reading() as session:
                access.check_classroom(who, lookup.classroom(session, classroom_id), write=True)
                classroom, good, problems, already, gone = _sort_rows(session, classroom_id, parsed)
                preview = tuple(StudentInfo("", r.name, r.external_id, _legal_note(r), True, (classroom_id,))
                                for r in good)
                return RosterImportResult(lookup.classroom_info(classroom), preview, problems, True, already, gone)
        with write(self._db, phrases.label(phrases.IMPORTED_ROSTER)) as session:
            access.check_classroom(who, lookup.classroom(session, classroom_id), write=True)
            result = _import_rows(session, classroom_id, parsed, skip_invalid)
            relabel(session, phrases.label(phrases.IMPORTED_ROSTER, classroom=result.classroom.name,
                                           count=len(result.added)))
            return result

    @writes
    def import_roster_new_class(self, name: str, parsed: RosterParse, *,
                                skip_invalid: bool = False) -> RosterImportResult:
        """Create the classroom and import its roster in one transaction (one undo step): a refused file
        leaves no empty classroom behind."""
        name = clean_name(name, "classroom name")
        who = self._db.who()
        access.require_write(who)
        with write(self._db, phrases.label(phrases.IMPORTED_ROSTER_NEW_CLASS, classroom=name)) as session:
            self._refuse_duplicate_classroom(session, name, who.user)
            classroom = Classroom(id=new_id(), name=name, subject="", school_year="", archived=False,
                                  owner=who.user)
            session.add(classroom)
            session.flush()
            result = _import_rows(session, classroom.id, parsed, skip_invalid)
            if not result.added:
                raise RefusedFile(f"No row of the roster could be imported, so “{name}” was not created.",
                                  [p.message for p in result.problems])
            relabel(session, phrases.label(phrases.IMPORTED_ROSTER_NEW_CLASS, classroom=name,
                                           count=len(result.added)))
            return result


def _import_rows(session: Session, classroom_id: str, parsed: RosterParse,
                 skip_invalid: bool) -> RosterImportResult:
    classroom, good, problems, already, gone = _sort_rows(session, classroom_id, parsed)
    if problems and not skip_invalid:
        total = len(parsed.rows) + len(parsed.problems)
        raise RefusedFile(
            f"The roster was not imported: {len(problems)} of {total} rows have problems "
            "(fix them, or use --skip-invalid to import the others).",
            [p.message for p in problems],
        )
    if not good and already and not problems:  # the same export again: say so rather than "0 added"
        raise RefusedFile(
            f"The roster was not imported: all {len(already)} students in it are already in {classroom.name}; "
            "nothing in it is new.",
            [f"line {row.line}: {row.name} is already in {classroom.name} (id {row.external_id})"
             for row in parsed.rows if row.external_id in {s.external_id for s in already}],
        )
    # Ids made here, so the whole file goes in with two flushes (students, then their enrolments).
    students = [Student(id=new_id(), name=row.name, external_id=row.external_id, notes=_legal_note(row),
                        active=True) for row in good]
    session.add_all(students)
    session.flush()
    session.add_all(Enrolment(student_id=s.id, classroom_id=classroom_id) for s in students)
    added = tuple(lookup.student_info(s, (classroom_id,)) for s in students)
    return RosterImportResult(lookup.classroom_info(classroom), added, problems, False, already, gone)


def _legal_note(row: RosterRow) -> str:
    """The student has no field for a legal name, so one that differs from the name used is kept in the note
    (school records and reports may need it; the roster shows the name the child goes by)."""
    return f"Legal name: {row.legal_name}" if row.legal_name else ""


def _sort_rows(session: Session, classroom_id: str, parsed: RosterParse):
    """The rows that can be added; every problem (the file's own, plus clashes with students already
    enrolled); the students already there (same school id and name); and those the file no longer lists."""
    classroom = lookup.classroom(session, classroom_id)
    problems = list(parsed.problems)
    good: list[RosterRow] = []
    already: list[StudentInfo] = []
    enrolled = list(session.execute(
        select(Student.id, Student.name, Student.external_id, Student.notes, Student.active)
        .join(Enrolment, Enrolment.student_id == Student.id)
        .where(Enrolment.classroom_id == classroom_id)
    ))
    by_id = {r.external_id: r for r in enrolled if r.external_id}
    by_name = {r.name.lower(): r for r in enrolled}
    for row in parsed.rows:
        same_id = by_id.get(row.external_id) if row.external_id else None
        if same_id is not None and same_id.name.casefold() == row.name.casefold():
            already.append(StudentInfo(same_id.id, same_id.name, same_id.external_id, same_id.notes,
                                       same_id.active, (classroom_id,)))
        elif same_id is not None or row.name.lower() in by_name:
            problems.append(RosterProblem(row.line, f"line {row.line}: {row.name} is already in {classroom.name}"))
        else:
            good.append(row)
    problems.sort(key=lambda p: p.line)
    gone: list[StudentInfo] = []
    if already:  # an updated export of the same class: who has it dropped?
        listed = {row.external_id for row in parsed.rows if row.external_id}
        gone = [StudentInfo(r.id, r.name, r.external_id, r.notes, r.active, (classroom_id,))
                for r in enrolled if r.external_id and r.active and r.external_id not in listed]
        gone.sort(key=lambda s: s.name.casefold())
    return classroom, good, tuple(problems), tuple(already), tuple(gone)


def _clean_external_id(value: str | None) -> str | None:
    if value is None:
        return None
    text = clean_optional_text(value, "student id", 64)
    return text or None


def _existing_keys(session: Session, classroom_id: str) -> dict[tuple[str, str], str]:
    keys: dict[tuple[str, str], str] = {}
    rows = session.execute(
        select(Student.id, Student.name, Student.external_id)
        .join(Enrolment, Enrolment.student_id == Student.id)
        .where(Enrolment.classroom_id == classroom_id)
    )
    for sid, name, external_id in rows:
        keys[("name", name.lower())] = sid
        if external_id:
            keys[("id", external_id)] = sid
    return keys


def _refuse_duplicate_student(session: Session, classroom_id: str, name: str,
                              external_id: str | None) -> None:
    keys = _existing_keys(session, classroom_id)
    if external_id and ("id", external_id) in keys:
        raise Conflict(f"A student with the id {external_id} is already in this classroom.", code="student_id_exists",
                       values={"id": external_id})
    if ("name", name.lower()) in keys:
        raise Conflict(f"{name} is already in this classroom.", code="student_exists", values={"name": name})
