"""`autonomy suggest` on a hand-built history imported from an interchange file: exactly the suggestions
the rules call for, with their evidence, and none the rules forbid."""

from __future__ import annotations

import json
from pathlib import Path

from autonomy.core.ladders import DEFAULT_LADDERS
from tests.cli.helpers import expect, run_cli

CLASS = "c0000000-0000-4000-8000-000000000001"
ANA, BEN, CARA, DEV, EVE = (f"50000000-0000-4000-8000-00000000000{i}" for i in range(1, 6))


def _event(eid: str, student: str, kind: str, category: str, day: str, dimension: str | None = "workspace",
           severity: str | None = None) -> dict:
    return {"id": eid, "student": student, "kind": kind, "category": category, "dimension": dimension,
            "severity": severity, "habit": None, "at": f"2026-11-{day}T10:00:00+00:00", "note": ""}


def history() -> dict:
    builds = [("12", ANA), ("13", ANA), ("13", ANA), ("16", ANA),
              ("11", DEV), ("12", DEV), ("13", DEV), ("16", DEV),
              ("12", EVE), ("13", EVE), ("14", EVE), ("16", EVE)]
    events = [_event(f"e0000000-0000-4000-8000-0000000000{i:02d}", who, "build", "on_task_away", day)
              for i, (day, who) in enumerate(builds)]
    events += [
        _event("e0000000-0000-4000-8000-000000000090", ANA, "observation", "noticed", "02", None),
        _event("e0000000-0000-4000-8000-000000000091", EVE, "observation", "noticed", "02", None),
        _event("e0000000-0000-4000-8000-000000000092", CARA, "observation", "noticed", "01", None),
        _event("e0000000-0000-4000-8000-000000000093", BEN, "break", "left_area", "19", "pacing", "serious"),
    ]
    return {
        "format": "autonomy-export", "version": 1, "exported_at": "2026-11-20T16:00:00+00:00",
        "classrooms": [{"id": CLASS, "name": "Rules Class", "subject": "", "school_year": "2026-27",
                        "archived": False}],
        "dimensions": [{"key": lad.key, "name": lad.name,
                        "levels": [{"rank": lv.rank, "name": lv.name, "description": lv.description}
                                   for lv in lad.levels]} for lad in DEFAULT_LADDERS],
        "students": [{"id": sid, "name": name, "external_id": None, "classrooms": [CLASS], "active": True}
                     for sid, name in ((ANA, "Ana"), (BEN, "Ben"), (CARA, "Cara"), (DEV, "Dev"), (EVE, "Eve"))],
        "level_changes": [{"id": "10000000-0000-4000-8000-000000000001", "student": BEN, "dimension": "pacing",
                           "from_level": 0, "to_level": 1, "at": "2026-10-01T10:00:00+00:00", "reason": "",
                           "source": "manual"}],
        "events": events,
        "choices": [],
        "reflections": [{"id": "20000000-0000-4000-8000-000000000001", "student": DEV,
                         "at": "2026-11-11T15:00:00+00:00", "events": [], "prompts": [], "student_words": "",
                         "agreement": "Check in on Wednesday", "follow_up": "2026-11-18", "outcome": None}],
        "decisions": [{"id": "30000000-0000-4000-8000-000000000001", "student": EVE, "dimension": "workspace",
                       "kind": "step_up", "decision": "dismissed", "at": "2026-11-17T15:00:00+00:00",
                       "until": None, "reason": "Not before the trip"}],
    }


def test_suggest_gives_exactly_what_the_rules_call_for(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "history.json"
    doc = history()
    source.write_text(json.dumps(doc), encoding="utf-8")
    expect(run_cli(data, "import", str(source)), 0, "Imported")
    run = run_cli(data, "suggest", "--class", "Rules Class", "--as-of", "2026-11-20", "--json")
    expect(run, 0)
    found = json.loads(run.out)["suggestions"]
    got = {(s["student"], s["dimension"], s["kind"], s["to_level"]) for s in found}
    assert got == {
        ("Ana", "workspace", "step_up", 1),  # held since 2 Nov, 4 builds on 3 days, no break
        ("Ben", "pacing", "step_back", 0),  # one serious break at level 1
        ("Ben", "pacing", "reflect", None),  # ... that no conversation has followed
        ("Cara", None, "check_in", None),  # nothing noted since 1 Nov
        ("Dev", None, "follow_up", None),  # follow-up due 18 Nov; it also blocks Dev's step up
    }
    # Eve would qualify for a step up, but the teacher dismissed it and nothing new came since.
    assert not [s for s in found if s["student"] == "Eve"]
    by_key = {(s["student"], s["kind"]): s for s in found}
    ana_builds = {e["id"] for e in doc["events"] if e["student"] == ANA and e["kind"] == "build"}
    assert set(by_key[("Ana", "step_up")]["evidence"]) == ana_builds
    assert by_key[("Ben", "step_back")]["evidence"] == ["e0000000-0000-4000-8000-000000000093"]
    assert "Ana" in by_key[("Ana", "step_up")]["text"]
    assert all(s["text"].endswith(".") for s in found)


def test_suggest_as_of_an_earlier_day_replays_the_history(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = tmp_path / "history.json"
    source.write_text(json.dumps(history()), encoding="utf-8")
    expect(run_cli(data, "import", str(source)), 0)
    run = run_cli(data, "suggest", "--as-of", "2026-11-15", "--json")
    expect(run, 0)
    got = {(s["student"], s["kind"]) for s in json.loads(run.out)["suggestions"]}
    # On 15 Nov Ana had 3 builds on 2 days (too few); Ben's break had not happened, so he was only a quiet
    # student to check in with; Dev's follow-up was not due yet.
    assert ("Ana", "step_up") not in got
    assert {kind for student, kind in got if student == "Ben"} == {"check_in"}
    assert ("Dev", "follow_up") not in got


def test_suggest_refuses_an_unknown_class_and_a_bad_date(tmp_path: Path) -> None:
    data = tmp_path / "data"
    expect(run_cli(data, "suggest", "--class", "Nowhere"), 1, "no classroom called")
    expect(run_cli(data, "suggest", "--as-of", "20-11-2026"), 2, "not a date")
