"""Where a file dialog opens: the folder the teacher used last (kept in the window's settings), else their
Documents folder, else their home — never the folder the app was started from (a source checkout)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from autonomy.ui.widgets.screen_fit import settings_of

LAST_FOLDER_KEY = "files/last-folder"


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_in(parent: QWidget | None, name: str = "") -> str:
    """The folder to open a file dialog in, with `name` (a suggested file name) in it."""
    settings = settings_of(parent) if parent is not None else None
    last = str(settings.value(LAST_FOLDER_KEY, "") or "") if settings is not None else ""
    folder = Path(last) if last and Path(last).is_dir() else documents()
    return str(folder / name) if name else str(folder)


def remember(parent: QWidget | None, chosen: str | Path, *, is_folder: bool = False) -> None:
    """The folder of what was chosen, for the next file dialog."""
    settings = settings_of(parent) if parent is not None else None
    if settings is not None and str(chosen):
        path = Path(chosen)
        settings.setValue(LAST_FOLDER_KEY, str(path if is_folder else path.parent))
