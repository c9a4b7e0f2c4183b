"""A real X server for the desktop tests: Xvfb at a given size with the openbox window manager, as a teacher's
laptop has (a window manager places windows and draws their title bars, which offscreen Qt never shows).

Without Xvfb, openbox or xdotool the tests that need them are skipped and say which is missing, except in
`.ci/run`, which installs them and sets AUTONOMY_DESKTOP_TESTS=required: there a missing tool fails the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop", "import")
REQUIRED_ENV = "AUTONOMY_DESKTOP_TESTS"


def need_tools(*tools: str) -> None:
    """Skip (or fail, where the tools are required) when one of the programs is not installed."""
    missing = [tool for tool in tools or TOOLS if shutil.which(tool) is None]
    if missing:
        reason = (f"needs {', '.join(missing)} (Debian: xvfb, openbox, xdotool, x11-utils, imagemagick; "
                  ".ci/run installs them)")
        if os.environ.get(REQUIRED_ENV) == "required":
            pytest.fail(reason)
        pytest.skip(reason)


@dataclass(frozen=True)
class Display:
    name: str  # ":N"
    width: int
    height: int

    def env(self, **more: str) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if key not in ("WAYLAND_DISPLAY", "QT_SCALE_FACTOR", "QT_QPA_PLATFORM", "AUTONOMY_LANGUAGE")}
        env.update(DISPLAY=self.name, QT_QPA_PLATFORM="xcb", XDG_SESSION_TYPE="x11", **more)
        return env

    def run(self, *args: str, check: bool = True, timeout: float = 30) -> str:
        return subprocess.run(args, env=self.env(), capture_output=True, text=True, check=check,
                              timeout=timeout).stdout

    def screenshot(self, path: Path) -> Path:
        self.run("import", "-window", "root", str(path))
        return path


@contextmanager
def x_server(width: int, height: int) -> Iterator[Display]:
    """Xvfb on a free display number (Xvfb picks it: -displayfd) with openbox running; both stopped after."""
    read, write = os.pipe()
    # -noreset: an X server resets when its last client leaves, and a client that connects meanwhile fails (the
    # window manager, when an xprop asking whether it is there yet had been the only client).
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                             "-nolisten", "tcp", "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    os.close(write)
    wm = None
    try:
        with os.fdopen(read) as number:
            display = Display(f":{number.readline().strip()}", width, height)
        wm = subprocess.Popen(["openbox"], env=display.env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
        wait_for_window_manager(display)
        yield display
    finally:
        for process in (wm, xvfb):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def wait_for_window_manager(display: Display, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if window_manager_running(display.env()):
            return
        time.sleep(0.05)  # polling another process: there is nothing to wait on
    raise AssertionError("openbox did not start managing the X screen")


def window_manager_running(env: dict[str, str]) -> bool:
    """Openbox is managing the screen once it has set _NET_SUPPORTING_WM_CHECK on the root window."""
    out = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env, capture_output=True, text=True,
                         check=False).stdout
    return "window id" in out
