"""Reading a class roster from a CSV file, as spreadsheet programs and school information systems write them.

`parse_roster` turns the bytes of a file into good rows and bad rows (each with the line a teacher sees in a text
editor and one plain sentence saying what is wrong). A file that cannot be a roster at all (empty, binary, no name
column, a header and nothing else, a quote never closed) is refused as a whole with `RefusedFile`.

Pure Python: the standard library only.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field

from autonomy.core import roster_formats as formats
from autonomy.core.errors import InvalidInput, RefusedFile
from autonomy.core.roster_formats import Layout
from autonomy.core.validation import clean_name

MAX_EXTERNAL_ID = 64
MAX_SHOWN_NAME = 120

NOT_CSV = "this does not look like a CSV text file"

# The header names themselves live in roster_formats (one table per school system); re-exported for callers.
FULL_NAME_HEADERS = formats.FULL_NAME_HEADERS
FIRST_NAME_HEADERS = formats.FIRST_NAME_HEADERS
LAST_NAME_HEADERS = formats.LAST_NAME_HEADERS
PREFERRED_NAME_HEADERS = formats.PREFERRED_NAME_HEADERS
PREFERRED_LAST_NAME_HEADERS = formats.PREFERRED_LAST_NAME_HEADERS
ID_HEADERS = formats.ID_HEADERS

DELIMITERS = (",", ";", "\t")
_DELIMITER_WORDS = {",": "a comma", ";": "a semicolon", "\t": "a tab"}
# Parsing a one-column file: a delimiter that does not occur, so "Lee, Ann" stays one cell.
_NO_DELIMITER_CANDIDATES = ("\x1f", "\x1e", "\x1d", "\x1c")

# Control characters other than tab, line feed and carriage return (which are line structure or whitespace).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"[\r\n]")
# How far into the file to look for the header line and for signs of a binary file.
_SNIFF_CHARS = 65_536

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 little-endian one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


@dataclass(frozen=True)
class RosterRow:
    line: int  # line in the file as a text editor shows it (header = line 1); where a multi-line record starts
    name: str  # cleaned display name (the preferred name where the file has one)
    external_id: str | None
    legal_name: str = ""  # the name on official records, when the file gives one that differs from `name`


@dataclass(frozen=True)
class RosterProblem:
    line: int
    message: str  # one plain sentence, starting "line N: "


@dataclass(frozen=True)
class LeftOut:
    """A row that is not a current student (a teacher, a guardian, a deleted account), and why."""

    line: int
    name: str  # as the file gives it, for the preview ("" when the row has no readable name)
    reason: str  # one of roster_formats' reasons: "staff", "guardian", "deleted", "inactive", "disabled" …
    external_id: str = ""  # the school's id as the file gives it (shown, never stored)


@dataclass(frozen=True)
class RosterParse:
    rows: tuple[RosterRow, ...]  # the good rows, in file order
    problems: tuple[RosterProblem, ...]  # one entry per bad row (the first problem found), in file order
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-32" or "cp1252"
    delimiter: str  # ",", ";" or "\t"; "" when the header has a single column (each line is one cell)
    columns: tuple[str, ...]  # the header cells as read (surrounding whitespace removed)
    format: str = "plain list of names"  # which school system's layout the header matched
    # ("name", cells), ("preferred", …), ("id", …) …; left out of equality: it describes `columns`, not a result.
    used: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), compare=False)
    left_out: tuple[LeftOut, ...] = ()  # rows that are not current students, in file order

    def left_out_counts(self) -> list[tuple[str, int]]:
        """("staff", 7), ("deleted", 5) …, most first."""
        return Counter(r.reason for r in self.left_out).most_common()

    def columns_for(self, what: str) -> tuple[str, ...]:
        return dict(self.used).get(what, ())


def parse_roster(data: bytes, *, only_ids: Collection[str] | None = None,
                 roles: Mapping[str, str | None] | None = None, file_name: str = "") -> RosterParse:
    """Good rows and bad rows of a roster file; raises `RefusedFile` when the file cannot be a roster at all.

    Rows that are not current students (by the file's role and status columns, or by `roles`: user id ->
    None for a student or the reason to leave them out, from a bundle's roles.csv) are counted in `left_out`.
    `only_ids` keeps just the rows whose id is in it (one class of a bundle), without counting the others.
    The records are read one at a time, so a large users file costs little more than its own text.
    """
    text, encoding = _decode(data)
    del data  # the text is all that is needed from here on; a 50,000-row file should not be held twice
    if not text.strip():
        raise RefusedFile("the file is empty")

    delimiter = _detect_delimiter(text)
    records = _iter_records(text, delimiter)
    first_record = next(records, None)
    if first_record is None:
        raise RefusedFile("the file is empty")

    header_line, header_cells = first_record
    columns = tuple(cell.replace("\ufeff", "").strip() for cell in header_cells)
    stray = next((c for c in columns if '"' in c), None)
    if stray is not None:  # `Name,ID"`: a quote out of place, so which column is which cannot be trusted
        raise RefusedFile(f"line {header_line}: the header cell “{stray[:40]}” has a quote out of "
                          "place; correct the header line")
    layout = formats.find_layout(columns)
    instead = formats.what_the_file_is_instead(columns)
    if instead is not None and (layout is None or layout.format == "plain list of names"):
        raise RefusedFile(f"{file_name or 'the file'} holds no students: {instead}")
    if layout is None:
        raise RefusedFile(
            "no name column found: expected a column called Name, Full name, or First name and Last name; "
            f"the header has: {_describe_header(columns)}"
        )

    header_keys = tuple(_header_key(c) for c in columns)
    rows: list[RosterRow] = []
    problems: list[RosterProblem] = []
    left_out: list[LeftOut] = []
    by_id: dict[str, int] = {}
    by_name: dict[str, int] = {}
    seen_rows = False
    for line, cells in records:
        seen_rows = True
        if _repeats_header(cells, header_keys):  # said as a problem below, never counted as a staff row
            problems.append(RosterProblem(line, f"line {line}: this line repeats the header"))
            continue
        key = _cell(cells, layout.external_id)
        if only_ids is not None and key not in only_ids:
            continue  # a student of another class in the bundle: not this import's business
        reason = formats.left_out_reason(cells, layout)
        if reason is None and roles is not None:
            reason = roles.get(key, formats.NOT_A_STUDENT)
        if reason is not None:
            left_out.append(LeftOut(line, _shown_name(cells, layout), reason,
                                    _ANY_CONTROL.sub("", key)[:MAX_EXTERNAL_ID]))
            continue
        result = _check_row(line, cells, columns, header_keys, layout, delimiter)
        if isinstance(result, str):
            problems.append(RosterProblem(line, f"line {line}: {result}"))
            continue
        if result.external_id is not None:
            first = by_id.get(result.external_id)
            if first is not None:
                message = f"line {line}: duplicate of line {first} (same student id {result.external_id})"
                problems.append(RosterProblem(line, message))
                continue
            by_id[result.external_id] = line
        else:
            name_key = result.name.casefold()
            first = by_name.get(name_key)
            if first is not None:
                message = f"line {line}: duplicate of line {first} (same name {result.name})"
                problems.append(RosterProblem(line, message))
                continue
            by_name[name_key] = line
        rows.append(result)
    if not seen_rows:
        raise RefusedFile(f"the file has a header (line {header_line}) but no student rows")
    parsed = RosterParse(tuple(rows), tuple(problems), encoding, delimiter, columns, layout.format,
                         tuple(formats.columns_used(layout, columns).items()), tuple(left_out))
    if not rows and not problems and left_out:
        counts = ", ".join(f"{n} {reason}" for reason, n in parsed.left_out_counts())
        raise RefusedFile(f"{file_name or 'the file'} holds no current students: every row was left out "
                          f"({counts})")
    return parsed


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _shown_name(cells: list[str], layout: Layout) -> str:
    """The name of a left-out row as the file gives it, for the preview; no checks (it is not stored)."""
    full = _cell(cells, layout.full) or _cell(cells, layout.preferred_full)
    if not full and layout.last_first is not None and layout.first is None:
        first, last = formats.split_last_first(_cell(cells, layout.last_first))
        full = f"{first} {last}".strip()
    if not full:
        given = _cell(cells, layout.preferred) or _cell(cells, layout.first)
        family = _cell(cells, layout.preferred_last) or _cell(cells, layout.last)
        full = " ".join(part for part in (given, family) if part)
    return _ANY_CONTROL.sub("", full)[:MAX_SHOWN_NAME]


# --- decoding -------------------------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    """The text of the file and the name of the encoding it was read with."""
    if not data:
        raise RefusedFile("the file is empty")
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                if label == "utf-8-sig":
                    break  # a BOM in front of Windows text: read it as Windows text below
                raise RefusedFile(f"{NOT_CSV}: it starts like {label.upper()} text but is not") from None
            _refuse_binary(text)
            return text, label
    if data.startswith(_WORKBOOK_MAGIC):
        raise RefusedFile(f"{NOT_CSV}: it looks like a spreadsheet workbook; save it as CSV first")
    if b"\x00" in data:
        raise RefusedFile(NOT_CSV)
    body = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    try:
        text = body.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        try:
            text = body.decode("cp1252")
        except UnicodeDecodeError:
            raise RefusedFile(NOT_CSV) from None
        encoding = "cp1252"
    _refuse_binary(text)
    return text, encoding


def _refuse_binary(text: str) -> None:
    if "\x00" in text:
        raise RefusedFile(NOT_CSV)
    sample = text[:_SNIFF_CHARS]
    controls = len(_CONTROL.findall(sample))
    # A stray control character in a name is a problem with that row; many of them mean this is not text.
    if controls > 8 and controls * 20 > len(sample):
        raise RefusedFile(NOT_CSV)


# --- structure ------------------------------------------------------------------------------------------------


def _detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab, counted outside quotes on the header line; "" for a one-column header."""
    header = _header_text(text)
    if not header:
        return ","  # nothing but blank lines and delimiters: an empty spreadsheet
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    for char in header:
        if char == '"':
            in_quotes = not in_quotes
        elif not in_quotes and char in counts:
            counts[char] += 1
    candidates = sorted((d for d in DELIMITERS if counts[d]), key=lambda d: -counts[d])
    if not candidates:
        return ""
    # Prefer the delimiter that makes a name column appear ("Name;Last, First" is two columns, not two others).
    for delimiter in candidates:
        try:
            cells = next(csv.reader(io.StringIO(header, newline=""), delimiter=delimiter), [])
        except csv.Error:  # a quote the header never closes (`Name,ID"`): _read_records says so, with the line
            continue
        if _find_columns(tuple(c.replace("\ufeff", "").strip() for c in cells)) is not None:
            return delimiter
    return candidates[0]


def _header_text(text: str) -> str:
    """The first line with something in it, continued across line breaks inside quotes."""
    position = 0
    while position < len(text):
        end = _line_end(text, position)
        if text[position:end].strip(' \t,;"\r\n\ufeff'):
            break
        position = end + 1
    in_quotes = False
    end = min(len(text), position + _SNIFF_CHARS)
    for index in range(position, end):
        char = text[index]
        if char == '"':
            in_quotes = not in_quotes
        elif char in "\r\n" and not in_quotes:
            return text[position:index]
    return text[position:end]


def _line_end(text: str, start: int) -> int:
    match = _LINE_BREAK.search(text, start)
    return match.start() if match else len(text)


def _iter_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank records with the line each starts on, one at a time; refuses a file whose quotes do not close
    (said when the end is reached, so nothing is imported from it: the caller only keeps what it returns)."""
    parse_with = delimiter or next((c for c in _NO_DELIMITER_CANDIDATES if c not in text), "\x1f")
    reader = csv.reader(text_lines(text), delimiter=parse_with)
    last_line = 0
    start = 1
    try:
        for cells in reader:
            start = last_line + 1
            last_line = reader.line_num
            if any(cell.strip() for cell in cells):
                yield start, cells
    except csv.Error as error:
        start = last_line + 1
        if "field larger than field limit" in str(error):
            raise RefusedFile(
                f"line {start}: a cell is longer than {csv.field_size_limit():,} characters, "
                "probably because a quote is never closed, so the rest of the file cannot be read"
            ) from None
        raise RefusedFile(f"line {start}: the file cannot be read as CSV from here ({error})") from None
    if last_line > start and _quote_left_open(text, start, parse_with):
        raise RefusedFile(
            f"line {start}: a quote opens a cell that is never closed, so the rest of the file cannot be read"
        )


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def text_lines(text: str) -> Iterator[str]:
    """The lines of `text` with their endings (\\n, \\r\\n or a lone \\r, as `open(newline="")` splits
    them), one at a time: io.StringIO would first copy the whole text into four bytes a character."""
    for match in _LINE.finditer(text):
        yield match.group()


def _quote_left_open(text: str, start_line: int, delimiter: str) -> bool:
    """Whether the last record (starting on `start_line` and running to the end) ends inside quotes."""
    lines = io.StringIO(text, newline="").readlines()
    tail = "".join(lines[start_line - 1 :])
    try:
        for _ in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


# --- columns --------------------------------------------------------------------------------------------------


def _header_key(cell: str) -> str:
    return formats.header_key(cell)


def _find_columns(columns: tuple[str, ...]) -> Layout | None:
    return formats.find_layout(columns)


def _describe_header(columns: tuple[str, ...]) -> str:
    shown = [f'"{c[:40]}…"' if len(c) > 40 else f'"{c}"' for c in columns[:12]]
    if len(columns) > 12:
        shown.append(f"and {len(columns) - 12} more")
    return ", ".join(shown)


# --- rows -----------------------------------------------------------------------------------------------------


def _check_row(
    line: int,
    cells: list[str],
    columns: tuple[str, ...],
    header_keys: tuple[str, ...],
    found: Layout,
    delimiter: str,
) -> RosterRow | str:
    """The row, or what is wrong with it (without the "line N: " prefix)."""
    if len(cells) > len(columns) and any(cell.strip() for cell in cells[len(columns) :]):
        return (
            f"this row has {len(cells)} cells but the header has {len(columns)} columns "
            f"(a name containing {_DELIMITER_WORDS.get(delimiter, 'a delimiter')} must be in quotes)"
        )
    if _repeats_header(cells, header_keys):
        return "this line repeats the header"

    def cell(index: int | None) -> str:
        return _cell(cells, index)

    first, last = cell(found.first), cell(found.last)
    if not first and not last and found.last_first is not None:
        first, last = formats.split_last_first(cell(found.last_first))  # PowerSchool "Okafor, Ben"
    official = cell(found.full) or " ".join(part for part in (first, last) if part)
    raw_name = cell(found.preferred_full) or cell(found.full)
    if not raw_name:
        given = cell(found.preferred) or first
        family = cell(found.preferred_last) or last
        raw_name = " ".join(part for part in (given, family) if part)
    legal = _legal_name(cell(found.legal) or official, raw_name)
    try:
        name = clean_name(unicodedata.normalize("NFC", raw_name))
    except InvalidInput as error:
        return f"the name {error.problem}"
    if _ANY_CONTROL.search(name):  # clean_name lets C1 controls (U+0080..U+009F) through
        return "the name contains control characters"
    if _looks_like_formula(name):
        return "the name looks like a spreadsheet formula"

    external_id = cell(found.external_id) or None
    if external_id is not None:
        if _ANY_CONTROL.search(external_id):
            return "the student id contains control characters"
        if len(external_id) > MAX_EXTERNAL_ID:
            return f"the student id is {len(external_id)} characters long; the limit is {MAX_EXTERNAL_ID}"
        if _looks_like_formula(external_id):
            return "the student id looks like a spreadsheet formula"
    return RosterRow(line, name, external_id, legal)


def _repeats_header(cells: list[str], header_keys: tuple[str, ...]) -> bool:
    return (_header_key(cells[0]) == header_keys[0]
            and tuple(map(_header_key, cells[: len(header_keys)])) == header_keys)


def _legal_name(official: str, shown: str) -> str:
    """The official name when it differs from the one shown (kept in the student's note); "" otherwise or when
    it is not a usable name (it is a record, never a reason to refuse the row)."""
    try:
        legal = clean_name(unicodedata.normalize("NFC", official))
    except InvalidInput:
        return ""
    if _ANY_CONTROL.search(legal) or legal.casefold() == " ".join(shown.split()).casefold():
        return ""
    return legal


def _looks_like_formula(text: str) -> bool:
    """Starts the way a spreadsheet formula does: = + @, or - followed by something other than a letter."""
    if not text:
        return False
    if text[0] in "=+@":
        return True
    return text[0] == "-" and len(text) > 1 and not text[1].isalpha()
