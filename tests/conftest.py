"""Shared fixtures. Qt runs offscreen in every test; nothing needs a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from autonomy.services import Services  # noqa: E402
from autonomy.storage.database import Database, open_database  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path) -> Database:
    database = open_database(data_dir)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.over(db)


@pytest.fixture
def classroom(services: Services):
    return services.roster.create_classroom("7B Science", "Science", "2026-27")


@pytest.fixture
def students(services: Services, classroom):
    return [services.roster.add_student(classroom.id, name) for name in ("Amira Haddad", "Ben Okafor", "Chloé Dubois")]
