"""Where the shipped folders are: inside the installed package (wheel, frozen app) or beside it (a checkout)."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def _shipped(name: str) -> Path:
    candidates = [_PACKAGE / name, _PACKAGE.parent / name]
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller's one-folder build
    if frozen:
        candidates.insert(0, Path(frozen) / "autonomy" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name!r} folder is missing from this installation")


def resources_dir() -> Path:
    return _shipped("resources")


def migrations_dir() -> Path:
    return _shipped("migrations")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
