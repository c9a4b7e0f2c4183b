"""A teacher joins the shared record and leaves it again: `autonomy export` from their SQLite file imports into the
database under test (the server, in a server run) and back into a new SQLite file, with nothing lost and every id
kept."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import expect, run_cli


def _laptop(folder: Path, *args: str) -> tuple[str, ...]:
    """Arguments that keep a run on an SQLite file, whatever engine the run is testing."""
    folder.mkdir(parents=True, exist_ok=True)
    return ("--database-url", f"sqlite:///{folder / 'autonomy.sqlite3'}", *args)


def _content(path: Path) -> dict:
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return doc


def test_a_laptop_export_moves_to_the_shared_record_and_back(demo_doc_file: Path, tmp_path: Path) -> None:
    laptop, shared, new_laptop = tmp_path / "laptop", tmp_path / "shared", tmp_path / "new-laptop"
    joining, on_server, leaving = tmp_path / "joining.json", tmp_path / "server.json", tmp_path / "leaving.json"
    expect(run_cli(laptop, *_laptop(laptop, "import", str(demo_doc_file))), 0, "Imported")
    expect(run_cli(laptop, *_laptop(laptop, "export", "--out", str(joining))), 0)

    expect(run_cli(shared, "import", str(joining)), 0, "Imported")
    expect(run_cli(shared, "import", str(joining)), 0, "already there")  # twice changes nothing
    expect(run_cli(shared, "export", "--out", str(on_server)), 0)
    assert _content(on_server) == _content(joining)

    expect(run_cli(new_laptop, *_laptop(new_laptop, "import", str(on_server))), 0, "Imported")
    expect(run_cli(new_laptop, *_laptop(new_laptop, "export", "--out", str(leaving))), 0)
    assert _content(leaving) == _content(joining)
    demo = json.loads(demo_doc_file.read_text(encoding="utf-8"))
    for section in ("classrooms", "students", "events", "reflections", "level_changes", "choices"):
        assert {r["id"] for r in _content(leaving)[section]} == {r["id"] for r in demo[section]}, section
