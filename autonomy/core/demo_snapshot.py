"""An interchange document's records as the suggestion engine's facts (core/suggestion_facts.py): what the demo's
simulated teacher reads the engine's suggestions from (core/demo_teacher.py), and what a test asks the engine
about a generated demo without a database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.core.suggestion_facts import (
    ChoiceFact,
    DecisionFact,
    DimensionFact,
    EventFact,
    LevelChangeFact,
    ReflectionFact,
    Snapshot,
    StudentFact,
)
from autonomy.core.types import Decision, EventKind, Severity, SuggestionKind

DIMENSIONS = tuple(DimensionFact(ladder.key, ladder.name, ladder.top, tuple(lv.name for lv in ladder.levels))
                   for ladder in DEFAULT_LADDERS)


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def facts(students: Iterable[Mapping], records: Mapping[str, Sequence[Mapping]],
          classrooms: Mapping[str, str]) -> Snapshot:
    """The facts of these students (interchange "students" entries) from `records`, the document's sections
    (level_changes, events, reflections, decisions, choices) or any part of them."""
    return Snapshot(
        students=tuple(StudentFact(s["id"], s["name"], c, s["active"]) for s in students for c in s["classrooms"]),
        dimensions=DIMENSIONS,
        level_changes=tuple(LevelChangeFact(c["student"], c["dimension"], c["from_level"], c["to_level"], _at(c["at"]))
                            for c in records.get("level_changes", ())),
        events=tuple(EventFact(e["id"], e["student"], EventKind(e["kind"]), e["dimension"],
                               Severity(e["severity"]) if e["severity"] else None, _at(e["at"]),
                               category_key=e["category"]) for e in records.get("events", ())),
        reflections=tuple(ReflectionFact(r["id"], r["student"], _at(r["at"]), tuple(r["events"]),
                                         _day(r["follow_up"]), r["outcome"]) for r in records.get("reflections", ())),
        decisions=tuple(DecisionFact(d["student"], d["dimension"], SuggestionKind(d["kind"]), Decision(d["decision"]),
                                     _at(d["at"]), _day(d["until"])) for d in records.get("decisions", ())),
        classrooms=dict(classrooms),
        choices=tuple(ChoiceFact(c["id"], c["student"], dt.date.fromisoformat(c["date"]), c["dimension"],
                                 c["within_level"]) for c in records.get("choices", ())),
    )


def snapshot_of(doc: Mapping) -> Snapshot:
    """A whole interchange document's facts."""
    return facts(doc["students"], doc, {c["id"]: c["name"] for c in doc["classrooms"]})
