"""The release folder's install.sh puts the app, its launcher, metadata and icons in the standard places under
a (temporary) HOME; uninstall.sh removes exactly those and never the data folder. The metadata validates.

The PyInstaller build itself takes about a minute: it runs here only with AUTONOMY_TEST_BUILD=1 (packaging/build.py
runs it, with its smoke test, for a release)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.autonomyapp.Autonomy"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux desktops")


def load_build():
    spec = importlib.util.spec_from_file_location("autonomy_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def release(tmp_path: Path) -> Path:
    """A release folder around a stand-in for the one-folder app (a script that answers like the real one)."""
    app = tmp_path / "built" / "autonomy"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "library.so").write_bytes(b"\0" * 64)
    program = app / "autonomy"
    program.write_text("#!/bin/sh\necho \"autonomy 0.1.0 $*\"\n", encoding="utf-8")
    program.chmod(0o755)
    return load_build().stage_release(app, tmp_path / "release" / "autonomy")


def run(script: Path, home: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    clean = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), **(env or {})}
    return subprocess.run(["sh", str(script), *args], env=clean, capture_output=True, text=True, timeout=60)


def installed_files(home: Path) -> set[str]:
    """Every file, but the desktop's own caches (update-desktop-database, gtk-update-icon-cache refresh them)."""
    return {str(p.relative_to(home)) for p in home.rglob("*")
            if (p.is_file() or p.is_symlink()) and not p.name.endswith(".cache")}


def test_install_and_uninstall_for_one_user(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share" / "autonomy"
    data.mkdir(parents=True)
    (data / "autonomy.sqlite3").write_bytes(b"the teacher's classes")
    before = installed_files(home)

    done = run(release / "install.sh", home)
    assert done.returncode == 0, done.stderr
    app = home / ".local" / "lib" / "autonomy"
    launcher = home / ".local" / "bin" / "autonomy"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    metainfo = home / ".local" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (app / "autonomy").is_file() and (app / "_internal" / "library.so").is_file()
    assert launcher.is_symlink() and launcher.resolve() == (app / "autonomy").resolve()
    assert subprocess.run([str(launcher), "--version"], capture_output=True, text=True).stdout.startswith("autonomy")
    assert f"Exec={app}/autonomy gui" in desktop.read_text(encoding="utf-8")  # a full path: PATH may lack ~/.local/bin
    assert metainfo.is_file()
    for size in (16, 32, 48, 128, 256, 512):
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True).returncode == 0

    again = run(release / "install.sh", home)  # installing again replaces, it does not pile up
    assert again.returncode == 0, again.stderr
    assert (app / "autonomy").is_file()

    gone = run(app / "uninstall.sh", home)  # the copy kept inside the installed app
    assert gone.returncode == 0, gone.stderr
    assert not app.exists() and not launcher.exists() and not launcher.is_symlink()
    assert not desktop.exists() and not metainfo.exists()
    assert not list(icons.rglob(f"{APP_ID}.*")) if icons.exists() else True
    assert installed_files(home) == before  # only the data is left, untouched
    assert (data / "autonomy.sqlite3").read_bytes() == b"the teacher's classes"


def test_a_system_install_under_a_prefix(release: Path, tmp_path: Path) -> None:
    prefix, app_dir = tmp_path / "usr-local", tmp_path / "opt" / "autonomy"
    done = run(release / "install.sh", tmp_path / "home", "--system", "--prefix", str(prefix), "--app-dir",
               str(app_dir))
    assert done.returncode == 0, done.stderr
    assert (prefix / "bin" / "autonomy").is_symlink()
    assert (prefix / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    gone = run(release / "uninstall.sh", tmp_path / "home", "--app-dir", str(app_dir))
    assert gone.returncode == 0, gone.stderr
    assert not app_dir.exists()
    assert not installed_files(prefix)


def test_install_refuses_to_overwrite_a_folder_it_did_not_make(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    foreign = home / ".local" / "lib" / "autonomy"
    foreign.mkdir(parents=True)
    (foreign / "precious.txt").write_text("not ours", encoding="utf-8")
    done = run(release / "install.sh", home)
    assert done.returncode == 1 and "was not installed by this script" in done.stderr
    assert (foreign / "precious.txt").read_text(encoding="utf-8") == "not ours"


def test_uninstall_without_an_installation_says_so(tmp_path: Path) -> None:
    done = run(PACKAGING / "uninstall.sh", tmp_path / "home")
    assert done.returncode == 1 and "no installation found" in done.stderr


def test_the_desktop_file_and_metainfo_validate() -> None:
    desktop, metainfo = PACKAGING / f"{APP_ID}.desktop", PACKAGING / f"{APP_ID}.metainfo.xml"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("appstreamcli"):
        done = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text and f"<launchable type=\"desktop-id\">{APP_ID}.desktop" in text
    from autonomy import __version__

    assert f'<release version="{__version__}"' in text  # release notes for the version being shipped


def test_the_icons_come_from_the_svg() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "autonomy.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (icons / "autonomy.icns").read_bytes()[:4] == b"icns"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = (icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png[16:20], "big") == size  # the IHDR width


@pytest.mark.skipif(os.environ.get("AUTONOMY_TEST_BUILD") != "1", reason="the PyInstaller build takes ~1 minute; "
                    "set AUTONOMY_TEST_BUILD=1 (packaging/build.py runs it for a release)")
def test_the_one_folder_build_opens_a_database_and_renders_the_roster(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    build = load_build()
    assert build.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "build"), "--no-archive"]) == 0
    assert (tmp_path / "dist" / "smoke-roster.png").stat().st_size > 10_000
