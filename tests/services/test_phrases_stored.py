"""Nothing worded is stored: undo labels and the reasons the app writes for accepted suggestions are phrases (a kind
plus parameters, autonomy/core/phrases.py), which the interchange file carries with their English words."""

from __future__ import annotations

import datetime as dt

from autonomy.core import phrases
from autonomy.core.types import SuggestionKind
from autonomy.services import Services


def _step_up(services: Services, sid: str):
    now = dt.datetime.now().astimezone()
    for days in (9, 6, 4, 2):
        services.events.log([sid], "build", "on_task_away", dimension="workspace", at=now - dt.timedelta(days=days))
    return next(s for s in services.suggestions.for_student(sid) if s.kind == SuggestionKind.STEP_UP)


def test_accepting_a_step_up_stores_what_was_suggested_not_a_sentence(services: Services, students) -> None:
    amira = students[0]
    suggestion = _step_up(services, amira.id)
    services.suggestions.accept(suggestion)
    [change] = services.levels.history(amira.id)
    reason = phrases.decode(change.reason)
    assert reason is not None and reason.kind == phrases.SUGGESTED
    assert suggestion.text not in change.reason  # the engine's English sentence is not stored
    assert (reason.text("student"), reason.text("dimension"), reason.args["to"]) == (amira.name, "workspace", 1)
    assert reason.args["reasons"]["builds"] == 4
    assert phrases.english(change.reason) == ("Accepted the suggestion to step up in Workspace from 'Assigned seat' "
                                              "to 'Spots in the room'.")
    label = phrases.decode(services.history.can_undo().label)
    assert label is not None and label.kind == phrases.ACCEPTED
    assert phrases.english(services.history.can_undo().label) == (
        "Accepted: Amira Haddad to ‘Spots in the room’ in Workspace")


def test_a_reason_the_teacher_gives_is_kept_as_typed(services: Services, students) -> None:
    services.suggestions.accept(_step_up(services, students[0].id), reason="Ready for the corridor")
    assert [c.reason for c in services.levels.history(students[0].id)] == ["Ready for the corridor"]


def test_every_label_names_who_and_what(services: Services, classroom, students) -> None:
    services.roster.set_student_active(students[1].id, False)
    assert phrases.english(services.history.can_undo().label) == "Archived Ben Okafor"
    services.levels.change_level(students[0].id, "workspace", 2)
    assert phrases.english(services.history.can_undo().label) == (
        "Moved Amira Haddad to ‘Just outside, in sight’ in Workspace")
    services.roster.edit_classroom(classroom.id, subject="Physics")
    assert phrases.english(services.history.can_undo().label) == "Edited the classroom 7B Science"


def test_the_file_carries_the_phrase_with_its_words_and_an_import_keeps_the_phrase(
        services: Services, other: Services, students) -> None:
    services.suggestions.accept(_step_up(services, students[0].id))
    [stored] = [c.reason for c in services.levels.history(students[0].id)]
    doc = services.exchange.export_document()
    [in_file] = [c["reason"] for c in doc["level_changes"]]
    found = phrases.decode(in_file)
    assert found is not None and found.args["words"] == phrases.english(stored)
    other.exchange.import_document(doc)
    assert [c.reason for c in other.levels.history(students[0].id)] == [stored]  # the same phrase, no words
    assert other.exchange.export_document()["level_changes"] == doc["level_changes"]


def test_the_anonymised_file_keeps_no_reason(services: Services, students) -> None:
    services.suggestions.accept(_step_up(services, students[0].id))
    doc = services.exchange.export_document(anonymize=True)
    assert [c["reason"] for c in doc["level_changes"]] == [""]
