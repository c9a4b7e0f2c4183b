"""Build the one-folder app, check that it starts, and pack the release archive.

    python packaging/build.py                 # translations, PyInstaller, smoke test, archive
    python packaging/build.py --skip-build    # re-check and re-pack an existing dist/autonomy

Steps:
1. compile resources/translations/*.ts with pyside6-lrelease into build/translations (the frozen app has no
   Qt tools, so it ships compiled catalogues);
2. run PyInstaller with packaging/autonomy.spec into dist/autonomy;
3. smoke test: the built app fills a scratch database with demo classes and renders the roster offscreen;
4. the release archive dist/autonomy-<version>-<os>-<arch>.tar.gz (a .zip on Windows): the app, install.sh,
   uninstall.sh, the .desktop file, the AppStream metainfo and the icons.
Exit status 0 when every step passed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.autonomyapp.Autonomy"
sys.path.insert(0, str(ROOT))


def version() -> str:
    from autonomy import __version__

    return __version__


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install it into this Python environment")
    return found


def compile_translations(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.qm"):
        old.unlink()
    written = []
    for ts in sorted((ROOT / "resources" / "translations").glob("autonomy_*.ts")):
        qm = out / (ts.stem + ".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def pyinstaller(dist: Path, work: Path, qm_dir: Path) -> Path:
    env = dict(os.environ, AUTONOMY_QM_DIR=str(qm_dir))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "autonomy.spec")],
                   check=True, env=env, cwd=ROOT)
    return dist / "autonomy"


def executable(app: Path) -> Path:
    return app / ("autonomy.exe" if sys.platform == "win32" else "autonomy")


def smoke_test(app: Path, screenshot: Path, language: str = "") -> float:
    """Demo data, then the roster rendered offscreen by the built app; returns the seconds the render took."""
    with tempfile.TemporaryDirectory(prefix="autonomy-smoke-") as scratch:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=scratch, XDG_CACHE_HOME=f"{scratch}/cache",
                   XDG_CONFIG_HOME=f"{scratch}/config")
        if language:
            env["AUTONOMY_LANGUAGE"] = language
        data = Path(scratch) / "data"
        run = [str(executable(app)), "--data-dir", str(data)]
        subprocess.run([*run, "demo", "--students", "12", "--days", "30", "--seed", "7"], check=True, env=env,
                       timeout=300)
        started = time.monotonic()
        subprocess.run([*run, "gui", "--screenshot", str(screenshot)], check=True, env=env, timeout=300)
        seconds = time.monotonic() - started
        subprocess.run([*run, "check"], check=True, env=env, timeout=120)
    if not screenshot.is_file() or screenshot.stat().st_size < 10_000:
        raise SystemExit(f"the built app did not render the roster to {screenshot}")
    return seconds


def stage_release(app: Path, target: Path) -> Path:
    """The release folder: app/, install.sh, uninstall.sh, share/ (desktop file, metainfo, icons)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copytree(app, target / "app", symlinks=True)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / script, target / script)
        (target / script).chmod(0o755)
    share = target / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(PACKAGING / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    shutil.copy2(PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    shutil.copytree(ROOT / "resources" / "icons" / "hicolor", share / "icons" / "hicolor")
    shutil.copy2(ROOT / "LICENSE", target / "LICENSE")
    (target / "README.txt").write_text(
        f"Autonomy {version()}\n\n"
        "Install for yourself:        ./install.sh\n"
        "Install for every user:      sudo ./install.sh --system\n"
        "Remove again:                ./uninstall.sh   (or sudo ./uninstall.sh --system)\n\n"
        "Your classes are kept in your data folder (~/.local/share/autonomy); uninstalling never touches it.\n",
        encoding="utf-8")
    return target


def archive(stage: Path, out_dir: Path) -> Path:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    base = f"autonomy-{version()}-{system}-{platform.machine().lower()}"
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(out_dir / base), "zip", stage.parent, stage.name))
    path = out_dir / f"{base}.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        tar.add(stage, arcname=base)
    return path


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--skip-build", action="store_true", help="use the app already in DIST/autonomy")
    parser.add_argument("--skip-smoke", action="store_true")
    parser.add_argument("--no-archive", action="store_true")
    args = parser.parse_args(argv)
    app = args.dist / "autonomy"
    if not args.skip_build:
        started = time.monotonic()
        catalogues = compile_translations(args.work / "translations")
        print(f"compiled {len(catalogues)} translation(s): {', '.join(p.name for p in catalogues)}")
        app = pyinstaller(args.dist, args.work / "pyinstaller", args.work / "translations")
        print(f"built {app} in {time.monotonic() - started:.0f} s, {size_of(app) / 1e6:.0f} MB")
    if not executable(app).is_file():
        raise SystemExit(f"there is no built app in {app}")
    if not args.skip_smoke:
        shot = args.dist / "smoke-roster.png"
        seconds = smoke_test(app, shot)
        print(f"the built app rendered the roster to {shot} in {seconds:.1f} s")
    if not args.no_archive and sys.platform.startswith("linux"):
        stage = stage_release(app, args.work / "release" / "autonomy")
        print(f"release archive: {archive(stage, args.dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
