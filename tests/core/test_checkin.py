"""The check-in's rules without a database: secrets, tries, what a level allows, the next step, the rhythm."""

from __future__ import annotations

import datetime as dt

import pytest

from autonomy.core import checkin as rules
from autonomy.core.errors import InvalidInput, NotAllowed
from autonomy.core.policy import Policy

DAY = dt.date(2026, 11, 20)
LADDER = [rules.LevelOptions(0, "Assigned seat"),
          rules.LevelOptions(1, "Spots in the room", ("Window table", "Reading nook")),
          rules.LevelOptions(2, "Just outside", ("Corridor bench",)),
          rules.LevelOptions(3, "Along the hallway")]


def test_a_secret_is_stored_salted_and_only_the_same_secret_matches() -> None:
    first, second = rules.hash_secret("2468"), rules.hash_secret("2468")
    assert first != second and "2468" not in first  # salted, never the PIN itself
    assert rules.secret_matches("2468", first) and rules.secret_matches("2468", second)
    assert not rules.secret_matches("2469", first)
    assert not rules.secret_matches("2468", "") and not rules.secret_matches("2468", "scrypt$broken")


@pytest.mark.parametrize("pin", ["", "123", "12a4", "1234567890123", "１２３４"])
def test_a_pin_is_four_to_twelve_digits(pin: str) -> None:
    with pytest.raises(InvalidInput):
        rules.clean_pin(pin)


def test_wrong_tries_wait_longer_each_time_and_a_right_one_starts_over() -> None:
    limiter = rules.AttemptLimiter(free=3, first_wait=30, longest=100)
    for _ in range(2):
        limiter.record(False, 0)
        limiter.check(0)  # two wrong tries: still free
    limiter.record(False, 0)
    with pytest.raises(NotAllowed, match="30 seconds"):
        limiter.check(0)
    assert limiter.wait(29) == 1 and limiter.wait(30) == 0
    limiter.record(False, 30)
    assert limiter.wait(30) == 60
    limiter.record(False, 90)
    assert limiter.wait(90) == 100  # never longer than `longest`
    limiter.record(True, 200)
    limiter.check(200)
    assert limiter.wait(200) == 0


def test_a_level_allows_its_picks_and_those_below_and_shows_the_next_as_a_step() -> None:
    options = rules.options_for(LADDER, 1)
    assert [p.text for p in options.allowed] == ["Window table", "Reading nook", "Assigned seat"]
    assert [p.text for p in options.next_step] == ["Corridor bench"]
    assert not options.own_words
    assert rules.check_choice(options, "Window table", None) == 1
    with pytest.raises(NotAllowed, match="beyond"):
        rules.check_choice(options, "Corridor bench", None)
    with pytest.raises(NotAllowed, match="beyond"):
        rules.check_choice(options, "Window table", 2)  # a pick claimed for a higher level
    with pytest.raises(NotAllowed, match="own words"):
        rules.check_choice(options, "The library", None)


def test_own_words_come_with_rank_three_unless_the_teacher_says_otherwise() -> None:
    assert rules.options_for(LADDER, 3).own_words
    assert rules.check_choice(rules.options_for(LADDER, 3), "The library", None) is None
    early = [*LADDER[:1], rules.LevelOptions(1, "Spots", own_words=True)]
    assert rules.options_for(early, 1).own_words
    late = [*LADDER[:3], rules.LevelOptions(3, "Hallway", own_words=False)]
    assert not rules.options_for(late, 3).own_words
    assert rules.options_for(LADDER, 3).next_step == ()  # the top: no next step


def test_the_next_step_counts_what_the_step_up_rule_still_waits_for() -> None:
    policy = Policy()  # 7 days held, 4 builds on 3 days, 10 days without a break
    step = rules.next_step(policy, DAY, DAY - dt.timedelta(days=3), [DAY, DAY - dt.timedelta(days=1)], None)
    assert (step.good_days, step.hold_days, step.break_free_days) == (2, 4, 0) and not step.ready
    broke = rules.next_step(policy, DAY, DAY - dt.timedelta(days=30), [DAY] * 4 + [DAY - dt.timedelta(days=2)] * 2,
                            DAY - dt.timedelta(days=6))
    assert (broke.good_days, broke.hold_days, broke.break_free_days) == (1, 0, 4)
    ready = rules.next_step(policy, DAY, DAY - dt.timedelta(days=30),
                            [DAY - dt.timedelta(days=d) for d in range(4)], DAY - dt.timedelta(days=10))
    assert ready.ready
    assert not rules.next_step(policy, DAY, DAY - dt.timedelta(days=30),
                               [DAY - dt.timedelta(days=d) for d in range(4)], None, open_follow_up=True).ready


def test_a_self_rating_is_due_once_a_week_or_when_the_teacher_asks() -> None:
    assert rules.rating_due(None, DAY)
    assert not rules.rating_due(DAY - dt.timedelta(days=6), DAY)
    assert rules.rating_due(DAY - dt.timedelta(days=7), DAY)
    assert rules.rating_due(DAY, DAY, asked=True)
    assert rules.rating_due(DAY, DAY, every_days=0)


def test_the_coach_sees_own_choices_and_self_ratings_beside_the_teachers_level() -> None:
    from autonomy.core.charts import (
        ChangePoint,
        ChoicePoint,
        ClassData,
        DateRange,
        DimensionRow,
        SelfRatingPoint,
        StudentRow,
    )
    from autonomy.core.student_voice import student_voice

    at = dt.datetime(2026, 11, 16, 10, tzinfo=dt.UTC)  # a Monday
    data = ClassData(
        "c", "7B", DateRange(DAY - dt.timedelta(days=10), DAY), (StudentRow("s", "Amira", None),),
        (DimensionRow("workspace", "Workspace", ("a", "b", "c")),),
        changes=(ChangePoint("x", "s", "workspace", at - dt.timedelta(days=3), 0, 1, "manual"),
                 ChangePoint("y", "s", "workspace", at + dt.timedelta(days=2), 1, 2, "manual")),
        choices=(ChoicePoint("1", "s", DAY, "workspace", "Window", True, "student"),
                 ChoicePoint("2", "s", DAY, "workspace", "Seat", True)),
        self_ratings=(SelfRatingPoint("s", "workspace", at, 2), SelfRatingPoint("s", "workspace",
                                                                                at + dt.timedelta(days=3), 2)))
    voice = student_voice(data)
    assert (voice.choices, voice.own_choices) == (2, 1)
    assert [(r.own, r.teacher) for r in voice.for_student("s")] == [(2, 1), (2, 2)]  # never averaged together
    [week] = voice.weeks
    assert (week.ratings, week.own, week.teacher) == (2, 2.0, 1.5)
