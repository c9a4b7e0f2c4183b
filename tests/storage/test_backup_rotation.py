"""The daily backup on opening and its rotation, over simulated dates (the clock is injected), and a restore that
brings back exactly what was backed up."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
from pathlib import Path

import pytest

from autonomy.app import open_services
from autonomy.core.errors import RefusedFile, StorageError
from autonomy.services import Services
from autonomy.services.settings import BackupSchedule, SettingsService
from autonomy.storage import rotation
from autonomy.storage.backup import backup_file, check_backup, restore_database
from autonomy.storage.paths import DATABASE_FILE
from autonomy.storage.rotation import back_up_daily, back_up_on_open, daily_name, days_to_keep, rotate

pytestmark = pytest.mark.sqlite_only  # backups of the SQLite file; a server uses pg_dump

DEFAULT = BackupSchedule()  # 7 daily, 4 weekly
START = dt.date(2026, 9, 1)  # a Tuesday


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _content(services: Services) -> dict:
    doc = json.loads(services.exchange.write_json(services.exchange.export_document(), None) or "")
    doc.pop("exported_at")
    return doc


@pytest.fixture
def database(services: Services, classroom, students) -> Path:  # a database with some content
    assert services.db.path is not None
    return services.db.path


def _dailies(folder: Path) -> set[dt.date]:
    found = set()
    for path in folder.glob("daily-????-??-??.sqlite3"):
        if path.is_file() and not path.is_symlink() and path.name != "daily-2026-02-30.sqlite3":
            found.add(dt.date.fromisoformat(path.name[len("daily-"):-len(".sqlite3")]))
    return found


def _expected(days: list[dt.date], daily_keep: int, weekly_keep: int) -> set[dt.date]:
    """Written out independently of the module: the newest N days, and the newest day of each of the newest M
    calendar weeks (Monday to Sunday)."""
    newest = sorted(days, reverse=True)
    weeks: list[dt.date] = []
    for day in newest:
        monday = day - dt.timedelta(days=day.weekday())
        if all(w - dt.timedelta(days=w.weekday()) != monday for w in weeks):
            weeks.append(day)
    return set(newest[:daily_keep]) | set(weeks[:weekly_keep]) | set(newest[:1])


def test_fifty_days_every_day_keeps_seven_dailies_and_four_weeklies(database: Path) -> None:
    folder = database.parent / "backups"
    for n in range(50):
        back_up_daily(database, DEFAULT, today=START + dt.timedelta(days=n))
    last = START + dt.timedelta(days=49)
    assert last == dt.date(2026, 10, 20)  # a Tuesday
    # The last seven days, and the newest of the four newest weeks: this week's (today), then the Sundays.
    assert _dailies(folder) == {last - dt.timedelta(days=n) for n in range(7)} | {
        dt.date(2026, 10, 18), dt.date(2026, 10, 11), dt.date(2026, 10, 4)}


@pytest.mark.parametrize(("daily_keep", "weekly_keep"), [(7, 4), (3, 0), (0, 2), (10, 8), (1, 1)])
def test_rotation_over_simulated_dates_with_gaps(database: Path, daily_keep: int, weekly_keep: int) -> None:
    """Opened on random days (school days, holidays, the odd weekend): after every opening the files left are
    exactly the schedule's, and the one just made is always among them."""
    schedule = BackupSchedule(enabled=True, daily_keep=daily_keep, weekly_keep=weekly_keep)
    folder = database.parent / "backups"
    rng = random.Random(daily_keep * 100 + weekly_keep)
    made: list[dt.date] = []
    day = START
    for _ in range(60):
        day += dt.timedelta(days=rng.choice([1, 1, 1, 1, 2, 3, 9]))
        assert back_up_daily(database, schedule, today=day) == folder / daily_name(day)
        made.append(day)
        assert _dailies(folder) == _expected(made, daily_keep, weekly_keep), day
        assert day in _dailies(folder)


def test_a_second_opening_the_same_day_makes_nothing_and_reads_no_setting(database: Path) -> None:
    day = dt.date(2026, 11, 2)
    first = back_up_on_open(database, lambda: DEFAULT, today=day)
    assert first is not None and first.name == "daily-2026-11-02.sqlite3"
    before = (first.read_bytes(), first.stat().st_mtime_ns)

    def not_asked() -> BackupSchedule:
        raise AssertionError("the schedule was read although today's backup exists")

    assert back_up_on_open(database, not_asked, today=day) is None
    assert (first.read_bytes(), first.stat().st_mtime_ns) == before
    assert back_up_on_open(database, lambda: DEFAULT, today=day + dt.timedelta(days=1)) is not None


def test_rotation_never_touches_files_it_did_not_make(database: Path, tmp_path: Path) -> None:
    folder = database.parent / "backups"
    folder.mkdir(mode=0o700)
    outside = tmp_path / "elsewhere.sqlite3"
    outside.write_bytes(b"not ours")
    theirs = {
        "autonomy-20260101-120000.sqlite3": b"a manual backup",
        "before-restore-20260102-080000.sqlite3": b"kept before a restore",
        "before-import-20260103-080000.sqlite3": b"kept before an import",
        "daily-2026-02-30.sqlite3": b"not a real day",
        "daily-2026-01-01.sqlite3.part": b"half a copy",
        "daily-2026-01-01.txt": b"a note",
        "Daily-2026-01-02.sqlite3": b"another name",
        "my-daily-2026-01-03.sqlite3": b"another name",
    }
    for name, body in theirs.items():
        (folder / name).write_bytes(body)
    (folder / "daily-2025-01-01.sqlite3").symlink_to(outside)
    (folder / "daily-2025-01-02.sqlite3").mkdir()
    for n in range(40):
        back_up_daily(database, BackupSchedule(daily_keep=2, weekly_keep=1), today=START + dt.timedelta(days=n))
    for name, body in theirs.items():
        assert (folder / name).read_bytes() == body, name
    assert (folder / "daily-2025-01-01.sqlite3").is_symlink() and outside.read_bytes() == b"not ours"
    assert (folder / "daily-2025-01-02.sqlite3").is_dir()
    assert len(_dailies(folder)) == 2  # the two newest days (the newest is also this week's)


def test_the_newest_copies_survive_a_clock_set_back(database: Path) -> None:
    folder = database.parent / "backups"
    future = [dt.date(2027, 1, 1) + dt.timedelta(days=n) for n in range(12)]
    for day in future:
        back_up_daily(database, DEFAULT, today=day)
    kept_future = _dailies(folder)
    today = dt.date(2026, 11, 20)  # the clock was wrong, then set right
    made = back_up_daily(database, DEFAULT, today=today)
    assert made is not None and made.exists(), "the backup just made was rotated away"
    assert max(kept_future) in _dailies(folder), "the newest backup was deleted"
    assert _dailies(folder) == kept_future | {today}


def test_days_to_keep_always_keeps_the_newest() -> None:
    days = [START + dt.timedelta(days=n) for n in range(10)]
    assert days_to_keep(days, 0, 0) == {days[-1]}
    assert days_to_keep([], 7, 4) == set()


def test_backups_off_means_none_made(database: Path) -> None:
    assert back_up_daily(database, BackupSchedule(enabled=False), today=START) is None
    assert not (database.parent / "backups").exists()


def test_opening_makes_todays_backup_private_and_sound(data_dir: Path) -> None:
    services = open_services(data_dir)
    try:
        services.roster.create_classroom("Backed up")
    finally:
        services.db.close()
    today = data_dir / "backups" / daily_name(dt.date.today())
    assert today.is_file()
    assert _mode(today) == 0o600 and _mode(today.parent) == 0o700
    check_backup(today)
    first = today.stat().st_mtime_ns
    services = open_services(data_dir)  # the second opening of the day: nothing new
    services.db.close()
    assert today.stat().st_mtime_ns == first
    assert sorted(p.name for p in today.parent.iterdir()) == [today.name]


def test_the_backup_setting_is_obeyed_on_opening(data_dir: Path) -> None:
    services = open_services(data_dir)
    SettingsService(services.db).set_backup_schedule(BackupSchedule(enabled=False))
    services.db.close()
    for path in (data_dir / "backups").iterdir():
        path.unlink()
    services = open_services(data_dir)
    services.db.close()
    assert list((data_dir / "backups").iterdir()) == []


def test_a_failed_daily_backup_is_logged_and_opening_goes_on(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    def full(_source: Path, target: Path) -> Path:
        raise StorageError(f"The backup to {target} failed: No space left on device.")

    monkeypatch.setattr(rotation, "backup_file", full)
    with caplog.at_level(logging.WARNING, logger="autonomy"):
        services = open_services(data_dir)
    try:
        services.roster.create_classroom("Still works")
    finally:
        services.db.close()
    assert "automatic backup could not be made" in caplog.text and "No space left" in caplog.text
    assert not list((data_dir / "backups").glob("daily-*"))


def test_a_backup_taken_while_the_database_is_in_use_restores_exactly(services: Services, database: Path,
                                                                       tmp_path: Path) -> None:
    services.events.log([s.id for s in services.roster.students(services.roster.classrooms()[0].id)],
                        "build", "helped_peer", note="before the backup")
    at_backup = _content(services)
    made = back_up_daily(database, DEFAULT, today=dt.date(2026, 11, 20))  # the app's engine is still open
    assert made is not None
    room = services.roster.create_classroom("After the backup")
    services.roster.add_student(room.id, "Dara Nolan")
    assert _content(services) != at_backup

    services.db.engine.dispose()
    kept = restore_database(made, database.parent, in_use=services.db.use)  # as the window does: its share lent
    assert _content(services) == at_backup  # the same services, reconnected to the restored file
    assert kept is not None and _mode(kept) == 0o600
    assert _mode(database) == 0o600
    # What was replaced is kept: restoring it brings the change back.
    services.db.engine.dispose()
    restore_database(kept, database.parent, in_use=services.db.use)
    assert "After the backup" in {c.name for c in services.roster.classrooms()}


def test_restore_refuses_a_file_that_is_not_a_backup(services: Services, database: Path, tmp_path: Path) -> None:
    before = _content(services)
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("name\nAnn\n", encoding="utf-8")
    services.db.engine.dispose()
    digest = database.read_bytes()
    with pytest.raises(RefusedFile, match="not an Autonomy backup"):
        restore_database(bad, database.parent)
    assert database.read_bytes() == digest
    assert _content(services) == before
    assert not list((database.parent / "backups").glob("before-restore-*")) if (
        database.parent / "backups").exists() else True


def test_rotation_keeps_going_when_a_file_cannot_be_removed(database: Path, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    folder = database.parent / "backups"
    for n in range(3):
        back_up_daily(database, BackupSchedule(daily_keep=5, weekly_keep=0), today=START + dt.timedelta(days=n))
    real_unlink = Path.unlink

    def stuck(self: Path, missing_ok: bool = False) -> None:
        if self.name == daily_name(START):
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", stuck)
    with caplog.at_level(logging.WARNING, logger="autonomy"):
        removed = rotate(folder, 1, 0)
    assert [p.name for p in removed] == [daily_name(START + dt.timedelta(days=1))]
    assert "could not be removed" in caplog.text
    assert _dailies(folder) == {START, START + dt.timedelta(days=2)}


def test_backup_file_is_private_even_with_a_loose_umask(database: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = backup_file(database, tmp_path / "loose.sqlite3")
    finally:
        os.umask(old)
    assert _mode(target) == 0o600
    assert DATABASE_FILE not in target.name
