"""The suggestions panel: accept, dismiss and snooze from the keyboard, every decision recorded, the list kept
fresh; reflect and follow-up suggestions lead to the conversation and the outcome."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from autonomy.core.phrases import english
from autonomy.core.types import SuggestionKind
from autonomy.ui.app.backend import Backend
from autonomy.ui.app.lane import Lane
from autonomy.ui.reflection.dialog import ReflectionDialog
from autonomy.ui.student.panel import DetailPanel
from autonomy.ui.suggestions.decision_dialogs import DecisionDialog, OutcomeDialog
from autonomy.ui.suggestions.panel import RELOAD_DELAY_MS, SuggestionsPanel
from tests.ui.history import TODAY, days_ago, earn_step_up


def make_panel(qtbot, backend, classroom_id: str) -> SuggestionsPanel:
    panel = SuggestionsPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    panel.show_classroom(classroom_id)
    return panel


def pick(qtbot, panel: SuggestionsPanel, kind: SuggestionKind, student_id: str):
    row = next(r for r in panel.rows() if r.suggestion.kind == kind and r.suggestion.student_id == student_id)
    panel.select_suggestion(row.suggestion)
    panel.list.setFocus()
    assert panel.current() == row.suggestion
    return row.suggestion


def settle(qtbot, panel: SuggestionsPanel) -> None:
    """Wait for the reload after a change (the panel lets a burst of changes settle first): the engine's answer
    is on screen once the panel says `loaded`."""
    with qtbot.waitSignal(panel.loaded, timeout=RELOAD_DELAY_MS + 5000):
        pass


def listed(panel: SuggestionsPanel) -> list[tuple[str, str | None]]:
    return [(str(r.suggestion.kind), r.suggestion.student_id) for r in panel.rows()]


def test_cards_show_the_sentence_kind_and_evidence(qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    earn_step_up(services, amira)
    panel = make_panel(qtbot, backend, classroom.id)
    [row] = panel.rows()
    assert row.suggestion.kind == SuggestionKind.STEP_UP and row.kind_label == "Step up"
    assert row.title == "Amira Haddad · Workspace"
    assert row.evidence.startswith("Evidence: ") and len(row.evidence.split(",")) == 4
    assert row.tooltip.count("\n") == 3 and "Stayed on task away from the teacher" in row.tooltip
    assert panel.list.isVisible() and not panel.empty.isVisible()
    assert panel.accept_action.isEnabled() and not panel.talk_action.isEnabled()


def test_enter_accepts_and_records_the_level_change(qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    earn_step_up(services, amira)
    panel = make_panel(qtbot, backend, classroom.id)
    suggestion = pick(qtbot, panel, SuggestionKind.STEP_UP, amira)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert services.levels.level_of(amira, "workspace") == 1
    [change] = services.levels.history(amira)
    assert change.source == "suggestion"
    assert set(change.evidence) == {e.event_id for e in suggestion.evidence}
    [decision] = services.decisions.all()
    assert (decision.kind, decision.decision, decision.student_id) == ("step_up", "accepted", amira)
    assert ("step_up", amira) not in listed(panel)  # off the list at once
    settle(qtbot, panel)
    assert ("step_up", amira) not in listed(panel)  # and the engine agrees


def test_delete_dismisses_with_a_reason(qtbot, backend, services, classroom, students) -> None:
    ben = students[1].id
    services.events.log([ben], "break", "left_area", dimension="workspace", severity="minor")
    panel = make_panel(qtbot, backend, classroom.id)
    pick(qtbot, panel, SuggestionKind.REFLECT, ben)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    dialog = panel.dialog
    assert isinstance(dialog, DecisionDialog) and not dialog.snoozing
    dialog.reason.setText("Talked in the corridor already")
    dialog.accept()
    [decision] = services.decisions.all()
    assert (decision.kind, decision.decision, decision.reason) == ("reflect", "dismissed", "Talked in the corridor "
                                                                                            "already")
    assert ("reflect", ben) not in listed(panel)
    settle(qtbot, panel)
    assert ("reflect", ben) not in listed(panel)
    assert panel.empty.isVisible() and "Nothing to suggest" in panel.empty.text()


def test_s_snoozes_a_week_ahead_by_default(qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    earn_step_up(services, amira)
    panel = make_panel(qtbot, backend, classroom.id)
    pick(qtbot, panel, SuggestionKind.STEP_UP, amira)
    qtbot.keyClick(panel.list, Qt.Key.Key_S)
    dialog = panel.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.snoozing
    week = TODAY + dt.timedelta(days=7)
    assert dialog.until.date().toPython() == week
    dialog.accept()
    [decision] = services.decisions.all()
    assert (decision.decision, decision.until) == ("snoozed", week)
    assert services.levels.level_of(amira, "workspace") == 0  # a snooze changes no level
    settle(qtbot, panel)
    assert listed(panel) == []


def test_decisions_without_dialogs_and_a_stale_accept(qtbot, backend, services, classroom, students,
                                                      dialogs) -> None:
    amira, ben = students[0].id, students[1].id
    earn_step_up(services, amira)
    services.events.log([ben], "break", "off_task", severity="minor")
    panel = make_panel(qtbot, backend, classroom.id)
    pick(qtbot, panel, SuggestionKind.REFLECT, ben)
    panel.snooze_current(TODAY + dt.timedelta(days=3), "After the trip")
    assert services.decisions.all()[0].reason == "After the trip"
    suggestion = pick(qtbot, panel, SuggestionKind.STEP_UP, amira)
    services.levels.change_level(amira, "workspace", 3, reason="by hand")  # meanwhile, in another window
    panel.select_suggestion(suggestion)
    panel.accept_current()
    assert dialogs.shown and dialogs.shown[-1][0] == "warning"  # refused with a clear message
    assert services.levels.level_of(amira, "workspace") == 3
    assert len(services.decisions.all()) == 1


def test_hold_the_conversation_from_a_reflect_suggestion(qtbot, backend, services, classroom, students) -> None:
    ben = students[1].id
    [event] = services.events.log([ben], "break", "left_area", dimension="workspace", severity="moderate")
    panel = make_panel(qtbot, backend, classroom.id)
    pick(qtbot, panel, SuggestionKind.REFLECT, ben)
    assert panel.talk_action.isEnabled() and not panel.outcome_action.isEnabled()
    qtbot.keyClick(panel.list, Qt.Key.Key_H)
    dialog = panel.dialog
    assert isinstance(dialog, ReflectionDialog)  # a child of the panel's window, closed and deleted with it
    assert [e.id for e in dialog.chosen_events()] == [event.id]
    assert dialog.about.currentData() == "workspace"
    assert len(dialog.slots) == 3  # a moderate break: three restorative questions
    dialog.words.setPlainText("I wanted to see the science fair")
    steps = len(services.history.recent(100))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [reflection] = services.reflections.for_student(ben)
    assert reflection.event_ids == (event.id,)
    decisions = services.decisions.all()
    assert [(d.kind, d.decision, english(d.reason)) for d in decisions] == [
        ("reflect", "accepted", "Recorded a conversation with Ben Okafor")]
    # The conversation and the decision: one transaction, one undo step that takes both back.
    assert len(services.history.recent(100)) == steps + 1
    assert english(services.history.can_undo().label) == "Recorded a conversation with Ben Okafor"
    settle(qtbot, panel)
    assert ("reflect", ben) not in listed(panel)
    backend.lane.write(services.history.undo)
    assert services.reflections.for_student(ben) == [] and services.decisions.all() == []
    settle(qtbot, panel)
    assert ("reflect", ben) in listed(panel)


def test_record_the_outcome_of_a_due_follow_up(qtbot, backend, services, classroom, students) -> None:
    chloe = students[2].id
    services.reflections.record(chloe, agreement="Check in every 15 minutes", at=days_ago(5),
                                follow_up=TODAY - dt.timedelta(days=1))
    panel = make_panel(qtbot, backend, classroom.id)
    pick(qtbot, panel, SuggestionKind.FOLLOW_UP, chloe)
    assert panel.outcome_action.isEnabled()
    qtbot.keyClick(panel.list, Qt.Key.Key_R)
    dialog = panel.dialog
    assert isinstance(dialog, OutcomeDialog)
    assert dialog.agreed.text() == "Check in every 15 minutes"
    dialog.accept()  # nothing written: refused in the dialog, which stays open
    assert dialog.error.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.outcome.setPlainText("Kept it all week")
    steps = len(services.history.recent(100))
    notices: list[str] = []
    panel.notice.connect(notices.append)
    dialog.accept()
    [reflection] = services.reflections.for_student(chloe)
    assert reflection.outcome == "Kept it all week"
    assert [(d.kind, d.decision, english(d.reason)) for d in services.decisions.all()] == [
        ("follow_up", "accepted", "Recorded how a follow-up went")]
    assert notices == ["Follow-up outcome recorded."]
    assert ("follow_up", chloe) not in listed(panel)  # off the list at once
    # The outcome and the decision: one transaction, one undo step that takes both back.
    assert len(services.history.recent(100)) == steps + 1
    assert english(services.history.can_undo().label) == "Recorded how a follow-up went"
    settle(qtbot, panel)
    assert ("follow_up", chloe) not in listed(panel)
    backend.lane.write(services.history.undo)
    assert services.reflections.for_student(chloe)[0].outcome is None and services.decisions.all() == []
    settle(qtbot, panel)
    assert ("follow_up", chloe) in listed(panel)


def test_refreshes_when_data_changes(qtbot, backend, services, classroom, students) -> None:
    panel = make_panel(qtbot, backend, classroom.id)
    assert listed(panel) == [] and panel.empty.isVisible()
    ben = students[1].id
    backend.lane.write(lambda: services.events.log([ben], "break", "distracted_others", severity="minor"))
    with qtbot.waitSignal(panel.loaded, timeout=2000):
        pass
    assert listed(panel) == [("reflect", ben)]
    assert panel.list.isVisible() and panel.status.text() == "1 waiting"


def test_loading_runs_on_the_background_lane(qtbot, services, classroom, students) -> None:
    lane, background = Lane(threaded=False), Lane(threaded=False)
    asked: list[object] = []
    real = background.run
    background.run = lambda fn, *a, **k: (asked.append(fn), real(fn, *a, **k))  # type: ignore[method-assign]
    lane_runs: list[object] = []
    real_lane = lane.run
    lane.run = lambda fn, *a, **k: (lane_runs.append(fn), real_lane(fn, *a, **k))  # type: ignore[method-assign]
    earn_step_up(services, students[0].id)
    panel = make_panel(qtbot, Backend.over(services, lane, background), classroom.id)
    assert asked and not lane_runs
    assert len(panel.rows()) == 1


def test_kind_filter(qtbot, backend, services, classroom, students) -> None:
    earn_step_up(services, students[0].id)
    services.events.log([students[1].id], "break", "off_task", severity="minor")
    panel = make_panel(qtbot, backend, classroom.id)
    assert len(panel.rows()) == 2
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(SuggestionKind.REFLECT))
    assert listed(panel) == [("reflect", students[1].id)]
    assert panel.kind_filter.currentText() == "Reflect (1)"


@pytest.mark.parametrize("with_suggestion", [True, False])
def test_student_section_in_the_detail_panel(qtbot, backend, services, classroom, students,
                                             with_suggestion) -> None:
    amira = students[0].id
    if with_suggestion:
        earn_step_up(services, amira)
    detail = DetailPanel(backend)
    qtbot.addWidget(detail)
    detail.resize(520, 800)
    detail.show()
    detail.show_student(amira)
    section = detail.suggestions
    assert section.per_student
    if with_suggestion:
        [row] = section.rows()
        assert row.title == "Workspace"  # the name is already at the top of the panel
        section.select_suggestion(row.suggestion)
        section.accept_current()
        assert services.levels.level_of(amira, "workspace") == 1
        assert detail.detail is not None and detail.detail.levels["workspace"] == 1
    else:
        assert section.rows() == [] and "Nothing to suggest for Amira Haddad" in section.empty.text()
    opened: list[ReflectionDialog] = []
    section._conversation_opened = lambda dialog, _s: opened.append(dialog)  # type: ignore[method-assign]
    section.talk_any.trigger()
    assert opened and opened[0].context.student.id == amira


def test_a_class_list_shows_todays_few_by_urgency_and_the_rest_one_click_away(qtbot, backend, services,
                                                                              classroom, students) -> None:
    import dataclasses

    services.suggestions.set_policy(dataclasses.replace(services.suggestions.policy(), today_list=2))
    amira, ben, chloe = (s.id for s in students)
    earn_step_up(services, amira)
    yesterday = days_ago(1)
    services.events.log([ben], "break", "off_task", severity="minor", at=yesterday)
    services.events.log([chloe], "break", "left_area", severity="moderate")
    services.events.log([amira], "break", "distracted_others", severity="minor", dimension="pacing")
    panel = make_panel(qtbot, backend, classroom.id)
    # Today's two: the worst break first, then the older of the minor ones (the engine lists by student).
    assert listed(panel) == [("reflect", chloe), ("reflect", ben)]
    assert panel.status.text() == "2 for today · 4 waiting"
    assert panel.later_button.isVisible() and panel.later_button.text() == "Show 2 more for later…"
    qtbot.mouseClick(panel.later_button, Qt.MouseButton.LeftButton)
    assert listed(panel) == [("reflect", chloe), ("reflect", ben), ("reflect", amira), ("step_up", amira)]
    assert panel.later_button.text() == "Show only today's 2"
    qtbot.mouseClick(panel.later_button, Qt.MouseButton.LeftButton)
    assert len(panel.rows()) == 2
    # One kind picked: all of it.
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(SuggestionKind.REFLECT))
    assert len(panel.rows()) == 3 and not panel.later_button.isVisible()
