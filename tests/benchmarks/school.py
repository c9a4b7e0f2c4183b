"""The school-scale demo, built once into `.benchmark-cache/` (git-ignored) and reused by every run.

`python -m tests.benchmarks.school DIR CLASSES STUDENTS DAYS` builds one (run as a child process, so the
benchmark's own process never holds the generated document).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".benchmark-cache"
CLASSES, STUDENTS, DAYS, SEED = 30, 30, 180, 7
DATABASE_FILE = "autonomy.sqlite3"


@dataclass(frozen=True)
class School:
    folder: Path  # the data folder (holds autonomy.sqlite3)
    days: int
    events: int
    last_class_id: str
    last_class_name: str  # the last classroom by name: the one the roster figures open

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_FILE


def _schema_head() -> str:
    from autonomy.storage.schema import SCHEMA_HEAD

    return SCHEMA_HEAD


def school(days: int = DAYS, *, say=print) -> School:
    """The cached school with `days` school days of history (built now if missing or of an older schema)."""
    folder = CACHE / f"school-{CLASSES}x{STUDENTS}x{days}-seed{SEED}-{_schema_head()}"
    ready = folder / "ready"
    if not ready.exists():
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        say(f"Building the school ({CLASSES} classes x {STUDENTS} students x {days} days) in {folder} …")
        start = time.monotonic()
        subprocess.run([sys.executable, "-m", "tests.benchmarks.school", str(folder), str(CLASSES), str(STUDENTS),
                        str(days)], cwd=ROOT, check=True)
        ready.write_text(dt.datetime.now().isoformat() + "\n")
        say(f"  built in {time.monotonic() - start:.0f} s")
    conn = sqlite3.connect(f"file:{folder / DATABASE_FILE}?mode=ro", uri=True)
    try:
        events = conn.execute("SELECT COUNT(*) FROM trust_events WHERE deleted = 0").fetchone()[0]
        cid, name = conn.execute("SELECT id, name FROM classrooms ORDER BY name DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    return School(folder, days, events, cid, name)


def copy_of(source: School, target: Path) -> School:
    """A private copy to write into (the cache stays as built); through SQLite, so the copy is consistent."""
    target.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source.database}?mode=ro", uri=True)
    dst = sqlite3.connect(target / DATABASE_FILE)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return School(target, source.days, source.events, source.last_class_id, source.last_class_name)


def _build(folder: Path, classes: int, students: int, days: int) -> None:
    from autonomy.app import open_services
    from autonomy.core.demo import generate_demo

    services = open_services(folder)
    doc = generate_demo(classes=classes, students=students, days=days, seed=SEED, now=dt.datetime.now(dt.UTC))
    services.exchange.import_document(doc)
    with services.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    services.db.close()


if __name__ == "__main__":
    _build(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
