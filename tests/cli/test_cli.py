"""The command line end to end, in subprocesses: help, wrong usage, demo, check, export, import, the data folder.

Every run is checked for its exit code (0 done, 1 refused, 2 wrong usage), a message on stderr and no traceback;
where input is refused, the database must be exactly as before (its bytes, its undo history, its export).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from autonomy.storage.schema import SCHEMA_HEAD
from tests.cli.helpers import (
    DATABASE_FILE,
    DEMO_ARGS,
    INTERCHANGE,
    Snapshot,
    assert_unchanged,
    base_env,
    expect,
    export_content,
    mode,
    run_cli,
    snapshot,
    without_stamp,
)

SUBCOMMANDS = ("gui", "demo", "import-roster", "export", "import", "suggest", "report", "backup", "restore", "check")
CSV_TABLES = ("classrooms", "students", "level_changes", "events", "choices", "reflections", "self_ratings",
              "decisions", "levels")


def _demo_doc(demo_doc_file: Path) -> dict:
    return json.loads(demo_doc_file.read_text(encoding="utf-8"))


# --- help and wrong usage ----------------------------------------------------------------------------------


def test_help_lists_every_command(tmp_path: Path) -> None:
    run = run_cli(tmp_path / "data", "--help")
    assert run.code == 0, str(run)
    assert "Traceback" not in run.err
    for command in SUBCOMMANDS:
        assert command in run.out
    assert not (tmp_path / "data").exists(), "--help created the data folder"


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_each_command_has_help(tmp_path: Path, command: str) -> None:
    run = run_cli(tmp_path / "data", command, "--help")
    assert run.code == 0, str(run)
    assert f"usage: autonomy {command}" in run.out
    assert "Traceback" not in run.err
    assert not (tmp_path / "data").exists(), f"{command} --help created the data folder"


def test_version(tmp_path: Path) -> None:
    run = run_cli(tmp_path / "data", "--version")
    assert run.code == 0 and run.out.startswith("autonomy "), str(run)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("frobnicate",), "invalid choice"),
        (("import-roster", "roster.csv"), "--class"),
        (("import",), "FILE"),
        (("restore",), "FILE"),
        (("report", "--out", "r.pdf"), "--class"),
        (("demo", "--days", "abc"), "'abc' is not a whole number"),
        (("demo", "--classes", "0"), "must be from 1 to 200"),
        (("demo", "--students", "-3"), "must be from 1 to 200"),
        (("demo", "--seed", "1.5"), "is not a whole number"),
        (("demo", "--seed", "1" * 5000), "is not a whole number"),
        (("suggest", "--as-of", "0001-01-01"), "outside the dates Autonomy keeps (1900-01-01 to 2200-12-31)"),
        (("report", "--class", "8C", "--out", "r.pdf", "--from", "0001-01-01"), "outside the dates"),
        (("report", "--class", "8C", "--out", "r.pdf", "--to", "9999-12-31"), "outside the dates"),
        (("export", "--format", "xml"), "invalid choice"),
        (("export", "--format", "csv"), "needs --out"),
        (("suggest", "--as-of", "31/12/2026"), "is not a date"),
        (("check", "--bogus"), "unrecognized arguments"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else None,
)
def test_wrong_usage_exits_2_and_touches_nothing(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    folder = tmp_path / "data"
    run = expect(run_cli(folder, *args), 2, needle)
    assert "usage:" in run.err
    assert not folder.exists(), "wrong usage created the data folder"


# --- demo --------------------------------------------------------------------------------------------------


def test_demo_adds_classes_once(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    args = ("demo", *(f"--{k}={v}" for k, v in DEMO_ARGS.items()))
    first = run_cli(folder, *args)
    doc = generate_demo(**DEMO_ARGS, now=dt.datetime.now(dt.UTC))  # what the command generated (same day)
    expect(first, 0, "Added 2 classroom(s), 10 students", f"{len(doc['events']):,} trust events",
           f"{len(doc['choices']):,} choices", f"{len(doc['reflections']):,} reflections",
           f"{len(doc['level_changes']):,} level changes")
    before = snapshot(folder)
    assert len(before.export["students"]) == 10
    expect(run_cli(folder, *args), 0, "nothing was added")
    assert_unchanged(folder, before)


# --- check -------------------------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_check_reports_schema_and_integrity(shared_dir: Path, pristine_snapshot: Snapshot) -> None:
    run = expect(run_cli(shared_dir, "check"), 0)
    assert f"Schema version: {SCHEMA_HEAD}" in run.out
    assert "Integrity: ok" in run.out
    assert "2 classrooms, 10 students" in run.out
    assert str(shared_dir / DATABASE_FILE) in run.out
    assert_unchanged(shared_dir, pristine_snapshot)


@pytest.mark.sqlite_only
def test_check_creates_a_private_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    run = expect(run_cli(folder, "check"), 0)
    assert "Integrity: ok" in run.out and "0 classrooms, 0 students" in run.out
    assert mode(folder) == 0o700
    assert mode(folder / DATABASE_FILE) == 0o600


@pytest.mark.sqlite_only
def test_check_refuses_a_damaged_database(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    (folder / DATABASE_FILE).write_bytes(b"this is not a database at all" * 100)
    before = (folder / DATABASE_FILE).read_bytes()
    expect(run_cli(folder, "check"), 1, "damaged", "autonomy restore")
    assert (folder / DATABASE_FILE).read_bytes() == before


@pytest.mark.sqlite_only
def test_a_file_as_data_folder_is_refused(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("hello", encoding="utf-8")
    expect(run_cli(not_a_folder, "check"), 1, str(not_a_folder))
    assert not_a_folder.read_text(encoding="utf-8") == "hello"


# --- export ------------------------------------------------------------------------------------------------


def test_export_to_stdout_holds_everything(shared_dir: Path, demo_doc_file: Path) -> None:
    run = expect(run_cli(shared_dir, "export"), 0)
    doc = json.loads(run.out)
    source = _demo_doc(demo_doc_file)
    assert doc["format"] == "autonomy-export" and doc["version"] == 1
    assert doc["exported_at"].endswith("+00:00")
    for section in ("classrooms", "students", "level_changes", "events", "choices", "reflections", "decisions"):
        assert sorted(r["id"] for r in doc[section]) == sorted(r["id"] for r in source[section]), section
    assert {s["name"] for s in doc["students"]} == {s["name"] for s in source["students"]}
    assert [d["key"] for d in doc["dimensions"]] == ["workspace", "pacing", "choice", "demonstration"]


def test_export_to_a_file(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    run = expect(run_cli(shared_dir, "export", "--out", str(out)), 0, "Wrote 10 students", str(out))
    assert run.out == ""
    assert mode(out) == 0o600
    assert without_stamp(json.loads(out.read_text(encoding="utf-8"))) == pristine_snapshot.export
    assert not list(tmp_path.glob("*.part")), "a temporary file was left behind"


def test_export_one_class(shared_dir: Path, demo_doc_file: Path) -> None:
    source = _demo_doc(demo_doc_file)
    wanted = source["classrooms"][1]
    members = {s["id"] for s in source["students"] if wanted["id"] in s["classrooms"]}
    doc = export_content(shared_dir, "--class", wanted["name"])
    assert [c["id"] for c in doc["classrooms"]] == [wanted["id"]]
    assert {s["id"] for s in doc["students"]} == members
    for section in ("level_changes", "events", "choices", "reflections"):
        assert doc[section], section
        assert {r["student"] for r in doc[section]} <= members, section
    assert all(d["student"] in members or d["student"] is None for d in doc["decisions"])


def test_export_unknown_class_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    expect(run_cli(shared_dir, "export", "--class", "No Such Class", "--out", str(out)), 1, "No Such Class")
    assert not out.exists()
    assert_unchanged(shared_dir, pristine_snapshot)


def test_export_anonymized(shared_dir: Path, demo_doc_file: Path, tmp_path: Path) -> None:
    source = _demo_doc(demo_doc_file)
    out = tmp_path / "anonymous.json"
    expect(run_cli(shared_dir, "export", "--anonymize", "--out", str(out)), 0)
    text = out.read_text(encoding="utf-8")
    external_ids = [s["external_id"] for s in source["students"] if s["external_id"]]
    assert external_ids, "the demo gives students external ids"
    for student in source["students"]:
        assert student["name"] not in text, "a student's name is in the anonymised file"
    for external_id in external_ids:
        assert external_id not in text, "an external id is in the anonymised file"
    doc = json.loads(text)
    assert doc["anonymized"] is True
    assert sorted(s["name"] for s in doc["students"]) == [f"S{i:02d}" for i in range(1, 11)]
    assert all(s["external_id"] is None for s in doc["students"])
    assert all(not e["note"] for e in doc["events"])
    assert all(not r["student_words"] and not r["agreement"] and not r["prompts"] for r in doc["reflections"])
    assert len(doc["events"]) == len(source["events"])
    assert mode(out) == 0o600


def test_export_csv(demo_copy: Path, tmp_path: Path) -> None:
    # Text a spreadsheet would run as a formula, in every kind of cell that holds text.
    doc = json.loads((INTERCHANGE / "valid.json").read_text(encoding="utf-8"))
    doc["classrooms"][0]["name"] = "=HYPERLINK(\"http://example.org\",\"8C\")"
    doc["students"][0]["name"] = "=cmd|' /C calc'!A0"
    doc["students"][1]["name"] = "@SUM(A1:A9)"
    doc["events"][0]["note"] = "+1 for helping"
    doc["events"][1]["note"] = "-5 minutes late back"
    doc["choices"][0]["choice"] = "=1+1"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(doc), encoding="utf-8")
    expect(run_cli(demo_copy, "import", str(hostile)), 0, "Imported 9 records")

    folder = tmp_path / "csv"
    expect(run_cli(demo_copy, "export", "--format", "csv", "--out", str(folder)), 0, f"Wrote {len(CSV_TABLES)} CSV")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in CSV_TABLES)
    cells: dict[str, list[str]] = {}
    for table in CSV_TABLES:
        path = folder / f"{table}.csv"
        assert mode(path) == 0o600, path
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows, path
        cells[table] = [cell for row in rows[1:] for cell in row]
        for cell in cells[table]:
            assert not cell.startswith(("=", "+", "-", "@")), f"{table}.csv has a live formula: {cell!r}"
    assert "'=HYPERLINK(\"http://example.org\",\"8C\")" in cells["classrooms"]
    assert "'=cmd|' /C calc'!A0" in cells["students"] and "'@SUM(A1:A9)" in cells["students"]
    assert "'+1 for helping" in cells["events"] and "'-5 minutes late back" in cells["events"]
    assert "'=1+1" in cells["choices"]
    with (folder / "students.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 12  # the 10 demo students and the 2 imported ones


def test_csv_export_onto_a_file_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder.csv"
    target.write_text("keep me\n", encoding="utf-8")
    run = expect(run_cli(shared_dir, "export", "--format", "csv", "--out", str(target)), 1)
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert_unchanged(shared_dir, pristine_snapshot)
    assert str(target) in run.err and "is a file" in run.err


def test_unusable_database_url_is_refused(tmp_path: Path) -> None:
    run = expect(run_cli(None, "--database-url", "not a url", "check", home=tmp_path), 1)
    assert "is not a database url" in run.err.lower()
    assert not (tmp_path / ".local").exists() and not (tmp_path / "xdg-data").exists()  # no crash log anywhere


# --- import ------------------------------------------------------------------------------------------------


def test_round_trip_through_an_export(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    exported = tmp_path / "export.json"
    expect(run_cli(shared_dir, "export", "--out", str(exported)), 0)
    fresh = tmp_path / "fresh"
    expect(run_cli(fresh, "import", str(exported)), 0, "Imported")
    assert export_content(fresh) == pristine_snapshot.export

    again = snapshot(fresh)
    expect(run_cli(fresh, "import", str(exported)), 0, "Imported 0 records", "already there")
    assert_unchanged(fresh, again)
    assert_unchanged(shared_dir, pristine_snapshot)


# --- the data folder ---------------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_data_dir_from_the_environment(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    env = base_env(tmp_path, AUTONOMY_DATA_DIR=str(shared_dir))
    run = expect(run_cli(None, "check", env=env), 0)
    assert f"Database: {shared_dir / DATABASE_FILE}" in run.out and "10 students" in run.out
    run = expect(run_cli(None, "export", env=env), 0)
    assert without_stamp(json.loads(run.out)) == pristine_snapshot.export
    assert not (tmp_path / "xdg-data" / "autonomy").exists(), "the default data folder was used"


@pytest.mark.sqlite_only
def test_data_dir_option_wins_over_the_environment(tmp_path: Path) -> None:
    from_env, from_option = tmp_path / "from-env", tmp_path / "from-option"
    env = base_env(tmp_path, AUTONOMY_DATA_DIR=str(from_env))
    run = expect(run_cli(from_option, "check", env=env), 0)
    assert str(from_option / DATABASE_FILE) in run.out
    assert not from_env.exists()


@pytest.mark.sqlite_only
def test_files_written_are_private(demo_copy: Path) -> None:
    # Exports and backups written with --out are checked where those commands are tested.
    expect(run_cli(demo_copy, "backup"), 0, "Backed up to")
    assert mode(demo_copy) == 0o700
    assert mode(demo_copy / DATABASE_FILE) == 0o600
    assert mode(demo_copy / "backups") == 0o700
    backups = list((demo_copy / "backups").glob("autonomy-*.sqlite3"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    assert all(mode(p) == 0o600 for p in (demo_copy / "backups").iterdir())


@pytest.mark.sqlite_only
def test_the_unchanged_check_notices_a_change(demo_copy: Path, pristine_snapshot: Snapshot) -> None:
    """The check every refusal relies on does see a one-word change (made here without the app)."""
    assert_unchanged(demo_copy, pristine_snapshot)
    conn = sqlite3.connect(demo_copy / DATABASE_FILE)
    conn.execute("UPDATE trust_events SET note = 'changed' WHERE id = (SELECT MIN(id) FROM trust_events)")
    conn.commit()
    conn.close()
    with pytest.raises(AssertionError, match="exported content"):
        assert_unchanged(demo_copy, pristine_snapshot)
