"""Writes the small hostile-input corpus next to this file (roster/ and interchange/); run it to regenerate.

The files are committed as written here, byte for byte, so the tests read exactly what a teacher's spreadsheet
program or a damaged export would hand the command line. Large files (10,000 rows, deeply nested JSON, huge
notes) are generated inside the tests instead.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

HERE = Path(__file__).parent
ROSTER = HERE / "roster"
INTERCHANGE = HERE / "interchange"

# --- rosters ----------------------------------------------------------------------------------------------

ROSTERS: dict[str, bytes] = {
    "good.csv": "Name,Student ID\r\nAmira Haddad,1001\r\nBen Okafor,1002\r\nChloé Dubois,1003\r\n".encode(),
    # line 3: empty name; line 5: formula; line 6: duplicate of line 4
    "bad_rows.csv": (
        b"Name,Student ID\nDana Reyes,2001\n,2002\nEli Novak,2003\n=1+2,2004\nEli Novak,2003\nFarah Khalil,2006\n"
    ),
    "cp1252.csv": "Name,Student ID\r\nJosé Müller,3001\r\nZoë O’Brien,3002\r\nFrançois Lefèvre,3003\r\n".encode(
        "cp1252"
    ),
    # what Excel's "Unicode text" gives: UTF-16 little-endian with a BOM, tab-separated
    "utf16_bom.csv": "Name\tStudent ID\r\nŁukasz Kowalski\t3101\r\nNgozi Adeyemi\t3102\r\n".encode("utf-16"),
    "utf8_bom.csv": "\ufeffName,Student ID\nSøren Andersen,3201\nÖmer Yılmaz,3202\n".encode(),
    "semicolons.csv": b'Name;Student ID\n"Lee, Ann";3301\nBo Chen;3302\n',
    # "Ann\nLee" spans lines 2-3 and Bo Chen's row lines 4-5, so the empty name is on line 6
    "quoted_newlines.csv": b'Name,Notes\n"Ann\nLee",first\nBo Chen,"two\nlines"\n,empty\n',
    "missing_name_column.csv": b"Email,Grade\nann@example.org,7\nbo@example.org,8\n",
    "extra_columns.csv": (
        b"First name,Last name,Student ID,Email,Tutor group,Date of birth\n"
        b"Grace,Hughes,3401,grace@example.org,7B,2014-03-02\n"
        b"Owen,Clarke,3402,owen@example.org,7B,2014-05-19\n"
    ),
    # line 3: an unquoted comma makes three cells under a two-column header
    "ragged_rows.csv": b"Name,Student ID\nKai Berg,3501\nLee, Ann,3502\n",
    # line 3 repeats line 2's id; line 5 repeats line 4's name (other case)
    "duplicate_rows.csv": b"Name,Student ID\nMia Rossi,3601\nMia Rossi,3601\nNoor Das\nNOOR DAS\n",
    "empty_names.csv": b"Name,Student ID\n,3701\n   ,3702\n\t,3703\nRuth Baker,3704\n",
    "long_name.csv": ("Name\nShort Name\n" + "A" * 500 + "\n").encode(),
    "rtl_emoji.csv": "Name\nمريم الحداد\nנועה כהן\nZoë 🌟 Nguyen\n👩🏽‍🔬 Ada Park\n".encode(),
    "nul_bytes.csv": b"Name\nAnn\x00 Lee\nBo Chen\n",
    # every row but the last has a cell a spreadsheet would run
    "formulas.csv": (
        'Name,Student ID\n"=HYPERLINK(""http://example.org"",""x"")",3801\n+44 1234,3802\n@SUM(A1),3803\n'
        "-2+3,3804\nÉmile Zola,=1+1\nIrène Curie,3806\n"
    ).encode(),
    "empty.csv": b"",
    "blank_lines.csv": b"\n  \n\t\n",
    "header_only.csv": b"Name,Student ID\n",
    "unclosed_quote.csv": b'Name\n"Ann Lee\nBo Chen\nCy Diaz\n',
    "binary.bin": bytes(range(256)) * 4,
    "workbook.xlsx": b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(200)),
}

# --- interchange files ------------------------------------------------------------------------------------

CLASS = "0c1a55e5-0000-4000-8000-000000000001"
ANN = "0c1a55e5-0000-4000-8000-000000000011"
BO = "0c1a55e5-0000-4000-8000-000000000012"
EV1 = "0c1a55e5-0000-4000-8000-000000000021"
EV2 = "0c1a55e5-0000-4000-8000-000000000022"

VALID: dict = {
    "format": "autonomy-export",
    "version": 1,
    "exported_at": "2024-10-01T16:00:00+00:00",
    "classrooms": [{"id": CLASS, "name": "Corpus 8C", "subject": "Science", "school_year": "2024-25",
                    "archived": False}],
    "dimensions": [],
    "students": [
        {"id": ANN, "name": "Ann Corpus", "external_id": "C-9001", "classrooms": [CLASS], "active": True},
        {"id": BO, "name": "Bo Corpus", "external_id": None, "classrooms": [CLASS], "active": True},
    ],
    "level_changes": [
        {"id": "0c1a55e5-0000-4000-8000-000000000031", "student": ANN, "dimension": "workspace", "from_level": 0,
         "to_level": 1, "at": "2024-09-20T09:00:00+00:00", "reason": "Four good lessons.", "source": "manual"},
    ],
    "events": [
        {"id": EV1, "student": ANN, "kind": "build", "category": "helped_peer", "dimension": "workspace",
         "severity": None, "habit": None, "at": "2024-09-18T10:00:00+00:00", "note": "Explained the method."},
        {"id": EV2, "student": BO, "kind": "break", "category": "left_area", "dimension": "workspace",
         "severity": "minor", "habit": None, "at": "2024-09-19T11:00:00+02:00", "note": "Went to the canteen."},
    ],
    "choices": [
        {"id": "0c1a55e5-0000-4000-8000-000000000041", "student": ANN, "date": "2024-09-20",
         "dimension": "workspace", "choice": "Window table", "within_level": True},
    ],
    "reflections": [
        {"id": "0c1a55e5-0000-4000-8000-000000000051", "student": BO, "at": "2024-09-19T15:10:00+00:00",
         "events": [EV2], "prompts": ["What happened?"], "student_words": "I was hungry.",
         "agreement": "Ask first.", "follow_up": "2024-09-26", "outcome": None},
    ],
    "decisions": [
        {"id": "0c1a55e5-0000-4000-8000-000000000061", "student": BO, "dimension": "workspace",
         "kind": "reflect", "decision": "accepted", "at": "2024-09-19T15:05:00+00:00", "until": None,
         "reason": None},
    ],
}


def _mutated(change) -> dict:  # type: ignore[no-untyped-def]
    doc = copy.deepcopy(VALID)
    change(doc)
    return doc


def _dump(doc: object) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode()


def _wrong_version(d: dict) -> None:
    d["version"] = 2


def _wrong_format(d: dict) -> None:
    d["format"] = "gradebook-export"


def _missing_ids(d: dict) -> None:
    del d["students"][1]["id"]
    d["events"][0]["id"] = ""


def _unknown_student(d: dict) -> None:
    d["events"][1]["student"] = "0c1a55e5-0000-4000-8000-0000000000ff"


def _duplicate_ids(d: dict) -> None:
    d["events"][1]["id"] = EV1


def _future_dates(d: dict) -> None:  # in the future, but within the dates kept (core/bounds.py)
    d["events"][0]["at"] = "2199-01-01T10:00:00+00:00"
    d["choices"][0]["date"] = "2199-01-01"


def _out_of_range_dates(d: dict) -> None:
    d["choices"][0]["date"] = "0001-01-01"  # once imported, this one date broke `suggest` for good
    d["events"][0]["at"] = "0001-01-01T00:00:00+14:00"  # before year 1 in UTC
    d["reflections"][0]["follow_up"] = "9999-12-31"


def _hostile_values(d: dict) -> None:
    d["level_changes"][0]["to_level"] = 987654321  # made 5,000 digits below: json.loads refuses over 4,300


def _bad_ids(d: dict) -> None:
    d["events"][0]["id"] = "x" * 50  # fits SQLite's TEXT, not PostgreSQL's VARCHAR(36)
    d["events"][1]["note"] = "\\ud800 alone"  # an unpaired surrogate, written as its JSON escape
    d["choices"][0]["id"] = "{0C1A55E5-0000-4000-8000-000000000041}"


def _malformed_dates(d: dict) -> None:
    d["events"][0]["at"] = "yesterday after lunch"
    d["choices"][0]["date"] = "2024-13-45"
    d["reflections"][0]["follow_up"] = "next week"


def _category_kind_mismatch(d: dict) -> None:
    d["events"][0]["category"] = "left_area"  # a trust-breaking category on a trust-building event


def _level_outside_ladder(d: dict) -> None:
    d["level_changes"][0]["to_level"] = 9


def _nul_in_note(d: dict) -> None:
    d["events"][0]["note"] = "before\u0000after"


def _section_not_a_list(d: dict) -> None:
    d["students"] = {"ann": d["students"][0]}


INTERCHANGE_FILES: dict[str, bytes] = {
    "valid.json": _dump(VALID),
    "wrong_version.json": _dump(_mutated(_wrong_version)),
    "wrong_format.json": _dump(_mutated(_wrong_format)),
    "truncated.json": _dump(VALID)[: len(_dump(VALID)) // 2],
    "missing_ids.json": _dump(_mutated(_missing_ids)),
    "unknown_student.json": _dump(_mutated(_unknown_student)),
    "duplicate_ids.json": _dump(_mutated(_duplicate_ids)),
    "future_dates.json": _dump(_mutated(_future_dates)),
    "malformed_dates.json": _dump(_mutated(_malformed_dates)),
    "category_kind_mismatch.json": _dump(_mutated(_category_kind_mismatch)),
    "level_outside_ladder.json": _dump(_mutated(_level_outside_ladder)),
    "nul_in_note.json": _dump(_mutated(_nul_in_note)),
    "section_not_a_list.json": _dump(_mutated(_section_not_a_list)),
    "out_of_range_dates.json": _dump(_mutated(_out_of_range_dates)),
    "huge_number.json": _dump(_mutated(_hostile_values)).replace(b"987654321", b"1" * 5000),
    "bad_ids.json": _dump(_mutated(_bad_ids)).replace(b"\\\\ud800", b"\\ud800"),
    "not_json.txt": b"Dear colleague,\nhere are the marks you asked for.\n",
    "array.json": _dump([VALID]),
    "empty.json": b"",
    "latin1.json": _dump(VALID).replace(b"Ann Corpus", "Ånn Corpus".encode("latin-1")),
}


def main() -> None:
    for folder, files in ((ROSTER, ROSTERS), (INTERCHANGE, INTERCHANGE_FILES)):
        folder.mkdir(exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)


if __name__ == "__main__":
    main()
