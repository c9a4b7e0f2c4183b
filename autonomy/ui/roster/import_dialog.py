"""Importing a class roster: a CSV file, or a school system's export (a folder or .zip of OneRoster, SDS or Clever
files) from which the teacher picks one class. A preview shows who will be added, who is left out and why (staff,
guardians, deleted accounts), who is already in the class and who the file no longer lists, before anything is
saved; the import is one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.errors import AutonomyError, RefusedFile
from autonomy.core.roster_bundle import RosterRead, Section, list_sections, read_roster
from autonomy.core.roster_csv import RosterParse
from autonomy.services.roster import RosterImportResult
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.widgets import folders
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words.refusals import refusal_text

COL_LINE, COL_NAME, COL_ID, COL_STATUS = range(4)
SECTION_ID = Qt.ItemDataRole.UserRole


def reason_words(reason: str) -> str:
    """Why a row is left out, as roster_formats says it, in the teacher's language."""
    words = {
        "staff": QCoreApplication.translate("ImportDialog", "staff"),
        "guardian": QCoreApplication.translate("ImportDialog", "guardian"),
        "deleted": QCoreApplication.translate("ImportDialog", "deleted"),
        "inactive": QCoreApplication.translate("ImportDialog", "inactive"),
        "disabled": QCoreApplication.translate("ImportDialog", "account disabled"),
        "not a student": QCoreApplication.translate("ImportDialog", "no student role in roles.csv"),
    }
    return words.get(reason, reason)


class ImportDialog(QDialog):
    def __init__(self, backend: Backend, classroom_id: str, classroom_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Import a roster into {name}").format(name=classroom_name))
        self._backend = backend
        self._classroom_id = classroom_id
        self._classroom_name = classroom_name
        self.path: Path | None = None
        self.read: RosterRead | None = None
        self.parsed: RosterParse | None = None
        self.preview: RosterImportResult | None = None
        self.file_label = QLabel(self.tr("Choose a CSV file exported from a spreadsheet or the school system, or "
                                         "a folder or .zip exported by OneRoster, School Data Sync or Clever."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        choose_folder = QPushButton(self.tr("Choose &folder…"))
        choose_folder.clicked.connect(self.choose_folder)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        top.addWidget(choose_folder)
        self.format_label = QLabel()
        self.format_label.setWordWrap(True)
        self.format_label.setAccessibleName(self.tr("Detected format"))
        self.format_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Classes in the export"))
        self.sections.currentItemChanged.connect(self._section_chosen)
        self.sections_label = QLabel(self.tr("C&lass in the export:"))
        self.sections_label.setBuddy(self.sections)
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
        self.summary.setAccessibleDescription(self.tr("Import summary"))  # its name is the summary it shows
        self.skip_invalid = QCheckBox(self.tr("&Skip the rows with problems and import the others"))
        self.skip_invalid.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.format_label)
        layout.addWidget(self.sections_label)
        layout.addWidget(self.sections)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.buttons)
        self.import_button.setDefault(True)
        self._show_sections(False)
        self.format_label.hide()
        # Tall enough for a class's preview at 1366 × 768 (the window manager keeps it on the screen).
        self.resize(self.fontMetrics().horizontalAdvance("M") * 62, self.fontMetrics().lineSpacing() * 40)

    # --- choosing what to read ----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose a roster file"), folders.start_in(self),
                                                    self.tr("Roster files (*.csv *.txt *.zip);;All files (*)"))
        if path:
            folders.remember(self, path)
            self.load_file(Path(path))

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of a roster export"),
                                                folders.start_in(self))
        if path:
            folders.remember(self, path)
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """A CSV file, or a folder or .zip: a bundle with classes lists them and waits for the teacher's pick."""
        self.path = path
        self.file_label.setText(str(path))
        self._clear()
        self.sections.blockSignals(True)
        self.sections.clear()
        self.sections.blockSignals(False)
        self._show_sections(False)
        if not path.exists():
            self._refuse(self.tr("{file} cannot be read: {why}.").format(file=path.name,
                                                                         why=self.tr("it does not exist")))
            return
        if path.is_dir() or path.suffix.casefold() == ".zip":
            try:
                found = list_sections(path)
            except RefusedFile as exc:
                if "no list of classes" not in exc.summary:
                    self._refuse(self.tr("{file} was refused: {why}.").format(file=path.name, why=exc.summary),
                                 exc.problems)
                    return
                found = []  # a folder of people without classes: all of them, as from a single file
            if found:
                self._list_sections(found)
                return
        self._read(None)

    def _list_sections(self, found: list[Section]) -> None:
        self._show_sections(True)
        self.sections.blockSignals(True)
        for section in found:
            text = self.tr("{title} — {count} student(s) (id {id})").format(title=section.title,
                                                                           count=section.students, id=section.id)
            item = QListWidgetItem(text)
            item.setData(SECTION_ID, section.id)
            self.sections.addItem(item)
        self.sections.setCurrentRow(-1)
        self.sections.blockSignals(False)
        # As tall as its classes (up to eight), so the preview below keeps the room.
        rows = min(max(len(found), 2), 8)
        self.sections.setFixedHeight(self.sections.sizeHintForRow(0) * rows + 2 * self.sections.frameWidth() + 2)
        self.summary.setText(self.tr("This export holds the whole school's {count} classes: choose the one to "
                                     "import.").format(count=len(found)))
        self.sections.setFocus()

    def select_section(self, section_id: str) -> None:
        for row in range(self.sections.count()):
            if self.sections.item(row).data(SECTION_ID) == section_id:
                self.sections.setCurrentRow(row)
                return
        raise KeyError(section_id)

    def _section_chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._read(str(current.data(SECTION_ID)))

    def _show_sections(self, shown: bool) -> None:
        self.sections.setVisible(shown)
        self.sections_label.setVisible(shown)

    def _read(self, section: str | None) -> None:
        assert self.path is not None
        self._clear()
        path = self.path
        try:
            self.read = read_roster(path, section)
        except OSError as exc:
            self._refuse(self.tr("{file} cannot be read: {why}.").format(file=path.name, why=exc.strerror or exc))
            return
        except RefusedFile as exc:
            self._refuse(self.tr("{file} was refused: {why}.").format(file=path.name, why=exc.summary), exc.problems)
            return
        self.parsed = self.read.parse
        self._show_format(self.read)
        parsed, backend, cid = self.parsed, self._backend, self._classroom_id
        backend.lane.run(lambda: backend.services.roster.import_roster(cid, parsed, dry_run=True), self._show_preview,
                         lambda error: errors.report(self, error))

    def _clear(self) -> None:
        self.read, self.parsed, self.preview = None, None, None
        self.table.setRowCount(0)
        self.summary.clear()
        self._update_button()

    def _show_format(self, read: RosterRead) -> None:
        parsed = read.parse
        if read.bundle:
            kind = self.tr("a folder") if read.kind == "folder" else self.tr("a .zip")
            text = self.tr("Format: {format}, in a {bundle} bundle ({kind}).").format(
                format=parsed.format, bundle=read.bundle, kind=kind)
        else:
            text = self.tr("Format: {format}.").format(format=parsed.format)
        none = self.tr("none")

        def cols(what: str) -> str:
            return " + ".join(parsed.columns_for(what)) or none

        text += " " + self.tr("Name from {name}; preferred name from {preferred}; school id from {id}.").format(
            name=cols("name"), preferred=cols("preferred"), id=cols("id"))
        self.format_label.setText(text)
        self.format_label.show()

    def _refuse(self, text: str, problems: list[str] | None = None) -> None:
        self.summary.setText(text)
        self.format_label.hide()
        for problem in problems or []:
            self._add_row("", "", "", "✗ " + problem, bad=True)
        self._update_button()
        # A whole file refused is said in a dialog too (nothing was saved), not only in the summary line.
        QMessageBox.warning(self, self.tr("Not imported"), "\n".join([text, *(problems or [])[:10]]))

    # --- the preview ---------------------------------------------------------------------------------------------
    def _show_preview(self, preview: RosterImportResult) -> None:
        if self.parsed is None:
            return  # another file or class was chosen while the preview was being made
        parsed = self.parsed
        self.preview = preview
        bad = {p.line: p.message for p in preview.problems}
        already = {s.external_id for s in preview.already_there}
        rows: list[tuple[int, str, str, str, str]] = []  # line, name, id, status, kind
        for row in parsed.rows:
            message = bad.pop(row.line, None)
            if message:
                rows.append((row.line, row.name, row.external_id or "", "✗ " + message, "bad"))
            elif row.external_id in already:
                rows.append((row.line, row.name, row.external_id or "",
                             self.tr("= already in {name}").format(name=self._classroom_name), "quiet"))
            else:
                status = self.tr("✓ will be added")
                if row.legal_name:
                    status += " " + self.tr("(legal name {name} kept in the note)").format(name=row.legal_name)
                rows.append((row.line, row.name, row.external_id or "", status, "good"))
        rows += [(line, "", "", "✗ " + message, "bad") for line, message in bad.items()]
        left_out = self.tr("– left out: {why}")
        rows += [(r.line, r.name, r.external_id, left_out.format(why=reason_words(r.reason)), "quiet")
                 for r in parsed.left_out]
        for line, name, ext, status, kind in sorted(rows):
            self._add_row(str(line), name, ext, status, bad=kind == "bad", quiet=kind == "quiet")
        for student in preview.no_longer_listed:
            self._add_row("", student.name, student.external_id or "",
                          self.tr("! no longer in the file (kept in the class)"), bad=False)
        self.summary.setText(self._summary_text(preview, parsed))
        self._update_button()

    def _summary_text(self, preview: RosterImportResult, parsed: RosterParse) -> str:
        good, problems = len(preview.added), len(preview.problems)
        if problems:
            parts = [self.tr("{good} student(s) can be added; {bad} row(s) have problems. Nothing is saved until you "
                             "import.").format(good=good, bad=problems)]
        else:
            parts = [self.tr("{good} student(s) will be added.").format(good=good)]
        if parsed.left_out:
            counts = ", ".join(f"{n} {reason_words(reason)}" for reason, n in parsed.left_out_counts())
            parts.append(self.tr("Left out, not current students: {counts}.").format(counts=counts))
        if preview.already_there:
            parts.append(self.tr("{count} already in the class.").format(count=len(preview.already_there)))
        if preview.no_longer_listed:
            parts.append(self.tr("{count} in the class but no longer in the file; they are kept (archive them "
                                 "yourself if they have left).").format(count=len(preview.no_longer_listed)))
        return " ".join(parts)

    def _add_row(self, line: str, name: str, ext: str, status: str, *, bad: bool, quiet: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((line, name, ext, status)):
            item = QTableWidgetItem(text)
            if bad:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(status)
            elif quiet:  # left out or already there: nothing will happen to these rows
                item.setForeground(QBrush(self.palette().color(QPalette.ColorGroup.Disabled,
                                                               QPalette.ColorRole.Text)))
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
            self.summary.setText(refusal_text(error))
            QMessageBox.warning(self, self.tr("Not imported"), refusal_text(error))
        else:
            errors.report(self, error)
