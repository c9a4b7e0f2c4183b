"""Hostile values for the fuzz tests of the readers (interchange, roster CSV, command line): valid records from
the test corpus with one or more fields replaced by something a damaged file or an attacker could hand the app.

`FUZZ` is the settings of every fuzz test: a few seconds each in the normal suite; AUTONOMY_FUZZ_EXAMPLES=5000
(say) for a long run by hand.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from autonomy.core.bounds import FIRST_DAY, LAST_DAY
from autonomy.core.ladders import DEFAULT_LADDERS
from tests.cli.helpers import INTERCHANGE

EXAMPLES = int(os.environ.get("AUTONOMY_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

CUSTOM_DIMENSION = {"key": "who_with", "name": "Who with", "question": "Who does the student work with?",
                    "levels": [{"rank": 0, "name": "Alone", "description": ""},
                               {"rank": 1, "name": "Pairs", "description": "Two together."}]}


def base_document() -> dict[str, Any]:
    """The corpus's valid file (every section, every field) plus a custom dimension."""
    doc = json.loads((INTERCHANGE / "valid.json").read_text(encoding="utf-8"))
    doc["dimensions"] = [copy.deepcopy(CUSTOM_DIMENSION)]
    return doc


LADDER_TOPS = {ladder.key: len(ladder.levels) - 1 for ladder in DEFAULT_LADDERS}

surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
any_character = st.one_of(st.characters(), surrogates, st.sampled_from("\x00\x1f\x7f\u200b\ufeff\"',;\r\n"))
hostile_text = st.one_of(
    st.text(any_character, max_size=60),
    st.text(any_character, min_size=199, max_size=260),
    st.builds(lambda c, n: c * n, st.sampled_from("xé😀"), st.sampled_from([36, 37, 41, 61, 201, 2001, 20_001])),
)
huge_integers = st.one_of(
    st.integers(), st.integers(-2**70, 2**70), st.sampled_from([2**31, 2**63, -2**63 - 1, 10**400, 10**5000]),
)
extreme_days = st.one_of(
    st.dates(),
    st.sampled_from([dt.date.min, dt.date.max, FIRST_DAY, LAST_DAY, FIRST_DAY - dt.timedelta(days=1),
                     LAST_DAY + dt.timedelta(days=1)]),
)
offsets = st.integers(-24 * 60 + 1, 24 * 60 - 1).map(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)))
extreme_moments = st.one_of(
    st.datetimes(timezones=st.one_of(st.none(), offsets)),
    st.sampled_from([dt.datetime.min, dt.datetime.max]).flatmap(
        lambda moment: offsets.map(lambda zone: moment.replace(tzinfo=zone))),
)
moment_text = st.one_of(
    extreme_moments.map(lambda m: m.isoformat()),
    st.sampled_from(["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-02-30T10:00:00",
                     "2026-11-20T25:00:00+00:00", "2026-11-20T10:00:00+24:00", "+002026-11-20", "2026-W47-5"]),
)
day_text = st.one_of(extreme_days.map(dt.date.isoformat), st.sampled_from(["0000-01-01", "2026-02-29", "20261120"]))
uuid_like = st.one_of(
    st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()), st.uuids().map(lambda u: "{" + str(u) + "}"),
    st.uuids().map(lambda u: u.hex), st.uuids().map(lambda u: f"urn:uuid:{u}"),
    st.uuids().map(lambda u: str(u) + "x"), st.uuids().map(lambda u: str(u)[:-1] + "\ud800"),
)


def nested(depth: int) -> Any:
    value: Any = "deep"
    for level in range(depth):
        value = [value] if level % 2 else {"v": value}
    return value


wrong_types = st.one_of(
    # builds, not just: a document is mutated after it is drawn, so no drawn value may be shared between examples
    st.none(), st.booleans(), st.floats(allow_nan=True, allow_infinity=True), st.builds(list), st.builds(dict),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.sampled_from([20, 200]).map(nested),
)
hostile_values = st.one_of(hostile_text, huge_integers, moment_text, day_text, uuid_like, wrong_types)


@st.composite
def hostile_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The base document with a few fields, records or sections replaced by hostile values."""
    doc = base_document()
    for _ in range(draw(st.integers(1, 4))):
        section = draw(st.sampled_from(["classrooms", "dimensions", "students", "level_changes", "events",
                                        "choices", "reflections", "decisions"]))
        records = doc[section]
        action = draw(st.sampled_from(["field", "field", "field", "field", "nested", "record", "section",
                                       "many"]))
        if action == "section":
            doc[section] = draw(hostile_values)
        elif not isinstance(records, list) or not records:
            continue
        elif action == "record":
            records[draw(st.integers(0, len(records) - 1))] = draw(hostile_values)
        elif action == "many":  # a huge list: a 100,000-level ladder, 40 MB of prompts, thousands of ids
            record = records[0]
            if isinstance(record, dict):
                field = draw(st.sampled_from(["levels", "prompts", "evidence", "classrooms", "events"]))
                count = draw(st.sampled_from([21, 51, 201, 1001, 100_000]))
                item = {"rank": 0, "name": "L"} if field == "levels" else draw(st.sampled_from(
                    ["0c1a55e5-0000-4000-8000-000000000021", "What happened?", "x" * 2001]))
                record[field] = ([{**item, "rank": n} for n in range(count)] if field == "levels"
                                 else [item] * count)
        else:
            record = records[draw(st.integers(0, len(records) - 1))]
            if not isinstance(record, dict):
                continue
            target = record
            if action == "nested":  # inside a ladder's levels or a reflection's self-ratings
                inner = [v for v in record.values() if isinstance(v, list | dict) and v]
                if inner:
                    chosen = draw(st.sampled_from(inner))
                    target = chosen if isinstance(chosen, dict) else chosen[0]
                    if not isinstance(target, dict):
                        continue
            keys = sorted(target) + ["unknown_field"]
            target[draw(st.sampled_from(keys))] = draw(hostile_values)
    return doc
