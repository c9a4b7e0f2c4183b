"""Privacy: every file the app writes is 0600 in 0700 folders (even under a loose umask); no network anywhere
(the whole path runs with sockets blocked); anonymised exports and reports hold no name, external id or free
text of any demo student, no classroom name or subject, and no id of the named export; and every SQL statement
binds its parameters (a hostile name round-trips intact)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from autonomy.app import open_services
from autonomy.core.demo import generate_demo
from autonomy.core.roster_csv import parse_roster
from autonomy.storage.backup import backup_file
from autonomy.storage.lock import InstanceLock
from tests.cli.helpers import DEMO_ARGS, DEMO_TODAY, base_env, expect, run_cli, stored_content

pytestmark = pytest.mark.sqlite_only

BOBBY = "Robert'); DROP TABLE students;--"


def _modes(*roots: Path) -> dict[str, int]:
    found = {}
    for root in roots:
        for path in [root, *root.rglob("*")] if root.is_dir() else [root]:
            found[str(path)] = path.stat().st_mode & 0o777
    return found


def test_every_file_the_app_writes_is_private_even_with_a_loose_umask(tmp_path: Path, qtbot) -> None:
    from autonomy.cli.report_command import run as run_report
    from autonomy.ui.app import errors

    old = os.umask(0o022)  # what a desktop session often has; the app must not rely on cli.main's umask
    try:
        folder, out = tmp_path / "data", tmp_path / "out"
        out.mkdir(mode=0o700)
        services = open_services(folder)
        services.exchange.import_document(generate_demo(**DEMO_ARGS, today=DEMO_TODAY))
        lock = InstanceLock(folder).acquire()
        errors.configure_log(folder)
        errors.log.error("a line in the log")
        services.exchange.write_json(services.exchange.export_document(), out / "export.json")
        services.exchange.write_json(services.exchange.export_document(anonymize=True), out / "anon.json")
        services.exchange.write_csv(services.exchange.export_document(), out / "csv")
        backup_file(folder / "autonomy.sqlite3", out / "manual.sqlite3")
        room = services.roster.classrooms()[0].name
        run_report(services, argparse.Namespace(out=str(out / "report.pdf"), classroom=room, date_from=None,
                                                date_to=None, anonymize=False))
        written = _modes(folder, out)
        lock.release()
        services.db.close()
        errors.configure_log(tmp_path)
    finally:
        os.umask(old)
    kinds = {Path(p).name for p in written}
    assert {"autonomy.sqlite3", "autonomy.log", "export.json", "anon.json", "manual.sqlite3", "report.pdf",
            "backups"} <= kinds
    assert any(name.startswith("daily-") for name in kinds) and any(name.endswith(".csv") for name in kinds)
    # Every file 0600; every folder of the data folder 0700. (A CSV export's own folder follows the umask: it
    # holds only 0600 files named after tables.)
    loose = {p: oct(m) for p, m in written.items()
             if (m != 0o600 and not Path(p).is_dir()) or (Path(p).is_dir() and p.startswith(str(folder))
                                                          and m != 0o700)}
    assert not loose, loose


# --- no network ------------------------------------------------------------------------------------------------

BLOCK_SOCKETS = '''
import socket

def _refuse(*_args, **_kwargs):
    raise OSError("network access attempted (blocked by the test)")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.socket.sendto = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
'''


def test_the_whole_path_runs_with_sockets_blocked(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCK_SOCKETS, encoding="utf-8")
    env = base_env(tmp_path, PYTHONPATH=str(site))
    probe = subprocess.run(["python3" if shutil.which("python3") else "python", "-c",
                            "import socket; socket.create_connection(('127.0.0.1', 9))"],
                           env=env, capture_output=True, text=True, check=False)
    assert "blocked by the test" in probe.stderr, "the blocking sitecustomize is not in effect"
    folder, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    expect(run_cli(folder, "demo", *[f"--{k}={v}" for k, v in DEMO_ARGS.items()], env=env), 0)
    expect(run_cli(folder, "export", "--out", str(out / "all.json"), env=env), 0)
    expect(run_cli(tmp_path / "other", "import", str(out / "all.json"), env=env), 0)
    run = run_cli(folder, "suggest", env=env)
    assert run.code == 0, run
    room = json.loads((out / "all.json").read_text(encoding="utf-8"))["classrooms"][0]["name"]
    expect(run_cli(folder, "report", "--class", room, "--out", str(out / "r.pdf"), env=env), 0)
    expect(run_cli(folder, "gui", "--screenshot", str(out / "shot.png"), env=env, timeout=180), 0)
    assert (out / "shot.png").stat().st_size > 10_000 and (out / "r.pdf").stat().st_size > 1_000
    log = folder / "autonomy.log"
    assert not log.exists() or "network" not in log.read_text(encoding="utf-8")


# --- anonymised exports and reports ----------------------------------------------------------------------------


def _secrets(doc: dict) -> dict[str, set[str]]:
    """What no anonymised file may contain, from the demo document itself."""
    names, ids, text = set(), set(), set()
    for c in doc["classrooms"]:
        names.add(c["name"])
        text.add(c["subject"])
    records = {r["id"] for section in ("classrooms", "students", "level_changes", "events", "choices",
                                        "reflections", "decisions") for r in doc[section]}
    for s in doc["students"]:
        names.add(s["name"])
        names.update(part for part in s["name"].split() if len(part) >= 3)
        if s.get("external_id"):
            ids.add(s["external_id"])
    for e in doc["events"]:
        text.add(e["note"])
    for r in doc["reflections"]:
        text.update((r["student_words"], r["agreement"], r["outcome"]))
    for section in ("level_changes", "decisions"):
        text.update(x.get("reason") for x in doc[section])
    return {"names": names, "ids": ids, "free text": {t for t in text if t and len(t.strip()) >= 8},
            "record ids": records}


def _leaks(body: str, secrets: dict[str, set[str]]) -> dict[str, list[str]]:
    found = {}
    for kind, values in secrets.items():
        hits = sorted(v for v in values if v in body)
        if hits:
            found[kind] = hits[:5]
    return found


def test_anonymised_exports_and_reports_hold_no_name_id_or_free_text(tmp_path: Path) -> None:
    folder, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    expect(run_cli(folder, "demo", *[f"--{k}={v}" for k, v in DEMO_ARGS.items()]), 0)
    doc = stored_content(folder)
    secrets = _secrets(doc)
    assert len(secrets["names"]) >= 10 and secrets["ids"] and len(secrets["free text"]) >= 5
    assert len(secrets["record ids"]) >= 100
    expect(run_cli(folder, "export", "--anonymize", "--out", str(out / "anon.json")), 0)
    expect(run_cli(folder, "export", "--anonymize", "--format", "csv", "--out", str(out / "csv")), 0)
    bodies = {"anon.json": (out / "anon.json").read_text(encoding="utf-8")}
    bodies |= {f"csv/{p.name}": p.read_text(encoding="utf-8") for p in (out / "csv").glob("*.csv")}
    for classroom in doc["classrooms"]:
        pdf = out / f"{classroom['id']}.pdf"
        expect(run_cli(folder, "report", "--class", classroom["name"], "--anonymize", "--out", str(pdf)), 0)
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout
            assert "Autonomy" in text or len(text) > 200, "pdftotext read nothing"
            bodies[pdf.name] = text
    assert len(bodies) >= 4
    leaks = {name: found for name, body in bodies.items() if (found := _leaks(body, secrets))}
    assert not leaks, leaks
    # And the check itself finds them in the plain export.
    expect(run_cli(folder, "export", "--out", str(out / "plain.json")), 0)
    assert set(_leaks((out / "plain.json").read_text(encoding="utf-8"), secrets)) == {"names", "ids", "free text",
                                                                                     "record ids"}


# --- bound parameters ----------------------------------------------------------------------------------------


def test_a_hostile_name_round_trips_intact_everywhere(tmp_path: Path) -> None:
    folder, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    services = open_services(folder)
    try:
        room = services.roster.create_classroom("Class'); DELETE FROM classrooms;--")
        added = services.roster.add_student(room.id, BOBBY, external_id="1' OR '1'='1")
        services.events.log([added.id], "build", "helped_peer", note="'; UPDATE students SET name='x';--")
        assert services.roster.student(added.id).name == BOBBY
        services.exchange.write_json(services.exchange.export_document(), out / "export.json")
    finally:
        services.db.close()
    exported = json.loads((out / "export.json").read_text(encoding="utf-8"))
    assert [s["name"] for s in exported["students"]] == [BOBBY]
    assert [s["external_id"] for s in exported["students"]] == ["1' OR '1'='1"]

    # Into a new folder through the interchange file, then through a roster CSV.
    expect(run_cli(tmp_path / "copy", "import", str(out / "export.json")), 0)
    copied = stored_content(tmp_path / "copy")
    assert [s["name"] for s in copied["students"]] == [BOBBY]
    assert [c["name"] for c in copied["classrooms"]] == ["Class'); DELETE FROM classrooms;--"]
    assert [e["note"] for e in copied["events"]] == ["'; UPDATE students SET name='x';--"]

    roster = out / "roster.csv"
    roster.write_text(f'Name,Student ID\n"{BOBBY}",2001\n"Tom\'; DROP TABLE trust_events;--",2002\n',
                      encoding="utf-8")
    assert [r.name for r in parse_roster(roster.read_bytes()).rows] == [BOBBY, "Tom'; DROP TABLE trust_events;--"]
    expect(run_cli(tmp_path / "copy", "import-roster", str(roster), "--class", "Roster'; --"), 0, "2 student(s)")
    after = stored_content(tmp_path / "copy")
    assert sorted(s["name"] for s in after["students"]) == sorted([BOBBY, BOBBY, "Tom'; DROP TABLE trust_events;--"])
    assert len(after["events"]) == 1 and {c["name"] for c in after["classrooms"]} >= {"Roster'; --"}
    expect(run_cli(tmp_path / "copy", "check"), 0)
