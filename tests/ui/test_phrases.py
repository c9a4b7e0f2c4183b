"""Stored phrases worded when shown, in the language of the moment (autonomy/ui/words/phrases.py), and refusals
in a teacher's words (autonomy/ui/words/refusals.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from autonomy.core import phrases as core_phrases
from autonomy.core.errors import ChangedSince, InvalidInput
from autonomy.core.types import SuggestionKind
from autonomy.storage.models import Action
from autonomy.ui.app.undo import UndoController
from autonomy.ui.words import i18n
from autonomy.ui.words.phrases import TEMPLATES, label_text, reason_text
from autonomy.ui.words.refusals import refusal_text
from tests.ui.history import earn_step_up


def test_the_translatable_templates_are_the_cores_english() -> None:
    assert TEMPLATES == core_phrases.ENGLISH


def test_a_label_written_in_english_reads_in_german(qtbot, backend, services, students, catalogue_cache) -> None:
    i18n.remove()  # an English session writes the label ...
    undo = UndoController(backend)
    backend.lane.write(lambda: services.events.log([students[0].id, students[1].id], "build", "helped_peer"))
    assert undo.undo_action.text() == "&Undo Logged ‘Helped a classmate’ for Amira Haddad and Ben Okafor"
    stored = services.history.can_undo().label
    assert i18n.install_language("de", cache=catalogue_cache) == "de"  # ... and a German one reads it
    try:
        assert label_text(stored) == "„Hat jemandem aus der Klasse geholfen“ für Amira Haddad und Ben Okafor erfasst"
        undo.refresh()  # the Edit menu (shortened to fit a menu)
        assert undo.undo_action.text().startswith("&Rückgängig: „Hat jemandem aus der Klasse geholfen“ für Amira")
    finally:
        i18n.remove()
    assert label_text(stored) == "Logged ‘Helped a classmate’ for Amira Haddad and Ben Okafor"  # and back


def test_an_old_english_label_is_shown_as_it_was_stored(german, qtbot, backend, services, students) -> None:
    """A database written before phrases keeps its English labels: shown as they are, in any language."""
    services.roster.set_student_active(students[1].id, False)
    with services.db.engine.begin() as conn:
        conn.execute(update(Action).values(label="Archived student"))
    undo = UndoController(backend)
    undo.refresh()
    assert undo.undo_action.text() == "&Rückgängig: Archived student"
    assert label_text("Changed level") == "Changed level"


def test_names_are_counted_past_three(german) -> None:
    stored = core_phrases.label(core_phrases.LOGGED, category="Distracted others", category_key="distracted_others",
                                students=["A", "B", "C", "D", "E"])
    assert label_text(stored) == "„Hat andere abgelenkt“ für A, B und 3 weitere erfasst"


def test_an_accepted_suggestion_reads_in_the_language_of_the_moment(german, qtbot, services, students) -> None:
    amira = students[0].id
    earn_step_up(services, amira)
    services.suggestions.accept(next(s for s in services.suggestions.for_student(amira)
                                     if s.kind == SuggestionKind.STEP_UP))
    [change] = services.levels.history(amira)
    german_reason = reason_text(change.reason)
    assert german_reason.startswith("Amira Haddad hat die Freiheit im Bereich Arbeitsort seit dem ")
    assert german_reason.endswith("von „Fester Platz“ auf „Plätze im Raum“.")
    assert label_text(services.history.can_undo().label) == (
        "Angenommen: Amira Haddad im Bereich Arbeitsort auf „Plätze im Raum“")
    i18n.remove()
    assert reason_text(change.reason).startswith("Amira Haddad has used the freedom in Workspace well 4 times")
    assert reason_text("Kept to the weekly plan") == "Kept to the weekly plan"  # the teacher's words as typed


def test_the_level_history_shows_the_reason_worded(german, qtbot, backend, services, students) -> None:
    from autonomy.ui.student.panel import DetailPanel

    amira = students[0].id
    earn_step_up(services, amira)
    services.suggestions.accept(next(s for s in services.suggestions.for_student(amira)
                                     if s.kind == SuggestionKind.STEP_UP))
    panel = DetailPanel(backend)
    qtbot.addWidget(panel)
    panel.show_student(amira)
    qtbot.waitUntil(lambda: panel.history.topLevelItemCount() == 1, timeout=5000)
    assert panel.history.topLevelItem(0).text(3).startswith("Amira Haddad hat die Freiheit im Bereich Arbeitsort")


@pytest.mark.parametrize("error,english,german_text", [
    (InvalidInput("student name", "is empty", code="empty"), "Type the student’s name first.",
     "Bitte zuerst den Namen der Schülerin / des Schülers eintragen."),
    (InvalidInput("note", "is 20,001 characters long; the limit is 20,000", code="too_long",
                  values={"length": 20_001, "limit": 20_000}),
     "“Note” is 20,001 characters long; at most 20,000 fit.", "„Notiz“ ist 20.001 Zeichen lang; höchstens 20.000 "
     "passen hinein."),
    (InvalidInput("student", "Ben is archived", code="archived", values={"name": "Ben"}),
     "Ben is archived: restore them first to log for them.",
     "Ben ist archiviert: Zum Erfassen bitte zuerst wiederherstellen."),
])
def test_refusals_are_worded_for_a_teacher(qtbot, catalogue_cache, error, english: str, german_text: str) -> None:
    i18n.remove()
    assert refusal_text(error) == english
    assert i18n.install_language("de", cache=catalogue_cache) == "de"
    try:
        assert refusal_text(error) == german_text
    finally:
        i18n.remove()


def test_a_stale_undo_names_the_step_in_the_language_of_the_moment(german) -> None:
    stale = ChangedSince(core_phrases.label(core_phrases.ARCHIVED_STUDENT, name="Ben Okafor"), undo=True)
    assert "“Archived Ben Okafor” cannot be undone" in str(stale)  # the command line's English
    assert refusal_text(stale).startswith("„Ben Okafor archiviert“ lässt sich nicht rückgängig machen")
