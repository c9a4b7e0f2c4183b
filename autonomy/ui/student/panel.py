"""One student: current levels with the ladder text, level history, events and choices (filterable),
reflection history, and a manual level change with a reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from autonomy.services.changes import CATALOGUE, EVENTS, LADDERS, Changes
from autonomy.services.dto import ChoiceInfo, DimensionInfo, SelfRatingInfo, StudentDetail, TrustEventInfo
from autonomy.ui.app import operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import after_the_frame
from autonomy.ui.student.level_dialog import LevelDialog
from autonomy.ui.suggestions.panel import SuggestionsPanel
from autonomy.ui.widgets.activation import no_repaint_on_activation
from autonomy.ui.widgets.chips import ChipLabel
from autonomy.ui.words import builtin, phrases
from autonomy.ui.words.dates import when_text

FILTER_ALL, FILTER_BUILD, FILTER_BREAK, FILTER_OBSERVATION, FILTER_CHOICES = range(5)
FIRST_LINES = 60  # events put in before the panel is painted (more than a screenful); the rest just after
ROLE_EVENT_ID = Qt.ItemDataRole.UserRole + 1
ROLE_CHOICE_ID = Qt.ItemDataRole.UserRole + 2  # a choice the student made at the check-in


class DetailPanel(QWidget):
    loaded = Signal()
    choices_requested = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._student_id = ""
        self.detail: StudentDetail | None = None
        self.level_dialog: LevelDialog | None = None

        self.stack = QStackedWidget()
        empty = QLabel(self.tr("Select a student to see their levels and history."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.stack.addWidget(empty)

        page = QWidget()
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setAccessibleDescription(self.tr("Student name"))  # its name is the name it shows
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Chan&ge level…"))
        self.change_button.setAccessibleName(self.tr("Change level"))
        self.change_button.clicked.connect(lambda: self.open_level_dialog())
        self.choices_button = QPushButton(self.tr("Ch&oices…"))
        self.choices_button.setAccessibleName(self.tr("Record today's choices"))
        self.choices_button.clicked.connect(lambda: self.choices_requested.emit(self._student_id))
        header = QVBoxLayout()
        header.addWidget(self.name)
        header.addWidget(self.facts)
        actions = QHBoxLayout()
        actions.addWidget(self.choices_button)
        actions.addWidget(self.change_button)
        actions.addStretch(1)
        header.addLayout(actions)

        self.levels_box = QWidget()
        self.levels_grid = QGridLayout(self.levels_box)
        self.levels_grid.setContentsMargins(0, 4, 0, 4)
        self.levels_grid.setColumnStretch(1, 1)
        self.levels_grid.setVerticalSpacing(2)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("The student's history"))
        events_page = QWidget()
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show"))
        for label in (self.tr("Everything"), self.tr("Trust built"), self.tr("Trust broken"),
                      self.tr("Observations"), self.tr("Choices")):
            self.kind_filter.addItem(label)
        self.kind_filter.currentIndexChanged.connect(self._fill_events)
        self.delete_button = QPushButton(self.tr("&Delete event"))
        self.delete_button.setToolTip(self.tr("Delete the selected events (undo brings them back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.events = self._tree((self.tr("When"), self.tr("What")))
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.events.setAccessibleName(self.tr("Events and choices"))
        row = QHBoxLayout()
        show = QLabel(self.tr("Sho&w:"))
        show.setBuddy(self.kind_filter)
        row.addWidget(show)
        row.addWidget(self.kind_filter)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        events_layout = QVBoxLayout(events_page)
        events_layout.setContentsMargins(0, 6, 0, 0)
        events_layout.addLayout(row)
        events_layout.addWidget(self.events)
        self.history = self._tree((self.tr("When"), self.tr("Dimension"), self.tr("Change"), self.tr("Why")))
        self.history.setAccessibleName(self.tr("Level history"))
        self.reflections = self._tree((self.tr("When"), self.tr("Their words"), self.tr("Agreed"),
                                       self.tr("Follow-up")))
        self.reflections.setAccessibleName(self.tr("Reflections"))
        self.tabs.addTab(events_page, self.tr("Eve&nts and choices"))
        self.tabs.addTab(self.history, self.tr("Level histor&y"))
        self.tabs.addTab(self.reflections, self.tr("&Reflections"))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addLayout(header)
        layout.addWidget(self.levels_box)
        self.suggestions = SuggestionsPanel(backend, per_student=True)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # frameless: a Tab stop on it would show no focus, say nothing
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        # Never narrower than its tabs' names (a longer language's "Reflections" ran off the panel's edge).
        self.setMinimumWidth(max(self.fontMetrics().horizontalAdvance("M") * 22,
                                 self.tabs.tabBar().sizeHint().width() + 24))
        self._level_keys: tuple[str, ...] = ()  # the ladders the level lines show
        self._level_rows: list[tuple[QLabel, ChipLabel, QLabel]] = []
        self._event_keys: list[TrustEventInfo | ChoiceInfo] = []  # what the events list shows, in its order
        self._later_lines: list[TrustEventInfo | ChoiceInfo] | None = None  # a fill whose rest comes after a frame
        self._words: dict[TrustEventInfo | ChoiceInfo, tuple[str, str]] = {}  # each line's words, once worded
        self._words_day = dt.date.today()
        backend.lane.data_changed.connect(self._data_changed)

    def _tree(self, headers: tuple[str, ...]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(list(headers))
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.header().setStretchLastSection(True)
        no_repaint_on_activation(tree)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if len(headers) > 2:
            tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    # --- loading ----------------------------------------------------------------------------------
    @property
    def student_id(self) -> str:
        return self._student_id

    def show_student(self, student_id: str) -> None:
        if student_id == self._student_id and (self.detail is not None or not student_id):
            return  # already shown (selecting a student and opening it both ask)
        self._student_id = student_id
        if not student_id:
            self.suggestions.show_student("")
            self.detail = None
            self.stack.setCurrentIndex(0)
            return
        # The suggestion cards are asked for once the record has landed (`_apply`): the engine's run would
        # otherwise hold the interpreter while the record is read and the panel filled and painted.
        self.reload()

    def reload(self) -> None:
        if not self._student_id:
            return
        sid, backend = self._student_id, self._backend  # the services are reached on the lane (ui/app/backend.py)
        self._backend.lane.run(lambda: backend.views.student_detail(sid), self._apply, self._gone)

    def _data_changed(self, changes: Changes) -> None:
        """Read again only if the change touched the student shown, a class they are in (its name), or the
        ladders or catalogue it names; a change of their events alone (a log, its undo) re-reads just those."""
        sid, detail = self._student_id, self.detail
        if not sid:
            return
        shown_classes = {c.id for c in detail.classrooms} if detail is not None else set()
        if not (changes.touches_student(sid) or changes.touches(LADDERS, CATALOGUE)
                or not shown_classes.isdisjoint(changes.classrooms)):
            return
        if detail is None or not changes.only(EVENTS):
            self.reload()
            return
        backend = self._backend

        def apply(events: list[TrustEventInfo]) -> None:
            if self.detail is not None and self.detail.student.id == sid:
                self.detail = dataclasses.replace(self.detail, events=tuple(events))
                self._fill_events()
                self.loaded.emit()

        self._backend.lane.run(lambda: backend.services.events.for_student(sid), apply, self._gone,
                               ahead=lambda: backend.services.events.for_student_ahead(sid))

    def _gone(self, _error: BaseException) -> None:
        self.show_student("")  # the student is no longer there (an undone add, another program)

    def _apply(self, detail: StudentDetail) -> None:
        if detail.student.id != self._student_id:
            return  # an older answer for a student no longer shown
        detail = builtin.detail(detail)  # built-in names in the app's language
        if self.detail is None or (self.detail.categories, self.detail.dimensions) != (detail.categories,
                                                                                      detail.dimensions):
            self._words.clear()  # the names the lines use changed (or nothing was shown yet)
        self.detail = detail
        student = detail.student
        self.suggestions.show_student(student.id, student.name)
        self.name.setText(student.name if student.active else self.tr("{name} (archived)").format(name=student.name))
        facts = [", ".join(c.name for c in detail.classrooms)]
        if student.external_id:
            facts.append(self.tr("school id {id}").format(id=student.external_id))
        if student.notes:
            facts.append(student.notes)
        if not student.active:
            facts.append(self.tr("Archived: nothing new can be recorded. Students, Archive or restore student "
                                 "(Ctrl+Shift+A) brings them back."))
        self.facts.setText(" · ".join(f for f in facts if f))
        # An archived student's record is read-only: no choices, no level change, no suggestions to act on.
        for button in (self.choices_button, self.change_button):
            button.setEnabled(student.active)
        self.suggestions.setVisible(student.active)
        self._fill_levels()
        self._fill_events()
        self._fill_history()
        self._fill_reflections()
        self.stack.setCurrentIndex(1)
        self.loaded.emit()

    def _fill_levels(self) -> None:
        """One line per ladder: its name, the level's chip and the level's text below. The widgets stay while the
        ladders do (another student, a level changed): only what they say changes."""
        assert self.detail is not None
        dims = self.detail.dimensions
        if tuple(dim.key for dim in dims) != self._level_keys:
            while self.levels_grid.count():
                item = self.levels_grid.takeAt(0)
                if item is not None and (widget := item.widget()) is not None:
                    widget.deleteLater()
            self._level_rows = []
            for row, dim in enumerate(dims):
                name, chip, text = QLabel(), ChipLabel(0, "", dim.top), QLabel()
                text.setWordWrap(True)
                text.setTextFormat(Qt.TextFormat.PlainText)
                text.setContentsMargins(0, 0, 0, 6)
                # Name and chip on one line, the ladder text below: it wraps instead of running off the edge.
                self.levels_grid.addWidget(name, 2 * row, 0)
                self.levels_grid.addWidget(chip, 2 * row, 1)
                self.levels_grid.addWidget(text, 2 * row + 1, 0, 1, 2)
                self._level_rows.append((name, chip, text))
            self._level_keys = tuple(dim.key for dim in dims)
        for dim, (name, chip, text) in zip(dims, self._level_rows, strict=True):
            rank = self.detail.levels.get(dim.key, 0)
            name.setText(dim.name)
            chip.set_level(rank, dim.level_name(rank), dim.top)
            description = next((lv.description for lv in dim.levels if lv.rank == rank), "")
            own = [r for r in self.detail.self_ratings if r.dimension == dim.key]
            if own:  # beside the teacher's level, never averaged into it
                description += "\n" + self._own_view(dim, own)
            text.setText(description)

    def _own_view(self, dim: DimensionInfo, own: list[SelfRatingInfo]) -> str:
        """The student's latest self-rating in a dimension and which way it moved since the one before."""
        last = own[-1]
        trend = ""
        if len(own) > 1:
            before = own[-2].level
            trend = (self.tr(", up from {n}") if last.level > before else self.tr(", down from {n}")
                     if last.level < before else self.tr(", as before")).format(n=before)
        words = f" — “{last.words}”" if last.words else ""
        return self.tr("Their own view ({when}): {rank} · {name}{trend}{words}").format(
            when=when_text(last.at), rank=last.level, name=dim.level_name(last.level), trend=trend, words=words)

    def _fill_events(self) -> None:
        """The events and choices the filter shows, newest first. The list changes only where it differs from what
        it shows (a logged event is one line put in at the top, an undone one taken out), and each line is worded
        once: after a log the panel does not word and rebuild a few hundred lines."""
        d = self.detail
        which = self.kind_filter.currentIndex()
        self.delete_button.setEnabled(which != FILTER_CHOICES)
        if d is None:
            self.events.clear()
            self._event_keys = []
            return
        if self._words_day != dt.date.today():  # "today" and "yesterday" moved on
            self._words.clear()
            self._words_day = dt.date.today()
        kinds = {FILTER_BUILD: "build", FILTER_BREAK: "break", FILTER_OBSERVATION: "observation"}
        rows: list[tuple[dt.datetime, TrustEventInfo | ChoiceInfo]] = []
        if which != FILTER_CHOICES:
            rows += [(e.at, e) for e in d.events if which not in kinds or e.kind == kinds[which]]
        if which in (FILTER_ALL, FILTER_CHOICES):
            rows += [(self._moment(c.day), c) for c in d.choices]
        rows.sort(key=lambda r: r[0], reverse=True)
        self._sync_events([info for _when, info in rows])

    @staticmethod
    @functools.lru_cache(maxsize=512)
    def _moment(day: dt.date) -> dt.datetime:
        """A day's choices sort as the day's last moment, local time."""
        return dt.datetime.combine(day, dt.time(23, 59)).astimezone()

    def _sync_events(self, wanted: list[TrustEventInfo | ChoiceInfo]) -> None:
        shown = self._event_keys
        self._later_lines = None  # (a fill under way is overtaken: the lines below are put in here)
        if wanted == shown:
            return
        keep, had = set(wanted), set(shown)
        staying = [info for info in shown if info in keep]
        if not staying or staying != [info for info in wanted if info in had]:
            # Another student, another filter: every line anew; a screenful now, the rest once it is painted.
            self.events.clear()
            self.events.addTopLevelItems(self._event_items(wanted[:FIRST_LINES]))
            self._event_keys = wanted[:FIRST_LINES]
            if len(wanted) > FIRST_LINES:
                self._later_lines = wanted
                after_the_frame(lambda: self._more_events(wanted))
            return
        for row in range(len(shown) - 1, -1, -1):
            if shown[row] not in keep:
                self.events.takeTopLevelItem(row)
        at = 0
        for row, info in enumerate(wanted):
            if at < len(staying) and staying[at] == info:
                at += 1
            else:
                self.events.insertTopLevelItem(row, self._event_items([info])[0])
        self._event_keys = list(wanted)

    def _more_events(self, wanted: list[TrustEventInfo | ChoiceInfo]) -> None:
        """The lines below the first screenful (unless the list changed again meanwhile: that put them in)."""
        if self._later_lines is wanted:
            self._later_lines = None
            self.events.addTopLevelItems(self._event_items(wanted[FIRST_LINES:]))
            self._event_keys = list(wanted)

    def _event_items(self, infos: list[TrustEventInfo | ChoiceInfo]) -> list[QTreeWidgetItem]:
        if len(self._words) > 20_000:  # many students opened: start afresh
            self._words.clear()
        wording: _Wording | None = None
        items = []
        for info in infos:
            words = self._words.get(info)
            if words is None:
                if wording is None:
                    wording = self._wording()
                words = self._words[info] = wording.line(info)
            item = QTreeWidgetItem(list(words))
            item.setToolTip(1, words[1])
            if isinstance(info, TrustEventInfo):
                item.setData(0, ROLE_EVENT_ID, info.id)
            elif info.by == "student":  # a wrong check-in: the teacher may take it back (Delete, undoable)
                item.setData(0, ROLE_CHOICE_ID, info.id)
            items.append(item)
        return items

    def _wording(self) -> _Wording:
        assert self.detail is not None
        return _Wording(self.detail, {"build": self.tr("Built: {c}"), "break": self.tr("Broke: {c}"),
                                      "observation": self.tr("Noted: {c}")},
                        {"minor": self.tr("minor"), "moderate": self.tr("moderate"), "serious": self.tr("serious")},
                        self.tr("Chose: {c} — {dimension}{beyond}"), self.tr(" · beyond their level"),
                        self.tr(" · chosen at the check-in"))

    def _fill_history(self) -> None:
        assert self.detail is not None
        self.history.clear()
        dims = {dim.key: dim for dim in self.detail.dimensions}
        items = []
        for c in reversed(self.detail.level_history):
            dim = dims.get(c.dimension)
            name = dim.name if dim else c.dimension
            change = f"{c.from_level} → {c.to_level}" + (f"  {dim.level_name(c.to_level)}" if dim else "")
            items.append(QTreeWidgetItem([when_text(c.at), name, change, phrases.reason_text(c.reason)]))
        self.history.addTopLevelItems(items)

    def _fill_reflections(self) -> None:
        assert self.detail is not None
        self.reflections.clear()
        items = []
        for r in self.detail.reflections:
            follow = when_text(r.follow_up) if r.follow_up else ""
            if r.follow_up and r.outcome:
                follow += self.tr(" (done: {outcome})").format(outcome=r.outcome)
            item = QTreeWidgetItem([when_text(r.at), r.student_words, r.agreement, follow])
            item.setToolTip(1, r.student_words)
            item.setToolTip(2, r.agreement)
            items.append(item)
        self.reflections.addTopLevelItems(items)

    # --- changes ----------------------------------------------------------------------------------
    def open_level_dialog(self, dimension: str | None = None) -> LevelDialog | None:
        if self.detail is None:
            return None
        d = self.detail
        dialog = LevelDialog(d.student.name, d.dimensions, d.levels, dimension, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sid = d.student.id
        backend = self._backend  # its services are reached on the lane (at start-up they may still be opening)
        dialog.submitted.connect(lambda key, rank, reason: operations.change_level(
            backend, sid, key, rank, reason, initiator=self))
        self.level_dialog = dialog
        dialog.open()
        return dialog

    def selected_event_ids(self) -> list[str]:
        return [i.data(0, ROLE_EVENT_ID) for i in self.events.selectedItems() if i.data(0, ROLE_EVENT_ID)]

    def delete_selected(self) -> None:
        ids = self.selected_event_ids()
        if ids:
            operations.delete_events(self._backend, ids, initiator=self)
        for item in self.events.selectedItems():
            if item.data(0, ROLE_CHOICE_ID):
                operations.correct_checkin_choice(self._backend, item.data(0, ROLE_CHOICE_ID), None, initiator=self)


class _Wording:
    """How the events list words a line: the translated patterns and the names, looked up once per fill."""

    def __init__(self, detail: StudentDetail, what: dict[str, str], severity: dict[str, str], chose: str,
                 beyond: str, at_checkin: str) -> None:
        self.dims = {dim.key: dim for dim in detail.dimensions}
        self.categories = detail.categories
        self.what, self.severity, self.chose = what, severity, chose
        self.beyond, self.at_checkin = beyond, at_checkin

    def line(self, info: TrustEventInfo | ChoiceInfo) -> tuple[str, str]:
        """(when, what) for one event or choice."""
        if isinstance(info, ChoiceInfo):
            dim = self.dims.get(info.dimension)
            return when_text(info.day), self.chose.format(
                c=builtin.choice_text(info.dimension, info.choice), dimension=dim.name if dim else info.dimension,
                beyond=("" if info.within_level else self.beyond) + (self.at_checkin if info.by == "student" else ""))
        category = self.categories.get(info.category)
        what = self.what[info.kind].format(c=category.name if category else info.category)
        dim = self.dims.get(info.dimension or "")
        severity = self.severity.get(info.severity or "", info.severity or "")
        details = " · ".join(x for x in (dim.name if dim else "", severity, info.note) if x)
        return when_text(info.at), f"{what} — {details}" if details else what
