"""Crash safety: an event the services reported as saved survives SIGKILL at any moment.

A writer process logs events in a loop and prints each id once `log()` has returned (committed). The test
kills it at random moments, then checks the database is sound and holds every event the writer reported.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from autonomy.services import Services
from autonomy.storage.database import open_database

KILLS = 20

WRITER = """
import sys
from pathlib import Path
from autonomy.services import Services
from autonomy.storage.database import open_database
services = Services.over(open_database(Path(sys.argv[1])))
ids = sys.argv[2].split(",")
print("ready", flush=True)
n = 0
while True:
    n += 1
    kind, category = ("build", "helped_peer") if n % 5 else ("break", "left_area")
    events = services.events.log(ids[: 1 + n % len(ids)], kind, category, note=f"round {n}")
    for event in events:
        print(event.id, flush=True)
"""


@pytest.mark.slow
def test_every_reported_event_survives_a_kill(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db = open_database(folder)
    services = Services.over(db)
    room = services.roster.create_classroom("Kill test")
    ids = [services.roster.add_student(room.id, f"Student {i}").id for i in range(3)]
    db.close()
    rng = random.Random(20261125)
    reported: set[str] = set()
    survived = 0
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), ",".join(ids)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        # An id is printed only after its transaction committed; a line cut off by the kill is not a report.
        reported.update(line for line in out.splitlines() if len(line) == 36)
        with sqlite3.connect(folder / "autonomy.sqlite3") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in conn.execute("SELECT id FROM trust_events")}
        missing = reported - stored
        assert not missing, f"{len(missing)} reported events lost after a kill"
        survived += 1
    assert survived == KILLS
    print(f"kills survived: {survived}; events reported saved: {len(reported)}; all present")
    assert len(reported) > KILLS  # the writer got real work done between kills
