"""Export and import (interchange format v1): complete, faithful round trips, all-or-nothing refusals naming the
record, anonymised and per-class exports, and CSV files a spreadsheet cannot run."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import json
import stat
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from autonomy.core.demo import generate_demo
from autonomy.core.errors import RefusedFile
from autonomy.services import Services
from tests.services.helpers import DEMO_TODAY, exported, stored_rows, unchanged

# The fields DESIGN.md's format v1 gives each record (an export may add fields, never drop or rename these).
DESIGN_FIELDS = {
    "classrooms": {"id", "name", "subject", "school_year", "archived"},
    "dimensions": {"key", "name", "levels"},
    "students": {"id", "name", "external_id", "classrooms", "active"},
    "level_changes": {"id", "student", "dimension", "from_level", "to_level", "at", "reason", "source"},
    "events": {"id", "student", "kind", "category", "dimension", "severity", "habit", "at", "note"},
    "choices": {"id", "student", "date", "dimension", "choice", "within_level", "by"},
    "reflections": {"id", "student", "at", "events", "prompts", "student_words", "agreement", "follow_up",
                    "outcome"},
    "self_ratings": {"id", "student", "dimension", "date", "rating", "words", "by"},
    "decisions": {"id", "student", "dimension", "kind", "decision", "at", "until", "reason"},
}
INJECTION = "Robert'); DROP TABLE students;--"


def by_id(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in records}


def aware(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    assert moment.utcoffset() is not None, text
    return moment


# --- what an export holds -------------------------------------------------------------------------------------


def test_demo_export_fills_every_section_of_the_format(demo: Services, demo_doc: dict) -> None:
    doc = demo.exchange.export_document()
    assert (doc["format"], doc["version"]) == ("autonomy-export", 1)
    assert aware(doc["exported_at"]) <= dt.datetime.now(dt.UTC)
    for section, fields in DESIGN_FIELDS.items():
        assert doc[section], f"{section} is empty"
        for record in doc[section]:
            assert fields <= set(record), (section, fields - set(record))
    for level in (lv for d in doc["dimensions"] for lv in d["levels"]):
        assert set(level) >= {"rank", "name", "description"}
    for section in ("level_changes", "events", "reflections", "decisions"):
        for record in doc[section]:
            aware(record["at"])
            uuid.UUID(record["id"])
    # The export says what the demo said, record for record, field for field.
    for section, fields in DESIGN_FIELDS.items():
        if section == "dimensions":
            continue
        ours, theirs = by_id(doc[section]), by_id(demo_doc[section])
        assert ours.keys() == theirs.keys(), section
        for ident, record in theirs.items():
            assert {f: ours[ident][f] for f in fields} == {f: record[f] for f in fields}, (section, ident)
    assert [(d["key"], d["levels"]) for d in doc["dimensions"]] == [
        (d["key"], d["levels"]) for d in demo_doc["dimensions"]]


def test_the_demo_fills_the_optional_fields_too(demo: Services) -> None:
    doc = demo.exchange.export_document()
    events = doc["events"]
    assert {e["kind"] for e in events} == {"build", "break", "observation"}
    assert {e["severity"] for e in events if e["kind"] == "break"} == {"minor", "moderate", "serious"}
    assert all(e["severity"] is None for e in events if e["kind"] != "break")
    assert any(e["habit"] for e in events) and any(e["note"] for e in events)
    assert None in {e["dimension"] for e in events} and len({e["dimension"] for e in events}) == 5
    assert any(s["external_id"] for s in doc["students"]) and not all(s["active"] for s in doc["students"])
    reflections = doc["reflections"]
    assert all(r["events"] and r["prompts"] and r["student_words"] for r in reflections)
    assert any(r["follow_up"] for r in reflections) and any(r["outcome"] for r in reflections)
    assert {c["source"] for c in doc["level_changes"]} >= {"manual", "suggestion"}


def test_export_to_a_fresh_database_and_back_is_identical(demo: Services, other: Services) -> None:
    first = exported(demo)
    result = other.exchange.import_document(demo.exchange.export_document())
    assert result.added == {section: len(first[section]) for section in DESIGN_FIELDS} | {"dimensions": 0}
    assert exported(other) == first


# Evidence names events by id (UUIDs, as every id in the interchange format), here of events long gone.
EVIDENCE = tuple(f"e0000000-0000-4000-8000-00000000000{n}" for n in range(3))


@pytest.fixture
def varied(services: Services, classroom, students) -> Services:
    """Things the demo does not make: custom ladders, self-ratings, deleted events, odd names, several classes."""
    s = services
    amira, ben, chloe = (x.id for x in students)
    history = s.roster.create_classroom("8A History", "History", "2026-27")
    s.roster.enrol(amira, history.id)
    old = s.roster.create_classroom("6C Art")
    s.roster.set_classroom_archived(old.id, True)
    bobby = s.roster.add_student(history.id, INJECTION, "'; --", notes='He said "hi" \\ and left.\nTwo lines.')
    s.roster.set_student_active(chloe, False)
    who = s.levels.add_dimension("Who with", [("Alone", "On their own."), ("Pairs", ""), ("Groups", "")],
                                 question="Who does the student work with?")
    at = dt.datetime(2026, 10, 5, 9, 15, 30, 123456, tzinfo=dt.UTC)
    s.levels.change_level(amira, who.key, 2, at=at, reason="Works well with Ben", evidence=(EVIDENCE[0], EVIDENCE[1]))
    s.levels.change_level(bobby.id, "workspace", 1, at=at, source="suggestion")
    category = s.events.add_category("build", "Tidied up")
    kept = s.events.log([amira, ben], "break", "left_area", dimension="workspace", severity="serious",
                        habit="managing_impulsivity", at=at, note="Both at the lockers")
    gone = s.events.log([amira], "build", category.key, at=at + dt.timedelta(hours=1), note="Deleted later")
    s.events.delete([gone[0].id])
    s.reflections.record(amira, event_ids=[kept[0].id, gone[0].id], prompts=["What happened?", "What next?"],
                         student_words="Sorry — “really”.", agreement="Ask first.", follow_up=dt.date(2026, 10, 12),
                         self_ratings={"workspace": 1, who.key: 2}, at=at + dt.timedelta(hours=2))
    s.choices.record(ben, who.key, "With Amira", day=dt.date(2026, 10, 6), choice_level=2)
    s.decisions.record(kind="class_step", decision="snoozed", classroom_id=history.id, dimension="workspace",
                       until=dt.date(2026, 10, 20), at=at)
    s.decisions.record(kind="step_up", decision="dismissed", student_id=ben, reason="Not yet", evidence=[EVIDENCE[2]],
                       at=at)
    return s


def test_round_trip_keeps_everything_the_demo_does_not_make(varied: Services, other: Services) -> None:
    first = exported(varied)
    assert other.exchange.import_document(varied.exchange.export_document()).total_added > 0
    assert exported(other) == first
    moved = other.roster.find_student(INJECTION)
    assert (moved.name, moved.external_id) == (INJECTION, "'; --")
    assert moved.notes == 'He said "hi" \\ and left.\nTwo lines.'
    assert len(other.roster.classrooms(include_archived=True)) == 3
    assert [d.key for d in other.levels.dimensions()][-1] == "who_with"
    reflection = next(r for r in first["reflections"])
    assert reflection["self_ratings"] == {"workspace": 1, "who_with": 2}
    assert len(reflection["events"]) == 1  # the deleted event is neither exported nor linked


def test_reimport_changes_nothing(demo: Services) -> None:
    doc = demo.exchange.export_document()
    with unchanged(demo):
        result = demo.exchange.import_document(doc)
    assert result.total_added == 0
    assert result.already_present == {section: len(doc[section]) for section in DESIGN_FIELDS}


def test_an_import_is_not_an_undo_step(services: Services, demo_doc: dict) -> None:
    services.exchange.import_document(demo_doc)
    assert services.history.can_undo() is None


def test_import_reports_progress(services: Services, demo_doc: dict) -> None:
    seen: list[tuple[str, int, int]] = []
    services.exchange.import_document(demo_doc, progress=lambda *step: seen.append(step))
    total = sum(len(demo_doc[s]) for s in DESIGN_FIELDS)
    assert {stage for stage, _, _ in seen} >= {"students", "events"}
    assert all(done <= whole == total for _, done, whole in seen)


# --- refused imports ------------------------------------------------------------------------------------------


def _set(section: str, index: int, **values: Any) -> Callable[[dict], str]:
    def mutate(doc: dict) -> str:
        doc[section][index].update(values)
        return f"{section}[{index}] ({doc[section][index]['id']})"
    return mutate


def _drop_id(doc: dict) -> str:
    del doc["events"][3]["id"]
    return "events[3]: the id is missing"


def _duplicate_id(doc: dict) -> str:
    doc["choices"][2]["id"] = doc["choices"][1]["id"]
    return f"choices[2] ({doc['choices'][1]['id']}): the id appears twice"


def _category_of_another_kind(doc: dict) -> str:
    # Found only while storing, after classrooms, students and level changes went in: all must be undone.
    event = next(e for e in doc["events"] if e["kind"] == "break")
    event["category"] = "helped_peer"
    return f"event {event['id']} is break but its category 'helped_peer' is a build category"


NOWHERE = "00000000-0000-4000-8000-00000000dead"  # an id no record has


FUTURE = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).isoformat()
REFUSALS = {
    "wrong version": (lambda doc: doc.update(version=2) or "format version 2"),
    "wrong format": (lambda doc: doc.update(format="something-else") or "not an Autonomy export"),
    "missing id": _drop_id,
    "duplicate id": _duplicate_id,
    "unknown student": (lambda doc: _set("events", 5, student="no-such-student")(doc) + ": refers to student"),
    "unknown classroom": (lambda doc: _set("students", 0, classrooms=[NOWHERE])(doc) + ": refers to classroom"),
    "unknown event": (lambda doc: _set("reflections", 0, events=[NOWHERE])(doc) + ": refers to event"),
    "unknown dimension": (lambda doc: _set("choices", 4, dimension="singing")(doc) + ": refers to dimension"),
    "event in the future": (lambda doc: _set("events", 7, at=FUTURE)(doc) + ": at: "),
    "choice in the future": (lambda doc: _set("choices", 1, date=(DEMO_TODAY.replace(year=2199)).isoformat())(doc)
                             + ": date: 2199-11-20 is in the future"),
    "decision in the future": (lambda doc: _set("decisions", 2, at=FUTURE)(doc) + ": at: "),
    "malformed time": (lambda doc: _set("level_changes", 0, at="yesterday")(doc) + ": at: 'yesterday'"),
    "time not text": (lambda doc: _set("events", 0, at=20261120)(doc) + ": at: must be"),
    "malformed date": (lambda doc: _set("choices", 0, date="2026-13-40")(doc) + ": date: '2026-13-40'"),
    "malformed follow-up": (lambda doc: _set("reflections", 1, follow_up="next week")(doc) + ": follow_up"),
    "note of 20001 characters": (lambda doc: _set("events", 2, note="n" * 20_001)(doc)
                                 + ": note: is 20,001 characters long"),
    "level above the ladder": (lambda doc: _set("level_changes", 1, to_level=5)(doc) + ": to_level: 5"),
    "severity on a build": (lambda doc: _set("events", next(i for i, e in enumerate(doc["events"])
                                                            if e["kind"] == "build"), severity="minor")(doc)
                            + ": only a trust-breaking event has a severity"),
    "empty student name": (lambda doc: _set("students", 3, name="   ")(doc) + ": name: is empty"),
    "unknown decision": (lambda doc: _set("decisions", 0, decision="ignored")(doc) + ": decision:"),
    "category of another kind": _category_of_another_kind,
    # Bounds (core/bounds.py): each of these once reached the "unexpected problem" handler or the database.
    "id not a UUID": (lambda doc: _set("events", 3, id="e" * 50)(doc) and "events[3]: id: 'eeeeeeeeee"),
    "id in braces": (lambda doc: _set("choices", 2, id="{" + doc["choices"][2]["id"] + "}")(doc)
                     and "choices[2]: id: '{"),
    "choice in year 1": (lambda doc: _set("choices", 3, date="0001-01-01")(doc)
                         + ": date: 0001-01-01 is outside the dates Autonomy keeps (1900-01-01 to 2200-12-31)"),
    "offset before year 1": (lambda doc: _set("events", 4, at="0001-01-01T00:00:00+14:00")(doc) + ": at: 0001-01-01"),
    "follow-up in 9999": (lambda doc: _set("reflections", 0, follow_up="9999-12-31")(doc) + ": follow_up: 9999"),
    "unpaired surrogate": (lambda doc: _set("events", 1, note="\ud800")(doc) + ": note: contains an unpaired"),
    "surrogate in a name": (lambda doc: _set("students", 1, name="Ann \udcff")(doc) + ": name: contains an unpaired"),
    "huge level": (lambda doc: _set("level_changes", 0, to_level=10**5000)(doc) + ": to_level: a very large number"),
    "ladder of 21 levels": (lambda doc: doc["dimensions"][0].update(levels=[{"rank": n, "name": f"L{n}"}
                                                                            for n in range(21)])
                            or f"dimensions[0] ({doc['dimensions'][0]['key']}): levels: has 21 levels; the limit"),
    "evidence not ids": (lambda doc: _set("decisions", 0, evidence=[1, 2])(doc) + ": evidence: must be"),
    "group not an id": (lambda doc: _set("events", 6, group="g" * 37)(doc) + ": group: "),
    "category with a NUL": (lambda doc: _set("events", 8, category="left\x00area")(doc) + ": category: contains"),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_refused_import_names_the_record_and_changes_nothing(services: Services, students, demo_doc: dict,
                                                               name: str) -> None:
    doc = copy.deepcopy(demo_doc)
    expected = REFUSALS[name](doc)
    with unchanged(services), pytest.raises(RefusedFile) as caught:
        services.exchange.import_document(doc)
    assert caught.value.problems, caught.value.summary
    assert any(expected in problem for problem in caught.value.problems), caught.value.problems
    assert caught.value.summary.startswith("The file was not imported")


def test_every_problem_is_listed(services: Services, demo_doc: dict) -> None:
    doc = copy.deepcopy(demo_doc)
    for index in (1, 4, 9):
        doc["events"][index]["at"] = "soon"
    doc["choices"][0]["within_level"] = "yes"
    with unchanged(services), pytest.raises(RefusedFile) as caught:
        services.exchange.import_document(doc)
    assert [p.split(" ")[0] for p in caught.value.problems] == ["events[1]", "events[4]", "events[9]", "choices[0]"]


@pytest.mark.parametrize("body", [[], "text", None, 5], ids=["list", "string", "null", "number"])
def test_a_document_that_is_not_an_object_is_refused(services: Services, body: Any) -> None:
    with unchanged(services), pytest.raises(RefusedFile):
        services.exchange.import_document(body)


def test_read_file_refuses_a_truncated_or_foreign_file(services: Services, demo_doc: dict, tmp_path: Path) -> None:
    whole = tmp_path / "whole.json"
    services.exchange.write_json(demo_doc, whole)
    assert services.exchange.read_file(whole) == demo_doc
    cut = tmp_path / "cut.json"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    with pytest.raises(RefusedFile) as caught:
        services.exchange.read_file(cut)
    assert "not valid JSON" in caught.value.summary and "cut short" in caught.value.summary
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x00")
    with pytest.raises(RefusedFile, match="not a text file in UTF-8"):
        services.exchange.read_file(binary)
    with pytest.raises(RefusedFile, match="cannot be read"):
        services.exchange.read_file(tmp_path / "missing.json")


# --- anonymised and per-class exports -------------------------------------------------------------------------


def test_anonymised_export_has_no_names_ids_or_notes(demo: Services) -> None:
    first = demo.roster.find_student(demo.exchange.export_document()["students"][0]["id"])
    demo.roster.edit_student(first.id, notes=f"{first.name} lives with her aunt; call before 5.")
    plain = demo.exchange.export_document()
    anonymous = demo.exchange.export_document(anonymize=True)
    texts = [json.dumps(anonymous), json.dumps(anonymous, ensure_ascii=False),
             demo.exchange.write_json(anonymous, None)]
    secrets = [s["name"] for s in plain["students"]] + [s["external_id"] for s in plain["students"]
                                                        if s["external_id"]]
    secrets += [e["note"] for e in plain["events"] if e["note"]] + [s["notes"] for s in plain["students"]
                                                                    if s["notes"]]
    secrets += [r[f] for r in plain["reflections"] for f in ("student_words", "agreement", "outcome") if r[f]]
    assert any(not s.isascii() for s in secrets)  # escaping must not be what hides them
    for text in texts:
        for secret in secrets:
            assert secret not in text
    assert anonymous["anonymized"] is True
    assert all(s["external_id"] is None for s in anonymous["students"])
    # The same records in the same order, the counts a coach needs; new ids (tests/services/test_anonymise.py).
    for section in DESIGN_FIELDS:
        assert len(anonymous[section]) == len(plain[section])
    assert [e["at"] for e in anonymous["events"]] == [e["at"] for e in plain["events"]]
    assert not {e["id"] for e in anonymous["events"]} & {e["id"] for e in plain["events"]}


def test_anonymous_codes_are_stable_and_follow_name_order(demo: Services) -> None:
    plain = demo.exchange.export_document()
    # Sections keep the named export's order (students by name), so a record's code is read beside its name.
    codes = [s["name"] for s in demo.exchange.export_document(anonymize=True)["students"]]
    assert codes == [f"S{i:02d}" for i in range(1, len(plain["students"]) + 1)]
    assert [s["name"] for s in plain["students"]] == sorted(s["name"] for s in plain["students"])
    assert [s["name"] for s in demo.exchange.export_document(anonymize=True)["students"]] == codes


def test_keep_text_keeps_the_words_but_not_the_names(demo: Services) -> None:
    plain = demo.exchange.export_document()
    kept = demo.exchange.export_document(anonymize=True, keep_text=True)
    assert [e["note"] for e in kept["events"]] == [e["note"] for e in plain["events"]]
    text = json.dumps(kept, ensure_ascii=False)
    assert all(s["name"] not in text for s in plain["students"])


def test_class_export_holds_only_that_class(services: Services, other: Services) -> None:
    services.exchange.import_document(generate_demo(classes=2, students=4, days=10, seed=5, today=DEMO_TODAY))
    full = services.exchange.export_document()
    first, second = (c["id"] for c in full["classrooms"])
    visitor = next(s for s in full["students"] if s["classrooms"] == [second])
    services.roster.enrol(visitor["id"], first)  # now in both classes
    full = services.exchange.export_document()
    members = {s["id"] for s in full["students"] if first in s["classrooms"]}
    assert visitor["id"] in members and 0 < len(members) < len(full["students"])

    part = services.exchange.export_document(classroom_id=first)
    assert [c["id"] for c in part["classrooms"]] == [first]
    assert {s["id"] for s in part["students"]} == members
    assert all(s["classrooms"] == [first] for s in part["students"])
    for section in ("level_changes", "events", "choices", "reflections"):
        assert part[section] == [r for r in full[section] if r["student"] in members], section
    assert part["decisions"] == [d for d in full["decisions"]
                                 if d["student"] in members or (d["student"] is None and d["classroom"] == first)]
    # It stands on its own: it imports into an empty database.
    other.exchange.import_document(part)
    assert {s.id for s in other.roster.students(first, include_archived=True)} == members


# --- files ----------------------------------------------------------------------------------------------------


def test_csv_export_neutralises_formulas_and_files_are_private(services: Services, classroom, students,
                                                               tmp_path: Path) -> None:
    risky = {"=HYPERLINK(\"http://evil.example\",\"Click\")", "+1 for effort", "-2+3", "@SUM(A1:A9)"}
    for note in sorted(risky):
        services.events.log([students[0].id], "observation", "noticed", note=note)
    services.events.log([students[0].id], "build", "helped_peer", note="Plain note, with a comma")
    services.roster.add_student(classroom.id, "=cmd|' /C calc'!A0")
    written = services.exchange.write_csv(services.exchange.export_document(), tmp_path / "csv")
    assert sorted(p.name for p in written) == sorted(
        f"{n}.csv" for n in ("classrooms", "students", "level_changes", "events", "choices", "reflections",
                             "self_ratings", "decisions", "levels"))
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8-sig", newline="") as fh:
        notes = [row["note"] for row in csv.DictReader(fh)]
    assert sorted(notes) == sorted(["'" + n for n in risky] + ["Plain note, with a comma"])
    with (tmp_path / "csv" / "students.csv").open(encoding="utf-8-sig", newline="") as fh:
        names = {row["name"] for row in csv.DictReader(fh)}
    assert names == {s.name for s in students} | {"'=cmd|' /C calc'!A0"}
    with (tmp_path / "csv" / "levels.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 20


def test_json_export_file_is_private_and_reads_back(demo: Services, tmp_path: Path) -> None:
    doc = demo.exchange.export_document()
    path = tmp_path / "export.json"
    demo.exchange.write_json(doc, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.part"))
    assert demo.exchange.read_file(path) == doc


def test_a_hostile_name_round_trips_intact(services: Services, classroom, tmp_path: Path, open_db) -> None:
    added = services.roster.add_student(classroom.id, INJECTION)
    services.events.log([added.id], "build", "helped_peer", note=INJECTION)
    path = tmp_path / "export.json"
    services.exchange.write_json(services.exchange.export_document(), path)
    fresh = open_db(tmp_path / "fresh")
    target = Services.over(fresh)
    target.exchange.import_document(target.exchange.read_file(path))
    (moved,) = target.roster.students(classroom.id)
    assert moved.name == INJECTION
    assert target.events.for_student(moved.id)[0].note == INJECTION
    assert set(stored_rows(fresh)) == set(stored_rows(services.db))  # every table still there
    assert exported(target) == exported(services)
