"""The app's language: chosen from the system locale unless the teacher picked one in Preferences.

Translations are written in `resources/translations/autonomy_<lang>.ts` (Qt Linguist sources, kept current by
`packaging/update_translations.sh`) and loaded as compiled `.qm` catalogues. Where the `.qm` comes from:

* **Build and install time** (the frozen app, the release archive): `packaging/build.py` runs
  `pyside6-lrelease` and ships `autonomy_<lang>.qm` beside the `.ts`. The frozen app has no Qt tools in it,
  so it must be handed compiled catalogues.
* **First run** (a source checkout, `pip install`): there is no `.qm` beside the `.ts`, so the `.ts` is
  compiled once with the `pyside6-lrelease` that comes with PySide6 into the user's cache folder, named by the
  hash of the `.ts` (an edited `.ts` is simply compiled again). No binary file lives in the source tree.

If neither works (no lrelease), the app stays in English and says why in the log; it never fails to start.

`pseudo` is a test language: every string is stretched by 40 % (and its letters accented), so a layout that
would clip a longer translation shows it in English-speaking development.

Runs on the GUI thread, before the first window is built.
"""

from __future__ import annotations

import logging
import math
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from autonomy.core.resources import resource_path

log = logging.getLogger("autonomy.ui")

ORGANISATION = APPLICATION = "Autonomy"  # where QSettings() keeps the teacher's Preferences (ui/app/start.py)
SETTING_KEY = "ui/language"  # "" (or missing): the system's language
ENV_LANGUAGE = "AUTONOMY_LANGUAGE"  # overrides the setting (screenshots, support)
ENV_CACHE = "AUTONOMY_CACHE_DIR"
SOURCE_LANGUAGE = "en"
PSEUDO = "pseudo"
STRETCH = 0.4

_installed: list[QTranslator] = []  # Qt does not own installed translators: keep them alive here
_current = SOURCE_LANGUAGE


# --- which language ---------------------------------------------------------------------------------
def translations_dir() -> Path:
    return resource_path("translations")


def shipped_languages() -> list[str]:
    """English (the source) and every language with a catalogue, e.g. ["en", "de"]."""
    found: set[str] = set()
    folder = translations_dir()
    if folder.is_dir():
        for path in folder.iterdir():
            match = re.fullmatch(r"autonomy_([a-z]{2,3}(?:_[A-Z]{2})?)\.(?:ts|qm)", path.name)
            if match:
                found.add(match.group(1))
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def language_name(code: str) -> str:
    """The language's own name ("Deutsch"), as a teacher looks for it in a list."""
    if code == PSEUDO:
        return "Pseudo (+40 %)"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def choose_language(preference: str, system_languages: Sequence[str], shipped: Sequence[str]) -> str:
    """The preference if it is shipped (or pseudo); else the first system language shipped; else English."""
    preference = (preference or "").strip()
    if preference == PSEUDO or preference in shipped:
        return preference
    for wanted in system_languages:
        tag = wanted.replace("-", "_")
        for candidate in (tag, tag.split("_")[0].lower()):
            if candidate in shipped:
                return candidate
    return SOURCE_LANGUAGE


def system_languages() -> list[str]:
    """The system's UI languages, most preferred first (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux)."""
    return list(QLocale.system().uiLanguages())


def current_language() -> str:
    """The language installed by `install()` ("en", "de", or "pseudo")."""
    return _current


def prompt_language() -> str:
    """The language the reflection prompts should be in (pseudo reads the English library)."""
    return SOURCE_LANGUAGE if _current == PSEUDO else _current


# --- compiling ----------------------------------------------------------------------------------------
def cache_dir() -> Path:
    given = os.environ.get(ENV_CACHE)
    if given:
        return Path(given).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("autonomy", appauthor=False))


def find_lrelease() -> list[str] | None:
    """The command that runs Qt's lrelease: PySide6's wrapper script, or the binary inside the package."""
    import shutil

    beside = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (beside / name).is_file():
            return [str(beside / name)]
    on_path = shutil.which("pyside6-lrelease")
    if on_path:
        return [on_path]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
    except ImportError:  # pragma: no cover - PySide6 is imported above
        return None
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (package / name).is_file():
            return [str(package / name)]
    return None


def compile_catalogue(ts: Path, qm: Path) -> bool:
    """Compile one .ts into .qm with lrelease; False (and a log line) if it cannot be done."""
    import subprocess

    command = find_lrelease()
    if command is None:
        log.warning("pyside6-lrelease was not found; %s stays uncompiled and the app uses English", ts.name)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".part")
    try:
        subprocess.run([*command, "-silent", str(ts), "-qm", str(partial)], check=True, capture_output=True,
                       timeout=60)
        os.replace(partial, qm)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("compiling %s failed: %s", ts.name, exc)
        partial.unlink(missing_ok=True)
        return False
    return True


def catalogue_for(language: str, cache: Path | None = None) -> Path | None:
    """The compiled catalogue for a language: shipped beside its .ts, or compiled into the cache once."""
    folder = translations_dir()
    shipped = folder / f"autonomy_{language}.qm"
    if shipped.is_file():
        return shipped
    source = folder / f"autonomy_{language}.ts"
    if not source.is_file():
        return None
    import hashlib

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    try:
        compiled = (cache or cache_dir()) / "translations" / f"autonomy_{language}-{digest}.qm"
    except Exception as exc:  # no usable cache folder: stay in English rather than fail
        log.warning("no cache folder for translations: %s", exc)
        return None
    if compiled.is_file() or compile_catalogue(source, compiled):
        return compiled
    return None


# --- translators ----------------------------------------------------------------------------------------
class CatalogueTranslator(QTranslator):
    """Our catalogue, with one forgiving rule: a text lupdate filed under another context still translates.

    Module-level helpers (`def tr(text): return QCoreApplication.translate("Errors", text)`) and calls on a
    variable (`dialog.tr(...)`) are filed by lupdate under "" or the variable's name, while Qt asks with the
    real context. So a miss in the asked context is looked up in the catalogue's other contexts.
    """

    def __init__(self, source: Path | None = None) -> None:
        super().__init__()
        self._contexts: tuple[str, ...] = ("",)
        if source is not None and source.is_file():
            import xml.etree.ElementTree as ET

            try:
                names = {(node.text or "") for node in ET.parse(source).getroot().iter("name")}
                self._contexts = ("", *sorted(names - {""}))
            except (OSError, ET.ParseError):
                pass

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None (a null QString) means "not here": Qt then asks the next translator or keeps the source text.
        # An empty string would be taken as the translation, and every untranslated text would vanish.
        if not source:
            return None
        for candidate in (context, *(c for c in self._contexts if c != context)):
            found = super().translate(candidate, source, disambiguation, n)
            if found:
                return found
        return None


_PROTECTED = re.compile(r"\{[^{}]*\}|%(?:L?\d+|n)|<[^>]*>|&[A-Za-z#0-9]+;|&&|&(?=\w)")
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsCNS", "áéîõüýÅÉÎÕÜÝçñšÇÑŠ")


def stretch(text: str) -> str:
    """The pseudo translation: accented letters and 40 % more of them, placeholders and markup untouched."""
    lines = []
    for line in text.split("\n"):
        pieces, visible, last = [], 0, 0
        for match in _PROTECTED.finditer(line):
            plain = line[last:match.start()]
            pieces.append(plain.translate(_ACCENTS))
            visible += len(plain)
            pieces.append(match.group(0))
            last = match.end()
        plain = line[last:]
        pieces.append(plain.translate(_ACCENTS))
        visible += len(plain)
        letters = [c for c in re.sub(_PROTECTED, "", line) if not c.isspace()]
        extra = math.ceil(visible * STRETCH)
        if extra and letters:
            pieces.append("".join(letters[i % len(letters)] for i in range(extra)).translate(_ACCENTS))
        lines.append("".join(pieces))
    return "\n".join(lines)


class PseudoTranslator(QTranslator):
    """Every text stretched by 40 %: a layout check, not a language."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: ARG002 - Qt's
                  n: int = -1) -> str | None:  # noqa: ARG002
        return stretch(source) if source else None

    def isEmpty(self) -> bool:
        return False


# --- installing ----------------------------------------------------------------------------------------
def _qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own texts (OK, Cancel, the file dialog) in the language, if Qt ships them."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for where in (folder, str(translations_dir())):
        if translator.load(f"qtbase_{language}", where):
            return translator
    return None


def remove() -> None:
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE_LANGUAGE


def install_language(language: str, cache: Path | None = None) -> str:
    """Install the translators for `language`; returns the language actually in use."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    remove()
    if language == PSEUDO:
        pseudo = PseudoTranslator()
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        _current = PSEUDO
        return PSEUDO
    if language == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale.system())  # English words, the teacher's regional formats
        return SOURCE_LANGUAGE
    catalogue = catalogue_for(language, cache)
    ours = CatalogueTranslator(translations_dir() / f"autonomy_{language}.ts")
    if catalogue is None or not ours.load(str(catalogue)):
        log.warning("no usable catalogue for %r; the app stays in English", language)
        return SOURCE_LANGUAGE
    qt = _qt_catalogue(language)
    for translator in (qt, ours):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    _current = language
    return language


def install(settings: QSettings | None = None, cache: Path | None = None) -> str:
    """Pick the language (env override, then the setting, then the system) and install it."""
    preference = os.environ.get(ENV_LANGUAGE) or (str(settings.value(SETTING_KEY, "") or "") if settings else "")
    return install_language(choose_language(preference, system_languages(), shipped_languages()), cache)


def install_chosen(settings: QSettings, cache: Path | None = None) -> str:
    """The command line's language: AUTONOMY_LANGUAGE, else the one saved in Preferences; English when the teacher
    never chose one (not the system's, as the app does: a script's output stays the same on every machine)."""
    preference = os.environ.get(ENV_LANGUAGE) or str(settings.value(SETTING_KEY, "") or "")
    if not preference.strip():
        return SOURCE_LANGUAGE
    return install_language(choose_language(preference, [], shipped_languages()), cache)
