"""The PDF report and the names in it: a right-to-left override in a name does not reverse the words after it,
a 200-character name stays inside the page's margins, and an anonymised report's text, title and metadata name
no class (read back with poppler's pdftotext and pdfinfo, as a reader's viewer would)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from autonomy.services import Services
from autonomy.ui.coach.report import write_report

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
                                reason="needs poppler (pdftotext, pdfinfo)")
TODAY = dt.date(2026, 11, 20)
RLO, PDI = "\u202e", "\u2069"
LONG_ROOM = ("Year 9 Physics with Mrs Abernathy-Wellington " * 5)[:200]
LONG_STUDENT = "Maximiliana" * 18 + "x"  # 199 characters and no space to wrap at
WORD = re.compile(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>')


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def _pdf_info(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout


def _report(services: Services, room_name: str, student_names: list[tuple[str, str | None]], path: Path,
            anonymize: bool = False) -> Path:
    room = services.roster.create_classroom(room_name, subject="Physics")
    category = services.events.add_category("build", "sat_with_tom")
    at = dt.datetime.combine(TODAY, dt.time(9), dt.UTC) - dt.timedelta(days=2)
    for name, external in student_names:
        student = services.roster.add_student(room.id, name, external_id=external)
        services.events.log([student.id], "build", category.key, at=at)
        services.events.log([student.id], "break", "off_task", severity="minor", at=at + dt.timedelta(hours=1))
    data = services.coach.class_data(room.id, TODAY - dt.timedelta(days=19), TODAY, anonymize=anonymize)
    write_report(data, path, today=TODAY)
    return path


def test_an_override_in_a_name_does_not_reverse_what_follows(qtbot, services: Services, tmp_path: Path) -> None:
    pdf = _report(services, f"Room {RLO}evil", [(f"Ann {RLO}evil", "A-1234"), (f"Bo {PDI}{RLO}x", "B-5678")],
                  tmp_path / "bidi.pdf")
    text = _pdf_text(pdf)
    # The footer runs "Autonomy · <class> · <span>" on every page; the span after the name reads in order.
    footers = [line for line in text.splitlines() if "Autonomy ·" in line]
    assert len(footers) >= 4 and all("Nov 2026 – " in line for line in footers), footers
    # A student's heading is "<name>  (<external id>)": the id after the name reads in order, even after a name
    # that closes the isolation itself (a stray PDI) before its override.
    assert "(A-1234)" in text and "(B-5678)" in text
    assert "4321-A" not in text and "8765-B" not in text and "6202 voN" not in text


def test_a_200_character_name_stays_inside_the_page(qtbot, services: Services, tmp_path: Path) -> None:
    pdf = _report(services, LONG_ROOM, [(LONG_STUDENT, None), (("Bartholomew Fitzgerald " * 9)[:200], "X-1")],
                  tmp_path / "long.pdf")
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))  # type: ignore[union-attr]
    margin = 44 * 72 / 96 - 1  # the report's margin (44 px) in points, give or take a rounding
    words = [(float(x0), float(x1), word) for x0, _y0, x1, _y1, word in WORD.findall(bbox)]
    assert len(words) > 300
    outside = [(word[:30], x0, x1) for x0, x1, word in words if x0 < margin or x1 > width - margin]
    assert not outside, outside
    # Cut short, not dropped: the start of every name is there.
    text = _pdf_text(pdf)
    assert "Year 9 Physics with Mrs" in text and "MaximilianaMaximiliana" in text and "Bartholomew" in text


def test_an_anonymised_report_names_no_class_in_its_text_title_or_metadata(qtbot, services: Services,
                                                                          tmp_path: Path) -> None:
    room = "Year 9 Physics with Mrs Abernathy"
    pdf = _report(services, room, [("Thomasina Quill", "S-4411"), ("Annabel Lee", None)], tmp_path / "anon.pdf",
                  anonymize=True)
    text, info, raw = _pdf_text(pdf), _pdf_info(pdf), pdf.read_bytes()
    assert "C01" in text and "S01" in text and "Gradual release report — C01" in info
    for secret in (room, "Abernathy", "Physics", "Thomasina", "Quill", "Annabel", "S-4411", "sat_with_tom"):
        assert secret not in text and secret not in info, secret
        assert secret.encode() not in raw and secret.encode("utf-16-be") not in raw, secret
    assert "Category 1" in text or "Trust built" in text
