"""Reflection conversations: stored whole or not at all, follow-ups that come due, and their outcomes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from autonomy.core.errors import InvalidInput, NotFound
from autonomy.services import Services
from autonomy.services.dto import ReflectionInfo
from tests.services.helpers import unchanged

TODAY = dt.date.today()


@pytest.fixture
def breaks(services: Services, students) -> list[str]:
    """Two of Amira's trust-breaking events, and one of Ben's."""
    amira = [services.events.log([students[0].id], "break", cat)[0].id for cat in ("left_area", "off_task")]
    ben = services.events.log([students[1].id], "break", "left_area")[0].id
    return [*amira, ben]


def test_record_the_whole_conversation(services: Services, students, breaks) -> None:
    follow_up = TODAY + dt.timedelta(days=7)
    info = services.reflections.record(
        students[0].id, event_ids=breaks[:2], prompts=["What happened?", "  ", " Who was affected? "],
        student_words="  I went to see my friend. ", agreement="Ask first next time.", follow_up=follow_up,
        self_ratings={"workspace": 3, "pacing": 1})
    assert type(info) is ReflectionInfo
    assert (info.student_id, set(info.event_ids), info.prompts, info.student_words, info.agreement,
            info.follow_up, info.outcome, info.self_ratings) == (
        students[0].id, set(breaks[:2]), ("What happened?", "Who was affected?"), "I went to see my friend.",
        "Ask first next time.", follow_up, None, {"workspace": 3, "pacing": 1})
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.outcome = "done"  # type: ignore[misc]
    assert services.reflections.for_student(students[0].id) == [info]
    assert services.history.can_undo().label == f"Recorded a reflection with {students[0].name}"


def test_self_ratings_are_kept_apart_from_the_teachers_level(services: Services, students) -> None:
    services.levels.change_level(students[0].id, "workspace", 1)
    services.reflections.record(students[0].id, self_ratings={"workspace": 4})
    assert services.levels.level_of(students[0].id, "workspace") == 1


@pytest.mark.parametrize(
    "ratings",
    [
        pytest.param({"workspace": 2, "pacing": 9}, id="level-above-ladder"),
        pytest.param({"workspace": 2, "pacing": -1}, id="negative-level"),
        pytest.param({"workspace": 2, "singing": 1}, id="unknown-dimension"),
    ],
)
def test_a_bad_self_rating_refuses_the_whole_conversation(services: Services, students, breaks,
                                                          ratings: dict) -> None:
    with unchanged(services), pytest.raises(InvalidInput):
        # The reflection row and its event links are written before the ratings are checked.
        services.reflections.record(students[0].id, event_ids=breaks[:2], student_words="Sorry.",
                                    follow_up=TODAY, self_ratings=ratings)
    assert services.reflections.for_student(students[0].id) == []
    assert services.reflections.due_follow_ups(TODAY + dt.timedelta(days=30)) == []


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        pytest.param({"student_words": "w" * 20_001}, "student's words", id="long-words"),
        pytest.param({"agreement": "a" * 20_001}, "agreement", id="long-agreement"),
        pytest.param({"prompts": ["p" * 2001]}, "prompt", id="long-prompt"),
        pytest.param({"at": dt.datetime.now(dt.UTC) + dt.timedelta(days=2)}, "date", id="future"),
        pytest.param({"at": dt.datetime(2026, 10, 10, 12, tzinfo=dt.UTC), "follow_up": dt.date(2026, 10, 1)},
                     "follow-up", id="follow-up-before-conversation"),
    ],
)
def test_refused_reflection_changes_nothing(services: Services, students, arguments: dict, field: str) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.reflections.record(students[0].id, **arguments)
    assert caught.value.field == field


def test_events_of_another_student_are_refused(services: Services, students, breaks) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.reflections.record(students[0].id, event_ids=[breaks[0], breaks[2]])
    assert caught.value.field == "events"
    with unchanged(services), pytest.raises(InvalidInput):
        services.reflections.record(students[0].id, event_ids=["no-such-event"])
    with unchanged(services), pytest.raises(NotFound):
        services.reflections.record("no-such-student")


def test_due_follow_ups_and_outcomes(services: Services, students) -> None:
    at = dt.datetime.combine(TODAY - dt.timedelta(days=20), dt.time(12), tzinfo=dt.UTC)
    early = services.reflections.record(students[0].id, at=at, follow_up=TODAY - dt.timedelta(days=10))
    late = services.reflections.record(students[1].id, at=at, follow_up=TODAY - dt.timedelta(days=2))
    services.reflections.record(students[2].id, at=at)  # no follow-up agreed
    assert [r.id for r in services.reflections.due_follow_ups(TODAY)] == [early.id, late.id]
    assert [r.id for r in services.reflections.due_follow_ups(TODAY - dt.timedelta(days=5))] == [early.id]
    assert services.reflections.due_follow_ups(TODAY - dt.timedelta(days=11)) == []

    held = services.reflections.set_outcome(early.id, "  Kept to the agreement all week. ")
    assert held.outcome == "Kept to the agreement all week."
    assert held == dataclasses.replace(early, outcome="Kept to the agreement all week.")
    assert [r.id for r in services.reflections.due_follow_ups(TODAY)] == [late.id]
    # Clearing the outcome opens the follow-up again.
    assert services.reflections.set_outcome(early.id, "   ").outcome is None
    assert [r.id for r in services.reflections.due_follow_ups(TODAY)] == [early.id, late.id]


def test_set_outcome_refusals(services: Services, students) -> None:
    reflection = services.reflections.record(students[0].id, follow_up=TODAY)
    with unchanged(services), pytest.raises(NotFound):
        services.reflections.set_outcome("no-such-reflection", "Fine")
    with unchanged(services), pytest.raises(InvalidInput):
        services.reflections.set_outcome(reflection.id, "o" * 20_001)


def test_for_student_newest_first(services: Services, students) -> None:
    base = dt.datetime(2026, 10, 1, 12, tzinfo=dt.UTC)
    ids = [services.reflections.record(students[0].id, at=base + dt.timedelta(days=d)).id for d in (0, 5, 2)]
    services.reflections.record(students[1].id, at=base)
    assert [r.id for r in services.reflections.for_student(students[0].id)] == [ids[1], ids[2], ids[0]]
