"""`autonomy report`: the PDF's content and page count (pdftotext, pdfinfo), anonymity, and the exit codes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.cli.helpers import DEMO_TODAY, base_env, expect, export_content, run_cli, students_of

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
                                reason="needs poppler (pdftotext, pdfinfo)")
FROM, TO = "2026-11-01", DEMO_TODAY.isoformat()
ENGLISH_DAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                         r"\d{4}")
GERMAN_DAY = re.compile(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\., \d{1,2}\. (Jan\.|Feb\.|März|Apr\.|Mai|Juni|Juli|Aug\.|"
                        r"Sept\.|Okt\.|Nov\.|Dez\.) \d{4}")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def a_class(shared_dir: Path) -> tuple[str, dict[str, str | None]]:
    doc = export_content(shared_dir)
    name = doc["classrooms"][0]["name"]
    return name, students_of(doc, name)


def test_report_has_a_cover_an_overview_and_a_page_per_student(shared_dir, tmp_path) -> None:
    name, students = a_class(shared_dir)
    out = tmp_path / "report.pdf"
    run = expect(run_cli(shared_dir, "report", "--class", name, "--out", str(out), "--from", FROM, "--to", TO), 0)
    assert "Wrote the report" in run.err
    assert pdf_pages(out) == 2 + len(students)
    text = pdf_text(out)
    for needle in ("Gradual release report", name, "In this period", "How the class opens up",
                   "Suggestion follow-through", "Days with a break", "Key events", "Workspace"):
        assert needle in text, needle
    for student in students:
        assert student in text
    assert ENGLISH_DAY.search(text) and not GERMAN_DAY.search(text)
    assert not (tmp_path / "report.pdf.part").exists()
    assert (out.stat().st_mode & 0o077) == 0  # private to the user, like every file the app writes


def test_report_in_german_when_asked(shared_dir, tmp_path) -> None:
    """AUTONOMY_LANGUAGE=de: the report the German app writes, dates and the coach's words included."""
    name, _students = a_class(shared_dir)
    out = tmp_path / "bericht.pdf"
    env = base_env(tmp_path, AUTONOMY_LANGUAGE="de", AUTONOMY_CACHE_DIR=str(tmp_path / "cache"))
    expect(run_cli(shared_dir, "report", "--class", name, "--out", str(out), "--from", FROM, "--to", TO, env=env), 0)
    text = unicodedata.normalize("NFKC", pdf_text(out))  # "fl" may come out as one ligature
    for needle in ("Bericht zur schrittweisen Übergabe", "Wichtige Ereignisse", "Tage mit Vertrauensbruch",
                   "Reflexionsgespräch", "Alle Vorschläge"):
        assert needle in text, needle
    assert GERMAN_DAY.search(text) and not ENGLISH_DAY.search(text)
    for english in ("Reflection conversation", "Trust broken", "from a suggestion", "decided by the teacher",
                    "after a reflection", "All suggestions", "not tied to one dimension"):
        assert english not in text, english


def test_report_in_the_language_saved_in_preferences(shared_dir, tmp_path) -> None:
    """The language the teacher chose in the app (QSettings ui/language) is the report's, summary line included."""
    name, _students = a_class(shared_dir)
    config = tmp_path / "config"
    (config / "Autonomy").mkdir(parents=True)
    (config / "Autonomy" / "Autonomy.conf").write_text("[ui]\nlanguage=de\n", encoding="utf-8")
    out = tmp_path / "bericht.pdf"
    env = base_env(tmp_path, XDG_CONFIG_HOME=str(config), AUTONOMY_CACHE_DIR=str(tmp_path / "cache"))
    run = expect(run_cli(shared_dir, "report", "--class", name, "--out", str(out), "--from", FROM, "--to", TO,
                         env=env), 0)
    assert f"Der Bericht für {name} (" in run.err and "Seiten) wurde in " in run.err, run.err
    text = unicodedata.normalize("NFKC", pdf_text(out))
    assert "Wichtige Ereignisse" in text and GERMAN_DAY.search(text) and not ENGLISH_DAY.search(text)
    # Nothing chosen: English, whatever the system's language.
    (config / "Autonomy" / "Autonomy.conf").write_text("[ui]\nlanguage=\n", encoding="utf-8")
    run = expect(run_cli(shared_dir, "report", "--class", name, "--out", str(out), env={**env, "LANG": "de_DE.UTF-8",
                                                                                         "LANGUAGE": "de"}), 0)
    assert "Wrote the report" in run.err
FRENCH_DAY = re.compile(r"\b(lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|"
                        r"août|sept\.|oct\.|nov\.|déc\.) \d{4}")


def test_report_in_french_when_asked(shared_dir, tmp_path) -> None:
    """AUTONOMY_LANGUAGE=fr: the French report, dates, the coach's words and French typography included."""
    name, _students = a_class(shared_dir)
    out = tmp_path / "rapport.pdf"
    env = base_env(tmp_path, AUTONOMY_LANGUAGE="fr", AUTONOMY_CACHE_DIR=str(tmp_path / "cache"))
    expect(run_cli(shared_dir, "report", "--class", name, "--out", str(out), "--from", FROM, "--to", TO, env=env), 0)
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(out)).split())  # NFKC: ligatures and U+202F
    for needle in ("Rapport de transfert progressif", "Événements clés", "Jours avec un écart",
                   "Entretien de réflexion", "Toutes les suggestions", "Sur cette période"):
        assert needle in text, needle
    assert FRENCH_DAY.search(text) and not ENGLISH_DAY.search(text)
    for english in ("Reflection conversation", "Trust broken", "from a suggestion", "decided by the teacher",
                    "after a reflection", "All suggestions", "not tied to one dimension"):
        assert english not in text, english


def test_anonymised_report_names_no_one(shared_dir, tmp_path) -> None:
    name, students = a_class(shared_dir)
    doc = export_content(shared_dir)
    out = tmp_path / "anon.pdf"
    expect(run_cli(shared_dir, "report", "--class", name, "--out", str(out), "--from", FROM, "--to", TO,
                   "--anonymize"), 0)
    text = pdf_text(out)
    assert "S01" in text and "anonymised" in text.lower()
    everyone = {s["name"] for s in doc["students"]} | {s["external_id"] for s in doc["students"] if s["external_id"]}
    for secret in everyone:
        assert secret not in text, secret
    notes = {e["note"] for e in doc["events"] if len(e["note"] or "") > 12}
    notes |= {r["agreement"] for r in doc["reflections"] if len(r["agreement"] or "") > 12}
    for note in notes:
        assert note not in text
    assert pdf_pages(out) == 2 + len(students)


def test_exit_codes(shared_dir, pristine_snapshot, tmp_path) -> None:
    from tests.cli.helpers import assert_unchanged

    name, _students = a_class(shared_dir)
    unknown = expect(run_cli(shared_dir, "report", "--class", "No such class", "--out", str(tmp_path / "x.pdf")), 1)
    assert "No such class" in unknown.err and "Traceback" not in unknown.err
    missing = run_cli(shared_dir, "report", "--class", name)
    assert missing.code == 2 and "--out" in missing.err
    nowhere = expect(run_cli(shared_dir, "report", "--class", name, "--out", str(tmp_path / "no" / "r.pdf")), 1)
    assert "cannot be written" in nowhere.err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # root can write anywhere
            expect(run_cli(shared_dir, "report", "--class", name, "--out", str(locked / "r.pdf")), 1)
    finally:
        locked.chmod(0o700)
    backwards = expect(run_cli(shared_dir, "report", "--class", name, "--out", str(tmp_path / "b.pdf"),
                               "--from", TO, "--to", FROM), 1)
    assert "before it starts" in backwards.err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.part"))
    assert_unchanged(shared_dir, pristine_snapshot)
