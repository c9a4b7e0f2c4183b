"""`autonomy` alone starts the app as `autonomy gui` does (the README's set-up ends with it)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from autonomy.services import Services
from autonomy.storage.database import open_database
from tests.benchmarks.bench_startup import run_marked


@pytest.mark.parametrize("command", [(), ("gui",)], ids=["no-command", "gui"])
def test_the_window_opens_the_roster_with_or_without_the_gui_command(tmp_path: Path, command) -> None:
    folder = tmp_path / "data"
    db = open_database(folder)
    Services.over(db).exchange.import_document(generate_demo(students=4, days=5, seed=2, now=dt.datetime.now(dt.UTC)))
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "AUTONOMY_BENCH_MARK": "1"}
    env.pop("AUTONOMY_DATA_DIR", None)
    # The start-up benchmark's reader: it fails if the app ends (or falls silent) before saying all three.
    moments, _rss = run_marked([sys.executable, "-m", "autonomy", "--data-dir", str(folder), *command],
                               ("paint", "roster", "suggestions"), env)
    assert moments["paint"] <= moments["roster"] <= moments["suggestions"]
    log = folder / "autonomy.log"
    assert not log.exists() or "Traceback" not in log.read_text(encoding="utf-8")
