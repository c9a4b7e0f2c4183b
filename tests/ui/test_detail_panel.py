"""The student panel: levels with ladder text, filterable history, manual level change with a reason."""

from __future__ import annotations

from autonomy.ui.student.panel import FILTER_BREAK, FILTER_CHOICES, DetailPanel


def make_panel(qtbot, backend, student_id: str) -> DetailPanel:
    panel = DetailPanel(backend)
    qtbot.addWidget(panel)
    panel.resize(520, 700)
    panel.show_student(student_id)
    return panel


def test_shows_levels_events_and_choices(qtbot, backend, services, classroom, students) -> None:
    sid = students[0].id
    services.events.log([sid], "build", "helped_peer")
    services.events.log([sid], "break", "left_area", severity="moderate", note="Went to the canteen")
    services.choices.record(sid, "workspace", "Library corner")
    panel = make_panel(qtbot, backend, sid)
    assert panel.name.text() == "Amira Haddad"
    assert panel.levels_grid.rowCount() >= 4
    assert panel.events.topLevelItemCount() == 3
    panel.kind_filter.setCurrentIndex(FILTER_BREAK)
    assert panel.events.topLevelItemCount() == 1
    assert "moderate" in panel.events.topLevelItem(0).text(1)
    assert "canteen" in panel.events.topLevelItem(0).text(1)
    panel.kind_filter.setCurrentIndex(FILTER_CHOICES)
    assert panel.events.topLevelItemCount() == 1
    assert "Library corner" in panel.events.topLevelItem(0).text(1)


def test_manual_level_change_with_a_reason(qtbot, backend, services, classroom, students) -> None:
    sid = students[1].id
    panel = make_panel(qtbot, backend, sid)
    dialog = panel.open_level_dialog("pacing")
    assert dialog.level.currentData() == 1  # one step up is offered first
    dialog.reason.setPlainText("Kept to the weekly plan for three weeks")
    dialog.accept()
    assert services.levels.level_of(sid, "pacing") == 1
    [change] = services.levels.history(sid)
    assert change.reason == "Kept to the weekly plan for three weeks" and change.source == "manual"
    assert panel.detail is not None and panel.detail.levels["pacing"] == 1  # refreshed on data_changed
    assert panel.history.topLevelItemCount() == 1
    assert "0 → 1" in panel.history.topLevelItem(0).text(2)


def test_delete_event_from_the_panel(qtbot, backend, services, classroom, students) -> None:
    sid = students[2].id
    services.events.log([sid], "observation", "noticed")
    panel = make_panel(qtbot, backend, sid)
    panel.events.topLevelItem(0).setSelected(True)
    panel.delete_selected()
    assert services.events.for_student(sid) == []
    assert panel.events.topLevelItemCount() == 0


def test_reflections_are_listed(qtbot, backend, services, classroom, students) -> None:
    sid = students[0].id
    services.reflections.record(sid, student_words="I wandered off", agreement="Check in every 15 minutes")
    panel = make_panel(qtbot, backend, sid)
    assert panel.reflections.topLevelItemCount() == 1
    assert panel.reflections.topLevelItem(0).text(1) == "I wandered off"


def test_an_archived_student_shows_as_archived_with_nothing_to_record(qtbot, backend, services, classroom,
                                                                      students) -> None:
    ben = students[1]
    panel = make_panel(qtbot, backend, ben.id)
    assert panel.choices_button.isEnabled() and panel.change_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=3000):
        backend.lane.write(lambda: backend.services.roster.set_student_active(ben.id, False))
    assert panel.name.text() == "Ben Okafor (archived)"
    assert "Archived" in panel.facts.text()
    assert not panel.choices_button.isEnabled() and not panel.change_button.isEnabled()
    assert panel.suggestions.isHidden()
    with qtbot.waitSignal(panel.loaded, timeout=3000):  # restored: the actions are back
        backend.lane.write(lambda: backend.services.roster.set_student_active(ben.id, True))
    assert panel.choices_button.isEnabled() and not panel.suggestions.isHidden()
