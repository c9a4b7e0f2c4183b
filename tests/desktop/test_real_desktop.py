"""`autonomy` on a real X server (Xvfb with the openbox window manager) through Qt's xcb platform, as on a teacher's
Debian desktop: the window appears, fits the screen, shows the class, and Ctrl+Q ends the app. CI (`.ci/run`)
installs the X server and runs these; elsewhere they are skipped when Xvfb is not there (tests/desktop/xserver.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.desktop.xserver import Display, need_tools, x_server

APP = [sys.executable, "-m", "autonomy"]


def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    subprocess.run([*APP, "--data-dir", str(folder), "demo", "--students", "12", "--days", "20", "--seed", "7"],
                   check=True, capture_output=True, timeout=120)
    return folder


def geometry(display: Display, window: str) -> tuple[int, int, int, int]:
    """The window's frame on screen (x, y, width, height), as the X server has it."""
    info = display.run("xwininfo", "-frame", "-id", window)
    values = {key: int(value) for key, value in re.findall(r"(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)",
                                                           info)}
    return (values["Absolute upper-left X"], values["Absolute upper-left Y"], values["Width"], values["Height"])


def colours(path: Path) -> int:
    """How many different colours a grid of points of the picture has (a blank screen has one)."""
    image = QImage(str(path))
    assert not image.isNull(), path
    return len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)})


def test_the_window_opens_on_a_real_x_server_and_quits_with_ctrl_q(tmp_path: Path) -> None:
    need_tools()
    data = demo_folder(tmp_path)
    with x_server(1366, 768) as display:
        empty = colours(display.screenshot(tmp_path / "before.png"))
        app = subprocess.Popen([*APP, "--data-dir", str(data)], env=display.env(HOME=str(tmp_path)),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            # The title names the class once its roster is on screen. (Asked again and again rather than with
            # `search --sync`, which gives up with an X error when a window it looks at goes away meanwhile; and if
            # the app ends first, the failure says how.)
            found: list[str] = []
            deadline = time.monotonic() + 60
            while not found and app.poll() is None and time.monotonic() < deadline:
                found = display.run("xdotool", "search", "--onlyvisible", "--name", " — Autonomy$",
                                    check=False).split()
                if not found:
                    time.sleep(0.05)  # polling another process: there is nothing to wait on
            if not found:
                app.kill()
                out, err = app.communicate()
                raise AssertionError(f"no Autonomy window appeared (exit code {app.returncode}): {err[-3000:]}")
            window = found[0]
            x, y, width, height = geometry(display, window)
            assert x >= 0 and y >= 0 and x + width <= display.width and y + height <= display.height, \
                f"the window ({width}×{height} at {x},{y}) is larger than the 1366×768 screen"
            shot = display.screenshot(tmp_path / "desktop-1366x768.png")
            assert colours(shot) > empty + 20, f"the screen looks blank ({shot})"
            display.run("xdotool", "windowactivate", "--sync", window, "key", "--clearmodifiers", "ctrl+q")
            out, err = app.communicate(timeout=30)
        finally:
            if app.poll() is None:
                app.kill()
                app.communicate()
    assert app.returncode == 0, err
    assert "Reinstalling" not in err and "Traceback" not in err, err


# The screens teachers have: a 1366 × 768 laptop, a 1920 × 1080 one at 150 % and a 1280 × 720 projector.
SCREENS = {"1366x768": (1366, 768, ""), "1920x1080-150": (1920, 1080, "1.5"), "1280x720": (1280, 720, "")}
SCREENSHOTS_ENV = "AUTONOMY_SCREENSHOTS"  # keep the screenshots in this folder (they go to a temporary one)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_keys_and_screens_on_x11(screen: str, tmp_path: Path) -> None:
    """tests/desktop/x11 in a pytest of its own on the real X server: every key, every window at this size."""
    need_tools()
    width, height, scale = SCREENS[screen]
    shots = Path(os.environ.get(SCREENSHOTS_ENV) or tmp_path / "screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    folder = Path(__file__).parent / "x11"
    # The keys do not depend on the screen's size: they are pressed once, on the laptop.
    tests = [str(folder)] if screen == "1366x768" else [str(folder / "test_screens.py")]
    with x_server(width, height) as display:
        env = display.env(AUTONOMY_ON_X11="1", AUTONOMY_SCREEN=screen, AUTONOMY_SCREENSHOTS=str(shots),
                          HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
        if scale:
            env["QT_SCALE_FACTOR"] = scale
        done = subprocess.run([sys.executable, "-m", "pytest", *tests, "-p", "no:randomly", "-q", "-x",
                               "--basetemp", str(tmp_path / "inner")], env=env, capture_output=True, text=True,
                              timeout=900, cwd=Path(__file__).parents[2], check=False)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
