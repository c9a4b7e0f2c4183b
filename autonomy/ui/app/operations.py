"""Every change the window makes, one named function each (the idea of Anki's aqt/operations): each calls its
service on the lane, as a write, and the lane hands every view the `Changes` it made with `initiator` — the
object that started it (a view, a dialog), so a view can tell its own change from another's.

Views call these, never `lane.write` themselves: a grep here finds every write the app can make. The services
are reached inside the job, on the lane: at start-up they may still be opening (ui/app/backend.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from autonomy.services.changes import EVERYTHING, REDO, RESTORE, UNDO

if TYPE_CHECKING:
    from autonomy.core.suggestion_facts import Suggestion
    from autonomy.services.bundle import Services
    from autonomy.ui.app.backend import Backend
    from autonomy.ui.roster.choices_dialog import ChoiceRequest
    from autonomy.ui.roster.log_dialog import LogRequest

Success = Callable[[Any], None] | None
Failure = Callable[[BaseException], None] | None


def _write(backend: Backend, job: Callable[[Services], Any], on_success: Success, on_failure: Failure,
           initiator: Any, **options: Any) -> None:
    backend.lane.write(lambda: job(backend.services), on_success, on_failure, initiator=initiator, **options)


# --- the roster -------------------------------------------------------------------------------------------------
def log_events(backend: Backend, student_ids: Sequence[str], request: LogRequest, *, initiator: Any = None,
               on_success: Success = None, on_failure: Failure = None) -> None:
    """One event per student, one transaction, one undo step (services/events.py)."""
    ids = list(student_ids)
    _write(backend, lambda s: s.events.log(ids, request.kind, request.category, dimension=request.dimension,
                                           severity=request.severity, habit=request.habit, at=request.at,
                                           note=request.note), on_success, on_failure, initiator)


def delete_events(backend: Backend, event_ids: Sequence[str], *, initiator: Any = None) -> None:
    ids = list(event_ids)
    _write(backend, lambda s: s.events.delete(ids), None, None, initiator)


def record_choices(backend: Backend, student_id: str, requests: Sequence[ChoiceRequest], *,
                   initiator: Any = None) -> None:
    """The day's choices, in one transaction and one undo step named after all of them (the service decides
    whether a ladder pick was within the level)."""
    from autonomy.services.choices import DayChoice

    wanted = [DayChoice(r.dimension, r.choice, r.level) for r in requests]
    _write(backend, lambda s: s.choices.record_day(student_id, wanted), None, None, initiator)


def change_level(backend: Backend, student_id: str, dimension: str, rank: int, reason: str, *,
                 initiator: Any = None) -> None:
    _write(backend, lambda s: s.levels.change_level(student_id, dimension, rank, reason=reason), None, None,
           initiator)


def set_classroom_archived(backend: Backend, classroom_id: str, archived: bool, *, initiator: Any = None) -> None:
    _write(backend, lambda s: s.roster.set_classroom_archived(classroom_id, archived), None, None, initiator)


def set_student_active(backend: Backend, student_id: str, active: bool, *, initiator: Any = None) -> None:
    _write(backend, lambda s: s.roster.set_student_active(student_id, active), None, None, initiator)


def import_roster(backend: Backend, classroom_id: str, parsed: Any, *, skip_invalid: bool, initiator: Any = None,
                  on_success: Success = None, on_failure: Failure = None) -> None:
    _write(backend, lambda s: s.roster.import_roster(classroom_id, parsed, skip_invalid=skip_invalid),
           on_success, on_failure, initiator)


def save_form(backend: Backend, save: Callable[[], Any], *, initiator: Any = None, on_success: Success = None,
              on_failure: Failure = None) -> None:
    """A student's or a classroom's form (ui/setup/student_classroom_forms.py), whose `save` calls the roster
    service with what was typed."""
    backend.lane.write(save, on_success, on_failure, initiator=initiator)


# --- suggestions and conversations ------------------------------------------------------------------------------
def decide_suggestion(backend: Backend, suggestion: Suggestion, decision: str, *, reason: str = "",
                      until: dt.date | None = None, initiator: Any = None, on_success: Success = None,
                      on_failure: Failure = None) -> None:
    """Accept, dismiss or snooze (until a day) a suggestion; an accepted step records its level change."""
    def decide(s: Services) -> Any:
        if decision == "accept":
            return s.suggestions.accept(suggestion, reason=reason)
        if decision == "dismiss":
            return s.suggestions.dismiss(suggestion, reason=reason)
        assert until is not None, "a snooze needs a day"
        return s.suggestions.snooze(suggestion, until, reason=reason)

    _write(backend, decide, on_success, on_failure, initiator)


def record_outcome(backend: Backend, reflection_id: str, outcome: str, *, acting_on: Suggestion | None = None,
                   acting_reason: str = "", initiator: Any = None, on_success: Success = None,
                   on_failure: Failure = None) -> None:
    _write(backend, lambda s: s.reflections.set_outcome(reflection_id, outcome, acting_on=acting_on,
                                                        acting_reason=acting_reason),
           on_success, on_failure, initiator)


def record_reflection(backend: Backend, student_id: str, *, initiator: Any = None, on_success: Success = None,
                      on_failure: Failure = None, **conversation: Any) -> None:
    """A reflection conversation (services/reflections.py `record`, whose keywords `conversation` carries)."""
    _write(backend, lambda s: s.reflections.record(student_id, **conversation), on_success, on_failure, initiator)


# --- set-up -----------------------------------------------------------------------------------------------------
def rename_levels(backend: Backend, dimension: str, renamed: Sequence[tuple[int, str, str]], *,
                  initiator: Any = None, on_success: Success = None, on_failure: Failure = None) -> None:
    """New names and texts for some levels of one ladder: (rank, name, text) each; one transaction, one undo
    step."""
    wanted = list(renamed)
    _write(backend, lambda s: s.levels.rename_levels(dimension, wanted), on_success, on_failure, initiator)


def add_dimension(backend: Backend, name: str, levels: Sequence[tuple[str, str]], *, initiator: Any = None,
                  on_success: Success = None, on_failure: Failure = None) -> None:
    wanted = list(levels)
    _write(backend, lambda s: s.levels.add_dimension(name, wanted), on_success, on_failure, initiator)


def edit_catalogue(backend: Backend, change: Callable[[Services], Any], *, initiator: Any = None,
                   on_success: Success = None, on_failure: Failure = None) -> None:
    """Add, rename, archive or move an event category (ui/setup/vocabulary_dialogs.py says which)."""
    _write(backend, change, on_success, on_failure, initiator)


def save_preferences(backend: Backend, save: Callable[[Services], Any], *, initiator: Any = None,
                     on_success: Success = None, on_failure: Failure = None) -> None:
    """The suggestion thresholds and the backup schedule (ui/setup/preferences_dialog.py)."""
    _write(backend, save, on_success, on_failure, initiator)


# --- history and files ------------------------------------------------------------------------------------------
def undo(backend: Backend, *, initiator: Any = None) -> None:
    """The Changes handed out are those of the rows the step put back."""
    _write(backend, lambda s: s.history.undo(), None, None, initiator, kind=UNDO)


def redo(backend: Backend, *, initiator: Any = None) -> None:
    _write(backend, lambda s: s.history.redo(), None, None, initiator, kind=REDO)


def restore_backup(backend: Backend, restore: Callable[[], Any], *, initiator: Any = None,
                   on_success: Success = None, on_failure: Failure = None) -> None:
    """Put a backup in place of the database (ui/app/backup_actions.py): every view reloads everything, and the
    notice does not offer to undo whatever the restored database did last."""
    backend.lane.write(restore, on_success, on_failure, kind=RESTORE, initiator=initiator, changes=EVERYTHING)


# --- the students' check-in -------------------------------------------------------------------------------------
def save_checkin(backend: Backend, classroom_id: str, student_id: str, choices: Sequence[Any],
                 ratings: Sequence[Any], *, initiator: Any = None, on_success: Success = None,
                 on_failure: Failure = None) -> None:
    """A student's choices of the day and self-ratings, in one transaction (services/checkin.py)."""
    picked, rated = list(choices), list(ratings)
    _write(backend, lambda s: s.checkin.save(classroom_id, student_id, picked, rated), on_success, on_failure,
           initiator)


def correct_checkin_choice(backend: Backend, choice_id: str, text: str | None, *, initiator: Any = None) -> None:
    """The teacher's correction of a wrong check-in choice (None takes it back); undoable."""
    _write(backend, lambda s: s.checkin.correct_choice(choice_id, text), None, None, initiator)


def set_student_words(backend: Backend, dimension: str, changes: Sequence[tuple[int, str | None, list[str] | None]],
                      *, initiator: Any = None, on_success: Success = None, on_failure: Failure = None) -> None:
    """What students read and may pick at the check-in, level by level (the ladder editor)."""
    wanted = list(changes)
    _write(backend, lambda s: [s.levels.set_student_words(dimension, rank, student_text=text, picks=picks)
                               for rank, text, picks in wanted], on_success, on_failure, initiator)
