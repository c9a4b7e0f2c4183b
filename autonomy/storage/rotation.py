"""The daily backup made when the database is opened, and its rotation: the newest dailies and weeklies are kept.

A daily backup is `backups/daily-YYYY-MM-DD.sqlite3` beside the database, made with SQLite's online backup API
(`backup_file`), at most one a day: opening again the same day costs one `stat`. Rotation keeps the newest
`daily_keep` of them and the newest of each of the last `weekly_keep` calendar weeks, and always the newest one
and the one just made. It only ever deletes files of that exact name, and the hidden temporary copy of an earlier
day's backup that a crash or a kill left behind (`.daily-YYYY-MM-DD.sqlite3.<random>.part`, storage/safe_files.py):
the manual backups, the copies kept before a restore, an import or a migration, and anything else in the folder
are never touched.

Runs on whichever thread opens the database (the GUI's database lane).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from autonomy.core.errors import StorageError
from autonomy.storage.backup import backup_file
from autonomy.storage.paths import ensure_private_dir

BACKUP_DIR = "backups"
_DAILY = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.sqlite3$")
# safe_files.temp_name of a daily backup, and what SQLite may have made beside it
_DAILY_TEMP = re.compile(r"^\.daily-(\d{4}-\d{2}-\d{2})\.sqlite3\.[0-9a-f]{16}\.part(-journal|-wal|-shm)?$")

log = logging.getLogger("autonomy")


class Schedule(Protocol):
    """What rotation needs of the `backup_schedule` setting (services.settings.BackupSchedule)."""

    @property
    def enabled(self) -> bool:
        ...

    @property
    def daily_keep(self) -> int:
        ...

    @property
    def weekly_keep(self) -> int:
        ...


def backups_dir(database: Path) -> Path:
    return database.parent / BACKUP_DIR


def daily_name(day: dt.date) -> str:
    return f"daily-{day.isoformat()}.sqlite3"


def daily_backups(folder: Path) -> dict[dt.date, Path]:
    """The daily backups this module made in `folder`, by day (a symlink or a folder of that name is not one)."""
    found: dict[dt.date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _DAILY.match(path.name)
        if not match or path.is_symlink() or not path.is_file():
            continue
        try:
            found[dt.date.fromisoformat(match.group(1))] = path
        except ValueError:  # daily-2026-02-30: not a name this module writes
            continue
    return found


def days_to_keep(days: Iterable[dt.date], daily_keep: int, weekly_keep: int,
                 also: Iterable[dt.date] = ()) -> set[dt.date]:
    """The newest `daily_keep` days, the newest day of each of the newest `weekly_keep` ISO weeks, the newest day
    whatever the settings, and `also` (the backup just made, even if the clock was set back)."""
    newest_first = sorted(set(days), reverse=True)
    keep = set(newest_first[:daily_keep]) | set(also)
    weeks: dict[tuple[int, int], dt.date] = {}
    for day in newest_first:
        weeks.setdefault(day.isocalendar()[:2], day)  # newest first: the first seen is the week's newest
    keep |= set(list(weeks.values())[:weekly_keep])
    if newest_first:
        keep.add(newest_first[0])
    return keep


def rotate(folder: Path, daily_keep: int, weekly_keep: int, also: Iterable[dt.date] = ()) -> list[Path]:
    """Delete the daily backups that fall out of the schedule; returns what was deleted."""
    found = daily_backups(folder)
    keep = days_to_keep(found, daily_keep, weekly_keep, also)
    removed = []
    for day, path in sorted(found.items()):
        if day in keep:
            continue
        try:
            path.unlink()
        except OSError as exc:  # kept one more day is no loss; the next rotation tries again
            log.warning("The old backup %s could not be removed: %s.", path, exc.strerror or exc)
            continue
        removed.append(path)
    return removed


def remove_stale_temps(folder: Path, today: dt.date) -> list[Path]:
    """Remove what an earlier day's backup left half-made (a crash or a kill mid-copy); today's may be in the
    making in another process, so it stays."""
    removed = []
    for path in folder.iterdir():
        match = _DAILY_TEMP.match(path.name)
        if not match or match.group(1) >= today.isoformat() or path.is_dir():
            continue
        try:
            path.unlink()  # a link of that name is removed, never followed
        except OSError as exc:
            log.warning("The unfinished backup %s could not be removed: %s.", path, exc.strerror or exc)
            continue
        removed.append(path)
    return removed


def back_up_daily(database: Path, schedule: Schedule, today: dt.date | None = None) -> Path | None:
    """Today's backup of `database` unless it exists (or backups are off); then rotate. Raises StorageError."""
    if not schedule.enabled or not database.is_file() or database.stat().st_size == 0:
        return None
    today = today or dt.date.today()
    folder = backups_dir(database)
    target = folder / daily_name(today)
    if target.exists():
        return None
    ensure_private_dir(folder)
    remove_stale_temps(folder, today)
    backup_file(database, target)
    rotate(folder, schedule.daily_keep, schedule.weekly_keep, also=[today])
    return target


def back_up_on_open(database: Path, read_schedule: Callable[[], Schedule],
                    today: dt.date | None = None) -> Path | None:
    """`back_up_daily`, asking for the schedule only when today's backup is not there yet (opening stays fast).

    A failure (a full disk) is logged as a warning instead of refusing to open: the teacher can still work,
    and the next opening tries again."""
    today = today or dt.date.today()
    if (backups_dir(database) / daily_name(today)).exists():
        return None
    try:
        return back_up_daily(database, read_schedule(), today)
    except (StorageError, OSError) as exc:
        log.warning("Today's automatic backup could not be made: %s", exc)
        return None
