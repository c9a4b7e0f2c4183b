"""Fixtures for the service tests (the shared ones, `services`, `db`, `classroom`, `students`, are in tests/)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from autonomy.core.demo import generate_demo
from autonomy.services import Services
from autonomy.storage import database as storage_database
from autonomy.storage.database import Database
from tests.services.helpers import DEMO


@pytest.fixture(autouse=True)
def _no_waiting_for_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every commit here would wait for the disk (synchronous=FULL); that is what tests/storage checks, and
    here it only costs time. Transactions, rollbacks, WAL and foreign keys stay exactly as in the app."""
    pragmas = storage_database._sqlite_pragmas

    def without_fsync(dbapi_connection: Any, record: Any) -> None:
        pragmas(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA synchronous=OFF")

    monkeypatch.setattr(storage_database, "_sqlite_pragmas", without_fsync)


@pytest.fixture
def demo_doc() -> dict:
    return generate_demo(**DEMO)


@pytest.fixture
def demo(services: Services, demo_doc: dict) -> Services:
    """The services over a database holding only the generated demo."""
    services.exchange.import_document(demo_doc)
    return services


@pytest.fixture
def other(open_db: Callable[[Path], Database], tmp_path: Path) -> Services:
    """A second, empty database (another teacher's laptop)."""
    return Services.over(open_db(tmp_path / "other"))
