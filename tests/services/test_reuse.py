"""Reads of one job answered from what an earlier read of the same job learnt (services/reuse.py): the same answer
as reading again, and nothing kept outside the job."""

from __future__ import annotations

import datetime as dt

from autonomy.core.demo import generate_demo
from autonomy.services.reuse import offer, remembered, shared
from tests.statements import counting


def test_an_offered_answer_is_kept_only_inside_the_job() -> None:
    offer(("k",), 1)
    assert remembered(("k",), lambda: 2) == 2
    with shared():
        offer(("k",), 1)
        offer(("k",), 3)  # the first answer stays
        assert remembered(("k",), lambda: 2) == 1
    assert remembered(("k",), lambda: 2) == 2


def test_the_cards_of_one_student_read_nothing_the_engine_run_read_already(services) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    services.exchange.import_document(generate_demo(classes=1, students=8, days=20, seed=5, today=yesterday))
    classroom = services.roster.classrooms()[0]
    today = dt.date.today()
    alone = {}
    for student in services.roster.students(classroom.id):
        alone[student.id] = (services.suggestions.for_student(student.id, today),
                             services.events.for_student(student.id))
    assert any(suggestions for suggestions, _ in alone.values())  # the cards have something to show
    for student_id, (suggestions, events) in alone.items():
        with shared():
            assert services.suggestions.for_students(classroom.id, [student_id], today) == [
                s for s in suggestions if s.student_id == student_id]
            with counting(services.db, []) as statements:
                again = (services.suggestions.for_student(student_id, today), services.events.for_student(student_id))
            assert again == (suggestions, events)
            assert list(statements) == []
