"""One app per data folder: a second is refused with a clear message; a crashed holder blocks nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from autonomy.storage.lock import AlreadyRunning, InstanceLock

pytestmark = pytest.mark.sqlite_only  # the data folder's lock file, the same whatever the database

HOLD = """
import sys, time
from pathlib import Path
from autonomy.storage.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()  # kept: the lock lives as long as the handle
print("held", flush=True)
time.sleep(60)
"""


def _holder(folder: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_second_holder_is_refused_with_the_first_ones_pid(tmp_path: Path) -> None:
    proc = _holder(tmp_path)
    try:
        with pytest.raises(AlreadyRunning, match=f"already open on this data folder \\(process {proc.pid}\\)"):
            InstanceLock(tmp_path).acquire()
    finally:
        proc.kill()
        proc.wait()


def test_a_lock_left_by_a_killed_process_is_recovered(tmp_path: Path) -> None:
    proc = _holder(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (tmp_path / "autonomy.lock").exists()  # the file stays behind ...
    deadline = time.monotonic() + 5
    while True:  # ... but the OS released the lock with the process
        try:
            lock = InstanceLock(tmp_path).acquire()
            break
        except AlreadyRunning:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    assert (tmp_path / "autonomy.lock").read_text() == str(os.getpid())
    lock.release()


def test_release_lets_the_next_one_in(tmp_path: Path) -> None:
    with InstanceLock(tmp_path):
        pass
    with InstanceLock(tmp_path) as again:
        assert again.path.stat().st_mode & 0o777 == 0o600
