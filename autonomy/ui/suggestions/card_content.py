"""What a suggestion card says: gathered on a lane (`load_suggestions`) and worded on the GUI thread (`word_row`):
the sentence in the app's language, the kind, who and which dimension, the evidence dates, and the events behind
it for the hover text. Dimension, level and category names are shown as `autonomy.ui.words.builtin` words them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from autonomy.core.suggestion_facts import Suggestion
from autonomy.core.types import SuggestionKind
from autonomy.services.dto import CategoryInfo, DimensionInfo, TrustEventInfo
from autonomy.ui.app.backend import Backend
from autonomy.ui.suggestions.cards import SuggestionRow
from autonomy.ui.words import builtin
from autonomy.ui.words.dates import when_text
from autonomy.ui.words.suggestion_sentences import day_text, sentence, severity_word

# The words are filed under the panel's context in the translations: they were worded there first.

Kind = SuggestionKind
EVIDENCE_DAYS = 8  # dates written on a card; the hover text lists every event


@dataclass(frozen=True)
class Loaded:
    """One answer from the lane: the suggestions and what their cards need to be worded."""

    suggestions: tuple[Suggestion, ...]
    events: Mapping[str, TrustEventInfo]  # the evidence events, by id
    dimensions: tuple[DimensionInfo, ...]
    categories: Mapping[str, CategoryInfo]
    today_list: int | None = None  # the policy's short list for a class (core/today.py), when it was asked for


def load_suggestions(backend: Backend, scope: str, scope_id: str, as_of: dt.date, *,
                     with_policy: bool = False) -> Loaded:
    """Runs on a lane (the background lane, or the database lane after a change on a server): the engine, then the
    events behind the evidence; `with_policy`, the policy's short list too (asked once per class shown and after a
    change of the settings, not after every log)."""
    service = backend.services.suggestions
    found = service.for_classroom(scope_id, as_of) if scope == "classroom" else service.for_student(scope_id, as_of)
    wanted = {e.event_id for s in found for e in s.evidence}
    events: dict[str, TrustEventInfo] = {}
    for sid in sorted({s.student_id for s in found if s.student_id and s.evidence}):
        events.update((e.id, e) for e in backend.services.events.for_student(sid) if e.id in wanted)
    categories = {c.key: c for c in backend.services.events.categories(include_archived=True)}
    today_list = service.policy().today_list if with_policy else None
    return Loaded(tuple(found), events, tuple(backend.views.dimensions()), categories, today_list)


def load_suggestions_ahead(backend: Backend, student_id: str) -> None:
    """On the lane, inside the reads after a change on a school's server: send what `load_suggestions` asks for one
    student's cards (storage/pipeline.py); the engine's own statements are sent by the roster's badge."""
    backend.services.suggestions.for_student_ahead(student_id)
    backend.services.events.for_student_ahead(student_id)


def kind_label(kind: SuggestionKind) -> str:
    labels = {
        Kind.STEP_UP: QCoreApplication.translate("SuggestionsPanel", "Step up"),
        Kind.STEP_BACK: QCoreApplication.translate("SuggestionsPanel", "Step back"),
        Kind.REFLECT: QCoreApplication.translate("SuggestionsPanel", "Reflect"),
        Kind.CHECK_IN: QCoreApplication.translate("SuggestionsPanel", "Check in"),
        Kind.FOLLOW_UP: QCoreApplication.translate("SuggestionsPanel", "Follow up"),
        Kind.CLASS_STEP: QCoreApplication.translate("SuggestionsPanel", "Class step"),
    }
    return labels.get(kind, str(kind))


def event_line(e: TrustEventInfo, dims: Mapping[str, DimensionInfo], categories: Mapping[str, CategoryInfo]) -> str:
    category = categories.get(e.category)
    patterns = {
        "build": QCoreApplication.translate("SuggestionsPanel", "Built: {c}"),
        "break": QCoreApplication.translate("SuggestionsPanel", "Broke: {c}"),
        "observation": QCoreApplication.translate("SuggestionsPanel", "Noted: {c}"),
    }
    name = builtin.category_name(e.category, category.name) if category else e.category
    what = patterns.get(e.kind, "{c}").format(c=name)
    dim = dims.get(e.dimension or "")
    where = builtin.dimension_name(dim.key, dim.name) if dim else ""
    note = e.note if len(e.note) <= 80 else e.note[:79] + "…"
    return " · ".join(p for p in (when_text(e.at), what, where, severity_word(e.severity), note) if p)


def word_row(s: Suggestion, dims: Mapping[str, DimensionInfo], loaded: Loaded, *,
             per_student: bool = False, today: dt.date | None = None) -> SuggestionRow:
    """A card's words. In the student panel the title leaves out the name (it heads the panel already)."""
    today = today or dt.date.today()
    dim = dims.get(s.dimension or "")
    who = s.student_name or QCoreApplication.translate("SuggestionsPanel", "Whole class")
    where = builtin.dimension_name(dim.key, dim.name) if dim else (s.dimension or "")
    title = where if per_student else " · ".join(p for p in (who, where) if p)
    days = sorted({e.at for e in s.evidence})
    shown = ", ".join(day_text(d, today) for d in days[-EVIDENCE_DAYS:])
    if len(days) > EVIDENCE_DAYS:
        shown = "… " + shown
    if not days:
        evidence = ""
    elif s.kind == Kind.CHECK_IN:
        evidence = QCoreApplication.translate("SuggestionsPanel", "Last noted: {days}").format(days=shown)
    else:
        evidence = QCoreApplication.translate("SuggestionsPanel", "Evidence: {days}").format(days=shown)
    lines = []
    for e in s.evidence:
        event = loaded.events.get(e.event_id)
        lines.append(event_line(event, dims, loaded.categories) if event else f"{e.at.isoformat()} · {e.kind}")
    return SuggestionRow(s, kind_label(s.kind), title, evidence, "\n".join(lines), sentence(s, dims, today))
