"""The composition root: opens the database and builds the services; the GUI builds its window from here."""

from __future__ import annotations

from pathlib import Path

from autonomy.services import Services
from autonomy.storage.database import Database, open_database
from autonomy.storage.paths import resolve_data_dir


def open_services(data_dir: str | Path | None = None, database_url: str | None = None) -> Services:
    db: Database
    db = open_database(url=database_url) if database_url else open_database(resolve_data_dir(data_dir))
    if db.path is not None:
        _daily_backup(db)
    return Services.over(db)


def _daily_backup(db: Database) -> None:
    """Once a day, on opening (both the GUI and the commands open here): a rotated backup of the SQLite file."""
    from autonomy.services.settings import SettingsService
    from autonomy.storage.rotation import back_up_on_open

    assert db.path is not None
    back_up_on_open(db.path, SettingsService(db).backup_schedule)
