"""Roster bundles as folders and zips: one class through its enrolments, the classes listed with their student
counts, unknown or ambiguous classes refused with the closest titles, hostile zips refused in words, and a
50,000-row users file read within bounded memory."""

from __future__ import annotations

import io
import shutil
import stat
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from autonomy.core import roster_bundle
from autonomy.core.errors import RefusedFile
from autonomy.core.roster_bundle import list_sections, pick_section, read_roster

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rosters"
SHARED = Path("/work/shared/rosters")

# bundle -> (format of the bundle, {section id: (title, students)}, section asked for, {name: id} it gives,
#            {reason: rows left out})
BUNDLES = {
    "oneroster-1.1": ("OneRoster 1.1", {"cls-1": ("7B Science", 3), "cls-2": ("8A History", 1)}, "7B Science",
                      {"Zephrée Gámez": "u-101", "Di’Nasia Núñez": "u-102", "Hélène Laurent": "u-103"},
                      {"deleted": 1, "disabled": 1, "staff": 1}),
    "oneroster-1.2": ("OneRoster 1.2", {"cls-9a": ("Maths 9A", 3), "cls-9b": ("Maths 9B", 1)}, "cls-9a",
                      {"Bobby Smith": "s-1", "Aoife O’Brien": "s-2", "Jia Chen-Wong": "s-3"},
                      {"deleted": 1, "staff": 1}),
    "sds-v2.1": ("Microsoft SDS v2.1", {"11001": ("Math - Algebra 1", 2), "11002": ("Art 6", 1)},
                 "math - algebra 1", {"Ora Klein": "13001", "Zephrée Gámez": "13002"}, {"staff": 1}),
    "sds-v1-uk": ("Microsoft SDS v1 UK", {"S8A": ("8A English", 2), "S9A": ("9A English", 1)}, "S8A",
                  {"Siobhán O’Connor": "U1001", "Zephrée Gámez": "U1002"}, {"inactive": 1}),
    "clever": ("Clever", {"sec-1": ("Grade 4 Reading", 2), "sec-2": ("Grade 5 Reading", 1)}, "Grade 5 Reading",
               {"Jun Park": "st-3"}, {}),
}
REAL_BUNDLES = {
    "sds-v2": ("Microsoft SDS v2", {"11001": ("Math - Algebra 1", 6), "11002": ("Math - Algebra 2", 8),
                                    "11003": ("Intro to Agriculture 101", 4),
                                    "11004": ("Bioscience Innovation 102", 4)}, "Math - Algebra 1",
               {"Ora Klein": "13001", "Beulah McMillan": "13002", "Florence Stark": "13003",
                "Noah Gilbertson": "13004", "Erna Parker": "13005", "Sherry Santana": "13006"}, {"staff": 1}),
    "sds-v1-25users": ("Microsoft SDS v1", {"11001": ("Math - Algebra 1", 22), "11002": ("Math - Algebra 2", 22)},
                       "11002", {f"x{n}": str(n) for n in range(13001, 13023)}, {}),
}


def zipped(folder: Path, into: Path, prefix: str = "") -> Path:
    path = into / f"{folder.name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, prefix + file.name)
    return path


def _check_bundle(path: Path, expected: tuple, kind: str) -> None:  # type: ignore[type-arg]
    fmt, sections, asked, students, left_out = expected
    assert {s.id: (s.title, s.students) for s in list_sections(path)} == sections
    read = read_roster(path, asked)
    assert read.kind == kind and read.bundle == fmt
    got = {r.name: r.external_id for r in read.parse.rows}
    if all(name.startswith("x") for name in students):  # only the ids are listed
        assert set(got.values()) == set(students.values())
    else:
        assert got == students
    assert dict(read.parse.left_out_counts()) == left_out
    assert read.section is not None and read.section.students == len(students)


@pytest.mark.parametrize("name", sorted(BUNDLES))
@pytest.mark.parametrize("kind", ["folder", "zip", "zip in a folder"])
def test_one_class_from_each_bundle(name: str, kind: str, tmp_path: Path) -> None:
    folder = FIXTURES / name
    path = folder if kind == "folder" else zipped(folder, tmp_path, "export/" if "folder" in kind else "")
    _check_bundle(path, BUNDLES[name], kind.split()[0])


@pytest.mark.skipif(not SHARED.is_dir(), reason="the real Microsoft samples are not on this machine")
@pytest.mark.parametrize("name", sorted(REAL_BUNDLES))
@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_one_class_from_the_real_sds_bundles(name: str, kind: str, tmp_path: Path) -> None:
    folder = SHARED / name
    _check_bundle(folder if kind == "folder" else zipped(folder, tmp_path), REAL_BUNDLES[name], kind)


def test_a_users_file_with_section_reads_the_bundle_beside_it() -> None:
    read = read_roster(FIXTURES / "clever" / "students.csv", "sec-1")
    assert [r.name for r in read.parse.rows] == ["Hélène Núñez", "Amara Di’Nasia"]


def test_a_bundle_needs_a_section() -> None:
    with pytest.raises(RefusedFile, match=r"whole school's 2 classes; choose one with --section"):
        read_roster(FIXTURES / "oneroster-1.1")


def test_a_class_marked_to_be_deleted_is_not_offered() -> None:
    titles = [s.title for s in list_sections(FIXTURES / "oneroster-1.1")]
    assert "7B Science (old)" not in titles
    with pytest.raises(RefusedFile, match="no class “cls-3”"):
        read_roster(FIXTURES / "oneroster-1.1", "cls-3")


def test_an_unknown_class_is_refused_with_the_closest_titles() -> None:
    with pytest.raises(RefusedFile) as caught:
        read_roster(FIXTURES / "oneroster-1.2", "Maths 9")
    assert caught.value.summary == ("there is no class “Maths 9” in the bundle; the closest are: Maths 9A; "
                                    "Maths 9B")


def test_an_ambiguous_title_is_refused_asking_for_the_id() -> None:
    sections = [("a1", "Art"), ("a2", "Art"), ("m1", "Maths")]
    with pytest.raises(RefusedFile, match=r"2 classes in the bundle are called “art”: Art \(id a1\); Art \(id a2\)"):
        pick_section(sections, "art")
    assert pick_section(sections, "a2") == ("a2", "Art")


def test_a_zip_of_one_plain_list_is_read(tmp_path: Path) -> None:
    read = read_roster(_zip(tmp_path, {"7B/class list.csv": "Name,ID\nZoë Roy,7\n".encode()}))
    assert read.kind == "zip" and [(r.name, r.external_id) for r in read.parse.rows] == [("Zoë Roy", "7")]


def test_a_folder_without_people_is_refused_naming_what_it_holds(tmp_path: Path) -> None:
    for name in ("orgs.csv", "enrollments.csv"):
        shutil.copy(FIXTURES / "oneroster-1.1" / name, tmp_path)
    with pytest.raises(RefusedFile, match="holds no list of people .*; it has: enrollments.csv, orgs.csv$"):
        read_roster(tmp_path, "x")


# --- hostile zips ----------------------------------------------------------------------------------------------


def _zip(tmp_path: Path, members: dict[str, bytes], *, name: str = "bundle.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


USERS = (FIXTURES / "oneroster-1.1" / "users.csv").read_bytes()


@pytest.mark.parametrize(("members", "words"), [
    ({"../../etc/users.csv": USERS}, "points outside the bundle's folder"),
    ({"/abs/users.csv": USERS}, "points outside the bundle's folder"),
    ({"C:/Windows/users.csv": USERS}, "points outside the bundle's folder"),
    ({"ok/..\\..\\users.csv": USERS}, "points outside the bundle's folder"),
    ({"users.csv": USERS, "inner.zip": b"PK\x03\x04rest"}, "holds another archive (inner.zip)"),
    ({"users.csv": b"PK\x03\x04" + USERS}, "is itself a zip"),
    ({f"f{n}.csv": b"a\n" for n in range(roster_bundle.MAX_ZIP_MEMBERS + 1)}, "holds 65 files"),
    ({"users.csv": b"name\n" + b"a" * (8 * 1024 * 1024)}, "would grow"),
])
def test_hostile_zips_are_refused_in_words(tmp_path: Path, members: dict[str, bytes], words: str) -> None:
    with pytest.raises(RefusedFile) as caught:
        read_roster(_zip(tmp_path, members))
    assert words in caught.value.summary


def test_a_zip_too_big_when_unpacked_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roster_bundle, "MAX_ZIP_BYTES", 1000)
    with pytest.raises(RefusedFile, match=r"would unpack to .* MB; a roster bundle is far smaller"):
        read_roster(_zip(tmp_path, {"users.csv": USERS}))


def test_a_zip_whose_header_lies_about_its_size_is_stopped_while_reading(tmp_path: Path) -> None:
    path = _zip(tmp_path, {"users.csv": USERS})
    data = bytearray(path.read_bytes())
    # Both headers declare 100 bytes for a member that unpacks to far more: zipfile stops at the declared size
    # and its CRC check fails (our own count would stop it too); either way it is refused, naming the member.
    local = data.index(b"PK\x03\x04")
    data[local + 22:local + 26] = (100).to_bytes(4, "little")
    central = data.index(b"PK\x01\x02")
    data[central + 24:central + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(RefusedFile, match=r"^users.csv in the .zip (cannot be read \(Bad CRC|holds more than)"):
        read_roster(path)


def test_a_link_in_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "links.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("users.csv")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(RefusedFile, match=r"holds a link \(users.csv\)"):
        read_roster(path)


def test_a_broken_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(RefusedFile, match=r"the .zip cannot be opened"):
        read_roster(path)


def test_two_users_files_in_a_zip_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RefusedFile, match="two files called users.csv"):
        read_roster(_zip(tmp_path, {"a/users.csv": USERS, "b/users.csv": USERS}))


# --- a big school ------------------------------------------------------------------------------------------------

ROWS = 50_000


def big_school(tmp_path: Path) -> Path:
    """A OneRoster 1.1 zip of 50,000 users (every 7th staff, every 11th of the others deleted) and 1,000
    classes (user n is in class n % 1000)."""
    users = io.StringIO()
    users.write("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,"
                "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n")
    enrolments = io.StringIO()
    enrolments.write("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
                     "primary,beginDate,endDate\n")
    for n in range(ROWS):
        role = "teacher" if n % 7 == 0 else "student"
        status = "tobedeleted" if n % 11 == 0 else "active"
        users.write(f"u{n},{status},2026-08-01,true,org-1,{role},user{n},,Given{n},Family{n},,{n},"
                    f"user{n}@example.org,,,,07,\n")
        enrolments.write(f"e{n},active,2026-08-01,c{n % 1000},org-1,u{n},{role},false,,\n")
    classes = "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location," \
              "schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
    classes += "".join(f"c{n},active,2026-08-01,Class {n},07,,,scheduled,,org-1,,,,\n" for n in range(1000))
    return _zip(tmp_path, {"users.csv": users.getvalue().encode(), "enrollments.csv": enrolments.getvalue().encode(),
                           "classes.csv": classes.encode()}, name="big.zip")


def test_a_50000_row_users_file_is_read_within_bounded_memory(tmp_path: Path) -> None:
    path = big_school(tmp_path)
    size = len(zipfile.ZipFile(path).read("users.csv"))
    tracemalloc.start()
    try:
        read = read_roster(path, "Class 3")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    in_class = range(3, ROWS, 1000)
    staff = sum(1 for n in in_class if n % 7 == 0)
    deleted = sum(1 for n in in_class if n % 7 and n % 11 == 0)
    assert len(read.parse.rows) == 50 - staff - deleted
    assert dict(read.parse.left_out_counts()) == {"staff": staff, "deleted": deleted}
    # The users file is held as bytes and as text once each, plus the rows kept: not a list of every cell.
    print(f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB users file of {ROWS:,} rows")
    assert peak < 3 * size, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"


def test_the_whole_50000_row_file_is_parsed_within_bounded_memory(tmp_path: Path) -> None:
    data = zipfile.ZipFile(big_school(tmp_path)).read("users.csv")
    tracemalloc.start()
    try:
        parsed = roster_bundle.parse_roster(data)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    staff = sum(1 for n in range(ROWS) if n % 7 == 0)
    deleted = sum(1 for n in range(ROWS) if n % 7 and n % 11 == 0)
    assert len(parsed.rows) == ROWS - staff - deleted
    assert dict(parsed.left_out_counts()) == {"staff": staff, "deleted": deleted}
    print(f"peak {peak / 1e6:.1f} MB keeping {len(parsed.rows):,} of {ROWS:,} rows ({len(data) / 1e6:.1f} MB)")
    assert peak < 5 * len(data)
