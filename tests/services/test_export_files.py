"""Exports are written safely (storage/safe_files.py): a link planted in a shared folder is never written
through, a full disk leaves no file (and none of the nine CSV tables), a locked folder is refused as it is."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from autonomy.core.errors import StorageError
from autonomy.services import Services
from tests.planted import assert_untouched, fill_disk_after, listing

TABLES = {f"{n}.csv" for n in ("classrooms", "students", "level_changes", "events", "choices", "reflections",
                               "self_ratings", "decisions", "levels")}


@pytest.fixture
def doc(services: Services, classroom, students) -> dict:
    services.events.log([students[0].id], "build", "helped_peer", note="a note long enough to need some room " * 20)
    return services.exchange.export_document()


def test_json_a_link_at_the_old_part_name_is_not_followed(services: Services, doc: dict, shared: Path,
                                                          victim: Path) -> None:
    (shared / "export.json.part").symlink_to(victim)
    services.exchange.write_json(doc, shared / "export.json")
    assert_untouched(victim)
    assert services.exchange.read_file(shared / "export.json") == doc
    assert stat.S_IMODE((shared / "export.json").stat().st_mode) == 0o600


def test_json_a_link_at_the_name_is_refused(services: Services, doc: dict, shared: Path, victim: Path) -> None:
    (shared / "export.json").symlink_to(victim)
    before = listing(shared)
    with pytest.raises(StorageError, match="export.json is a symbolic link"):
        services.exchange.write_json(doc, shared / "export.json")
    assert_untouched(victim)
    assert listing(shared) == before


def test_json_a_full_disk_leaves_the_old_export_and_nothing_else(services: Services, doc: dict, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"last week's export\n")
    before = listing(tmp_path)
    fill_disk_after(monkeypatch, 500)
    with pytest.raises(StorageError, match=r"^The disk is full: .*export\.json was not written\."):
        services.exchange.write_json(doc, target)
    assert listing(tmp_path) == before


def test_csv_a_full_disk_leaves_none_of_the_nine(services: Services, doc: dict, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "csv"
    services.exchange.write_csv(doc, folder)  # the set from before, which must survive whole
    before = listing(folder)
    assert before.keys() == TABLES
    services.events.log([doc["students"][0]["id"]], "observation", "noticed", note="one more")
    sizes = sorted(len(content) for content, _inode, _mode in before.values())
    fill_disk_after(monkeypatch, sum(sizes[:6]))  # room for six of the nine
    with pytest.raises(StorageError, match=r"^The disk is full: nothing was written to .*csv\."):
        services.exchange.write_csv(services.exchange.export_document(), folder)
    assert listing(folder) == before


def test_csv_a_full_disk_does_not_leave_the_folder_it_made(services: Services, doc: dict, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    fill_disk_after(monkeypatch, 2000)
    with pytest.raises(StorageError, match="The disk is full"):
        services.exchange.write_csv(doc, tmp_path / "new" / "csv")
    assert not (tmp_path / "new").exists()


def test_csv_a_link_planted_at_a_table_refuses_the_set(services: Services, doc: dict, shared: Path,
                                                       victim: Path) -> None:
    folder = shared / "csv"
    folder.mkdir()
    (folder / "students.csv").symlink_to(victim)
    (folder / "events.csv.part").symlink_to(victim)
    before = listing(folder)
    with pytest.raises(StorageError, match=r"students\.csv is a symbolic link"):
        services.exchange.write_csv(doc, folder)
    assert_untouched(victim)
    assert listing(folder) == before


def test_csv_links_at_the_old_part_names_are_not_followed(services: Services, doc: dict, shared: Path,
                                                          victim: Path) -> None:
    folder = shared / "csv"
    folder.mkdir()
    for name in TABLES:
        (folder / f"{name}.part").symlink_to(victim)
    services.exchange.write_csv(doc, folder)
    assert_untouched(victim)
    assert {p.name for p in folder.iterdir() if not p.is_symlink()} == TABLES


@pytest.mark.parametrize("csv", [False, True])
def test_a_locked_output_folder_is_refused_and_stays_locked(services: Services, doc: dict, tmp_path: Path,
                                                            csv: bool) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match=f"the folder {folder} is read-only"):
            if csv:
                services.exchange.write_csv(doc, folder)
            else:
                services.exchange.write_json(doc, folder / "export.json")
        assert listing(folder) == {} and stat.S_IMODE(folder.stat().st_mode) == 0o555
    finally:
        folder.chmod(0o700)
