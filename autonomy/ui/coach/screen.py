"""The coach screen: filters at the left (classes, dates, dimension), the class overviews side by side (one per
checked class), and below them the timeline of the student picked in an overview.

Data is read on the database lane and the chart data computed there too; the GUI thread only paints. A mark or
a row opened (Enter, double click, "Open in the class view") emits `student_requested(student id, class id)`,
which the main window answers with its own student panel.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.charts import ClassData, Mark, student_timeline
from autonomy.core.class_charts import ClassOverview, class_overview
from autonomy.services.changes import HISTORY, SETTINGS
from autonomy.services.coach import DEFAULT_DAYS
from autonomy.services.dto import ClassroomInfo
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import ReloadWhenShown
from autonomy.ui.coach import jobs, voice
from autonomy.ui.coach.overview import ClassOverviewWidget
from autonomy.ui.coach.style import tr
from autonomy.ui.coach.timeline import ChartKey, TimelineWidget
from autonomy.ui.widgets.screen_fit import first_size, fit_and_remember
from autonomy.ui.words import builtin, phrases
from autonomy.ui.words.dates import dress_date_edit

ROLE_CLASSROOM = Qt.ItemDataRole.UserRole + 1
MAX_SIDE_BY_SIDE = 4


class CoachScreen(QWidget):
    student_requested = Signal(str, str)  # student id, classroom id
    loaded = Signal()  # the checked classes' overviews are on screen
    notice = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._generation = itertools.count(1)
        self._current = 0
        self._data: dict[str, ClassData] = {}
        self.overviews: dict[str, ClassOverviewWidget] = {}
        self.student: tuple[str, str] = ("", "")
        today = today or dt.date.today()

        # Filters.
        self.classes = QListWidget()
        self.classes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.classes.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.classes.setAccessibleName(tr("Classes to show"))
        self.classes.itemChanged.connect(lambda _item: self.schedule_reload())
        first = today - dt.timedelta(days=DEFAULT_DAYS - 1)
        self.date_from = QDateEdit(QDate(first.year, first.month, first.day))
        self.date_from.setAccessibleName(tr("First day shown"))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_to.setAccessibleName(tr("Last day shown"))
        # Until the coach picks dates, the range is the report's: from the class's first school day (its first
        # logged moment) to today, so the screen's figures are the printout's (`_show` puts that day here).
        self.dates_chosen = False
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            dress_date_edit(edit)
            edit.dateChanged.connect(lambda _d: self._dates_picked())
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(tr("Dimension shown"))
        self.dimension.addItem(tr("All dimensions"), "")
        self.dimension.currentIndexChanged.connect(lambda _i: self.schedule_reload())
        self.anonymize = QCheckBox(tr("A&nonymise"))
        self.anonymize.setToolTip(tr("Codes instead of names; no external ids and no free text."))
        self.anonymize.toggled.connect(lambda _on: self.schedule_reload())
        self.report_button = QPushButton(tr("&Report (PDF)…"))
        self.report_button.clicked.connect(self.report_current)
        self.export_button = QPushButton(tr("E&xport (JSON)…"))
        self.export_button.setToolTip(tr("The interchange file of the class, anonymised when Anonymise is ticked."))
        self.export_button.clicked.connect(self.export_current)
        filters = QWidget()
        form = QVBoxLayout(filters)
        form.setContentsMargins(8, 8, 8, 8)
        classes_label = QLabel(tr("<b>Classes</b> (tick several to compare)"))
        classes_label.setWordWrap(True)  # the side bar is narrow, and German says it in more words
        form.addWidget(classes_label)
        form.addWidget(self.classes, 1)
        dates = QFormLayout()
        # Alt+letter reaches each control (a form row's label with a mnemonic is its field's buddy).
        dates.addRow(tr("&From"), self.date_from)
        dates.addRow(tr("&To"), self.date_to)
        dates.addRow(tr("&Dimension"), self.dimension)
        form.addLayout(dates)
        form.addWidget(self.anonymize)
        form.addWidget(self.report_button)
        form.addWidget(self.export_button)
        filters.setMinimumWidth(240)
        filters.setMaximumWidth(280)

        # Overviews side by side.
        self.columns = QWidget()
        self.columns_layout = QHBoxLayout(self.columns)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(6)
        self.status = QLabel(tr("Loading…"))
        self.columns_layout.addWidget(self.status)
        self.scroll_area = QScrollArea()  # not `scroll`: that is QWidget.scroll()
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the overviews in it take the focus, not the frame
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.columns)
        # The students' own voice per class (ui/coach/voice.py): their choices, their ratings beside the levels.
        self.voice = QLabel()
        self.voice.setWordWrap(True)
        self.voice.setTextFormat(Qt.TextFormat.PlainText)
        self.voice.setAccessibleName(tr("The students' own voice"))

        # The picked student's timeline.
        self.timeline = TimelineWidget()
        self.student_title = QLabel(tr("No student picked"))
        self.student_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.student_title.font()
        font.setBold(True)
        self.student_title.setFont(font)
        self.mark_text = QLabel(tr("Hover or focus a mark to read it. Arrows: marks · Shift+arrows: pan · "
                                   "+/−: zoom · Home: whole range · Enter: open the student."))
        self.mark_text.setWordWrap(True)
        self.mark_text.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline.mark_changed.connect(self._mark_changed)
        self.timeline.mark_activated.connect(self._mark_activated)
        self.whole_button = whole = QPushButton(tr("&Whole range"))
        whole.clicked.connect(self.timeline.whole_range)
        self.open_button = QPushButton(tr("&Open in the class view"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_student)
        head = QHBoxLayout()
        head.addWidget(self.student_title, 1)
        head.addWidget(whole)
        head.addWidget(self.open_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(6, 4, 6, 4)
        lower_layout.addLayout(head)
        lower_layout.addWidget(self.timeline, 1)
        self.key = ChartKey()  # the heat maps' and the timeline's key, in view whatever is scrolled
        lower_layout.addWidget(self.key)
        lower_layout.addWidget(self.mark_text)

        right = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()  # the overviews, and under them the students' own voice
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.scroll_area, 1)
        upper_layout.addWidget(self.voice)
        right.addWidget(upper)
        right.addWidget(lower)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([400, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(filters)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 1030])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._reloader = ReloadWhenShown(self, self._load, 150)
        # What the coach sees is the classes' data; the undo list and the settings alone change none of it.
        backend.lane.data_changed.connect(lambda changes: None if changes.only(HISTORY, SETTINGS)
                                          else self._reloader.later())

    # --- loading ------------------------------------------------------------------------------------------
    def start(self, classroom_id: str = "") -> None:
        """Load the list of classes, tick `classroom_id` (or the first), then load the overviews."""
        def ticked(classrooms: list[ClassroomInfo]) -> None:
            self.classes.blockSignals(True)
            self.classes.clear()
            for index, classroom in enumerate(classrooms):
                item = QListWidgetItem(f"{classroom.name} ({classroom.student_count})")
                item.setToolTip(item.text())  # the list is narrow and elides a long name
                item.setData(ROLE_CLASSROOM, classroom.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = classroom.id == classroom_id or (not classroom_id and index == 0)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.classes.addItem(item)
            self.classes.blockSignals(False)
            self.reload()

        def dimensions(found: list) -> None:
            self.dimension.blockSignals(True)
            for dim in found:
                self.dimension.addItem(builtin.dimension_name(dim.key, dim.name), dim.key)
            self.dimension.blockSignals(False)

        self._backend.lane.run(lambda: self._backend.views.dimensions(), dimensions)
        self._backend.lane.run(lambda: self._backend.services.coach.classrooms(), ticked)

    def checked(self) -> list[str]:
        return [self.classes.item(i).data(ROLE_CLASSROOM) for i in range(self.classes.count())
                if self.classes.item(i).checkState() == Qt.CheckState.Checked][:MAX_SIDE_BY_SIDE]

    def set_checked(self, ids: list[str]) -> None:
        for i in range(self.classes.count()):
            item = self.classes.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(ROLE_CLASSROOM) in ids else Qt.CheckState.Unchecked)

    def range(self) -> tuple[dt.date, dt.date]:
        start, end = (dt.date(d.year(), d.month(), d.day()) for d in (self.date_from.date(), self.date_to.date()))
        return (start, end) if start <= end else (end, start)

    def _dates_picked(self) -> None:
        self.dates_chosen = True
        self.schedule_reload()

    def schedule_reload(self) -> None:
        self._reloader.later()

    def reload(self) -> None:
        """Load now if on screen; a closed coach window costs nothing until it is opened again."""
        self._reloader.now()

    def _load(self) -> None:
        generation = self._current = next(self._generation)
        ids = self.checked()
        start, end = self.range()
        first: dt.date | None = start if self.dates_chosen else None  # None: each class from its own first day
        dimension = self.dimension.currentData() or None
        anonymize = self.anonymize.isChecked()
        backend = self._backend

        def load() -> list[ClassOverview]:
            """Runs on the database lane: the records, then the chart data."""
            # Built-in names worded here, once, for the overviews and the timelines (translating is thread-safe).
            coach = backend.services.coach
            return [class_overview(phrases.class_data(coach.class_data(cid, first, end, anonymize=anonymize)),
                                   dimension) for cid in ids]

        # The background lane: these reads are heavy, and a write waiting behind them would feel slow.
        self._backend.background.run(load, lambda found: self._show(generation, found))

    def _show(self, generation: int, found: list[ClassOverview]) -> None:
        if generation != self._current:
            return  # a newer filter is already loading
        self._data = {o.data.classroom_id: o.data for o in found}
        self.voice.setText("\n".join(line for o in found for line in voice.class_lines(o.data)))
        self.key.set_top(max((d.top for o in found for d in o.data.dimensions), default=4))
        if not self.dates_chosen and found:
            since = min(o.data.span.start for o in found)
            self.date_from.blockSignals(True)  # the range loaded is this one already
            self.date_from.setDate(QDate(since.year, since.month, since.day))
            self.date_from.blockSignals(False)
        keep = {o.data.classroom_id for o in found}
        for cid in list(self.overviews):
            if cid not in keep:
                self.overviews.pop(cid).deleteLater()
        self.status.setVisible(not found)
        self.status.setText(tr("Tick a class at the left to see how it opens up."))
        for overview in found:
            widget = self.overviews.get(overview.data.classroom_id)
            if widget is None:
                widget = ClassOverviewWidget()
                widget.student_selected.connect(self.show_student)
                widget.student_selected.connect(lambda *_ids, w=widget: self._reveal_row(w))
                widget.student_opened.connect(self.student_requested)
                self.overviews[overview.data.classroom_id] = widget
            widget.set_overview(overview)
            self.columns_layout.removeWidget(widget)
            self.columns_layout.addWidget(widget, 1)
        sid, cid = self.student
        if cid in self._data and self._data[cid].student(sid) is not None:
            self.show_student(sid, cid, keep_view=True)
        elif found and found[0].data.students:
            first = found[0].data
            self.show_student(first.students[0].id, first.classroom_id)
        else:
            self.timeline.set_timeline(None)
        self._order_tabs()
        self.loaded.emit()

    # --- keyboard -----------------------------------------------------------------------------------------
    def tab_chain(self) -> list[QWidget]:
        """Reading order: the filters, the overviews left to right, then the student's buttons and timeline."""
        overviews = [self.overviews[cid] for cid in self.checked() if cid in self.overviews]
        return [self.classes, self.date_from, self.date_to, self.dimension, self.anonymize, self.report_button,
                self.export_button, *overviews, self.whole_button, self.open_button, self.timeline]

    def _order_tabs(self) -> None:
        """An overview made after the rest would come last in the Tab chain, after the timeline."""
        chain = self.tab_chain()
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _reveal_row(self, overview: ClassOverviewWidget) -> None:
        """Keep the student picked with the arrow keys in view when the overview is taller than its pane."""
        row = overview.row_rect()
        if row is not None:
            centre = overview.mapTo(self.columns, row.center().toPoint())
            self.scroll_area.ensureVisible(centre.x(), centre.y(), 0, int(row.height() * 2))

    # --- the student ----------------------------------------------------------------------------------------
    def show_student(self, student_id: str, classroom_id: str, keep_view: bool = False) -> None:
        data = self._data.get(classroom_id)
        if data is None:
            return
        student = data.student(student_id)
        if student is None:
            return
        self.student = (student_id, classroom_id)
        for cid, widget in self.overviews.items():
            widget.selected = student_id if cid == classroom_id else ""
            widget.update()
        dimension = self.dimension.currentData() or None
        self.timeline.set_timeline(student_timeline(data, student_id, [dimension] if dimension else None),
                                   keep_view=keep_view)
        self.student_title.setText(tr("{name} · {classroom}").format(name=student.name,
                                                                   classroom=data.classroom_name))
        self.open_button.setEnabled(True)

    def open_student(self) -> None:
        sid, cid = self.student
        if sid:
            self.student_requested.emit(sid, cid)

    def _mark_activated(self, _mark: Mark) -> None:
        self.open_student()

    def _mark_changed(self, text: str) -> None:
        if text:
            self.mark_text.setText(text)

    # --- report -------------------------------------------------------------------------------------------
    def _class_for_output(self) -> str:
        """The class a report or export is about: the picked student's, else the first ticked ("" for none)."""
        ids = self.checked()
        if not ids:
            self.notice.emit(tr("Tick a class first."))
            return ""
        return self.student[1] if self.student[1] in ids else ids[0]

    def report_current(self) -> None:
        cid = self._class_for_output()
        if not cid:
            return
        data = self._data.get(cid)
        name = data.classroom_name if data else "class"
        anonymize = self.anonymize.isChecked()
        path = jobs.ask_report_path(self, name, anonymize)
        if path is None:
            return
        start, end = self.range()
        jobs.start_report(self._backend, self, cid, path, start=start, end=end, anonymize=anonymize,
                          on_done=self.notice.emit)

    def export_current(self) -> None:
        """The interchange file of one class (all its history, not only the dates shown)."""
        cid = self._class_for_output()
        if not cid:
            return
        anonymize = self.anonymize.isChecked()
        path = jobs.ask_export_path(self, False, anonymize)
        if path is not None:
            jobs.start_export(self._backend, self, path, anonymize=anonymize, classroom_id=cid,
                              on_done=self.notice.emit)


class CoachWindow(QMainWindow):
    """The coach screen in a window of its own, beside the teacher's main window."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # the size the coach gave it last time, within the screen
        self.settings_for_sizes: QSettings | None = None  # the main window's, given when it opens this one
        self.setWindowTitle(tr("Coach view — Autonomy"))
        self.screen_widget = CoachScreen(backend, self)
        self.setCentralWidget(self.screen_widget)
        self.screen_widget.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.resize(*first_size())
