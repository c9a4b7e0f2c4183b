"""The students' check-in as a use case: what it may read (one student's own record) and write (choices within
the level, marked as the student's; a self-rating once a week unless asked), the PIN and codes, the teacher's
corrections, and the interchange fields it adds."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from autonomy.core.errors import InvalidInput, NotAllowed
from autonomy.services import Services
from autonomy.services.checkin import ChoiceRequest, RatingRequest

TODAY = dt.date.today()


@pytest.fixture
def room(services: Services, classroom, students):
    amira, ben, chloe = students
    services.levels.change_level(amira.id, "workspace", 1, reason="Kept to the agreed spots all week")
    services.levels.change_level(ben.id, "workspace", 3, reason="SECRET-BEN-REASON")
    services.roster.edit_student(ben.id, notes="SECRET-BEN-NOTE")
    services.events.log([amira.id], "build", "helped_peer", dimension="workspace", note="SECRET-AMIRA-NOTE")
    services.events.log([ben.id], "break", "left_area", dimension="workspace", note="SECRET-BEN-EVENT")
    services.choices.record(ben.id, "workspace", "SECRET-BEN-CHOICE", choice_level=3)
    services.levels.set_student_words("workspace", 1, picks=["Window table", "Reading nook"])
    return classroom


def test_the_name_screen_gets_first_names_and_initials_only(services: Services, room, students) -> None:
    names = services.checkin.classroom(room.id).names
    assert [n.label for n in names] == ["Amira H.", "Ben O.", "Chloé D."]
    assert "Haddad" not in repr(names)


def test_a_card_holds_only_that_students_own_record(services: Services, room, students) -> None:
    amira, ben, chloe = students
    card = services.checkin.card(room.id, amira.id)
    text = repr(card)
    for other in ("Ben", "Okafor", "Chloé", ben.id, chloe.id, "SECRET"):
        assert other not in text
    workspace = next(d for d in card.dimensions if d.key == "workspace")
    assert workspace.level == 1 and workspace.next_name == "Just outside, in sight"
    assert [p.text for p in workspace.options.allowed] == ["Window table", "Reading nook", "Assigned seat"]
    assert workspace.next_step is not None and workspace.next_step.good_days == 3  # 1 build of 4 on 1 day of 3
    assert workspace.rating_due


def test_a_student_of_another_class_is_refused(services: Services, room, students) -> None:
    other = services.roster.create_classroom("8C", "Art", "2026-27")
    stranger = services.roster.add_student(other.id, "Dana Ek")
    with pytest.raises(NotAllowed):
        services.checkin.card(room.id, stranger.id)
    with pytest.raises(NotAllowed):
        services.checkin.save(room.id, stranger.id, [ChoiceRequest("workspace", "Assigned seat", 0)])


def test_choices_within_the_level_are_saved_as_the_students_and_replace_their_own(services: Services, room,
                                                                                  students) -> None:
    amira = students[0]
    services.checkin.save(room.id, amira.id, [ChoiceRequest("workspace", "Window table", 1)])
    services.checkin.save(room.id, amira.id, [ChoiceRequest("workspace", "Reading nook", 1)])
    mine = services.choices.for_student(amira.id)
    assert [(c.choice, c.by, c.within_level) for c in mine] == [("Reading nook", "student", True)]
    line = next(r for r in services.views.roster(room.id) if r.student_id == amira.id)
    assert (line.choices_today, line.own_choices_today) == (1, 1)


def test_a_choice_beyond_the_level_or_own_words_too_early_is_refused_and_nothing_saved(
        services: Services, room, students) -> None:
    amira = students[0]
    for request in (ChoiceRequest("workspace", "Just outside, in sight", 2),
                    ChoiceRequest("workspace", "Just outside, in sight"),
                    ChoiceRequest("workspace", "Under the stairs")):
        with pytest.raises(NotAllowed):
            services.checkin.save(room.id, amira.id, [ChoiceRequest("pacing", "Teacher's pace", 0), request])
    assert services.choices.for_student(amira.id) == []


def test_a_self_rating_once_a_week_unless_the_teacher_asks(services: Services, room, students) -> None:
    amira = students[0]
    services.checkin.save(room.id, amira.id, ratings=[RatingRequest("workspace", 2, "Ready for outside")])
    rating = services.checkin.self_ratings(amira.id)[-1]
    assert (rating.level, rating.words, rating.by, rating.reflection_id) == (2, "Ready for outside", "student", None)
    assert services.levels.level_of(amira.id, "workspace") == 1  # never averaged into the teacher's level
    assert not next(d for d in services.checkin.card(room.id, amira.id).dimensions if d.key == "workspace").rating_due
    with pytest.raises(NotAllowed, match="this week"):
        services.checkin.save(room.id, amira.id, ratings=[RatingRequest("workspace", 3)])
    services.checkin.ask_for_rating(amira.id)
    services.checkin.save(room.id, amira.id, ratings=[RatingRequest("workspace", 3)])
    assert [r.level for r in services.checkin.self_ratings(amira.id)] == [2, 3]
    with pytest.raises(NotAllowed):  # the request was used up
        services.checkin.save(room.id, amira.id, ratings=[RatingRequest("workspace", 4)])
    services.checkin.ask_for_rating(amira.id)
    with pytest.raises(InvalidInput):
        services.checkin.save(room.id, amira.id, ratings=[RatingRequest("workspace", 9)])


def test_the_check_in_does_not_join_the_teachers_undo_list_but_a_correction_does(services: Services, room,
                                                                                  students) -> None:
    amira = students[0]
    before = services.history.can_undo()
    services.checkin.save(room.id, amira.id, [ChoiceRequest("workspace", "Window table", 1)])
    assert services.history.can_undo() == before
    choice = services.choices.for_student(amira.id)[0]
    services.checkin.correct_choice(choice.id, None)
    assert services.choices.for_student(amira.id) == []
    assert "Took back" in services.history.undo().label
    assert [c.choice for c in services.choices.for_student(amira.id)] == ["Window table"]


def test_the_pin_is_hashed_and_wrong_tries_are_limited(services: Services, room) -> None:
    now = [1000.0]
    services.checkin.clock = lambda: now[0]
    assert services.checkin.check_pin(room.id, "")  # no PIN yet: the teacher has not set one
    services.checkin.set_up(room.id, pin="2468")
    assert services.checkin.classroom(room.id).pin_set
    stored = services.db.engine.connect().exec_driver_sql("SELECT pin_hash FROM checkin_setups").scalar()
    assert stored.startswith("scrypt$") and "2468" not in stored
    assert services.checkin.check_pin(room.id, "2468")
    for _ in range(3):
        assert not services.checkin.check_pin(room.id, "1111")
    with pytest.raises(NotAllowed, match="Too many wrong tries"):
        services.checkin.check_pin(room.id, "2468")  # even the right one waits
    assert services.checkin.pin_wait(room.id) == 30
    now[0] += 30
    assert services.checkin.check_pin(room.id, "2468")
    with pytest.raises(InvalidInput):
        services.checkin.set_up(room.id, pin="12")


def test_personal_codes_when_the_teacher_turns_them_on(services: Services, room, students) -> None:
    amira, ben, _ = students
    services.checkin.clock = lambda: 0.0
    assert services.checkin.check_code(room.id, amira.id, "")  # codes off: no code asked
    services.checkin.set_up(room.id, codes_on=True)
    services.checkin.set_code(amira.id, "Owl7")
    assert services.checkin.check_code(room.id, amira.id, "owl7")
    assert not services.checkin.check_code(room.id, ben.id, "owl7")  # Ben has no code yet: nothing matches
    for _ in range(3):
        services.checkin.check_code(room.id, amira.id, "cat")
    with pytest.raises(NotAllowed):
        services.checkin.check_code(room.id, amira.id, "owl7")


def test_the_check_ins_records_round_trip_through_a_file(services: Services, other: Services, room,
                                                         students) -> None:
    amira = students[0]
    services.levels.set_student_words("workspace", 3, student_text="I can work along the hallway.")
    services.checkin.save(room.id, amira.id, [ChoiceRequest("workspace", "Window table", 1)],
                          [RatingRequest("workspace", 2, "Ready")])
    doc = services.exchange.export_document()
    assert [r["words"] for r in doc["self_ratings"]] == ["Ready"]
    assert {c["by"] for c in doc["choices"]} == {"teacher", "student"}
    other.exchange.import_document(json.loads(json.dumps(doc)))
    again = other.exchange.export_document()
    assert again["self_ratings"] == doc["self_ratings"]
    assert sorted(again["choices"], key=lambda c: c["id"]) == sorted(doc["choices"], key=lambda c: c["id"])
    workspace = next(d for d in again["dimensions"] if d["key"] == "workspace")
    assert workspace["levels"][3]["student_text"] == "I can work along the hallway."
    assert other.exchange.import_document(doc).total_added == 0  # the same file again changes nothing


def test_a_file_without_the_new_fields_still_imports(services: Services, other: Services, room, students) -> None:
    doc = services.exchange.export_document()
    for choice in doc["choices"]:
        del choice["by"]
    for dimension in doc["dimensions"]:
        for level in dimension["levels"]:
            del level["student_text"]
    del doc["self_ratings"]
    other.exchange.import_document(doc)
    assert {c["by"] for c in other.exchange.export_document()["choices"]} == {"teacher"}


def test_a_files_self_rating_beyond_the_ladder_is_refused_by_name(services: Services, other: Services, room,
                                                                  students) -> None:
    doc = services.exchange.export_document()
    doc["self_ratings"] = [{"id": "0c1a55e5-0000-4000-8000-0000000000aa", "student": students[0].id,
                            "dimension": "workspace", "date": TODAY.isoformat(), "rating": 9, "words": "",
                            "by": "robot"}]
    from autonomy.core.errors import RefusedFile
    with pytest.raises(RefusedFile) as refused:
        other.exchange.import_document(doc)
    assert any("self_ratings[0]" in p for p in refused.value.problems)
