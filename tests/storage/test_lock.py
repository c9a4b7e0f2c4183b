"""One app per data folder: a second is refused with a clear message; a crashed holder blocks nothing. The
database's own lock: shared by every user, held alone by a restore, waited for within a bound."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from autonomy.core.errors import StorageError
from autonomy.storage.lock import WAIT_ENV, AlreadyRunning, DatabaseBusy, DatabaseUse, InstanceLock

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


# --- the database's shared-or-alone lock (every user shares it, a restore has it alone) ---------------------

HOLD_SHARE = """
import sys
from pathlib import Path
from autonomy.storage.database import open_database
db = open_database(Path(sys.argv[1]))  # what every command holds while its database is open
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WAIT_ENV, "0")


def test_users_share_and_a_restore_waits_for_them(tmp_path: Path, no_wait: None) -> None:
    database = tmp_path / "autonomy.sqlite3"
    first, second = DatabaseUse(database).share(), DatabaseUse(database).share()
    said: list[str] = []
    with pytest.raises(DatabaseBusy, match="Another Autonomy command was still using this database after 0 "
                                           "seconds; the backup was not restored"):
        DatabaseUse(database).take_alone(said.append)
    first.release()
    with pytest.raises(DatabaseBusy):
        DatabaseUse(database).take_alone()
    second.release()
    alone = DatabaseUse(database).take_alone()
    with pytest.raises(DatabaseBusy, match="A backup was still being restored into this database"):
        DatabaseUse(database).share()
    alone.release()
    assert DatabaseUse(database).share().held
    assert (tmp_path / "autonomy.sqlite3.inuse").stat().st_mode & 0o777 == 0o600


def test_the_wait_is_said_once_then_ends_when_the_other_lets_go(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    proc = subprocess.Popen([sys.executable, "-c", HOLD_SHARE, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    said: list[str] = []
    use = DatabaseUse(folder / "autonomy.sqlite3")
    monkeypatch.setenv(WAIT_ENV, "0.2")
    with pytest.raises(DatabaseBusy):
        use.take_alone(said.append)
    monkeypatch.delenv(WAIT_ENV)
    assert said == ["Another Autonomy command is using this database; waiting for it to finish (up to 0.2 "
                    "seconds)…"]
    os.kill(proc.pid, signal.SIGKILL)  # however the other ends, the OS lets go of its lock
    proc.wait()
    assert use.take_alone(said.append).held
    assert len(said) == 1
    use.release()


def test_alone_hands_the_windows_own_share_back(tmp_path: Path, no_wait: None) -> None:
    database = tmp_path / "autonomy.sqlite3"
    window = DatabaseUse(database).share()
    with window.alone(), pytest.raises(DatabaseBusy):
        DatabaseUse(database).share()
    assert window.held
    with pytest.raises(DatabaseBusy):
        DatabaseUse(database).take_alone()  # the share is the window's again
    other = DatabaseUse(database).share()
    # A command still using it: the window's restore is refused ...
    with pytest.raises(DatabaseBusy), window.alone():
        raise AssertionError("restored beside a command")
    assert window.held  # ... and the window keeps its share
    other.release()
    window.release()


def test_a_read_only_folder_without_a_lock_file_holds_nothing_and_refuses_a_restore(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        use = DatabaseUse(folder / "autonomy.sqlite3").share()
        assert not use.held
        with pytest.raises(StorageError, match="cannot be written"):
            use.take_alone()
    finally:
        folder.chmod(0o700)
