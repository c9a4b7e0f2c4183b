"""The coach's read model: one class over a date range, in a fixed number of queries, anonymised at the source."""

from __future__ import annotations

import datetime as dt

import pytest

from autonomy.core.class_charts import class_overview
from autonomy.core.errors import InvalidInput, NotFound
from autonomy.services.coach import CoachService
from tests.services.helpers import DEMO_TODAY
from tests.statements import counting


def test_class_data_holds_the_range_and_every_student(demo) -> None:
    coach = CoachService(demo.db)
    (classroom,) = coach.classrooms()
    data = coach.class_data(classroom.id, DEMO_TODAY - dt.timedelta(days=30), DEMO_TODAY)
    assert data.classroom_name == classroom.name and len(data.students) == classroom.student_count == 6
    assert [s.name for s in data.students] == sorted((s.name for s in data.students), key=str.casefold)
    assert data.events and data.changes and data.choices
    start, end = data.span.start, data.span.end
    assert all(start <= e.at.astimezone().date() <= end for e in data.events)
    assert all(start <= c.day <= end for c in data.choices)
    exported = demo.exchange.export_document(classroom_id=classroom.id)
    in_range = [e for e in exported["events"]
                if start <= dt.datetime.fromisoformat(e["at"]).astimezone().date() <= end]
    assert len(data.events) == len(in_range)
    overview = class_overview(data)
    assert len(overview.heat_maps) == len(data.dimensions)


def test_a_narrow_range_leaves_later_records_out(demo) -> None:
    coach = CoachService(demo.db)
    (classroom,) = coach.classrooms()
    whole = coach.class_data(classroom.id, DEMO_TODAY - dt.timedelta(days=30), DEMO_TODAY)
    day = DEMO_TODAY - dt.timedelta(days=3)
    narrow = coach.class_data(classroom.id, day, day)
    assert len(narrow.events) < len(whole.events)
    assert all(e.at.astimezone().date() == day for e in narrow.events)
    assert all(c.at.astimezone().date() <= day for c in narrow.changes)


def test_a_fixed_number_of_queries_whatever_the_class_size(demo) -> None:
    coach = CoachService(demo.db)
    (classroom,) = coach.classrooms()
    with counting(demo.db) as statements:
        coach.class_data(classroom.id, DEMO_TODAY - dt.timedelta(days=30), DEMO_TODAY)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 12


def test_anonymised_data_has_codes_and_no_free_text(demo) -> None:
    coach = CoachService(demo.db)
    (classroom,) = coach.classrooms()
    names = {s.name for s in demo.roster.students(classroom.id, include_archived=True)}
    data = coach.class_data(classroom.id, DEMO_TODAY - dt.timedelta(days=30), DEMO_TODAY, anonymize=True)
    assert [s.name for s in data.students] == [f"S{i:02d}" for i in range(1, 7)]
    assert not names & {s.name for s in data.students}
    assert all(s.external_id is None for s in data.students)
    assert all(e.note == "" for e in data.events) and all(r.agreement == "" for r in data.reflections)
    assert all(c.reason == "" for c in data.changes) and all(c.choice == "" for c in data.choices)
    # The same codes, in the same order, as an anonymised export of the class; the class is C01 there too.
    doc = demo.exchange.export_document(classroom_id=classroom.id, anonymize=True)
    named = demo.exchange.export_document(classroom_id=classroom.id)
    assert [s["name"] for s in doc["students"]] == [s.name for s in data.students]
    assert [s["id"] for s in named["students"]] == [s.id for s in data.students]  # stored ids: the screen's
    assert data.classroom_name == doc["classrooms"][0]["name"] == "C01" and classroom.name != "C01"


def test_refusals(demo) -> None:
    coach = CoachService(demo.db)
    (classroom,) = coach.classrooms()
    with pytest.raises(NotFound):
        coach.class_data("no-such-class")
    with pytest.raises(InvalidInput):
        coach.class_data(classroom.id, DEMO_TODAY, DEMO_TODAY - dt.timedelta(days=1))
    default = coach.class_data(classroom.id, today=DEMO_TODAY)
    assert default.span.end == DEMO_TODAY and default.span.start <= DEMO_TODAY
