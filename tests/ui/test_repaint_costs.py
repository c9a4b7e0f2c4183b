"""What a key press makes the GUI thread do (issue 15, the latency a teacher feels): after a log only the cells that
changed are repainted, nothing is measured again, no view is reset; the student panel changes only the lines and
widgets whose data changed. Behaviour, not timings: the timings are tests/benchmarks' (`--only window`)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from autonomy.ui.roster.model import COL_BUILDS, COL_FIRST_DIMENSION, COL_NAME, COL_TREND
from autonomy.ui.student.panel import FIRST_LINES, DetailPanel
from autonomy.ui.widgets.chips import ChipLabel, LevelChipDelegate
from tests.ui.test_roster_panel import make_window_panel


def pointer(obj: object) -> int:
    return int(shiboken6.getCppPointer(obj)[0])


def test_a_log_changes_the_cells_of_one_row_and_measures_nothing_again(qtbot, backend, services, settings,
                                                                         classroom, students, monkeypatch) -> None:
    panel = make_window_panel(qtbot, backend, settings, classroom)
    header = panel.table.horizontalHeader()
    modes = [header.sectionResizeMode(c) for c in range(panel.model.columnCount())]
    assert QHeaderView.ResizeMode.ResizeToContents not in modes  # a column's width never comes from its rows
    measured: list[int] = []
    real = LevelChipDelegate.sizeHint
    monkeypatch.setattr(LevelChipDelegate, "sizeHint",
                        lambda self, option, index: measured.append(index.row()) or real(self, option, index))
    changed: list[tuple[int, int, int, int]] = []
    resets: list[str] = []
    panel.model.dataChanged.connect(lambda first, last, _roles=(): changed.append(
        (first.row(), first.column(), last.row(), last.column())))
    panel.model.modelReset.connect(lambda: resets.append("model reset"))
    panel.model.layoutChanged.connect(lambda *_a: resets.append("model layout"))
    panel.proxy.layoutChanged.connect(lambda *_a: resets.append("proxy re-sorted"))  # sorted by name: no need
    ben = students[1]
    row = panel.model.row_of(ben.id)
    panel.select_ids([ben.id])
    with qtbot.waitSignal(panel.loaded, timeout=2000):
        panel.open_log("build").accept()
    QApplication.processEvents()  # the frame that repaints them
    assert changed and {(first, last) for first, _c, last, _d in changed} == {(row, row)}  # Ben's row alone
    assert {c for _r, c, _l, d in changed for c in (c, d)} <= {COL_BUILDS, COL_TREND}  # the count, the trend's tip
    assert panel.model.line(row).builds_today == 1 and panel.proxy.sortColumn() == COL_NAME
    assert resets == [] and measured == []


def test_only_the_level_columns_are_painted_by_the_chip_delegate(qtbot, backend, settings, classroom,
                                                                 students) -> None:
    """The other columns are painted by Qt's own delegate: no Python per cell at each repaint."""
    panel = make_window_panel(qtbot, backend, settings, classroom)
    table = panel.table
    columns = panel.model.columnCount()
    assert columns > COL_FIRST_DIMENSION
    chips = {c for c in range(columns) if isinstance(table.itemDelegateForColumn(c), LevelChipDelegate)}
    assert chips == set(range(COL_FIRST_DIMENSION, columns))
    assert not isinstance(table.itemDelegate(), LevelChipDelegate)


def test_the_status_bar_keeps_its_height_when_the_undo_button_shows(qtbot, backend, settings, classroom,
                                                                    students) -> None:
    """A status bar that grew with the notice's Undo button moved every panel above it: the frame after each log
    and each undo repainted the whole window."""
    panel = make_window_panel(qtbot, backend, settings, classroom)
    window = panel.window()
    bar = window.statusBar()
    QApplication.processEvents()
    before = (bar.height(), window.centralWidget().height())
    panel.select_ids([students[0].id])
    panel.open_log("build").accept()
    qtbot.waitUntil(lambda: window.notice.button.isVisible())
    QApplication.processEvents()
    assert (bar.height(), window.centralWidget().height()) == before


def events_panel(qtbot, backend, student_id: str) -> DetailPanel:
    panel = DetailPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(520, 700)
    panel.show()
    panel.show_student(student_id)
    return panel


def test_a_log_puts_one_line_in_the_student_panel_and_keeps_the_others(qtbot, backend, services, classroom,
                                                                        students) -> None:
    sid = students[0].id
    for category in ("helped_peer", "on_task_away"):
        services.events.log([sid], "build", category)
    panel = events_panel(qtbot, backend, sid)
    chips = [pointer(c) for c in panel.levels_box.findChildren(ChipLabel)]
    lines = [pointer(panel.events.topLevelItem(i)) for i in range(panel.events.topLevelItemCount())]
    assert len(lines) == 2
    backend.lane.write(lambda: services.events.log([sid], "break", "left_area", severity="minor"))
    assert panel.events.topLevelItemCount() == 3
    assert "Broke" in panel.events.topLevelItem(0).text(1)  # the new line, on top
    assert [pointer(panel.events.topLevelItem(i)) for i in (1, 2)] == lines  # the others are the same lines
    backend.lane.write(lambda: services.history.undo())
    assert [pointer(panel.events.topLevelItem(i)) for i in range(panel.events.topLevelItemCount())] == lines
    panel.show_student(students[1].id)  # another student: the same level widgets, saying other things
    assert [pointer(c) for c in panel.levels_box.findChildren(ChipLabel)] == chips
    assert panel.events.topLevelItemCount() == 0


def test_a_long_history_is_on_screen_a_screenful_first_and_whole_after_the_frame(qtbot, backend, services,
                                                                                  classroom, students) -> None:
    sid = students[2].id
    for _ in range(FIRST_LINES + 15):
        services.events.log([sid], "observation", "noticed")
    panel = events_panel(qtbot, backend, sid)
    assert panel.events.topLevelItemCount() == FIRST_LINES  # what can be seen, before the panel is painted
    qtbot.waitUntil(lambda: panel.events.topLevelItemCount() == FIRST_LINES + 15, timeout=2000)
    panel.kind_filter.setCurrentIndex(0)
    assert panel.events.topLevelItemCount() == FIRST_LINES + 15


def test_the_roster_row_reads_the_same_after_the_log_as_a_whole_reload(qtbot, backend, services, settings, classroom,
                                                                       students) -> None:
    """The cells put in place after a log say what a reload of the whole roster says."""
    panel = make_window_panel(qtbot, backend, settings, classroom)
    panel.select_ids([students[0].id])
    panel.open_log("build").accept()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole + 3)

    def cells() -> list[object]:
        model = panel.model
        return [model.index(r, c).data(role) for r in range(model.rowCount()) for c in range(model.columnCount())
                for role in roles]

    after_the_log = cells()
    with qtbot.waitSignal(panel.loaded, timeout=2000):
        panel.reload()
    assert cells() == after_the_log


def test_an_activation_that_changes_nothing_repaints_no_rows(qtbot, backend, settings, classroom, students) -> None:
    """When the log popup closes, the desktop activates the window again: with the same active and inactive
    palettes the roster's rows look the same, and are not all repainted."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QPalette

    panel = make_window_panel(qtbot, backend, settings, classroom)
    viewport = panel.table.viewport()
    assert panel.table.palette().isEqual(QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    paints = Paints()
    viewport.installEventFilter(paints)
    QApplication.processEvents()
    painted.clear()
    for kind in (QEvent.Type.WindowDeactivate, QEvent.Type.WindowActivate):
        QApplication.sendEvent(panel.window(), QEvent(kind))
        QApplication.processEvents()
    assert painted == []
    viewport.update()  # (the probe sees a repaint when there is one)
    qtbot.waitUntil(lambda: bool(painted), timeout=2000)
