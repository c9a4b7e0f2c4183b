"""The language walk: every screen and dialog, built once in English and once in each shipped language over the
same class, and no string on it left in English.

A string fails when it is the same in both runs (a title, a notice, a sentence worded in English) unless only
names (the class's own data), numbers and the words the two languages share (tests/ui/words_alike/<lang>.txt)
are left in it; or when it holds a piece of an English source text its catalogue translates (an English label
inside a German sentence). Adding a language needs its catalogue and its words_alike file, nothing here.

The walk covers the main window with the student panel and the suggestions (its menus included), the notices
after a log, an undo and an accepted suggestion, the log, level, choices, import, student, classroom, ladder,
catalogue, decision, preferences, about and guide dialogs, the reflection conversation, a refused form, the coach
screen and the PDF report (through pdftotext).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from autonomy.core.types import SuggestionKind
from autonomy.ui.words import i18n
from tests.ui.history import TODAY, days_ago, earn_step_up, follow_up_due, two_breaks
from tests.ui.language_walk import ALLOWED, texts, untranslated

LANGUAGES = [language for language in i18n.shipped_languages() if language != i18n.SOURCE_LANGUAGE]
# What the class's records say in the teacher's own words: data, the same in every language.
TYPED = ("Moved seats", "Went to the canteen", "Stay in sight", "settled", "Library table", "Earned it")


class World:
    """A class with a history on every screen: levels changed by hand and by an accepted suggestion, breaks
    waiting for a conversation, a follow-up due, a choice, a step up waiting."""

    def __init__(self, qtbot, backend, services, settings, classroom, students) -> None:
        self.qtbot, self.backend, self.services, self.settings = qtbot, backend, services, settings
        self.classroom, self.students = classroom, students
        amira, ben, chloe = (s.id for s in students)
        services.levels.change_level(amira, "workspace", 1, reason="Earned it", at=days_ago(20))
        earn_step_up(services, amira)
        step_up = next(s for s in services.suggestions.for_student(amira) if s.kind == SuggestionKind.STEP_UP)
        services.suggestions.accept(step_up)  # the level history then shows the app's own reason
        earn_step_up(services, ben)
        two_breaks(services, ben)
        follow_up_due(services, chloe)
        services.choices.record(chloe, "workspace", "Library table")
        services.choices.record(chloe, "pacing", "Flexible within the lesson", choice_level=1)
        self.dara = services.roster.add_student(classroom.id, "Dara Nolan")
        earn_step_up(services, self.dara.id)  # her step up is accepted (and undone) in the notices' walk
        from autonomy.ui.app.about_dialog import FROZEN_PARTS, PARTS

        parts = [text for part in (*PARTS, *FROZEN_PARTS) for text in (part.name, part.licence)]
        languages = [i18n.language_name(code) for code in (*i18n.shipped_languages(), i18n.PSEUDO)]
        self.names = [*(s.name for s in students), self.dara.name, classroom.name, classroom.subject,
                      classroom.school_year, *TYPED, *parts, *languages]

    def keep(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        widget.show()
        self.qtbot.waitExposed(widget)
        for _ in range(3):
            QApplication.processEvents()
        return widget


def settle(world: World, ready: Callable[[], bool]) -> None:
    world.qtbot.waitUntil(ready, timeout=5000)
    QApplication.processEvents()


# --- the screens: each builds what a teacher would see and returns its strings ----------------------------------
def main_window(world: World) -> list[str]:
    from autonomy.ui.app.window import MainWindow

    window = MainWindow(world.settings)
    world.keep(window)
    window.resize(1366, 768)
    window.attach(world.backend, world.classroom.id)
    window.show_detail(True)
    window.show_suggestions(True)
    found: list[str] = []
    # Ben: a conversation waits; Amira: a level history with a level she was given and one the app suggested.
    for student in (world.students[1], world.students[0]):
        window.roster.select_ids([student.id])
        settle(world, lambda sid=student.id: window.detail.student_id == sid
               and window.suggestions.list.model().rowCount() > 0)
        for tab in range(window.detail.tabs.count()):
            window.detail.tabs.setCurrentIndex(tab)
            found += texts(window)
    window.close()
    return found


def notices(world: World) -> list[str]:
    """The notice and the Edit menu after a log, its undo, and an accepted suggestion (and that undo too)."""
    from autonomy.ui.app.window import MainWindow

    window = MainWindow(world.settings)
    world.keep(window)
    window.attach(world.backend, world.classroom.id)
    amira, ben, dara = world.students[0].id, world.students[1].id, world.dara.id
    found: list[str] = []

    def seen() -> None:
        found.extend([window.notice.label.text(), window.statusBar().currentMessage(),
                      window.undo.undo_action.text(), window.undo.redo_action.text()])

    world.backend.lane.write(lambda: world.services.events.log([amira, ben], "build", "helped_peer"))
    settle(world, lambda: window.notice.showing)
    seen()
    window.undo.undo()
    settle(world, lambda: window.undo.redo_action.isEnabled())
    seen()
    window.roster.select_ids([dara])
    window.show_suggestions(True)
    settle(world, lambda: window.suggestions.list.model().rowCount() > 0)
    step_up = next(s for s in world.services.suggestions.for_student(dara) if s.kind == SuggestionKind.STEP_UP)
    window.suggestions.select_suggestion(step_up)
    window.suggestions.accept_current()
    settle(world, lambda: "Dara" in window.notice.label.text())
    seen()
    window.undo.undo()  # the suggestion comes back for the next language's run
    settle(world, lambda: window.undo.redo_action.isEnabled())
    seen()
    window.close()
    return found


def dialog(build: Callable[[World], QWidget]) -> Callable[[World], list[str]]:
    def walk(world: World) -> list[str]:
        top = world.keep(build(world))
        found = texts(top)
        top.close()
        return found

    walk.__name__ = build.__name__
    return walk


@dialog
def log_dialog(world: World) -> QWidget:
    from autonomy.ui.roster.log_dialog import LogDialog

    return LogDialog("break", [s.name for s in world.students], world.backend.services.events.categories(),
                     world.backend.views.dimensions())


@dialog
def level_dialog(world: World) -> QWidget:
    from autonomy.ui.student.level_dialog import LevelDialog

    return LevelDialog(world.students[0].name, world.backend.views.dimensions(), {"workspace": 2})


@dialog
def choices_dialog(world: World) -> QWidget:
    from autonomy.ui.roster.choices_dialog import ChoicesDialog

    return ChoicesDialog(world.students[2].name, world.backend.views.dimensions(), {"workspace": 1}, {})


@dialog
def import_dialog(world: World) -> QWidget:
    from autonomy.ui.roster.import_dialog import ImportDialog

    return ImportDialog(world.backend, world.classroom.id, world.classroom.name)


@dialog
def add_student(world: World) -> QWidget:
    from autonomy.ui.setup.student_classroom_forms import student_dialog

    return student_dialog(world.backend, world.classroom.id, None)


@dialog
def edit_student(world: World) -> QWidget:
    from autonomy.ui.setup.student_classroom_forms import student_dialog

    return student_dialog(world.backend, world.classroom.id, world.students[0])


@dialog
def refused_student(world: World) -> QWidget:
    """The form after Save with no name: the refusal in the teacher's words."""
    from autonomy.ui.setup.student_classroom_forms import student_dialog

    form = student_dialog(world.backend, world.classroom.id, None)
    form.fields["name"].setText("   ")
    form.accept()
    return form


@dialog
def new_classroom(world: World) -> QWidget:
    from autonomy.ui.setup.student_classroom_forms import classroom_dialog

    return classroom_dialog(world.backend, None)


@dialog
def edit_classroom(world: World) -> QWidget:
    from autonomy.ui.setup.student_classroom_forms import classroom_dialog

    return classroom_dialog(world.backend, world.classroom)


@dialog
def ladders(world: World) -> QWidget:
    from autonomy.ui.setup.vocabulary_dialogs import LadderDialog

    return LadderDialog(world.backend)


@dialog
def catalogue(world: World) -> QWidget:
    from autonomy.ui.setup.vocabulary_dialogs import CatalogueDialog

    return CatalogueDialog(world.backend)


@dialog
def decision(world: World) -> QWidget:
    from autonomy.ui.suggestions.decision_dialogs import DecisionDialog
    from autonomy.ui.words.suggestion_sentences import sentence

    waiting = world.services.suggestions.for_student(world.students[1].id)[0]
    return DecisionDialog(True, sentence(waiting, {d.key: d for d in world.backend.views.dimensions()}), TODAY)


@dialog
def dismiss(world: World) -> QWidget:
    from autonomy.ui.suggestions.decision_dialogs import DecisionDialog
    from autonomy.ui.words.suggestion_sentences import sentence

    waiting = world.services.suggestions.for_student(world.students[2].id)[0]
    return DecisionDialog(False, sentence(waiting, {d.key: d for d in world.backend.views.dimensions()}), TODAY)


@dialog
def preferences(world: World) -> QWidget:
    from autonomy.ui.setup.preferences_dialog import PreferencesDialog

    return PreferencesDialog(world.backend, world.settings)


@dialog
def about(world: World) -> QWidget:
    from autonomy.ui.app.about_dialog import AboutDialog

    return AboutDialog()


@dialog
def guide(world: World) -> QWidget:
    from autonomy.ui.app.guide_dialog import GuideDialog

    return GuideDialog()


@dialog
def reflection(world: World) -> QWidget:
    from autonomy.ui.reflection.context import load_conversation
    from autonomy.ui.reflection.dialog import ReflectionDialog

    ben = world.students[1].id
    reflect = next(s for s in world.services.suggestions.for_student(ben) if s.kind == SuggestionKind.REFLECT)
    loaded: list = []
    world.backend.lane.run(lambda: load_conversation(world.backend, ben, reflect), loaded.append)
    return ReflectionDialog(world.backend, loaded[0])


def coach(world: World) -> list[str]:
    from autonomy.ui.coach.screen import CoachScreen

    screen = CoachScreen(world.backend, today=TODAY)
    screen.resize(1366, 768)
    world.keep(screen)
    with world.qtbot.waitSignal(screen.loaded, timeout=10000):
        screen.start()
    found = texts(screen)
    screen.close()
    return found


def report(world: World) -> list[str]:
    from autonomy.ui.coach.report import summary_line, write_report

    path = Path(world.settings.fileName()).with_name(f"report-{i18n.current_language()}.pdf")
    data = world.services.coach.class_data(world.classroom.id, TODAY - dt.timedelta(days=30), TODAY)
    pages = write_report(data, path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # pdftotext lays columns side by side: a line may hold two texts; split where the layout left a wide gap.
    found = [part.strip() for line in lines for part in re.split(r"\s{3,}", line) if part.strip()]
    return [*found, summary_line(data, pages, path, 1.0)]


SCREENS: dict[str, Callable[[World], list[str]]] = {walk.__name__: walk for walk in (
    main_window, notices, log_dialog, level_dialog, choices_dialog, import_dialog, add_student, edit_student,
    refused_student, new_classroom, edit_classroom, ladders, catalogue, decision, dismiss, preferences, about, guide,
    reflection, coach, report)}


def in_english(world: World, walk: Callable[[World], list[str]]) -> list[str]:
    i18n.remove()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return walk(world)


@pytest.fixture
def world(qtbot, backend, services, settings, classroom, students) -> World:
    before = QLocale()
    yield World(qtbot, backend, services, settings, classroom, students)
    i18n.remove()
    QLocale.setDefault(before)


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_is_left_on_any_screen(language: str, screen: str, world: World, catalogue_cache: Path) -> None:
    if screen == "report" and not shutil.which("pdftotext"):
        pytest.skip("needs poppler's pdftotext")
    walk = SCREENS[screen]
    english = in_english(world, walk)
    assert i18n.install_language(language, cache=catalogue_cache) == language
    shown = walk(world)
    assert shown, f"the walk found nothing on {screen}"
    problems = untranslated(shown, english, language, world.names)
    assert not problems, f"{screen} in {language}: {len(problems)} English string(s)\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_word_for_one_thing(language: str) -> None:
    """The glossary (tests/ui/words_alike/<lang>.glossary, if there is one): no translation uses a word it
    replaces (the menu said "Lernende" where every other screen says "Schüler/innen")."""
    import xml.etree.ElementTree as ET

    glossary = ALLOWED / f"{language}.glossary"
    if not glossary.is_file():
        pytest.skip(f"no glossary for {language}")
    avoided = [line.split("=>")[0].strip() for line in glossary.read_text(encoding="utf-8").splitlines()
               if "=>" in line and not line.lstrip().startswith("#")]
    catalogue = ET.parse(i18n.translations_dir() / f"autonomy_{language}.ts").getroot()
    found = [(word, text) for text in (m.findtext("translation") or "" for m in catalogue.iter("message"))
             for word in avoided if re.search(rf"\b{re.escape(word)}\b", text)]
    assert not found, found


def test_the_walk_sees_an_english_string(qtbot, catalogue_cache: Path) -> None:
    """The check itself: an English title, and an English piece in a translated sentence, are both caught."""
    assert i18n.install_language("de", cache=catalogue_cache) == "de"
    try:
        problems = untranslated(["Add a student", "Rückgängig: Helped a classmate", "Amira Haddad", "42"],
                                ["Add a student", "Amira Haddad", "42"], "de", ["Amira Haddad"])
    finally:
        i18n.remove()
    assert problems == ["same as in English: 'Add a student'",
                        "English 'Helped a classmate' in 'Rückgängig: Helped a classmate'"]
