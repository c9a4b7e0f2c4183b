"""The bounds on the command line, end to end: a database an older version filled with year-1 dates still
suggests, reports and says what it holds; names the system cannot decode, and a roster header with a stray quote,
are refused in words."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from tests.cli.helpers import DATABASE_FILE, base_env, expect, run_cli
from tests.servers import test_server


def _execute(folder: Path, *statements: str) -> None:
    """SQL on the folder's database (the SQLite file, or its database on the test server), as an old version or
    another program could have written it."""
    server = test_server()
    url = server.url_for_folder(folder) if server is not None else f"sqlite:///{folder / DATABASE_FILE}"
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


OLD_DATES = (
    "UPDATE daily_choices SET day = '0001-01-01' WHERE id IN (SELECT id FROM daily_choices ORDER BY id LIMIT 2)",
    "UPDATE trust_events SET at = '0001-01-01 00:00:00' WHERE id IN (SELECT id FROM trust_events ORDER BY id LIMIT 2)",
    "UPDATE trust_events SET at = '9999-12-31 23:00:00' WHERE id IN "
    "(SELECT id FROM trust_events ORDER BY id DESC LIMIT 1)",
    "UPDATE level_changes SET at = '0001-01-01 00:00:00' WHERE id IN "
    "(SELECT id FROM level_changes ORDER BY id LIMIT 1)",
    "UPDATE reflections SET follow_up = '9999-12-31' WHERE id IN (SELECT id FROM reflections ORDER BY id LIMIT 1)",
)


def test_dates_from_before_the_bounds_do_not_break_suggest_or_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    expect(run_cli(folder, "demo", "--classes", "1", "--students", "4", "--days", "12", "--seed", "4"), 0)
    _execute(folder, *OLD_DATES)
    # West of UTC, year 1 at midnight UTC is in year 0 locally: the conversion itself overflowed.
    west = base_env(tmp_path, TZ="America/New_York")
    for args in (("suggest",), ("suggest", "--json"), ("export",)):
        expect(run_cli(folder, *args, env=west), 0)
    checked = expect(run_cli(folder, "check", env=west), 0)
    assert "Note: 7 record(s) are dated outside 1900-01-01 to 2200-12-31" in checked.out, str(checked)
    classroom = run_cli(folder, "export", env=west).out.split('"name": "', 1)[1].split('"', 1)[0]
    expect(run_cli(folder, "report", "--class", classroom, "--out", str(tmp_path / "r.pdf"), env=west), 0)
    assert (tmp_path / "r.pdf").stat().st_size > 0


def test_a_name_the_system_cannot_decode_is_wrong_usage(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    # "\udcff" reaches the program as the byte 0xFF, which is not UTF-8: Python hands it back as a surrogate.
    run = expect(run_cli(folder, "suggest", "--class", "8C \udcff"), 2, "not valid text")
    assert "usage:" in run.err
    assert not folder.exists()


def test_a_roster_header_with_a_stray_quote_is_refused_in_words(tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_bytes(b'Name,ID"\nAnn Lee,1001\n')
    expect(run_cli(tmp_path / "data", "import-roster", str(roster), "--class", "8C"), 1,
           'line 1: the header cell “ID"” has a quote out of place')


def test_a_database_url_of_another_kind_of_server_is_refused_in_words(tmp_path: Path) -> None:
    expect(run_cli(tmp_path / "data", "--database-url", "mysql://teacher@localhost/school", "check"), 1,
           "SQLite or PostgreSQL, not mysql")
    expect(run_cli(tmp_path / "data", "--database-url", "postgresql+psycopg://\udcff@localhost/x", "check"), 2,
           "--database-url: is not valid text")
