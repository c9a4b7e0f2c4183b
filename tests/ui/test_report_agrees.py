"""The coach's printout says what the screen says, and reads on paper (issue 17): each key event whole, wrapped
over lines rather than cut with "…" (paper cannot be hovered); dates in one format, the reasons' ISO dates too;
the follow-through printed once; a legend that promises only what is drawn, its marks on a line of their own."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from autonomy.services.coach import CoachService
from autonomy.ui.coach.report import write_report
from autonomy.ui.coach.style import dates_in_words

TODAY = dt.date(2026, 11, 20)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.fixture
def printed(qtbot, services, tmp_path: Path) -> str:
    services.exchange.import_document(generate_demo(classes=1, students=6, days=60, seed=7, today=TODAY))
    coach = CoachService(services.db)
    data = coach.class_data(coach.classrooms()[0].id, None, TODAY)
    write_report(data, tmp_path / "r.pdf", today=TODAY)
    return subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_key_events_wrap_and_no_block_is_printed_twice(printed: str) -> None:
    assert "Key events" in printed
    assert "…" not in printed.split("Key events", 1)[1]
    assert printed.count("Suggestion follow-through") == 1
    assert not [line for line in printed.splitlines() if line.strip().startswith("level change")]


def test_one_date_format(printed: str) -> None:
    import re

    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", printed), "a date as the computer writes it"
    assert "since " in printed and re.search(r"since \w{3} \d{2} \w{3} 2026", printed)


def test_the_legend_promises_no_digit_the_heat_map_does_not_draw(printed: str) -> None:
    assert "the digit is the level" not in printed
    assert "the colour is the level" in printed


def test_dates_written_by_the_computer_are_said_in_words() -> None:
    assert dates_in_words("4 events since 2026-08-13; no break") == "4 events since Thu 13 Aug 2026; no break"
    assert dates_in_words("not a day 2026-13-45") == "not a day 2026-13-45"
