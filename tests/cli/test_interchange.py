"""`autonomy import` of hostile interchange files (tests/cli/corpus/interchange, made by corpus/make_corpus.py):
each is refused as a whole with a clear message, and the database stays exactly as it was.

Every damaged file is a copy of corpus/interchange/valid.json with one thing broken, so the refusal is for that
thing; valid.json itself must import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import INTERCHANGE, Snapshot, assert_unchanged, expect, run_cli, stored_content

REFUSED = {
    "wrong_version.json": ("not imported", "format version 2", "reads version 1"),
    "wrong_format.json": ("not an Autonomy export", "gradebook-export"),
    "truncated.json": ("truncated.json", "is not valid JSON", "cut short"),
    "missing_ids.json": ("students[1]: the id is missing", "events[0]: the id is missing"),
    "unknown_student.json": ("events[1]", "refers to student 0c1a55e5-0000-4000-8000-0000000000ff",
                             "not in the file or the database"),
    "duplicate_ids.json": ("events[1]", "the id appears twice in the file"),
    "future_dates.json": ("events[0]", "at: 2199-01-01 is in the future", "choices[0]",
                          "date: 2199-01-01 is in the future"),
    "out_of_range_dates.json": ("3 problem(s)",
                                "events[0] (0c1a55e5-0000-4000-8000-000000000021): at: 0001-01-01T00:00:00+14:00 "
                                "is outside the dates Autonomy keeps (1900-01-01 to 2200-12-31)",
                                "choices[0] (0c1a55e5-0000-4000-8000-000000000041): date: 0001-01-01 is outside",
                                "follow_up: 9999-12-31 is outside"),
    "huge_number.json": ("huge_number.json", "holds a number too long"),
    "bad_ids.json": ("4 problem(s)", "events[0]: id: 'xxxxxxxxxx", "is not an id (a UUID",
                     "events[1] (0c1a55e5-0000-4000-8000-000000000022): note: contains an unpaired surrogate",
                     "choices[0]: id: '{0C1A55E5-0000-4000-8000-000000000041}' is not an id"),
    "malformed_dates.json": ("'yesterday after lunch' is not an ISO 8601 date and time",
                             "'2024-13-45' is not a date (YYYY-MM-DD)", "follow_up: 'next week' is not a date"),
    "category_kind_mismatch.json": ("not imported", "left_area"),
    "level_outside_ladder.json": ("to_level: 9 is outside the ladder (0 to 4)",),
    "nul_in_note.json": ("note: contains a NUL character",),
    "section_not_a_list.json": ("students: expected a list",),
    "not_json.txt": ("not_json.txt", "is not valid JSON"),
    "array.json": ("not an Autonomy export", "expected a JSON object"),
    "empty.json": ("empty.json", "is not valid JSON"),
    "latin1.json": ("latin1.json", "not a text file in UTF-8"),
}


def test_every_corpus_file_is_tested() -> None:
    assert sorted(p.name for p in INTERCHANGE.iterdir()) == sorted([*REFUSED, "valid.json"])


def test_the_valid_file_imports(demo_copy: Path, pristine_snapshot: Snapshot) -> None:
    expect(run_cli(demo_copy, "import", str(INTERCHANGE / "valid.json")), 0, "Imported 9 records")
    doc = stored_content(demo_copy)
    assert len(doc["students"]) == len(pristine_snapshot.export["students"]) + 2
    ann = next(s for s in doc["students"] if s["name"] == "Ann Corpus")
    assert ann["external_id"] == "C-9001"
    moved = next(e for e in doc["events"] if e["id"] == "0c1a55e5-0000-4000-8000-000000000022")
    assert moved["at"] == "2024-09-19T09:00:00+00:00"  # stored in UTC
    for section in ("classrooms", "events", "choices", "reflections", "decisions", "level_changes"):
        before = {r["id"] for r in pristine_snapshot.export[section]}
        after = {r["id"] for r in doc[section]}
        assert before < after, section  # added to what was there, nothing lost


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_corpus_file_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, name: str) -> None:
    expect(run_cli(shared_dir, "import", str(INTERCHANGE / name)), 1, *REFUSED[name])
    assert_unchanged(shared_dir, pristine_snapshot)


def test_missing_file_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    expect(run_cli(shared_dir, "import", str(tmp_path / "nowhere.json")), 1, "nowhere.json", "cannot be read")
    assert_unchanged(shared_dir, pristine_snapshot)


def _valid() -> dict:
    return json.loads((INTERCHANGE / "valid.json").read_text(encoding="utf-8"))


def test_huge_note_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    doc = _valid()
    doc["events"][0]["note"] = "x" * 30_000
    path = tmp_path / "huge-note.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    expect(run_cli(shared_dir, "import", str(path)), 1, "note: is 30,000 characters long; the limit is 20,000")
    assert_unchanged(shared_dir, pristine_snapshot)


def test_many_problems_are_summed_up(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    doc = _valid()
    template = doc["events"][0]
    doc["events"] = [{**template, "id": f"bad00000-0000-4000-8000-{n:012d}", "student": f"nobody-{n}"}
                     for n in range(5_000)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    run = expect(run_cli(shared_dir, "import", str(path)), 1,
                 "5001 problem(s)", "events[0] (bad00000-0000-4000-8000-000000000000)", "and 4981 more")
    assert len(run.err.splitlines()) < 40, "every one of 5,000 problems was printed"
    assert_unchanged(shared_dir, pristine_snapshot)


def test_deeply_nested_json_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    path = tmp_path / "nested.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    run = expect(run_cli(shared_dir, "import", str(path)), 1)
    assert_unchanged(shared_dir, pristine_snapshot)
    assert "nested.json" in run.err and "nested too deeply" in run.err
