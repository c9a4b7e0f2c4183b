"""Small forms for students and classrooms. The dialog stays open until the lane reports the change saved,
so a refused name (empty, duplicate) can be corrected in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.errors import AutonomyError
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.widgets.focus import focus_first
from autonomy.ui.widgets.labels import error_label
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words.refusals import refusal_text


def tr(text: str) -> str:
    return QCoreApplication.translate("ManageDialogs", text)


class FormDialog(QDialog):
    """A form whose OK runs `save(values)` on the lane; closes on success, shows the refusal otherwise."""

    saved = Signal(object)

    def __init__(self, backend: Backend, title: str, save: Callable[[dict[str, str]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(title)
        self._backend = backend
        self._save = save
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = error_label(self.tr("Problem"))  # its name is the refusal, announced when it appears
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 30)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus_first(self, fields_first=True)  # the first field, not Save (which the letter S would press)

    def add_line(self, key: str, label: str, value: str = "", accessible: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(accessible or label.replace("&", "").rstrip(":"))
        self.form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def add_text(self, key: str, label: str, value: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def values(self) -> dict[str, str]:
        return {key: (w.text() if isinstance(w, QLineEdit) else w.toPlainText()) for key, w in self.fields.items()}

    def accept(self) -> None:
        values, save = self.values(), self._save
        operations.save_form(self._backend, lambda: save(values), initiator=self, on_success=self._done,
                             on_failure=self._refused)

    def _done(self, result: Any) -> None:
        self.saved.emit(result)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, AutonomyError):
            self.problem.setText(refusal_text(error))
            self.problem.show()
        else:
            errors.report(self, error)


def student_dialog(backend: Backend, classroom_id: str, student: Any = None,
                   parent: QWidget | None = None) -> FormDialog:
    """Add a student to the classroom, or edit `student` (a StudentInfo)."""
    # (the roster service is reached in `save`, which runs on the lane: ui/app/backend.py)
    if student is None:
        def save(v: dict[str, str]) -> Any:
            return backend.services.roster.add_student(classroom_id, v["name"], v["external_id"] or None, v["notes"])
        title = tr("Add a student")
    else:
        def save(v: dict[str, str]) -> Any:
            return backend.services.roster.edit_student(student.id, name=v["name"], external_id=v["external_id"],
                                                        notes=v["notes"])
        title = tr("Edit {name}").format(name=student.name)
    dialog = FormDialog(backend, title, save, parent)
    dialog.add_line("name", dialog.tr("&Name:"), student.name if student else "")
    dialog.add_line("external_id", dialog.tr("School &id:"), (student.external_id or "") if student else "",
                    dialog.tr("School id (optional)"))
    dialog.add_text("notes", dialog.tr("N&otes:"), student.notes if student else "")
    return dialog


def classroom_dialog(backend: Backend, classroom: Any = None, parent: QWidget | None = None) -> FormDialog:
    """Create a classroom, or edit `classroom` (a ClassroomInfo)."""
    # (the roster service is reached in `save`, which runs on the lane: ui/app/backend.py)
    if classroom is None:
        def save(v: dict[str, str]) -> Any:
            return backend.services.roster.create_classroom(v["name"], v["subject"], v["school_year"])
        title = tr("New classroom")
    else:
        def save(v: dict[str, str]) -> Any:
            return backend.services.roster.edit_classroom(classroom.id, name=v["name"], subject=v["subject"],
                                                          school_year=v["school_year"])
        title = tr("Edit {name}").format(name=classroom.name)
    dialog = FormDialog(backend, title, save, parent)
    dialog.add_line("name", dialog.tr("&Name:"), classroom.name if classroom else "")
    dialog.add_line("subject", dialog.tr("&Subject:"), classroom.subject if classroom else "")
    dialog.add_line("school_year", dialog.tr("School &year:"), classroom.school_year if classroom else "",
                    dialog.tr("School year, for example 2026-27"))
    return dialog
