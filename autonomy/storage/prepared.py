"""Core statements compiled once per database and run straight on the DB-API cursor, for the clicks a teacher
waits on: logging an event (and its undo step) and re-reading the roster after it.

Why: for those small statements SQLAlchemy's work around each execution (cache lookup, execution context,
result wrapping, events) took longer than the database itself. Logging one event took 0.66 ms, of which the
commit was 0.26 ms and the SQL 0.06 ms; the rest was mostly that work (tests/benchmarks, 2026-11-25).

What stays the same: the SQL is SQLAlchemy's, compiled from the same Core statements for the database in use;
every value goes through its column type's own conversion both ways; a refusal by the database (while running
or while fetching) comes back as SQLAlchemy's exception, so callers word it as any other; and the statements
run inside the transaction the caller opened on a SQLAlchemy `Connection`.

What is lost: SQLAlchemy's statement events and echo logging do not see these statements; a value its type
cannot convert raises that type's own error (not a StatementError); a dropped server connection is noticed at
the rollback, not at the failing statement; and several rows go to the driver's executemany as they are (no
multi-row INSERT batching). None of these matters for the few small statements that use it.

Not for IN lists with a varying number of values (`bindparam(expanding=True)`): those go through SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Insert
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.expression import Executable

_MISSING = object()  # a bind parameter that the caller must give

Processor = Callable[[Any], Any] | None


class _Compiled:
    """One statement compiled for one dialect: its SQL, its parameters in order, and their conversions. Holds no
    reference to the dialect (the cache is keyed by it, weakly), which each call passes in again."""

    def __init__(self, statement: Any, dialect: Dialect, columns: Sequence[str] | None) -> None:
        if isinstance(statement, Insert) and not statement.exported_columns:
            statement = statement.inline()  # no implicit RETURNING of the new id (PostgreSQL) that nobody reads
        compiled = statement.compile(dialect=dialect, column_keys=list(columns) if columns is not None else None)
        self.sql = compiled.string
        self.positional = bool(compiled.positional)
        if self.positional:
            names = list(compiled.positiontup or ())
        else:  # each parameter once, by the name it has in the SQL
            names = list(dict.fromkeys(compiled.bind_names.values()))
        self.binds: list[tuple[str, str, Any, Processor]] = []
        for name in names:
            bind = compiled.binds[name]
            if bind.expanding:
                raise ValueError(f"{name}: an IN list of varying length cannot be prepared; run it through "
                                 "SQLAlchemy")
            # A literal in the statement (state = 'undone') carries its value; a bindparam() without one, and an
            # INSERT's column (SQLAlchemy marks it REQUIRED), must be given.
            fixed = _MISSING if bind.required or bind.callable is not None else bind.value
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            self.binds.append((name, compiled.escaped_bind_names.get(name, name), fixed, processor))
        self.result_types = [column.type for column in getattr(statement, "exported_columns", ())]
        self.results: list[Processor] | None = None  # made on the first fetch, from the cursor's description
        self.dbapi_error: type[Exception] = dialect.loaded_dbapi.Error

    def values(self, params: Mapping[str, Any]) -> Any:
        """The parameters as the driver takes them: converted by their types, in order (or by name)."""
        out = []
        for name, _, fixed, processor in self.binds:
            value = params.get(name, fixed)
            if value is _MISSING:
                raise KeyError(f"no value given for the statement's parameter “{name}”")
            out.append(value if processor is None else processor(value))  # None too: JSON writes it as 'null'
        if self.positional:
            return tuple(out)
        return {escaped: value for (_, escaped, _, _), value in zip(self.binds, out, strict=True)}

    def convert(self, dialect: Dialect, cursor: Any, rows: list[Any]) -> list[tuple[Any, ...]]:
        if self.results is None:
            codes = [column[1] for column in cursor.description or ()]
            self.results = [type_.dialect_impl(dialect).result_processor(dialect, code)
                            for type_, code in zip(self.result_types, codes, strict=True)]
        processors = self.results
        if not any(processors):
            return [tuple(row) for row in rows]
        return [tuple(value if p is None else p(value) for p, value in zip(processors, row, strict=True))
                for row in rows]


class Prepared:
    """A Core statement to run on the DB-API cursor of an open SQLAlchemy `Connection` (see the module's
    docstring). Built once at import; compiled on first use for each database engine's dialect.

    `columns`: for an INSERT, the columns it sets (every row must give all of them; column defaults are not
    applied here)."""

    def __init__(self, statement: Executable, *, columns: Sequence[str] | None = None) -> None:
        self.statement = statement
        self._columns = tuple(columns) if columns is not None else None
        self._by_dialect: WeakKeyDictionary[Dialect, _Compiled] = WeakKeyDictionary()

    def compiled(self, dialect: Dialect) -> _Compiled:
        compiled = self._by_dialect.get(dialect)
        if compiled is None:  # two threads may both compile it once: the same result either way
            compiled = self._by_dialect[dialect] = _Compiled(self.statement, dialect, self._columns)
        return compiled

    def run(self, conn: Connection, params: Mapping[str, Any] | None = None) -> None:
        """Execute once (an INSERT, UPDATE or DELETE)."""
        self._execute(conn, params or {}, lambda _cursor: None)

    def run_many(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Execute once per row, in one driver call."""
        if not rows:
            return
        compiled = self.compiled(conn.dialect)
        values = [compiled.values(row) for row in rows]
        cursor = conn.connection.cursor()
        try:
            cursor.executemany(compiled.sql, values)
        except compiled.dbapi_error as exc:
            raise _wrapped(conn, compiled, values, exc) from exc
        finally:
            cursor.close()

    def inserted_rowid(self, conn: Connection, params: Mapping[str, Any]) -> int | None:
        """Execute an INSERT once and give the new row's id as the driver reports it (for SQLite before 3.35,
        which has no RETURNING)."""
        return self._execute(conn, params, lambda cursor: cursor.lastrowid)

    def rows(self, conn: Connection, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Execute and fetch every row (a SELECT, or DML with RETURNING), converted by the columns' types."""
        compiled = self.compiled(conn.dialect)  # (its converters are made from the open cursor's description)
        return self._execute(
            conn, params or {}, lambda cursor: compiled.convert(conn.dialect, cursor, cursor.fetchall()))

    def _execute(self, conn: Connection, params: Mapping[str, Any], then: Callable[[Any], Any]) -> Any:
        """Run the statement, give `then` the cursor (SQLite may refuse only while rows are fetched), close it."""
        compiled = self.compiled(conn.dialect)
        values = compiled.values(params)
        cursor = conn.connection.cursor()
        try:
            cursor.execute(compiled.sql, values)
            return then(cursor)
        except compiled.dbapi_error as exc:
            raise _wrapped(conn, compiled, values, exc) from exc
        finally:
            cursor.close()


def _wrapped(conn: Connection, compiled: _Compiled, values: Any, exc: Exception) -> Exception:
    """The driver's error as SQLAlchemy would have raised it (IntegrityError, OperationalError, ...)."""
    return DBAPIError.instance(compiled.sql, values, exc, compiled.dbapi_error, dialect=conn.dialect)
