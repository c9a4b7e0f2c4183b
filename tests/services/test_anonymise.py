"""Anonymised output is anonymous: an anonymised export (JSON and CSV) shares no id with the named export of
the same records, nor with another anonymised export, and holds no student, classroom, teacher or custom
category/dimension name; references inside it still agree, and it imports into a fresh installation. The coach's
anonymised data (screen and report) follows the same rules."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from autonomy.core.catalogue import DEFAULT_CATEGORIES
from autonomy.services import Services
from autonomy.services.anonymise import HIDDEN_CHOICE
from tests.services.helpers import DEMO_TODAY

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ROOM = "Year 9 Physics with Mrs Abernathy"
TEACHER = "mrs.abernathy"
SUBJECT = "Physics — Abernathy"
BUILTIN = {c.key for c in DEFAULT_CATEGORIES}


@pytest.fixture
def named(demo: Services) -> Services:
    """The demo, plus what a teacher adds that can name someone: a class, its owner, her own category and
    dimension (with levels), a renamed built-in category, events in both."""
    room = demo.roster.create_classroom(ROOM, subject=SUBJECT, school_year="2026-27")
    demo.roster.set_classroom_owner(room.id, TEACHER)
    tom = demo.roster.add_student(room.id, "Thomasina Quill", external_id="S-4411")
    ann = demo.roster.add_student(room.id, "Annabel Lee")
    category = demo.events.add_category("build", "sat_with_tom")
    demo.events.edit_category("helped_peer", name="Helped Thomasina")
    dimension = demo.levels.add_dimension("Works with Tom", [("Alone near Tom", "far from Tom"),
                                                             ("Beside Tom", "")])
    at = dt.datetime.combine(DEMO_TODAY, dt.time(9), dt.UTC) - dt.timedelta(days=1)
    logged = demo.events.log([tom.id, ann.id], "build", category.key, dimension=dimension.key, at=at)
    demo.events.log([ann.id], "build", "helped_peer", at=at)
    evidence = tuple(e.id for e in logged)
    later = at + dt.timedelta(hours=1)
    demo.levels.change_level(ann.id, dimension.key, 1, source="suggestion", evidence=evidence, at=later)
    demo.decisions.record(kind="step_up", decision="accepted", student_id=ann.id, classroom_id=room.id,
                          dimension=dimension.key, evidence=evidence, at=later)
    return demo


def _secrets(services: Services, doc: dict) -> set[str]:
    found = {ROOM, TEACHER, SUBJECT, "sat_with_tom", "works_with_tom", "Works with Tom",
             "Alone near Tom", "Beside Tom", "far from Tom", "Helped Thomasina"}
    found |= {c["name"] for c in doc["classrooms"]} | {s["name"] for s in doc["students"]}
    found |= {part for s in doc["students"] for part in s["name"].split() if len(part) >= 4}
    found |= {s["external_id"] for s in doc["students"] if s["external_id"]}
    found |= {c.owner for c in services.roster.classrooms(include_archived=True) if c.owner}
    return found


def _bodies(services: Services, doc: dict, folder: Path) -> dict[str, str]:
    """The JSON text and every CSV file of one document."""
    bodies = {"json": services.exchange.write_json(doc, None) or ""}
    for path in services.exchange.write_csv(doc, folder):
        bodies[path.name] = path.read_text(encoding="utf-8-sig")
    return bodies


def test_anonymised_export_shares_no_id_and_no_name_with_the_named_one(named: Services, tmp_path: Path) -> None:
    plain = named.exchange.export_document()
    first = named.exchange.export_document(anonymize=True)
    second = named.exchange.export_document(anonymize=True)
    plain_text = "\n".join(_bodies(named, plain, tmp_path / "plain").values())
    ids = set(UUID.findall(plain_text))
    assert len(ids) > 200  # every kind of id: classrooms, students, events, groups, reflections, decisions …
    secrets = _secrets(named, plain)
    # (The named export does not carry the owner or category names either; the check finds the rest in it.)
    owners = {c.owner for c in named.roster.classrooms(include_archived=True)}
    assert TEACHER in owners and not [s for s in secrets - owners - {"Helped Thomasina"} if s not in plain_text]
    anonymous = [_bodies(named, first, tmp_path / "first"), _bodies(named, second, tmp_path / "second")]
    shared = {name: ids & set(UUID.findall(body)) for bodies in anonymous for name, body in bodies.items()}
    assert sum(len(found) for found in shared.values()) == 0, shared
    assert not set(UUID.findall(anonymous[0]["json"])) & set(UUID.findall(anonymous[1]["json"]))
    leaks = {name: sorted(s for s in secrets if s in body) for bodies in anonymous for name, body in bodies.items()}
    assert not any(leaks.values()), leaks
    # Every id of the file is one of its own records' (or a group's), shaped like a UUID.
    assert {len(i) for i in UUID.findall(anonymous[0]["json"])} == {36}


def test_what_anonymising_keeps_replaces_and_drops(named: Services) -> None:
    plain = named.exchange.export_document()
    anon = named.exchange.export_document(anonymize=True)
    # Classrooms: C01, C02 … in name order; the school year kept, the subject (the teacher's words) dropped.
    assert [c["name"] for c in anon["classrooms"]] == [f"C{i:02d}" for i in range(1, len(plain["classrooms"]) + 1)]
    assert [c["school_year"] for c in anon["classrooms"]] == [c["school_year"] for c in plain["classrooms"]]
    assert {c["subject"] for c in anon["classrooms"]} == {""}
    # Categories: built-in keys kept, the teacher's own by number.
    keys = {(p["category"], a["category"]) for p, a in zip(plain["events"], anon["events"], strict=True)}
    assert ("sat_with_tom", "K01") in keys
    assert all(a == p for p, a in keys if p in BUILTIN) and all(re.fullmatch(r"K\d\d", a) for p, a in keys
                                                                 if p not in BUILTIN)
    # Dimensions: built-in ones in the shipped words, the teacher's own as D01 "Dimension 1", "Level 0" ….
    custom = next(d for d in anon["dimensions"] if d["key"] == "D01")
    assert (custom["name"], [lv["name"] for lv in custom["levels"]]) == ("Dimension 1", ["Level 0", "Level 1"])
    assert [d["key"] for d in anon["dimensions"]][:4] == [d["key"] for d in plain["dimensions"]][:4]
    # Moments, levels, kinds, severities, sources and decisions are kept, record for record.
    for section, fields in {"events": ("at", "kind", "severity"), "choices": ("date", "within_level"),
                            "level_changes": ("at", "from_level", "to_level", "source"),
                            "reflections": ("at", "follow_up"), "decisions": ("at", "kind", "decision", "until")
                            }.items():
        for field in fields:
            assert [r[field] for r in anon[section]] == [r[field] for r in plain[section]], (section, field)
    assert {c["choice"] for c in anon["choices"]} == {HIDDEN_CHOICE}


def test_references_inside_an_anonymised_file_still_agree(named: Services) -> None:
    plain = named.exchange.export_document()
    anon = named.exchange.export_document(anonymize=True)
    new: dict[str, str] = {}  # the named id -> the anonymised one, read record by record (the order is kept)
    for section in ("classrooms", "students", "level_changes", "events", "choices", "reflections", "decisions"):
        for p, a in zip(plain[section], anon[section], strict=True):
            assert new.setdefault(p["id"], a["id"]) == a["id"]
    assert len(set(new.values())) == len(new)

    def same(p: object, a: object) -> None:
        assert a == (None if p is None else new.get(str(p), a)), (p, a)

    for p, a in zip(plain["students"], anon["students"], strict=True):
        assert sorted(a["classrooms"]) == sorted(new[c] for c in p["classrooms"])
    for section in ("level_changes", "events", "choices", "reflections", "decisions"):
        for p, a in zip(plain[section], anon[section], strict=True):
            same(p.get("student"), a.get("student"))
    groups = [(p["group"], a["group"]) for p, a in zip(plain["events"], anon["events"], strict=True)]
    assert len({g for g, _ in groups}) == len({g for _, g in groups}) == len(set(groups))  # same grouping
    assert any(len([g for g, _ in groups if g == group]) > 1 for group, _ in groups)  # some shared
    for p, a in zip(plain["reflections"], anon["reflections"], strict=True):
        assert a["events"] == sorted(new[e] for e in p["events"])
    for section in ("level_changes", "decisions"):
        for p, a in zip(plain[section], anon[section], strict=True):
            assert [new.get(e, a_e) for e, a_e in zip(p["evidence"], a["evidence"], strict=True)] == a["evidence"]
    assert any(p["evidence"] for p in plain["level_changes"] + plain["decisions"])
    for p, a in zip(plain["decisions"], anon["decisions"], strict=True):
        same(p["classroom"], a["classroom"])


def test_an_anonymised_file_imports_into_a_fresh_installation(named: Services, other: Services) -> None:
    anon = named.exchange.export_document(anonymize=True)
    result = other.exchange.import_document(anon)
    again = other.exchange.export_document()
    for section in ("classrooms", "students", "level_changes", "events", "choices", "reflections", "decisions"):
        assert len(again[section]) == len(anon[section]), section
    assert result.total_added >= len(anon["events"])
    assert {c["name"] for c in again["classrooms"]} == {c["name"] for c in anon["classrooms"]}
    assert "K01" in {e["category"] for e in again["events"]}
    # Importing the same file again changes nothing; another anonymised export is other records.
    assert other.exchange.import_document(anon).total_added == 0


def test_the_coach_anonymised_data_names_no_class_category_or_dimension(named: Services) -> None:
    room = named.roster.find_classroom(ROOM)
    data = named.coach.class_data(room.id, DEMO_TODAY - dt.timedelta(days=7), DEMO_TODAY, anonymize=True)
    shown = {data.classroom_name, data.subject} | {s.name for s in data.students}
    shown |= {d.name for d in data.dimensions} | {n for d in data.dimensions for n in d.level_names}
    shown |= {e.category for e in data.events}
    assert data.classroom_name == "C01" and data.subject == ""
    assert {"Category 1", "Helped a classmate", "Dimension 1", "Level 0", "S01"} <= shown
    text = " ".join(shown)
    assert not [s for s in _secrets(named, named.exchange.export_document()) if s in text]
    # The named data is untouched.
    plain = named.coach.class_data(room.id, DEMO_TODAY - dt.timedelta(days=7), DEMO_TODAY)
    assert plain.classroom_name == ROOM and plain.subject == SUBJECT
    assert {"sat_with_tom", "Helped Thomasina"} <= {e.category for e in plain.events}
