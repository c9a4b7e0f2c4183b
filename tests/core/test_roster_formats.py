"""Each school system's roster file, built from its documented header (tests/fixtures/rosters) or the real
Microsoft samples (../shared/rosters): the right students, names and ids; staff, guardians and deleted or
inactive accounts left out and counted by reason; files without students refused in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from autonomy.core.errors import RefusedFile
from autonomy.core.roster_bundle import read_roster
from autonomy.core.roster_csv import parse_roster
from autonomy.core.roster_formats import split_last_first

FIXTURES = Path(__file__).parents[1] / "fixtures" / "rosters"
SHARED = Path("/work/shared/rosters")

# file -> (format, {name: id}, {name: legal name kept}, {reason: rows left out})
SINGLE_FILES = {
    "oneroster-1.1/users.csv": (
        "OneRoster 1.1 users.csv",
        {"Zephrée Gámez": "u-101", "Di’Nasia Núñez": "u-102", "Hélène Laurent": "u-103", "Tobi Okafor": "u-106"},
        {}, {"staff": 2, "guardian": 1, "deleted": 1, "disabled": 1}),
    "oneroster-1.2/users.csv": (  # roles from the roles.csv beside it
        "OneRoster 1.2 users.csv",
        {"Bobby Smith": "s-1", "Aoife O’Brien": "s-2", "Jia Chen-Wong": "s-3", "Lucía Morales": "s-5"},
        {"Bobby Smith": "Robert Smith", "Jia Chen-Wong": "Jia Chen"}, {"deleted": 1, "staff": 1, "guardian": 1}),
    "sds-v2.1/users.csv": (
        "Microsoft SDS v2.1 users.csv",
        {"Ora Klein": "13001", "Zephrée Gámez": "13002", "Di’Nasia Núñez": "13003"}, {}, {"staff": 2}),
    "sds-v1-uk/Student.csv": (
        "Microsoft SDS v1 UK Student.csv",
        {"Siobhán O’Connor": "U1001", "Zephrée Gámez": "U1002", "Amira Haddad": "U1004"}, {}, {"inactive": 1}),
    "clever/students.csv": (
        "Clever students.csv", {"Hélène Núñez": "st-1", "Amara Di’Nasia": "st-2", "Jun Park": "st-3"}, {}, {}),
    "google-workspace-users.csv": (
        "Google Workspace user list", {"Zephrée Gámez": "G7001", "Hélène Dubois": "G7002"}, {},
        {"staff": 1, "disabled": 1}),
    "powerschool-students.csv": (
        "PowerSchool student export",
        {"Ben Okafor": "30101", "Di’Nasia Núñez": "30102", "Anna Maria Van der Berg": "30103"}, {},
        {"inactive": 2}),
    "canvas-users.csv": (
        "Canvas SIS users.csv", {"Chris Wong": "c-01", "Elena Gámez": "c-02"},
        {"Chris Wong": "Christopher Wong"}, {"deleted": 1, "disabled": 1, "staff": 1, "guardian": 1}),
    "gibbon-users.csv": (
        "Gibbon user export", {"Minnie Nguyen": "G-100", "João Ferreira": "G-101"},
        {"Minnie Nguyen": "Nguyen Thi Minh", "João Ferreira": "João Pedro Ferreira"},
        {"staff": 2, "guardian": 1, "inactive": 1}),
    "moodle-upload-users.csv": (
        "Moodle user upload", {"Hanni Fischer": "hfischer", "María Núñez": "mnunez"},
        {"Hanni Fischer": "Hannah Fischer"}, {"disabled": 1, "deleted": 1}),
    "opensis-students.csv": (
        "openSIS student list", {"Alex Gámez": "OS-1", "Siobhán Murphy": "OS-2"},
        {"Alex Gámez": "Alejandro Gámez"}, {}),
}


def _check(path: Path, expected: tuple[str, dict[str, str], dict[str, str], dict[str, int]]) -> None:
    fmt, students, legal, left_out = expected
    parsed = read_roster(path).parse
    assert parsed.format == fmt
    assert {r.name: r.external_id for r in parsed.rows} == students
    assert {r.name: r.legal_name for r in parsed.rows if r.legal_name} == legal
    assert dict(parsed.left_out_counts()) == left_out
    assert parsed.problems == ()


@pytest.mark.parametrize("name", sorted(SINGLE_FILES))
def test_each_format_gives_the_right_students(name: str) -> None:
    _check(FIXTURES / name, SINGLE_FILES[name])


@pytest.mark.skipif(not SHARED.is_dir(), reason="the real Microsoft samples are not on this machine")
def test_the_real_sds_samples() -> None:
    v2 = read_roster(SHARED / "sds-v2" / "users.csv").parse
    assert v2.format == "Microsoft SDS v2 users.csv"
    assert len(v2.rows) == 22 and dict(v2.left_out_counts()) == {"staff": 7}
    assert {r.external_id for r in v2.rows} == {str(n) for n in range(13001, 13023)}
    assert {r.name for r in v2.left_out} >= {"Craig Beane", "Susana Rocha"}
    v1 = read_roster(SHARED / "sds-v1-25users" / "Student.csv").parse
    assert v1.format == "Microsoft SDS v1 Student.csv"
    assert len(v1.rows) == 22 and v1.left_out == ()
    assert v1.rows[0].name == "Ora Klein" and v1.rows[0].external_id == "13001"


NOT_STUDENTS = {
    "oneroster-1.1/orgs.csv": "organisations file",
    "oneroster-1.1/classes.csv": "classes file",
    "oneroster-1.1/enrollments.csv": "enrolments file",
    "oneroster-1.1/manifest.csv": "manifest.csv",
    "oneroster-1.2/courses.csv": "courses file",
    "oneroster-1.2/academicSessions.csv": "terms file",
    "oneroster-1.2/roles.csv": "roles file",
    "sds-v2.1/orgs.csv": "organisations file",
    "clever/teachers.csv": "Clever teachers.csv",
    "clever/sections.csv": "Clever sections.csv",
    "clever/enrollments.csv": "Clever enrollments.csv",
    "clever/schools.csv": "list of schools",
    "sds-v1-uk/School.csv": "SDS UK School.csv",
    "sds-v1-uk/Teacher.csv": "SDS UK Teacher.csv",
    "sds-v1-uk/Section.csv": "SDS UK Section.csv",
    "sds-v1-uk/StudentEnrollment.csv": "SDS UK enrolment",
    "sds-v1-uk/TeacherRoster.csv": "SDS UK enrolment",
}


def test_a_plain_list_with_a_section_column_is_still_a_list_of_students() -> None:
    parsed = parse_roster(b"Name,ID,Section ID,Section Name\nAna Ruiz,1,S1,8A\n")
    assert parsed.format == "plain list of names" and [r.name for r in parsed.rows] == ["Ana Ruiz"]


@pytest.mark.parametrize("name", sorted(NOT_STUDENTS))
def test_files_without_students_are_refused_saying_what_they_look_like(name: str) -> None:
    with pytest.raises(RefusedFile) as caught:
        read_roster(FIXTURES / name)
    assert "holds no students" in caught.value.summary and NOT_STUDENTS[name] in caught.value.summary


@pytest.mark.skipif(not SHARED.is_dir(), reason="the real Microsoft samples are not on this machine")
@pytest.mark.parametrize(("name", "looks_like"), [
    ("sds-v1-25users/Teacher.csv", "SDS Teacher.csv"), ("sds-v1-25users/School.csv", "SDS School.csv"),
    ("sds-v1-25users/Section.csv", "SDS Section.csv"), ("sds-v1-25users/TeacherRoster.csv", "SDS enrolment"),
    ("sds-v1-25users/StudentEnrollment.csv", "SDS enrolment"), ("sds-v2/orgs.csv", "organisations file"),
    ("sds-v2/classes.csv", "classes file"), ("sds-v2/enrollments.csv", "enrolments file")])
def test_real_files_without_students_are_refused(name: str, looks_like: str) -> None:
    with pytest.raises(RefusedFile, match=looks_like):
        read_roster(SHARED / name)


def test_a_users_file_of_staff_only_is_refused_with_the_count() -> None:
    data = b"sourcedId,orgSourcedIds,givenName,familyName,username,password,role,grade\n" \
           b"1,9,Ann,Lee,a,x,teacher,\n2,9,Bo,Ray,b,x,aide,\n"
    with pytest.raises(RefusedFile, match=r"holds no current students: every row was left out \(2 staff\)"):
        parse_roster(data)


def test_a_oneroster_1_2_users_file_without_its_roles_is_refused(tmp_path: Path) -> None:
    alone = tmp_path / "users.csv"
    alone.write_bytes((FIXTURES / "oneroster-1.2" / "users.csv").read_bytes())
    with pytest.raises(RefusedFile, match="keeps each person's role in roles.csv"):
        read_roster(alone)


def test_the_role_of_a_repeated_header_is_no_staff_member() -> None:
    parsed = parse_roster(b"name,role\nAna,student\nname,role\nBo,teacher\n")
    assert [r.name for r in parsed.rows] == ["Ana"]
    assert [p.message for p in parsed.problems] == ["line 3: this line repeats the header"]
    assert [(r.line, r.name, r.reason) for r in parsed.left_out] == [(4, "Bo", "staff")]


def test_plain_lists_are_read_as_before() -> None:
    parsed = parse_roster("Name;Student ID\nZoë O’Brien;1\n".encode("cp1252"))
    assert parsed.format == "plain list of names" and parsed.rows[0].name == "Zoë O’Brien"
    assert parsed.columns_for("name") == ("Name",) and parsed.columns_for("id") == ("Student ID",)


@pytest.mark.parametrize(("cell", "first", "last"), [
    ("Okafor, Ben", "Ben", "Okafor"), ("Van der Berg, Anna Maria", "Anna Maria", "Van der Berg"),
    ("O’Neil,Siobhán", "Siobhán", "O’Neil"), ("Madonna", "Madonna", ""), ("Smith, Jr., John", "Jr., John", "Smith"),
])
def test_last_first_is_split_at_the_first_comma(cell: str, first: str, last: str) -> None:
    assert split_last_first(cell) == (first, last)


def test_a_preferred_name_that_is_the_legal_one_keeps_no_note() -> None:
    parsed = parse_roster(b"First Name,Surname,Preffered Name,Official Name,Primary Role,Student ID\n"
                          b"Jo,Bloggs,Jo,Jo Bloggs,Student,1\n")
    assert parsed.rows[0].name == "Jo Bloggs" and parsed.rows[0].legal_name == ""
