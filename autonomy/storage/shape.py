"""Whether an SQLite file's schema is exactly the one this app makes for its revision, and its rows sound.

A restore replaces the teacher's database with whatever file they chose: a file with a trigger of its own, a view,
an extra table or a column less would be trusted by every later write (a trigger runs inside the app's own
transactions). So a backup is accepted only if its tables, columns, constraints and indexes are the app's for the
revision it records, and nothing else is there; `autonomy check` holds the live database to the same rule.

The comparison is of what SQLite records about each object (PRAGMA table_xinfo, index_xinfo, foreign_key_list,
the CHECK clauses of each table), not of the CREATE text: a database made at head (create_all) and one brought to
head by the migrations hold the same schema written differently (column and constraint order, line breaks).
The reference for a revision is built once per process, in memory: by create_all at head (fast, no
Alembic), by the migrations for an older revision.
"""

from __future__ import annotations

import functools
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

Column = tuple[str, int, str | None, int, int]  # declared type, not null, default, position in the key, hidden
ForeignKey = tuple[str, tuple[str, ...], tuple[str, ...], str, str, str]  # parent, from, to, on update/delete, match
IndexShape = tuple[str, bool, tuple[tuple[str | None, int, str], ...], str | None]  # table, unique, keys, where


@dataclass(frozen=True)
class Table:
    columns: dict[str, Column]
    foreign_keys: frozenset[ForeignKey]
    checks: frozenset[str]
    unique: frozenset[tuple[str, ...]]  # the UNIQUE constraints (SQLite's automatic indexes), the key among them
    without_rowid: bool


@dataclass(frozen=True)
class Shape:
    tables: dict[str, Table]
    indexes: dict[str, IndexShape]  # the indexes made by CREATE INDEX, by name
    others: dict[str, str]  # views and triggers, by name: their type


def shape_of(conn: sqlite3.Connection) -> Shape:
    """What SQLite records about every object of the main schema (SQLite's own `sqlite_` objects aside:
    statistics from ANALYZE, the automatic indexes of UNIQUE constraints, described with their table)."""
    tables: dict[str, Table] = {}
    indexes: dict[str, IndexShape] = {}
    others: dict[str, str] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                        "ESCAPE '\\' ORDER BY name").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            tables[name] = _table(conn, name, sql or "")
        elif kind == "index":
            indexes[name] = _index(conn, name, table, sql or "")
        else:
            others[name] = kind
    return Shape(tables, indexes, others)


def _table(conn: sqlite3.Connection, name: str, sql: str) -> Table:
    columns = {str(r[1]): (str(r[2]).upper(), int(r[3]), r[4], int(r[5]), int(r[6]))
               for r in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (name,))}
    keys: dict[int, list[tuple]] = {}
    for r in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,)):
        keys.setdefault(int(r[0]), []).append(r)
    foreign = frozenset(
        (str(rows[0][2]), tuple(str(r[3]) for r in rows), tuple(str(r[4]) for r in rows),
         str(rows[0][5]), str(rows[0][6]), str(rows[0][7]))
        for rows in (sorted(group, key=lambda r: r[1]) for group in keys.values()))
    unique = frozenset(
        tuple(str(c[2]) for c in conn.execute("SELECT * FROM pragma_index_info(?)", (index[1],)))
        for index in conn.execute("SELECT * FROM pragma_index_list(?)", (name,)) if index[3] in ("u", "pk"))
    return Table(columns, foreign, frozenset(_checks(sql)), unique, "WITHOUT ROWID" in " ".join(sql.upper().split()))


def _index(conn: sqlite3.Connection, name: str, table: str, sql: str) -> IndexShape:
    listed = {str(r[1]): r for r in conn.execute("SELECT * FROM pragma_index_list(?)", (table,))}
    unique = bool(listed[name][2]) if name in listed else False
    keys = tuple((None if r[2] is None else str(r[2]), int(r[3]), str(r[4]))
                 for r in conn.execute("SELECT * FROM pragma_index_xinfo(?)", (name,)) if r[5])
    where = None
    if name in listed and listed[name][4]:  # a partial index: its condition is only in the CREATE text
        upper = sql.upper()
        where = _normal(sql[upper.rindex(" WHERE ") + 7:]) if " WHERE " in upper else ""
    return (table, unique, keys, where)


def _checks(sql: str) -> list[str]:
    """The CHECK clauses in a CREATE TABLE (outside quotes), whitespace normalised."""
    found: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"`[":
            close = "]" if ch == "[" else ch
            i = sql.find(close, i + 1)
            if i < 0:
                break
            i += 1
            continue
        if sql[i:i + 5].upper() == "CHECK" and (i == 0 or not _word(sql[i - 1])) and (i + 5 >= n or
                                                                                       not _word(sql[i + 5])):
            j = i + 5
            while j < n and sql[j].isspace():
                j += 1
            if j < n and sql[j] == "(":
                end = _closing(sql, j)
                found.append(_normal(sql[j + 1:end]))
                i = end + 1
                continue
        i += 1
    return found


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _closing(sql: str, start: int) -> int:
    depth, i = 0, start
    while i < len(sql):
        ch = sql[i]
        if ch in "'\"`":
            i = sql.find(ch, i + 1)
            if i < 0:
                return len(sql)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return len(sql)


def _normal(text: str) -> str:
    return " ".join(text.replace("(", " ( ").replace(")", " ) ").split())


def differences(actual: Shape, expected: Shape) -> list[str]:
    """Each way `actual` is not `expected`, as a phrase naming the object ("table students lacks column notes")."""
    found: list[str] = []
    for name, kind in sorted(actual.others.items()):
        found.append(f"it carries a {kind} named {name}")
    for name in sorted(expected.tables.keys() - actual.tables.keys()):
        found.append(f"it lacks the table {name}")
    for name in sorted(actual.tables.keys() - expected.tables.keys()):
        found.append(f"it has a table {name} that Autonomy does not make")
    for name in sorted(actual.tables.keys() & expected.tables.keys()):
        found += _table_differences(name, actual.tables[name], expected.tables[name])
    for name in sorted(expected.indexes.keys() - actual.indexes.keys()):
        found.append(f"it lacks the index {name} on table {expected.indexes[name][0]}")
    for name in sorted(actual.indexes.keys() - expected.indexes.keys()):
        found.append(f"it has an index {name} on table {actual.indexes[name][0]} that Autonomy does not make")
    for name in sorted(actual.indexes.keys() & expected.indexes.keys()):
        if actual.indexes[name] != expected.indexes[name]:
            found.append(f"its index {name} is not Autonomy's (other columns, uniqueness or condition)")
    return found


def _table_differences(name: str, actual: Table, expected: Table) -> list[str]:
    found = [f"table {name} lacks column {c}" for c in sorted(expected.columns.keys() - actual.columns.keys())]
    found += [f"table {name} has a column {c} that Autonomy does not make"
              for c in sorted(actual.columns.keys() - expected.columns.keys())]
    for column in sorted(actual.columns.keys() & expected.columns.keys()):
        (a_type, a_null, a_default, a_key, a_hidden) = actual.columns[column]
        (e_type, e_null, e_default, e_key, e_hidden) = expected.columns[column]
        where = f"column {name}.{column}"
        if a_type != e_type:
            found.append(f"{where} is {a_type or 'untyped'} where Autonomy's is {e_type or 'untyped'}")
        if a_null != e_null:
            found.append(f"{where} " + ("may not be empty where Autonomy's may" if a_null else
                                        "may be empty (NULL) where Autonomy's may not"))
        if a_default != e_default:
            found.append(f"{where} defaults to {a_default or 'nothing'} where Autonomy's defaults to "
                         f"{e_default or 'nothing'}")
        if a_key != e_key:
            found.append(f"{where} is " + ("part of" if a_key else "not part of") + " the primary key, unlike "
                         "Autonomy's")
        if a_hidden != e_hidden:
            found.append(f"{where} is " + ("a generated column" if a_hidden else "a stored column") + ", unlike "
                         "Autonomy's")
    if actual.foreign_keys != expected.foreign_keys:
        found.append(f"table {name} refers to other tables differently from Autonomy's")
    for check in sorted(expected.checks - actual.checks):
        found.append(f"table {name} lacks the check ({check})")
    for check in sorted(actual.checks - expected.checks):
        found.append(f"table {name} has a check ({check}) that Autonomy does not make")
    if actual.unique != expected.unique:
        found.append(f"table {name} has other unique keys than Autonomy's")
    if actual.without_rowid != expected.without_rowid:
        found.append(f"table {name} is stored differently from Autonomy's (WITHOUT ROWID)")
    return found


def broken_references(conn: sqlite3.Connection) -> list[str]:
    """Rows pointing at a record that does not exist, counted by table: "3 rows of enrolments point at missing
    students". (Which rows is not said: the ids mean nothing to a teacher, and values are not shown.)"""
    try:
        counts = Counter((str(r[0]), str(r[2])) for r in conn.execute("PRAGMA foreign_key_check"))
    except sqlite3.OperationalError as exc:  # "foreign key mismatch": a reference to something not a key
        return [f"its references between tables cannot be checked ({exc})"]
    return [f"{n} {'row' if n == 1 else 'rows'} of {table} point{'s' if n == 1 else ''} at missing {parent}"
            for (table, parent), n in sorted(counts.items())]


def schema_problems(conn: sqlite3.Connection, revision: str) -> list[str]:
    """How the schema of `conn` differs from the app's at `revision` (a revision this version knows)."""
    found = differences(shape_of(conn), reference(revision))
    count = conn.execute("SELECT COUNT(*) FROM alembic_version").fetchone()[0]
    if count != 1:
        found.append(f"it records {count} schema versions where Autonomy records one")
    return found


def problems(conn: sqlite3.Connection, revision: str) -> list[str]:
    """Everything a restore refuses and `check` reports beyond damaged pages: the schema's differences from the
    app's at `revision`, or, when it is the app's, the rows pointing at missing records."""
    return schema_problems(conn, revision) or broken_references(conn)


@functools.cache
def reference(revision: str) -> Shape:
    """The schema this version of Autonomy makes for `revision`, built in an in-memory database (once per
    process): by create_all at head, as a new database is made; by the migrations for an older revision."""
    from autonomy.storage.database import create_at_head, make_engine
    from autonomy.storage.schema import SCHEMA_HEAD

    engine = make_engine("sqlite://")  # one connection, kept by the pool: the database lives while it does
    try:
        if revision == SCHEMA_HEAD:
            create_at_head(engine)
        else:
            _migrate_to(engine, revision)
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return shape_of(raw)
    finally:
        engine.dispose()


def _migrate_to(engine: Engine, revision: str) -> None:
    from alembic import command

    from autonomy.storage.migrate import alembic_config

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
