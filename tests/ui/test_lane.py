"""The database lane on its own thread: results and errors come back on the GUI thread, writes announce."""

from __future__ import annotations

import contextlib
import threading

import pytest

from autonomy.core.errors import InvalidInput
from autonomy.core.phrases import english
from autonomy.services.changes import EVENTS, HISTORY, WRITE, Changes
from autonomy.ui.app import lane as lane_module
from autonomy.ui.app.lane import Lane, after_the_frame


@pytest.fixture
def threaded(qtbot):
    lane = Lane()
    yield lane
    lane.shutdown()


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot, threaded, services, classroom) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work():
        seen["worker"] = threading.get_ident()
        return services.roster.classrooms()

    def done(result):
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    with qtbot.waitSignal(threaded.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        threaded.run(work, done)
    assert seen["worker"] != gui and seen["callback"] == gui
    assert [c.name for c in seen["result"]] == ["7B Science"]


def test_a_write_announces_data_changed_and_errors_reach_the_caller(qtbot, threaded, services, classroom,
                                                                    students, lane_failures) -> None:
    view = object()
    with qtbot.waitSignal(threaded.data_changed, timeout=5000) as changed:
        threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"), initiator=view)
    [changes] = changed.args
    assert changes == Changes(students=frozenset({students[0].id}), areas=frozenset({EVENTS, HISTORY}))
    assert changes.kind == WRITE and changes.initiator is view
    errors: list[BaseException] = []
    with qtbot.waitSignal(threaded.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        threaded.write(lambda: services.events.log([], "build", "helped_peer"), on_failure=errors.append)
    assert isinstance(errors[0], InvalidInput)
    with qtbot.waitSignal(threaded.failed, timeout=5000):
        threaded.run(lambda: 1 / 0)
    assert [type(e) for e in lane_failures.take()] == [ZeroDivisionError]  # on purpose: not this test's failure


def test_a_job_that_breaks_fails_the_test_with_its_own_exception(qtbot, threaded, lane, lane_failures) -> None:
    """tests/ui/conftest.py: a bug in a lane job fails the test with the job's exception and traceback (not a
    timeout while the test waits for an answer that never comes); the app's typed refusals are not bugs."""

    def broken() -> None:
        raise KeyError("the job's own words")

    def refused() -> None:
        raise InvalidInput("name", "must not be empty")

    handled: list[BaseException] = []
    lane.run(refused, on_failure=handled.append)
    lane.run(broken, on_failure=handled.append)  # handled by the caller, and still a bug
    with qtbot.waitSignal(threaded.failed, timeout=5000):
        threaded.run(broken)  # on the lane's own thread, nobody handling it
    assert [type(e) for e in handled] == [InvalidInput, KeyError]
    with pytest.raises(AssertionError, match=r"lane job failed \(and 1 more\): KeyError: \"the job's own words\"") \
            as failed:
        lane_failures.check()
    assert "in broken" in str(failed.value)  # where it broke, in the job
    lane_failures.check()  # reported once


def test_ui_code_reaching_the_services_on_the_gui_thread_is_caught(backend, services_off_the_gui_thread) -> None:
    """tests/ui/conftest.py: the app's UI code reaches the services only in lane jobs."""
    ui_code = {"__name__": "autonomy.ui.somewhere", "backend": backend}
    backend.lane.run(lambda: eval("backend.services", ui_code))  # in a job: allowed
    assert services_off_the_gui_thread == []
    eval("backend.services", ui_code)  # on the GUI thread, outside a job
    assert len(services_off_the_gui_thread) == 1 and "<module>" in services_off_the_gui_thread[0]
    services_off_the_gui_thread.clear()  # caught: not this test's failure


def test_the_reads_asked_while_a_change_is_handed_out_go_as_one_job(qtbot, threaded, services, classroom,
                                                                  students, monkeypatch, lane_failures) -> None:
    """One job per lane; the background lane's (the suggestion engine) starts only once the lane's answers are in
    and painted, so its Python work does not hold up theirs."""
    background = Lane()
    threaded.companions.append(background)
    jobs: list[str] = []
    answers: list[object] = []
    order: list[str] = []  # (appended to from both threads)

    def engine() -> str:
        order.append("the engine runs")
        return "engine"

    def views_refresh(changes: Changes) -> None:
        assert changes.touches_student(students[0].id)
        threaded.run(lambda: services.roster.classrooms(), lambda found: answers.append(len(found)))
        threaded.run(lambda: 1 / 0, on_failure=lambda error: answers.append(type(error)))
        threaded.run(lambda: services.history.state(), lambda state: (answers.append(english(state[0].label)),
                                                                      order.append("the lane's answers are in")))
        background.run(engine, answers.append)

    threaded.data_changed.connect(views_refresh)
    enqueue = Lane._enqueue

    def counted(lane, *args):  # type: ignore[no-untyped-def]
        jobs.append("lane" if lane is threaded else "background")
        enqueue(lane, *args)

    monkeypatch.setattr(Lane, "_enqueue", counted)
    try:
        threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
        qtbot.waitUntil(lambda: threaded.idle and background.idle and len(answers) == 4, timeout=5000)
    finally:
        background.shutdown()
    assert sorted(jobs) == ["background", "lane", "lane"]  # the write, then the three reads together; the engine
    on_the_lane = [a for a in answers if a != "engine"]  # (the background lane answers when it is done)
    assert on_the_lane == [1, ZeroDivisionError, "Logged ‘Helped a classmate’ for Amira Haddad"]
    assert "engine" in answers
    assert order == ["the lane's answers are in", "the engine runs"]
    assert [type(e) for e in lane_failures.take()] == [ZeroDivisionError]  # on purpose (the next test)


def test_on_a_server_the_companions_reads_that_send_ahead_join_the_batch_after_its_answers_are_painted(
        qtbot, threaded, services, classroom, students, monkeypatch) -> None:
    """`companions_join` (a school's server): the badge's read, which can send its statements ahead, runs in the
    lane's batch, inside its one transaction, with its statements sent before the first read, and only once the
    lane's answers are painted; a companion read with nothing to send ahead (a class's engine run) stays on the
    companion lane."""
    monkeypatch.setattr(lane_module, "PAINT_WAIT_S", 30.0)  # (a busy machine: the frame, not the clock, decides)
    background = Lane()
    threaded.companions.append(background)
    threaded.companions_join = True
    order: list[str] = []  # (appended to from three threads)
    threads: dict[str, int] = {}
    inside: list[str] = []

    @contextlib.contextmanager
    def together():
        inside.append("open")
        try:
            yield
        finally:
            inside.append("closed")

    threaded.reads_together = together

    def read(name: str):
        def fn() -> str:
            threads[name] = threading.get_ident()
            order.append(f"{name} runs" + (" inside" if inside[-1:] == ["open"] else ""))
            return name
        return fn

    def views_refresh(_changes: Changes) -> None:
        threaded.run(read("row"), lambda _row: after_the_frame(lambda: order.append("row painted")),
                     ahead=lambda: order.append("row sent"))
        background.run(read("badge"), lambda _badge: order.append("badge in"),
                       ahead=lambda: order.append("badge sent"))
        background.run(read("class engine"), lambda _all: order.append("class engine in"))

    threaded.data_changed.connect(views_refresh)
    try:
        threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
        qtbot.waitUntil(lambda: threaded.idle and background.idle and "class engine in" in order
                        and "badge in" in order, timeout=5000)
    finally:
        background.shutdown()
    assert order.index("badge sent") < order.index("row runs inside")  # both sent before the first read waits
    assert order.index("row sent") < order.index("row runs inside")
    assert order.index("row painted") < order.index("badge runs inside")  # its answer is here; its work waits
    assert threads["badge"] == threads["row"] != threads["class engine"]
    assert any(o.startswith("class engine runs") for o in order) and inside == ["open", "closed"]


def test_a_write_does_not_wait_for_the_frame_the_companions_reads_in_the_queue_wait_for(
        qtbot, threaded, services, classroom, students, monkeypatch) -> None:
    """The joined reads wait for the frame of the answers before them, but not when the teacher's next change is
    queued behind them: the write ends the wait (here no frame would ever say so)."""
    monkeypatch.setattr(lane_module, "PAINT_WAIT_S", 30.0)
    monkeypatch.setattr(lane_module, "after_the_frame", lambda _fn: None)  # the frame never comes
    background = Lane()
    threaded.companions.append(background)
    threaded.companions_join = True
    order: list[str] = []
    row_in = threading.Event()

    def views_refresh(changes: Changes) -> None:
        if changes.kind != WRITE or "refreshed" in order:
            return
        order.append("refreshed")
        threaded.run(lambda: "row", lambda _row: (order.append("row in"), row_in.set()), ahead=lambda: None)
        background.run(lambda: order.append("badge runs"), ahead=lambda: None)

    threaded.data_changed.connect(views_refresh)
    try:
        threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
        qtbot.waitUntil(lambda: "row in" in order, timeout=5000)
        threaded.write(lambda: order.append("the next write"))
        qtbot.waitUntil(lambda: threaded.idle, timeout=5000)  # (30 s if the write had not ended the wait)
    finally:
        background.shutdown()
    assert order == ["refreshed", "row in", "badge runs", "the next write"]


def test_a_batched_read_the_server_refused_runs_once_more_on_its_own(qtbot, threaded, services, classroom,
                                                                  students) -> None:
    """In a batch the reads share one transaction on a server, so what the server refused may be another read's
    statement sent ahead with this one: a read that failed with a driver's error runs once more (on its own, the
    shared transaction being over); the app's own refusals are not run again."""
    from sqlalchemy.exc import OperationalError

    from autonomy.core.errors import NotAllowed

    tries: dict[str, int] = {"server": 0, "app": 0}
    answers: list[object] = []

    def refused_once() -> str:
        tries["server"] += 1
        if tries["server"] == 1:
            raise OperationalError("SELECT …", {}, RuntimeError("canceling statement due to statement timeout"))
        return "the row, read on its own"

    def refused_by_the_app() -> None:
        tries["app"] += 1
        raise NotAllowed("not one of your students")

    def views_refresh(_changes: Changes) -> None:
        threaded.run(refused_once, answers.append)
        threaded.run(refused_by_the_app, on_failure=answers.append)

    threaded.data_changed.connect(views_refresh)
    threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
    qtbot.waitUntil(lambda: threaded.idle and len(answers) == 2, timeout=5000)
    assert answers[0] == "the row, read on its own" and isinstance(answers[1], NotAllowed)
    assert tries == {"server": 2, "app": 1}


def test_a_batched_read_that_breaks_fails_the_test_with_its_own_error(qtbot, threaded, services, classroom,
                                                                     students, lane_failures) -> None:
    """A read asked while a change is handed out runs in one job with the others, and its failure is handed to its
    own `on_failure`: it still fails the test (tests/ui/conftest.py), with its own exception and where it broke."""
    handled: list[BaseException] = []

    def broken_read() -> None:
        raise LookupError("the batched read's own words")

    def views_refresh(_changes: Changes) -> None:
        threaded.run(lambda: services.roster.classrooms())
        threaded.run(broken_read, on_failure=handled.append)  # handled by the view: a reload, say

    threaded.data_changed.connect(views_refresh)
    threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
    qtbot.waitUntil(lambda: threaded.idle and bool(handled), timeout=5000)
    assert [type(e) for e in handled] == [LookupError]
    with pytest.raises(AssertionError, match="a lane job failed: LookupError: the batched read's own words") \
            as failed:
        lane_failures.check()  # what the fixture does when the test ends
    assert "in broken_read" in str(failed.value)


def test_each_read_of_a_batch_is_answered_as_soon_as_it_is_read(qtbot, threaded, services, classroom,
                                                                students) -> None:
    """The roster's row, asked first, is on screen while the lane still reads what the student panel asked for:
    the second read waits here until the first one's answer has reached the GUI thread."""
    first_answered = threading.Event()
    seen: list[object] = []

    def second_read() -> bool:
        return first_answered.wait(5)

    def views_refresh(_changes: Changes) -> None:
        threaded.run(lambda: "row", lambda row: (seen.append(row), first_answered.set()))
        threaded.run(second_read, seen.append)

    threaded.data_changed.connect(views_refresh)
    threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
    qtbot.waitUntil(lambda: threaded.idle and len(seen) == 2, timeout=8000)
    assert seen == ["row", True]  # (False: the first answer came back only with the second)


def test_after_the_frame_comes_after_the_paint_of_what_is_dirty(qtbot) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QLabel

    from autonomy.ui.app.lane import after_the_frame

    label = QLabel("before")
    qtbot.addWidget(label)
    order: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                order.append("painted")
            return False

    paints = Paints()
    label.installEventFilter(paints)
    label.show()
    qtbot.waitUntil(lambda: "painted" in order, timeout=2000)  # on screen: its first frame is behind it
    order.clear()
    label.setText("after")  # dirty: its repaint is waiting
    after_the_frame(lambda: order.append("after the frame"))
    qtbot.waitUntil(lambda: "after the frame" in order, timeout=2000)
    assert order[:2] == ["painted", "after the frame"]
    order.clear()
    after_the_frame(lambda: order.append("after the frame"))  # nothing to paint: at once
    qtbot.waitUntil(lambda: bool(order), timeout=2000)
    assert order == ["after the frame"]


def test_a_batch_sends_every_reads_statements_ahead_inside_one_shared_transaction(qtbot, threaded, services,
                                                                                  classroom, students) -> None:
    """The reads of one batch run inside `reads_together` (the backend's `Database.together`: one transaction on a
    server), every read's `ahead` first, in the order asked; an `ahead` that breaks costs nothing (its read reports
    what is wrong), and a read asked outside a batch does not call its `ahead`."""
    steps: list[str] = []
    inside = threading.local()

    class Together:
        def __enter__(self) -> None:
            steps.append("together")
            inside.yes = True

        def __exit__(self, *_exc: object) -> None:
            inside.yes = False
            steps.append("apart")

    def step(name: str):  # type: ignore[no-untyped-def]
        def run() -> str:
            steps.append(f"{name}{'' if getattr(inside, 'yes', False) else ' (outside)'}")
            return name
        return run

    def broken_ahead() -> None:
        steps.append("broken ahead")
        raise ConnectionError("not sent")

    answers: list[str] = []
    threaded.reads_together = Together

    def views_refresh(_changes: Changes) -> None:
        threaded.run(step("row"), answers.append, ahead=step("row ahead"))
        threaded.run(step("events"), answers.append, ahead=broken_ahead)
        threaded.run(step("undo label"), answers.append, ahead=step("label ahead"))

    threaded.data_changed.connect(views_refresh)
    threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
    qtbot.waitUntil(lambda: threaded.idle and len(answers) == 3, timeout=5000)
    assert steps == ["together", "row ahead", "broken ahead", "label ahead", "row", "events", "undo label", "apart"]
    assert answers == ["row", "events", "undo label"]
    steps.clear()
    threaded.run(step("alone"), answers.append, ahead=step("never"))
    qtbot.waitUntil(lambda: threaded.idle and len(answers) == 4, timeout=5000)
    assert steps == ["alone (outside)"]
