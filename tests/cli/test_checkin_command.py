"""`autonomy checkin --class NAME` set-up from the command line: the PIN and a code come from standard input and
are stored hashed; a bad PIN is refused in one sentence with nothing changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import expect, run_cli


@pytest.mark.sqlite_only  # (it reads the class's name from the SQLite file)
def test_the_teacher_sets_up_the_check_in_from_the_command_line(demo_copy: Path) -> None:
    classroom = sqlite3.connect(demo_copy / "autonomy.sqlite3").execute(
        "SELECT name FROM classrooms ORDER BY name LIMIT 1").fetchone()[0]
    expect(run_cli(demo_copy, "checkin", "--class", classroom, "--set-pin", input="12\n"), 1, "PIN")
    expect(run_cli(demo_copy, "checkin", "--class", classroom, "--set-pin", input="2468\n"), 0, "Set the check-in PIN")
    expect(run_cli(demo_copy, "checkin", "--class", classroom, "--codes", "on"), 0, "Personal codes are on")
    with sqlite3.connect(demo_copy / "autonomy.sqlite3") as conn:
        pin_hash, codes_on = conn.execute("SELECT pin_hash, codes_on FROM checkin_setups").fetchone()
    assert pin_hash.startswith("scrypt$") and "2468" not in pin_hash and codes_on == 1
    expect(run_cli(demo_copy, "checkin", "--class", "No such class", "--codes", "off"), 1, "No such class")
