"""Export to and import from the interchange format (JSON, or CSV tables), whole or for one class, and
anonymised. An import is checked completely before anything is stored, then stored in one transaction;
records whose id is already stored are left as they are, so importing the same file twice changes nothing.
A teacher's file may touch their own records only (import_rights.py); its ladders are merged as ladder_import.py
says (a teacher's renamed ladder replaces an untouched built-in one)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, func, insert, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from autonomy import __version__
from autonomy.core import phrases
from autonomy.core.errors import RefusedFile, StorageError
from autonomy.core.interchange import FORMAT, SECTIONS, VERSION, CheckedDocument, Known, check_document, flatten
from autonomy.services import access, anonymise, lookup
from autonomy.services.bulk import no_gc_pauses
from autonomy.services.contract import reads, writes
from autonomy.services.import_rights import check_import
from autonomy.services.ladder_import import LadderNote, merge_ladders
from autonomy.services.unit import write
from autonomy.storage.database import Database
from autonomy.storage.models import (
    Classroom,
    DailyChoice,
    Enrolment,
    EventCategory,
    Level,
    LevelChange,
    Reflection,
    ReflectionEvent,
    SelfRating,
    Student,
    SuggestionDecision,
    TrustEvent,
    new_id,
)
from autonomy.storage.safe_files import check_target, write_file, write_files

Progress = Callable[[str, int, int], None]  # (stage, done, total)
READABLE_RECORDS = 20_000  # an export with more records than this is written compactly (write_json)


@dataclass(frozen=True)
class ImportResult:
    added: dict[str, int]
    already_present: dict[str, int]
    updated: dict[str, int] = field(default_factory=dict)  # records the file's version replaced (ladders)
    ladders: tuple[LadderNote, ...] = ()  # what became of each ladder that was not simply the same

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def ladder_sentences(self) -> list[str]:
        """One sentence per dimension whose ladder was taken from the file, kept against it, or grown."""
        return [note.sentence() for note in self.ladders]


def _iso(moment: dt.datetime) -> str:
    return (moment if moment.tzinfo is dt.UTC else moment.astimezone(dt.UTC)).isoformat()


def local_day(moment: dt.datetime) -> str:
    """The day a moment fell on where the file is written (a self-rating's `date`)."""
    return moment.astimezone().date().isoformat()


def _day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


class ExchangeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- export -----------------------------------------------------------------------------------
    @reads
    def export_document(self, *, classroom_id: str | None = None, anonymize: bool = False,
                        keep_text: bool = False, now: dt.datetime | None = None) -> dict[str, Any]:
        """The interchange document. Anonymised (autonomy/services/anonymise.py): students S01 …, classrooms
        C01 … (stable within the file, in name order), the teacher's own categories and dimensions by number,
        every id new for this file, no external ids, and no free text unless `keep_text`."""
        now = now or dt.datetime.now(dt.UTC)
        who = self._db.who()
        with no_gc_pauses(), self._db.reading() as session:
            classrooms = session.scalars(select(Classroom).where(access.classroom_clause(who))
                                         .order_by(Classroom.name, Classroom.id)).all()
            if classroom_id is not None:
                classrooms = [access.check_classroom(who, lookup.classroom(session, classroom_id))]
            class_ids = {c.id for c in classrooms}
            # None: the whole database; else only what these classrooms hold (one class, or a teacher's own).
            scope = None if classroom_id is None and access.sees_everything(who) else class_ids
            enrol: dict[str, list[str]] = {}
            for sid, cid in session.execute(select(Enrolment.student_id, Enrolment.classroom_id)):
                if cid in class_ids:
                    enrol.setdefault(sid, []).append(cid)
            students = [s for s in session.scalars(select(Student).order_by(Student.name, Student.id))
                        if scope is None or s.id in enrol]

            doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported_at": _iso(now),
                                   "generator": f"autonomy {__version__}", "anonymized": False}
            doc["classrooms"] = [
                {"id": c.id, "name": c.name, "subject": c.subject, "school_year": c.school_year,
                 "archived": c.archived} for c in classrooms
            ]
            student_texts = {(key, rank): words for key, rank, words in session.execute(
                select(Level.dimension_key, Level.rank, Level.student_text))}
            doc["dimensions"] = [
                {"key": d.key, "name": d.name, "question": d.question,
                 "levels": [{"rank": lv.rank, "name": lv.name, "description": lv.description,
                             "student_text": student_texts.get((d.key, lv.rank), "")} for lv in d.levels]}
                for d in lookup.dimension_infos(session)
            ]
            doc["students"] = [
                {"id": s.id, "name": s.name, "external_id": s.external_id, "classrooms": sorted(enrol.get(s.id, [])),
                 "active": s.active, "notes": s.notes}
                for s in students
            ]
            wanted = {s.id for s in students}

            def mine(query: Any, column: Any) -> Any:
                return query if scope is None else query.where(column.in_(select_students(scope)))

            connection = session.connection()

            def rows(query: Any) -> Any:
                """Plain rows (Core: no ORM objects for hundreds of thousands of records), fetched at once."""
                return connection.execute(query).all()

            doc["level_changes"] = [
                {"id": c.id, "student": c.student_id, "dimension": c.dimension_key, "from_level": c.from_level,
                 "to_level": c.to_level, "at": _iso(c.at), "reason": phrases.for_file(c.reason),
                 "source": c.source,
                 "evidence": list(c.evidence or [])}
                for c in rows(mine(select(LevelChange.__table__), LevelChange.student_id)
                              .order_by(LevelChange.at, LevelChange.id))
            ]
            # The events' moments as stored (naive UTC: DateTime, not UTCDateTime), made ISO with "+00:00" here:
            # the same text, without a time-zone conversion per event.
            event_rows = rows(
                mine(select(TrustEvent.id, TrustEvent.student_id, TrustEvent.kind, TrustEvent.category_key,
                            TrustEvent.dimension_key, TrustEvent.severity, TrustEvent.habit,
                            type_coerce(TrustEvent.at, DateTime()).label("at"), TrustEvent.note,
                            TrustEvent.group_id), TrustEvent.student_id)
                .where(TrustEvent.deleted.is_(False)).order_by(TrustEvent.at, TrustEvent.id)
            )
            # Rows unpacked, not read by attribute: a quarter of the time for a school's events.
            doc["events"] = [
                {"id": eid, "student": sid, "kind": kind, "category": category, "dimension": dimension,
                 "severity": severity, "habit": habit, "at": at.isoformat() + "+00:00",
                 "note": note, "group": group}
                for eid, sid, kind, category, dimension, severity, habit, at, note, group in event_rows
            ]
            live_events = {e["id"] for e in doc["events"]}
            doc["choices"] = [
                {"id": cid, "student": sid, "date": day.isoformat(), "dimension": dimension,
                 "choice": choice, "within_level": within, "by": by}
                for cid, sid, day, dimension, choice, within, by in rows(
                    mine(select(DailyChoice.id, DailyChoice.student_id, DailyChoice.day, DailyChoice.dimension_key,
                                DailyChoice.choice, DailyChoice.within_level, DailyChoice.made_by),
                         DailyChoice.student_id)
                    .order_by(DailyChoice.day, DailyChoice.id))
            ]
            answered: dict[str, list[str]] = {}
            for rid, eid in session.execute(select(ReflectionEvent.reflection_id, ReflectionEvent.event_id)):
                if eid in live_events:
                    answered.setdefault(rid, []).append(eid)
            ratings: dict[str, dict[str, int]] = {}
            for rated, key, level in session.execute(
                select(SelfRating.reflection_id, SelfRating.dimension_key, SelfRating.level)
            ):
                if rated:
                    ratings.setdefault(rated, {})[key] = level
            doc["reflections"] = [
                {"id": r.id, "student": r.student_id, "at": _iso(r.at), "events": sorted(answered.get(r.id, [])),
                 "prompts": list(r.prompts or []), "student_words": r.student_words,
                 "agreement": r.agreement, "follow_up": _day(r.follow_up), "outcome": r.outcome,
                 "self_ratings": ratings.get(r.id, {})}
                for r in rows(mine(select(Reflection.__table__), Reflection.student_id)
                              .order_by(Reflection.at, Reflection.id))
            ]
            # Ratings made outside a reflection (the check-in); a reflection's own stay inside it, as before.
            doc["self_ratings"] = [
                {"id": r.id, "student": r.student_id, "dimension": r.dimension_key, "date": local_day(r.at),
                 "at": _iso(r.at), "rating": r.level, "words": r.words, "by": r.made_by}
                for r in rows(mine(select(SelfRating.__table__), SelfRating.student_id)
                              .where(SelfRating.reflection_id.is_(None)).order_by(SelfRating.at, SelfRating.id))
            ]
            doc["decisions"] = [
                {"id": d.id, "student": d.student_id, "classroom": d.classroom_id, "dimension": d.dimension_key,
                 "kind": d.kind, "decision": d.decision, "at": _iso(d.at), "until": _day(d.until),
                 "reason": None if d.reason is None else phrases.for_file(d.reason),
                 "evidence": list(d.evidence or [])}
                for d in rows(select(SuggestionDecision.__table__)
                              .order_by(SuggestionDecision.at, SuggestionDecision.id))
                if (d.student_id in wanted) or (d.student_id is None and (d.classroom_id in class_ids
                                                                          or scope is None))
            ]
            if anonymize:
                return anonymise.document(doc, anonymise.catalogue(session), keep_text=keep_text)
            return doc

    @reads
    def write_json(self, doc: dict[str, Any], path: Path | None) -> str | None:
        """Write to `path` (0600, atomically, never through a link: storage/safe_files.py) or return the text when
        `path` is None. Indented while it is small enough to read; a bigger file (a school's year) is written
        compactly, by json's C encoder in one call (indenting goes through json's pure-Python encoder, five times
        slower)."""
        if path is not None:
            check_target(path)  # a locked folder or a planted link is refused before the work of encoding
        records = sum(len(value) for value in doc.values() if isinstance(value, list))
        body = json.dumps(doc, ensure_ascii=False, indent=1 if records <= READABLE_RECORDS else None)
        if path is None:
            return body
        write_file(path, (body + "\n").encode("utf-8"))
        return None

    @reads
    def write_csv(self, doc: dict[str, Any], folder: Path) -> list[Path]:
        """One CSV per section in `folder` (made if missing), all or nothing: no partial set is ever left and the
        files already there stay as they were (storage/safe_files.py). Cells that a spreadsheet would run as
        formulas are neutralised."""
        if folder.exists() and not folder.is_dir():
            raise StorageError(f"{folder} is a file; CSV export writes one file per table into a folder. "
                               "Give a folder name instead.")
        return write_files(folder, _csv_tables(doc))

    # --- import -----------------------------------------------------------------------------------
    @reads
    def read_file(self, path: Path) -> Any:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise RefusedFile(f"{path} cannot be read: {exc.strerror or exc}.") from None
        try:
            return json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise RefusedFile(f"{path} is not a text file in UTF-8; it is not an Autonomy export.") from None
        except RecursionError:
            raise RefusedFile(f"{path} is nested too deeply to be an Autonomy export; it was not imported.") from None
        except json.JSONDecodeError as exc:
            raise RefusedFile(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                              "the file may be cut short.") from None
        except ValueError:  # Python refuses to read a whole number of more than 4,300 digits
            raise RefusedFile(f"{path} holds a number too long to be part of an Autonomy export; it was not "
                              "imported.") from None

    @writes
    def import_document(self, doc: Any, *, progress: Progress | None = None) -> ImportResult:
        """All or nothing: any problem anywhere refuses the whole file and the database stays as it was."""
        who = self._db.who()
        access.require_write(who)
        # Undoable for the ladders' names only (ladder_import.py): the rows an import adds are written with Core
        # statements, which leave no undo record, and an import that takes no ladder leaves no undo step.
        with no_gc_pauses(), write(self._db, phrases.label(phrases.IMPORTED_FILE)) as session:
            known = _known(session)
            checked = check_document(doc, known)
            if checked.problems:
                raise RefusedFile(f"The file was not imported: {len(checked.problems)} problem(s) found.",
                                  checked.problems)
            check_import(session, who, checked, known)
            try:
                return _store(session, checked, known, progress, who.user)
            except IntegrityError as exc:
                # On a shared server a teacher cannot see another teacher's rows, so an id of theirs looks new
                # here, and the server's key refuses it (check_import names such records before; this is for one
                # stored in between). Anything else is worded as any refused write is.
                if access.sees_everything(who) or getattr(exc.orig, "sqlstate", None) != "23505":
                    raise
                raise RefusedFile("The file was not imported: it holds a record that is already stored for "
                                  "another teacher's classroom.", [_taken_key(exc)]) from None


def _taken_key(exc: IntegrityError) -> str:
    """Which table refused a taken id (the server shows no key values of rows the importer may not see)."""
    table = getattr(getattr(exc.orig, "diag", None), "table_name", None) or "a table"
    return f"{table}: a record's id is already taken"


def select_students(classroom_ids: str | set[str]) -> Any:
    ids = {classroom_ids} if isinstance(classroom_ids, str) else classroom_ids
    return select(Enrolment.student_id).where(Enrolment.classroom_id.in_(ids))


def _csv_tables(doc: dict[str, Any]) -> Iterator[tuple[str, bytes]]:
    """Each table's file name and content, one at a time (a school's year need not be held all at once)."""
    tables: dict[str, list[dict[str, Any]]] = {name: doc[name] for name in SECTIONS if name != "dimensions"}
    tables["levels"] = [{"dimension": d["key"], "dimension_name": d["name"], **lv}
                        for d in doc["dimensions"] for lv in d["levels"]]
    for name, rows in tables.items():
        columns = list(rows[0]) if rows else []
        buffer = io.StringIO()
        out = csv.writer(buffer, lineterminator="\r\n")
        out.writerow(columns)
        for row in rows:
            out.writerow(flatten(_csv_value(row.get(c)) for c in columns))
        yield f"{name}.csv", buffer.getvalue().encode("utf-8-sig")  # the BOM tells Excel it is UTF-8


def _csv_value(value: Any) -> Any:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    return value


def _known(session: Session) -> Known:
    ladders = {key: top for key, top in session.execute(
        select(Level.dimension_key, func.max(Level.rank)).group_by(Level.dimension_key))}
    return Known(
        classrooms=frozenset(session.scalars(select(Classroom.id))),
        students=frozenset(session.scalars(select(Student.id))),
        events=frozenset(session.scalars(select(TrustEvent.id))),
        ladders=ladders,
    )


_BATCH = 5000


def _store(session: Session, doc: CheckedDocument, known: Known, progress: Progress | None,
           owner: str) -> ImportResult:
    added: dict[str, int] = {}
    present: dict[str, int] = {}
    total = doc.count()
    done = 0

    def put(section: str, table: Any, rows: list[dict[str, Any]], existing: set[str], key: str = "id") -> list:
        nonlocal done
        fresh = [r for r in rows if r[key] not in existing]
        added[section] = len(fresh)
        present[section] = len(rows) - len(fresh)
        for start in range(0, len(fresh), _BATCH):
            session.execute(insert(table), fresh[start:start + _BATCH])
            if progress:
                progress(section, done + min(start + _BATCH, len(fresh)), total)
        done += len(rows)
        return fresh

    def ids(column: Any) -> set[str]:
        return set(session.scalars(select(column)))

    # Classrooms new here belong to whoever imports them (a teacher joining the shared record brings their own).
    put("classrooms", Classroom.__table__, [{**c, "owner": owner} for c in doc.classrooms], set(known.classrooms))
    used: dict[str, int] = {}  # dimension -> the highest rank the file's records use
    for change in doc.level_changes:
        key = change["dimension_key"]
        used[key] = max(used.get(key, 0), change["from_level"], change["to_level"])
    for reflection in doc.reflections:
        for key, level in reflection["self_ratings"].items():
            used[key] = max(used.get(key, 0), level)
    for rating in doc.self_ratings:
        used[rating["dimension_key"]] = max(used.get(rating["dimension_key"], 0), rating["level"])
    new_dims, taken, kept, notes = merge_ladders(session, doc.dimensions, used)
    added["dimensions"], present["dimensions"] = new_dims, kept
    done += len(doc.dimensions)

    students = [{k: v for k, v in s.items() if k != "classrooms"} for s in doc.students]
    put("students", Student.__table__, students, set(known.students))
    enrolled = {(sid, cid) for sid, cid in session.execute(select(Enrolment.student_id, Enrolment.classroom_id))}
    links = [{"student_id": s["id"], "classroom_id": c} for s in doc.students for c in s["classrooms"]
             if (s["id"], c) not in enrolled]
    if links:
        session.execute(insert(Enrolment), links)
    put("level_changes", LevelChange.__table__, [{**c, "reflection_id": None} for c in doc.level_changes],
        ids(LevelChange.id))
    _add_missing_categories(session, doc.events)
    put("events", TrustEvent.__table__, doc.events, set(known.events))
    put("choices", DailyChoice.__table__, doc.choices, ids(DailyChoice.id))
    reflection_rows = [{k: v for k, v in r.items() if k not in ("events", "self_ratings")} for r in doc.reflections]
    fresh = {r["id"] for r in put("reflections", Reflection.__table__, reflection_rows, ids(Reflection.id))}
    answers = [{"reflection_id": r["id"], "event_id": e} for r in doc.reflections if r["id"] in fresh
               for e in r["events"]]
    if answers:
        session.execute(insert(ReflectionEvent), answers)
    ratings = [{"id": new_id(), "student_id": r["student_id"], "reflection_id": r["id"], "dimension_key": key,
                "level": level, "at": r["at"]}
               for r in doc.reflections if r["id"] in fresh for key, level in r["self_ratings"].items()]
    if ratings:
        session.execute(insert(SelfRating), ratings)
    put("self_ratings", SelfRating.__table__, [{**r, "reflection_id": None} for r in doc.self_ratings],
        ids(SelfRating.id))
    put("decisions", SuggestionDecision.__table__, doc.decisions, ids(SuggestionDecision.id))
    return ImportResult(added, present, {"dimensions": taken} if taken else {}, notes)


def _add_missing_categories(session: Session, events: list[dict[str, Any]]) -> None:
    """Format v1 names categories by key only; a key this database lacks joins its catalogue."""
    existing = {key: kind for key, kind in session.execute(select(EventCategory.key, EventCategory.kind))}
    position = (session.scalar(select(func.max(EventCategory.position))) or 0) + 1
    for event in events:
        key = event["category_key"]
        if key not in existing:
            name = key.replace("_", " ").strip().capitalize() or key
            session.execute(insert(EventCategory).values(key=key, kind=event["kind"], name=name, position=position))
            existing[key] = event["kind"]
            position += 1
        elif existing[key] != event["kind"]:
            problem = (f"event {event['id']} is {event['kind']} but its category {key!r} is a {existing[key]} "
                       "category here")
            raise RefusedFile(f"The file was not imported: {problem}.", [problem])
