"""A second app on the same data folder gets a clear message and exits, without touching the data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from autonomy.storage.database import open_database
from autonomy.storage.lock import InstanceLock


def test_second_window_on_the_same_folder_exits_with_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_database(folder).close()
    before = (folder / "autonomy.sqlite3").read_bytes()
    with InstanceLock(folder):  # the first window
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
        done = subprocess.run([sys.executable, "-m", "autonomy", "--data-dir", str(folder), "gui"],
                              capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 1
    assert "already open on this data folder" in done.stderr
    assert "Traceback" not in done.stderr
    assert (folder / "autonomy.sqlite3").read_bytes() == before
