"""A roster from a school system's export: one CSV file, a folder holding a bundle, or a .zip of one.

OneRoster, Microsoft SDS and Clever export the whole school as several files: the people (users.csv,
Student.csv, students.csv), sometimes their roles apart (roles.csv), the classes (classes.csv, Section.csv,
sections.csv) and who is in which (enrollments.csv, StudentEnrollment.csv). `read_roster` takes one class out of
such a bundle through its enrolments; `list_sections` says which classes there are and how many students each has.

A .zip is read in memory, never unpacked to disk, and refused before anything is read from it when it could
not be a roster bundle: a name that climbs out of the folder ("../"), an absolute name or a link, another archive
inside, more members than any roster has, an encrypted member, or more uncompressed bytes (or a higher
compression ratio) than any roster needs; the sizes its header declares are checked again while reading.

Pure Python: the standard library only.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
import stat
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from autonomy.core import roster_formats as formats
from autonomy.core.errors import RefusedFile
from autonomy.core.roster_csv import RosterParse, _decode, parse_roster, text_lines

MAX_FILE_BYTES = 64 * 1024 * 1024  # far above any school's users file (50,000 rows are about 6 MB)
MAX_ZIP_BYTES = 64 * 1024 * 1024  # all members together, uncompressed
MAX_ZIP_MEMBERS = 64  # a OneRoster bundle has at most 14 files
MAX_RATIO = 100  # CSV compresses about 5 to 20 times; a bomb, thousands of times
_RATIO_FROM = 1024 * 1024  # tiny members may compress oddly well; the ratio counts from 1 MiB
_CHUNK = 64 * 1024
_ARCHIVE_SUFFIXES = (".zip", ".jar", ".7z", ".gz", ".tgz", ".tar", ".rar", ".bz2", ".xz")
_DRIVE = re.compile(r"^[A-Za-z]:")

USERS_FILES = ("users.csv", "student.csv", "students.csv")
SECTION_FILES = ("classes.csv", "section.csv", "sections.csv")
ENROLMENT_FILES = ("enrollments.csv", "studentenrollment.csv")
DELETED = formats.DELETED_STATUSES


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    students: int  # current students enrolled (those the import would take)


@dataclass(frozen=True)
class RosterRead:
    parse: RosterParse
    kind: str  # "file", "folder" or "zip"
    bundle: str  # "" for a single file; else e.g. "OneRoster 1.2" or "Microsoft SDS v1"
    section: Section | None  # the class taken from the bundle, if one was
    files: tuple[str, ...]  # the files read, in the order read


class _Source:
    """The CSV files of a file, folder or zip: lower-case name -> (name as written, reader of its bytes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.files: dict[str, tuple[str, Callable[[], bytes]]] = {}
        self.read_names: list[str] = []
        if path.is_dir():
            self.kind = "folder"
            self._open_folder(path)
        elif _is_zip(path):
            self.kind = "zip"
            self._open_zip(path)
        else:
            self.kind = "file"
            self.files[path.name.casefold()] = (path.name, functools.partial(_read_file, path))

    def has(self, *names: str) -> str | None:
        return next((n for n in names if n in self.files), None)

    def read(self, key: str) -> bytes:
        name, reader = self.files[key]
        self.read_names.append(name)
        return reader()

    def _open_folder(self, folder: Path) -> None:
        try:
            found = [p for p in folder.iterdir() if p.is_file() and p.suffix.casefold() == ".csv"]
            if not found:  # "Export 2026/oneroster/…": one folder in between is common
                inner = [p for p in folder.iterdir() if p.is_dir()]
                if len(inner) == 1:
                    found = [p for p in inner[0].iterdir() if p.is_file() and p.suffix.casefold() == ".csv"]
        except OSError as exc:
            raise RefusedFile(f"the folder cannot be read: {exc.strerror or exc}") from None
        for file in sorted(found):
            self.files[file.name.casefold()] = (file.name, functools.partial(_read_file, file))

    def _open_zip(self, path: Path) -> None:
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise RefusedFile(f"the .zip cannot be opened ({exc})") from None
        members = archive.infolist()
        _check_zip(members)
        seen: dict[str, str] = {}
        for info in members:
            name = info.filename
            if info.is_dir() or name.startswith("__MACOSX/") or not name.casefold().endswith(".csv"):
                continue
            base = PurePosixPath(name).name
            key = base.casefold()
            if key in seen:
                raise RefusedFile(f"the .zip holds two files called {base} ({seen[key]} and {name}), so which one "
                                  "is the roster cannot be told")
            seen[key] = name
            self.files[key] = (base, functools.partial(_read_member, archive, info))


def _is_zip(path: Path) -> bool:
    if path.suffix.casefold() == ".zip":
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04" and zipfile.is_zipfile(path)
    except OSError:
        return False


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RefusedFile(f"{path.name} is {size / 1e6:,.0f} MB; a roster file is far smaller (the limit is "
                              f"{MAX_FILE_BYTES // 1_000_000} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise RefusedFile(f"{path.name} cannot be read: {exc.strerror or exc}") from None


def _check_zip(members: list[zipfile.ZipInfo]) -> None:
    """Refuses a zip that cannot be an honest roster bundle, before any member is decompressed."""
    if len(members) > MAX_ZIP_MEMBERS:
        raise RefusedFile(f"the .zip holds {len(members):,} files; a roster bundle has a handful (the limit is "
                          f"{MAX_ZIP_MEMBERS}), so it was not opened")
    total = 0
    for info in members:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or _DRIVE.match(name) or ".." in parts or "\x00" in name:
            raise RefusedFile(f"the .zip holds a file named “{name[:80]}”, which points outside the bundle's "
                              "folder; such a zip is refused")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise RefusedFile(f"the .zip holds a link ({name[:80]}), not a file; such a zip is refused")
        if info.flag_bits & 0x1:
            raise RefusedFile(f"{name[:80]} in the .zip is encrypted; export the roster without a password")
        if name.casefold().endswith(_ARCHIVE_SUFFIXES):
            raise RefusedFile(f"the .zip holds another archive ({name[:80]}); unpack it and import the inner "
                              "bundle instead")
        total += info.file_size
        if info.file_size > _RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise RefusedFile(f"{name[:80]} in the .zip would grow {info.file_size // max(info.compress_size, 1):,} "
                              "times when unpacked, which no roster does (a zip bomb?); it was not opened")
    if total > MAX_ZIP_BYTES:
        raise RefusedFile(f"the .zip would unpack to {total / 1e6:,.0f} MB; a roster bundle is far smaller (the "
                          f"limit is {MAX_ZIP_BYTES // 1_000_000} MB), so it was not opened")


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, read in chunks and stopped as soon as it outgrows what its header declared."""
    limit = min(info.file_size, MAX_ZIP_BYTES)
    data = bytearray()  # grown in place: a list of chunks joined at the end would hold the file twice
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                data += chunk
                if len(data) > limit:
                    raise RefusedFile(f"{info.filename[:80]} in the .zip holds more than its header says (a zip "
                                      "bomb?); it was not read")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise RefusedFile(f"{info.filename[:80]} in the .zip cannot be read ({exc})") from None
    if data.startswith(b"PK\x03\x04"):
        raise RefusedFile(f"{info.filename[:80]} in the .zip is itself a zip; unpack it and import the inner "
                          "bundle instead")
    return data  # type: ignore[return-value]  # a bytearray reads as bytes everywhere it goes; no copy


# --- the bundle's tables -------------------------------------------------------------------------------------


def _table(source: _Source, key: str) -> Iterator[dict[str, str]]:
    """The rows of a small bundle file (classes, enrolments, roles) by normalised header key."""
    text, _encoding = _decode(source.read(key))
    sample = text[:4096]
    delimiter = max((",", ";", "\t"), key=lambda d: sample.split("\n", 1)[0].count(d))
    reader = csv.reader(text_lines(text), delimiter=delimiter)
    header = [formats.header_key(c.replace("\ufeff", "").strip()) for c in next(reader, [])]
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                yield {k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(header)}
    except csv.Error as exc:
        raise RefusedFile(f"{source.files[key][0]} cannot be read as CSV ({exc})") from None


def _sections(source: _Source) -> list[tuple[str, str]]:
    """(id, title) of each class the bundle offers, in file order; classes marked to be deleted left out."""
    key = source.has(*SECTION_FILES)
    if key is None:
        return []
    found: list[tuple[str, str]] = []
    for row in _table(source, key):
        if formats.header_key(row.get("status", "")) in DELETED:
            continue
        sid = row.get("sourcedid") or row.get("sisid") or row.get("sectionid") or row.get("id") or ""
        title = row.get("title") or row.get("sectionname") or row.get("name") or row.get("coursename") or ""
        if sid:
            found.append((sid, title or sid))
    return found


def _enrolled(source: _Source) -> dict[str, dict[str, str | None]]:
    """class id -> user id -> None for a student enrolment, else the reason its role is left out ("staff");
    enrolments marked to be deleted are not there at all."""
    key = source.has(*ENROLMENT_FILES)
    classes: dict[str, dict[str, str | None]] = {}
    if key is None:
        return classes
    for row in _table(source, key):
        if formats.header_key(row.get("status", "")) in DELETED:
            continue
        cid = row.get("classsourcedid") or row.get("sectionsisid") or row.get("sectionid") or ""
        uid = row.get("usersourcedid") or row.get("sisid") or row.get("studentid") or row.get("id") or ""
        if cid and uid:
            reason = formats.role_reason(row.get("role", ""))
            members = classes.setdefault(cid, {})
            if reason is None:
                members[uid] = None  # a student of the class (even if also enrolled in another role)
            else:
                members.setdefault(uid, reason)
    return classes


def _students_of(enrolled: dict[str, str | None]) -> set[str]:
    return {uid for uid, reason in enrolled.items() if reason is None}


def _roles(source: _Source) -> dict[str, str | None] | None:
    """user id -> None when any of their roles is student, else why they are left out; None without roles.csv."""
    if source.has("roles.csv") is None:
        return None
    roles: dict[str, str | None] = {}
    for row in _table(source, "roles.csv"):
        uid = row.get("usersourcedid", "")
        if not uid or formats.header_key(row.get("status", "")) in DELETED:
            continue
        reason = formats.role_reason(row.get("role", "") or "?")  # a role left empty is no student role
        if reason is None:
            roles[uid] = None  # a student somewhere (a user may also be, say, a guardian of a sibling)
        else:
            roles.setdefault(uid, reason)
    return roles


def _bundle_name(source: _Source, users_format: str) -> str:
    if source.has("manifest.csv"):
        for row in _table(source, "manifest.csv"):
            if row.get("propertyname", "").casefold() == "oneroster.version" and row.get("value"):
                return f"OneRoster {row['value']}"
    return users_format.rsplit(" ", 1)[0] if users_format.endswith(".csv") else users_format


# --- what the CLI and the dialog call ------------------------------------------------------------------------


def _users(source: _Source) -> str:
    key = source.has(*USERS_FILES)
    if key is None and len(source.files) == 1:  # a zip (or folder) holding one class list, whatever its name
        return next(iter(source.files))
    if key is None:
        shown = ", ".join(name for name, _reader in source.files.values()) or "no CSV files"
        raise RefusedFile(f"the {source.kind} cannot be read as a roster: it holds no list of people (users.csv, "
                          f"Student.csv or students.csv); it has: {shown}")
    return key


def list_sections(path: Path) -> list[Section]:
    """Each class in the bundle at `path` (or in the folder of the file at `path`) with its student count."""
    source = _bundle_source(path)
    sections = _sections(source)
    if not sections:
        raise RefusedFile(f"the {source.kind} holds no list of classes (classes.csv, Section.csv or sections.csv)")
    enrolled = _enrolled(source)
    users_key = _users(source)
    parsed = parse_roster(source.read(users_key), roles=_roles(source), file_name=source.files[users_key][0])
    students = {r.external_id for r in parsed.rows}
    return [Section(sid, title, len(_students_of(enrolled.get(sid, {})) & students)) for sid, title in sections]


def read_roster(path: Path, section: str | None = None) -> RosterRead:
    """The students in the file, or in one class (`section`: its title or id) of the bundle at `path`."""
    source = _bundle_source(path) if section is not None else _Source(path)
    if source.kind == "file":
        data = source.read(path.name.casefold())
        parsed = parse_roster(data, file_name=path.name)
        if parsed.format in formats.ROLES_APART:  # who is a student is said in roles.csv, beside it
            folder = _Source(path.parent)
            if folder.has("roles.csv") is None:
                raise RefusedFile(f"{path.name} is a {parsed.format.removesuffix(' users.csv')} users file, which "
                                  "keeps each person's role in roles.csv; there is no roles.csv beside it, so "
                                  "students cannot be told from staff: import the whole folder or .zip")
            parsed = parse_roster(data, roles=_roles(folder), file_name=path.name)
            source.read_names += folder.read_names
        return RosterRead(parsed, "file", "", None, tuple(source.read_names))
    users_key = _users(source)
    sections = _sections(source)
    chosen: Section | None = None
    only: set[str] | None = None
    roles = _roles(source)
    if sections:
        if section is None:
            raise RefusedFile(f"the {source.kind} holds the whole school's {len(sections)} classes; choose one "
                              "with --section TITLE_OR_ID (--list-sections shows them)")
        sid, title = pick_section(sections, section)
        members = _enrolled(source).get(sid, {})
        only = set(members)
        # Teachers enrolled in the class are left out (and counted) by their enrolment's role too.
        in_class = {uid: reason if reason is not None else (roles.get(uid, formats.NOT_A_STUDENT)
                                                               if roles is not None else None)
                    for uid, reason in members.items()}
        roles = in_class
        chosen = Section(sid, title, 0)
    elif section is not None:
        raise RefusedFile(f"the {source.kind} holds no list of classes (classes.csv, Section.csv or "
                          "sections.csv), so --section cannot be used")
    name = source.files[users_key][0]
    parsed = parse_roster(source.read(users_key), only_ids=only, roles=roles, file_name=name)
    if chosen is not None:
        chosen = Section(chosen.id, chosen.title, len(parsed.rows))
    return RosterRead(parsed, source.kind, _bundle_name(source, parsed.format), chosen, tuple(source.read_names))


def _bundle_source(path: Path) -> _Source:
    source = _Source(path)
    if source.kind == "file":  # users.csv given with --section: the rest of the bundle is beside it
        source = _Source(path.parent)
        source.kind = "folder"
    return source


def pick_section(sections: list[tuple[str, str]], wanted: str) -> tuple[str, str]:
    """The (id, title) asked for by id or by title (ignoring case and spacing); refuses an unknown or
    ambiguous one with the closest titles."""
    by_id = [s for s in sections if s[0] == wanted.strip()]
    if by_id:
        return by_id[0]
    norm = " ".join(wanted.split()).casefold()
    by_title = [s for s in sections if " ".join(s[1].split()).casefold() == norm]
    if len(by_title) == 1:
        return by_title[0]
    if by_title:
        shown = "; ".join(f"{title} (id {sid})" for sid, title in by_title[:10])
        raise RefusedFile(f"{len(by_title)} classes in the bundle are called “{wanted}”: {shown}; give the id "
                          "with --section")
    titles = [title for _sid, title in sections]
    def likeness(title: str) -> float:
        score = difflib.SequenceMatcher(None, norm, " ".join(title.split()).casefold()).ratio()
        return score + (1 if norm and norm in title.casefold() else 0)  # "Maths 9" is part of "Maths 9A"

    ranked = sorted(titles, key=lambda t: (-likeness(t), t.casefold()))
    close = [t for t in ranked if likeness(t) >= 0.4][:5]
    shown = "; ".join(close or sorted(titles, key=str.casefold)[:5])
    raise RefusedFile(f"there is no class “{wanted}” in the bundle; the closest are: {shown}")
