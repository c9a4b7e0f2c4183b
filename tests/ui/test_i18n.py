"""Translations: the language is chosen as promised, the German and French catalogues are complete and faithful,
they are compiled and loaded, the prompt library speaks German too (French: tests/core/test_french_prompts.py),
and the app renders in German."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from autonomy.core import prompts
from autonomy.ui.words import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")
# Every language with a catalogue (German, French, and any added later) is held to the same checks.
TRANSLATED = sorted(p.stem.removeprefix("autonomy_") for p in TRANSLATIONS.glob("autonomy_*.ts"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


@pytest.fixture
def english(qtbot):  # a QApplication must exist
    """Whatever a test installs, the next test starts in English again."""
    yield
    i18n.remove()


# --- choosing -----------------------------------------------------------------------------------------
def test_the_preference_wins_then_the_system_then_english() -> None:
    shipped = ["en", "de", "fr"]
    assert i18n.choose_language("de", ["en-US"], shipped) == "de"
    assert i18n.choose_language("", ["fr-CA", "de-AT"], shipped) == "fr"
    assert i18n.choose_language("", ["es-ES", "fr-BE"], shipped) == "fr"
    assert i18n.choose_language("en", ["de-DE"], shipped) == "en"
    assert i18n.choose_language("", ["de-DE", "en-US"], shipped) == "de"
    assert i18n.choose_language("", ["es-ES", "de-AT"], shipped) == "de"
    assert i18n.choose_language("", ["es-ES"], shipped) == "en"
    assert i18n.choose_language("xx", ["es-ES"], shipped) == "en"  # a stale setting is ignored
    assert i18n.choose_language("pseudo", [], shipped) == "pseudo"


def test_german_and_french_are_shipped() -> None:
    assert i18n.shipped_languages()[:1] == ["en"]
    assert {"de", "fr"} <= set(i18n.shipped_languages())
    assert i18n.language_name("de") == "Deutsch"
    assert i18n.language_name("fr") == "Français"


def test_the_environment_overrides_the_setting(english, monkeypatch, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING_KEY, "en")
    monkeypatch.setenv(i18n.ENV_LANGUAGE, "de")
    assert i18n.install(settings, cache=tmp_path) == "de"
    monkeypatch.delenv(i18n.ENV_LANGUAGE)
    assert i18n.install(settings, cache=tmp_path) == "en"


# --- the catalogue ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", TRANSLATED)
def test_the_catalogue_is_complete_and_keeps_placeholders_and_mnemonics(language: str) -> None:
    problems = []
    found = messages(TRANSLATIONS / f"autonomy_{language}.ts")
    assert len(found) > 200
    for context, source, translation in found:
        text = translation.text or "" if translation is not None else ""
        where = f"{context or '(no context)'}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished") or not text:
            problems.append(f"{where} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: the placeholders differ in {text!r}")
        mnemonic = re.compile(r"&(?!&)\S")
        if bool(mnemonic.search(source)) != bool(mnemonic.search(text)) or len(mnemonic.findall(text)) > 1:
            problems.append(f"{where}: the keyboard mnemonic (&) is lost or doubled in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_catalogues_hold_every_string_in_the_code(tmp_path: Path) -> None:
    """packaging/update_translations.sh has been run since the last UI change (else: run it, translate)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (ROOT / "autonomy" / "ui").rglob("*.py") if p.name != "__init__.py")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    in_code = {(c, s) for c, s, _t in messages(fresh)}
    for ts in ["autonomy.ts", *(f"autonomy_{language}.ts" for language in TRANSLATED)]:
        shipped = {(c, s) for c, s, t in messages(TRANSLATIONS / ts) if t is None or t.get("type") != "vanished"}
        missing = sorted(in_code - shipped)
        assert not missing, f"{ts} lacks {len(missing)} string(s), e.g. {missing[:5]}: run " \
                            "packaging/update_translations.sh and translate them"


def test_german_is_compiled_once_into_the_cache_and_used(english, tmp_path: Path) -> None:
    assert i18n.install_language("de", cache=tmp_path) == "de"
    compiled = list((tmp_path / "translations").glob("autonomy_de-*.qm"))
    assert len(compiled) == 1
    stamp = compiled[0].stat().st_mtime_ns
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    # Module-level helpers are filed by lupdate under no context; they still translate.
    assert QCoreApplication.translate("RosterModel", "Built") == "Gestärkt"
    assert QCoreApplication.translate("Errors", "Something went wrong") == "Etwas ist schiefgegangen"
    assert i18n.current_language() == "de" and i18n.prompt_language() == "de"
    i18n.install_language("de", cache=tmp_path)
    assert compiled[0].stat().st_mtime_ns == stamp  # reused, not compiled again
    i18n.remove()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_text_the_catalogue_lacks_stays_in_english_instead_of_vanishing(english, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install_language("de", cache=tmp_path)
    assert QCoreApplication.translate("MainWindow", "Not in any catalogue") == "Not in any catalogue"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == ["Abbrechen", "Speichern"]  # Qt's own


def test_without_lrelease_the_app_stays_in_english(english, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    assert i18n.install_language("de", cache=tmp_path) == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


# --- pseudo ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Trust built", "&Import roster from CSV…", "{n} students · {w} waiting",
                                  "<b>Bold</b> words", "Line one\nLine two", "%n row(s)"])
def test_pseudo_stretches_by_40_percent_and_keeps_what_code_relies_on(text: str) -> None:
    stretched = i18n.stretch(text)

    def visible(s: str) -> int:  # what is drawn of the text itself: no markup, no placeholder
        return len(PLACEHOLDER.sub("", re.sub(r"<[^>]+>", "", s)))

    assert visible(stretched) >= visible(text) * 1.35
    assert PLACEHOLDER.findall(stretched) == PLACEHOLDER.findall(text)
    assert stretched.count("&") == text.count("&")
    assert re.findall(r"<[^>]+>", stretched) == re.findall(r"<[^>]+>", text)
    assert stretched.count("\n") == text.count("\n")
    assert stretched != text


def test_pseudo_translates_every_context(english) -> None:
    assert i18n.install_language("pseudo") == "pseudo"
    assert QCoreApplication.translate("Anything", "Save") == i18n.stretch("Save")
    assert i18n.prompt_language() == "en"


# --- the prompt library ----------------------------------------------------------------------------------
def test_the_german_prompt_library_matches_the_english_one() -> None:
    english_library, german = prompts.load_library(), prompts.load_library(language="de")
    assert german.language == "de" and english_library.language == "en"
    assert [(p.id, p.purpose, p.severity, p.dimensions, p.habits, p.order) for p in german.prompts] == \
           [(p.id, p.purpose, p.severity, p.dimensions, p.habits, p.order) for p in english_library.prompts]
    for en, de in zip(english_library.prompts, german.prompts, strict=True):
        assert set(re.findall(r"\{\w+\}", en.text)) == set(re.findall(r"\{\w+\}", de.text)), de.id
        assert en.text != de.text, f"{de.id} is not translated"
    assert prompts.load_library(language="es").language == "en"  # no Spanish: the English library
    assert prompts.default_library("de") is prompts.default_library("de")


@pytest.mark.parametrize("values", [{}, {"name": "Lea", "dimension_name": "Arbeitsort", "level_name": "Platzwahl",
                                         "next_level_name": "Vor der Tür"}])
def test_every_german_prompt_reads_as_german_with_or_without_values(values: dict[str, str]) -> None:
    english_fallbacks = ("you", "this area", "your current step", "the next step", "“")
    for prompt in prompts.load_library(language="de").prompts:
        text = prompts.fill(prompt.text, language="de", **values)
        assert "{" not in text and "}" not in text, text
        assert not any(re.search(rf"\b{re.escape(w)}\b" if w.isalpha() else re.escape(w), text)
                       for w in english_fallbacks if w != "“") and "”" not in text, text
        assert "  " not in text and text[0].isupper(), text
        if values:
            assert "Lea" in text or "{name}" not in prompt.text


def test_picking_in_german_uses_german_quotes() -> None:
    library = prompts.load_library(language="de")
    picked = prompts.pick_prompts(library, purpose="step_up", name="Lea", dimension_name="Arbeitsort",
                                  level_name="Platzwahl", next_level_name="Vor der Tür", count=15)
    joined = " ".join(p.text for p in picked)
    assert "„Vor der Tür“" in joined and "“Vor der Tür”" not in joined


@pytest.mark.parametrize("language", ["de", "fr"])
def test_the_prompt_files_share_one_format(language: str) -> None:
    data = json.loads((ROOT / "resources" / "prompts" / f"prompts.{language}.json").read_text(encoding="utf-8"))
    assert data["format"] == prompts.FORMAT and data["version"] == prompts.VERSION


# --- the app in German -----------------------------------------------------------------------------------
def test_the_main_window_is_german(english, backend, settings, classroom, students, qtbot, tmp_path) -> None:
    from autonomy.ui.app.window import MainWindow

    i18n.install_language("de", cache=tmp_path)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.attach(backend, classroom.id)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Datei", "&Bearbeiten"] and "&Hilfe" in titles
    assert window.roster is not None
    headers = [window.roster.model.headerData(c, _horizontal()) for c in range(window.roster.model.columnCount())]
    assert "Gestärkt" in headers


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


@pytest.mark.slow
def test_a_german_screenshot_of_the_roster(tmp_path: Path) -> None:
    """The real start-up path: `autonomy gui --screenshot` with the language from the environment."""
    env = dict(os.environ, AUTONOMY_LANGUAGE="de", QT_QPA_PLATFORM="offscreen",
               AUTONOMY_CACHE_DIR=str(tmp_path / "cache"))
    run = [sys.executable, "-m", "autonomy", "--data-dir", str(tmp_path / "data")]
    subprocess.run([*run, "demo", "--students", "6", "--days", "10", "--seed", "7"], check=True, env=env,
                   capture_output=True, timeout=120)
    shot = tmp_path / "de.png"
    done = subprocess.run([*run, "gui", "--screenshot", str(shot)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    assert list((tmp_path / "cache" / "translations").glob("autonomy_de-*.qm"))  # German was compiled and used
