"""Long coach jobs started from the GUI: the PDF report and the exports (JSON, CSV, anonymised), each on the
background lane with a progress dialog, so the window stays responsive. Nothing half-written is left, and
nothing is written through a link (storage/safe_files.py): where the file cannot be written (a link at that
name, a read-only folder) is said before the records are read, a full disk after."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from autonomy.storage.safe_files import check_folder, check_target
from autonomy.ui.app import errors
from autonomy.ui.app.backend import Backend
from autonomy.ui.coach.style import tr
from autonomy.ui.widgets import folders


class Job(QObject):
    """One running job: `progress` is emitted from the lane's thread and delivered on the GUI thread."""

    progress = Signal(int, int, str)  # done, total (0 = unknown), what is happening
    finished = Signal(str)  # the sentence for the status bar
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel.set)
        self.progress.connect(self._show)

    def _show(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()


def _run(backend: Backend, parent: QWidget | None, title: str, work: Callable[[Job], str],
         on_done: Callable[[str], None] | None = None) -> Job:
    job = Job(parent, title)
    job.dialog.show()

    def done(message: str) -> None:
        job.close()
        job.finished.emit(message)
        if on_done is not None:
            on_done(message)

    def failed(error: BaseException) -> None:
        job.close()
        from autonomy.ui.coach.report import ReportCancelled

        if isinstance(error, ReportCancelled):
            job.finished.emit(tr("The report was cancelled; nothing was written."))
            return
        job.failed.emit(error)
        errors.report(parent, error)

    backend.background.run(lambda: work(job), done, failed)
    return job


def start_report(backend: Backend, parent: QWidget | None, classroom_id: str, path: Path, *,
                 start: dt.date | None = None, end: dt.date | None = None, anonymize: bool = False,
                 on_done: Callable[[str], None] | None = None) -> Job:
    def work(job: Job) -> str:
        """Runs on the background lane."""
        from autonomy.ui.coach.report import write_report

        check_target(path)
        job.progress.emit(0, 0, tr("Reading the class…"))
        data = backend.services.coach.class_data(classroom_id, start, end, anonymize=anonymize)
        pages = write_report(data, path, cancelled=job.cancel.is_set,
                             progress=lambda done, total: job.progress.emit(
                                 done, total, tr("Drawing page {done} of {total}…").format(done=done, total=total)))
        return tr("The report ({pages} pages) was saved to {path}.").format(pages=pages, path=path)

    return _run(backend, parent, tr("Writing the report"), work, on_done)


def start_export(backend: Backend, parent: QWidget | None, path: Path, *, csv: bool = False,
                 anonymize: bool = False, classroom_id: str | None = None,
                 on_done: Callable[[str], None] | None = None) -> Job:
    def work(job: Job) -> str:
        """Runs on the background lane."""
        exchange = backend.services.exchange
        if not csv:
            check_target(path)
        elif path.is_dir():
            check_folder(path)
        job.progress.emit(0, 2, tr("Reading the records…"))
        doc: dict[str, Any] = exchange.export_document(classroom_id=classroom_id, anonymize=anonymize)
        if job.cancel.is_set():
            return tr("The export was cancelled; nothing was written.")
        job.progress.emit(1, 2, tr("Writing the file…"))
        if csv:
            written = exchange.write_csv(doc, path)
            job.progress.emit(2, 2, "")
            return tr("{count} CSV files were saved to {path}.").format(count=len(written), path=path)
        exchange.write_json(doc, path)
        job.progress.emit(2, 2, "")
        return tr("{students} students and {events} events were saved to {path}.").format(
            students=len(doc["students"]), events=len(doc["events"]), path=path)

    return _run(backend, parent, tr("Exporting"), work, on_done)


def ask_report_path(parent: QWidget | None, name: str, anonymize: bool) -> Path | None:
    # An anonymised report's file name must not name the class either.
    suggested = "report (anonymised).pdf" if anonymize else f"{name} report.pdf".replace("/", "-")
    chosen, _filter = QFileDialog.getSaveFileName(parent, tr("Save the report"), folders.start_in(parent, suggested),
                                                  tr("PDF (*.pdf)"))
    if not chosen:
        return None
    folders.remember(parent, chosen)
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_export_path(parent: QWidget | None, csv: bool, anonymize: bool) -> Path | None:
    if csv:
        chosen = QFileDialog.getExistingDirectory(parent, tr("Choose a folder for the CSV tables"),
                                                  folders.start_in(parent))
        if chosen:
            folders.remember(parent, chosen, is_folder=True)
        return Path(chosen) if chosen else None
    suggested = f"autonomy-export{'-anonymised' if anonymize else ''}.json"
    chosen, _filter = QFileDialog.getSaveFileName(parent, tr("Export"), folders.start_in(parent, suggested),
                                                  tr("Interchange file (*.json)"))
    if chosen:
        folders.remember(parent, chosen)
    return Path(chosen) if chosen else None


def export_interactively(backend: Backend, parent: QWidget | None, *, csv: bool, anonymize: bool,
                         on_done: Callable[[str], None] | None = None) -> Job | None:
    """File → Export …: ask where, then export everything (the interchange file, or one CSV per table)."""
    path = ask_export_path(parent, csv, anonymize)
    if path is None:
        return None
    return start_export(backend, parent, path, csv=csv, anonymize=anonymize, on_done=on_done)
