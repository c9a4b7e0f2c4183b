"""The generated demo document: deterministic, complete, consistent, and shaped like interchange format v1."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import uuid
from collections import Counter, defaultdict

import pytest

from autonomy.core.catalogue import DEFAULT_CATEGORIES, HABIT_KEYS
from autonomy.core.demo import generate_demo, school_days
from autonomy.core.ladders import DEFAULT_LADDERS, DIMENSION_KEYS

TODAY = dt.date(2026, 11, 20)  # a Friday
SECTIONS = ("classrooms", "dimensions", "students", "level_changes", "events", "choices", "reflections", "self_ratings",
            "decisions")
KIND_OF = {c.key: c.kind.value for c in DEFAULT_CATEGORIES}


@pytest.fixture(scope="module")
def doc() -> dict:
    return generate_demo(today=TODAY)


def moment(text: str) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(text)
    assert parsed.utcoffset() == dt.timedelta(0), text
    return parsed


def test_same_arguments_give_the_same_document_and_another_seed_does_not(doc):
    assert generate_demo(today=TODAY) == doc
    other = generate_demo(today=TODAY, seed=1)
    assert other != doc
    assert {s["name"] for s in other["students"]} != {s["name"] for s in doc["students"]}


def test_output_does_not_depend_on_the_hash_seed():
    # Iterating a set of strings would differ between processes; run in two with different hash seeds.
    code = ("import datetime, hashlib, json; from autonomy.core.demo import generate_demo; "
            "d = generate_demo(classes=2, students=4, days=25, today=datetime.date(2026, 3, 4)); "
            "print(hashlib.sha256(json.dumps(d).encode()).hexdigest())")
    digests = {
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")}
    assert len(digests) == 1


def test_header_and_every_section_filled(doc):
    assert list(doc) == ["format", "version", "exported_at", *SECTIONS]
    assert doc["format"] == "autonomy-export" and doc["version"] == 1
    assert doc["exported_at"] == "2026-11-20T16:00:00+00:00"
    for section in SECTIONS:
        assert doc[section], section
    json.dumps(doc)  # plain JSON types only


def test_default_counts(doc):
    assert len(doc["classrooms"]) == 1 and len(doc["students"]) == 26
    classroom = doc["classrooms"][0]
    assert classroom["school_year"] == "2026-27" and classroom["archived"] is False
    assert classroom["name"].endswith(classroom["subject"])
    days = {e["at"][:10] for e in doc["events"]}
    assert len(days) <= 90 and min(days) >= school_days(TODAY, 90)[0].isoformat()
    per_student_day = len(doc["events"]) / (26 * 90)
    assert 1.0 < per_student_day < 2.5
    breaks = sum(e["kind"] == "break" for e in doc["events"]) / len(doc["events"])
    assert 0.08 < breaks < 0.18


def test_small_custom_size():
    small = generate_demo(classes=2, students=5, days=10, seed=3, today=TODAY)
    assert len(small["classrooms"]) == 2 and len(small["students"]) == 10
    names = [c["name"] for c in small["classrooms"]]
    assert len(set(names)) == 2
    for classroom in small["classrooms"]:
        assert sum(s["classrooms"] == [classroom["id"]] for s in small["students"]) == 5
    assert {e["at"][:10] for e in small["events"]} <= {d.isoformat() for d in school_days(TODAY, 10)}
    check_consistency(small, TODAY)


def test_school_days_are_weekdays_ending_on_or_before_today():
    sunday = dt.date(2026, 11, 22)
    days = school_days(sunday, 7)
    assert days[-1] == dt.date(2026, 11, 20) and len(days) == 7
    assert all(d.weekday() < 5 for d in days) and days == sorted(days)
    assert days[0] == dt.date(2026, 11, 12)
    weekend = generate_demo(days=15, today=sunday)
    assert max(e["at"] for e in weekend["events"]) < "2026-11-21"


def test_invalid_sizes_are_refused():
    with pytest.raises(ValueError):
        generate_demo(students=0)


def test_dimensions_are_the_default_ladders(doc):
    assert [d["key"] for d in doc["dimensions"]] == list(DIMENSION_KEYS)
    for dimension, ladder in zip(doc["dimensions"], DEFAULT_LADDERS, strict=True):
        assert dimension["name"] == ladder.name
        assert [(lv["rank"], lv["name"], lv["description"]) for lv in dimension["levels"]] == [
            (lv.rank, lv.name, lv.description) for lv in ladder.levels]


def test_students_names_ids_and_archiving():
    big = generate_demo(classes=8, students=30, days=5, today=TODAY)
    students = big["students"]
    names = [s["name"] for s in students]
    assert len(set(names)) == len(names) == 240
    assert all(not any(ch.isdigit() for ch in name) for name in names)  # no numbered names at this size
    assert any(not name.isascii() for name in names)
    external = [s["external_id"] for s in students if s["external_id"] is not None]
    assert 0.1 < len(external) / len(students) < 0.3 and len(set(external)) == len(external)
    assert all(e[0] == "S" and e[1:].isdigit() and len(e) == 6 for e in external)
    archived = sum(not s["active"] for s in students)
    assert 0 < archived < 24
    assert all(len(s["classrooms"]) == 1 for s in students)


def test_ids_unique_and_every_reference_exists(doc):
    check_consistency(doc, TODAY)


def test_every_change_has_a_valid_source_and_a_reason(doc):
    sources = Counter(c["source"] for c in doc["level_changes"])
    assert set(sources) == {"manual", "suggestion", "reflection"}
    assert all(c["reason"] for c in doc["level_changes"])
    assert any(c["to_level"] < c["from_level"] for c in doc["level_changes"])  # someone slipped


def test_trajectories_differ(doc):
    ups = Counter(c["student"] for c in doc["level_changes"] if c["to_level"] > c["from_level"])
    counts = [ups.get(s["id"], 0) for s in doc["students"]]
    assert max(counts) >= 6 and min(counts) <= 2  # steady climbers and stalled or quiet students


def test_a_step_back_is_followed_by_a_reflection_with_a_follow_up(doc):
    reflections = defaultdict(list)
    for r in doc["reflections"]:
        reflections[r["student"]].append(r)
    backs = [c for c in doc["level_changes"] if c["to_level"] < c["from_level"]]
    for back in backs:
        same_day = [r for r in reflections[back["student"]] if r["at"][:10] == back["at"][:10]]
        assert any(r["follow_up"] and r["follow_up"] >= back["at"][:10] for r in same_day)


def test_reflections_and_decisions_fields(doc):
    for r in doc["reflections"]:
        assert 1 <= len(r["prompts"]) <= 3 and len(set(r["prompts"])) == len(r["prompts"])
        assert r["student_words"] and r["agreement"]
        assert r["outcome"] is None or (isinstance(r["outcome"], str) and r["outcome"])
    assert len({p for r in doc["reflections"] for p in r["prompts"]}) >= 8
    assert any(r["outcome"] for r in doc["reflections"])
    kinds = Counter(d["kind"] for d in doc["decisions"])
    assert {"step_up", "step_back", "reflect", "follow_up"} <= set(kinds)
    for d in doc["decisions"]:
        assert d["decision"] in {"accepted", "dismissed", "snoozed"}
        assert (d["until"] is not None) == (d["decision"] == "snoozed")
        if d["until"]:
            assert d["until"] > d["at"][:10]


def test_choices_fit_the_dimension(doc):
    assert all(c["dimension"] in DIMENSION_KEYS and c["choice"] for c in doc["choices"])
    within = Counter(c["within_level"] for c in doc["choices"])
    assert within[True] > 5 * within[False] > 0


def check_consistency(doc: dict, today: dt.date) -> None:
    """Ids, references, kinds, dates and level changes: everything an importer relies on."""
    ids = [item["id"] for section in SECTIONS if section != "dimensions" for item in doc[section]]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i).version == 4 for i in ids)
    classrooms = {c["id"] for c in doc["classrooms"]}
    students = {s["id"] for s in doc["students"]}
    events = {e["id"]: e for e in doc["events"]}
    dims = set(DIMENSION_KEYS)
    assert all(set(s["classrooms"]) <= classrooms and len(s["classrooms"]) == 1 for s in doc["students"])
    for section in ("level_changes", "events", "choices", "reflections", "decisions"):
        assert all(item["student"] in students for item in doc[section]), section
    end = dt.datetime.combine(today, dt.time(16), tzinfo=dt.UTC)
    for section in ("level_changes", "events", "reflections", "decisions"):
        for item in doc[section]:
            at = moment(item["at"])
            assert at <= end and dt.time(8) <= at.time() <= dt.time(15, 30) and at.weekday() < 5, item
    for item in doc["choices"]:
        assert dt.date.fromisoformat(item["date"]) <= today
    for item in doc["reflections"] + doc["decisions"]:
        for key in ("follow_up", "until"):
            if item.get(key):
                assert dt.date.fromisoformat(item[key]) <= today
    for e in doc["events"]:
        assert KIND_OF[e["category"]] == e["kind"]
        assert (e["severity"] in {"minor", "moderate", "serious"}) if e["kind"] == "break" else e["severity"] is None
        assert e["dimension"] is None or e["dimension"] in dims
        assert e["habit"] is None or e["habit"] in HABIT_KEYS
        assert isinstance(e["note"], str)
    for r in doc["reflections"]:
        assert r["events"] == [] or all(events[i]["kind"] == "break" and events[i]["student"] == r["student"]
                                        and events[i]["at"] <= r["at"] for i in r["events"])
    for d in doc["decisions"]:
        assert d["dimension"] is None or d["dimension"] in dims
        assert d["kind"] in {"step_up", "step_back", "reflect", "check_in", "follow_up", "class_step"}
    # Level changes: per student and dimension, in time order, one step at a time from 0, within the ladder.
    history = defaultdict(list)
    for change in doc["level_changes"]:
        assert change["dimension"] in dims and change["source"] in {"manual", "suggestion", "reflection"}
        history[change["student"], change["dimension"]].append(change)
    for changes in history.values():
        level, last_at = 0, None
        for change in changes:
            assert last_at is None or moment(change["at"]) > last_at
            assert change["from_level"] == level and abs(change["to_level"] - level) == 1
            assert 0 <= change["to_level"] <= 4
            level, last_at = change["to_level"], moment(change["at"])


def test_now_keeps_todays_moments_in_the_past_and_in_order() -> None:
    now = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)  # a Friday morning, mid-lesson
    doc = generate_demo(classes=1, students=8, days=10, seed=5, now=now)
    plain = generate_demo(classes=1, students=8, days=10, seed=5, today=now.date())
    moments = [r["at"] for name in ("level_changes", "events", "reflections", "decisions") for r in doc[name]]
    assert max(dt.datetime.fromisoformat(m) for m in moments) <= now
    todays = [r["at"] for r in doc["events"] if r["at"].startswith("2026-11-20")]
    assert todays, "the demo should still hold events for today"
    # The same records in the same order as without `now`: only today's clock times moved.
    assert [r["id"] for r in doc["events"]] == [r["id"] for r in plain["events"]]
    before = [r["at"] for r in plain["events"] if r["at"].startswith("2026-11-20")]
    assert sorted(range(len(todays)), key=todays.__getitem__) == sorted(range(len(before)), key=before.__getitem__)
