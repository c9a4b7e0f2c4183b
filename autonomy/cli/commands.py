"""What each command of the command line does; the wording of results for people lives here."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autonomy.cli.errors import UsageError
from autonomy.core import phrases
from autonomy.core.errors import NotFound, StorageError

if TYPE_CHECKING:  # `autonomy gui` paints its window before SQLAlchemy is imported (the database opens behind it)
    from sqlalchemy import Connection

    from autonomy.services import Services
from autonomy.storage.backup import unused_name


def _services(args: argparse.Namespace) -> Services:
    from autonomy.app import open_services

    return open_services(args.data_dir, args.database_url, on_wait=_say)


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def run_demo(args: argparse.Namespace) -> int:
    from autonomy.core.demo import generate_demo

    services = _services(args)
    doc = generate_demo(classes=args.classes, students=args.students, days=args.days, seed=args.seed,
                        now=dt.datetime.now(dt.UTC))
    result = services.exchange.import_document(doc)
    added = result.added
    if result.total_added == 0:
        _say("The demo data with this seed is already there; nothing was added.")
        return 0
    _say(f"Added {added.get('classrooms', 0)} classroom(s), {added.get('students', 0)} students, "
         f"{added.get('events', 0):,} trust events, {added.get('choices', 0):,} choices, "
         f"{added.get('reflections', 0):,} reflections and {added.get('level_changes', 0):,} level changes.")
    return 0


def run_import_roster(args: argparse.Namespace) -> int:
    from autonomy.cli.roster_command import run_import_roster as run

    return run(args)


def run_export(args: argparse.Namespace) -> int:
    if args.format == "csv" and not args.out:  # wrong usage: said before the database is opened (or created)
        raise UsageError("export --format csv needs --out FOLDER (one CSV file per table is written there)")
    services = _services(args)
    classroom_id = services.roster.find_classroom(args.classroom).id if args.classroom else None
    doc = services.exchange.export_document(classroom_id=classroom_id, anonymize=args.anonymize,
                                            keep_text=args.keep_text)
    if args.format == "csv":
        paths = services.exchange.write_csv(doc, Path(args.out))
        _say(f"Wrote {len(paths)} CSV files to {args.out}.")
        return 0
    if args.out:
        services.exchange.write_json(doc, Path(args.out))
        _say(f"Wrote {len(doc['students'])} students and {len(doc['events']):,} events to {args.out}.")
    else:
        sys.stdout.write(services.exchange.write_json(doc, None) or "")
        sys.stdout.write("\n")
    return 0


def run_import(args: argparse.Namespace) -> int:
    services = _services(args)
    doc = services.exchange.read_file(Path(args.file))
    _backup_before(services, "import")
    result = services.exchange.import_document(doc)
    kept = sum(result.already_present.values())
    taken = sum(result.updated.values())
    _say(f"Imported {result.total_added:,} records from {args.file}"
         + (f"; {taken:,} ladder(s) were taken from the file" if taken else "")
         + (f"; {kept:,} were already there and were left as they are." if kept else "."))
    for sentence in result.ladder_sentences():  # which ladder won, per dimension, and why
        _say(f"Ladder {sentence}")
    return 0


def run_log(args: argparse.Namespace) -> int:
    """`autonomy log`: what the log popup of the window does, with the same service and so the same checks and
    words: one action (undone with Ctrl+Z in the window), or nothing written at all."""
    from autonomy.core.errors import InvalidInput

    services = _services(args)
    classroom = services.roster.find_classroom(args.classroom)
    ids = []
    for given in args.students:
        student = services.roster.find_student(given, classroom.id)
        if classroom.id not in student.classroom_ids:
            raise NotFound(f"{student.name} is not in {classroom.name}.")
        ids.append(student.id)
    wanted = args.category.strip()
    categories = services.events.categories(include_archived=True)
    category = next((c for c in categories if c.key == wanted), None) or next(
        (c for c in categories if c.name.casefold() == wanted.casefold()), None)
    if category is not None and category.archived:
        raise InvalidInput("category", f"“{category.name}” is archived in the event catalogue")
    logged = services.events.log(ids, args.kind, category.key if category else wanted, dimension=args.dimension,
                                 severity=args.severity, habit=args.habit, at=args.at, note=args.note)
    done = services.history.can_undo()
    for event in logged:  # for scripts: the new events' ids
        print(event.id)
    _say(f"{phrases.english(done.label)}." if done is not None else f"Logged {len(logged)} event(s).")
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    import json

    services = _services(args)
    as_of = args.as_of or dt.date.today()
    if args.classroom:
        classroom = services.roster.find_classroom(args.classroom)
        found = services.suggestions.for_classroom(classroom.id, as_of)
    else:
        found = services.suggestions.for_school(as_of)
    if args.json:
        rows = [
            {"student": s.student_name, "student_id": s.student_id, "classroom": s.classroom_id,
             "dimension": s.dimension, "kind": s.kind.value, "from_level": s.from_level, "to_level": s.to_level,
             "evidence": [e.event_id for e in s.evidence],
             "evidence_dates": [e.at.isoformat() for e in s.evidence], "text": s.text}
            for s in found
        ]
        print(json.dumps({"as_of": as_of.isoformat(), "suggestions": rows}, ensure_ascii=False, indent=1))
        return 0
    if not found:
        print(f"No suggestions as of {as_of.isoformat()}: nothing calls for a step yet.")
        return 0
    names = {c.id: c.name for c in services.roster.classrooms(include_archived=True)}
    current = None
    for suggestion in found:
        if suggestion.classroom_id != current:
            current = suggestion.classroom_id
            print(f"\n{names.get(current, current)}")
        print(f"  [{suggestion.kind.value.replace('_', ' ')}] {suggestion.text}")
    print(f"\n{len(found)} suggestion(s) as of {as_of.isoformat()}.")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from autonomy.cli.report_command import run

    return run(_services(args), args)


def run_backup(args: argparse.Namespace) -> int:
    from autonomy.storage.backup import backup_file

    services = _services(args)
    path = services.db.path
    if path is None:
        raise StorageError("Backups of a server database are made with the server's own tools (pg_dump).")
    target = Path(args.out) if args.out else unused_name(_backup_dir(path) / f"autonomy-{_stamp()}.sqlite3")
    services.db.engine.dispose()  # the connections go; the share of the file stays, so no restore starts mid-copy
    backup_file(path, target)
    _say(f"Backed up to {target}.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from autonomy.storage.backup import restore_database
    from autonomy.storage.paths import resolve_data_dir

    if args.database_url:
        raise StorageError("Restoring into a server database is done with the server's own tools (pg_restore).")
    from autonomy.storage.lock import AlreadyRunning, InstanceLock
    from autonomy.storage.paths import ensure_private_dir

    source = Path(args.file)
    folder = ensure_private_dir(resolve_data_dir(args.data_dir))
    # Not under an open window: replacing the file it is using would lose what it writes next. Other commands
    # using the database are waited for (restore_database has it to itself).
    try:
        instance = InstanceLock(folder, restoring=True).acquire()
    except AlreadyRunning as exc:
        if exc.restoring:
            raise
        raise AlreadyRunning(f"The Autonomy app is open on this data folder ({exc.holder}); {source} was not "
                             "restored. Restore it from the app (File, Restore from backup…), or close the app "
                             "first.", exc.holder) from None
    try:
        kept = restore_database(source, folder, on_wait=_say)
    finally:
        instance.release()
    _say(f"Restored {source}." + (f" The database as it was is kept in {kept}." if kept else ""))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from autonomy.storage.database import current_revision

    services = _services(args)
    db = services.db
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            status = conn.execute(text("PRAGMA integrity_check")).scalar()
            if status != "ok":
                problems.append(f"integrity check: {status}")
            else:  # the same rule a restore holds a backup to: exactly the app's schema, every reference sound
                problems += _file_problems(conn)
        counts = {name: conn.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar()  # fixed names
                  for name in ("classrooms", "students", "trust_events", "level_changes", "daily_choices",
                               "reflections", "suggestion_decisions")}
        outside = _dated_outside_bounds(conn)
    revision = current_revision(db.engine)
    where = db.path or "the database server"
    print(f"Database: {where}")
    print(f"Schema version: {revision}")
    print("Contents: " + ", ".join(f"{n:,} {name.replace('_', ' ')}" for name, n in counts.items()))
    if outside:
        from autonomy.core.bounds import DATE_RANGE

        # Not damage: an older version took such dates from a file. Said, so the teacher can correct them.
        print(f"Note: {outside:,} record(s) are dated outside {DATE_RANGE} (from before Autonomy checked dates); "
              "suggestions and reports read them as the first or last day kept.")
    if problems:
        for problem in problems:
            print(f"Problem: {problem}")
        raise StorageError(f"The database has {len(problems)} problem(s); restore a backup (autonomy restore FILE).")
    print("Integrity: ok")
    if not db.is_sqlite:
        from autonomy.storage.roles import row_security_problems

        with db.engine.connect() as conn:
            unsecured = row_security_problems(conn)
        if unsecured:
            raise StorageError(f"On this shared server {unsecured[0]}, so teachers could reach each other's "
                               "classrooms; an administrator runs `python -m autonomy.storage.roles DATABASE | "
                               "psql -d DATABASE` (README, \"A shared server\").")
        print("Row security: ok")
    return 0


def _file_problems(conn: Connection) -> list[str]:
    import sqlite3

    from autonomy.storage.schema import SCHEMA_HEAD
    from autonomy.storage.shape import problems

    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return problems(raw, SCHEMA_HEAD)  # open_database brought it to head


def _dated_outside_bounds(conn: Any) -> int:
    """How many records hold a date or moment outside the dates kept (core/bounds.py)."""
    from sqlalchemy import func, or_, select

    from autonomy.core.bounds import FIRST_DAY, FIRST_MOMENT, LAST_DAY, LAST_MOMENT
    from autonomy.storage import models as m

    low, high = FIRST_MOMENT.replace(tzinfo=None), LAST_MOMENT.replace(tzinfo=None)
    columns = [(m.TrustEvent.at, low, high), (m.LevelChange.at, low, high), (m.Reflection.at, low, high),
               (m.SuggestionDecision.at, low, high), (m.SelfRating.at, low, high),
               (m.DailyChoice.day, FIRST_DAY, LAST_DAY), (m.Reflection.follow_up, FIRST_DAY, LAST_DAY),
               (m.SuggestionDecision.until, FIRST_DAY, LAST_DAY)]
    total = 0
    for column, first, last in columns:
        plain = _as_stored(column, first)  # compared as stored (naive UTC), not through UTCDateTime
        total += conn.execute(select(func.count()).where(or_(plain < first, plain > last))).scalar() or 0
    return total


def _as_stored(column: Any, sample: object) -> Any:
    from sqlalchemy import Date, DateTime, type_coerce

    return type_coerce(column, DateTime() if isinstance(sample, dt.datetime) else Date())


def _backup_dir(database: Path) -> Path:
    from autonomy.storage.paths import ensure_private_dir

    return ensure_private_dir(database.parent / "backups")


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _backup_before(services: Services, what: str) -> None:
    """A copy of the database before a big change that undo does not cover (an import)."""
    from autonomy.storage.backup import backup_file

    path = services.db.path
    if path is not None and path.stat().st_size > 0:
        backup_file(path, unused_name(_backup_dir(path) / f"before-{what}-{_stamp()}.sqlite3"))


def run_checkin(args: argparse.Namespace) -> int:
    """`autonomy checkin --class NAME`: the students' own full-screen check-in; with --set-pin, --codes or
    --code-for, the teacher sets it up (the PIN and a code are read from standard input, never an argument, so
    they stay out of the shell's history) and nothing opens."""
    if args.set_pin or args.codes or args.code_for or args.login is not None:
        services = _services(args)
        room = services.checkin.classroom_by_name(args.classroom)
        if args.code_for:
            student = services.roster.find_student(args.code_for, room.classroom_id)
            services.checkin.set_code(student.id, _secret("Personal code for " + student.name))
            print(f"Set {student.name}'s personal code.", file=sys.stderr)
        if args.set_pin:
            services.checkin.set_up(room.classroom_id, pin=_secret("The teacher's PIN"))
            print(f"Set the check-in PIN of “{room.name}”.", file=sys.stderr)
        if args.codes:
            services.checkin.set_up(room.classroom_id, codes_on=args.codes == "on")
            print(f"Personal codes are {args.codes} for “{room.name}”.", file=sys.stderr)
        if args.login is not None:
            services.checkin.set_up(room.classroom_id, login=args.login)
            print(f"The check-in of “{room.name}” runs as {args.login or 'no login'}.", file=sys.stderr)
        return 0
    from autonomy.ui.checkin.window import run

    return run(args.classroom, args.data_dir, args.database_url, windowed=args.windowed)


def _secret(prompt: str) -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt + ": ")
    return sys.stdin.readline().strip()
