"""The bounds on what comes in (autonomy/core/bounds.py), and fuzzing of the readers that apply them: whatever a
file holds, the interchange checker and the roster reader answer with a result or a typed refusal, and what they
accept can be stored (ids that are UUIDs, dates within 1900-2200, text a database can hold, small numbers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from autonomy.core.bounds import (
    FIRST_DAY,
    LAST_DAY,
    check_day,
    check_id,
    check_moment,
    clamp_moment,
    shown,
    storable,
    whole_number,
)
from autonomy.core.errors import AutonomyError, InvalidInput, RefusedFile
from autonomy.core.interchange import Known, check_document
from autonomy.core.policy import Policy
from autonomy.core.roster_csv import parse_roster
from autonomy.core.suggestion_facts import ChoiceFact, DimensionFact, EventFact, LevelChangeFact, Snapshot, StudentFact
from autonomy.core.suggestions import suggest
from autonomy.core.types import EventKind
from autonomy.core.validation import parse_day, parse_moment
from tests.hostile import (
    CUSTOM_DIMENSION,
    FUZZ,
    LADDER_TOPS,
    base_document,
    extreme_days,
    extreme_moments,
    hostile_documents,
    hostile_text,
)

NOW = dt.datetime(2026, 11, 21, 12, tzinfo=dt.UTC)
KNOWN = Known(ladders=LADDER_TOPS)


# --- the rules ----------------------------------------------------------------------------------------------
def test_days_are_kept_from_1900_to_2200() -> None:
    assert check_day(FIRST_DAY, "d") == dt.date(1900, 1, 1) and check_day(LAST_DAY, "d") == dt.date(2200, 12, 31)
    for day in (dt.date(1899, 12, 31), dt.date(2201, 1, 1), dt.date.min, dt.date.max):
        with pytest.raises(InvalidInput, match="outside the dates Autonomy keeps"):
            check_day(day, "date")


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "0001-01-01",
                                  "1899-12-31T23:59:59+00:00", "2201-01-01T00:00:00+00:00"])
def test_a_moment_whose_offset_or_date_leaves_the_range_is_refused_in_words(text: str) -> None:
    with pytest.raises(InvalidInput, match="at: .* is outside the dates Autonomy keeps"):
        parse_moment(text, "at")


def test_a_moment_is_checked_after_its_offset() -> None:
    # 1900-01-01 01:00 at +02:00 is the evening before in UTC: outside.
    with pytest.raises(InvalidInput):
        parse_moment("1900-01-01T01:00:00+02:00", "at")
    assert parse_moment("2200-12-31T23:00:00-00:30", "at") == dt.datetime(2200, 12, 31, 23, 30, tzinfo=dt.UTC)


def test_days_from_text_are_bounded() -> None:
    assert parse_day("2026-11-20", "date") == dt.date(2026, 11, 20)
    with pytest.raises(InvalidInput, match="date: 0001-01-01 is outside"):
        parse_day("0001-01-01", "date")


@pytest.mark.parametrize("good", ["0c1a55e5-0000-4000-8000-000000000001", "0C1A55E5-0000-4000-8000-00000000000A"])
def test_ids_are_canonical_uuids_in_either_case(good: str) -> None:
    assert check_id(good) == good  # kept as given: an id is compared as text


@pytest.mark.parametrize("bad", ["c1", "x" * 50, "{0c1a55e5-0000-4000-8000-000000000001}",
                                 "0c1a55e5000040008000000000000001", "urn:uuid:0c1a55e5-0000-4000-8000-000000000001",
                                 "0c1a55e5-0000-4000-8000-00000000000g", " 0c1a55e5-0000-4000-8000-00000000001",
                                 "0c1a55e5-0000-4000-8000-00000000000\ud800", 7, None, ["a"]])
def test_anything_else_is_not_an_id(bad: object) -> None:
    with pytest.raises(InvalidInput):
        check_id(bad)


def test_unstorable_text_is_refused() -> None:
    for text, problem in (("a\x00b", "NUL"), ("Ann \ud800", "unpaired surrogate"), ("\udcff", "unpaired")):
        with pytest.raises(InvalidInput, match=problem):
            storable(text, "note")
    assert storable("Zoë 😀", "note") == "Zoë 😀"


def test_whole_numbers_are_bounded_without_printing_a_huge_one() -> None:
    assert whole_number(3, "rank", 0, 19) == 3
    for value in (True, 1.0, "3", None):
        with pytest.raises(InvalidInput, match="must be a whole number"):
            whole_number(value, "rank", 0, 19)
    with pytest.raises(InvalidInput, match="rank: a very large number is outside 0 to 19"):
        whole_number(10**5000, "rank", 0, 19)


@given(st.one_of(st.integers(), st.text(), st.floats(), st.none(), st.lists(st.integers())))
def test_shown_never_fails(value: object) -> None:
    assert len(shown(value)) <= 40 * 10 + 2  # 40 characters, each at most a 10-character escape, in quotes


@given(extreme_moments)
def test_clamping_keeps_a_stored_moment_within_bounds(moment: dt.datetime) -> None:
    clamped = clamp_moment(moment)
    if moment.tzinfo is None:
        assert dt.datetime(1900, 1, 1) <= clamped <= dt.datetime(2200, 12, 31, 23, 59, 59, 999_999)
    else:
        assert check_moment(clamped, "at") is not None


# --- the suggestion engine with an old database's dates -------------------------------------------------------
DIMS = (DimensionFact("workspace", "Workspace", 4, ("Seat", "Room", "Door", "Hall", "Building")),)


@FUZZ
@given(st.lists(extreme_days, min_size=1, max_size=6), st.lists(extreme_moments, max_size=6),
       st.dates(FIRST_DAY, LAST_DAY))
def test_suggest_reads_facts_dated_anywhere(days: list[dt.date], moments: list[dt.datetime], as_of: dt.date) -> None:
    """A choice dated 0001-01-01 once broke `suggest` for good; facts are only compared, never counted from."""
    aware = [m if m.tzinfo else m.replace(tzinfo=dt.UTC) for m in moments]
    snapshot = Snapshot(
        students=(StudentFact("s1", "Ann", "c1", True),), dimensions=DIMS,
        level_changes=tuple(LevelChangeFact("s1", "workspace", 0, 1, m) for m in aware[:2]),
        events=tuple(EventFact(f"e{i}", "s1", EventKind.BUILD, "workspace", None, m, "Helped", "helped")
                     for i, m in enumerate(aware)),
        reflections=(), decisions=(), classrooms={"c1": "8C"},
        choices=tuple(ChoiceFact(f"ch{i}", "s1", day, "workspace", True) for i, day in enumerate(days)))
    suggest(snapshot, Policy(), as_of)


def test_suggest_refuses_an_as_of_outside_the_range() -> None:
    empty = Snapshot(students=(), dimensions=DIMS, level_changes=(), events=(), reflections=(), decisions=(),
                     classrooms={}, choices=())
    with pytest.raises(InvalidInput, match="as of: 0001-01-01 is outside"):
        suggest(empty, Policy(), dt.date.min)


# --- fuzzing the interchange checker --------------------------------------------------------------------------
def _storable_everywhere(value: Any, where: str = "") -> None:
    """What the checker accepted fits every database: no exception left for the storing to find."""
    if isinstance(value, dict):
        for key, inner in value.items():
            _storable_everywhere(key, where)
            _storable_everywhere(inner, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for inner in value:
            _storable_everywhere(inner, where)
    elif isinstance(value, str):
        storable(value, where)
        assert len(value) <= 20_000, where
        if where.endswith((".id", ".student_id", ".group_id", ".classroom_id", ".evidence")):
            check_id(value, where)
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int):
        assert -2**31 <= value < 2**31, where  # PostgreSQL's INTEGER
    elif isinstance(value, dt.datetime):
        assert value.tzinfo is not None and check_moment(value, where), where
    elif isinstance(value, dt.date):
        check_day(value, where)
    else:
        raise AssertionError(f"{where}: {type(value).__name__}")


@FUZZ
@given(hostile_documents())
def test_the_interchange_checker_refuses_in_words_or_accepts_what_can_be_stored(doc: dict) -> None:
    checked = check_document(doc, KNOWN, NOW)
    assert all(isinstance(problem, str) and problem for problem in checked.problems)
    if not checked.problems:
        for section in ("classrooms", "dimensions", "students", "level_changes", "events", "choices",
                        "reflections", "decisions"):
            _storable_everywhere(getattr(checked, section), section)
        assert all(len(d["levels"]) <= 20 for d in checked.dimensions)


@FUZZ
@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text),
                    lambda inner: st.one_of(st.lists(inner, max_size=4),
                                            st.dictionaries(st.sampled_from(["format", "version", "events", "id",
                                                                             "students", "at"]), inner,
                                                            max_size=4)),
                    max_leaves=20))
def test_any_json_value_is_checked_without_an_exception(doc: object) -> None:
    if isinstance(doc, dict) and draw_format(doc):
        doc = {**doc, "format": "autonomy-export", "version": 1}
    check_document(doc, KNOWN, NOW)


def draw_format(doc: dict) -> bool:
    return "events" in doc or "students" in doc


# --- fuzzing the roster reader --------------------------------------------------------------------------------
def _read_roster(data: bytes) -> None:
    try:
        parsed = parse_roster(data)
    except RefusedFile as refused:
        assert refused.summary
        return
    for row in parsed.rows:
        storable(row.name, "name")
        assert 0 < len(row.name) <= 200
        assert row.external_id is None or (storable(row.external_id, "id") and len(row.external_id) <= 64)
    assert all(problem.message.startswith(f"line {problem.line}: ") for problem in parsed.problems)


@FUZZ
@given(st.binary(max_size=400))
def test_the_roster_reader_takes_any_bytes(data: bytes) -> None:
    _read_roster(data)


cells = st.one_of(st.text(st.sampled_from('Ann Lee,;"\t\r\n=+-@\x00\u00e9\ufeff'), max_size=12), hostile_text)
headers = st.sampled_from(["Name", "Name,ID", 'Name,ID"', '"Name,ID', "First name;Last name;Student ID",
                           "Name\tUPN", '"Name","ID"', "Full name,Name", "id"])


@FUZZ
@given(headers, st.lists(st.lists(cells, max_size=4), max_size=6), st.sampled_from([",", ";", "\t"]),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), st.sampled_from(["\n", "\r\n", "\r"]))
def test_the_roster_reader_takes_near_valid_csv(header: str, rows: list[list[str]], delimiter: str, encoding: str,
                                                newline: str) -> None:
    text = newline.join([header, *(delimiter.join(row) for row in rows)])
    data = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    _read_roster(data)


def test_a_stray_quote_in_the_header_is_refused_in_words() -> None:
    with pytest.raises(RefusedFile, match='line 1: the header cell “ID"” has a quote out of place'):
        parse_roster(b'Name,ID"\nAnn Lee,1\n')


def test_typed_errors_are_the_only_refusals() -> None:
    assert issubclass(RefusedFile, AutonomyError) and issubclass(InvalidInput, AutonomyError)


# --- sizes ------------------------------------------------------------------------------------------------
def _checked(doc: dict) -> list[str]:
    return check_document(doc, KNOWN, NOW).problems


def test_a_file_may_not_bring_more_than_50_dimensions() -> None:
    doc = base_document()
    doc["dimensions"] = [{**CUSTOM_DIMENSION, "key": f"dim_{n}"} for n in range(50 - len(LADDER_TOPS) + 1)]
    assert any("more than 50 dimensions" in problem for problem in _checked(doc))
    doc["dimensions"] = doc["dimensions"][:-1]
    assert not _checked(doc)


def test_a_file_may_not_name_more_than_500_categories() -> None:
    doc = base_document()
    template = doc["events"][0]
    doc["events"] = [{**template, "id": f"e0000000-0000-4000-8000-{n:012d}", "category": f"cat_{n}"}
                     for n in range(501)]
    doc["reflections"] = []
    problems = _checked(doc)
    assert len(problems) == 1 and "events[500]" in problems[0] and "more than 500 event categories" in problems[0]


def test_a_reflection_records_at_most_50_prompts_of_2000_characters() -> None:
    doc = base_document()
    doc["reflections"][0]["prompts"] = ["What happened?"] * 51
    assert any("prompts: has 51 prompts; the limit is 50" in p for p in _checked(doc))
    doc["reflections"][0]["prompts"] = ["x" * 2001]
    assert any("prompt: is 2,001 characters long" in p for p in _checked(doc))
