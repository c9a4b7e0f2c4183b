"""The PDF report and the GUI's export jobs write safely (storage/safe_files.py): drawn in memory, then written to
a temporary file of their own and renamed into place; a planted link is never written through, a full disk or a
cancel leaves nothing, a locked folder is refused as it is; the dialog says "The disk is full: …"."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from autonomy.core.errors import StorageError
from autonomy.services.coach import CoachService
from autonomy.ui.coach import jobs
from autonomy.ui.coach.report import ReportCancelled, write_report
from tests.planted import assert_untouched, fill_disk_after, listing

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def demo(services):
    services.exchange.import_document(generate_demo(classes=1, students=3, days=10, seed=5, today=TODAY))
    return services


@pytest.fixture
def data(qtbot, demo):
    coach = CoachService(demo.db)
    return coach.class_data(coach.classrooms()[0].id, TODAY - dt.timedelta(days=9), TODAY)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path holds the data folder too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_link_at_the_old_part_name_is_not_followed(data, shared: Path, victim: Path) -> None:
    (shared / "r.pdf.part").symlink_to(victim)
    assert write_report(data, shared / "r.pdf", today=TODAY) > 1
    assert_untouched(victim)
    assert (shared / "r.pdf").read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE((shared / "r.pdf").stat().st_mode) == 0o600
    assert listing(shared).keys() == {"r.pdf", "r.pdf.part"}


def test_a_link_at_the_name_is_refused(data, shared: Path, victim: Path) -> None:
    (shared / "r.pdf").symlink_to(victim)
    before = listing(shared)
    with pytest.raises(StorageError, match=r"r\.pdf is a symbolic link"):
        write_report(data, shared / "r.pdf", today=TODAY)
    assert_untouched(victim)
    assert listing(shared) == before


def test_a_full_disk_leaves_the_old_report_and_nothing_else(data, out: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    (out / "r.pdf").write_bytes(b"%PDF last week's")
    before = listing(out)
    fill_disk_after(monkeypatch, 4096)
    with pytest.raises(StorageError, match=r"^The disk is full: .*r\.pdf was not written\. Free some space"):
        write_report(data, out / "r.pdf", today=TODAY)
    assert listing(out) == before


def test_a_cancelled_report_leaves_nothing(data, out: Path) -> None:
    with pytest.raises(ReportCancelled):
        write_report(data, out / "r.pdf", cancelled=lambda: True, today=TODAY)
    assert listing(out) == {}


def test_a_locked_folder_is_refused_and_stays_locked(data, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match=f"the folder {folder} is read-only"):
            write_report(data, folder / "r.pdf", today=TODAY)
        assert listing(folder) == {} and stat.S_IMODE(folder.stat().st_mode) == 0o555
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("what", ["report", "json", "csv"])
def test_the_dialog_says_the_disk_is_full(qtbot, backend, demo, dialogs, out: Path,
                                          monkeypatch: pytest.MonkeyPatch, what: str) -> None:
    classroom = CoachService(demo.db).classrooms()[0]
    fill_disk_after(monkeypatch, 1000)
    if what == "report":
        jobs.start_report(backend, None, classroom.id, out / "r.pdf", start=TODAY - dt.timedelta(days=9),
                          end=TODAY)
    else:
        jobs.start_export(backend, None, out / ("csv" if what == "csv" else "x.json"), csv=what == "csv")
    [(kind, title, text)] = dialogs.shown
    assert kind == "warning" and title == "That was not saved"
    assert text.startswith("The disk is full: ") and "Free some space and try again." in text
    assert listing(out) == {}


@pytest.mark.parametrize("what", ["report", "json", "csv"])
def test_the_dialog_names_a_planted_link_or_a_locked_folder(qtbot, backend, demo, dialogs, out: Path,
                                                            victim: Path, what: str) -> None:
    classroom = CoachService(demo.db).classrooms()[0]
    target = out / ("r.pdf" if what == "report" else "x.json")
    if what == "csv":
        out.chmod(0o555)
        target = out
    else:
        target.symlink_to(victim)
    try:
        if what == "report":
            jobs.start_report(backend, None, classroom.id, target)
        else:
            jobs.start_export(backend, None, target, csv=what == "csv")
    finally:
        out.chmod(0o700)
    [(kind, title, text)] = dialogs.shown
    assert kind == "warning" and title == "That was not saved"
    assert ("is read-only" if what == "csv" else "is a symbolic link") in text
    assert_untouched(victim)
    assert listing(out).keys() == (set() if what == "csv" else {target.name})
