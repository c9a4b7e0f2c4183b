"""`autonomy export` then `autonomy import` into a fresh data folder carries the teacher's ladders; where both sides
edited a ladder the command says which one won, and why."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from autonomy.core.ladders import default_ladder
from autonomy.services import Services
from tests.cli.helpers import expect, export_content, run_cli
from tests.servers import test_server


@contextmanager
def _services(data_dir: Path) -> Iterator[Services]:
    """The services over a data folder (what the GUI does to rename a level; the command line has no verb for it)."""
    from autonomy.app import open_services

    server = test_server()
    services = open_services(data_dir, None if server is None else server.url_for_folder(data_dir),
                             daily_backup=False)
    try:
        yield services
    finally:
        services.db.close()


def _levels(doc: dict, key: str) -> list[str]:
    return [lv["name"] for lv in next(d for d in doc["dimensions"] if d["key"] == key)["levels"]]


def _teachers_export(tmp_path: Path) -> Path:
    laptop, out = tmp_path / "laptop", tmp_path / "mine.json"
    expect(run_cli(laptop, "demo", "--classes", "1", "--students", "3", "--days", "5"), 0)
    with _services(laptop) as services:
        services.levels.rename_level("workspace", 1, "Reading corner", "The soft chairs by the window.")
        services.levels.add_dimension("Who with", [("Alone", ""), ("Pairs", ""), ("Groups", "")])
    expect(run_cli(laptop, "export", "--out", str(out)), 0)
    return out


def test_a_fresh_installation_takes_the_teachers_ladders(tmp_path: Path) -> None:
    mine = _teachers_export(tmp_path)
    fresh = tmp_path / "fresh"
    run = expect(run_cli(fresh, "import", str(mine)), 0, "Imported", "1 ladder(s) were taken from the file",
                 "Ladder workspace: the file's ladder was taken")
    assert "Ladder pacing" not in run.err  # the same on both sides: nothing to say
    doc = export_content(fresh)
    assert _levels(doc, "workspace")[1] == "Reading corner"
    assert _levels(doc, "who_with") == ["Alone", "Pairs", "Groups"]
    assert doc["dimensions"] == json.loads(mine.read_text(encoding="utf-8"))["dimensions"]


def test_where_both_edited_a_ladder_the_installations_is_kept_and_said(tmp_path: Path) -> None:
    mine = _teachers_export(tmp_path)
    doc = json.loads(mine.read_text(encoding="utf-8"))
    workspace = next(d for d in doc["dimensions"] if d["key"] == "workspace")
    workspace["levels"].append({"rank": 5, "name": "Off site", "description": "On a trip, with a plan."})
    mine.write_text(json.dumps(doc), encoding="utf-8")
    school = tmp_path / "school"
    school.mkdir()
    with _services(school) as services:
        services.levels.rename_level("workspace", 1, "Window seats")
    expect(run_cli(school, "import", str(mine)), 0, "Imported",
           "Ladder workspace: this database's ladder was kept, because it was edited here as well as in the file",
           "level 5 was added from the file")
    names = _levels(export_content(school), "workspace")
    assert names[1] == "Window seats"
    assert names[2:5] == [lv.name for lv in default_ladder("workspace").levels[2:]]
    assert names[5] == "Off site"  # nothing the teacher wrote is lost
