"""Alembic, used only when a database is behind (imported lazily: Alembic is slow to import)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from autonomy.core.resources import migrations_dir
from autonomy.storage.snapshot import backup_file


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str | None) -> bool:
    if revision is None:
        return True
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def copy_aside(path: Path, revision: str) -> Path:
    """Keep the database as it was before a migration, beside it, with SQLite's online backup API."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}.sqlite3")
    backup_file(path, target)
    return target
