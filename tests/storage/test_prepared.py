"""Prepared statements (storage/prepared.py) store and read exactly what SQLAlchemy would, on every database the
app supports, and refuse as SQLAlchemy would."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from sqlalchemy import bindparam, column, create_engine, exc, func, insert, select, text

from autonomy.core.phrases import english
from autonomy.storage.models import Base, Reflection, RowChange, TrustEvent, new_id
from autonomy.storage.prepared import Prepared

EVENTS = Base.metadata.tables[TrustEvent.__tablename__]
ROW_CHANGES = Base.metadata.tables[RowChange.__tablename__]
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def an_event(student_id: str, **changes) -> dict:
    row = {"id": new_id(), "group_id": new_id(), "student_id": student_id, "kind": "break",
           "category_key": "left_area", "dimension_key": None, "severity": "minor", "habit": None,
           "at": dt.datetime(2026, 11, 20, 10, 15, 30, 123456, tzinfo=PLUS_TWO), "note": "Canteen, “again”",
           "deleted": False, "created_at": dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.UTC)}
    return {**row, **changes}


def stored(db, table: str, row_id) -> tuple:
    """The row as the database holds it (no SQLAlchemy type conversion on the way out)."""
    with db.reading_rows() as conn:
        row = conn.exec_driver_sql(f"SELECT * FROM {table} WHERE id = " + ("?" if db.is_sqlite else "%s"),
                                   (row_id,)).one()
    return tuple(row)


def test_an_insert_stores_what_sqlalchemy_stores(db, students) -> None:
    by_core, prepared = an_event(students[0].id), an_event(students[0].id, deleted=True, dimension_key="workspace")
    by_core["deleted"], by_core["dimension_key"] = True, "workspace"
    by_core["group_id"] = prepared["group_id"]
    with db.writing_rows() as conn:
        conn.execute(insert(EVENTS), [by_core])
        Prepared(insert(EVENTS), columns=tuple(EVENTS.c.keys())).run_many(conn, [prepared])
    assert stored(db, "trust_events", prepared["id"])[1:] == stored(db, "trust_events", by_core["id"])[1:]


def test_json_and_none_are_stored_as_sqlalchemy_stores_them(db) -> None:
    """A JSON column given None holds JSON null as SQLAlchemy writes it, not SQL NULL (undo reads both back)."""
    columns = ("action_id", "table_name", "row_key", "before", "after")
    row = {"action_id": None, "table_name": "trust_events", "row_key": {"id": "x"}, "before": None,
           "after": {"note": "é “quoted”", "n": 3, "deleted": False}}
    with db.writing_rows() as conn:
        action = conn.execute(text("INSERT INTO actions (label, at, state, actor) VALUES ('t', :at, 'done', '') "
                                   "RETURNING id"), {"at": dt.datetime(2026, 1, 1)}).scalar_one()
        row["action_id"] = action
        core_id = conn.execute(insert(ROW_CHANGES).returning(ROW_CHANGES.c.id), row).scalar_one()
        [(prepared_id,)] = Prepared(insert(ROW_CHANGES).returning(ROW_CHANGES.c.id), columns=columns).rows(conn, row)
    assert prepared_id != core_id
    assert stored(db, "row_changes", prepared_id)[1:] == stored(db, "row_changes", core_id)[1:]
    with db.reading_rows() as conn:  # PostgreSQL's driver reads JSON null back as None: ask the database
        kinds = conn.execute(select(ROW_CHANGES.c.id, ROW_CHANGES.c.before.is_(None))
                             .where(ROW_CHANGES.c.id.in_([core_id, prepared_id]))).all()
    assert dict(kinds) == {core_id: False, prepared_id: False}  # JSON null, not SQL NULL, in both


def test_rows_come_back_as_sqlalchemy_gives_them(db, services, students) -> None:
    """Dates, times with their zone, booleans, counts and aggregates over them, and outer-join nulls."""
    amira, ben = students[0], students[1]
    services.events.log([amira.id], "break", "left_area", at=dt.datetime(2026, 11, 20, 10, 0, tzinfo=PLUS_TWO))
    services.events.log([amira.id, ben.id], "build", "helped_peer", note="Maths")
    services.reflections.record(amira.id, student_words="I forgot", follow_up=dt.date(2026, 12, 1))
    statement = (
        select(TrustEvent.student_id, TrustEvent.at, TrustEvent.deleted, TrustEvent.severity,
               func.count(Reflection.id), func.max(Reflection.at), func.min(Reflection.follow_up))
        .outerjoin(Reflection, Reflection.student_id == TrustEvent.student_id)
        .where((TrustEvent.student_id == amira.id) | (TrustEvent.student_id == ben.id),
               TrustEvent.kind != bindparam("kind"))
        .group_by(TrustEvent.id, TrustEvent.student_id, TrustEvent.at, TrustEvent.deleted, TrustEvent.severity)
        .order_by(TrustEvent.at, TrustEvent.student_id)
    )
    with db.reading_rows() as conn:
        expected = [tuple(row) for row in conn.execute(statement, {"kind": "observation"})]
        got = Prepared(statement).rows(conn, {"kind": "observation"})
    assert got == expected
    assert len(got) == 3
    assert all(isinstance(row[1], dt.datetime) and row[1].tzinfo is not None for row in got)
    assert {type(row[2]) for row in got} == {bool}
    assert {row[6] for row in got} == {dt.date(2026, 12, 1), None}


def test_a_refusal_is_sqlalchemys_error_and_the_transaction_keeps_nothing(db, students) -> None:
    first, clash = an_event(students[0].id), an_event(students[1].id)
    clash["id"] = first["id"]
    statement = Prepared(insert(EVENTS), columns=tuple(EVENTS.c.keys()))
    with pytest.raises(exc.IntegrityError), db.writing_rows() as conn:
        statement.run_many(conn, [an_event(students[2].id)])
        statement.run_many(conn, [first, clash])
    with db.reading_rows() as conn:
        assert conn.execute(select(func.count()).select_from(EVENTS)).scalar_one() == 0


def test_every_parameter_and_column_must_be_given_and_in_lists_are_refused(db, students) -> None:
    by_student = Prepared(select(EVENTS.c.id).where(EVENTS.c.student_id == bindparam("student")))
    in_list = Prepared(select(EVENTS.c.id).where(EVENTS.c.student_id.in_(bindparam("ids", expanding=True))))
    with db.reading_rows() as conn:
        assert by_student.rows(conn, {"student": "nobody"}) == []
        with pytest.raises(KeyError, match="student"):
            by_student.rows(conn, {})
        with pytest.raises(ValueError, match="IN list"):
            in_list.rows(conn, {"ids": ["a"]})
    event_without_note = {k: v for k, v in an_event(students[0].id).items() if k != "note"}
    with pytest.raises(KeyError, match="note"), db.writing_rows() as conn:
        Prepared(insert(EVENTS), columns=tuple(EVENTS.c.keys())).run_many(conn, [event_without_note])
    with db.reading_rows() as conn:
        assert conn.execute(select(func.count()).select_from(EVENTS)).scalar_one() == 0


@pytest.mark.sqlite_only
def test_a_refusal_while_the_rows_are_fetched_is_sqlalchemys_error_too(db) -> None:
    """SQLite may refuse only at a later row, while they are fetched (here: the second row is not JSON)."""
    with db.writing_rows() as conn:
        conn.execute(text("CREATE TABLE scratch (n INTEGER, doc TEXT)"))
        conn.execute(text("INSERT INTO scratch VALUES (1, '{\"a\": 1}'), (2, 'not json')"))
    statement = Prepared(text("SELECT json_extract(doc, '$.a') AS a FROM scratch ORDER BY n")
                         .columns(column("a")))
    with db.reading_rows() as conn, pytest.raises(exc.OperationalError, match="malformed JSON"):
        statement.rows(conn)


def test_a_closed_database_is_let_go() -> None:
    """The compiled statements are kept per database engine, weakly: a closed one is not kept alive by them."""
    statement = Prepared(select(EVENTS.c.id).where(EVENTS.c.student_id == bindparam("student")))
    for _ in range(3):
        engine = create_engine("sqlite://")
        with engine.connect() as conn:
            conn.execute(text("CREATE TABLE trust_events (id TEXT, student_id TEXT)"))
            assert statement.rows(conn, {"student": "x"}) == []
        engine.dispose()
        del engine, conn
    gc.collect()
    assert len(statement._by_dialect) == 0


@pytest.mark.sqlite_only
def test_undo_steps_get_their_ids_where_sqlite_has_no_returning(services, students, monkeypatch) -> None:
    """SQLite before 3.35 has no RETURNING: the undo step's id then comes from the driver's lastrowid."""
    monkeypatch.setattr(services.db.engine.dialect, "insert_returning", False)
    services.events.log([students[0].id], "build", "helped_peer")
    services.events.log([students[1].id], "build", "helped_peer")
    assert english(services.history.can_undo().label).endswith(students[1].name)
    services.history.undo()
    assert [e.student_id for e in services.events.for_student(students[1].id)] == []
    assert [e.student_id for e in services.events.for_student(students[0].id)] == [students[0].id]
