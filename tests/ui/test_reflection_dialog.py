"""The reflection conversation dialog: prefilled from a suggestion, prompts that fit and rotate, swapping,
one saved conversation with everything in it, a refusal that keeps what was typed, and large text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel

from autonomy.core.prompts import default_library, pick_prompts
from autonomy.core.types import SuggestionKind
from autonomy.ui.reflection.context import ConversationContext, load_conversation, prompt_ids_in
from autonomy.ui.reflection.dialog import ReflectionDialog, start_conversation
from tests.services.helpers import state, unchanged
from tests.ui.history import TODAY, days_ago, follow_up_due, two_breaks


def suggestion_for(services, student_id: str, kind: SuggestionKind):
    return next(s for s in services.suggestions.for_student(student_id) if s.kind == kind)


def conversation(backend, student_id: str, suggestion=None) -> ConversationContext:
    """load_conversation where the app runs it: on the lane (inline in these tests)."""
    loaded: list[ConversationContext] = []
    backend.lane.run(lambda: load_conversation(backend, student_id, suggestion), loaded.append)
    return loaded[0]


def open_dialog(qtbot, backend, student_id: str, suggestion=None) -> ReflectionDialog:
    dialog = ReflectionDialog(backend, conversation(backend, student_id, suggestion))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saves_one_conversation_with_everything(qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    older, latest = two_breaks(services, amira)
    reflect = suggestion_for(services, amira, SuggestionKind.REFLECT)
    dialog = open_dialog(qtbot, backend, amira, reflect)
    assert dialog.events.count() == 2
    assert {e.id for e in dialog.chosen_events()} == {older.id, latest.id}  # the suggestion's evidence
    assert len(dialog.slots) == 5  # a serious break: the whole conversation, step by step
    assert all("Amira" in s.prompt.text or "{" not in s.prompt.text for s in dialog.slots)
    dialog.slots[1].asked.setChecked(False)  # not asked after all
    dialog.words.setPlainText("I needed a break from the noise")
    dialog.agreement.setPlainText("Ask before leaving; use the quiet corner")
    dialog.follow.setChecked(True)
    follow_up = TODAY + dt.timedelta(days=5)
    dialog.follow_date.setDate(QDate(follow_up.year, follow_up.month, follow_up.day))
    rating = dialog.ratings["workspace"]
    rating.setCurrentIndex(rating.findData(3))  # the student sees it higher than the teacher's 2
    actions_before = len(services.history.recent(100))
    saved: list[object] = []
    dialog.saved.connect(saved.append)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and saved
    [reflection] = services.reflections.for_student(amira)
    assert set(reflection.event_ids) == {older.id, latest.id}
    assert list(reflection.prompts) == [s.prompt.text for i, s in enumerate(dialog.slots) if i != 1]
    assert reflection.student_words == "I needed a break from the noise"
    assert reflection.agreement == "Ask before leaving; use the quiet corner"
    assert reflection.follow_up == follow_up
    assert reflection.self_ratings == {"workspace": 3}
    assert services.levels.level_of(amira, "workspace") == 2  # beside the teacher's level, never averaged in
    assert len(services.history.recent(100)) == actions_before + 1  # one transaction, one undo step


def test_self_rating_sits_beside_the_teachers_level(qtbot, backend, services, classroom, students) -> None:
    ben = students[1].id
    services.levels.change_level(ben, "pacing", 1, reason="keeps the plan")
    dialog = open_dialog(qtbot, backend, ben)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.accessibleName().startswith("Pacing: your level")]
    assert labels and labels[0].startswith("1 · ")
    assert dialog.ratings["pacing"].currentData() is None  # not rated unless the student says
    assert dialog.purpose.currentData() == "goal"  # no break waiting: a goal-setting conversation


def test_swap_changes_a_prompt(qtbot, backend, services, classroom, students) -> None:
    ben = students[1].id
    services.events.log([ben], "break", "distracted_others", severity="moderate")
    dialog = open_dialog(qtbot, backend, ben, suggestion_for(services, ben, SuggestionKind.REFLECT))
    slot = dialog.slots[0]
    before, others = slot.prompt, {s.prompt.id for s in dialog.slots[1:]}
    dialog_slot_button = slot.swap
    qtbot.mouseClick(dialog_slot_button, Qt.MouseButton.LeftButton)
    assert slot.prompt.id != before.id and slot.prompt.id not in others
    assert slot.text.text() == slot.prompt.text != before.text
    seen = {before.id, slot.prompt.id}
    while dialog.swap(slot) and slot.prompt.id not in seen:  # every alternative comes round before a repeat
        seen.add(slot.prompt.id)
    assert len(seen) >= 3


def test_refused_save_keeps_what_was_typed(qtbot, backend, services, classroom, students) -> None:
    chloe = students[2].id
    dialog = open_dialog(qtbot, backend, chloe)
    words = "x" * 20_001
    dialog.words.setPlainText(words)
    dialog.agreement.setPlainText("Try again tomorrow")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and "20,001" in dialog.error.text()
    assert dialog.words.toPlainText() == words and dialog.agreement.toPlainText() == "Try again tomorrow"
    assert services.reflections.for_student(chloe) == []
    assert dialog.save.isEnabled()
    dialog.words.setPlainText("Shorter now")
    dialog.accept()
    assert [r.student_words for r in services.reflections.for_student(chloe)] == ["Shorter now"]


def test_saving_accepts_the_suggestion_it_acts_on_in_the_same_step(qtbot, backend, services, classroom,
                                                                    students) -> None:
    ben = students[1].id
    services.events.log([ben], "break", "left_area", severity="minor")
    reflect = suggestion_for(services, ben, SuggestionKind.REFLECT)
    before = state(services)
    dialog = open_dialog(qtbot, backend, ben, reflect)
    dialog.act_on(reflect, "Held the conversation")
    dialog.words.setPlainText("I forgot to ask")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.student_words for r in services.reflections.for_student(ben)] == ["I forgot to ask"]
    assert [(d.kind, d.decision, d.reason) for d in services.decisions.all()] == [
        ("reflect", "accepted", "Held the conversation")]
    services.history.undo()  # one step takes both back
    assert state(services) == before


def test_a_refused_acceptance_saves_no_conversation(qtbot, backend, services, classroom, students) -> None:
    amira, ben = students[0].id, students[1].id
    services.events.log([amira], "break", "off_task", severity="minor")
    amiras = suggestion_for(services, amira, SuggestionKind.REFLECT)
    dialog = open_dialog(qtbot, backend, ben)
    dialog.act_on(amiras, "Held the conversation")  # not Ben's: refused, and with it the conversation
    dialog.words.setPlainText("I forgot to ask")
    with unchanged(services):
        dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and dialog.words.toPlainText() == "I forgot to ask"


def test_without_a_suggestion_to_act_on_no_decision_is_recorded(qtbot, backend, services, classroom,
                                                                students) -> None:
    ben = students[1].id
    services.events.log([ben], "break", "left_area", severity="minor")
    dialog = open_dialog(qtbot, backend, ben, suggestion_for(services, ben, SuggestionKind.REFLECT))
    dialog.accept()  # prefilled from the suggestion, but not opened to act on it
    assert len(services.reflections.for_student(ben)) == 1 and services.decisions.all() == []


def test_large_text_mode_increases_the_font(qtbot, backend, services, classroom, students) -> None:
    dialog = open_dialog(qtbot, backend, students[0].id)
    normal = dialog.words.font().pointSizeF()
    question = dialog.slots[0].text.font().pointSizeF()
    qtbot.mouseClick(dialog.large, Qt.MouseButton.LeftButton)
    assert dialog.large.isChecked()
    assert dialog.words.font().pointSizeF() >= normal * 1.4
    assert dialog.slots[0].text.font().pointSizeF() >= question * 1.4
    dialog.swap(dialog.slots[0])
    assert dialog.slots[0].text.font().pointSizeF() >= question * 1.4  # a swapped question stays large
    dialog.set_large_text(False)
    assert dialog.words.font().pointSizeF() == normal


def test_prompts_rotate_away_from_last_time(qtbot, backend, services, classroom, students) -> None:
    amira = students[0].id
    library = default_library()
    last = pick_prompts(library, purpose="after_break", severity="minor", name="Amira", seed=0)
    services.reflections.record(amira, prompts=[p.text for p in last], at=days_ago(4))
    [event] = services.events.log([amira], "break", "off_task", severity="minor")
    context = conversation(backend, amira, suggestion_for(services, amira, SuggestionKind.REFLECT))
    assert set(context.recent_ids) == {p.id for p in last}
    assert prompt_ids_in(library, [p.text for p in last]) == tuple(p.id for p in last)
    dialog = ReflectionDialog(backend, context)
    qtbot.addWidget(dialog)
    assert [e.id for e in dialog.chosen_events()] == [event.id]
    assert {s.prompt.id for s in dialog.slots}.isdisjoint(context.recent_ids)


def test_a_follow_up_conversation_records_the_outcome_too(qtbot, backend, services, classroom, students) -> None:
    ben = students[1].id
    event, earlier = follow_up_due(services, ben)
    follow = suggestion_for(services, ben, SuggestionKind.FOLLOW_UP)
    dialog = open_dialog(qtbot, backend, ben, follow)
    assert dialog.context.follow_up_of is not None and dialog.context.follow_up_of.id == earlier.id
    assert dialog.purpose.currentData() == "follow_up" and dialog.outcome.isVisible()
    assert [e.id for e in dialog.chosen_events()] == [event.id]
    dialog.outcome.setPlainText("Stayed in sight every day")
    dialog.agreement.setPlainText("Try the hallway on Friday")
    dialog.accept()
    talks = {r.id: r for r in services.reflections.for_student(ben)}
    assert talks[earlier.id].outcome == "Stayed in sight every day"
    [new] = [r for r in talks.values() if r.id != earlier.id]
    assert new.agreement == "Try the hallway on Friday"


def test_opened_through_the_lane(qtbot, backend, services, classroom, students) -> None:
    opened: list[ReflectionDialog] = []
    start_conversation(backend, students[0].id, None, None, opened.append)
    [dialog] = opened
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Reflection conversation: Amira Haddad"
    assert dialog.no_events.isVisibleTo(dialog) and not dialog.events.isVisibleTo(dialog)
