"""The desktop a screen-reader user has, started for a test: an X server (Xvfb), a window manager (openbox), a
session D-Bus with the accessibility bus (at-spi-bus-launcher, at-spi2-core), the assembled app on Qt's xcb
platform with its AT-SPI bridge on, and a screen-reader-side client (atspi_client.py, the system's python3 with
python3-pyatspi). Keys go in through the X server (xdotool), as a keyboard's would.

Everything waits by polling with a deadline, never a fixed sleep."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from tests.desktop.xserver import window_manager_running

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP = "Autonomy"  # the application's name on the bus (QApplication.applicationName)
T = TypeVar("T")


def missing_tools() -> list[str]:
    """What this desktop needs and the machine lacks (Debian package names), so a test can say why it skips."""
    missing = [package for tool, package in (("Xvfb", "xvfb"), ("openbox", "openbox"), ("xdotool", "xdotool"),
                                             ("xprop", "x11-utils"), ("dbus-daemon", "dbus"))
               if shutil.which(tool) is None]
    if not os.path.exists(BUS_LAUNCHER):
        missing.append("at-spi2-core")
    if not os.path.exists(SYSTEM_PYTHON) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def until(what: Callable[[], T | None], seconds: float = 10.0, *, said: str = "") -> T:
    """Ask `what` again and again until it answers something true, or fail after `seconds`."""
    deadline = time.monotonic() + seconds
    last: Any = None
    while True:
        try:
            last = what()
        except LookupError as error:  # the element or window is not there yet
            last = error
        else:
            if last:
                return last
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {seconds:.0f} s for {said or what}; last answer: {last!r}")
        time.sleep(0.05)


class Desktop:
    """One X display, window manager and D-Bus session; `start_app` and `client` inside it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        self.env = dict(os.environ)
        read, write = os.pipe()
        # -noreset: an X server resets when its last client leaves, and a client that connects meanwhile fails
        # ("openbox: Failed to open the display", after the bus launcher or an xprop had been the only client).
        self.xvfb = self._spawn(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten",
                                 "tcp", "-noreset"], pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as displayfd:
            number = displayfd.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.env["DISPLAY"] = f":{number}"
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             capture_output=True, text=True, env=self.env, check=True).stdout.split()
        self.env["DBUS_SESSION_BUS_ADDRESS"], self.dbus_pid = bus[0], int(bus[1])
        for name in ("XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "HOME"):
            path = folder / name.lower()
            path.mkdir(mode=0o700, exist_ok=True)
            self.env[name] = str(path)
        self.env.pop("SESSION_MANAGER", None)
        self.env["NO_AT_BRIDGE"] = "0"
        self._openbox = self._spawn(["openbox"])
        self._spawn([BUS_LAUNCHER, "--launch-immediately"])
        self.app: subprocess.Popen | None = None
        # A window mapped before openbox manages the screen is never given the focus: the app would open with no
        # active window (seen under load, the first test waiting for a window that never became active).
        try:
            until(lambda: window_manager_running(self.env), 20, said="openbox to manage the X screen")
        except AssertionError as error:
            log = (folder / "openbox.log").read_text(errors="replace")
            raise AssertionError(f"{error} (openbox {'running' if self._openbox.poll() is None else 'ended'}: "
                                 f"{log[-1000:]})") from None

    def _spawn(self, argv: list[str], **kwargs: Any) -> subprocess.Popen:
        log = open(self.folder / f"{Path(argv[0]).name}.log", "ab")  # noqa: SIM115 (closed with the process)
        process = subprocess.Popen(argv, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True, **kwargs)
        log.close()
        self.processes.append(process)
        return process

    def start_app(self, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen:
        # PYTHONFAULTHANDLER: if the app dies of a signal, its log shows where each thread was.
        env = {**self.env, "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
               "PYTHONPATH": str(ROOT), "PYTHONFAULTHANDLER": "1", **(extra_env or {})}
        log = open(self.folder / "app.log", "ab")  # noqa: SIM115
        self.app = subprocess.Popen([sys.executable, "-m", "autonomy", *args], env=env, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True, cwd=self.folder)
        log.close()
        self.processes.append(self.app)
        return self.app

    def app_log(self) -> str:
        path = self.folder / "app.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def app_gone(self) -> str | None:
        """If the app has ended: how (its exit code or signal) and its log, to fail with instead of a lookup."""
        if self.app is None or self.app.poll() is None:
            return None
        code = self.app.returncode
        how = f"killed by signal {signal.Signals(-code).name}" if code < 0 else f"exit code {code}"
        return f"the app ended ({how}); its log:\n{self.app_log()}"

    def client(self) -> Client:
        return Client(self)

    def keys(self, *keys: str) -> None:
        """Press the keys (xdotool names: "Tab", "shift+Tab", "ctrl+z", "b", "Return") on the focused window."""
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], env=self.env, check=True)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "0", text], env=self.env, check=True)

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
        with contextlib.suppress(ProcessLookupError, AttributeError):
            os.kill(self.dbus_pid, signal.SIGTERM)


class Client:
    """The screen reader's side: atspi_client.py in the system python, asked one JSON command at a time."""

    def __init__(self, desktop: Desktop) -> None:
        env = {key: value for key, value in desktop.env.items() if key not in ("PYTHONPATH", "PYTHONHOME",
                                                                                "VIRTUAL_ENV")}
        self.process = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "atspi_client.py")], env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
        desktop.processes.append(self.process)
        self.desktop = desktop
        assert self._read() == "ready"

    def _read(self) -> Any:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the AT-SPI client stopped")
        answer = json.loads(line)
        if "error" in answer:
            if answer["error"].startswith("LookupError"):
                gone = self.desktop.app_gone()
                if gone:  # not a lookup to try again: every later test would wait for it and fail the same way
                    raise AssertionError(gone)
                raise LookupError(answer["error"])
            raise RuntimeError(answer["error"] + "\n" + answer.get("trace", ""))
        return answer["ok"]

    def ask(self, command: str, **arguments: Any) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"do": command, "app": APP, **arguments}) + "\n")
        self.process.stdin.flush()
        return self._read()

    # --- what a screen reader would say ------------------------------------------------------------------
    def walk(self, window: str = "active") -> list[dict]:
        return self.ask("walk", window=window)

    def active_window(self) -> dict | None:
        return next((w for w in self.ask("windows") if "active" in w["states"]), None)

    def focused(self) -> dict | None:
        """The element that last took the focus (from the focus events)."""
        found = [e for e in self.events_seen() if e["type"] == "object:state-changed:focused" and e["detail1"]]
        return found[-1] if found else None

    def events_seen(self) -> list[dict]:
        self.seen = getattr(self, "seen", []) + self.ask("events")
        return self.seen

    def forget_events(self) -> None:
        self.ask("events")
        self.seen = []


@contextlib.contextmanager
def desktop() -> Iterator[Desktop]:
    with tempfile.TemporaryDirectory(prefix="autonomy-atspi-") as folder:
        started = Desktop(Path(folder))
        try:
            yield started
        finally:
            started.close()
