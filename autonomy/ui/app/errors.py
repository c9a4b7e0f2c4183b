"""Every error becomes a clear dialog, never a crash; the details go to `autonomy.log` in the data folder.

A refusal (`AutonomyError`) is the teacher's to fix: its one-sentence message is shown as it is. Anything else
is a bug: the dialog says so plainly and where the details were written.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from autonomy import __version__
from autonomy.core.errors import AutonomyError, ConnectionLost, RefusedFile
from autonomy.core.redaction import redact, safe_details, safe_message, sensitive_values
from autonomy.storage.paths import create_private_file
from autonomy.ui.words.refusals import refusal_text

log = logging.getLogger("autonomy")

_log_path: Path | None = None
_handler: logging.Handler | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def configure_log(folder: Path | None) -> Path | None:
    """Write warnings and errors to `folder/autonomy.log` (the folder must exist and be private)."""
    global _log_path, _handler
    if folder is None:
        return None
    path = folder / "autonomy.log"
    try:
        create_private_file(path)  # 0600 before the first line, whatever the umask
        handler = logging.FileHandler(path, encoding="utf-8")
    except (OSError, AutonomyError):
        return None
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = handler
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(f"--- %(asctime)s autonomy {__version__} %(levelname)s\n%(message)s"))
    log.addHandler(handler)
    _log_path = path
    return path


def details_of(exc: BaseException) -> str:
    """The traceback for the log, without the students' words (autonomy/core/redaction.py)."""
    recorded = getattr(exc, "__autonomy_traceback__", None)
    return safe_details(exc, str(recorded) if recorded else None)


def message_for(exc: BaseException) -> tuple[str, str]:
    """(title, text) for the dialog."""
    if isinstance(exc, RefusedFile):
        return tr("Not imported"), exc.details(10)
    if isinstance(exc, ConnectionLost):
        return tr("The connection to the server was lost"), lost_connection(exc.saved)
    if isinstance(exc, AutonomyError):
        return tr("That was not saved"), refusal_text(exc)
    from autonomy.storage.failures import explain as explain_storage_failure  # SQLAlchemy: not before the window
    from autonomy.ui.app.lane import connection_lost

    if connection_lost(exc):  # a read on a connection the network lost
        return tr("The connection to the server was lost"), lost_connection(False)
    explained = explain_storage_failure(exc)  # a damaged page or a full disk met outside the services
    if explained:
        return tr("That was not saved"), explained
    where = _log_path or tr("the log")
    return (tr("Something went wrong"),
            tr("Autonomy hit an unexpected problem ({name}: {text}). Nothing half-written was kept. "
               "The details are in {where}.").format(name=type(exc).__name__, text=_redacted(exc), where=where))


def lost_connection(saved: bool | None) -> str:
    """What became of a change whose connection to the server was lost (core/errors.py ConnectionLost)."""
    if saved is None:
        return tr("The connection to the server was lost while it was saving; it is not known whether that was "
                  "saved. Check before doing it again.")
    if saved:
        return tr("The connection to the server was lost just as it saved that; it was saved.")
    return tr("The connection to the server was lost; nothing was saved. Autonomy reconnects by itself: try again.")


def _redacted(exc: BaseException) -> str:
    """The exception's text as the log has it: no SQL parameters or free text (a note) in the dialog either."""
    return redact(str(exc), sensitive_values(exc))


def report(parent: QWidget | None, exc: BaseException) -> None:
    """Show the error to the teacher (a dialog on the GUI thread) and log its details."""
    title, text = message_for(exc)
    if isinstance(exc, AutonomyError):
        log.info("refused: %s", exc)
    else:
        log.error("%s\n%s", safe_message(exc), details_of(exc))
    if QApplication.instance() is None:
        print(text, file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox  # here: creating its type costs the first paint 1.7 ms

    if isinstance(exc, AutonomyError):
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.critical(parent, title, text)


def install_excepthook() -> None:
    """Any exception that escapes a slot shows a dialog and is logged, instead of ending the app."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        # An attribute of our own on the exception (read by redaction.safe_details): exceptions do not declare it.
        exc.__autonomy_traceback__ = "".join(traceback.format_exception(kind, exc, tb))  # type: ignore[attr-defined]
        try:
            report(QApplication.activeWindow(), exc)
        except Exception:  # the dialog itself failed: at least keep the details
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook

