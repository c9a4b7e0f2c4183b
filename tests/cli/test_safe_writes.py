"""Files the command line writes, where someone else can plant a link (a shared folder) or the person locked the
folder: exit 1 and one sentence, the linked file untouched, the locked folder still locked, nothing left behind
(storage/safe_files.py). A full disk on a real small filesystem is in tests/reliability/test_full_disk_files.py."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from tests.cli.helpers import Run, Snapshot, assert_unchanged, expect, export_content, run_cli
from tests.planted import assert_untouched, listing

TABLES = {f"{n}.csv" for n in ("classrooms", "students", "level_changes", "events", "choices", "reflections",
                               "self_ratings", "decisions", "levels")}


@pytest.fixture
def locked(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o700)


@pytest.fixture(scope="module")
def class_name(shared_dir: Path) -> str:
    return str(export_content(shared_dir)["classrooms"][0]["name"])


def one_sentence(run: Run, *needles: str) -> None:
    expect(run, 1, *needles)
    assert len(run.err.strip().splitlines()) == 1, run


def writes(kind: str, target: Path, class_name: str) -> list[str]:
    if kind == "json":
        return ["export", "--out", str(target)]
    if kind == "csv":
        return ["export", "--format", "csv", "--out", str(target)]
    return ["report", "--class", class_name, "--out", str(target)]


@pytest.mark.parametrize("kind", ["json", "report"])
def test_a_link_at_the_name_is_refused(shared_dir: Path, pristine_snapshot: Snapshot, shared: Path, victim: Path,
                                       class_name: str, kind: str) -> None:
    target = shared / ("out.pdf" if kind == "report" else "out.json")
    target.symlink_to(victim)
    before = listing(shared)
    one_sentence(run_cli(shared_dir, *writes(kind, target, class_name)), f"{target} is a symbolic link")
    assert_untouched(victim)
    assert listing(shared) == before
    assert_unchanged(shared_dir, pristine_snapshot)


@pytest.mark.parametrize("kind", ["json", "report"])
def test_a_link_at_the_old_part_name_is_not_followed(shared_dir: Path, shared: Path, victim: Path,
                                                     class_name: str, kind: str) -> None:
    target = shared / ("out.pdf" if kind == "report" else "out.json")
    target.with_name(target.name + ".part").symlink_to(victim)
    expect(run_cli(shared_dir, *writes(kind, target, class_name)), 0)
    assert_untouched(victim)
    assert listing(shared).keys() == {target.name, target.name + ".part"}
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_csv_a_link_planted_at_one_table_refuses_them_all(shared_dir: Path, shared: Path, victim: Path,
                                                          class_name: str) -> None:
    folder = shared / "csv"
    folder.mkdir()
    (folder / "events.csv").symlink_to(victim)
    for name in TABLES:
        (folder / f"{name}.part").symlink_to(victim)
    before = listing(folder)
    one_sentence(run_cli(shared_dir, *writes("csv", folder, class_name)), "events.csv is a symbolic link")
    assert_untouched(victim)
    assert listing(folder) == before
    (folder / "events.csv").unlink()
    expect(run_cli(shared_dir, *writes("csv", folder, class_name)), 0)  # the .part links are no obstacle
    assert_untouched(victim)
    assert {p.name for p in folder.iterdir() if not p.is_symlink()} == TABLES


@pytest.mark.parametrize("kind", ["json", "csv", "report"])
def test_a_locked_output_folder_is_refused_and_stays_locked(shared_dir: Path, locked: Path, class_name: str,
                                                            kind: str) -> None:
    target = locked if kind == "csv" else locked / "out.file"
    one_sentence(run_cli(shared_dir, *writes(kind, target, class_name)), f"the folder {locked} is read-only")
    assert listing(locked) == {} and stat.S_IMODE(locked.stat().st_mode) == 0o555


@pytest.mark.sqlite_only
def test_backup_a_link_at_the_name_is_refused_and_old_part_links_ignored(demo_copy: Path, shared: Path,
                                                                           victim: Path) -> None:
    target = shared / "b.sqlite3"
    target.symlink_to(victim)
    one_sentence(run_cli(demo_copy, "backup", "--out", str(target)), f"{target} is a symbolic link")
    assert_untouched(victim)
    target.unlink()
    for suffix in (".part", ".part-journal"):
        target.with_name(target.name + suffix).symlink_to(victim)
    expect(run_cli(demo_copy, "backup", "--out", str(target)), 0, "Backed up to")
    assert_untouched(victim)
    assert listing(shared).keys() == {"b.sqlite3", "b.sqlite3.part", "b.sqlite3.part-journal"}


@pytest.mark.sqlite_only
def test_backup_into_a_locked_folder_is_refused(demo_copy: Path, locked: Path) -> None:
    one_sentence(run_cli(demo_copy, "backup", "--out", str(locked / "b.sqlite3")), "is read-only")
    assert listing(locked) == {} and stat.S_IMODE(locked.stat().st_mode) == 0o555


@pytest.mark.sqlite_only
@pytest.mark.parametrize("command", [["check"], ["export"], ["backup"]])
def test_a_locked_data_folder_is_refused_and_stays_locked(demo_copy: Path, command: list[str]) -> None:
    before = listing(demo_copy)
    demo_copy.chmod(0o555)
    try:
        one_sentence(run_cli(demo_copy, *command), f"The data folder {demo_copy} is read-only")
        assert stat.S_IMODE(demo_copy.stat().st_mode) == 0o555
    finally:
        demo_copy.chmod(0o700)
    assert listing(demo_copy) == before
