"""What the service tests compare: the stored data as an export and as raw rows, and the undo history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select

from autonomy.services import Services
from autonomy.storage.database import Database
from autonomy.storage.models import UNDOABLE_TABLES, Base

DEMO_TODAY = dt.date(2026, 11, 20)  # a Friday, in the past: nothing the demo holds is dated in the future
DEMO = {"classes": 1, "students": 6, "days": 15, "seed": 3, "today": DEMO_TODAY}


def exported(services: Services, **options: Any) -> dict[str, Any]:
    """The interchange document without its time of export, the one field that differs between two exports."""
    doc = services.exchange.export_document(**options)
    doc.pop("exported_at")
    return doc


def stored_rows(db: Database) -> dict[str, list[str]]:
    """Every row of every table the app keeps data in (the undo history itself aside), in a stable order.

    Stricter than an export: it also sees deleted events, creation times, categories and levels."""
    tables: dict[str, list[str]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in UNDOABLE_TABLES:
                tables[table.name] = sorted(repr(tuple(row)) for row in conn.execute(select(table)))
    return tables


def state(services: Services) -> tuple[dict[str, Any], dict[str, list[str]]]:
    return exported(services), stored_rows(services.db)


def undo_history(services: Services) -> tuple[Any, ...]:
    return services.history.can_undo(), services.history.can_redo(), tuple(services.history.recent(100))


@contextmanager
def unchanged(services: Services) -> Iterator[None]:
    """The body must leave the data exactly as it was and add nothing to the undo history."""
    before = state(services), undo_history(services)
    yield
    after = state(services), undo_history(services)
    assert after[0][0] == before[0][0], "the export changed"
    assert after[0][1] == before[0][1], "the stored rows changed"
    assert after[1] == before[1], "the undo history changed"
