"""`autonomy log` (issue 20): the window's log popup on the command line, for scripts and shortcut buttons. The same
service as the window (so the same checks and the same words), one undoable action per run, exit codes as the
contract says (0 logged, 1 refused with nothing written, 2 wrong usage); on SQLite and on a server alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from autonomy.core import phrases
from autonomy.services import Services
from tests.cli.helpers import Snapshot, assert_unchanged, expect, export_content, run_cli


def _class_and_students(folder: Path) -> tuple[str, list[dict]]:
    doc = export_content(folder)
    classroom = doc["classrooms"][0]
    return classroom["name"], [s for s in doc["students"] if classroom["id"] in s["classrooms"]
                               and not s.get("archived") and s.get("active", True)]


def test_a_log_for_two_students_is_one_action_the_window_can_undo(demo_copy: Path, open_db) -> None:
    classroom, students = _class_and_students(demo_copy)
    first, second = students[0], students[1]
    run = expect(run_cli(demo_copy, "log", "--class", classroom.upper(), "--student", first["name"].lower(),
                         "--student", second["id"], "--kind", "break", "--category", "Left the agreed area",
                         "--severity", "moderate", "--dimension", "workspace", "--note", "Canteen"),
                 0, f"Logged ‘Left the agreed area’ for {first['name']} and {second['name']}")
    ids = run.out.split()
    assert len(ids) == 2
    services = Services.over(open_db(demo_copy))
    logged = {e.id: e for sid in (first["id"], second["id"]) for e in services.events.for_student(sid)
              if e.id in ids}
    assert {e.student_id for e in logged.values()} == {first["id"], second["id"]}
    assert {(e.kind, e.category, e.severity, e.dimension, e.note) for e in logged.values()} == {
        ("break", "left_area", "moderate", "workspace", "Canteen")}
    assert len({e.group_id for e in logged.values()}) == 1
    undo = services.history.can_undo()
    assert undo is not None
    assert phrases.english(undo.label) == f"Logged ‘Left the agreed area’ for {first['name']} and {second['name']}"
    services.history.undo()
    assert not [e for sid in (first["id"], second["id"]) for e in services.events.for_student(sid) if e.id in ids]


def test_a_log_at_a_given_moment_by_category_key(demo_copy: Path, open_db) -> None:
    classroom, students = _class_and_students(demo_copy)
    run = expect(run_cli(demo_copy, "log", "--class", classroom, "--student", students[0]["name"], "--kind",
                         "build", "--category", "helped_peer", "--at", "2026-11-18T09:30+01:00",
                         "--habit", "persisting"), 0, "Logged ‘Helped a classmate’")
    [event] = [e for e in Services.over(open_db(demo_copy)).events.for_student(students[0]["id"])
               if e.id == run.out.strip()]
    assert event.at.isoformat() == "2026-11-18T08:30:00+00:00" and event.habit == "persisting"


@pytest.mark.parametrize(("args", "words"), [
    (("--student", "Nobody Here", "--kind", "build", "--category", "helped_peer"), "no student called “Nobody Here”"),
    (("--kind", "build", "--category", "left_area"), "is a break category, not build"),
    (("--kind", "build", "--category", "no_such"), "“no_such” is not in the event catalogue"),
    (("--kind", "build", "--category", "helped_peer", "--dimension", "nope"), "not a known dimension"),
    (("--kind", "build", "--category", "helped_peer", "--severity", "minor"), "only a trust-breaking event"),
    (("--kind", "build", "--category", "helped_peer", "--at", "2099-01-01"), "is in the future"),
    (("--kind", "build", "--category", "helped_peer", "--habit", "nope"), "not one of the Habits of Mind"),
    (("--same", "--kind", "build", "--category", "helped_peer"), "the same student was chosen twice"),
], ids=["student", "kind", "category", "dimension", "severity", "future", "habit", "twice"])
def test_a_refused_log_says_why_and_writes_nothing(shared_dir: Path, pristine_snapshot: Snapshot, args: tuple,
                                                  words: str) -> None:
    classroom, students = _class_and_students(shared_dir)
    name = students[0]["name"]
    if "--student" not in args:
        args = ("--student", name, *args)
    if args[2] == "--same":  # the same student by name and by id
        args = ("--student", name, "--student", students[0]["id"], *args[3:])
    expect(run_cli(shared_dir, "log", "--class", classroom, *args), 1, words)
    assert_unchanged(shared_dir, pristine_snapshot)


def test_a_student_of_another_class_is_refused(shared_dir: Path, pristine_snapshot: Snapshot) -> None:
    doc = export_content(shared_dir)
    mine, other = doc["classrooms"][0], doc["classrooms"][1]
    elsewhere = next(s for s in doc["students"] if other["id"] in s["classrooms"] and mine["id"] not in s["classrooms"])
    expect(run_cli(shared_dir, "log", "--class", mine["name"], "--student", elsewhere["id"], "--kind", "build",
                   "--category", "helped_peer"), 1, f"is not in {mine['name']}")
    assert_unchanged(shared_dir, pristine_snapshot)


@pytest.mark.parametrize("args", [
    ("--kind", "praise", "--category", "helped_peer"),
    ("--kind", "build", "--category", "helped_peer", "--at", "yesterday"),
    ("--kind", "build"),
], ids=["kind", "at", "category missing"])
def test_wrong_usage_exits_2(shared_dir: Path, pristine_snapshot: Snapshot, args: tuple) -> None:
    classroom, students = _class_and_students(shared_dir)
    run = run_cli(shared_dir, "log", "--class", classroom, "--student", students[0]["name"], *args)
    assert run.code == 2 and "usage: autonomy log" in run.err and "Traceback" not in run.err, str(run)
    assert_unchanged(shared_dir, pristine_snapshot)
