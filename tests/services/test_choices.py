"""Daily choices: whether a choice was within the student's level, and the quick picks of recent choices."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from autonomy.core import phrases
from autonomy.core.errors import InvalidInput, NotFound
from autonomy.core.phrases import english
from autonomy.services import Services
from autonomy.services.dto import ChoiceInfo
from tests.services.helpers import unchanged

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def test_record_returns_frozen_plain_data(services: Services, students) -> None:
    choice = services.choices.record(students[0].id, "workspace", "  Library   table ", day=days_ago(1))
    assert type(choice) is ChoiceInfo
    assert (choice.student_id, choice.day, choice.dimension, choice.choice, choice.within_level) == (
        students[0].id, days_ago(1), "workspace", "Library table", True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        choice.within_level = False  # type: ignore[misc]
    assert services.choices.for_student(students[0].id) == [choice]
    assert english(services.history.can_undo().label) == f"Recorded {students[0].name}’s choice ‘Library table’"


def test_the_day_defaults_to_today(services: Services, students) -> None:
    assert services.choices.record(students[0].id, "pacing", "Maths first").day == dt.date.today()


@pytest.mark.parametrize(("current", "choice_level", "within"),
                         [(0, 0, True), (0, 1, False), (2, 1, True), (2, 2, True), (2, 3, False), (4, 4, True)])
def test_within_level_comes_from_the_choice_level(services: Services, students, current: int, choice_level: int,
                                                  within: bool) -> None:
    if current:
        services.levels.change_level(students[0].id, "workspace", current)
    # An explicit within_level is overruled by what the ladder says.
    recorded = services.choices.record(students[0].id, "workspace", "Hallway bench", choice_level=choice_level,
                                       within_level=not within)
    assert recorded.within_level is within


def test_within_level_follows_the_level_at_the_time(services: Services, students) -> None:
    amira = students[0].id
    assert services.choices.record(amira, "choice", "Own project", choice_level=3).within_level is False
    services.levels.change_level(amira, "choice", 3)
    assert services.choices.record(amira, "choice", "Own project", choice_level=3).within_level is True
    # Another student's level or another dimension's does not count.
    assert services.choices.record(students[1].id, "choice", "Own project", choice_level=3).within_level is False
    assert services.choices.record(amira, "pacing", "Own deadline", choice_level=3).within_level is False


def test_without_a_choice_level_within_level_is_as_given(services: Services, students) -> None:
    assert services.choices.record(students[0].id, "pacing", "A").within_level is True
    assert services.choices.record(students[0].id, "pacing", "B", within_level=False).within_level is False


def test_tomorrow_is_allowed_but_not_later(services: Services, students) -> None:
    # One day of slack: a school in another time zone may already be on tomorrow.
    today = dt.date.today()
    assert services.choices.record(students[0].id, "pacing", "A", day=today + dt.timedelta(days=1))
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.choices.record(students[0].id, "pacing", "B", day=today + dt.timedelta(days=2))
    assert caught.value.field == "date"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"dimension": "workspace", "choice": "   "}, "choice"),
        ({"dimension": "workspace", "choice": "c" * 201}, "choice"),
        ({"dimension": "singing", "choice": "Choir"}, "dimension"),
        ({"dimension": "workspace", "choice": "Roof", "choice_level": 5}, "choice level"),
        ({"dimension": "workspace", "choice": "Roof", "choice_level": -1}, "choice level"),
    ],
)
def test_refused_choice_changes_nothing(services: Services, students, arguments: dict, field: str) -> None:
    services.choices.record(students[1].id, "workspace", "Window seat")
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.choices.record(students[0].id, **arguments)
    assert caught.value.field == field


def test_choice_for_an_unknown_student(services: Services, students) -> None:
    with unchanged(services), pytest.raises(NotFound):
        services.choices.record("no-such-student", "workspace", "Library")


def test_recent_choices_are_distinct_and_most_recent_first(services: Services, students) -> None:
    for ago, text in [(9, "Library"), (7, "Hallway"), (5, "Library"), (3, "Window seat"), (2, "Hallway"),
                      (1, "Beanbag")]:
        services.choices.record(students[ago % 3].id, "workspace", text, day=days_ago(ago))
    services.choices.record(students[0].id, "pacing", "Maths first", day=TODAY)
    assert services.choices.recent_choices("workspace") == ["Beanbag", "Hallway", "Window seat", "Library"]
    assert services.choices.recent_choices("workspace", limit=2) == ["Beanbag", "Hallway"]
    assert services.choices.recent_choices("pacing") == ["Maths first"]
    assert services.choices.recent_choices("choice") == []


def test_a_popular_choice_does_not_hide_the_others(services: Services, students) -> None:
    services.choices.record(students[0].id, "workspace", "Hallway", day=days_ago(20))
    for ago in range(10):  # the whole class picks the library, day after day
        for student in students:
            for _ in range(3):
                services.choices.record(student.id, "workspace", "Library", day=days_ago(ago))
    assert services.choices.recent_choices("workspace") == ["Library", "Hallway"]


def test_for_student_and_for_classroom(services: Services, classroom, students) -> None:
    for ago in (4, 2, 0):
        services.choices.record(students[0].id, "workspace", f"Spot {ago}", day=days_ago(ago))
    services.choices.record(students[1].id, "workspace", "Spot X", day=days_ago(2))
    assert [c.choice for c in services.choices.for_student(students[0].id)] == ["Spot 0", "Spot 2", "Spot 4"]
    assert [c.choice for c in services.choices.for_student(students[0].id, since=days_ago(2))] == [
        "Spot 0", "Spot 2"]
    assert sorted(c.choice for c in services.choices.for_classroom(classroom.id, days_ago(2))) == [
        "Spot 2", "Spot X"]
    other = services.roster.create_classroom("8A History")
    assert services.choices.for_classroom(other.id, days_ago(2)) == []


def test_a_days_choices_in_several_dimensions_are_one_undo_step_naming_each(services: Services, students) -> None:
    from autonomy.services.choices import DayChoice

    amira = students[0]
    before = len(services.history.recent(100))
    recorded = services.choices.record_day(amira.id, [DayChoice("workspace", "Library table", level=1),
                                                      DayChoice("pacing", "Maths first")])
    assert [(c.dimension, c.choice, c.within_level) for c in recorded] == [
        ("workspace", "Library table", False), ("pacing", "Maths first", True)]
    assert len(services.history.recent(100)) == before + 1
    label = phrases.english(services.history.can_undo().label)
    assert label == f"Recorded {amira.name}’s choices ‘Library table’ (Workspace) and ‘Maths first’ (Pacing)"
    services.history.undo()
    assert services.choices.for_student(amira.id) == []


def test_a_refused_choice_saves_none_of_the_day(services: Services, students) -> None:
    from autonomy.services.choices import DayChoice

    with pytest.raises(InvalidInput):
        services.choices.record_day(students[0].id, [DayChoice("workspace", "Library table"),
                                                     DayChoice("no_such_dimension", "Anything")])
    assert services.choices.for_student(students[0].id) == []
