"""The defaults a new database starts with: the four ladders and the trust-event catalogue."""

from __future__ import annotations

from sqlalchemy import Connection, func, insert, select

from autonomy.core.catalogue import DEFAULT_CATEGORIES
from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.storage.models import Dimension, EventCategory, Level, new_id


def needs_defaults(conn: Connection) -> bool:
    return not conn.execute(select(func.count()).select_from(Dimension)).scalar()


def seed_defaults(conn: Connection) -> None:
    for position, ladder in enumerate(DEFAULT_LADDERS):
        conn.execute(
            insert(Dimension).values(
                key=ladder.key, name=ladder.name, question=ladder.question, position=position, builtin=True
            )
        )
        conn.execute(
            insert(Level),
            [
                {"id": new_id(), "dimension_key": ladder.key, "rank": lv.rank, "name": lv.name,
                 "description": lv.description}
                for lv in ladder.levels
            ],
        )
    existing = set(conn.execute(select(EventCategory.key)).scalars())
    rows = [
        {"key": c.key, "kind": c.kind.value, "name": c.name, "position": i, "archived": False}
        for i, c in enumerate(DEFAULT_CATEGORIES)
        if c.key not in existing
    ]
    if rows:
        conn.execute(insert(EventCategory), rows)
