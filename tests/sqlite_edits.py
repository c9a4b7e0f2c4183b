"""Changing an SQLite file as another program would (sqlite3, foreign keys off): the doctored backups and live
databases the restore and check tests hand to the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def edit_outside(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
