"""Alembic environment: uses the connection the app hands it (config.attributes["connection"]).

Batch mode is on so SQLite can alter tables (it copies and renames them); the naming convention on the
models' metadata gives every constraint a name batch mode can find.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from autonomy.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Used by `alembic revision --autogenerate` from a developer's shell.
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///:memory:"
        with create_engine(url).connect() as conn:
            _run(conn)
            conn.commit()
    else:
        _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Autonomy's migrations run online only (the app hands them a connection).")
run_migrations_online()
