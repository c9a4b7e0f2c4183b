"""What a write touched: the students, the classrooms and the kinds of data (`Changes`), for the views to refresh
only what they show (the idea of Anki's OpChanges, handed to every view with who started the change).

Nothing here is declared by a service: the write unit (services/unit.py) notes every row a write changes, as it
records the row for undo, and the lane (ui/app/lane.py) runs each write inside `capture()` to collect them. An
undo or redo reports the rows its step rewrote (services/history.py). So no service can forget to say what it did.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

# The kinds of data a view may show, named for what the teacher sees. A table maps to one area.
EVENTS, LEVELS, CHOICES, REFLECTIONS, DECISIONS = "events", "levels", "choices", "reflections", "decisions"
ROSTER, CATALOGUE, LADDERS, SETTINGS, HISTORY = "roster", "catalogue", "ladders", "settings", "history"
CHECKIN = "checkin"  # the students' check-in: its PIN, personal codes and self-rating requests
AREA_OF_TABLE: Mapping[str, str] = {
    "trust_events": EVENTS,
    "level_changes": LEVELS,
    "daily_choices": CHOICES,
    "reflections": REFLECTIONS, "reflection_events": REFLECTIONS, "self_ratings": REFLECTIONS,
    "suggestion_decisions": DECISIONS,
    "students": ROSTER, "classrooms": ROSTER, "enrolments": ROSTER,
    "event_categories": CATALOGUE,
    "dimensions": LADDERS, "levels": LADDERS,
    "settings": SETTINGS,
    "actions": HISTORY, "row_changes": HISTORY,
    "checkin_setups": CHECKIN, "checkin_students": CHECKIN,
}

WRITE, UNDO, REDO, RESTORE = "write", "undo", "redo", "restore"  # how the change came about
REFUSED = "refused"  # a write that failed after part of it was committed (a stale undo step taken off the list)


@dataclass(frozen=True)
class Changes:
    """What one write changed. `everything` (a restore, a file import) means: assume anything may have changed.

    `initiator` is whatever the UI passed when it started the write (the view, a dialog), so a view can tell its
    own change from another's; it takes no part in comparisons."""

    students: frozenset[str] = frozenset()
    classrooms: frozenset[str] = frozenset()
    areas: frozenset[str] = frozenset()
    everything: bool = False
    kind: str = WRITE
    initiator: Any = field(default=None, compare=False)

    def __bool__(self) -> bool:
        return self.everything or bool(self.areas)

    def touches(self, *areas: str) -> bool:
        """Whether any of these kinds of data changed (always, after `everything`)."""
        return self.everything or not self.areas.isdisjoint(areas)

    def touches_student(self, student_id: str) -> bool:
        return self.everything or student_id in self.students

    def touches_classroom(self, classroom_id: str) -> bool:
        return self.everything or classroom_id in self.classrooms

    @property
    def history(self) -> bool:
        """The undo list changed (every undoable write, every undo and redo)."""
        return self.touches(HISTORY)

    def only(self, *areas: str) -> bool:
        """Nothing changed but these kinds of data (and the undo list, which every write changes)."""
        return not self.everything and self.areas <= {*areas, HISTORY}

    def as_(self, kind: str, initiator: Any = None) -> Changes:
        return replace(self, kind=kind, initiator=initiator)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.students | other.students, self.classrooms | other.classrooms,
                       self.areas | other.areas, self.everything or other.everything, self.kind, self.initiator)


EVERYTHING = Changes(everything=True)


class Collector:
    """The rows written while `capture()` is open (one lane job: one write, or an undo and what it rewrote)."""

    def __init__(self) -> None:
        self.students: set[str] = set()
        self.classrooms: set[str] = set()
        self.areas: set[str] = set()
        self.everything = False

    def table(self, name: str) -> None:
        self.areas.add(AREA_OF_TABLE.get(name, name))

    def row(self, table: str, key: Mapping[str, Any], *values: Mapping[str, Any] | None) -> None:
        """A row of `table` (its key, and its values before and/or after) was inserted, changed or deleted."""
        self.table(table)
        if table == "students":
            self.students.add(str(key["id"]))
        elif table == "classrooms":
            self.classrooms.add(str(key["id"]))
        for row in (key, *values):
            if not row:
                continue
            if row.get("student_id"):
                self.students.add(str(row["student_id"]))
            if row.get("classroom_id"):
                self.classrooms.add(str(row["classroom_id"]))

    def rows(self, records: Iterable[Mapping[str, Any]]) -> None:
        """Undo records (table_name, row_key, before, after), as services/unit.py writes them."""
        for record in records:
            self.row(record["table_name"], record["row_key"], record.get("before"), record.get("after"))

    def changes(self) -> Changes:
        return Changes(frozenset(self.students), frozenset(self.classrooms), frozenset(self.areas), self.everything)


_open: ContextVar[Collector | None] = ContextVar("autonomy_changes", default=None)


@contextmanager
def capture() -> Iterator[Collector]:
    """Collect what the writes inside the body change (on this thread); `.changes()` once it ends. A capture
    inside another hands its rows to the outer one only if its body succeeded: the write unit opens one around
    each transaction, so what was rolled back is never reported."""
    collector = Collector()
    outer = _open.get()
    token = _open.set(collector)
    try:
        yield collector
    finally:
        _open.reset(token)
    if outer is not None:
        outer.students |= collector.students
        outer.classrooms |= collector.classrooms
        outer.areas |= collector.areas
        outer.everything |= collector.everything


def collecting() -> Collector | None:
    """The open capture on this thread, if any (the write unit notes its rows there)."""
    return _open.get()


def note_everything() -> None:
    """This write may have changed anything (a file import writing whole tables with bulk statements)."""
    collector = _open.get()
    if collector is not None:
        collector.everything = True
