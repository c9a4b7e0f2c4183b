"""Running the command line in a subprocess, as a script or a teacher would, and looking at what it left behind."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.servers import test_server

CORPUS = Path(__file__).parent / "corpus"
ROSTERS = CORPUS / "roster"
INTERCHANGE = CORPUS / "interchange"
DATABASE_FILE = "autonomy.sqlite3"
# The demo's own "today" can put timestamps later than now (see test_cli.py); documents built for the tests
# are dated up to this day instead.
DEMO_TODAY = dt.date(2026, 11, 20)
DEMO_ARGS = {"classes": 2, "students": 5, "days": 10, "seed": 3}


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    code: int
    out: str
    err: str

    def __str__(self) -> str:  # shown by pytest when an assertion about the run fails
        command = " ".join(self.args)
        return f"autonomy {command} -> exit {self.code}\n--- stdout\n{self.out[:3000]}\n--- stderr\n{self.err}"


def base_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of every run: offscreen Qt, and a home of its own so no run touches the real data folder."""
    # No data folder and no language from the developer's shell: the command line's English is checked.
    env = {k: v for k, v in os.environ.items() if k not in ("AUTONOMY_DATA_DIR", "AUTONOMY_LANGUAGE")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_DATA_HOME=str(home / "xdg-data"))
    env.update(extra)
    return env


def run_cli(data_dir: Path | None, *args: str, home: Path | None = None, env: dict[str, str] | None = None,
            timeout: float = 120, input: str | None = None) -> Run:
    """`python -m autonomy [--data-dir DIR] ARGS...`; stdout and stderr decoded as UTF-8."""
    command = [sys.executable, "-m", "autonomy"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
        server = test_server()
        if server is not None and "--database-url" not in args:
            command += ["--database-url", server.url_for_folder(data_dir)]
    command += list(args)
    if env is None:
        if home is None:
            if data_dir is None:
                raise ValueError("a run without --data-dir needs a home of its own (or an env)")
            home = data_dir.parent
        env = base_env(home)
    done = subprocess.run(command, capture_output=True, env=env, timeout=timeout, check=False,
                          input=None if input is None else input.encode("utf-8"))
    return Run(tuple(args), done.returncode, done.stdout.decode("utf-8", "replace"),
               done.stderr.decode("utf-8", "replace"))


def expect(run: Run, code: int, *needles: str) -> Run:
    """The exit code, a message on stderr (no traceback), and each needle in stderr (ignoring case)."""
    assert run.code == code, str(run)
    assert "Traceback" not in run.err and "Traceback" not in run.out, str(run)
    if code != 0 or needles:
        assert run.err.strip(), f"no message on stderr\n{run}"
    for needle in needles:
        assert needle.lower() in run.err.lower(), f"{needle!r} not in stderr\n{run}"
    return run


def export_content(data_dir: Path, *args: str) -> dict[str, Any]:
    """What `autonomy export` says is in the database, without the moment of the export."""
    run = expect(run_cli(data_dir, "export", *args), 0)
    doc = json.loads(run.out)
    doc.pop("exported_at")
    return doc


def stored_content(data_dir: Path) -> dict[str, Any]:
    """The same document as `export_content`, made in this process by the calls `autonomy export` makes (no
    interpreter start-up: this is what every before/after comparison uses). The database is closed again."""
    from autonomy.app import open_services

    server = test_server()
    services = open_services(data_dir, None if server is None else server.url_for_folder(data_dir))
    try:
        text = services.exchange.write_json(services.exchange.export_document(), None)
    finally:
        services.db.close()
    doc = json.loads(text or "")
    doc.pop("exported_at")
    return doc


def without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def history(data_dir: Path) -> dict[str, list[tuple]]:
    """The undo history (actions and the row changes behind them), read straight from the file."""
    server = test_server()
    if server is not None:
        return _server_tables(server.url_for_folder(data_dir), ("actions", "row_changes"))
    conn = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()  # fixed names
                for table in ("actions", "row_changes")}
    finally:
        conn.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _server_tables(url: str, names: tuple[str, ...]) -> dict[str, list[tuple]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {name: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {name} ORDER BY 1"))]
                    for name in names}
    finally:
        engine.dispose()


def database_digest(data_dir: Path) -> str:
    """The database's bytes (SQLite), or every row of every table (a server: the stand-in for the bytes)."""
    server = test_server()
    if server is None:
        return file_hash(data_dir / DATABASE_FILE)
    from autonomy.storage.models import Base

    names = tuple(t.name for t in Base.metadata.sorted_tables) + ("alembic_version",)
    tables = _server_tables(server.url_for_folder(data_dir), names)
    return hashlib.sha256(repr(sorted((k, sorted(map(repr, v))) for k, v in tables.items())).encode()).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    database_bytes: str
    history: dict[str, list[tuple]]
    export: dict[str, Any]


def snapshot(data_dir: Path) -> Snapshot:
    digest = database_digest(data_dir)  # first: nothing below writes, but the bytes are the point
    return Snapshot(digest, history(data_dir), stored_content(data_dir))


def assert_unchanged(data_dir: Path, before: Snapshot) -> None:
    after = snapshot(data_dir)
    assert after.history == before.history, "the undo history changed"
    assert after.export == before.export, "the exported content changed"
    assert after.database_bytes == before.database_bytes, "the database file changed"


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def students_of(doc: dict[str, Any], classroom_name: str) -> dict[str, str | None]:
    """name -> external id of the students enrolled in the named classroom of an export."""
    ids = [c["id"] for c in doc["classrooms"] if c["name"] == classroom_name]
    assert len(ids) == 1, f"expected one classroom called {classroom_name!r}, found {len(ids)}"
    return {s["name"]: s["external_id"] for s in doc["students"] if ids[0] in s["classrooms"]}
