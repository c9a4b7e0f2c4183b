"""Several processes logging and undoing at once against one server: nothing acknowledged is lost or doubled,
and no undo is applied twice."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import text

from autonomy.services import Services

WRITERS = 4
EVENTS_EACH = 60

# Each process says "ready" once connected, and waits for its "go" line (see _race).
WRITER = """
import json, sys
from autonomy.app import open_services

url, students, count = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
services = open_services(database_url=url)
print("ready", flush=True)
sys.stdin.readline()
for i in range(count):
    logged = services.events.log([students[i % len(students)]], "build", "helped_peer", note=f"{sys.argv[4]}-{i}")
    print(json.dumps([e.id for e in logged]), flush=True)  # acknowledged: the teacher saw it saved
"""

UNDOER = """
import json, sys
from autonomy.app import open_services
from autonomy.core.errors import Conflict, NothingToUndo

url, count = sys.argv[1], int(sys.argv[2])
expected = int(sys.argv[3]) if len(sys.argv) > 3 else None
services = open_services(database_url=url)
print("ready", flush=True)
sys.stdin.readline()
for _ in range(count):
    try:
        print(json.dumps(services.history.undo(expected).id), flush=True)
    except (Conflict, NothingToUndo) as exc:
        print(json.dumps(type(exc).__name__), flush=True)
"""


def _race(script: str, args: list[list[str]]) -> list[list]:
    """Start one process per argument list, let them all go at once, and return what each printed."""
    procs = [subprocess.Popen([sys.executable, "-c", script, *a], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for a in args]
    for proc in procs:  # a barrier: every process is connected and waiting before any of them starts
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n", proc.communicate(timeout=60)[1]
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        outputs.append([json.loads(line) for line in out.splitlines()])
    return outputs


def test_concurrent_writers_lose_nothing_and_undo_applies_once(services: Services, classroom, students) -> None:
    url = services.db.engine.url.render_as_string(hide_password=False)
    ids = json.dumps([s.id for s in students])
    acked = _race(WRITER, [[url, ids, str(EVENTS_EACH), f"w{n}"] for n in range(WRITERS)])
    acknowledged = [event_id for out in acked for logged in out for event_id in logged]
    with services.db.engine.connect() as conn:
        found = conn.execute(text("SELECT id FROM trust_events WHERE deleted = false")).scalars().all()
        actions = conn.execute(text("SELECT count(*) FROM actions WHERE state = 'done'")).scalar()
    print(f"\nwriters: {WRITERS}, events acknowledged: {len(acknowledged)}, events found: {len(found)}")
    assert len(acknowledged) == WRITERS * EVENTS_EACH == len(set(acknowledged))
    assert sorted(found) == sorted(acknowledged)  # every acknowledged event there, once, and nothing else
    assert actions == WRITERS * EVENTS_EACH + 4  # one undoable action each, plus the class and its students

    # Four processes undo ten times each, all on one undo list: forty different actions, each undone once.
    undone = _race(UNDOER, [[url, "10"] for _ in range(4)])
    undone_ids = [a for out in undone for a in out]
    assert len(undone_ids) == 40 == len(set(undone_ids)), undone_ids
    with services.db.engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM trust_events")).scalar()
        states = dict(conn.execute(text("SELECT state, count(*) FROM actions GROUP BY state")).all())
    assert left == WRITERS * EVENTS_EACH - 40  # each undo removed exactly one event
    assert states["undone"] == 40

    # Four processes undo the same action (the one each window shows): one undoes it, the others are told.
    latest = services.history.can_undo()
    assert latest is not None
    same = _race(UNDOER, [[url, "1", str(latest.id)] for _ in range(4)])
    results = sorted(str(out[0]) for out in same)
    assert results == sorted([str(latest.id), "Conflict", "Conflict", "Conflict"]), results
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM trust_events")).scalar() == WRITERS * EVENTS_EACH - 41
