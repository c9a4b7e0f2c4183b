"""The database lane on its own thread: results and errors come back on the GUI thread, writes announce."""

from __future__ import annotations

import threading

import pytest

from autonomy.core.errors import InvalidInput
from autonomy.ui.app.lane import Lane


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
                                                                    students) -> None:
    with qtbot.waitSignal(threaded.data_changed, timeout=5000) as changed:
        threaded.write(lambda: services.events.log([students[0].id], "build", "helped_peer"))
    assert changed.args == ["write"]
    errors: list[BaseException] = []
    with qtbot.waitSignal(threaded.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        threaded.write(lambda: services.events.log([], "build", "helped_peer"), on_failure=errors.append)
    assert isinstance(errors[0], InvalidInput)
    with qtbot.waitSignal(threaded.failed, timeout=5000):
        threaded.run(lambda: 1 / 0)
