"""Server-only tests: skipped unless the run is on a PostgreSQL server (`--database URL`)."""

from __future__ import annotations

import pytest

from tests.servers import TestServer


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/postgres/" in item.nodeid:
            item.add_marker(pytest.mark.server_only)


@pytest.fixture
def pg(server: TestServer | None) -> TestServer:
    assert server is not None
    return server
