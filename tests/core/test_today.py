"""Today's short list: a class's suggestions by urgency (core/today.py), the engine's answers unchanged."""

from __future__ import annotations

import datetime as dt

from autonomy.core.demo import generate_demo
from autonomy.core.policy import Policy
from autonomy.core.suggestion_facts import (
    CheckInReasons,
    FollowUpReasons,
    ReflectReasons,
    StepUpReasons,
    Suggestion,
)
from autonomy.core.today import by_urgency, short_list
from autonomy.core.types import Severity, SuggestionKind

Kind = SuggestionKind
DAY = dt.date(2026, 11, 20)


def made(kind: Kind, who: str, reasons: object = None) -> Suggestion:
    return Suggestion(kind, who, who, "c", None, None, None, (), f"{kind} {who}", reasons)  # type: ignore[arg-type]


def reflect(who: str, severity: Severity, first_on: dt.date) -> Suggestion:
    return made(Kind.REFLECT, who, ReflectReasons(1, first_on, severity, (), None, None, severity))


def step_up(who: str, since: dt.date, builds: int = 4) -> Suggestion:
    return made(Kind.STEP_UP, who, StepUpReasons(builds, 3, since, None))


def test_the_kinds_in_order_and_within_a_kind_the_most_pressing_first() -> None:
    found = [
        step_up("Ana", DAY - dt.timedelta(days=8)),
        step_up("Ben", DAY - dt.timedelta(days=30)),
        made(Kind.CLASS_STEP, ""),
        made(Kind.CHECK_IN, "Cai", CheckInReasons(12, DAY - dt.timedelta(days=12), None)),
        made(Kind.CHECK_IN, "Dee", CheckInReasons(None, None, DAY - dt.timedelta(days=40))),
        made(Kind.FOLLOW_UP, "Eli", FollowUpReasons(DAY - dt.timedelta(days=9), DAY - dt.timedelta(days=1), None)),
        made(Kind.FOLLOW_UP, "Fay", FollowUpReasons(DAY - dt.timedelta(days=12), DAY - dt.timedelta(days=4), None)),
        reflect("Gus", Severity.MINOR, DAY - dt.timedelta(days=5)),
        reflect("Hal", Severity.SERIOUS, DAY),
        reflect("Ivy", Severity.MINOR, DAY - dt.timedelta(days=1)),
        made(Kind.STEP_BACK, "Jo"),
    ]
    assert [s.student_id for s in by_urgency(found)] == [
        "Jo", "Hal", "Gus", "Ivy", "Fay", "Eli", "Dee", "Cai", "Ben", "Ana", ""]


def test_today_takes_the_first_few_and_later_the_rest() -> None:
    found = [step_up(name, DAY - dt.timedelta(days=10 + i)) for i, name in enumerate("ABCDEFGHIJ")]
    today, later = short_list(found, 8)
    assert len(today) == 8 and len(later) == 2
    assert [s.student_id for s in today][:2] == ["J", "I"]  # earned longest ago first
    assert short_list(found, 20) == (by_urgency(found), [])


def test_the_policy_default_is_eight_and_round_trips() -> None:
    assert Policy().today_list == 8
    assert Policy.from_dict({"today_list": 5}).today_list == 5
    assert Policy.from_dict(Policy(today_list=3).to_dict()) == Policy(today_list=3)


def test_a_demo_class_of_26_has_a_short_real_looking_last_day() -> None:
    """The demo's teacher acted on most suggestions: its last day has a few waiting, not dozens."""
    from autonomy.core.demo_snapshot import snapshot_of
    from autonomy.core.suggestions import suggest

    for seed in (0, 7):
        doc = generate_demo(seed=seed, today=DAY)
        waiting = suggest(snapshot_of(doc), Policy(), DAY)
        assert len(waiting) <= 20, (seed, len(waiting))
