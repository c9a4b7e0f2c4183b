"""The command line's parser and `main` (a contract: DESIGN.md).
Exit codes: 0 done; 1 input or data refused; 2 wrong usage.

No Qt is imported unless the command needs a window (gui, report, screenshots).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from autonomy import __version__
from autonomy.cli.errors import UsageError
from autonomy.core.errors import AutonomyError, RefusedFile

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

# Start-up is measured (tests/benchmarks): `autonomy gui` imports only what painting its window needs, and each
# command imports its own modules when it runs.

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def build_parser(only_gui: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with `only_gui`, just what starting the window parses (no other subcommand, which
    saves the window's start-up a few milliseconds)."""
    parser = argparse.ArgumentParser(
        prog="autonomy",
        description="Hand students freedom step by step, and help them earn it back after a slip.",
    )
    parser.add_argument("--version", action="version", version=f"autonomy {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="the data folder (default: your user data folder; or $AUTONOMY_DATA_DIR)")
    parser.add_argument("--database-url", metavar="URL", type=_words,
                        help="use this database instead of the data folder's file")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.add_argument("--screenshot", metavar="FILE.png", help="render the view to a PNG and exit")
    gui.add_argument("--view", default="roster", type=_words, metavar="VIEW",
                     help="roster, student:NAME, coach, checkin or checkin:NAME")
    gui.add_argument("--class", dest="classroom", type=_words, metavar="NAME", help="open this classroom")
    if only_gui:
        return parser

    checkin = sub.add_parser("checkin", help="the students' own check-in, full screen (left with the teacher's PIN)")
    checkin.add_argument("--class", dest="classroom", required=True, type=_words, metavar="NAME")
    checkin.add_argument("--windowed", action="store_true", help="in a window (1280x800), not full screen")
    checkin.add_argument("--set-pin", action="store_true",
                         help="set the teacher's PIN (read from standard input) and exit")
    checkin.add_argument("--codes", choices=("on", "off"), help="ask students for their personal code, or not")
    checkin.add_argument("--login", metavar="ROLE", type=_words,
                         help="on a shared server: the classroom computer's login that runs this check-in")
    checkin.add_argument("--code-for", metavar="STUDENT", type=_words,
                         help="set this student's personal code (read from standard input) and exit")

    demo = sub.add_parser("demo", help="fill the database with realistic generated classes")
    demo.add_argument("--classes", type=_count(1, 200), default=1, metavar="N")
    demo.add_argument("--students", type=_count(1, 200), default=26, metavar="N")
    demo.add_argument("--days", type=_count(1, 400), default=90, metavar="N")
    demo.add_argument("--seed", type=_count(0, 2**63 - 1), default=0, metavar="S")

    roster = sub.add_parser("import-roster", help="add students to a class from a CSV file, or from a school "
                            "system's export (a folder or .zip of OneRoster, SDS or Clever files)")
    roster.add_argument("file", metavar="PATH", help="a CSV file, a folder holding a roster bundle, or a .zip")
    roster.add_argument("--class", dest="classroom", type=_words, metavar="NAME",
                        help="the classroom (created if it does not exist); needed unless --list-sections")
    roster.add_argument("--section", type=_words, metavar="TITLE_OR_ID",
                        help="take this class of the bundle (by its title or id), through its enrolments")
    roster.add_argument("--list-sections", action="store_true",
                        help="list the bundle's classes (title, id, number of students) and exit")
    roster.add_argument("--dry-run", action="store_true", help="check the file and show what would happen")
    roster.add_argument("--skip-invalid", action="store_true", help="import the good rows, skip the bad ones")

    export = sub.add_parser("export", help="write the interchange file")
    export.add_argument("--out", metavar="FILE", help="file to write (JSON), or folder (CSV); default: stdout")
    export.add_argument("--class", dest="classroom", type=_words, metavar="NAME")
    export.add_argument("--anonymize", action="store_true",
                        help="codes for students, classes and your own categories; new ids; no free text")
    export.add_argument("--keep-text", action="store_true", help="with --anonymize: keep the free text")
    export.add_argument("--format", choices=("json", "csv"), default="json")

    imp = sub.add_parser("import", help="load an interchange file (all or nothing)")
    imp.add_argument("file", metavar="FILE")

    suggest = sub.add_parser("suggest", help="the next small steps the rules suggest")
    suggest.add_argument("--class", dest="classroom", type=_words, metavar="NAME")
    suggest.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD")
    suggest.add_argument("--json", action="store_true")

    report = sub.add_parser("report", help="the coach's PDF report for a class")
    report.add_argument("--class", dest="classroom", required=True, type=_words, metavar="NAME")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--from", dest="date_from", type=_date, metavar="DATE")
    report.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    report.add_argument("--anonymize", action="store_true")

    log = sub.add_parser("log", help="log a trust event for one or more students (one undoable action)")
    log.add_argument("--class", dest="classroom", required=True, type=_words, metavar="NAME")
    log.add_argument("--student", dest="students", required=True, action="append", type=_words,
                     metavar="NAME_OR_ID", help="a student of the class (again for several)")
    log.add_argument("--kind", required=True, choices=("build", "break", "observation"))
    log.add_argument("--category", required=True, type=_words, metavar="KEY_OR_NAME",
                     help="an event category of that kind, by key or name")
    log.add_argument("--dimension", type=_words, metavar="KEY", help="the freedom it is about")
    log.add_argument("--severity", choices=("minor", "moderate", "serious"), help="of a break (default minor)")
    log.add_argument("--habit", type=_words, metavar="KEY", help="one of the Habits of Mind")
    log.add_argument("--at", type=_moment, metavar="ISO", help="when it happened (default now; local time "
                     "unless it says its offset)")
    log.add_argument("--note", type=_words, default="", metavar="TEXT")

    backup = sub.add_parser("backup", help="a consistent copy of the database")
    backup.add_argument("--out", metavar="FILE")
    restore = sub.add_parser("restore", help="replace the database with a backup (the current one is kept aside)")
    restore.add_argument("file", metavar="FILE")
    sub.add_parser("check", help="check the database's integrity and schema version")
    return parser


# The bounds of every number and date on the command line are core/bounds.py's (imported here, when an option
# is read: the window's start-up parses no number).
def _count(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        from autonomy.core.bounds import shown

        digits = text.strip().lstrip("+-")
        if not digits.isascii() or not digits.isdigit() or len(digits) > 30:  # not int()'s 4,300 digits or "٣"
            raise argparse.ArgumentTypeError(f"{shown(text)} is not a whole number")
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high:,}")
        return value

    return parse


def _date(text: str) -> dt.date:
    import datetime as dt

    from autonomy.core.bounds import DATE_RANGE, FIRST_DAY, LAST_DAY, shown

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a date (YYYY-MM-DD)") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{day.isoformat()} is outside the dates Autonomy keeps ({DATE_RANGE})")
    return day


def _moment(text: str) -> dt.datetime:
    """An ISO date and time (a date alone is its midnight); without an offset, the computer's local time."""
    import datetime as dt

    from autonomy.core.bounds import DATE_RANGE, FIRST_DAY, LAST_DAY, shown

    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a date and time (YYYY-MM-DDTHH:MM)") from None
    if not FIRST_DAY <= moment.date() <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{moment.date().isoformat()} is outside the dates Autonomy keeps "
                                         f"({DATE_RANGE})")
    return moment if moment.tzinfo is not None else moment.astimezone()


def _words(text: str) -> str:
    """A name given on the command line: bytes the system could not decode arrive as unpaired surrogates, which
    no database can look up or store."""
    if any("\ud800" <= char <= "\udfff" or char == "\x00" for char in text):
        raise argparse.ArgumentTypeError("is not valid text in this system's encoding (UTF-8 expected)")
    return text


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file the app writes (exports, backups, logs) is private to the user
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(only_gui=_starts_window(words))
    args = parser.parse_args(words)
    if args.command is None:  # `autonomy` alone is `autonomy gui` (DESIGN.md), with the window's own defaults
        args = parser.parse_args([*words, "gui"])
    command = args.command
    try:
        if command == "gui":  # straight to the window: the other commands' modules are not needed for it
            from autonomy.ui.app.start import run

            return int(run(args) or EXIT_OK)
        from autonomy.cli import commands

        handler = getattr(commands, "run_" + command.replace("-", "_"))
        return int(handler(args) or EXIT_OK)
    except UsageError as exc:
        parser.error(str(exc))
        return EXIT_USAGE
    except RefusedFile as exc:
        print(exc.details(), file=sys.stderr)
        return EXIT_REFUSED
    except AutonomyError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("Stopped; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one sentence for the person, the details in the log
        from autonomy.storage.failures import explain

        explained = explain(exc)  # a damaged page or a full disk met outside the services: not a bug
        if explained:
            print(explained, file=sys.stderr)
            return EXIT_REFUSED
        from autonomy.core.redaction import safe_message

        where = _log_crash(args)
        # As redacted as the log: a database error's text may quote the values it was given (a note).
        print(f"Autonomy hit an unexpected problem ({safe_message(exc)}); nothing half-written was kept."
              + (f" Details are in {where}." if where else ""), file=sys.stderr)
        return EXIT_REFUSED


def _starts_window(argv: Sequence[str]) -> bool:
    """Whether these arguments open the window (no command, or `gui`) rather than asking for help or a version."""
    words = list(argv)
    while words and words[0] in ("--data-dir", "--database-url"):
        words = words[2:]
    words = [w for w in words if not w.startswith(("--data-dir=", "--database-url="))]
    if any(w in ("-h", "--help", "--version") for w in words):
        return False
    return not words or words[0] == "gui"


def _log_crash(args: argparse.Namespace) -> Path | None:
    import datetime as dt
    import traceback

    try:
        from autonomy.core.redaction import safe_details
        from autonomy.storage.paths import ensure_private_dir, resolve_data_dir

        folder = ensure_private_dir(resolve_data_dir(args.data_dir))
        path = folder / "autonomy.log"
        with path.open("a", encoding="utf-8") as fh:
            details = safe_details(sys.exc_info()[1] or Exception(), traceback.format_exc())  # no notes in logs
            fh.write(f"--- {dt.datetime.now().isoformat()} autonomy {__version__}\n{details}\n")
        return path
    except Exception:
        return None


def gui_main() -> int:
    """Entry point of the GUI script (no console on Windows)."""
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
