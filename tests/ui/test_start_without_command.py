"""`autonomy` alone starts the app as `autonomy gui` does (the README's set-up ends with it)."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from autonomy.services import Services
from autonomy.storage.database import open_database


@pytest.mark.parametrize("command", [(), ("gui",)], ids=["no-command", "gui"])
def test_the_window_opens_the_roster_with_or_without_the_gui_command(tmp_path: Path, command) -> None:
    folder = tmp_path / "data"
    db = open_database(folder)
    Services.over(db).exchange.import_document(generate_demo(students=4, days=5, seed=2))
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "AUTONOMY_BENCH_MARK": "1"}
    env.pop("AUTONOMY_DATA_DIR", None)
    app = subprocess.Popen([sys.executable, "-m", "autonomy", "--data-dir", str(folder), *command],
                           stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    said: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while not any(line.startswith("autonomy-bench suggestions") for line in said):
            assert time.monotonic() < deadline, "".join(said)
            ready, _, _ = select.select([app.stderr], [], [], 1.0)
            if ready:
                line = app.stderr.readline()
                assert line, f"the app ended: {''.join(said)}"
                said.append(line)
    finally:
        app.terminate()
        app.wait(10)
    assert [line.split()[1] for line in said if line.startswith("autonomy-bench")] == [
        "paint", "roster", "suggestions"]
    log = folder / "autonomy.log"
    assert not log.exists() or "Traceback" not in log.read_text(encoding="utf-8")
