"""The schema on PostgreSQL: the same migrations build and upgrade it, and the server's roles say who is who."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from autonomy.core.errors import NotAllowed
from autonomy.core.types import Role
from autonomy.services import Services
from autonomy.storage.database import current_revision, make_engine, open_database
from autonomy.storage.migrate import alembic_config
from autonomy.storage.schema import SCHEMA_HEAD
from tests.servers import TestServer


def _empty(pg: TestServer) -> tuple[str, str]:
    name = f"{pg.name_for_folder_prefix()}e{uuid.uuid4().hex[:10]}"
    pg.drop(name)
    with pg.admin() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return name, pg.url_of(name)


def test_the_suite_runs_on_the_server(db) -> None:
    assert db.engine.dialect.name == "postgresql" and db.path is None
    assert current_revision(db.engine) == SCHEMA_HEAD


def test_the_migrations_build_the_models_schema_on_the_server(pg: TestServer) -> None:
    _name, url = _empty(pg)
    engine = make_engine(url)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            command.check(config)  # types, constraints and indexes as the models say, on PostgreSQL too
    finally:
        engine.dispose()


def test_a_server_database_at_0001_is_upgraded_with_its_owner(pg: TestServer) -> None:
    _name, url = _empty(pg)
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("INSERT INTO classrooms (id, name, subject, school_year, archived, created_at) "
                          "VALUES ('c1', 'Old Class', '', '', false, :at)"), {"at": dt.datetime(2026, 9, 1)})
        conn.execute(text("INSERT INTO actions (label, at, state) VALUES ('Added classroom Old Class', :at, 'done')"),
                     {"at": dt.datetime(2026, 9, 1)})
    engine.dispose()
    db = open_database(url=url)
    try:
        assert current_revision(db.engine) == SCHEMA_HEAD
        services = Services.over(db)
        (room,) = services.roster.classrooms()
        assert room.owner == db.who().user == "postgres"  # whoever ran the upgrade (the administrator)
        assert services.history.can_undo() is not None  # the old action is on its list
    finally:
        db.close()


def test_who_is_who_comes_from_the_servers_roles(school_server: dict[str, str], services: Services) -> None:
    opened = {person: open_database(url=url) for person, url in school_server.items()}
    try:
        assert services.db.who().role is Role.ADMIN  # a superuser
        assert opened["amy"].who() == type(opened["amy"].who())("amy", Role.TEACHER)
        assert opened["cora"].who().role is Role.COACH
        amy, ben, cora = (Services.over(opened[p]) for p in ("amy", "ben", "cora"))
        mine = amy.roster.create_classroom("7B Science")
        amy.roster.add_student(mine.id, "Ali")
        assert mine.owner == "amy"
        assert ben.roster.classrooms() == []
        assert ben.roster.students(mine.id) == []  # the server shows him no such classroom (row-level security)
        assert [c.id for c in cora.roster.classrooms()] == [mine.id]
        with pytest.raises(NotAllowed):
            cora.roster.create_classroom("Coach's class")
    finally:
        for database in opened.values():
            database.close()


def test_the_server_itself_refuses_a_coachs_writes(school_server: dict[str, str], services: Services) -> None:
    engine = create_engine(school_server["cora"])
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM classrooms")).scalar() == 0
            with pytest.raises(ProgrammingError, match="permission denied"):
                conn.execute(text("INSERT INTO settings (key, value) VALUES ('x', '{}')"))
    finally:
        engine.dispose()
