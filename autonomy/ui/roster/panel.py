"""The class at a glance: classroom switcher, name filter, the roster table, and keyboard-first logging.

Keys on the roster: 1 to 5 log the class's most used trust-building moments at once (the strip above the table
says which), B any trust built, X trust broken, O observation, C today's choices. Type in the filter and press
Enter to select every student it matches.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAction, QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.errors import AutonomyError
from autonomy.core.roster_signals import RISING, SLIPPING, STEADY
from autonomy.core.suggestion_facts import Suggestion
from autonomy.core.types import EventKind
from autonomy.services.changes import CATALOGUE, DECISIONS, LADDERS, SETTINGS, Changes
from autonomy.services.dto import CategoryInfo, ClassroomInfo, QuickLog, RosterLine
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import connection_lost
from autonomy.ui.roster.log_dialog import LogDialog, LogRequest
from autonomy.ui.roster.model import (
    COL_BREAKS,
    COL_BUILDS,
    COL_CHOICES,
    COL_FIRST_DIMENSION,
    COL_NAME,
    COL_TREND,
    COL_WAITING,
    ROLE_STUDENT_ID,
    WAITING_KINDS,
    RosterFilter,
    RosterModel,
    trend_text,
    waiting_text,
)
from autonomy.ui.roster.quick_keys import QuickKeys
from autonomy.ui.widgets.activation import no_repaint_on_activation
from autonomy.ui.widgets.announce import announce
from autonomy.ui.widgets.chips import LevelChipDelegate
from autonomy.ui.words.refusals import refusal_text
from autonomy.ui.words.suggestion_sentences import first_per_student

if TYPE_CHECKING:
    from autonomy.services.glance import FirstScreen

SUGGESTION_DELAY_MS = 400  # let a burst of logging settle before asking the (slower) suggestion engine

class RosterTable(QTableView):
    """The table. B / X / O / C are not handled here: they are the window's Log menu shortcuts (app/window.py),
    the one path a key press takes, in the app and in the tests alike.

    The arrow keys move within it and Tab leaves it (WCAG 2.1.2: with Qt's default, Tab went cell by cell and
    wrapped, a trap). When it gets the focus back (after a dialog, from the filter), the current row is what a
    screen reader says, not the table as a whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After Qt has said "table" for the focus: then the row (Qt tells the focused cell in currentChanged).
        # When only the window became active again (a popup closed), only for a screen reader: re-telling the cell
        # repaints it, in the frame the teacher waits for (tests/ui/test_repaint_costs).
        if event.reason() != Qt.FocusReason.ActiveWindowFocusReason or QAccessible.isActive():
            QTimer.singleShot(0, self._say_current)

    def _say_current(self) -> None:
        current = self.currentIndex()
        if current.isValid() and self.hasFocus():
            self.currentChanged(current, current)


class RosterPanel(QWidget):
    selection_changed = Signal(list)  # student ids
    loaded = Signal()
    suggestions_loaded = Signal()  # the suggestion engine's badges are on the rows
    classroom_changed = Signal(str)  # classroom id ("" when there is none)
    notice = Signal(str)  # a short message for the status bar
    choices_requested = Signal(str)  # student id
    import_requested = Signal()  # the empty class's guidance: Import roster…
    add_student_requested = Signal()  # ... and Add student…

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._classroom_id = ""
        self._wanted_classroom = ""
        self._categories: list[CategoryInfo] = []
        self._classrooms: list[ClassroomInfo] = []
        self._filling = False
        self.log_dialog: LogDialog | None = None
        self._lesson_time: dt.time | None = None  # the class's usual time of logging (the log dialog's When)
        self.today = dt.date.today
        # The engine's flags for the class on screen, kept across quick reloads so the badges do not flicker.
        self._engine_waiting: dict[str, Suggestion] | None = None
        self._generation = 0
        self._class_in_flight = False  # the engine is running for the whole class
        self._suggestion_timer = QTimer(self)
        self._suggestion_timer.setSingleShot(True)
        self._suggestion_timer.setInterval(SUGGESTION_DELAY_MS)
        self._suggestion_timer.timeout.connect(self._load_suggestions)

        self.classroom = QComboBox()
        self.classroom.setAccessibleName(self.tr("Classroom"))
        self.classroom.setMinimumContentsLength(14)
        self.classroom.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.classroom.currentIndexChanged.connect(self._classroom_picked)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter students by name"))
        self.filter.setPlaceholderText(self.tr("Type part of a name, Enter selects (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.returnPressed.connect(self.select_matches)
        self.filter.installEventFilter(self)
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.setAccessibleName(self.tr("Show archived students"))
        self.show_archived.toggled.connect(self._archived_toggled)
        class_label = QLabel(self.tr("&Class:"))
        class_label.setBuddy(self.classroom)

        self.model = RosterModel(self)
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = RosterTable()
        self.table.setObjectName("roster")
        self.table.setAccessibleName(self.tr("Class roster"))
        self.table.setModel(self.proxy)
        self._chips = LevelChipDelegate(self.table)  # on the level columns (_fit_columns)
        self._chip_columns = 0
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        no_repaint_on_activation(self.table)  # (the log popup closing would repaint every row)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.request_choices())

        # The class's most used moments, one key each (ui/roster/quick_keys.py).
        self.quick_keys = QuickKeys()
        self.quick_keys.picked.connect(self.quick_log)
        self.log_actions: list[QAction] = []
        # The dialogs' keys after the strip's, in the same wrapping row: when the window is narrow or the text
        # large, the row wraps instead of cutting a key off. The keys are in the buttons' words.
        for text, tip, slot in (
            (self.tr("B  Trust built…"), self.tr("Log any trust-building moment for the selected students (B)"),
             lambda: self.open_log(EventKind.BUILD.value)),
            (self.tr("X  Trust broken…"), self.tr("Log trust-breaking for the selected students (X)"),
             lambda: self.open_log(EventKind.BREAK.value)),
            (self.tr("O  Observation…"), self.tr("Note an observation for the selected students (O)"),
             lambda: self.open_log(EventKind.OBSERVATION.value)),
            (self.tr("C  Choices…"), self.tr("Record today's choices for the selected student (C)"),
             self.request_choices),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            self.log_actions.append(action)
        self.quick_keys.add_actions(self.log_actions)
        self.summary = QLabel()
        self.summary.setAccessibleDescription(self.tr("Class summary"))  # its name is the summary it shows
        self.summary.setContentsMargins(12, 0, 0, 0)
        self.quick_keys.add_widget(self.summary)  # last in the row: it wraps with it rather than squeeze the filter

        # A class with nobody in it yet: what to do, instead of an empty table.
        self.empty_guide = QWidget()
        self.empty_guide.setObjectName("emptyClass")
        guide = QVBoxLayout(self.empty_guide)
        guide.setContentsMargins(24, 24, 24, 24)
        self.empty_text = QLabel(self.tr("No students in this class yet. Import the class list your school "
                                         "gives you (a CSV file), or add the students one by one."))
        self.empty_text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import roster…"))
        self.import_button.clicked.connect(self.import_requested)
        self.add_button = QPushButton(self.tr("Add &student…"))
        self.add_button.clicked.connect(self.add_student_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        guide.addWidget(self.empty_text)
        guide.addLayout(buttons)
        guide.addStretch(1)
        self.empty_guide.hide()

        top = QHBoxLayout()
        top.addWidget(class_label)
        top.addWidget(self.classroom)
        top.addSpacing(8)
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.quick_keys)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_guide, 1)
        self.setTabOrder(self.classroom, self.filter)
        self.setTabOrder(self.filter, self.show_archived)
        self.setTabOrder(self.show_archived, self.table)
        backend.lane.data_changed.connect(self._data_changed)

    # --- loading ----------------------------------------------------------------------------------
    @property
    def classroom_id(self) -> str:
        return self._classroom_id

    def set_classroom(self, classroom_id: str) -> None:
        self._wanted_classroom = classroom_id
        self.reload()

    def _data_changed(self, changes: Changes) -> None:
        """What the change touched of this roster is read again: the rows of its students it touched (a log, its
        undo), with their suggestion badges; the whole roster when a classroom or an enrolment changed (the
        class list, who is in this class), the catalogue or the ladders (its columns), or anything might have."""
        if changes.everything or changes.classrooms or changes.touches(CATALOGUE, LADDERS):
            self.reload()
            return
        mine = [sid for sid in sorted(changes.students) if self.model.row_of(sid) is not None]
        if mine:
            self.refresh_students(mine)
        elif changes.touches(SETTINGS, DECISIONS):  # the thresholds, a class-wide decision: only the badges
            self._suggestion_timer.start(SUGGESTION_DELAY_MS)

    def refresh_students(self, student_ids: list[str]) -> None:
        """Read these students' rows again (one lane job, whose cost does not grow with the class) and put them in
        place; the sorting, the filter and the selection follow. Falls back to a whole reload when the rows do not
        fit the roster on screen."""
        cid, backend, today = self._classroom_id, self._backend, self.today()
        if not cid or self._wanted_classroom:
            self.reload()  # another classroom is on its way: its own load shows it
            return

        def apply(lines: list[RosterLine]) -> None:
            if cid != self._classroom_id or self._wanted_classroom:
                return  # the classroom changed meanwhile; its load is queued after this job
            if not self.model.update_rows(lines, self._engine_waiting, self.today()):
                self.reload()
                return
            self._update_summary()
            self.loaded.emit()

        backend.lane.run(lambda: backend.views.roster_lines(cid, student_ids, today), apply,
                         lambda _error: self.reload(),
                         ahead=lambda: backend.views.roster_lines_ahead(cid, student_ids, today))
        if self._engine_waiting is None or self._class_in_flight or self._suggestion_timer.isActive():
            # The whole class's badges are not in yet, or were asked before this change: ask again, for all.
            self._generation += 1
            self._suggestion_timer.start(SUGGESTION_DELAY_MS)
        else:
            self._load_badges(cid, student_ids)

    def _load_badges(self, cid: str, student_ids: list[str]) -> None:
        """These students' suggestion badges, from the engine run on their facts alone (the background lane; on a
        server it joins the lane's reads after the change: ui/app/lane.py)."""
        generation, backend, today = self._generation, self._backend, self.today()
        ids = list(student_ids)

        def apply(found: dict[str, Suggestion]) -> None:
            if generation != self._generation or cid != self._classroom_id:
                return  # a newer answer (or another class) is on its way
            waiting = {sid: s for sid, s in (self._engine_waiting or {}).items() if sid not in ids}
            waiting.update(found)
            self._engine_waiting = waiting
            self.model.set_waiting(waiting, today)
            self._update_summary()
            self.suggestions_loaded.emit()

        backend.background.run(
            lambda: first_per_student(backend.services.suggestions.for_students(cid, ids, today)), apply,
            ahead=lambda: backend.services.suggestions.for_students_ahead(cid, ids))

    def reload(self) -> None:
        """Classrooms, the roster of the chosen one, its dimensions and the catalogue: one lane job."""
        wanted = self._wanted_classroom or self._classroom_id
        backend, today = self._backend, self.today()

        def load() -> dict[str, Any]:
            classrooms = backend.services.roster.classrooms()
            ids = [c.id for c in classrooms]
            cid = wanted if wanted in ids else (ids[0] if ids else "")
            return {"classrooms": classrooms, "classroom_id": cid,
                    "lines": backend.views.roster(cid, today) if cid else [],
                    "dimensions": backend.views.dimensions(),
                    "categories": backend.services.events.categories()}

        backend.lane.run(load, self._apply)

    def _load_quick_keys(self) -> None:
        """The strip's categories and the lesson's time for the class on screen (one read on the lane)."""
        cid, backend, today = self._classroom_id, self._backend, self.today()
        if not cid:
            self.quick_keys.set_categories([])
            return

        def apply(quick: QuickLog) -> None:
            if cid == self._classroom_id:
                self.quick_keys.set_categories(quick.categories)
                self._lesson_time = quick.lesson_time

        backend.lane.run(lambda: backend.services.events.quick_log(cid, today=today), apply)

    def show_first(self, screen: FirstScreen) -> None:
        """The first screen, read at a glance before the services opened (services/glance.py): shown as a load
        of this panel would show it."""
        self._apply({"classrooms": screen.classrooms, "classroom_id": screen.classroom_id, "lines": screen.lines,
                     "dimensions": screen.dimensions, "categories": screen.categories})

    def _apply(self, data: dict[str, Any]) -> None:
        selected = self.selected_ids()
        changed = data["classroom_id"] != self._classroom_id
        self._classrooms, self._categories = data["classrooms"], data["categories"]
        self._classroom_id = data["classroom_id"]
        self._wanted_classroom = ""
        self._filling = True
        self.classroom.clear()
        for c in self._classrooms:
            label = c.name if not c.subject or c.subject in c.name else f"{c.name} · {c.subject}"
            self.classroom.addItem(label, c.id)
        self.classroom.setCurrentIndex(self.classroom.findData(self._classroom_id))
        self._filling = False
        self._generation += 1
        if changed:
            self._engine_waiting = None
        self.model.set_rows(data["lines"], data["dimensions"])
        if self._engine_waiting is not None:
            self.model.set_waiting(self._engine_waiting, self.today())
        self._fit_columns()
        self._show_guide()
        self.select_ids([] if changed else selected)
        self._update_summary()
        if changed:
            self.classroom_changed.emit(self._classroom_id)
        self._load_quick_keys()  # a new class, or the catalogue changed: its keys (kept while the class is shown)
        self.loaded.emit()
        self._suggestion_timer.start(0 if changed else SUGGESTION_DELAY_MS)

    def _show_guide(self) -> None:
        """The table, or for a class with no student (archived ones included) the guidance in its place."""
        empty = bool(self._classroom_id) and not self.model.lines()
        self.empty_guide.setVisible(empty)
        self.table.setVisible(not empty)
        self.quick_keys.setVisible(not empty)

    def _update_summary(self) -> None:
        """“26 students · 22 with suggestions”: students, as the roster's rows are (the suggestions dock counts
        the suggestions themselves, “45 waiting”). Until the engine has answered for the class it says so, rather
        than a first count from the stored conversations that would jump seconds later."""
        if not self._classroom_id:
            self.summary.setText("")
            return
        lines = [line for line in self.model.lines() if line.active]
        if self._engine_waiting is None:
            self.summary.setText(self.tr("{n} students · looking for suggestions…").format(n=len(lines)))
            return
        self.summary.setText(self.tr("{n} students · {w} with suggestions").format(
            n=len(lines), w=sum(1 for line in lines if line.waiting)))

    def _load_suggestions(self) -> None:
        """The suggestion engine's badges, on the background lane; an answer for an older roster is dropped."""
        cid, generation, backend, today = self._classroom_id, self._generation, self._backend, self.today()
        if not cid:
            self.suggestions_loaded.emit()
            return

        def apply(waiting: dict[str, Suggestion] | None) -> None:
            self._class_in_flight = False
            if generation == self._generation:
                self._engine_waiting = waiting
                self.model.set_waiting(waiting or {}, today)
                self._update_summary()
            self.suggestions_loaded.emit()

        # The services are reached on the lane: at start-up they may still be opening (ui/app/backend.py).
        # The first suggestion per student, worded by the model in the app's language.
        # After the frame: the engine's Python work would hold the interpreter while the roster is painted.
        self._class_in_flight = True
        backend.background.run(lambda: first_per_student(backend.services.suggestions.for_classroom(cid, today)),
                               apply, after_the_frame=True)

    def _fit_columns(self) -> None:
        """Column widths from the font and the words a column can show, once per load: never measured from the
        rows (a resize-to-contents column asks every row's size at each change of any cell). The level columns
        share what is left, and only they are painted by the chip delegate."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # A level column may shrink to its number (the level is named on hover and focus): room at 1280 pixels.
        header.setMinimumSectionSize(metrics.horizontalAdvance("88") + 24)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        longest = max((metrics.horizontalAdvance(line.name) for line in self.model.lines()), default=120)
        header.resizeSection(COL_NAME, min(max(longest + 24, metrics.horizontalAdvance("M") * 10), 360))
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 1)
        words = {COL_BUILDS: ["888"], COL_BREAKS: ["888"], COL_CHOICES: ["888"],
                 COL_TREND: [trend_text(t) for t in (RISING, STEADY, SLIPPING)],
                 COL_WAITING: ["● " + waiting_text(kind) for kind in (*WAITING_KINDS, "")]}
        for col, texts in words.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            widest = max(metrics.horizontalAdvance(text) for text in texts) + margin + 12
            header.resizeSection(col, max(widest, header.sectionSizeHint(col)))
        columns = self.model.columnCount()
        for col in range(COL_FIRST_DIMENSION, columns):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            self.table.setItemDelegateForColumn(col, self._chips)
        for col in range(columns, self._chip_columns):  # fewer ladders than before: Qt's delegate there again
            self.table.setItemDelegateForColumn(col, None)  # type: ignore[arg-type]  # None unsets it
        self._chip_columns = columns
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 14)

    # --- selection --------------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [i.data(ROLE_STUDENT_ID) for i in rows]

    def selected_names(self) -> list[str]:
        names = []
        for sid in self.selected_ids():
            row = self.model.row_of(sid)
            if row is not None:
                names.append(self.model.line(row).name)
        return names

    def select_ids(self, ids: list[str]) -> None:
        selection = QItemSelection()
        for sid in ids:
            row = self.model.row_of(sid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.table.selectionModel().setCurrentIndex(selection.indexes()[0],
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(selection.indexes()[0])

    def select_matches(self) -> None:
        """Enter in the filter: select every student it shows and move to the roster."""
        ids = [self.proxy.index(r, 0).data(ROLE_STUDENT_ID) for r in range(self.proxy.rowCount())]
        self.select_ids(ids)
        self.table.setFocus()

    def focus_row(self) -> None:
        """The keyboard back on the roster, on the current student's row (the first selected one if the current
        row is not selected)."""
        current = self.table.currentIndex()
        if not current.isValid() or not self.table.selectionModel().isRowSelected(current.row()):
            rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
            if rows:
                self.table.selectionModel().setCurrentIndex(rows[0], QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def sort_by_current_column(self) -> None:
        """Sort by the column of the focused cell; again, the other way round (the keyboard's path to what a
        click on a column's header does). Said aloud: the order is not visible to a screen reader otherwise."""
        current = self.table.currentIndex()
        column = current.column() if current.isValid() else COL_NAME
        header = self.table.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        order = (Qt.SortOrder.DescendingOrder if header.sortIndicatorSection() == column
                 and header.sortIndicatorOrder() == ascending else ascending)
        self.table.sortByColumn(column, order)
        name = str(self.proxy.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        words = self.tr("Sorted by {column}, ascending") if order == ascending else \
            self.tr("Sorted by {column}, descending")
        if current.isValid():
            self.table.scrollTo(self.table.currentIndex())
        announce(self.table, words.format(column=name))

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.filter and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.filter.text():
                self.filter.clear()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.table.setFocus()
                if not self.selected_ids() and self.proxy.rowCount():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _selection_changed(self, *_args: Any) -> None:
        self.selection_changed.emit(self.selected_ids())

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)

    def _archived_toggled(self, show: bool) -> None:
        self.proxy.set_show_archived(show)

    def _classroom_picked(self, index: int) -> None:
        if self._filling or index < 0:
            return
        cid = self.classroom.itemData(index)
        if cid and cid != self._classroom_id:
            self.set_classroom(cid)

    def classrooms(self) -> list[ClassroomInfo]:
        return list(self._classrooms)

    # --- logging ----------------------------------------------------------------------------------
    def open_log(self, kind: str) -> LogDialog | None:
        ids = self.selected_ids()
        if not ids:
            self.notice.emit(self.tr("Select one or more students first (click, or type a name and press Enter)."))
            return None
        names = self.selected_names()
        dialog = LogDialog(kind, names, self._categories, self.model.dimensions, self, lesson_time=self._lesson_time)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda request: self.log(ids, request, dialog))
        dialog.finished.connect(self.focus_row)
        self.log_dialog = dialog
        dialog.open()
        return dialog

    def quick_log(self, index: int) -> None:
        """Key 1 to 5 (or a click on the strip): log that moment for the selected students at once, no dialog."""
        categories = self.quick_keys.categories
        if not 0 <= index < len(categories):
            return
        ids = self.selected_ids()
        if not ids:
            self.notice.emit(self.tr("Select one or more students first (click, or type a name and press Enter)."))
            return
        self.log(ids, LogRequest(kind=EventKind.BUILD.value, category=categories[index].key))

    def log(self, student_ids: list[str], request: LogRequest, dialog: LogDialog | None = None) -> None:
        """Log one event per student (one transaction, one undoable action) on the lane. The dialog closes once
        the events are saved; a refusal (a full disk) is shown in it, with the note still there to retry."""
        backend = self._backend  # its services are reached on the lane (at start-up they may still be opening)

        def refused(error: BaseException) -> None:
            if getattr(error, "saved", False) is True:  # the connection was lost as the server kept it (issue 20)
                self.notice.emit(errors.message_for(error)[1])
                if dialog is not None:
                    dialog.saved()
            elif dialog is None:
                errors.report(self, error)
            elif connection_lost(error):
                dialog.refused(errors.message_for(error)[1])  # (a lost connection: what was typed is kept, to retry)
            elif isinstance(error, AutonomyError):
                dialog.refused(refusal_text(error))
            else:
                dialog.refused(self.tr("Not saved: Autonomy hit an unexpected problem."))
                errors.report(dialog, error)

        def saved(_events: object) -> None:
            if dialog is not None:
                dialog.saved()

        # The rows are refreshed from the write's Changes, as after any other (`_data_changed`).
        operations.log_events(backend, student_ids, request, initiator=self, on_success=saved, on_failure=refused)

    def request_choices(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.notice.emit(self.tr("Select a student first."))
            return
        self.choices_requested.emit(ids[0])
