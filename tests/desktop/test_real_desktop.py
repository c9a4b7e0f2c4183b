"""`autonomy` on a real X server (Xvfb with the openbox window manager) through Qt's xcb platform, as on a teacher's
Debian desktop: the window appears, fits the screen, shows the class, and Ctrl+Q ends the app. CI (`.ci/run`)
installs the X server and runs these; elsewhere they are skipped when Xvfb is not there (tests/desktop/xserver.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

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
            # The title names the class once its roster is on screen.
            found = display.run("xdotool", "search", "--sync", "--onlyvisible", "--name", " — Autonomy$",
                                timeout=60).split()
            assert found, "no Autonomy window appeared"
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
