"""`autonomy import-roster`: a CSV file, a folder holding a school system's bundle, or a .zip of one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from autonomy.cli.errors import UsageError
from autonomy.core.errors import NotFound, RefusedFile

if TYPE_CHECKING:
    from autonomy.core.roster_bundle import RosterRead

REASON_WORDS = {
    "staff": "staff",
    "guardian": "guardian(s)",
    "deleted": "deleted",
    "inactive": "inactive",
    "disabled": "disabled",
    "not a student": "without a student role in roles.csv",
}


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def left_out_words(counts: list[tuple[str, int]]) -> str:
    """"7 staff, 5 deleted" (the reasons as roster_formats gives them, most first)."""
    return ", ".join(f"{n} {REASON_WORDS.get(reason, reason)}" for reason, n in counts)


def run_import_roster(args: argparse.Namespace) -> int:
    from autonomy.app import open_services
    from autonomy.core.roster_bundle import list_sections, read_roster
    from autonomy.core.validation import clean_name

    if args.classroom is None and not args.list_sections:  # --class "" is refused as a name, as it always was
        raise UsageError("import-roster needs --class NAME (or --list-sections to see the bundle's classes)")
    path = Path(args.file)
    try:
        path.stat()
    except OSError as exc:
        raise RefusedFile(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if args.list_sections:
        try:
            sections = list_sections(path)
        except RefusedFile as exc:
            raise RefusedFile(f"{path}: {exc.summary}.", exc.problems) from None
        width = max(len(s.title) for s in sections)
        id_width = max(len(s.id) for s in sections)
        print(f"{'Class':<{width}}  {'Id':<{id_width}}  Students")
        for section in sections:
            print(f"{section.title:<{width}}  {section.id:<{id_width}}  {section.students:>8}")
        return 0
    try:
        read = read_roster(path, args.section)
    except RefusedFile as exc:
        raise RefusedFile(f"{path} was not imported: {exc.summary}.", exc.problems) from None
    parsed = read.parse
    if args.dry_run:
        _describe(read)
    if parsed.left_out:
        _say(f"Left out {len(parsed.left_out)} row(s) that are not current students: "
             f"{left_out_words(parsed.left_out_counts())}.")
    services = open_services(args.data_dir, args.database_url, on_wait=_say)
    try:
        classroom = services.roster.find_classroom(args.classroom)
    except NotFound:
        if args.dry_run:
            clean_name(args.classroom, "classroom name")  # refused now, as the real import would refuse it
            _say(f"There is no classroom called “{args.classroom}” yet; it would be created.")
            _say(f"{len(parsed.rows)} student(s) would be added; {len(parsed.problems)} row(s) have problems.")
            for problem in parsed.problems:
                _say(f"  {problem.message}")
            return 1 if parsed.problems else 0
        result = services.roster.import_roster_new_class(args.classroom, parsed, skip_invalid=args.skip_invalid)
        classroom = result.classroom
        _say(f"Created the classroom “{classroom.name}”.")
    else:
        result = services.roster.import_roster(classroom.id, parsed, skip_invalid=args.skip_invalid,
                                               dry_run=args.dry_run)
    verb = "would be added" if result.dry_run else "added"
    _say(f"{len(result.added)} student(s) {verb} to {classroom.name}.")
    if result.already_there:
        _say(f"{len(result.already_there)} student(s) already there (same school id): "
             + ", ".join(f"{s.name} ({s.external_id})" for s in result.already_there) + ".")
    if result.no_longer_listed:
        _say(f"{len(result.no_longer_listed)} student(s) of {classroom.name} are no longer in the file (they were "
             "kept; archive them yourself if they have left): "
             + ", ".join(f"{s.name} ({s.external_id})" for s in result.no_longer_listed) + ".")
    if result.problems:
        _say(f"{len(result.problems)} row(s) " + ("have problems:" if result.dry_run else "were skipped:"))
        for problem in result.problems:
            _say(f"  {problem.message}")
    return 1 if (result.dry_run and result.problems) else 0


def _describe(read: RosterRead) -> None:
    parsed = read.parse
    where = {"file": "", "folder": " (a folder)", "zip": " (a .zip)"}[read.kind]
    bundle = f", in a {read.bundle} bundle{where}" if read.bundle else ""
    _say(f"Format: {parsed.format}{bundle}; read {', '.join(read.files)}.")
    if read.section is not None:
        _say(f"Class: {read.section.title} (id {read.section.id}).")

    def cols(what: str) -> str:
        return " + ".join(parsed.columns_for(what)) or "none"

    _say(f"Columns: name from {cols('name')}; preferred name from {cols('preferred')}; id from {cols('id')}"
         + (f"; legal name from {cols('legal')}" if parsed.columns_for("legal") else "")
         + (f"; left out by {cols('filters')}" if parsed.columns_for("filters") else "")
         + ("; roles from roles.csv" if "roles.csv" in read.files else "") + ".")
    if not parsed.left_out:
        _say("No rows left out.")
