"""Shared fixtures. Qt runs offscreen in every test; nothing needs a display.

The engine under test: SQLite files by default; `--database URL` (or AUTONOMY_TEST_DATABASE_URL) runs the same
storage, services and command-line tests against a PostgreSQL server (tests/servers.py). Tests about the SQLite
file itself are marked `sqlite_only`; tests/postgres holds the server-only ones.
"""

from __future__ import annotations

import os
import random

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from autonomy.services import Services
from autonomy.storage.database import Database, open_database
from tests.servers import ENV_TEST_DATABASE, TestServer, close_server, test_server


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--database", metavar="URL", default=None,
                     help="run against this PostgreSQL server (a maintenance database URL) instead of SQLite; "
                          f"default: ${ENV_TEST_DATABASE} or sqlite")
    parser.addoption("--order", metavar="ORDER", default="file",
                     help="run the tests in file order (default), 'reverse', or 'shuffle' / 'shuffle:SEED' "
                          "(the seed is printed): every test must pass in any order")


def pytest_configure(config: pytest.Config) -> None:
    chosen = config.getoption("--database")
    if chosen:
        # In the environment, so the command-line tests' subprocesses and helpers see it too.
        os.environ[ENV_TEST_DATABASE] = chosen
    seed = _shuffle_seed(config.getoption("--order"))
    if seed is not None:
        config.stash[_SEED] = seed
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself; skipped on a server")
    config.addinivalue_line("markers", "server_only: needs a PostgreSQL server (--database)")


def _shuffle_seed(order: str) -> int | None:
    """None for file order or reverse; the seed of `shuffle` (a fresh one) or `shuffle:SEED`."""
    if order in ("file", "reverse"):
        return None
    kind, _, seed = order.partition(":")
    if kind != "shuffle" or (seed and not seed.isdigit()):
        raise pytest.UsageError(f"--order {order}: use file, reverse, shuffle or shuffle:SEED")
    return int(seed) if seed else random.SystemRandom().randrange(10**6)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    seed = config.stash.get(_SEED, None)
    if seed is not None:  # at the end, beside any failure: the order can be run again
        terminalreporter.write_line(f"tests ran shuffled: again with --order shuffle:{seed}")


_SEED = pytest.StashKey[int]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    order = config.getoption("--order")
    if order == "reverse":
        items.reverse()
    elif (seed := config.stash.get(_SEED, None)) is not None:
        random.Random(seed).shuffle(items)
    on_server = test_server() is not None
    for item in items:
        if on_server and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason="about the SQLite file; this run is on a server"))
        if not on_server and item.get_closest_marker("server_only"):
            item.add_marker(pytest.mark.skip(reason="needs a PostgreSQL server (--database URL)"))


def pytest_sessionfinish(session: pytest.Session) -> None:
    close_server()


@pytest.fixture(scope="session")
def server() -> TestServer | None:
    """The PostgreSQL server under test, or None on SQLite."""
    return test_server()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def open_db(server: TestServer | None) -> Iterator[Callable[[Path], Database]]:
    """Opens the database of a data folder on the engine under test (a server database stands for the folder)."""
    opened: list[Database] = []

    def open_for(folder: Path) -> Database:
        database = open_database(folder, url=None if server is None else server.url_for_folder(folder))
        opened.append(database)
        return database

    yield open_for
    for database in opened:
        database.close()


@pytest.fixture
def db(open_db: Callable[[Path], Database], data_dir: Path) -> Database:
    return open_db(data_dir)


@pytest.fixture
def services(db: Database) -> Services:
    return Services.over(db)


@pytest.fixture
def classroom(services: Services):
    return services.roster.create_classroom("7B Science", "Science", "2026-27")


@pytest.fixture
def students(services: Services, classroom):
    return [services.roster.add_student(classroom.id, name) for name in ("Amira Haddad", "Ben Okafor", "Chloé Dubois")]


# The safe-writing tests' people and places (tests/planted.py): a folder others may write to, where a link can be
# planted (a shared drive, /tmp), and someone else's file such a link points at.
@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o1777)
    return folder


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    from tests.planted import victim_in

    return victim_in(tmp_path / "elsewhere")
