"""The app in French: the catalogue is compiled and used (Qt's own buttons too), dates say « mer. 25 nov. »,
the roster, the student view, the reflection dialog and the coach screen speak French and clip no label. The
expected French is written out here, not computed by the code under test."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QDialogButtonBox, QLabel

from autonomy.ui.coach import style
from autonomy.ui.coach.report import number_text
from autonomy.ui.coach.screen import CoachScreen
from autonomy.ui.roster.model import COL_FIRST_DIMENSION, COL_WAITING
from autonomy.ui.words import dates, i18n
from tests.ui.history import days_ago, earn_step_up
from tests.ui.test_german_dates import DEMO_TODAY, demo  # noqa: F401 - the fixture
from tests.ui.test_german_screens import cell, headers, roster
from tests.ui.test_pseudo_locale import clipped

NNBSP = "\u202f"
CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "autonomy_fr.ts"
# Words French writes as English does; anything else identical to its English source was left untranslated.
SAME_IN_FRENCH = {"observation", "observations", "suggestion", "suggestions", "dimension", "note", "version",
                  "licence", "guide", "autonomy", "pdf", "message", "notes", "date", "question"}
FRENCH_DAY = re.compile(r"\b(lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|"
                        r"août|sept\.|oct\.|nov\.|déc\.)")
ENGLISH_DAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


def test_french_is_compiled_and_used_with_qts_own_buttons(french) -> None:
    assert i18n.current_language() == "fr" and i18n.prompt_language() == "fr"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QCoreApplication.translate("RosterModel", "Built") == "Gagnée"  # filed under no context by lupdate
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == ["Annuler", "Enregistrer"]


def test_french_dates_and_numbers(french, qtbot) -> None:
    assert dates.weekday_text(dt.datetime(2026, 11, 25, 14, 5), year=True) == "mer. 25 nov. 2026  14:05"
    assert dates.day_text(dt.date(2026, 9, 3), year=True) == "3 sept. 2026"
    assert dates.month_text(dt.date(2027, 1, 1), year=True) == "janv. 2027"
    assert dates.span_text(dt.date(2026, 5, 30), dt.date(2026, 11, 25)) == "30 mai 2026 – 25 nov. 2026"
    assert style.when_text(dt.datetime(2026, 11, 25, 14, 5)) == "mer. 25 nov. 2026, 14:05"
    assert number_text(2509) == f"2{NNBSP}509" and number_text(2.21, 1) == "2,2"
    field, with_time = QDateEdit(QDate(2026, 5, 26)), QDateTimeEdit(QDateTime(QDate(2026, 5, 26), QTime(14, 5)))
    for widget in (field, with_time):
        qtbot.addWidget(widget)
    dates.dress_date_edit(field)
    dates.dress_date_edit(with_time, weekday=True, time=True)
    assert (field.text(), with_time.text()) == ("26 mai 2026", "mar. 26 mai 2026  14:05")


def test_the_main_window_is_french(french, backend, settings, classroom, students, qtbot) -> None:
    from autonomy.ui.app.window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, classroom.id)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Fichier", "É&dition", "&Noter", "É&lèves", "&Configuration", "Aff&ichage", "&Aide"]
    for menu in (a.menu() for a in window.menuBar().actions()):
        keys = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&(\w)", a.text()))]
        assert len(keys) == len(set(keys)), f"mnemonics clash in {menu.title()}: {keys}"


def test_the_french_roster_speaks_french(french, qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    services.levels.change_level(amira, "workspace", 1, at=days_ago(12))
    earn_step_up(services, amira)
    panel = roster(qtbot, backend, classroom)
    assert headers(panel) == ["Lieu de travail", "Rythme", "Choix du travail", "Preuves d’acquis"]
    assert cell(panel, students[1].id, COL_FIRST_DIMENSION, Qt.ItemDataRole.ToolTipRole).startswith(
        "Lieu de travail\u202f: niveau 0 sur 4, Place attribuée.")
    assert cell(panel, amira, COL_WAITING) == "● Monter"
    sentence = cell(panel, amira, COL_WAITING, Qt.ItemDataRole.ToolTipRole)
    assert sentence.startswith("Amira Haddad a bien utilisé la liberté dans le domaine Lieu de travail 4 fois")
    assert sentence.endswith(f"de «{NNBSP}Places dans la salle{NNBSP}» à «{NNBSP}Juste dehors, en vue{NNBSP}».")
    assert not ENGLISH_DAY.search(sentence)


def test_the_french_coach_screen_clips_no_label(french, qtbot, backend, demo) -> None:  # noqa: F811 - fixture
    screen = CoachScreen(backend, today=DEMO_TODAY)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    with qtbot.waitSignal(screen.loaded, timeout=5000):
        screen.start()
    for _ in range(3):
        QApplication.processEvents()
    assert screen.date_to.text() == "20 nov. 2026"
    assert "<b>Classes</b> (cochez-en plusieurs pour comparer)" in [w.text() for w in screen.findChildren(QLabel)]
    problems = clipped(screen)
    assert not problems, "\n".join(problems)


def test_preferences_offer_francais(qtbot, backend, settings) -> None:
    from autonomy.ui.setup.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(backend, settings)
    qtbot.addWidget(dialog)
    index = dialog.language.findData("fr")
    assert index >= 0 and dialog.language.itemText(index) == "Français"
    dialog.language.setCurrentIndex(index)
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        dialog.accept()
    assert settings.value(i18n.SETTING_KEY) == "fr"


def test_the_french_reflection_dialog_asks_french_questions(french, qtbot, backend, services, students) -> None:
    from autonomy.core.types import SuggestionKind
    from tests.ui.history import two_breaks
    from tests.ui.test_reflection_dialog import conversation, open_dialog, suggestion_for

    amira = students[0].id
    two_breaks(services, amira)
    reflect = suggestion_for(services, amira, SuggestionKind.REFLECT)
    assert conversation(backend, amira, reflect).library.language == "fr"
    dialog = open_dialog(qtbot, backend, amira, reflect)
    texts = [slot.prompt.text for slot in dialog.slots]
    assert len(texts) == 5 and any("Amira" in t for t in texts)
    for text in texts:
        assert not re.search(r"\b(you|your|what|how|who|when)\b", text, re.IGNORECASE), text
        assert text.endswith(("\u202f?", ".")), text
    assert dialog.windowTitle() == "Entretien de réflexion\u202f: Amira Haddad"


def test_the_french_student_view_dates_its_lists_and_clips_no_tab(french, qtbot, backend, services,
                                                                   students) -> None:
    from tests.ui.test_german_dates import at, first_column, student_view

    amira = students[0].id
    services.events.log([amira], "build", "on_task_away", dimension="workspace", at=at(3))
    panel = student_view(qtbot, backend, services, amira)
    assert any(FRENCH_DAY.search(t) for t in first_column(panel.events))
    assert not any(ENGLISH_DAY.search(t) for t in first_column(panel.events))
    tabs = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert tabs == ["Événements et choi&x", "&Historique", "&Entretiens"]
    assert not [p for p in clipped(panel) if p.startswith("tab ")], clipped(panel)


def test_nothing_in_the_french_catalogue_is_left_in_english() -> None:
    left = []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        source, text = message.findtext("source") or "", message.findtext("translation") or ""
        plain = source.replace("&", "")
        words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"\{\w+\}|<[^>]+>|\*\.\w+", "", plain))}
        is_pattern = bool(re.fullmatch(r"[dMyHm :]+", source))  # a date pattern (Qt's letters)
        if text == source and not is_pattern and not words <= SAME_IN_FRENCH:
            left.append(source)
        if re.search(r" [?!:;»]|« ", text):
            left.append(f"{source!r}: a plain space where French wants U+202F in {text!r}")
    assert not left, left


def test_the_coach_describes_a_choice_in_french_quotes(french, demo) -> None:  # noqa: F811 - the fixture
    from autonomy.core.charts import CHOICE
    from tests.ui.test_german_dates import all_marks, coach_data

    choice, lane = next((m, lane) for m, lane in all_marks(coach_data(demo)) if m.kind == CHOICE and m.label)
    said = style.describe(choice, lane)
    assert said.startswith(f"Choix «{NNBSP}{choice.label}{NNBSP}»"), said
    assert "“" not in said and FRENCH_DAY.search(said) and not ENGLISH_DAY.search(said), said
