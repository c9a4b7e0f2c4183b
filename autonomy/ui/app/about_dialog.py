"""About Autonomy: the version, where the data is, and the licences of the parts shipped with the app."""

from __future__ import annotations

import html
import platform
import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from autonomy import __version__
from autonomy.ui.widgets.screen_fit import fit_and_remember


@dataclass(frozen=True)
class Part:
    name: str
    distribution: str  # the installed package whose version is shown ("" for Python and Qt)
    licence: str
    url: str


PARTS: tuple[Part, ...] = (
    Part("Python", "", "Python Software Foundation License (PSF-2.0)", "https://docs.python.org/3/license.html"),
    Part("Qt", "", "GNU Lesser General Public License v3 (LGPL-3.0)", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Part("PySide6", "PySide6-Essentials", "GNU Lesser General Public License v3 (LGPL-3.0)",
         "https://wiki.qt.io/Qt_for_Python"),
    Part("shiboken6", "shiboken6", "GNU Lesser General Public License v3 (LGPL-3.0)",
         "https://wiki.qt.io/Qt_for_Python"),
    Part("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Part("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Part("Mako", "Mako", "MIT", "https://www.makotemplates.org"),
    Part("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Part("typing_extensions", "typing_extensions", "PSF-2.0", "https://github.com/python/typing_extensions"),
)
# Only in the one-folder app: the small program that starts Python.
FROZEN_PARTS: tuple[Part, ...] = (
    Part("PyInstaller bootloader", "", "GPL-2.0 with the bootloader exception",
         "https://pyinstaller.org/en/stable/license.html"),
)


def bundled_parts() -> tuple[Part, ...]:
    return PARTS + FROZEN_PARTS if getattr(sys, "frozen", False) else PARTS


def version_of(part: Part) -> str:
    if part.name == "Python":
        return platform.python_version()
    if part.name == "Qt":
        return qVersion()
    if not part.distribution:
        return ""
    try:
        return metadata.version(part.distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("About Autonomy"))
        icon = QLabel()
        icon.setPixmap(QIcon.fromTheme("org.autonomyapp.Autonomy", self.windowIcon()).pixmap(64, 64))
        icon.setAccessibleName(self.tr("Autonomy icon"))
        title = QLabel(self.tr("<h2>Autonomy {version}</h2>").format(version=html.escape(__version__)))
        title.setAccessibleName(self.tr("Autonomy {version}").format(version=__version__))
        blurb = QLabel(self.tr(
            "Hand students freedom step by step, and help them earn it back after a slip.\n"
            "Local-first: your classes stay in one private file on this computer; nothing is sent anywhere."))
        blurb.setWordWrap(True)
        licence = QLabel(self.tr("Autonomy is free software under the MIT licence. It ships with these parts, "
                                 "each under its own licence; the LGPL parts (Qt, PySide6) are used as "
                                 "separate libraries and can be replaced with your own builds."))
        licence.setWordWrap(True)
        parts = bundled_parts()
        self.parts = QTableWidget(len(parts), 3)
        self.parts.setAccessibleName(self.tr("Bundled parts and their licences"))
        self.parts.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Version"), self.tr("Licence")])
        self.parts.verticalHeader().hide()
        self.parts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.parts.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, part in enumerate(parts):
            for col, text in enumerate((part.name, version_of(part), part.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(part.url)
                self.parts.setItem(row, col, item)
        header = self.parts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.parts.setMinimumHeight(self.parts.verticalHeader().defaultSectionSize() * (len(parts) + 1) + 8)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(blurb)
        head.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(licence)
        layout.addWidget(self.parts, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)
