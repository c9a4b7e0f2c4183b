"""`autonomy import-roster` with school systems' exports, end to end: bundles as folders and zips, one class by
--section, --list-sections, the dry run's account of the format and columns, rows left out by reason, files
without students and hostile zips refused with nothing stored, and an updated export imported again."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from tests.cli.helpers import Snapshot, assert_unchanged, expect, run_cli, stored_content, students_of

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rosters"
SDS_V2 = Path("/work/shared/rosters/sds-v2")
needs_samples = pytest.mark.skipif(not SDS_V2.is_dir(), reason="the real Microsoft samples are not here")


def zipped(folder: Path, into: Path) -> Path:
    path = into / f"{folder.name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, f"export/{file.name}")
    return path


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_list_sections_prints_each_class_and_writes_nothing(shared_dir: Path, pristine_snapshot: Snapshot,
                                                            tmp_path: Path, kind: str) -> None:
    folder = FIXTURES / "oneroster-1.1"
    path = folder if kind == "folder" else zipped(folder, tmp_path)
    run = run_cli(shared_dir, "import-roster", str(path), "--list-sections")
    assert run.code == 0, str(run)
    lines = run.out.splitlines()
    assert lines[0].split() == ["Class", "Id", "Students"]
    assert [line.split() for line in lines[1:]] == [["7B", "Science", "cls-1", "3"], ["8A", "History", "cls-2", "1"]]
    assert "(old)" not in run.out  # the class marked tobedeleted is not offered
    assert_unchanged(shared_dir, pristine_snapshot)


@needs_samples
def test_dry_run_says_the_format_the_columns_and_what_was_left_out(shared_dir: Path,
                                                                    pristine_snapshot: Snapshot) -> None:
    expect(run_cli(shared_dir, "import-roster", str(SDS_V2 / "users.csv"), "--class", "Whole school", "--dry-run"),
           0, "Format: Microsoft SDS v2 users.csv", "name from givenName + familyName",
           "preferred name from none", "id from sourcedId", "left out by role",
           "Left out 7 row(s) that are not current students: 7 staff", "22 student(s) would be added")
    assert_unchanged(shared_dir, pristine_snapshot)


def test_one_class_from_a_zip_with_preferred_names_and_legal_names_kept(demo_copy: Path, tmp_path: Path) -> None:
    path = zipped(FIXTURES / "oneroster-1.2", tmp_path)
    expect(run_cli(demo_copy, "import-roster", str(path), "--class", "Maths 9A", "--section", "Maths 9A",
                   "--dry-run"), 0, "in a OneRoster 1.2 bundle (a .zip)", "Class: Maths 9A (id cls-9a)",
           "preferred name from preferredFirstName + preferredLastName", "roles from roles.csv",
           "1 deleted, 1 staff", "3 student(s) would be added")
    expect(run_cli(demo_copy, "import-roster", str(path), "--class", "Maths 9A", "--section", "cls-9a"), 0,
           "Created the classroom “Maths 9A”", "3 student(s) added to Maths 9A", "1 deleted, 1 staff")
    doc = stored_content(demo_copy)
    assert students_of(doc, "Maths 9A") == {"Bobby Smith": "s-1", "Aoife O’Brien": "s-2", "Jia Chen-Wong": "s-3"}
    notes = {s["name"]: s["notes"] for s in doc["students"] if s["name"] in ("Bobby Smith", "Aoife O’Brien")}
    assert notes == {"Bobby Smith": "Legal name: Robert Smith", "Aoife O’Brien": ""}


@pytest.mark.parametrize(("args", "words"), [
    (("oneroster-1.1", "--section", "Science"), "there is no class “Science” in the bundle; the closest are: "
                                                 "7B Science"),
    (("oneroster-1.1",), "choose one with --section"),
    (("oneroster-1.1/orgs.csv",), "orgs.csv holds no students: it looks like an organisations file"),
    (("clever/teachers.csv",), "it looks like a Clever teachers.csv"),
    (("oneroster-1.1/classes.csv",), "it looks like a classes file"),
])
def test_refusals_change_nothing(shared_dir: Path, pristine_snapshot: Snapshot, args: tuple[str, ...],
                                 words: str) -> None:
    path, *rest = args
    expect(run_cli(shared_dir, "import-roster", str(FIXTURES / path), "--class", "New", *rest), 1, words)
    assert_unchanged(shared_dir, pristine_snapshot)


def test_hostile_zips_are_refused_and_nothing_is_stored(shared_dir: Path, pristine_snapshot: Snapshot,
                                                        tmp_path: Path) -> None:
    traversal = tmp_path / "traversal.zip"
    with zipfile.ZipFile(traversal, "w") as archive:
        archive.writestr("../users.csv", (FIXTURES / "oneroster-1.1" / "users.csv").read_bytes())
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("users.csv", b"name\n" + b"A" * (40 * 1024 * 1024))
    nested = tmp_path / "nested.zip"
    with zipfile.ZipFile(nested, "w") as archive:
        archive.write(traversal, "inner.zip")
    for path, words in ((traversal, "points outside the bundle's folder"), (bomb, "a zip bomb?"),
                        (nested, "holds another archive (inner.zip)")):
        expect(run_cli(shared_dir, "import-roster", str(path), "--class", "New"), 1, "was not imported", words)
    assert_unchanged(shared_dir, pristine_snapshot)


def test_wrong_usage_without_class_exits_2(shared_dir: Path, pristine_snapshot: Snapshot) -> None:
    expect(run_cli(shared_dir, "import-roster", str(FIXTURES / "clever")), 2, "--class")
    assert_unchanged(shared_dir, pristine_snapshot)


@needs_samples
def test_an_updated_export_adds_the_new_and_lists_who_left(demo_copy: Path, tmp_path: Path) -> None:
    expect(run_cli(demo_copy, "import-roster", str(SDS_V2), "--class", "Algebra", "--section", "11001"), 0,
           "6 student(s) added to Algebra")
    updated = tmp_path / "sds-v2-later"
    shutil.copytree(SDS_V2, updated)
    for file in updated.iterdir():
        file.chmod(0o644)
    enrolments = (updated / "enrollments.csv").read_text(encoding="utf-8")
    enrolments = enrolments.replace("11001,13006,Student\n", "").replace("11001,13001,Student\n",
                                                                         "11001,13001,Student\n11001,13099,Student\n")
    (updated / "enrollments.csv").write_text(enrolments, encoding="utf-8")
    with (updated / "users.csv").open("a", encoding="utf-8") as users:
        users.write("13099,10001,Zephrée,Gámez,ZGamez@classrmtest31.org,P@ssword123,Student,6\n")
    run = expect(run_cli(demo_copy, "import-roster", str(updated), "--class", "Algebra", "--section",
                         "Math - Algebra 1"), 0, "1 student(s) added to Algebra",
                 "5 student(s) already there (same school id): ", "Ora Klein (13001)",
                 "1 student(s) of Algebra are no longer in the file (they were kept",
                 "Sherry Santana (13006)")
    assert "were skipped" not in run.err
    doc = stored_content(demo_copy)
    algebra = students_of(doc, "Algebra")
    assert algebra["Zephrée Gámez"] == "13099" and algebra["Sherry Santana"] == "13006" and len(algebra) == 7
    assert [s["active"] for s in doc["students"] if s["name"] == "Sherry Santana"] == [True]  # not archived
