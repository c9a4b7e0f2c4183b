"""Server-only tests: skipped unless the run is on a PostgreSQL server (`--database URL`)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from autonomy.storage.roles import role_sql
from tests.servers import TestServer

# The people of README's "A shared server" (roles are the whole server's; the grants and policies per database).
PEOPLE = {"amy": "autonomy_teacher", "ben": "autonomy_teacher", "cora": "autonomy_coach", "ada": "autonomy_admin",
          "kiosk": "autonomy_checkin"}  # (a classroom computer running the students' check-in)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/postgres/" in item.nodeid:
            item.add_marker(pytest.mark.server_only)


@pytest.fixture
def pg(server: TestServer | None) -> TestServer:
    assert server is not None
    return server


@pytest.fixture
def school_server(pg: TestServer, db) -> dict[str, str]:
    """This test's database set up as README's "A shared server" says, and the URLs its people log in with."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:  # as psql runs it
        conn.exec_driver_sql(role_sql(db.engine.url.database))
    with pg.admin() as conn:
        for person, group in PEOPLE.items():
            conn.execute(text(f"DO $$ BEGIN CREATE ROLE {person} LOGIN; "
                              "EXCEPTION WHEN duplicate_object THEN NULL; END $$"))
            conn.execute(text(f"GRANT {group} TO {person}"))
    return {person: db.engine.url.set(username=person).render_as_string(hide_password=False) for person in PEOPLE}
