"""`autonomy` through Qt's Wayland platform, on a headless Weston compositor: the plugin PySide6 ships loads with
the libraries packaging/debian-packages.txt installs, and the roster is drawn on a Wayland surface. Skipped
without Weston (`.ci/run` installs it and requires these)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.desktop.test_real_desktop import colours, demo_folder
from tests.desktop.xserver import REQUIRED_ENV

APP = [sys.executable, "-m", "autonomy"]


@pytest.fixture
def compositor(tmp_path: Path) -> Iterator[dict[str, str]]:
    if shutil.which("weston") is None:
        if os.environ.get(REQUIRED_ENV) == "required":
            pytest.fail("needs weston (Debian: weston; .ci/run installs it)")
        pytest.skip("needs weston (Debian: weston; .ci/run installs it)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_SCALE_FACTOR")}
    env.update(XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path), XDG_SESSION_TYPE="wayland")
    weston = subprocess.Popen(["weston", "--backend=headless-backend.so", "--socket=wayland-test",
                               "--shell=kiosk-shell.so", "--idle-time=0"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (runtime / "wayland-test").exists():  # the compositor's socket: there is nothing to wait on
            assert weston.poll() is None and time.monotonic() < deadline, "weston did not start"
            time.sleep(0.05)
        yield {**env, "WAYLAND_DISPLAY": "wayland-test", "QT_QPA_PLATFORM": "wayland"}
    finally:
        weston.terminate()
        weston.wait(10)


def test_qt_s_wayland_platform_loads(compositor: dict[str, str]) -> None:
    said = subprocess.run([sys.executable, "-c", "from PySide6.QtWidgets import QApplication; "
                           "print(QApplication([]).platformName())"], env=compositor, capture_output=True,
                          text=True, timeout=60, check=True).stdout
    assert said.strip() == "wayland"


def test_the_roster_is_drawn_on_wayland(compositor: dict[str, str], tmp_path: Path) -> None:
    data = demo_folder(tmp_path)
    shot = tmp_path / "wayland.png"
    done = subprocess.run([*APP, "--data-dir", str(data), "gui", "--screenshot", str(shot)], env=compositor,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert colours(shot) > 20, "the window drawn on Wayland looks blank"
