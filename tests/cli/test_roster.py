"""`autonomy import-roster` end to end: good files, dry runs, all-or-nothing refusals naming line numbers,
--skip-invalid, and the hostile corpus (tests/cli/corpus/roster, made by corpus/make_corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import (
    ROSTERS,
    Snapshot,
    assert_unchanged,
    expect,
    history,
    run_cli,
    snapshot,
    stored_content,
    students_of,
)

EXISTING_CLASS = "9E History"  # one of the demo classes (fixtures in conftest.py)


def _roster(name: str) -> str:
    return str(ROSTERS / name)


def test_good_roster_creates_the_class(demo_copy: Path, pristine_snapshot: Snapshot) -> None:
    expect(run_cli(demo_copy, "import-roster", _roster("good.csv"), "--class", "7A Science"), 0,
           "Created the classroom “7A Science”", "3 student(s) added to 7A Science")
    doc = stored_content(demo_copy)
    assert students_of(doc, "7A Science") == {"Amira Haddad": "1001", "Ben Okafor": "1002", "Chloé Dubois": "1003"}
    assert len(doc["students"]) == len(pristine_snapshot.export["students"]) + 3
    assert len(history(demo_copy)["actions"]) > len(pristine_snapshot.history["actions"]), "not undoable"


def test_good_roster_into_an_existing_class_then_again(demo_copy: Path) -> None:
    before = students_of(stored_content(demo_copy), EXISTING_CLASS)
    run = expect(run_cli(demo_copy, "import-roster", _roster("good.csv"), "--class", EXISTING_CLASS), 0,
                 f"3 student(s) added to {EXISTING_CLASS}")
    assert "Created" not in run.err
    state = snapshot(demo_copy)
    assert students_of(state.export, EXISTING_CLASS) == {**before, "Amira Haddad": "1001", "Ben Okafor": "1002",
                                                         "Chloé Dubois": "1003"}

    # The same file again: every row is already there, so the whole file is refused.
    expect(run_cli(demo_copy, "import-roster", _roster("good.csv"), "--class", EXISTING_CLASS), 1,
           "not imported", "line 2: Amira Haddad is already in", "line 4: Chloé Dubois is already in")
    assert_unchanged(demo_copy, state)


@pytest.mark.parametrize("classroom", ["A New Class", EXISTING_CLASS])
def test_dry_run_writes_nothing(shared_dir: Path, pristine_snapshot: Snapshot, classroom: str) -> None:
    run = expect(run_cli(shared_dir, "import-roster", _roster("good.csv"), "--class", classroom, "--dry-run"), 0,
                 "3 student(s) would be added")
    if classroom == EXISTING_CLASS:
        assert "would be created" not in run.err
    else:
        assert "would be created" in run.err
    assert_unchanged(shared_dir, pristine_snapshot)


def test_dry_run_of_a_bad_file_lists_the_problems(shared_dir: Path, pristine_snapshot: Snapshot) -> None:
    expect(run_cli(shared_dir, "import-roster", _roster("bad_rows.csv"), "--class", EXISTING_CLASS, "--dry-run"), 1,
           "3 student(s) would be added", "line 3: the name is empty", "line 5:", "line 6: duplicate of line 4")
    assert_unchanged(shared_dir, pristine_snapshot)


@pytest.mark.parametrize("classroom", ["Another New Class", EXISTING_CLASS])
def test_bad_file_is_refused_entirely(shared_dir: Path, pristine_snapshot: Snapshot, classroom: str) -> None:
    expect(run_cli(shared_dir, "import-roster", _roster("bad_rows.csv"), "--class", classroom), 1,
           "not imported", "3 of 6 rows have problems", "--skip-invalid",
           "line 3: the name is empty", "line 5: the name looks like a spreadsheet formula",
           "line 6: duplicate of line 4")
    assert_unchanged(shared_dir, pristine_snapshot)


def test_skip_invalid_imports_the_good_rows(demo_copy: Path) -> None:
    expect(run_cli(demo_copy, "import-roster", _roster("bad_rows.csv"), "--class", "8D", "--skip-invalid"), 0,
           "3 student(s) added to 8D", "3 row(s) were skipped", "line 3:", "line 5:", "line 6:")
    assert students_of(stored_content(demo_copy), "8D") == {"Dana Reyes": "2001", "Eli Novak": "2003",
                                                            "Farah Khalil": "2006"}


@pytest.mark.parametrize(("classroom", "dry_run"), [("", False), ("   ", True), ("X" * 201, True)],
                         ids=["empty", "blank-dry-run", "too-long-dry-run"])
def test_unusable_class_name_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, classroom: str,
                                        dry_run: bool) -> None:
    args = ["import-roster", _roster("good.csv"), "--class", classroom] + (["--dry-run"] if dry_run else [])
    expect(run_cli(shared_dir, *args), 1, "classroom name")
    assert_unchanged(shared_dir, pristine_snapshot)


# --- the hostile corpus: files that are read ----------------------------------------------------------------

ACCEPTED = {
    "cp1252.csv": {"José Müller": "3001", "Zoë O’Brien": "3002", "François Lefèvre": "3003"},
    "utf16_bom.csv": {"Łukasz Kowalski": "3101", "Ngozi Adeyemi": "3102"},
    "utf8_bom.csv": {"Søren Andersen": "3201", "Ömer Yılmaz": "3202"},
    "semicolons.csv": {"Lee, Ann": "3301", "Bo Chen": "3302"},
    "extra_columns.csv": {"Grace Hughes": "3401", "Owen Clarke": "3402"},
    "rtl_emoji.csv": {"مريم الحداد": None, "נועה כהן": None, "Zoë 🌟 Nguyen": None, "👩🏽‍🔬 Ada Park": None},
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_corpus_file_is_read_correctly(demo_copy: Path, name: str) -> None:
    expected = ACCEPTED[name]
    expect(run_cli(demo_copy, "import-roster", _roster(name), "--class", "Corpus"), 0,
           f"{len(expected)} student(s) added to Corpus")
    assert students_of(stored_content(demo_copy), "Corpus") == expected


def test_quoted_line_breaks_keep_line_numbers(shared_dir: Path, pristine_snapshot: Snapshot) -> None:
    expect(run_cli(shared_dir, "import-roster", _roster("quoted_newlines.csv"), "--class", "Q"), 1,
           "1 of 3 rows", "line 6: the name is empty")
    assert_unchanged(shared_dir, pristine_snapshot)


def test_quoted_line_breaks_with_skip_invalid(demo_copy: Path) -> None:
    expect(run_cli(demo_copy, "import-roster", _roster("quoted_newlines.csv"), "--class", "Q", "--skip-invalid"), 0,
           "2 student(s) added", "line 6:")
    assert students_of(stored_content(demo_copy), "Q") == {"Ann Lee": None, "Bo Chen": None}


# --- the hostile corpus: files that are refused -------------------------------------------------------------

REFUSED = {
    "missing_name_column.csv": ("no name column found", '"Email", "Grade"'),
    "nul_bytes.csv": ("does not look like a CSV text file",),
    "binary.bin": ("does not look like a CSV text file",),
    "workbook.xlsx": ("spreadsheet workbook", "save it as CSV"),
    "empty.csv": ("the file is empty",),
    "blank_lines.csv": ("the file is empty",),
    "header_only.csv": ("no student rows",),
    "unclosed_quote.csv": ("line 2:", "never closed"),
    "duplicate_rows.csv": ("2 of 4 rows", "line 3: duplicate of line 2 (same student id 3601)",
                           "line 5: duplicate of line 4"),
    "empty_names.csv": ("3 of 4 rows", "line 2: the name is empty", "line 3: the name is empty",
                        "line 4: the name is empty"),
    "long_name.csv": ("line 3: the name is 500 characters long; the limit is 200",),
    "ragged_rows.csv": ("line 3: this row has 3 cells but the header has 2 columns", "in quotes"),
    "formulas.csv": ("5 of 6 rows", "line 2: the name looks like a spreadsheet formula", "line 3: the name looks",
                     "line 4: the name looks", "line 5: the name looks",
                     "line 6: the student id looks like a spreadsheet formula"),
}
WHOLE_FILE = {"missing_name_column.csv", "nul_bytes.csv", "binary.bin", "workbook.xlsx", "empty.csv",
              "blank_lines.csv", "header_only.csv", "unclosed_quote.csv"}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_corpus_file_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, name: str) -> None:
    run = expect(run_cli(shared_dir, "import-roster", _roster(name), "--class", EXISTING_CLASS), 1, *REFUSED[name])
    if name in WHOLE_FILE:
        assert name in run.err, "the message should name the file"
    assert_unchanged(shared_dir, pristine_snapshot)


@pytest.mark.parametrize("name", ["binary.bin", "empty.csv", "missing_name_column.csv"])
def test_skip_invalid_does_not_rescue_a_file_that_is_no_roster(shared_dir: Path, pristine_snapshot: Snapshot,
                                                                name: str) -> None:
    expect(run_cli(shared_dir, "import-roster", _roster(name), "--class", "Rescue", "--skip-invalid"), 1,
           *REFUSED[name])
    assert_unchanged(shared_dir, pristine_snapshot)


def test_missing_file_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.csv"
    expect(run_cli(shared_dir, "import-roster", str(missing), "--class", "X"), 1, str(missing), "cannot be read")
    expect(run_cli(shared_dir, "import-roster", str(tmp_path), "--class", "X"), 1, "cannot be read")
    assert_unchanged(shared_dir, pristine_snapshot)


# --- a big file (generated, not committed) ------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_roster(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10,000 student rows (lines 2 to 10,001); the rows on lines 1,001, 2,001 … 10,001 have no name."""
    lines = ["Name,Student ID"]
    lines += [f",{n}" if n % 1000 == 0 else f"Student {n:05d},{n}" for n in range(1, 10_001)]
    path = tmp_path_factory.mktemp("big") / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_big_file_with_bad_rows_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, big_roster: Path) -> None:
    run = expect(run_cli(shared_dir, "import-roster", str(big_roster), "--class", "Big"), 1,
                 "10 of 10000 rows have problems")
    for line in range(1001, 10_002, 1000):
        assert f"line {line}: the name is empty" in run.err
    expect(run_cli(shared_dir, "import-roster", str(big_roster), "--class", "Big", "--dry-run"), 1,
           "9990 student(s) would be added", "line 10001:")
    assert_unchanged(shared_dir, pristine_snapshot)


def test_big_file_with_skip_invalid(demo_copy: Path, big_roster: Path) -> None:
    expect(run_cli(demo_copy, "import-roster", str(big_roster), "--class", "Big", "--skip-invalid"), 0,
           "9990 student(s) added to Big", "10 row(s) were skipped")
    students = students_of(stored_content(demo_copy), "Big")
    assert len(students) == 9990
    assert students["Student 09999"] == "9999" and "Student 01000" not in students
