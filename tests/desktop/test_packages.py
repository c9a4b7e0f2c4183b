"""packaging/debian-packages.txt (what the README's first command installs) is everything Qt's desktop platforms
need on Debian: every library that PySide6's X11 (xcb) and Wayland plugins load from the system comes from a package
in that list, from one of their dependencies, or from Debian's required base (present on every installation).

Checked with ldd and dpkg on this machine; skipped where there is no dpkg.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from autonomy.ui.app import desktop_platform

LIST = Path(__file__).parents[2] / "packaging" / "debian-packages.txt"
PLATFORMS = ("xcb", "wayland")
# What each platform loads besides its plugin: X11's OpenGL integrations; Wayland's shell, title bars and buffers.
COMPANIONS = {"xcb": ["xcbglintegrations/libqxcb-glx-integration.so", "xcbglintegrations/libqxcb-egl-integration.so"],
              "wayland": ["wayland-shell-integration/libxdg-shell.so", "wayland-decoration-client/libbradient.so",
                          "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so"]}

pytestmark = pytest.mark.skipif(shutil.which("dpkg-query") is None or shutil.which("ldd") is None,
                                reason="needs Debian's dpkg and ldd")


def listed() -> list[str]:
    return [line.strip() for line in LIST.read_text().splitlines() if line.strip() and not line.startswith("#")]


def system_libraries(plugin: Path) -> dict[str, str]:
    """soname → file of every library the plugin loads (directly or through Qt's libraries) from the system."""
    qt = plugin.parents[2]
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    found = {}
    for name, where in re.findall(r"^\s*(\S+) => (.+?) \(0x", out, re.MULTILINE):
        if not where.startswith(str(qt)) and not where.startswith(str(qt.resolve())):
            found[name] = where
    missing = re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE)
    assert not missing, f"{plugin.name} cannot load {missing}: install packaging/debian-packages.txt"
    return found


def plugins(platform: str) -> list[Path]:
    plugin = desktop_platform.plugin_file(platform)
    folder = plugin.parents[1]
    return [plugin] + [folder / more for more in COMPANIONS[platform] if (folder / more).is_file()]


def packages_of(paths: list[str]) -> dict[str, str]:
    """The installed package owning each library file, in one dpkg call (Debian's merged /usr: /lib is /usr/lib)."""
    def spellings(path: str) -> list[str]:
        real = os.path.realpath(path)
        return list(dict.fromkeys((path, real, path.replace("/lib/", "/usr/lib/", 1),
                                   real.replace("/lib/", "/usr/lib/", 1))))

    asked = sorted({spelling for path in paths for spelling in spellings(path)})
    out = subprocess.run(["dpkg-query", "-S", *asked], capture_output=True, text=True, check=False).stdout
    owner = {}
    for line in out.splitlines():
        package, _, files = line.partition(": ")
        for file in files.split(", "):
            owner[file.strip()] = package.split(":")[0].strip()
    found = {}
    for path in paths:
        package = next((owner[s] for s in spellings(path) if s in owner), None)
        assert package is not None, f"no Debian package owns {path}"
        found[path] = package
    return found


def installed() -> dict[str, tuple[str, list[str]]]:
    """package → (priority, the packages it depends on) for everything installed."""
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Package}\t${Priority}\t${Essential}\t${Pre-Depends}, "
                          "${Depends}\n"], capture_output=True, text=True, check=True).stdout
    packages = {}
    for line in out.splitlines():
        name, priority, essential, depends = (line.split("\t") + ["", "", ""])[:4]
        alternatives = [re.sub(r"[:\s(].*", "", part.strip()) for part in re.split(r"[,|]", depends)]
        packages[name] = ("required" if essential == "yes" else priority, [a for a in alternatives if a])
    return packages


def closure(roots: list[str], packages: dict[str, tuple[str, list[str]]]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in packages:
            continue
        seen.add(name)
        todo.extend(packages[name][1])
    return seen


@pytest.mark.parametrize("platform", PLATFORMS)
def test_the_listed_packages_provide_every_library_of_the_platform(platform: str) -> None:
    if not desktop_platform.plugin_file(platform).is_file():
        pytest.skip(f"this PySide6 has no {platform} plugin")
    packages = installed()
    base = [name for name, (priority, _) in packages.items() if priority == "required"]
    covered = closure(listed(), packages) | closure(base, packages)
    libraries = {name: path for plugin in plugins(platform) for name, path in system_libraries(plugin).items()}
    owners = packages_of(list(libraries.values()))
    needs = {name: owners[path] for name, path in libraries.items()}
    uncovered = {name: package for name, package in needs.items() if package not in covered}
    assert not uncovered, f"add to packaging/debian-packages.txt: {uncovered}"


def test_the_packages_named_in_a_failure_are_the_ones_that_ship_the_libraries() -> None:
    libraries = {name: path for platform in PLATFORMS if desktop_platform.plugin_file(platform).is_file()
                 for plugin in plugins(platform) for name, path in system_libraries(plugin).items()}
    owners = packages_of(list(libraries.values()))
    for name, path in libraries.items():
        if name in desktop_platform.PACKAGES or name.startswith(("libxcb", "libxkb", "libwayland")):
            assert desktop_platform.package_for(name) == owners[path], name
