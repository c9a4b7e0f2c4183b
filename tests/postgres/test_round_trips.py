"""Round trips to the server per action (issue 20): what a teacher on the school's Wi-Fi waits for, counted through a
proxy on loopback (tests/network.py), whatever the class size. A round trip is one answer the app waited for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from autonomy.app import open_services
from autonomy.core.demo import generate_demo
from autonomy.core.errors import Conflict, NotAllowed, NotFound, StorageError
from autonomy.core.types import Role
from autonomy.services import Services
from autonomy.services.reuse import shared
from tests.network import Proxy
from tests.servers import TestServer
from tests.statements import counting

# A log: the checks in one answer, the event, its undo record and the end of the redo list with the COMMIT. The
# roster row, the student's events and the undo label: one statement each (a read's COMMIT is not waited for).
# Before issue 20 they were 8, 5, 4 and 4.
LOG, ROSTER_ROW, ONE_READ = 2, 1, 1


@pytest.fixture
def through(pg: TestServer, db) -> Iterator[Callable[[int], tuple[Services, Proxy, str]]]:
    """The test's database with a demo class of `size` students, opened through a proxy with no delay."""
    opened: list[tuple[Services, Proxy]] = []

    def make(size: int) -> tuple[Services, Proxy, str]:
        yesterday = dt.date.today() - dt.timedelta(days=1)
        Services.over(db).exchange.import_document(
            generate_demo(classes=1, students=size, days=20, seed=5, today=yesterday))
        proxy = Proxy(pg.url.host or "127.0.0.1", pg.url.port or 5432, delay_ms=0).start()
        services = open_services(database_url=proxy.url_for(db.url))
        opened.append((services, proxy))
        [classroom] = services.coach.classrooms()
        return services, proxy, classroom.id

    yield make
    for services, proxy in opened:
        services.db.close()
        proxy.close()


def trips(proxy: Proxy, services: Services, fn: Callable[[], Any]) -> tuple[int, int, Any]:
    """(round trips, statements at the driver, what `fn` gave)."""
    with counting(services.db) as statements:
        before = proxy.count()
        result = fn()
        return proxy.count() - before, len(statements), result


@pytest.mark.parametrize("size", [26, 60])
def test_a_log_and_what_it_refreshes_cost_the_same_few_round_trips_in_any_class(through, size: int) -> None:
    services, proxy, cid = through(size)
    lines = services.views.roster(cid)
    assert len(lines) == size
    category = next(c.key for c in services.events.categories() if c.kind == "build")
    for line in [line for line in lines if line.active][:3]:  # (the first warms the connection up)
        sid = line.student_id
        logged, statements, _ = trips(proxy, services, lambda sid=sid: services.events.log([sid], "build", category))
        row, _, got = trips(proxy, services, lambda sid=sid: services.views.roster_lines(cid, [sid]))
        shown, shown_sql, events = trips(proxy, services, lambda sid=sid: services.events.for_student(sid))
        label, _, (undo, _redo) = trips(proxy, services, services.history.state)
        assert (logged, row, shown, label) == (LOG, ROSTER_ROW, ONE_READ, ONE_READ), (statements, shown_sql)
        assert got[0].builds_today == line.builds_today + 1
        assert undo is not None and line.name in undo.label and len(events) >= 1


def test_a_deferred_write_the_server_refuses_keeps_nothing_and_the_next_log_is_kept(through, db) -> None:
    """The undo record's insert is not waited for: the server's refusal comes back with the COMMIT, in words, the
    whole log rolled back; the connection is clean for the next one."""
    services, _proxy, cid = through(3)
    sid = next(line.student_id for line in services.views.roster(cid) if line.active)
    category = next(c.key for c in services.events.categories() if c.kind == "build")
    before = len(services.events.for_student(sid))
    with db.engine.begin() as conn:
        conn.execute(text("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "RAISE unique_violation USING MESSAGE = 'refused by the test'; END $$"))
        conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON row_changes FOR EACH ROW EXECUTE FUNCTION refuse()"))
    with pytest.raises(Conflict, match="refused by the test"):
        services.events.log([sid], "build", category)
    assert len(services.events.for_student(sid)) == before
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER refuse ON row_changes"))
    services.events.log([sid], "build", category)
    assert len(services.events.for_student(sid)) == before + 1


def test_after_the_network_dropped_a_log_is_refused_in_words_and_the_next_one_reconnects(through) -> None:
    """Pinged only when idle (storage/pipeline.py), a connection the network lost is found out by the log's own
    first statement: refused clearly, nothing kept, and the pool starts again (issue 20's baseline; a teacher's
    retry and the progress shown are the network helper's)."""
    services, proxy, cid = through(3)
    sid = next(line.student_id for line in services.views.roster(cid) if line.active)
    category = next(c.key for c in services.events.categories() if c.kind == "build")
    before = len(services.events.for_student(sid))
    proxy.drop()
    with pytest.raises(StorageError):
        services.events.log([sid], "build", category)
    services.events.log([sid], "build", category)
    assert len(services.events.for_student(sid)) == before + 1


# Reads that send their statements ahead (storage/pipeline.py): the student panel in one answer, the suggestion
# badge in one, the coach screen in two (the span is known once the class's first event is read). Before: 12, 8, 11.
PANEL, BADGE, COACH = 1, 1, 2


@pytest.mark.parametrize("size", [26, 60])
def test_the_panel_the_badge_and_the_coach_screen_cost_one_or_two_round_trips_in_any_class(through, size: int,
                                                                                        monkeypatch) -> None:
    services, proxy, cid = through(size)
    active = [line.student_id for line in services.views.roster(cid) if line.active]
    today = dt.date.today()
    for sid in active[:3]:  # (the first warms the connection up)
        panel, panel_sql, detail = trips(proxy, services, lambda sid=sid: services.views.student_detail(sid))
        badge, _, found = trips(proxy, services, lambda sid=sid: services.suggestions.for_students(cid, [sid], today))
        coach, _, data = trips(proxy, services, lambda: services.coach.class_data(cid))
        start = data.span.start
        spanned, _, _ = trips(proxy, services, lambda start=start: services.coach.class_data(cid, start))
        assert (panel, badge, coach, spanned) == (PANEL, BADGE, COACH, 1), panel_sql
        assert detail.student.id == sid and detail.events and detail.dimensions
        assert len(data.students) == size
    # What was sent ahead answers exactly what asking one statement at a time answers.
    sid = active[0]
    ahead = (services.views.student_detail(sid), services.suggestions.for_students(cid, [sid], today),
             services.coach.class_data(cid))
    for module in ("views", "suggestions", "coach"):
        monkeypatch.setattr(f"autonomy.services.{module}.send_ahead", lambda *_args: None)
    one_by_one, _, panel_again = trips(proxy, services, lambda: services.views.student_detail(sid))
    assert one_by_one > 5  # (the comparison is with the reads of before, not with themselves)
    assert (panel_again, services.suggestions.for_students(cid, [sid], today),
            services.coach.class_data(cid)) == ahead


def test_answers_sent_ahead_for_a_read_that_was_refused_never_reach_the_next_read(through) -> None:
    """A teacher's panel of a student not in her classes is refused, though its statements went out before the
    access check was answered; the answers nobody read are dropped with that transaction, and the next panel,
    on the same connection, is her own student's."""
    services, _proxy, cid = through(4)
    mine, theirs = [line.student_id for line in services.views.roster(cid)][:2]
    amy = Services.over(services.db.acting_as("amy", Role.TEACHER))
    own = amy.roster.create_classroom("Amy's class")
    Services.over(services.db).roster.enrol(mine, own.id)
    with pytest.raises(NotAllowed):
        amy.views.student_detail(theirs)
    with pytest.raises(NotFound):
        amy.views.student_detail("no such student")
    detail = amy.views.student_detail(mine)
    assert detail.student.id == mine and [c.id for c in detail.classrooms] == [own.id]
    assert detail.events == services.views.student_detail(mine).events


@pytest.mark.parametrize("teacher", [False, True])
def test_a_log_and_everything_it_refreshes_take_three_round_trips(through, teacher: bool) -> None:
    """What the window reads again after a log (the row, the student's events, the undo label, the badge and the
    student's suggestion cards) is one lane job (ui/app/lane.py); on a server inside `Database.together` and one
    `shared()` block, each read having sent its statements ahead: one answer for all of them, so the log and its
    refresh wait for three (issue 20), as the administrator and as a teacher (whose reads carry the access check,
    asked once)."""
    services, proxy, cid = through(26)
    sid = next(line.student_id for line in services.views.roster(cid) if line.active)
    if teacher:
        amy = Services.over(services.db.acting_as("amy", Role.TEACHER))
        own = amy.roster.create_classroom("Amy's class")
        Services.over(services.db).roster.enrol(sid, own.id)
        services, cid = amy, own.id
    category = next(c.key for c in services.events.categories() if c.kind == "build")
    today = dt.date.today()
    for _ in range(2):  # (the first warms the connection up)
        logged, _, _ = trips(proxy, services, lambda: services.events.log([sid], "build", category))

        def batch() -> tuple[Any, ...]:
            with services.db.together(), shared():
                services.views.roster_lines_ahead(cid, [sid])
                services.events.for_student_ahead(sid)
                services.history.state_ahead()
                services.suggestions.for_students_ahead(cid, [sid])
                services.suggestions.for_student_ahead(sid)
                services.events.for_student_ahead(sid)  # (the cards' evidence: sent once, read once)
                return (services.views.roster_lines(cid, [sid]), services.events.for_student(sid),
                        services.history.state(), services.suggestions.for_students(cid, [sid], today),
                        services.suggestions.for_student(sid, today), services.events.for_student(sid))

        together, _, (rows, events, (undo, _redo), badge, cards, evidence) = trips(proxy, services, batch)
        assert together == 1 and logged + together == 3
        assert (rows, events, undo, badge, cards, evidence) == (
            services.views.roster_lines(cid, [sid]), services.events.for_student(sid), services.history.state()[0],
            services.suggestions.for_students(cid, [sid], today), services.suggestions.for_student(sid, today),
            events)
        separately = sum(trips(proxy, services, read)[0] for read in (
            lambda: services.views.roster_lines(cid, [sid]), lambda: services.events.for_student(sid),
            services.history.state, lambda: services.suggestions.for_students(cid, [sid], today)))
        assert separately == (5 if teacher else 4)


def test_outside_together_sending_ahead_sends_nothing(through) -> None:
    services, proxy, cid = through(3)
    sid = next(line.student_id for line in services.views.roster(cid) if line.active)
    with counting(services.db) as statements:
        services.views.roster_lines_ahead(cid, [sid])
        services.events.for_student_ahead(sid)
        services.history.state_ahead()
        services.suggestions.for_students_ahead(cid, [sid])
        services.suggestions.for_student_ahead(sid)
    assert statements == []
