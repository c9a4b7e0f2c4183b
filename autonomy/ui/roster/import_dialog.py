"""Importing a class roster from a CSV file: a preview marks every bad row before anything is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.errors import AutonomyError, RefusedFile
from autonomy.core.roster_csv import RosterParse, parse_roster
from autonomy.services.roster import RosterImportResult
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.widgets import folders
from autonomy.ui.widgets.screen_fit import fit_and_remember

COL_LINE, COL_NAME, COL_ID, COL_STATUS = range(4)


class ImportDialog(QDialog):
    def __init__(self, backend: Backend, classroom_id: str, classroom_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Import a roster into {name}").format(name=classroom_name))
        self._backend = backend
        self._classroom_id = classroom_id
        self.parsed: RosterParse | None = None
        self.preview: RosterImportResult | None = None
        self.file_label = QLabel(self.tr("Choose a CSV file exported from a spreadsheet or the school system."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Import preview"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("School id"),
                                              self.tr("What will happen")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col in (COL_LINE, COL_NAME, COL_ID):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.skip_invalid = QCheckBox(self.tr("&Skip the rows with problems and import the others"))
        self.skip_invalid.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 52, self.fontMetrics().lineSpacing() * 26)

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a roster file"), folders.start_in(self),
                                                    self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            folders.remember(self, path)
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.file_label.setText(str(path))
        self.parsed, self.preview = None, None
        self.table.setRowCount(0)
        try:
            self.parsed = parse_roster(path.read_bytes())
        except OSError as exc:
            self._refuse(self.tr("{file} cannot be read: {why}.").format(file=path.name, why=exc.strerror or exc))
            return
        except RefusedFile as exc:
            self._refuse(self.tr("{file} was refused: {why}.").format(file=path.name, why=exc.summary), exc.problems)
            return
        parsed, backend, cid = self.parsed, self._backend, self._classroom_id
        backend.lane.run(lambda: backend.services.roster.import_roster(cid, parsed, dry_run=True), self._show_preview,
                               lambda error: errors.report(self, error))

    def _refuse(self, text: str, problems: list[str] | None = None) -> None:
        self.summary.setText(text)
        for problem in problems or []:
            self._add_row("", "", "", "✗ " + problem, bad=True)
        self._update_button()
        # A whole file refused is said in a dialog too (nothing was saved), not only in the summary line.
        QMessageBox.warning(self, self.tr("Not imported"), "\n".join([text, *(problems or [])[:10]]))

    def _show_preview(self, preview: RosterImportResult) -> None:
        assert self.parsed is not None
        self.preview = preview
        bad = {p.line: p.message for p in preview.problems}
        rows: list[tuple[int, str, str, str, bool]] = []
        for row in self.parsed.rows:
            message = bad.pop(row.line, None)
            status = ("✗ " + message) if message else self.tr("✓ will be added")
            rows.append((row.line, row.name, row.external_id or "", status, message is not None))
        rows += [(line, "", "", "✗ " + message, True) for line, message in bad.items()]
        for line, name, ext, status, is_bad in sorted(rows):
            self._add_row(str(line), name, ext, status, bad=is_bad)
        good, problems = len(preview.added), len(preview.problems)
        if problems:
            self.summary.setText(self.tr("{good} student(s) can be added; {bad} row(s) have problems. Nothing is "
                                         "saved until you import.").format(good=good, bad=problems))
        else:
            self.summary.setText(self.tr("{good} student(s) will be added.").format(good=good))
        self._update_button()

    def _add_row(self, line: str, name: str, ext: str, status: str, *, bad: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((line, name, ext, status)):
            item = QTableWidgetItem(text)
            if bad:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(status)
            if col == COL_LINE:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)

    @property
    def has_problems(self) -> bool:
        return self.parsed is None or self.preview is None or bool(self.preview.problems)

    def _update_button(self) -> None:
        ready = self.preview is not None and bool(self.preview.added)
        self.import_button.setEnabled(ready and (not self.has_problems or self.skip_invalid.isChecked()))

    def accept(self) -> None:
        if self.parsed is None or not self.import_button.isEnabled():
            return
        operations.import_roster(self._backend, self._classroom_id, self.parsed,
                                 skip_invalid=self.skip_invalid.isChecked(), initiator=self,
                                 on_success=lambda _result: super(ImportDialog, self).accept(),
                                 on_failure=self._refused)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, AutonomyError):
            self.summary.setText(str(error))
            QMessageBox.warning(self, self.tr("Not imported"), str(error))
        else:
            errors.report(self, error)
