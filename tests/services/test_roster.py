"""Classrooms, students and roster import: what is refused (and left untouched), what comes back, all-or-nothing."""

from __future__ import annotations

import dataclasses

import pytest

from autonomy.core.errors import Conflict, InvalidInput, NotFound, RefusedFile
from autonomy.core.phrases import english
from autonomy.core.roster_csv import parse_roster
from autonomy.services import Services
from autonomy.services.dto import ClassroomInfo, StudentInfo
from tests.services.helpers import unchanged

BAD_NAMES = [
    pytest.param("", id="empty"),
    pytest.param("   \t  ", id="whitespace"),
    pytest.param("x" * 201, id="201-characters"),
    pytest.param("Ann\x07Lee", id="control-character"),
    pytest.param(None, id="not-text"),
]


def names(services: Services, classroom_id: str, **options: bool) -> list[str]:
    return [s.name for s in services.roster.students(classroom_id, **options)]


# --- classrooms -----------------------------------------------------------------------------------------------


def test_create_classroom_returns_frozen_plain_data(services: Services) -> None:
    created = services.roster.create_classroom("  7B   Science ", "Science", "2026-27")
    assert type(created) is ClassroomInfo
    assert (created.name, created.subject, created.school_year, created.archived) == (
        "7B Science", "Science", "2026-27", False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        created.name = "changed"  # type: ignore[misc]
    assert services.roster.find_classroom("7b science").id == created.id
    assert services.roster.find_classroom(created.id).name == "7B Science"


@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_classroom_name_is_refused(services: Services, classroom, name) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.roster.create_classroom(name)
    assert caught.value.field == "classroom name"


def test_classroom_name_of_200_characters_is_accepted(services: Services) -> None:
    assert services.roster.create_classroom("y" * 200).name == "y" * 200


@pytest.mark.parametrize("name", ["7B Science", "7b science", "  7B   SCIENCE  "])
def test_duplicate_classroom_is_refused(services: Services, classroom, name: str) -> None:
    with unchanged(services), pytest.raises(Conflict):
        services.roster.create_classroom(name)
    assert [c.name for c in services.roster.classrooms()] == ["7B Science"]


def test_an_archived_classroom_name_can_be_used_again(services: Services, classroom) -> None:
    services.roster.set_classroom_archived(classroom.id, True)
    again = services.roster.create_classroom("7B Science")
    assert again.id != classroom.id
    assert [c.id for c in services.roster.classrooms()] == [again.id]
    assert {c.id for c in services.roster.classrooms(include_archived=True)} == {classroom.id, again.id}


def test_renaming_a_classroom_onto_another_is_refused(services: Services, classroom) -> None:
    other = services.roster.create_classroom("8A History")
    with unchanged(services), pytest.raises(Conflict):
        services.roster.edit_classroom(other.id, name="7b science")
    assert services.roster.edit_classroom(other.id, name="8A history", subject="History").subject == "History"


def test_school_year_over_20_characters_is_refused(services: Services) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.roster.create_classroom("7C", school_year="2026-27" * 3)
    assert caught.value.field == "school year"


def test_classroom_count_leaves_out_archived_students(services: Services, classroom, students) -> None:
    services.roster.set_student_active(students[0].id, False)
    (listed,) = services.roster.classrooms()
    assert listed.student_count == len(students) - 1


# --- students -------------------------------------------------------------------------------------------------


def test_add_student_returns_frozen_plain_data(services: Services, classroom) -> None:
    added = services.roster.add_student(classroom.id, "  Amira    Haddad ", " S-100 ", "Likes the window seat.")
    assert type(added) is StudentInfo
    assert (added.name, added.external_id, added.notes, added.active, added.classroom_ids) == (
        "Amira Haddad", "S-100", "Likes the window seat.", True, (classroom.id,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        added.active = False  # type: ignore[misc]
    assert services.roster.student(added.id) == added


@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_student_name_is_refused(services: Services, classroom, students, name) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.roster.add_student(classroom.id, name)
    assert caught.value.field == "student name"


def test_student_name_of_200_characters_is_accepted(services: Services, classroom) -> None:
    assert len(services.roster.add_student(classroom.id, "z" * 200).name) == 200


def test_notes_over_20000_characters_are_refused(services: Services, classroom, students) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.roster.add_student(classroom.id, "Dana Lee", notes="n" * 20_001)
    assert caught.value.field == "notes"
    with unchanged(services), pytest.raises(InvalidInput):
        services.roster.edit_student(students[0].id, notes="n" * 20_001)
    assert len(services.roster.add_student(classroom.id, "Dana Lee", notes="n" * 20_000).notes) == 20_000


@pytest.mark.parametrize("name", ["Amira Haddad", "amira haddad", " AMIRA  HADDAD "])
def test_duplicate_student_in_a_classroom_is_refused(services: Services, classroom, students, name: str) -> None:
    with unchanged(services), pytest.raises(Conflict):
        services.roster.add_student(classroom.id, name)
    assert len(names(services, classroom.id)) == len(students)


def test_duplicate_external_id_in_a_classroom_is_refused(services: Services, classroom) -> None:
    services.roster.add_student(classroom.id, "Dana Lee", "S1")
    with unchanged(services), pytest.raises(Conflict):
        services.roster.add_student(classroom.id, "Eli Moss", "S1")


def test_same_name_in_another_classroom_is_a_different_student(services: Services, classroom, students) -> None:
    other = services.roster.create_classroom("8A History")
    twin = services.roster.add_student(other.id, students[0].name)
    assert twin.id != students[0].id
    with pytest.raises(InvalidInput):
        services.roster.find_student(students[0].name)  # ambiguous across classrooms
    assert services.roster.find_student(students[0].name, other.id).id == twin.id


def test_student_in_an_unknown_classroom_is_refused(services: Services, classroom) -> None:
    with unchanged(services), pytest.raises(NotFound):
        services.roster.add_student("no-such-classroom", "Dana Lee")


def test_find_student_by_external_id_or_name(services: Services, classroom) -> None:
    added = services.roster.add_student(classroom.id, "Dana Lee", "S-42")
    assert services.roster.find_student("S-42").id == added.id
    assert services.roster.find_student("  dana LEE ").id == added.id
    with pytest.raises(NotFound):
        services.roster.find_student("Nobody Here")


def test_edit_student_and_refused_edit(services: Services, students) -> None:
    edited = services.roster.edit_student(students[1].id, name="Benjamin  Okafor", external_id="B7", notes="Tall")
    assert (edited.name, edited.external_id, edited.notes) == ("Benjamin Okafor", "B7", "Tall")
    assert services.roster.student(students[1].id) == edited
    with unchanged(services), pytest.raises(InvalidInput):
        services.roster.edit_student(students[1].id, name="   ")
    with unchanged(services), pytest.raises(NotFound):
        services.roster.edit_student("no-such-student", name="X")


def test_archived_student_is_hidden_but_kept(services: Services, classroom, students) -> None:
    services.events.log([students[0].id], "build", "helped_peer")
    archived = services.roster.set_student_active(students[0].id, False)
    assert archived.active is False
    assert students[0].name not in names(services, classroom.id)
    assert students[0].name in names(services, classroom.id, include_archived=True)
    assert len(services.events.for_student(students[0].id)) == 1  # archiving never deletes history
    restored = services.roster.set_student_active(students[0].id, True)
    assert restored.active is True
    assert students[0].name in names(services, classroom.id)


def test_enrol_in_a_second_classroom(services: Services, students) -> None:
    other = services.roster.create_classroom("8A History")
    services.roster.enrol(students[0].id, other.id)
    assert set(services.roster.student(students[0].id).classroom_ids) == {students[0].classroom_ids[0], other.id}
    assert names(services, other.id) == [students[0].name]


def test_a_write_that_changes_nothing_leaves_no_undo_step(services: Services, classroom, students) -> None:
    services.history.undo()  # so there is something to redo, which a no-op must not throw away
    with unchanged(services):
        services.roster.set_student_active(students[0].id, True)  # already active
        services.roster.enrol(students[0].id, classroom.id)  # already enrolled
        services.roster.edit_student(students[0].id, name=students[0].name)  # same name
    assert services.history.can_redo() is not None


# --- roster import --------------------------------------------------------------------------------------------

GOOD = b"Name,Student ID\nDana Lee,S1\nEli Moss,S2\n"


def test_roster_import_adds_every_row(services: Services, classroom) -> None:
    result = services.roster.import_roster(classroom.id, parse_roster(GOOD))
    assert [(s.name, s.external_id) for s in result.added] == [("Dana Lee", "S1"), ("Eli Moss", "S2")]
    assert all(s.id for s in result.added)
    assert result.problems == () and result.dry_run is False
    assert names(services, classroom.id) == ["Dana Lee", "Eli Moss"]
    assert english(services.history.can_undo().label) == "Imported the roster of 7B Science: 2 added"


def test_one_bad_row_refuses_the_whole_roster(services: Services, classroom, students) -> None:
    parsed = parse_roster(b"Name,Student ID\nDana Lee,S1\n,S2\nEli Moss,S3\n")
    assert len(parsed.rows) == 2  # the good rows would be addable on their own
    with unchanged(services), pytest.raises(RefusedFile) as caught:
        services.roster.import_roster(classroom.id, parsed)
    assert caught.value.problems == ["line 3: the name is empty"]
    assert "1 of 3 rows" in caught.value.summary


def test_skip_invalid_adds_the_good_rows_and_reports_the_rest(services: Services, classroom, students) -> None:
    parsed = parse_roster(b"Name,Student ID\nDana Lee,S1\n,S2\nAmira Haddad,S3\nEli Moss,S4\n")
    result = services.roster.import_roster(classroom.id, parsed, skip_invalid=True)
    assert [s.name for s in result.added] == ["Dana Lee", "Eli Moss"]
    assert [p.line for p in result.problems] == [3, 4]
    assert "Amira Haddad is already in 7B Science" in result.problems[1].message
    assert sorted(names(services, classroom.id)) == sorted([s.name for s in students] + ["Dana Lee", "Eli Moss"])


def test_dry_run_writes_nothing_and_previews(services: Services, classroom, students) -> None:
    parsed = parse_roster(b"Name,Student ID\nDana Lee,S1\nBen Okafor,S9\n,S3\n")
    with unchanged(services):
        result = services.roster.import_roster(classroom.id, parsed, dry_run=True)
    assert result.dry_run is True
    assert [(s.name, s.external_id, s.id) for s in result.added] == [("Dana Lee", "S1", "")]
    assert [p.line for p in result.problems] == [3, 4]


def test_students_already_in_the_class_are_problems(services: Services, classroom) -> None:
    services.roster.add_student(classroom.id, "Dana Lee", "S1")
    parsed = parse_roster(b"Name,ID\nDANA LEE,S7\nSomeone Else,S1\nEli Moss,S2\n")
    with unchanged(services), pytest.raises(RefusedFile) as caught:
        services.roster.import_roster(classroom.id, parsed)
    assert caught.value.problems == ["line 2: DANA LEE is already in 7B Science",
                                     "line 3: Someone Else is already in 7B Science"]
    result = services.roster.import_roster(classroom.id, parsed, skip_invalid=True)
    assert [s.name for s in result.added] == ["Eli Moss"]


def test_roster_import_into_unknown_classroom(services: Services) -> None:
    with unchanged(services), pytest.raises(NotFound):
        services.roster.import_roster("nope", parse_roster(GOOD))
    with pytest.raises(NotFound):
        services.roster.import_roster("nope", parse_roster(GOOD), dry_run=True)


def hostile_roster(rows: int = 10_000) -> tuple[bytes, dict[int, str]]:
    """A Windows-1252 file with formulas, duplicates and empty names among `rows` students; bad line -> reason."""
    lines = ["Name;Student ID"]
    bad: dict[int, str] = {}
    for i in range(rows):
        line = i + 2
        if i % 1000 == 3:
            lines.append(f"=HYPERLINK(\"http://x\",\"{i}\");F{i}")
            bad[line] = "the name looks like a spreadsheet formula"
        elif i % 1000 == 5:
            lines.append(f";E{i}")
            bad[line] = "the name is empty"
        elif i % 1000 == 7:
            lines.append(f"Zoë Brontë {i - 1};D{i - 1}")  # the previous row's student id again
            bad[line] = f"duplicate of line {line - 1}"
        elif i % 1000 == 9:
            lines.append(f"Chloé @Dubois;@SUM(A{i})")
            bad[line] = "the student id looks like a spreadsheet formula"
        elif i % 1000 == 6:
            lines.append(f"Zoë Brontë {i};D{i}")
        else:
            lines.append(f"Élève Numéro {i};N{i}")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252"), bad


def test_hostile_roster_is_refused_row_by_row_and_changes_nothing(services: Services, classroom, students) -> None:
    data, bad = hostile_roster()
    parsed = parse_roster(data)
    assert parsed.encoding == "cp1252"
    assert len(parsed.rows) == 10_000 - len(bad)
    assert "Élève Numéro 0" in {r.name for r in parsed.rows}  # decoded as Windows text, not mangled
    with unchanged(services), pytest.raises(RefusedFile) as caught:
        services.roster.import_roster(classroom.id, parsed)
    messages = caught.value.problems
    assert len(messages) == len(bad)
    for message, (line, reason) in zip(messages, sorted(bad.items()), strict=True):
        assert message.startswith(f"line {line}: ")
        assert reason in message
    assert f"{len(bad)} of 10000 rows" in caught.value.summary
    with unchanged(services):
        preview = services.roster.import_roster(classroom.id, parsed, dry_run=True)
    assert [p.line for p in preview.problems] == sorted(bad)
    assert len(preview.added) == len(parsed.rows)


def test_a_new_class_and_its_roster_are_one_step(services: Services) -> None:
    from autonomy.core.roster_csv import parse_roster

    result = services.roster.import_roster_new_class("8C Art", parse_roster(b"Name\nAda Lovelace\nAlan Turing\n"))
    assert [s.name for s in services.roster.students(result.classroom.id)] == ["Ada Lovelace", "Alan Turing"]
    services.history.undo()  # one step takes back the class and its students
    assert services.roster.classrooms() == []


def test_a_refused_roster_leaves_no_empty_new_class(services: Services) -> None:
    from autonomy.core.errors import RefusedFile
    from autonomy.core.roster_csv import parse_roster

    bad = parse_roster(b"Name\nAda Lovelace\n@SUM(A1)\n")
    with unchanged(services), pytest.raises(RefusedFile):
        services.roster.import_roster_new_class("8C Art", bad)
    only_bad = parse_roster(b"Name\n=1+1\n")
    with unchanged(services), pytest.raises(RefusedFile, match="was not created"):
        services.roster.import_roster_new_class("8C Art", only_bad, skip_invalid=True)


# --- an updated export imported again ---------------------------------------------------------------------------


def test_an_updated_export_adds_the_new_reports_the_known_and_lists_who_left(services: Services, classroom) -> None:
    services.roster.import_roster(classroom.id, parse_roster(b"Name,ID\nDana Lee,S1\nEli Moss,S2\nFay Wu,S3\n"))
    later = parse_roster(b"Name,ID\nDana Lee,S1\nEli Moss,S2\nGus Park,S4\n")
    preview = services.roster.import_roster(classroom.id, later, dry_run=True)
    assert [s.name for s in preview.added] == ["Gus Park"] and preview.problems == ()
    assert [(s.name, s.external_id) for s in preview.already_there] == [("Dana Lee", "S1"), ("Eli Moss", "S2")]
    assert [(s.name, s.external_id) for s in preview.no_longer_listed] == [("Fay Wu", "S3")]
    result = services.roster.import_roster(classroom.id, later)
    assert [s.name for s in result.added] == ["Gus Park"]
    assert [s.name for s in result.no_longer_listed] == ["Fay Wu"]
    assert names(services, classroom.id) == ["Dana Lee", "Eli Moss", "Fay Wu", "Gus Park"]  # Fay is kept


def test_the_same_export_again_is_refused_as_nothing_new(services: Services, classroom) -> None:
    parsed = parse_roster(b"Name,ID\nDana Lee,S1\nEli Moss,S2\n")
    services.roster.import_roster(classroom.id, parsed)
    with unchanged(services), pytest.raises(RefusedFile) as caught:
        services.roster.import_roster(classroom.id, parsed)
    assert "all 2 students in it are already in 7B Science; nothing in it is new" in caught.value.summary
    assert caught.value.problems == ["line 2: Dana Lee is already in 7B Science (id S1)",
                                     "line 3: Eli Moss is already in 7B Science (id S2)"]


def test_a_differing_legal_name_is_kept_in_the_note(services: Services, classroom) -> None:
    parsed = parse_roster(b"First Name,Surname,Preffered Name,Official Name,Primary Role,Student ID\n"
                          b"Thi Minh,Nguyen,Minnie,Nguyen Thi Minh,Student,G1\nJo,Bloggs,Jo,Jo Bloggs,Student,G2\n")
    result = services.roster.import_roster(classroom.id, parsed)
    assert [(s.name, s.notes) for s in result.added] == [("Minnie Nguyen", "Legal name: Nguyen Thi Minh"),
                                                         ("Jo Bloggs", "")]
