"""The composition root: opens the database and builds the services; the GUI builds its window from here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from autonomy.services import Services
from autonomy.storage.database import open_database
from autonomy.storage.paths import resolve_data_dir


def open_services(data_dir: str | Path | None = None, database_url: str | None = None, *,
                  daily_backup: bool = True, on_wait: Callable[[str], None] | None = None) -> Services:
    """`on_wait` hears why opening waits (a restore has the database to itself), if it does."""
    db = (open_database(url=database_url, on_wait=on_wait) if database_url
          else open_database(resolve_data_dir(data_dir), on_wait=on_wait))
    services = Services.over(db)
    if daily_backup:
        take_daily_backup(services)
    return services


def take_daily_backup(services: Services) -> None:
    """Once a day, on opening (the GUI and every command open here): a rotated backup of the SQLite file."""
    if services.db.path is not None:
        from autonomy.storage.rotation import back_up_on_open

        back_up_on_open(services.db.path, services.settings.backup_schedule)
