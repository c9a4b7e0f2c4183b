"""Fuzzing the command line's options (in-process: parsing only, nothing runs): any value is taken within its
bounds or refused as wrong usage (exit 2, a usage message), never an exception."""

from __future__ import annotations

import contextlib
import datetime as dt
import io

from hypothesis import given
from hypothesis import strategies as st

from autonomy.cli.parser import build_parser
from autonomy.core.bounds import FIRST_DAY, LAST_DAY
from tests.hostile import FUZZ, day_text, hostile_text

OPTIONS = [
    ("suggest", "--as-of"), ("report", "--from"), ("report", "--to"), ("demo", "--days"), ("demo", "--students"),
    ("demo", "--classes"), ("demo", "--seed"), ("suggest", "--class"), ("export", "--class"), ("gui", "--view"),
    ("import-roster", "--class"),
]
REQUIRED = {"report": ["--class", "8C", "--out", "r.pdf"], "import-roster": ["roster.csv"]}
numbers = st.one_of(st.integers().map(str), st.integers(-2**70, 2**70).map(str),
                    st.sampled_from(["1" * 5000, "9" * 31, str(2**63), str(2**63 - 1), "-0"]))
values = st.one_of(day_text, numbers, hostile_text.filter(lambda t: not t.startswith("-")),
                   st.sampled_from(["٣", "1_000", " 7 ", "+5", "0x10", "1e3", "2026-11-20", "1900-01-01"]))


@FUZZ
@given(st.sampled_from(OPTIONS), values)
def test_an_option_value_is_taken_within_bounds_or_refused_as_usage(option: tuple[str, str], value: str) -> None:
    command, flag = option
    words = [command, *REQUIRED.get(command, []), f"{flag}={value}"]
    errors = io.StringIO()
    try:
        with contextlib.redirect_stderr(errors):
            args = build_parser().parse_args(words)
    except SystemExit as stop:
        assert stop.code == 2 and "usage:" in errors.getvalue()
        return
    for name, parsed in vars(args).items():
        if isinstance(parsed, dt.date):
            assert FIRST_DAY <= parsed <= LAST_DAY, name
        elif isinstance(parsed, int) and not isinstance(parsed, bool):
            assert 0 <= parsed < 2**63, name
        elif isinstance(parsed, str):
            assert not any("\ud800" <= c <= "\udfff" or c == "\x00" for c in parsed), name
