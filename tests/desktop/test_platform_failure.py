"""When Qt cannot load its desktop platform, `autonomy` says in one sentence what is missing (the Debian packages,
or a display) and exits 1, instead of Qt's abort with "Reinstalling the application may fix this problem".

The missing library is made real for the process: an empty file of that name first on LD_LIBRARY_PATH cannot be
loaded, as on a machine where the package is absent or broken. Neither test needs a display.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from autonomy.ui.app import desktop_platform

APP = [sys.executable, "-m", "autonomy"]


def start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {key: value for key, value in os.environ.items()
            if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LD_LIBRARY_PATH")}
    return subprocess.run([*APP, "--data-dir", str(tmp_path / "data")], env={**base, **env}, capture_output=True,
                          text=True, timeout=60, check=False)


def said(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Reinstalling" not in done.stderr and "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform is Linux's")
def test_a_missing_x11_library_is_named_by_its_debian_package(tmp_path: Path) -> None:
    broken = tmp_path / "lib"
    broken.mkdir()
    (broken / "libxcb-icccm.so.4").write_bytes(b"")
    done = start(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":0", LD_LIBRARY_PATH=str(broken))
    assert done.returncode == 1
    sentence = said(done)
    assert sentence.startswith("The window cannot open: Qt's X11 (xcb) desktop platform needs libraries")
    assert "sudo apt-get install libxcb-icccm4" in sentence


def test_no_display_is_said_as_such(tmp_path: Path) -> None:
    done = start(tmp_path, QT_QPA_PLATFORM="xcb")
    assert done.returncode == 1
    assert said(done) == ("The window cannot open: there is no display to show it on (DISPLAY is not set); start "
                          "Autonomy from a desktop session (the commands, `autonomy --help`, work without one).")
    assert not (tmp_path / "data" / "autonomy.sqlite3").exists()  # nothing was opened or written


def test_what_qt_said_decides_the_sentence() -> None:
    unknown = ['Could not find the Qt platform plugin "bogus" in ""']
    assert desktop_platform.explain(unknown, {}) == (
        "The window cannot open: Qt could not start its bogus platform (Could not find the Qt platform plugin "
        "\"bogus\" in \"\"); `QT_DEBUG_PLUGINS=1 autonomy` shows the details.")
    wayland = ["Failed to create wl_display (No such file or directory)",
               'Could not load the Qt platform plugin "wayland" in "" even though it was found.']
    assert "WAYLAND_DISPLAY is not set" in desktop_platform.explain(wayland, {})
    assert "the display “wayland-1” does not answer" in desktop_platform.explain(wayland,
                                                                                 {"WAYLAND_DISPLAY": "wayland-1"})


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libwayland-cursor.so.0", "libwayland-cursor0"), ("libglib-2.0.so.0", "libglib2.0-0"),
])
def test_libraries_are_named_by_the_package_that_ships_them(library: str, package: str) -> None:
    assert desktop_platform.package_for(library) == package
