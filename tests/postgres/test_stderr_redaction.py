"""An error on PostgreSQL prints no stored values on stderr (nor in the log): the server quotes a statement's
parameters in its errors, and an import's parameters are the students' notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.cli.helpers import INTERCHANGE, expect, run_cli
from tests.servers import TestServer

SECRET = "Told me about the trouble at home with her stepfather"

REFUSALS = {
    # A constraint the server adds (a clash the services word as a Conflict).
    "constraint": ("ALTER TABLE trust_events ADD CONSTRAINT no_long_notes CHECK (length(note) < 10)",
                   "clashes with what is stored"),
    # An error the services do not expect: the "unexpected problem" handler's words.
    "trigger": ("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                "$$ BEGIN RAISE EXCEPTION 'refused by the server'; END $$; "
                "CREATE TRIGGER refuse BEFORE INSERT ON trust_events FOR EACH ROW EXECUTE FUNCTION refuse()",
                "unexpected problem"),
}


@pytest.mark.parametrize("kind", sorted(REFUSALS))
def test_a_server_error_prints_no_stored_values(pg: TestServer, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "data"
    statement, words = REFUSALS[kind]
    engine = create_engine(pg.url_for_folder(folder))
    with engine.begin() as conn:
        conn.execute(text(statement))
    engine.dispose()
    doc = json.loads((INTERCHANGE / "valid.json").read_text(encoding="utf-8"))
    for event in doc["events"]:
        event["note"] = SECRET
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    run = expect(run_cli(folder, "import", str(path)), 1, words)
    assert SECRET not in run.err and "stepfather" not in run.err, run.err
    assert "[parameters" not in run.err or "[parameters left out]" in run.err, run.err
    log = folder / "autonomy.log"
    assert not log.exists() or "stepfather" not in log.read_text(encoding="utf-8")
