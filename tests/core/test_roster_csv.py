"""Reading rosters: encodings, delimiters, header names, line numbers, per-row problems, whole-file refusals."""

from __future__ import annotations

import codecs
import random
import time

import pytest

from autonomy.core.errors import RefusedFile
from autonomy.core.roster_csv import RosterParse, RosterProblem, RosterRow, parse_roster

NO_NAME = "no name column found: expected a column called Name, Full name, or First name and Last name; "


def rows(parse: RosterParse) -> list[tuple[int, str, str | None]]:
    return [(r.line, r.name, r.external_id) for r in parse.rows]


def problems(parse: RosterParse) -> list[tuple[int, str]]:
    return [(p.line, p.message) for p in parse.problems]


def refused(data: bytes) -> str:
    with pytest.raises(RefusedFile) as caught:
        parse_roster(data)
    return caught.value.summary


# --- the ordinary case ----------------------------------------------------------------------------------------


def test_plain_comma_file() -> None:
    parse = parse_roster(b"Name,Student ID\nAnn Lee,S1\nBo Chen,S2\n")
    assert parse == RosterParse(
        rows=(RosterRow(2, "Ann Lee", "S1"), RosterRow(3, "Bo Chen", "S2")),
        problems=(),
        encoding="utf-8",
        delimiter=",",
        columns=("Name", "Student ID"),
    )


def test_no_trailing_newline_and_crlf_and_surrounding_spaces() -> None:
    parse = parse_roster(b"Name , ID\r\n  Ann   Lee ,  S1 \r\nBo,S2")
    assert parse.columns == ("Name", "ID")
    assert rows(parse) == [(2, "Ann Lee", "S1"), (3, "Bo", "S2")]


def test_empty_id_cell_is_none() -> None:
    parse = parse_roster(b"Name,ID\nAnn,\nBo,  \n")
    assert rows(parse) == [(2, "Ann", None), (3, "Bo", None)]


# --- encodings ------------------------------------------------------------------------------------------------


def test_utf8_with_bom() -> None:
    parse = parse_roster(codecs.BOM_UTF8 + "Name,ID\nZoë,1\n".encode())
    assert parse.encoding == "utf-8-sig"
    assert parse.columns == ("Name", "ID")
    assert rows(parse) == [(2, "Zoë", "1")]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    data = bom + "Name\tID\r\nZoë Ørsted\tA1\r\n李雷\tA2\r\n".encode(codec)
    parse = parse_roster(data)
    assert parse.encoding == "utf-16"
    assert parse.delimiter == "\t"
    assert rows(parse) == [(2, "Zoë Ørsted", "A1"), (3, "李雷", "A2")]


def test_cp1252_fallback() -> None:
    data = "Name;ID\nZoë;1\nRenée;2\n“Smart” O’Neil;3\n".encode("cp1252")
    parse = parse_roster(data)
    assert parse.encoding == "cp1252"
    assert rows(parse) == [(2, "Zoë", "1"), (3, "Renée", "2"), (4, "“Smart” O’Neil", "3")]


def test_latin1_file_decodes_as_cp1252() -> None:
    parse = parse_roster("Name\nMüller\nFrançois\n".encode("latin-1"))
    assert parse.encoding == "cp1252"
    assert rows(parse) == [(2, "Müller", None), (3, "François", None)]


def test_names_are_nfc_normalised() -> None:
    decomposed = "Zoe\u0308"  # how some Mac programs write Zoë
    parse = parse_roster(f"Name\n{decomposed}\nZoë\n".encode())
    assert rows(parse) == [(2, "Zoë", None)]
    assert problems(parse) == [(3, "line 3: duplicate of line 2 (same name Zoë)")]


# --- delimiters and quoting -----------------------------------------------------------------------------------


def test_semicolons() -> None:
    parse = parse_roster(b"Name;ID;Notes\nLee, Ann;S1;likes maths, art\n")
    assert parse.delimiter == ";"
    assert rows(parse) == [(2, "Lee, Ann", "S1")]


def test_tabs() -> None:
    parse = parse_roster(b"Surname\tFirst name\tUPN\nLee\tAnn\tA123\n")
    assert parse.delimiter == "\t"
    assert rows(parse) == [(2, "Ann Lee", "A123")]


def test_delimiters_inside_quotes_in_the_header_do_not_count() -> None:
    # ";" appears only inside quotes, so the comma is the delimiter (and "Name; full" is not a name header).
    summary = refused(b'"Name; full";x,Notes\nAnn,x\n')
    assert summary == NO_NAME + 'the header has: "Name; full;x", "Notes"'


def test_quoted_header_cell_with_delimiters_inside() -> None:
    parse = parse_roster(b'Name,"Notes; comments, misc"\nAnn,"a, b; c"\n')
    assert parse.delimiter == ","
    assert parse.columns == ("Name", "Notes; comments, misc")
    assert rows(parse) == [(2, "Ann", None)]


def test_tie_between_delimiters_goes_to_the_one_that_finds_a_name_column() -> None:
    parse = parse_roster(b"Student;Notes, misc\nAnn Lee;x\n")
    assert parse.delimiter == ";"
    assert rows(parse) == [(2, "Ann Lee", None)]


def test_quoted_newlines_and_the_line_numbers_after_them() -> None:
    data = (
        b"Name,ID,Notes\n"  # 1
        b'"Ann\nLee",S1,x\n'  # 2-3
        b"Bo,S2,x\n"  # 4
        b'Cy,S3,"one\r\ntwo\r\nthree"\n'  # 5-7
        b"\n"  # 8
        b",,\n"  # 9
        b",S4,\n"  # 10
    )
    parse = parse_roster(data)
    assert rows(parse) == [(2, "Ann Lee", "S1"), (4, "Bo", "S2"), (5, "Cy", "S3")]
    assert problems(parse) == [(10, "line 10: the name is empty")]


def test_old_mac_line_endings() -> None:
    parse = parse_roster(b"Name,ID\rAnn,1\r\rBo,2\r")
    assert rows(parse) == [(2, "Ann", "1"), (4, "Bo", "2")]


def test_quoted_delimiter_and_escaped_quotes_in_a_name() -> None:
    parse = parse_roster(b'Name,ID\n"Lee, Ann ""Annie""",S1\n')
    assert rows(parse) == [(2, 'Lee, Ann "Annie"', "S1")]


def test_one_column_file_keeps_commas_in_names() -> None:
    parse = parse_roster(b"Name\nLee, Ann\nChen; Bo\n")
    assert parse.delimiter == ""
    assert rows(parse) == [(2, "Lee, Ann", None), (3, "Chen; Bo", None)]


def test_leading_blank_lines_before_the_header() -> None:
    parse = parse_roster(b"\n\n,,\nName,ID\nAnn,1\n")
    assert parse.columns == ("Name", "ID")
    assert rows(parse) == [(5, "Ann", "1")]


def test_row_with_more_cells_than_the_header_is_a_problem() -> None:
    parse = parse_roster(b"Name,ID\nLee, Ann,S1\nBo,S2,,\n")
    assert rows(parse) == [(3, "Bo", "S2")]  # empty trailing cells are fine
    assert problems(parse) == [
        (2, "line 2: this row has 3 cells but the header has 2 columns (a name containing a comma must be in quotes)")
    ]


def test_unclosed_quote_refuses_the_file() -> None:
    summary = refused(b'Name,ID\nAnn,S1\n"Bo,S2\nCy,S3\nDi,S4\n')
    assert summary == "line 3: a quote opens a cell that is never closed, so the rest of the file cannot be read"


def test_unclosed_quote_over_the_csv_field_limit_refuses_the_file() -> None:
    summary = refused(b'Name,ID\nAnn,S1\n"Bo,S2\n' + b"Cy Dee,S3\n" * 20_000)
    assert summary.startswith("line 3: a cell is longer than")
    assert "probably because a quote is never closed" in summary


def test_closed_multiline_last_record_is_fine() -> None:
    parse = parse_roster(b'Name,ID\n"Ann\nLee",S1')
    assert rows(parse) == [(2, "Ann Lee", "S1")]


# --- header names ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Name",
        "NAME",
        "full name",
        "Full_Name",
        "full-name",
        "Student Name",
        "student",
        "Display Name",
        "pupil name",
        "Learner",
        " name ",
    ],
)
def test_full_name_headers(header: str) -> None:
    parse = parse_roster(f"{header},Grade\nAnn Lee,7\n".encode())
    assert rows(parse) == [(2, "Ann Lee", None)]


@pytest.mark.parametrize(
    "header",
    [
        "id",
        "Student ID",
        "student_id",
        "External ID",
        "Student Number",
        "pupil number",
        "SIS ID",
        "UPN",
        "Admission-Number",
    ],
)
def test_id_headers(header: str) -> None:
    parse = parse_roster(f"Name,{header}\nAnn,X9\n".encode())
    assert rows(parse) == [(2, "Ann", "X9")]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("First Name", "Last Name"),
        ("firstname", "lastname"),
        ("Given name", "Surname"),
        ("Forename", "Family name"),
        ("first_name", "LAST-NAME"),
    ],
)
def test_first_and_last_are_joined(first: str, last: str) -> None:
    parse = parse_roster(f"{last},{first},ID\nLee,Ann,1\nChen,,2\n,Cy,3\n".encode())
    assert rows(parse) == [(2, "Ann Lee", "1"), (3, "Chen", "2"), (4, "Cy", "3")]


def test_first_name_alone_is_enough() -> None:
    parse = parse_roster(b"First name,Grade\nAnn,7\n")
    assert rows(parse) == [(2, "Ann", None)]


def test_preferred_name_is_used_when_given() -> None:
    parse = parse_roster(b"First Name,Preferred Name,Last Name\nRobert,Bob,Lee\nAnn,,Chen\n")
    assert rows(parse) == [(2, "Bob Lee", None), (3, "Ann Chen", None)]


def test_legal_and_preferred_names_as_school_systems_export_them() -> None:
    data = (
        b"UPN,Legal Surname,Legal Forename,Preferred Surname,Preferred Forename,Year\r\n"
        b'A1,"Lee-Smith",Robert,,Bob,7\r\n'
        b"A2,Chen,Ann,Chen-Wu,,7\r\n"
        b"A3,,,,,7\r\n"
    )
    parse = parse_roster(data)
    assert rows(parse) == [(2, "Bob Lee-Smith", "A1"), (3, "Ann Chen-Wu", "A2")]
    assert problems(parse) == [(4, "line 4: the name is empty")]


def test_full_name_column_wins_over_first_and_last() -> None:
    parse = parse_roster(b"First name,Last name,Display name\nRobert,Lee,Bobby Lee\nAnn,Chen,\n")
    # An empty full name falls back to first + last for that row.
    assert rows(parse) == [(2, "Bobby Lee", None), (3, "Ann Chen", None)]


def test_extra_columns_ignored_and_short_rows_have_empty_cells() -> None:
    parse = parse_roster(b"Grade,Name,Email,Student ID\n7,Ann,a@x.org,S1\n8,Bo\n")
    assert parse.columns == ("Grade", "Name", "Email", "Student ID")
    assert rows(parse) == [(2, "Ann", "S1"), (3, "Bo", None)]


def test_missing_name_column() -> None:
    summary = refused(b"Student ID,Grade,Last name\nS1,7,Lee\n")
    assert summary == NO_NAME + 'the header has: "Student ID", "Grade", "Last name"'


def test_missing_name_column_in_a_file_without_a_header() -> None:
    summary = refused(b"Ann Lee,S1\nBo Chen,S2\n")
    assert summary == NO_NAME + 'the header has: "Ann Lee", "S1"'


def test_missing_name_column_message_stays_short() -> None:
    header = ",".join(f"column number {i} " + "x" * 50 for i in range(30))
    summary = refused(f"{header}\n1\n".encode())
    assert summary.startswith(NO_NAME)
    assert summary.endswith("and 18 more")
    assert len(summary) < 1000


def test_a_repeated_header_row_is_a_problem() -> None:
    parse = parse_roster(b"Name,ID\nAnn,1\nname, id\nBo,2\n")
    assert rows(parse) == [(2, "Ann", "1"), (4, "Bo", "2")]
    assert problems(parse) == [(3, "line 3: this line repeats the header")]


# --- per-row problems -----------------------------------------------------------------------------------------


def test_empty_and_whitespace_names() -> None:
    parse = parse_roster(b'Name,ID\n,S1\n   ,S2\n"\t ",S3\nAnn,S4\n')
    assert rows(parse) == [(5, "Ann", "S4")]
    assert problems(parse) == [
        (2, "line 2: the name is empty"),
        (3, "line 3: the name is empty"),
        (4, "line 4: the name is empty"),
    ]


def test_completely_empty_lines_are_skipped_silently() -> None:
    parse = parse_roster(b"Name,ID\n\nAnn,1\n   \n,\n\t\nBo,2\n\n\n")
    assert rows(parse) == [(3, "Ann", "1"), (7, "Bo", "2")]
    assert parse.problems == ()


def test_whitespace_inside_names_is_collapsed() -> None:
    parse = parse_roster("Name\n  Ann \t  Marie\u00a0 Lee  \n".encode())
    assert rows(parse) == [(2, "Ann Marie Lee", None)]


def test_name_over_200_characters() -> None:
    parse = parse_roster(b"Name,ID\n" + b"a" * 500 + b",S1\n" + b"b" * 200 + b",S2\n")
    assert rows(parse) == [(3, "b" * 200, "S2")]
    assert problems(parse) == [(2, "line 2: the name is 500 characters long; the limit is 200")]


def test_control_characters() -> None:
    parse = parse_roster("Name,ID\nAn\x07n,S1\nBo\x85b,S2\nCy\u0090,S3\nDi,S\x1b4\n".encode())
    assert rows(parse) == [(3, "Bo b", "S2")]  # NEL (U+0085) is whitespace: collapsed like a line break
    assert problems(parse) == [
        (2, "line 2: the name contains control characters"),
        (4, "line 4: the name contains control characters"),
        (5, "line 5: the student id contains control characters"),
    ]


def test_rtl_emoji_and_accents_are_fine() -> None:
    names = ["مريم الأحمد", "דוד כהן", "Zoë 🌟", "Nguyễn Thị Minh", "Łukasz Żółć", "👩🏽‍🎓"]
    data = ("Name\n" + "\n".join(names) + "\n").encode()
    parse = parse_roster(data)
    assert rows(parse) == [(i + 2, n, None) for i, n in enumerate(names)]
    assert parse.problems == ()


@pytest.mark.parametrize(
    "cell",
    ['"=HYPERLINK(""http://x"",""click"")"', "+1+2", "@SUM(A1:A9)", "-1+2", "-=cmd", "=Ann", "  =1+1"],
)
def test_formula_names(cell: str) -> None:
    parse = parse_roster(f"Name,ID\n{cell},S1\nBo,S2\n".encode())
    assert rows(parse) == [(3, "Bo", "S2")]
    assert problems(parse) == [(2, "line 2: the name looks like a spreadsheet formula")]


@pytest.mark.parametrize("name", ["-Ann", "Anne-Marie", "Ann + Bo", "Ann@school", "Ann = Bo", "-Émile"])
def test_names_that_only_contain_formula_characters_are_fine(name: str) -> None:
    parse = parse_roster(f"Name\n{name}\n".encode())
    assert rows(parse) == [(2, name, None)]


@pytest.mark.parametrize("cell", ["=1+1", "+44", "@x", "-12"])
def test_formula_ids(cell: str) -> None:
    parse = parse_roster(f"Name,ID\nAnn,{cell}\n".encode())
    assert parse.rows == ()
    assert problems(parse) == [(2, "line 2: the student id looks like a spreadsheet formula")]


def test_formula_from_first_and_last_name() -> None:
    parse = parse_roster(b"First name,Last name\n=cmd,Lee\n")
    assert problems(parse) == [(2, "line 2: the name looks like a spreadsheet formula")]


def test_external_id_over_64_characters() -> None:
    parse = parse_roster(b"Name,ID\nAnn," + b"9" * 65 + b"\nBo," + b"8" * 64 + b"\n")
    assert rows(parse) == [(3, "Bo", "8" * 64)]
    assert problems(parse) == [(2, "line 2: the student id is 65 characters long; the limit is 64")]


def test_duplicates_by_id() -> None:
    parse = parse_roster(b"Name,Student ID\nAnn Lee,S123\nBo,S2\nAnnie Lee,S123\n")
    assert rows(parse) == [(2, "Ann Lee", "S123"), (3, "Bo", "S2")]
    assert problems(parse) == [(4, "line 4: duplicate of line 2 (same student id S123)")]


def test_same_name_with_different_ids_is_two_students() -> None:
    parse = parse_roster(b"Name,ID\nAnn Lee,S1\nAnn Lee,S2\n")
    assert rows(parse) == [(2, "Ann Lee", "S1"), (3, "Ann Lee", "S2")]


def test_duplicates_by_name_without_ids() -> None:
    parse = parse_roster(b"Name,ID\nAnn Lee,\nBo,\nann  LEE,\nAnn Lee,S9\n")
    # Case and spacing do not make a different student; a row with an id is compared by id only.
    assert rows(parse) == [(2, "Ann Lee", None), (3, "Bo", None), (5, "Ann Lee", "S9")]
    assert problems(parse) == [(4, "line 4: duplicate of line 2 (same name ann LEE)")]


def test_duplicates_are_reported_against_good_rows_only() -> None:
    parse = parse_roster(b"Name,ID\n=x,S1\nAnn,S1\nAnn,S1\n")
    assert rows(parse) == [(3, "Ann", "S1")]
    assert problems(parse) == [
        (2, "line 2: the name looks like a spreadsheet formula"),
        (4, "line 4: duplicate of line 3 (same student id S1)"),
    ]


def test_one_problem_per_row_the_first_found() -> None:
    parse = parse_roster(b"Name,ID\n=" + b"x" * 300 + b",=" + b"y" * 100 + b"\n")
    assert problems(parse) == [(2, "line 2: the name is 301 characters long; the limit is 200")]


def test_problem_type_and_order() -> None:
    parse = parse_roster(b"Name\n\n\n=a\nAnn\n=b\n")
    assert parse.problems == (
        RosterProblem(4, "line 4: the name looks like a spreadsheet formula"),
        RosterProblem(6, "line 6: the name looks like a spreadsheet formula"),
    )


# --- whole-file refusals --------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b",,,\r\n,,\r\n"])
def test_empty_file(data: bytes) -> None:
    assert refused(data) == "the file is empty"


@pytest.mark.parametrize("data", [b"Name,ID\n", b"Name,ID\n\n\n,\n", codecs.BOM_UTF8 + b"Full name"])
def test_header_only(data: bytes) -> None:
    assert refused(data) == "the file has a header (line 1) but no student rows"


def test_nul_bytes() -> None:
    assert refused(b"Name,ID\nAnn\x00,1\n") == "this does not look like a CSV text file"


def test_utf16_without_bom_has_nul_bytes_and_is_refused() -> None:
    assert refused("Name\nAnn\n".encode("utf-16-le")) == "this does not look like a CSV text file"


def test_nul_in_utf16_text() -> None:
    assert refused(codecs.BOM_UTF16_LE + "Name\nA\x00nn\n".encode("utf-16-le")).startswith(
        "this does not look like a CSV text file"
    )


def test_broken_utf16() -> None:
    summary = refused(codecs.BOM_UTF16_LE + b"N\x00a\x00m")  # odd number of bytes
    assert summary == "this does not look like a CSV text file: it starts like UTF-16 text but is not"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_binary_bytes(seed: int) -> None:
    data = random.Random(seed).randbytes(4096)
    assert refused(data) == "this does not look like a CSV text file"


def test_binary_without_nul_bytes() -> None:
    # Neither UTF-8 nor cp1252 (0x81 is not a cp1252 character).
    assert refused(bytes(range(1, 256)) * 4) == "this does not look like a CSV text file"


def test_text_made_of_control_characters() -> None:
    assert refused(b"Name\n" + bytes(range(1, 9)) * 100) == "this does not look like a CSV text file"


def test_spreadsheet_workbook() -> None:
    summary = refused(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 100)
    assert summary == (
        "this does not look like a CSV text file: it looks like a spreadsheet workbook; save it as CSV first"
    )


# --- size -----------------------------------------------------------------------------------------------------


def test_ten_thousand_rows() -> None:
    lines = ["First Name,Last Name,Student ID,Grade"]
    for i in range(10_000):
        if i % 1000 == 1:
            lines.append(f",,S{i},7")  # empty name
        elif i % 1000 == 2:
            lines.append(f"Dup,Student,S{i - 2},7")  # same id as the row two before
        elif i % 1000 == 3:
            lines.append("")  # blank: skipped silently
        else:
            lines.append(f"Student{i},Family{i % 97},S{i},7")
    parse = parse_roster(("\r\n".join(lines) + "\r\n").encode())
    assert len(parse.rows) == 9_970
    assert len(parse.problems) == 20
    assert parse.rows[0] == RosterRow(2, "Student0 Family0", "S0")
    assert parse.rows[-1] == RosterRow(10_001, "Student9999 Family8", "S9999")
    assert parse.problems[0] == RosterProblem(3, "line 3: the name is empty")
    assert parse.problems[1] == RosterProblem(4, "line 4: duplicate of line 2 (same student id S0)")
    assert parse.problems[-1] == RosterProblem(9004, "line 9004: duplicate of line 9002 (same student id S9000)")


def test_fifty_thousand_rows_are_fast() -> None:
    data = ("Name,ID\n" + "".join(f"Student {i},S{i}\n" for i in range(50_000))).encode()
    started = time.perf_counter()
    parse = parse_roster(data)
    elapsed = time.perf_counter() - started
    assert len(parse.rows) == 50_000
    assert elapsed < 2.0
