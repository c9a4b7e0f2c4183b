"""Reflection conversations: stored whole or not at all, follow-ups that come due, and their outcomes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from autonomy.core.errors import InvalidInput, NotAllowed, NotFound
from autonomy.core.phrases import english
from autonomy.core.suggestion_facts import Suggestion
from autonomy.core.types import Role, SuggestionKind
from autonomy.services import Services
from autonomy.services.dto import ReflectionInfo
from autonomy.storage.database import Database
from tests.services.helpers import state, unchanged

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
    assert english(services.history.can_undo().label) == f"Recorded a conversation with {students[0].name}"


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


# --- acting on a suggestion: the conversation (or outcome) and its acceptance, one transaction ----------------------
def _suggested(services: Services, student_id: str, kind: SuggestionKind) -> Suggestion:
    return next(s for s in services.suggestions.for_student(student_id) if s.kind == kind)


def _one_undo_step_holds_both(services: Services, before: tuple, label: str) -> None:
    """The change is one undo step: undone, the data is as `before`; redone, as it was after the change."""
    after = state(services)
    assert after != before
    assert english(services.history.can_undo().label) == label
    services.history.undo()
    assert state(services) == before
    services.history.redo()
    assert state(services) == after


def test_a_conversation_held_from_a_suggestion_accepts_it_in_the_same_step(services: Services, students,
                                                                          breaks) -> None:
    amira = students[0]
    reflect = _suggested(services, amira.id, SuggestionKind.REFLECT)
    before, steps = state(services), len(services.history.recent(100))
    info = services.reflections.record(amira.id, event_ids=breaks[:2], student_words="I went to see my friend.",
                                       acting_on=reflect, acting_reason=" Held the conversation ")
    assert services.reflections.for_student(amira.id) == [info]
    [decision] = services.decisions.all()
    assert (decision.student_id, decision.classroom_id, decision.kind, decision.decision, decision.reason,
            set(decision.evidence)) == (amira.id, reflect.classroom_id, "reflect", "accepted",
                                        "Held the conversation", {e.event_id for e in reflect.evidence})
    assert len(services.history.recent(100)) == steps + 1
    assert SuggestionKind.REFLECT not in {s.kind for s in services.suggestions.for_student(amira.id)}
    _one_undo_step_holds_both(services, before, f"Recorded a conversation with {amira.name}")
    assert [d.decision for d in services.decisions.all()] == ["accepted"]


def test_an_outcome_recorded_from_a_follow_up_accepts_it_in_the_same_step(services: Services, students) -> None:
    at = dt.datetime.combine(TODAY - dt.timedelta(days=5), dt.time(12), tzinfo=dt.UTC)
    earlier = services.reflections.record(students[2].id, at=at, follow_up=TODAY - dt.timedelta(days=1))
    follow_up = _suggested(services, students[2].id, SuggestionKind.FOLLOW_UP)
    before, steps = state(services), len(services.history.recent(100))
    held = services.reflections.set_outcome(earlier.id, "Kept it all week", acting_on=follow_up,
                                            acting_reason="Outcome recorded")
    assert held.outcome == "Kept it all week"
    [decision] = services.decisions.all()
    assert (decision.student_id, decision.kind, decision.decision, decision.reason) == (
        students[2].id, "follow_up", "accepted", "Outcome recorded")
    assert len(services.history.recent(100)) == steps + 1
    _one_undo_step_holds_both(services, before, "Recorded how a follow-up went")


def test_a_conversation_acting_on_a_step_back_also_changes_the_level(services: Services, students) -> None:
    """As accepting a step back does today: the level goes down one, source "suggestion", in the same step."""
    amira = students[0].id
    services.levels.change_level(amira, "workspace", 2)
    [serious] = services.events.log([amira], "break", "left_area", dimension="workspace", severity="serious")
    step_back = _suggested(services, amira, SuggestionKind.STEP_BACK)
    before = state(services)
    services.reflections.record(amira, event_ids=[serious.id], agreement="Back to the table for a week",
                                acting_on=step_back, acting_reason="Held the conversation")
    assert services.levels.level_of(amira, "workspace") == 1
    assert [(c.to_level, c.source) for c in services.levels.history(amira)] == [(2, "manual"), (1, "suggestion")]
    assert [(d.kind, d.decision) for d in services.decisions.all()] == [("step_back", "accepted")]
    _one_undo_step_holds_both(services, before, f"Recorded a conversation with {students[0].name}")


def test_a_refused_acceptance_saves_no_conversation(services: Services, students, breaks) -> None:
    amira, ben = students[0].id, students[1].id
    services.levels.change_level(amira, "workspace", 2)
    services.events.log([amira], "break", "left_area", dimension="workspace", severity="serious")
    step_back = _suggested(services, amira, SuggestionKind.STEP_BACK)
    bens = _suggested(services, ben, SuggestionKind.REFLECT)
    services.levels.change_level(amira, "workspace", 4, reason="meanwhile, in another window")
    with unchanged(services), pytest.raises(InvalidInput) as caught:  # stale: the level it steps from is gone
        services.reflections.record(amira, event_ids=breaks[:2], student_words="Sorry.", follow_up=TODAY,
                                    acting_on=step_back)
    assert caught.value.field == "suggestion"
    with unchanged(services), pytest.raises(InvalidInput) as caught:  # another student's suggestion
        services.reflections.record(amira, event_ids=breaks[:2], acting_on=bens)
    assert caught.value.field == "suggestion"
    with unchanged(services), pytest.raises(InvalidInput):
        services.reflections.record(amira, acting_on=bens, acting_reason="r" * 2001)
    reflection = services.reflections.record(amira, follow_up=TODAY)
    with unchanged(services), pytest.raises(InvalidInput):
        services.reflections.set_outcome(reflection.id, "Went well", acting_on=bens)
    assert services.reflections.set_outcome(reflection.id, "Went well").outcome == "Went well"


def test_a_suggestion_in_a_classroom_the_teacher_may_not_change_saves_nothing(db: Database) -> None:
    """Sam is in Amy's class and in Bo's: Amy may talk with Sam, not decide on a suggestion made in Bo's class."""
    admin = Services.over(db)
    amy, bo = Services.over(db.acting_as("amy", Role.TEACHER)), Services.over(db.acting_as("bo", Role.TEACHER))
    amy_class, bo_class = amy.roster.create_classroom("7B Science"), bo.roster.create_classroom("7C Science")
    sam = bo.roster.add_student(bo_class.id, "Sam")
    admin.roster.enrol(sam.id, amy_class.id)
    [event] = bo.events.log([sam.id], "break", "left_area", severity="minor")
    in_bos_class = next(s for s in bo.suggestions.for_classroom(bo_class.id)
                        if s.kind == SuggestionKind.REFLECT and s.student_id == sam.id)
    with unchanged(admin), pytest.raises(NotAllowed):
        amy.reflections.record(sam.id, event_ids=[event.id], student_words="Sorry.", acting_on=in_bos_class)
    reflection = amy.reflections.record(sam.id, follow_up=TODAY)  # the conversation alone is hers to hold
    with unchanged(admin), pytest.raises(NotAllowed):
        amy.reflections.set_outcome(reflection.id, "Went well", acting_on=in_bos_class)
    assert admin.decisions.all() == []
