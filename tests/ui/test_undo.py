"""Undo and redo: labelled with the action, enabled from the history, and the notice after a log."""

from __future__ import annotations

from autonomy.ui.app.undo import UndoController, UndoNotice


def test_undo_and_redo_follow_the_history(qtbot, backend, services, classroom, students) -> None:
    notice = UndoNotice("hint")
    qtbot.addWidget(notice)
    undo = UndoController(backend, notice)
    undo.refresh()
    ids = [students[0].id, students[1].id]
    backend.lane.write(lambda: services.events.log(ids, "build", "helped_peer"))
    assert undo.undo_action.isEnabled() and not undo.redo_action.isEnabled()
    assert undo.undo_action.text() == "&Undo Logged ‘Helped a classmate’ for Amira Haddad and Ben Okafor"
    assert notice.showing and notice.button.isVisibleTo(notice)
    assert "Helped a classmate" in notice.label.text()

    notice.button.click()  # the notice's Undo
    assert services.events.for_classroom(classroom.id) == []
    assert undo.redo_action.isEnabled()
    assert "Helped a classmate" in undo.redo_action.text()
    assert notice.label.text().startswith("Undone:")

    undo.redo_action.trigger()
    assert len(services.events.for_classroom(classroom.id)) == 2
    assert not undo.redo_action.isEnabled()


def test_undo_brings_back_a_deleted_event(qtbot, backend, services, classroom, students) -> None:
    undo = UndoController(backend)
    [event] = services.events.log([students[0].id], "break", "left_area")
    backend.lane.write(lambda: services.events.delete([event.id]))
    assert services.events.for_classroom(classroom.id) == []
    assert "Deleted moments: 1" in undo.undo_action.text()
    undo.undo()
    assert [e.id for e in services.events.for_classroom(classroom.id)] == [event.id]


def test_nothing_to_undo_is_a_clear_refusal_not_a_crash(qtbot, backend, dialogs) -> None:
    from autonomy.ui.app import errors

    backend.lane.failed.connect(lambda error: errors.report(None, error))
    UndoController(backend).undo()
    assert dialogs.shown and dialogs.shown[-1][0] == "warning"
    assert "nothing to undo" in dialogs.shown[-1][2]


def test_a_stale_undo_is_refused_and_the_labels_follow_the_step_taken_off(qtbot, backend, services, classroom,
                                                                          students) -> None:
    """An undo whose rows were changed since (here by another program) fails, and its step is taken off the list in
    a transaction of its own: the lane still hands that change out, so the labels follow, without an "Undone"."""
    from sqlalchemy import text

    notice = UndoNotice("hint")
    qtbot.addWidget(notice)
    undo = UndoController(backend, notice)
    [event] = services.events.log([students[0].id], "build", "helped_peer")
    undo.refresh()
    assert undo.undo_action.isEnabled()
    with services.db.engine.begin() as conn:
        conn.execute(text("UPDATE trust_events SET note = 'changed elsewhere' WHERE id = :id"), {"id": event.id})
    from autonomy.core.errors import ChangedSince, Conflict

    failures: list[BaseException] = []
    backend.lane.failed.connect(failures.append)  # the window reports it (ui/app/window.py)
    notice.clear()
    undo.undo()
    assert [type(f) for f in failures] == [ChangedSince] and isinstance(failures[0], Conflict)
    assert undo.undo_action.text() == "&Undo Added Chloé Dubois"  # the step before it
    assert not notice.showing
