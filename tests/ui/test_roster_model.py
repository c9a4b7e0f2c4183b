"""The roster model and its filter, tested without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from autonomy.services.dto import DimensionInfo, LevelInfo
from autonomy.services.views import RISING, SLIPPING, RosterLine
from autonomy.ui.roster.model import (
    COL_BUILDS,
    COL_FIRST_DIMENSION,
    COL_NAME,
    COL_TREND,
    COL_WAITING,
    ROLE_STUDENT_ID,
    RosterFilter,
    RosterModel,
)
from autonomy.ui.widgets.chips import ROLE_LEVEL, ROLE_LEVEL_NAME, chip_colors, contrast

WORKSPACE = DimensionInfo("workspace", "Workspace", "Where?", (LevelInfo(0, "Assigned seat", ""),
                                                                LevelInfo(1, "Spots in the room", "")))


def lines() -> list[RosterLine]:
    return [
        RosterLine("a", "Amira Haddad", "S1", True, {"workspace": 1}, builds_today=2, trend=RISING),
        RosterLine("b", "Ben Okafor", None, True, {}, breaks_today=1, trend=SLIPPING, waiting=True,
                   waiting_kind="reflect", waiting_text="Talk it through."),
        RosterLine("c", "Chloé Dubois", None, False, {}),
    ]


def test_model_adapts_rows_and_roles() -> None:
    model = RosterModel()
    model.set_rows(lines(), [WORKSPACE])
    assert model.rowCount() == 3
    assert model.columnCount() == COL_FIRST_DIMENSION + 1
    assert model.headerData(COL_FIRST_DIMENSION, Qt.Orientation.Horizontal) == "Workspace"
    chip = model.index(0, COL_FIRST_DIMENSION)
    assert chip.data(ROLE_LEVEL) == 1
    assert chip.data(ROLE_LEVEL_NAME) == "Spots in the room"
    assert chip.data() == "1 Spots in the room"  # readable without the colour
    assert model.index(1, COL_FIRST_DIMENSION).data(ROLE_LEVEL) == 0  # never changed: level 0
    assert model.index(0, COL_BUILDS).data() == "2"
    assert model.index(1, COL_BUILDS).data() == ""
    assert "rising" in model.index(0, COL_TREND).data()
    assert "slipping" in model.index(1, COL_TREND).data()
    assert "Reflect" in model.index(1, COL_WAITING).data()
    assert model.index(1, COL_WAITING).data(Qt.ItemDataRole.ToolTipRole) == "Talk it through."
    assert "archived" in model.index(2, COL_NAME).data()
    assert model.index(2, COL_NAME).data(ROLE_STUDENT_ID) == "c"
    assert model.row_of("b") == 1


def test_filter_hides_archived_and_matches_part_of_a_name() -> None:
    model = RosterModel()
    model.set_rows(lines(), [WORKSPACE])
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2
    proxy.set_show_archived(True)
    assert proxy.rowCount() == 3
    proxy.set_text("oka")
    assert [proxy.index(r, 0).data(ROLE_STUDENT_ID) for r in range(proxy.rowCount())] == ["b"]
    proxy.set_text("s1")  # the school id matches too
    assert proxy.rowCount() == 1


def test_sorting_by_level_uses_the_rank() -> None:
    model = RosterModel()
    model.set_rows(lines(), [WORKSPACE])
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    proxy.sort(COL_FIRST_DIMENSION, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(ROLE_STUDENT_ID) == "a"


def test_chip_text_contrasts_in_light_and_dark_palettes(qapp) -> None:
    from PySide6.QtGui import QColor, QPalette

    for window in ("#ffffff", "#202020"):
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(window))
        for rank in range(5):
            background, text = chip_colors(rank, 4, palette)
            assert contrast(background, text) >= 4.5, (window, rank)


def test_update_rows_replaces_rows_in_place_and_the_proxy_follows() -> None:
    """After a log only the logged students' rows change: in place (no reset, so the selection stays), only the
    cells whose words changed (the view repaints those alone), re-sorted and re-filtered by the proxy."""
    from dataclasses import replace

    model = RosterModel()
    model.set_rows(lines(), [WORKSPACE])
    proxy = RosterFilter()
    proxy.setSourceModel(model)
    proxy.sort(COL_BUILDS, Qt.SortOrder.DescendingOrder)

    def order() -> list[str]:
        return [proxy.index(r, 0).data(ROLE_STUDENT_ID) for r in range(proxy.rowCount())]

    assert order() == ["a", "b"]
    resets: list[int] = []
    changed: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, _roles=(): changed.append(
        (first.row(), first.column(), last.row(), last.column())))
    ben = replace(model.line(1), builds_today=3)
    assert model.update_rows([ben])
    assert order() == ["b", "a"]  # sorted by what was built today
    assert model.line(1) == ben and model.line(0) == lines()[0]
    assert proxy.index(0, COL_BUILDS).data() == "3"
    assert not resets and changed == [(1, COL_BUILDS, 1, COL_BUILDS)]  # the count alone: its one cell
    changed.clear()
    assert model.update_rows([ben])  # the same row again: nothing to repaint
    assert changed == []

    assert model.update_rows([replace(model.line(0), active=False)])  # archived meanwhile: the filter hides it
    assert order() == ["b"]

    # The suggestion engine's flags, when known, go on the new rows as on all the others (set_waiting).
    assert model.update_rows([replace(ben, waiting=False, waiting_kind="", waiting_text="")],
                             {"b": ("step_up", "Ready for the next step.")})
    assert (model.line(1).waiting_kind, model.line(1).waiting_text) == ("step_up", "Ready for the next step.")

    before = model.lines()
    assert not model.update_rows([ben, RosterLine("z", "Zara Quinn", None, True, {})])  # not on this roster
    assert model.lines() == before


def test_a_waiting_row_says_why_before_and_after_the_engine_answers() -> None:
    import datetime as dt

    from autonomy.ui.words.dates import day_text

    due = dt.date(2026, 11, 18)
    model = RosterModel()
    model.set_rows([
        RosterLine("a", "Amira Haddad", None, True, {}, waiting=True, waiting_kind="reflect"),
        RosterLine("b", "Ben Okafor", None, True, {}, waiting=True, waiting_kind="follow_up", waiting_due=due),
        RosterLine("c", "Chloé Dubois", None, True, {}, waiting=True, waiting_kind="step_up",
                   waiting_text="Ready for the next step."),
    ], [WORKSPACE])

    def tip(row: int) -> str:
        return model.data(model.index(row, COL_WAITING), Qt.ItemDataRole.ToolTipRole)

    assert tip(0) == "A trust-breaking event has not been talked through yet."
    assert tip(1) == f"A reflection follow-up was due on {day_text(due)}."
    assert tip(2) == "Ready for the next step."  # the engine's sentence, once it has answered
