"""On a shared server, with real logins: a teacher's import, or an undo after editing the journal with her own
connection (psql), cannot reach another teacher's students. The app's own checks; row-level security (when the
server has it) is a second wall, not this one."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from autonomy.core.errors import Conflict, NotAllowed, RefusedFile
from autonomy.services import Services
from autonomy.storage.database import open_database
from autonomy.storage.roles import role_sql
from tests.cli.helpers import expect, run_cli
from tests.servers import TestServer


@pytest.fixture
def logins(pg: TestServer, db) -> Iterator[dict[str, Any]]:
    """Amy and Bo log in as teachers of this database (README's "A shared server"), each with a classroom and a
    student; `admin` is the superuser the suite runs as."""
    name = db.engine.url.database
    with db.engine.begin() as conn:  # the group roles, grants and row-level security of this database
        conn.execute(text(role_sql(name)))
    with pg.admin() as conn:
        for person in ("amy", "bo"):
            conn.execute(text(f"DO $$ BEGIN CREATE ROLE {person} LOGIN; "
                              "EXCEPTION WHEN duplicate_object THEN NULL; END $$"))
            conn.execute(text(f"GRANT autonomy_teacher TO {person}"))
    urls = {p: db.engine.url.set(username=p).render_as_string(hide_password=False) for p in ("amy", "bo")}
    opened = {p: open_database(url=url) for p, url in urls.items()}
    try:
        amy, bo = Services.over(opened["amy"]), Services.over(opened["bo"])
        ali = amy.roster.add_student(amy.roster.create_classroom("7B").id, "Ali", notes="Ali's notes")
        bea = bo.roster.add_student(bo.roster.create_classroom("7B").id, "Bea", notes="Bea's notes")
        (event,) = bo.events.log([bea.id], "build", "helped_peer")
        yield {"amy": amy, "bo": bo, "admin": Services.over(db), "urls": urls, "ali": ali, "bea": bea,
               "bo_event": event.id}
    finally:
        for database in opened.values():
            database.close()


def _everything(admin: Services) -> dict[str, Any]:
    doc = admin.exchange.export_document()
    doc.pop("exported_at")
    with admin.db.engine.connect() as conn:
        doc["journal"] = [tuple(r) for r in conn.execute(text("SELECT * FROM actions ORDER BY id"))] + [
            tuple(r) for r in conn.execute(text("SELECT * FROM row_changes ORDER BY id"))]
    return doc


def _records(admin: Services) -> dict[str, Any]:
    """Everything stored but the undo journal (a refused step may be taken off its teacher's own list)."""
    doc = _everything(admin)
    doc.pop("journal")
    return doc


def _event(student: str, ident: str | None = None) -> dict[str, Any]:
    return {"id": ident or str(uuid.uuid4()), "student": student, "kind": "build", "category": "helped_peer",
            "dimension": None, "severity": None, "habit": None, "at": "2026-11-02T10:00:00+00:00", "note": ""}


def test_a_teachers_import_cannot_reach_another_teachers_students(logins: dict[str, Any]) -> None:
    amy = logins["amy"]
    before = _everything(logins["admin"])
    for record in (_event(logins["bea"].id), _event(logins["ali"].id, logins["bo_event"])):
        doc = amy.exchange.export_document()
        doc["events"].append(record)
        with pytest.raises(RefusedFile) as refused:
            amy.exchange.import_document(doc)
        assert any(record["id"] in p for p in refused.value.problems), refused.value.problems
    assert _everything(logins["admin"]) == before


def test_the_command_line_refuses_it_too(logins: dict[str, Any], tmp_path: Path) -> None:
    doc = logins["amy"].exchange.export_document()
    doc["events"].append(_event(logins["bea"].id))
    path = tmp_path / "file.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = _everything(logins["admin"])
    run = expect(run_cli(None, "--database-url", logins["urls"]["amy"], "import", str(path), home=tmp_path), 1,
                 "not imported", f"events[{len(doc['events']) - 1}] ({doc['events'][-1]['id']})")
    assert "Bea" not in run.err
    assert _everything(logins["admin"]) == before


def _as(url: str, sql: str, **params: Any) -> None:
    """What the teacher can do with psql and her own login."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), params)
    finally:
        engine.dispose()


def test_an_undo_journal_edited_by_hand_cannot_reach_another_teachers_student(logins: dict[str, Any]) -> None:
    amy, bo, bea = logins["amy"], logins["bo"], logins["bea"]
    bo.roster.edit_student(bea.id, notes="Bo's edit")
    amy.roster.edit_student(logins["ali"].id, notes="Amy's edit")
    url = logins["urls"]["amy"]
    # With the server's row-level security (storage/roles.py) her own login cannot edit the journal at all ...
    with pytest.raises(ProgrammingError, match="permission denied"):
        _as(url, "UPDATE row_changes SET before = NULL WHERE action_id = (SELECT max(id) FROM actions)")
    # ... so the journal is forged with the owner's rights, as if the wall were not there: the app's own checks
    # still refuse. Her own step, pointed at Bea's row:
    url = logins["admin"].db.engine.url.render_as_string(hide_password=False)
    _as(url, "UPDATE row_changes SET row_key = CAST(:key AS JSON), before = CAST(:before AS JSON), "
             "after = CAST(:after AS JSON) WHERE action_id = (SELECT max(id) FROM actions WHERE actor = 'amy')",
        key=json.dumps({"id": bea.id}), before=json.dumps({"id": bea.id, "notes": "rewritten by Amy"}),
        after=json.dumps({"id": bea.id, "notes": "Bo's edit"}))
    before = _records(logins["admin"])
    # Refused either way: by the app's check, or (row-level security hiding Bea's row from her) as a step whose
    # rows are no longer as it left them, which also takes it off her list.
    with pytest.raises((NotAllowed, Conflict)):
        amy.history.undo()
    assert _records(logins["admin"]) == before
    # Bo's step, its actor changed to her: now on her undo list, and still refused.
    _as(url, "UPDATE actions SET state = 'discarded' WHERE actor = 'amy'")
    _as(url, "UPDATE actions SET actor = 'amy' WHERE id = (SELECT max(id) FROM actions WHERE actor = 'bo')")
    before = _records(logins["admin"])
    # Refused either way: by the app's check, or (row-level security hiding Bea's row from her) as a step whose
    # rows are no longer as it left them, which also takes it off her list.
    with pytest.raises((NotAllowed, Conflict)):
        amy.history.undo()
    assert _records(logins["admin"]) == before
    assert bo.roster.student(bea.id).notes == "Bo's edit"
