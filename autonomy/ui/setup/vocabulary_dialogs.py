"""Setting up the classroom's vocabulary: the ladders of each dimension and the event catalogue.

Both editors show the names as the rest of the app does (a built-in one in the app's language, see
autonomy/ui/words/builtin.py) and save only what the teacher changed: an untouched built-in name stays the shipped
default in the database, so it keeps following the app's language; a name typed over becomes the teacher's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from autonomy.core.types import EventKind
from autonomy.services.dto import CategoryInfo, DimensionInfo, LevelWords
from autonomy.ui.app import errors, operations
from autonomy.ui.app.backend import Backend
from autonomy.ui.widgets.screen_fit import fit_and_remember
from autonomy.ui.words import builtin

ROLE_KEY = Qt.ItemDataRole.UserRole + 1


class LadderDialog(QDialog):
    """Rename levels and edit their descriptions; add a custom dimension."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Ladders"))
        self._backend = backend
        self._dimensions: list[DimensionInfo] = []
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Dimension"))
        self.dimension.currentIndexChanged.connect(self._show_dimension)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Levels"))
        # Both texts side by side: the teacher's, and what a student reads at the check-in (with its quick picks).
        self.table.setHorizontalHeaderLabels([self.tr("Level name"), self.tr("What it means"),
                                              self.tr("What the student reads"), self.tr("Quick picks (a; b)")])
        self._words: dict[tuple[str, int], LevelWords] = {}
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        add = QPushButton(self.tr("&Add a dimension…"))
        add.clicked.connect(self.add_dimension)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Dimension:"))
        label.setBuddy(self.dimension)
        top.addWidget(label)
        top.addWidget(self.dimension, 1)
        top.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.question)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Level 0 is where the teacher decides; each level up hands over more.")))
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().lineSpacing() * 22)
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        keep = keep or self.dimension.currentData()
        backend = self._backend
        backend.lane.run(lambda: (backend.views.dimensions(), backend.services.levels.student_words()),
                         lambda found: self._fill(found[0], keep, found[1]))

    def _fill(self, dimensions: list[DimensionInfo], keep: str | None, words: Sequence[LevelWords] = ()) -> None:
        self._dimensions = dimensions
        self._words = {(w.dimension, w.rank): w for w in words}
        self.dimension.blockSignals(True)
        self.dimension.clear()
        for dim in dimensions:
            self.dimension.addItem(builtin.dimension_name(dim.key, dim.name), dim.key)
        index = self.dimension.findData(keep) if keep else 0
        self.dimension.setCurrentIndex(max(index, 0))
        self.dimension.blockSignals(False)
        self._show_dimension()

    def current(self) -> DimensionInfo | None:
        key = self.dimension.currentData()
        return next((d for d in self._dimensions if d.key == key), None)

    def _show_dimension(self) -> None:
        dim = self.current()
        self.table.setRowCount(0)
        if dim is None:
            return
        shown = builtin.dimension(dim)
        self.question.setText(shown.question)
        self.table.setRowCount(len(shown.levels))
        self.table.setVerticalHeaderLabels([str(lv.rank) for lv in shown.levels])
        for row, level in enumerate(shown.levels):
            self.table.setItem(row, 0, QTableWidgetItem(level.name))
            self.table.setItem(row, 1, QTableWidgetItem(level.description))
            self.table.setItem(row, 2, QTableWidgetItem(self._student_text(dim, row)))
            self.table.setItem(row, 3, QTableWidgetItem("; ".join(self._picks(dim, row))))
        self.table.resizeRowsToContents()

    def _stored(self, dim: DimensionInfo, row: int) -> LevelWords:
        level = dim.levels[row]
        return self._words.get((dim.key, level.rank)) or LevelWords(dim.key, level.rank, "")

    def _student_text(self, dim: DimensionInfo, row: int) -> str:
        level = dim.levels[row]
        return builtin.student_text(dim.key, level.rank, level.name, self._stored(dim, row).student_text,
                                    level.description)

    def _picks(self, dim: DimensionInfo, row: int) -> tuple[str, ...]:
        return self._stored(dim, row).picks

    def student_changes(self) -> list[tuple[int, str | None, list[str] | None]]:
        """(rank, new sentence or None, new quick picks or None) for each level whose student words changed."""
        dim = self.current()
        if dim is None:
            return []
        found = []
        for row, level in enumerate(dim.levels):
            text, picks = (cell.text() if (cell := self.table.item(row, col)) else "" for col in (2, 3))
            new_text = text.strip() if text.strip() != self._student_text(dim, row) else None
            new_picks = [p.strip() for p in picks.split(";") if p.strip()]
            changed_picks = new_picks if tuple(new_picks) != self._picks(dim, row) else None
            if new_text is not None or changed_picks is not None:
                found.append((level.rank, new_text, changed_picks))
        return found

    def changes(self) -> list[tuple[int, str, str]]:
        dim = self.current()
        if dim is None:
            return []
        found = []
        for row, (level, shown) in enumerate(zip(dim.levels, builtin.dimension(dim).levels, strict=True)):
            name, text = (cell.text() if (cell := self.table.item(row, col)) else "" for col in (0, 1))
            # A cell left as shown keeps what is stored (a built-in default stays translatable).
            name = level.name if name == shown.name else name
            text = level.description if text == shown.description else text
            if name != level.name or text != level.description:
                found.append((level.rank, name, text))
        return found

    def save(self) -> None:
        dim, changes, words = self.current(), self.changes(), self.student_changes()
        if dim is None or not (changes or words):
            return
        key = dim.key
        if words:
            operations.set_student_words(self._backend, key, words, initiator=self,
                                         on_success=lambda _r: self.reload(key) if not changes else None)
        if not changes:
            return

        def failed(error: BaseException) -> None:
            errors.report(self, error)
            self.reload(key)

        operations.rename_levels(self._backend, key, changes, initiator=self, on_success=lambda _r: self.reload(key),
                                 on_failure=failed)

    def add_dimension(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a dimension"), self.tr("Name (e.g. Who they work with):"))
        if not ok or not name.strip():
            return
        levels_text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add a dimension"),
            self.tr("Its levels, lowest first, one per line (name: what it means):"),
            self.tr("Assigned partner: Works with the partner the teacher gives them.\n"
                    "Choice of partners: Picks from partners the teacher suggests.\n"
                    "Own choice: Chooses who to work with and checks it helps."))
        if not ok:
            return
        levels = []
        for line in levels_text.splitlines():
            if line.strip():
                title, _sep, text = line.partition(":")
                levels.append((title.strip(), text.strip()))
        operations.add_dimension(self._backend, name, levels, initiator=self,
                                 on_success=lambda dim: self.reload(dim.key),
                                 on_failure=lambda e: errors.report(self, e))


class CatalogueDialog(QDialog):
    """The event catalogue: add categories, rename them, archive the ones no longer used."""

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_and_remember(self)  # within the screen, at the size it had last time (widgets/screen_fit.py)
        self.setWindowTitle(self.tr("Event catalogue"))
        self._backend = backend
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Event categories"))
        self.tree.setHeaderLabels([self.tr("Category"), self.tr("State")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of the new category"))
        for kind, label in self._kinds():
            self.kind.addItem(label, kind)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("Name of the new category"))
        self.new_name.setPlaceholderText(self.tr("New category name"))
        self.new_name.returnPressed.connect(self.add)
        add = QPushButton(self.tr("&Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add)
        rename = QPushButton(self.tr("&Rename…"))
        rename.clicked.connect(self.rename)
        archive = QPushButton(self.tr("Archive / &restore"))
        archive.clicked.connect(self.toggle_archived)
        adding = QHBoxLayout()
        # On Linux a combo box is named after its value: only a label says what it is for.
        kind_label = QLabel(self.tr("New &category:"))
        kind_label.setBuddy(self.kind)
        adding.addWidget(kind_label)
        adding.addWidget(self.kind)
        adding.addWidget(self.new_name, 1)
        adding.addWidget(add)
        actions = QHBoxLayout()
        actions.addWidget(rename)
        actions.addWidget(archive)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        layout.addLayout(adding)
        layout.addWidget(close)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 44, self.fontMetrics().lineSpacing() * 28)
        self.reload()

    def _kinds(self) -> list[tuple[str, str]]:
        return [(EventKind.BUILD.value, self.tr("Trust built")), (EventKind.BREAK.value, self.tr("Trust broken")),
                (EventKind.OBSERVATION.value, self.tr("Observation"))]

    def reload(self) -> None:
        backend = self._backend
        backend.lane.run(lambda: backend.services.events.categories(include_archived=True), self._fill)

    def _fill(self, categories: list[CategoryInfo]) -> None:
        self.tree.clear()
        for kind, label in self._kinds():
            group = QTreeWidgetItem([label, ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for c in categories:
                if c.kind == kind:
                    item = QTreeWidgetItem([builtin.category_name(c.key, c.name),
                                            self.tr("archived") if c.archived else ""])
                    item.setData(0, ROLE_KEY, c)
                    group.addChild(item)
            group.setExpanded(True)

    def selected(self) -> CategoryInfo | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ROLE_KEY) if items else None

    def _write(self, fn: Any) -> None:
        operations.edit_catalogue(self._backend, lambda _services: fn(), initiator=self,
                                  on_success=lambda _r: self.reload(), on_failure=lambda e: errors.report(self, e))

    def add(self) -> None:
        name, kind, backend = self.new_name.text(), self.kind.currentData(), self._backend
        if not name.strip():
            return
        self.new_name.clear()
        self._write(lambda: backend.services.events.add_category(kind, name))

    def rename(self) -> None:
        category = self.selected()
        if category is None:
            return
        shown = builtin.category_name(category.key, category.name)
        name, ok = QInputDialog.getText(self, self.tr("Rename category"), self.tr("New name:"), text=shown)
        if ok and name.strip() and name != shown and name != category.name:
            backend = self._backend
            self._write(lambda: backend.services.events.edit_category(category.key, name=name))

    def toggle_archived(self) -> None:
        category = self.selected()
        if category is not None:
            backend = self._backend
            self._write(lambda: backend.services.events.edit_category(category.key, archived=not category.archived))
