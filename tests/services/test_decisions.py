"""What the teacher did with a suggestion: accepted, dismissed with a reason, or snoozed until a date."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from autonomy.core.errors import InvalidInput, NotFound
from autonomy.core.phrases import english
from autonomy.services import Services
from autonomy.services.dto import DecisionInfo
from tests.services.helpers import unchanged

TODAY = dt.date.today()

EVIDENCE = ("e1000000-0000-4000-8000-000000000001", "e2000000-0000-4000-8000-000000000002")  # event ids (UUIDs)


def test_record_returns_frozen_plain_data(services: Services, students) -> None:
    at = dt.datetime(2026, 10, 2, 15, tzinfo=dt.UTC)
    info = services.decisions.record(kind="step_up", decision="dismissed", student_id=students[0].id,
                                     dimension="pacing", reason="  Not this week. ", evidence=list(EVIDENCE), at=at)
    assert type(info) is DecisionInfo
    assert (info.student_id, info.classroom_id, info.dimension, info.kind, info.decision, info.at, info.until,
            info.reason, info.evidence) == (students[0].id, None, "pacing", "step_up", "dismissed", at, None,
                                            "Not this week.", EVIDENCE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.decision = "accepted"  # type: ignore[misc]
    assert services.decisions.all() == [info]
    assert english(services.history.can_undo().label) == "Dismissed the suggestion for Amira Haddad"


def test_snooze_needs_a_date_and_only_a_snooze_keeps_one(services: Services, students) -> None:
    until = TODAY + dt.timedelta(days=5)
    snoozed = services.decisions.record(kind="check_in", decision="snoozed", student_id=students[0].id, until=until)
    assert snoozed.until == until
    accepted = services.decisions.record(kind="check_in", decision="accepted", student_id=students[0].id,
                                         until=until, reason="   ")
    assert (accepted.until, accepted.reason) == (None, None)
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.decisions.record(kind="check_in", decision="snoozed", student_id=students[0].id)
    assert caught.value.field == "until"


def test_class_step_belongs_to_a_classroom(services: Services, classroom) -> None:
    info = services.decisions.record(kind="class_step", decision="accepted", classroom_id=classroom.id,
                                     dimension="workspace")
    assert (info.student_id, info.classroom_id) == (None, classroom.id)


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        pytest.param({"kind": "step_sideways", "decision": "accepted"}, InvalidInput, id="unknown-kind"),
        pytest.param({"kind": "step_up", "decision": "ignored"}, InvalidInput, id="unknown-decision"),
        pytest.param({"kind": "step_up", "decision": "accepted", "dimension": "singing"}, InvalidInput,
                     id="unknown-dimension"),
        pytest.param({"kind": "step_up", "decision": "dismissed", "reason": "r" * 2001}, InvalidInput,
                     id="long-reason"),
        pytest.param({"kind": "step_up", "decision": "accepted",
                      "at": dt.datetime.now(dt.UTC) + dt.timedelta(days=1)}, InvalidInput, id="future"),
        pytest.param({"kind": "step_up", "decision": "accepted", "student_id": "nobody"}, NotFound,
                     id="unknown-student"),
        pytest.param({"kind": "class_step", "decision": "accepted", "classroom_id": "nowhere"}, NotFound,
                     id="unknown-classroom"),
    ],
)
def test_refused_decision_changes_nothing(services: Services, students, arguments: dict, error: type) -> None:
    services.decisions.record(kind="reflect", decision="accepted", student_id=students[1].id)
    with unchanged(services), pytest.raises(error):
        services.decisions.record(**{"student_id": students[0].id, **arguments})


def test_all_in_time_order(services: Services, students) -> None:
    base = dt.datetime(2026, 10, 1, 15, tzinfo=dt.UTC)
    for days, kind in [(3, "reflect"), (1, "step_up"), (2, "follow_up")]:
        services.decisions.record(kind=kind, decision="accepted", student_id=students[0].id,
                                  at=base + dt.timedelta(days=days))
    assert [d.kind for d in services.decisions.all()] == ["step_up", "follow_up", "reflect"]
