"""What a reflection conversation starts from, gathered on the database lane: the student, their levels, the
breaks no conversation has followed yet, the prompts they heard last time, and (for a follow-up) the earlier
conversation whose follow-up is due. No widgets here: `load_conversation` runs on the lane thread, the rest is
plain functions the dialog calls on the GUI thread."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from autonomy.core.prompts import PromptLibrary, default_library
from autonomy.core.suggestion_facts import Suggestion
from autonomy.core.types import EventKind, Severity, SuggestionKind
from autonomy.services.dto import CategoryInfo, DimensionInfo, ReflectionInfo, StudentInfo, TrustEventInfo
from autonomy.ui.app.backend import Backend
from autonomy.ui.words import i18n

RECENT_DAYS = 30  # breaks older than this, and not in the suggestion's evidence, are not offered
PURPOSE_AFTER_BREAK, PURPOSE_STEP_UP, PURPOSE_GOAL, PURPOSE_FOLLOW_UP = "after_break", "step_up", "goal", "follow_up"
_SEVERITY_RANK = {Severity.MINOR.value: 1, Severity.MODERATE.value: 2, Severity.SERIOUS.value: 3}
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class ConversationContext:
    student: StudentInfo
    dimensions: tuple[DimensionInfo, ...]
    levels: Mapping[str, int]
    events: tuple[TrustEventInfo, ...]  # the events that may have led to it, newest first
    categories: Mapping[str, CategoryInfo]
    preselected: frozenset[str]
    purpose: str
    dimension: str | None
    recent_ids: tuple[str, ...]  # the prompts of the student's previous conversation
    seed: int
    library: PromptLibrary
    follow_up_of: ReflectionInfo | None = None  # a due follow-up this conversation closes
    suggestion: Suggestion | None = None
    today: dt.date = field(default_factory=dt.date.today)

    def dimension_info(self, key: str | None) -> DimensionInfo | None:
        return next((d for d in self.dimensions if d.key == key), None)


def prompt_ids_in(library: PromptLibrary, texts: Iterable[str]) -> tuple[str, ...]:
    """The ids of library prompts whose filled-in text is among `texts` (reflections store the words asked)."""
    wanted = [" ".join(t.split()) for t in texts if t and t.strip()]
    found: list[str] = []
    for prompt in library.prompts:
        regex = re.compile(_template_pattern(prompt.text), re.IGNORECASE | re.DOTALL)
        if any(regex.fullmatch(" ".join(text.split())) for text in wanted):
            found.append(prompt.id)
    return tuple(found)


def _template_pattern(text: str) -> str:
    """A prompt's text as a pattern: a placeholder matches any words; filling may drop ", {name}" (no name
    known) and capitalises the first letter (matched without regard to case)."""
    parts = _FIELD.split(" ".join(text.split()))  # literal, field, literal, field, ...
    pattern = ""
    if len(parts) > 2 and parts[0] == "" and parts[1] == "name" and parts[2].startswith(","):
        pattern = r"(?:.+?,\s*)?"  # "{name}, what..." may be filled as "What..."
        parts = ["", "", parts[2][1:].lstrip(), *parts[3:]]
    for i, part in enumerate(parts):
        if i == 1 and part == "":
            continue
        if i % 2 == 0:
            pattern += re.escape(part)
        elif part == "name" and parts[i - 1].rstrip().endswith(","):
            pattern = pattern[: len(pattern) - len(re.escape(parts[i - 1]))]
            literal = parts[i - 1].rstrip()[:-1]
            pattern += re.escape(literal) + r"(?:,\s*.+?)?"
        else:
            pattern += ".+?"
    return pattern


def worst_severity(events: Iterable[TrustEventInfo]) -> str:
    """The worst severity among these breaks (minor when none is given: a short question is the safe start)."""
    ranks = [_SEVERITY_RANK.get(e.severity or "", 0) for e in events if e.kind == EventKind.BREAK.value]
    worst = max(ranks, default=0)
    return {2: Severity.MODERATE.value, 3: Severity.SERIOUS.value}.get(worst, Severity.MINOR.value)


def single_dimension(events: Iterable[TrustEventInfo]) -> str | None:
    keys = {e.dimension for e in events}
    return next(iter(keys)) if len(keys) == 1 else None


def due_follow_up(reflections: Sequence[ReflectionInfo], today: dt.date,
                  evidence: Iterable[str] = ()) -> ReflectionInfo | None:
    """The conversation whose follow-up a suggestion is about: due, no outcome yet, listing the evidence."""
    due = sorted((r for r in reflections if r.follow_up and r.follow_up <= today and not (r.outcome or "").strip()),
                 key=lambda r: r.at)
    wanted = set(evidence)
    return next((r for r in due if wanted and wanted <= set(r.event_ids)), due[0] if due else None)


def purpose_for(suggestion: Suggestion | None, has_open_breaks: bool) -> str:
    kind = suggestion.kind if suggestion else None
    if kind in (SuggestionKind.REFLECT, SuggestionKind.STEP_BACK):
        return PURPOSE_AFTER_BREAK
    if kind == SuggestionKind.FOLLOW_UP:
        return PURPOSE_FOLLOW_UP
    if kind == SuggestionKind.STEP_UP:
        return PURPOSE_STEP_UP
    return PURPOSE_AFTER_BREAK if has_open_breaks else PURPOSE_GOAL


def load_conversation(backend: Backend, student_id: str, suggestion: Suggestion | None = None,
                      today: dt.date | None = None) -> ConversationContext:
    """Runs on the database lane: one read of the student, then plain work."""
    today = today or dt.date.today()
    detail = backend.views.student_detail(student_id)
    library = default_library(i18n.prompt_language())  # the questions in the language of the app
    evidence = [e.event_id for e in suggestion.evidence] if suggestion else []
    talked = {eid for r in detail.reflections for eid in r.event_ids}
    since = dt.datetime.combine(today - dt.timedelta(days=RECENT_DAYS), dt.time()).astimezone()
    follow_up_of = None
    if suggestion is not None and suggestion.kind == SuggestionKind.FOLLOW_UP:
        follow_up_of = due_follow_up(detail.reflections, today, evidence)
    earlier = set(follow_up_of.event_ids) if follow_up_of else set()
    events = tuple(
        e for e in detail.events
        if e.id in evidence or e.id in earlier
        or (e.kind == EventKind.BREAK.value and e.id not in talked and e.at >= since)
    )
    open_breaks = any(e.kind == EventKind.BREAK.value and e.id not in talked for e in events)
    preselected = frozenset(evidence) | frozenset(earlier)
    chosen = [e for e in events if e.id in preselected]
    dimension = suggestion.dimension if suggestion and suggestion.dimension else single_dimension(chosen)
    previous = detail.reflections[0].prompts if detail.reflections else ()
    return ConversationContext(
        student=detail.student, dimensions=detail.dimensions, levels=detail.levels, events=events,
        categories=detail.categories, preselected=preselected, purpose=purpose_for(suggestion, open_breaks),
        dimension=dimension, recent_ids=prompt_ids_in(library, previous), seed=len(detail.reflections),
        library=library, follow_up_of=follow_up_of, suggestion=suggestion, today=today,
    )
