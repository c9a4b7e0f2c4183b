"""Small and read-only filesystems for the hard-condition tests: real tmpfs mounts when this process may mount
(root in a container), else the test is skipped (tests/ui/test_input_safety.py covers a full disk everywhere by
SQLite's own page limit)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB filesystem of its own (unmounted afterwards)."""
    point = tmp_path / "small-disk"
    point.mkdir()
    if os.geteuid() != 0 or not _mount("-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(point)):
        pytest.skip("cannot mount a small filesystem here (needs root)")
    try:
        yield point
    finally:
        _umount(point)


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """`view(folder)`: the same folder, seen through a read-only bind mount (or made read-only by its mode when
    not root; root ignores modes)."""
    views: list[Path] = []
    changed: list[Path] = []

    def view(folder: Path) -> Path:
        if os.geteuid() != 0:
            for path in [folder, *folder.rglob("*")]:
                path.chmod(0o500 if path.is_dir() else 0o400)
                changed.append(path)
            return folder
        point = tmp_path / f"read-only-{len(views)}"
        point.mkdir()
        if not (_mount("--bind", str(folder), str(point)) and _mount("-o", "remount,bind,ro", str(point))):
            _umount(point)
            pytest.skip("cannot make a read-only bind mount here")
        views.append(point)
        return point

    yield view
    for point in views:
        _umount(point)
    for path in changed:
        path.chmod(0o700 if path.is_dir() else 0o600)
