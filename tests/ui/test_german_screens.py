"""The class data the app seeded, on screen in German: dimension and level names, categories and suggestion
sentences in German; a level the teacher renamed exactly as they wrote it; English untouched. Each panel or
dialog is built directly over a seeded temporary database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from autonomy.ui.roster.choices_dialog import ChoicesDialog
from autonomy.ui.roster.log_dialog import LogDialog
from autonomy.ui.roster.model import COL_FIRST_DIMENSION, COL_WAITING
from autonomy.ui.roster.panel import RosterPanel
from autonomy.ui.setup.vocabulary_dialogs import CatalogueDialog, LadderDialog
from autonomy.ui.student.panel import DetailPanel
from autonomy.ui.widgets.chips import ROLE_LEVEL_NAME, ChipLabel
from autonomy.ui.words import i18n
from tests.ui.history import days_ago, earn_step_up


@pytest.fixture
def english(qtbot):
    i18n.remove()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def roster(qtbot, backend, classroom) -> RosterPanel:
    panel = RosterPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    with qtbot.waitSignal(panel.suggestions_loaded, timeout=5000):
        panel.set_classroom(classroom.id)
    return panel


def cell(panel: RosterPanel, student_id: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    row = panel.model.row_of(student_id)
    assert row is not None
    return panel.model.index(row, column).data(role)


def headers(panel: RosterPanel) -> list[str]:
    model = panel.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(COL_FIRST_DIMENSION, model.columnCount())]


# --- the roster -------------------------------------------------------------------------------------------
def test_the_german_roster_names_dimensions_levels_and_suggestions_in_german(german, qtbot, backend, services,
                                                                             classroom, students) -> None:
    amira = students[0].id
    services.levels.change_level(amira, "workspace", 1, at=days_ago(12))
    earn_step_up(services, amira)
    panel = roster(qtbot, backend, classroom)
    assert headers(panel) == ["Arbeitsort", "Tempo", "Wahl der Aufgabe", "Lernen zeigen"]
    assert cell(panel, amira, COL_FIRST_DIMENSION, ROLE_LEVEL_NAME) == "Plätze im Raum"
    assert cell(panel, students[1].id, COL_FIRST_DIMENSION, ROLE_LEVEL_NAME) == "Fester Platz"
    assert cell(panel, amira, COL_FIRST_DIMENSION, Qt.ItemDataRole.ToolTipRole).startswith(
        "Arbeitsort: Stufe 1 von 4, Plätze im Raum. Wählt unter einigen Plätzen im Raum")
    assert cell(panel, amira, COL_WAITING) == "● Stufe höher"
    sentence = cell(panel, amira, COL_WAITING, Qt.ItemDataRole.ToolTipRole)
    assert sentence.startswith("Amira Haddad hat die Freiheit im Bereich Arbeitsort seit dem ")
    assert sentence.endswith("von „Plätze im Raum“ auf „Vor der Tür“.")


def test_a_level_the_teacher_renamed_is_shown_as_they_wrote_it(german, qtbot, backend, services, classroom,
                                                                students) -> None:
    services.levels.rename_level("workspace", 2, "Sofaecke", "Darf in der Sofaecke arbeiten.")
    amira = students[0].id
    services.levels.change_level(amira, "workspace", 1, at=days_ago(12))
    earn_step_up(services, amira)
    panel = roster(qtbot, backend, classroom)
    assert panel.model.dimensions[0].level_name(2) == "Sofaecke"
    assert panel.model.dimensions[0].level_name(1) == "Plätze im Raum"  # untouched: still follows the language
    assert cell(panel, amira, COL_WAITING, Qt.ItemDataRole.ToolTipRole).endswith(
        "von „Plätze im Raum“ auf „Sofaecke“.")
    services.levels.change_level(students[1].id, "workspace", 2)
    panel.reload()
    qtbot.waitUntil(lambda: cell(panel, students[1].id, COL_FIRST_DIMENSION, ROLE_LEVEL_NAME) == "Sofaecke")
    # The database keeps what was seeded and what the teacher wrote, in their words.
    stored = next(d for d in backend.views.dimensions() if d.key == "workspace")
    assert [lv.name for lv in stored.levels][:3] == ["Assigned seat", "Spots in the room", "Sofaecke"]


def test_an_english_roster_shows_the_english_defaults(english, qtbot, backend, services, classroom,
                                                      students) -> None:
    amira = students[0].id
    services.levels.change_level(amira, "workspace", 1, at=days_ago(12))
    earn_step_up(services, amira)
    panel = roster(qtbot, backend, classroom)
    assert headers(panel) == ["Workspace", "Pacing", "Choice of work", "Showing learning"]
    assert cell(panel, students[1].id, COL_FIRST_DIMENSION, ROLE_LEVEL_NAME) == "Assigned seat"
    [engine] = [s for s in services.suggestions.for_classroom(classroom.id) if s.student_id == amira]
    sentence = cell(panel, amira, COL_WAITING, Qt.ItemDataRole.ToolTipRole)
    assert sentence.startswith("Amira Haddad has used the freedom in Workspace well 4 times")
    assert sentence == engine.text  # the command line's sentence, word for word


# --- the student view -------------------------------------------------------------------------------------
def test_the_german_student_view(german, qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    services.levels.change_level(amira, "workspace", 1, at=days_ago(12))
    earn_step_up(services, amira)
    services.events.log([amira], "break", "left_area", severity="minor", dimension="pacing")
    panel = DetailPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    with qtbot.waitSignal(panel.suggestions.loaded, timeout=5000):
        panel.show_student(amira)
    labels = [w.text() for w in panel.levels_box.findChildren(QLabel)]
    chips = [c.accessibleName() for c in panel.levels_box.findChildren(ChipLabel)]
    assert {"Arbeitsort", "Tempo", "Wahl der Aufgabe", "Lernen zeigen"} <= set(labels)
    assert "Wählt unter einigen Plätzen im Raum, die die Lehrkraft genannt hat." in labels
    assert chips[:2] == ["1 Plätze im Raum", "0 Klassentempo"]
    events = [panel.events.topLevelItem(i).text(1) for i in range(panel.events.topLevelItemCount())]
    assert any(t.startswith("Verletzt: Hat den vereinbarten Bereich verlassen — Tempo") for t in events), events
    assert any("Ist ohne Lehrkraft bei der Sache geblieben" in t for t in events)
    rows = {r.suggestion.kind.value: r for r in panel.suggestions.rows()}
    assert rows["step_up"].title == "Arbeitsort"
    assert rows["step_up"].sentence.startswith("Amira Haddad hat die Freiheit im Bereich Arbeitsort")
    assert rows["reflect"].sentence.startswith("Amira Haddad hatte am ")
    assert "einen leichten Vertrauensbruch im Bereich Tempo (Hat den vereinbarten Bereich verlassen)" in \
        rows["reflect"].sentence
    assert rows["step_up"].evidence.startswith("Belege: ")
    index = panel.suggestions.model.index(0, 0)
    assert index.data() == panel.suggestions.rows()[0].sentence  # what the card paints


def stored_name(services, key: str) -> str:
    return next(c.name for c in services.events.categories() if c.key == key)


# --- dialogs and editors ----------------------------------------------------------------------------------
def test_logging_and_choosing_in_german_save_the_stored_words(german, qtbot, backend, services, students) -> None:
    categories = services.events.categories()
    dims = backend.views.dimensions()
    log = LogDialog("break", ["Amira Haddad"], categories, dims)
    qtbot.addWidget(log)
    names = [log.categories.item(i).text().split(maxsplit=1)[1] for i in range(log.categories.count())]
    assert names[0] == "Hat den vereinbarten Bereich verlassen"
    assert log.dimension.itemText(1) == "Arbeitsort"
    assert log.habit.itemText(1) == "Dranbleiben"
    choices = ChoicesDialog("Amira Haddad", dims, {"workspace": 1}, {"workspace": ["Bibliothek"]})
    qtbot.addWidget(choices)
    picker = choices.pickers["workspace"]
    assert picker.itemText(2) == "1 · Plätze im Raum"
    picker.setCurrentIndex(3)
    assert choices.is_beyond("workspace")
    [request] = choices.requests()
    assert (request.choice, request.level) == ("Just outside, in sight", 2)  # stored as the data has it


def test_the_ladder_editor_shows_german_and_saves_only_what_was_changed(german, qtbot, backend, services) -> None:
    dialog = LadderDialog(backend)
    qtbot.addWidget(dialog)
    assert dialog.dimension.currentText() == "Arbeitsort"
    assert dialog.table.item(0, 0).text() == "Fester Platz"
    assert dialog.changes() == []  # shown in German, but nothing was changed
    dialog.table.item(1, 0).setText("Platz nach Wahl")
    assert dialog.changes() == [(1, "Platz nach Wahl",
                                 "Picks from a few places in the room the teacher has named.")]
    dialog.save()
    [workspace, *_] = backend.views.dimensions()
    assert [lv.name for lv in workspace.levels][:3] == ["Assigned seat", "Platz nach Wahl", "Just outside, in sight"]
    assert dialog.table.item(1, 0).text() == "Platz nach Wahl"
    assert dialog.table.item(1, 1).text() == "Wählt unter einigen Plätzen im Raum, die die Lehrkraft genannt hat."


def test_the_catalogue_editor_shows_german_and_renames_in_the_teachers_words(german, qtbot, backend, services,
                                                                             dialogs) -> None:
    dialog = CatalogueDialog(backend)
    qtbot.addWidget(dialog)
    builds = dialog.tree.topLevelItem(0)
    assert builds.child(0).text(0) == "Hat das Gewählte beendet"
    builds.child(0).setSelected(True)
    dialogs.texts.append("Hat das Gewählte beendet")  # OK without a change: nothing is written
    dialog.rename()
    assert stored_name(services, "finished_choice") == "Finished what they chose"
    dialog.tree.topLevelItem(0).child(0).setSelected(True)
    dialogs.texts.append("Hat fertig gemacht")
    dialog.rename()
    assert stored_name(services, "finished_choice") == "Hat fertig gemacht"
    assert dialog.tree.topLevelItem(0).child(0).text(0) == "Hat fertig gemacht"
