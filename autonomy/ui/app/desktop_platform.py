"""When Qt cannot open a window: one sentence that says why (the Debian packages missing, or no display), in place
of Qt's abort with "Reinstalling the application may fix this problem", which a teacher cannot act on.

Qt reports a platform it cannot load as warnings, then a fatal message, then aborts the process. `guard()` hears
those messages while the QApplication is built; on the fatal one it looks at what the platform plugin needs
(`ldd`), prints the sentence and ends the process with exit code 1, as every refusal of the command line does.
Nothing here runs on an ordinary start beyond installing the message handler (start-up is measured).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

# The Debian package of each library Qt's desktop platforms load that a fresh installation may lack
# (packaging/debian-packages.txt installs them; tests/desktop checks this table against dpkg). A library not named
# here is named by Debian's rule for library packages (`package_for`).
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
PLATFORM_NAMES = {"xcb": "X11 (xcb)", "wayland": "Wayland"}


def guard() -> Callable[[], None]:
    """Listen to Qt while the QApplication is built; call the returned function once it is (Qt's messages then
    go where they went before). Qt's platform warnings are held back: said when a platform fails, dropped when
    another one started (Wayland not there, X11 used)."""
    heard: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            print(explain(heard), file=sys.stderr)
            sys.stderr.flush()
            os._exit(1)  # Qt would abort (signal 6) as soon as this returns
        category = context.category or ""
        if category.startswith("qt.qpa") or message.startswith("Failed to create wl_display"):
            heard.append(message)
            return
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    qInstallMessageHandler(handler)

    def done() -> None:
        qInstallMessageHandler(None)

    return done


def explain(heard: list[str], environ: dict[str, str] | None = None) -> str:
    """The one sentence for a platform that did not load, from what Qt said (`heard`)."""
    env = os.environ if environ is None else environ
    tried = list(dict.fromkeys(re.findall(r'platform plugin "([\w-]+)"', " ".join(heard))))
    if not tried:
        tried = [name for name in env.get("QT_QPA_PLATFORM", "xcb").split(";") if name] or ["xcb"]
    packages: list[str] = []
    for name in tried:
        packages += [package_for(library) for library in missing_libraries(plugin_file(name))]
    if packages:
        named = " ".join(dict.fromkeys(packages))
        return (f"The window cannot open: Qt's {describe(tried)} desktop platform needs libraries that are not "
                f"installed; install them with “sudo apt-get install {named}” and start Autonomy again.")
    text = " ".join(heard)
    if "could not connect to display" in text or "Failed to create wl_display" in text:
        variable = "DISPLAY" if "could not connect to display" in text else "WAYLAND_DISPLAY"
        where = env.get(variable, "")
        if where:
            return (f"The window cannot open: the display “{where}” does not answer; start Autonomy from a "
                    "desktop session (the commands, `autonomy --help`, work without one).")
        return (f"The window cannot open: there is no display to show it on ({variable} is not set); start "
                "Autonomy from a desktop session (the commands, `autonomy --help`, work without one).")
    said = next((line.strip() for line in heard if line.strip()), "")
    because = f" ({said.rstrip('.')})" if said else ""
    return (f"The window cannot open: Qt could not start its {describe(tried)} platform{because}; "
            "`QT_DEBUG_PLUGINS=1 autonomy` shows the details.")


def describe(platforms: list[str]) -> str:
    return " or ".join(PLATFORM_NAMES.get(name.split("-")[0], name) for name in platforms)


def plugin_file(platform: str) -> Path:
    """Where Qt looks for a platform's plugin (`wayland-egl` and the like are keys of the wayland plugin)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    return folder / f"libq{platform.split('-')[0]}.so"


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries the plugin needs that the system cannot load, by their file names (libxcb-icccm.so.4)."""
    import shutil
    import subprocess

    if not plugin.is_file():
        return []
    ldd = shutil.which("ldd")
    if ldd is None:
        return _first_missing(plugin)
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return _first_missing(plugin)
    output = done.stdout + done.stderr
    missing = re.findall(r"^\s*(\S+) => not found", output, re.MULTILINE)
    # A library found but unusable (an empty or damaged file) ends ldd's list with the loader's error.
    missing += [Path(path).name for path in re.findall(r"error while loading shared libraries: (\S+?):", output)]
    return list(dict.fromkeys(missing))


def _first_missing(plugin: Path) -> list[str]:
    """Without ldd: the loader names the first library it cannot load."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        found = re.search(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", str(error))
        return [found.group(1)] if found else []
    return []


def package_for(library: str) -> str:
    """The Debian package that ships a library: libxcb-icccm.so.4 → libxcb-icccm4, libfoo2.so.1 → libfoo2-1."""
    if library in PACKAGES:
        return PACKAGES[library]
    name, _, version = library.partition(".so")
    name, version = name.lower().replace("_", "-"), version.lstrip(".").split(".")[0]
    if not version:
        return name
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"
