"""Typed errors. The core and services raise them; the command line and the UI word them for people.

Every message is one plain sentence a teacher can act on: it names the thing and what is wrong with it.

The message (`str(error)`) is the command line's English. An error the app words for a teacher also carries
`code` (what is wrong, e.g. "empty") and `values` (the field, the name, the day ...): the app says it in the
teacher's language from those (autonomy/ui/app/refusals.py), and shows the message only for an error without one.
"""

from __future__ import annotations

from collections.abc import Mapping


class AutonomyError(Exception):
    """Base of every error that means "your input or data was refused" (exit code 1 on the command line)."""

    def __init__(self, *args: object, code: str = "", values: Mapping[str, object] | None = None) -> None:
        super().__init__(*args)
        self.code = code
        self.values = dict(values or {})


class InvalidInput(AutonomyError):
    """A value the teacher typed or a file contained does not fit the rules."""

    def __init__(self, field: str, problem: str, *, code: str = "", values: Mapping[str, object] | None = None) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}", code=code, values={"field": field, **(values or {})})


class NotFound(AutonomyError):
    """A classroom, student, dimension or record that does not exist (or no longer does)."""


class Conflict(AutonomyError):
    """The request clashes with what is already stored (a duplicate name, a stale undo)."""


class ChangedSince(Conflict):
    """An undo or redo refused because what the step changed was changed again since; `label` is the step's stored
    label (a phrase, autonomy/core/phrases.py), so the app can name it in the teacher's language."""

    def __init__(self, label: str, undo: bool) -> None:
        from autonomy.core.phrases import english

        verb = "undone" if undo else "redone"
        super().__init__(f"“{english(label)}” cannot be {verb}: what it changed was changed again since. "
                         "Nothing was changed, and it was taken off the undo list.", code="changed_since")
        self.label, self.undo = label, undo


class NotAllowed(AutonomyError):
    """The request is outside what this user may do: another teacher's classroom, or any change by a coach."""


class NothingToUndo(AutonomyError):
    """Undo or redo was asked for with nothing left on that side."""


class RefusedFile(AutonomyError):
    """A file (roster, interchange, backup) was refused as a whole; `problems` lists each reason."""

    def __init__(self, summary: str, problems: list[str] | None = None) -> None:
        super().__init__(summary)
        self.summary = summary
        self.problems = list(problems or [])

    def details(self, limit: int = 20) -> str:
        lines = [self.summary]
        lines += [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  … and {len(self.problems) - limit} more")
        return "\n".join(lines)


class StorageError(AutonomyError):
    """The data folder or database cannot be used (read-only, full, corrupt, newer than this app)."""


class SchemaTooNew(StorageError):
    """The database was written by a newer version of Autonomy; opening it could lose data."""


class ConnectionLost(StorageError):
    """The connection to a school's server was lost in the middle of a change (issue 20).

    `saved` says what became of the change, as far as anyone can know: False when the COMMIT never reached the
    server (it rolls back what a lost connection left open), True when the server says it committed after all, None
    when the COMMIT went out and neither its answer nor the server could tell (the teacher checks before repeating
    it). The app reconnects by itself; the next action uses a new connection."""

    def __init__(self, message: str, saved: bool | None = False) -> None:
        self.saved = saved
        super().__init__(message)
