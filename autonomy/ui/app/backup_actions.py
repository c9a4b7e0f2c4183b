"""File ▸ Back up now… and File ▸ Restore from backup…: the same backup and restore as the command line.

A restore checks the chosen file first (on the database lane), asks before replacing anything, waits for any
command-line run using the database to finish (saying so in the status bar), keeps the current database aside in
`backups/`, then reconnects: the lane's `data_changed` makes every view reload from the
restored file. Only for an SQLite data folder; a server database has its own tools.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from autonomy.core.errors import AutonomyError, StorageError
from autonomy.storage.backup import backup_file, check_restorable, restore_database
from autonomy.storage.paths import ensure_private_dir
from autonomy.storage.rotation import backups_dir
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.words import dates

FILTER = "Autonomy backups (*.sqlite3);;All files (*)"


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def _with_database(backend: Backend, parent: QWidget, then: Callable[[Path], None]) -> None:
    """`then(the database file)` on the GUI thread. The file is asked of the services on the lane (at start-up
    they may still be opening: ui/app/backend.py); a database on a server is backed up by the server's tools."""
    def found(path: Path | None) -> None:
        if path is None:
            QMessageBox.information(parent, tr("Backups"), tr(
                "This database is on a server: it is backed up with the server's own tools (pg_dump)."))
            return
        then(path)

    # (A failure is the lane's to report: the window leaves out the opening's, which the start-up reported.)
    backend.lane.run(lambda: backend.services.db.path, found)


def back_up_now(backend: Backend, parent: QWidget, on_done: Callable[[str], None]) -> None:
    """Ask where (the backups folder by default), then copy the database there on the lane (GUI thread)."""
    _with_database(backend, parent, lambda database: _back_up(backend, parent, on_done, database))


def _back_up(backend: Backend, parent: QWidget, on_done: Callable[[str], None], database: Path) -> None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    suggested = backups_dir(database) / f"autonomy-{stamp}.sqlite3"
    chosen, _filter = QFileDialog.getSaveFileName(parent, tr("Back up to"), str(suggested), tr(FILTER))
    if not chosen:
        return
    target = Path(chosen)

    def copy() -> Path:
        if target.parent == backups_dir(database):
            ensure_private_dir(target.parent)
        return backup_file(database, target)

    backend.lane.run(copy, lambda made: on_done(tr("Backed up to {path}.").format(path=made)),
                     lambda error: _refused(parent, tr("Not backed up"), error))


def restore_from_backup(backend: Backend, parent: QWidget, on_done: Callable[[str], None]) -> None:
    """Choose a backup, check it, confirm, restore (keeping the current database aside), reload every view."""
    _with_database(backend, parent, lambda database: _restore(backend, parent, on_done, database))


def _restore(backend: Backend, parent: QWidget, on_done: Callable[[str], None], database: Path) -> None:
    start = backups_dir(database)
    chosen, _filter = QFileDialog.getOpenFileName(parent, tr("Restore from a backup"),
                                                  str(start if start.is_dir() else database.parent), tr(FILTER))
    if not chosen:
        return
    source = Path(chosen)

    def confirm(_revision: str) -> None:
        saved = dates.weekday_text(dt.datetime.fromtimestamp(source.stat().st_mtime), year=True, time_sep=" ")
        answer = QMessageBox.question(
            parent, tr("Restore from backup"),
            tr("Replace everything in Autonomy with the backup {name} (saved {when})?\n\nThe database as it is now "
               "is kept in the backups folder, so you can go back to it.").format(name=source.name, when=saved),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        waiting = _Notice(parent)  # said from the lane's thread, shown on the GUI thread
        waiting.said.connect(on_done)

        def restore() -> Path | None:
            db = backend.services.db
            db.engine.dispose()  # the pooled connections go; the services reconnect to the restored file
            try:
                # The window's own share of the file is handed over; other commands using it are waited for.
                return restore_database(source, database.parent, in_use=db.use,
                                        on_wait=waiting.said.emit)
            finally:
                db.engine.dispose()

        def restored(kept: Path | None) -> None:
            text = tr("Restored {name}.").format(name=source.name)
            if kept is not None:
                text += " " + tr("The database as it was is kept in {path}.").format(path=kept)
            on_done(text)

        operations.restore_backup(backend, restore, initiator=parent, on_success=restored,
                                  on_failure=lambda error: _refused(parent, tr("Not restored"), error))

    backend.lane.run(lambda: check_restorable(source), confirm,
                     lambda error: _refused(parent, tr("Not restored"), error))


class _Notice(QObject):
    said = Signal(str)


def _refused(parent: QWidget, title: str, error: BaseException) -> None:
    if isinstance(error, AutonomyError):
        errors.log.info("refused: %s", error)
        text = error.details(10) if hasattr(error, "details") else str(error)
        QMessageBox.warning(parent, title, text + ("" if isinstance(error, StorageError) else
                                                   "\n" + tr("Nothing was changed.")))
    else:
        errors.report(parent, error)
