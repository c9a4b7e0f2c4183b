"""A suggestion's sentence in the teacher's language, worded from the engine's typed reasons.

The engine (autonomy/core/suggestions.py) writes an English sentence for the command line and hands the same facts
as typed `reasons`: counts, dates, dimension keys. Here those facts become the sentence the app shows on cards,
in roster tooltips and in the decision dialogs. In English the words are the command line's, word for word
(tests/ui/test_suggestion_words.py holds them to it). Dimension and level names come from the dimensions handed in,
already worded by `autonomy.ui.words.builtin`, so a renamed level reads as the teacher wrote it.

Plain functions; they run on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from autonomy.core.suggestion_facts import (
    CheckInReasons,
    ClassStepReasons,
    FollowUpReasons,
    ReflectReasons,
    StepBackReasons,
    StepUpReasons,
    Suggestion,
)
from autonomy.core.types import Severity
from autonomy.services.dto import DimensionInfo
from autonomy.ui.words import builtin
from autonomy.ui.words.dates import day_text  # re-exported: the cards and rows use it from here too


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("SuggestionWords", text, disambiguation)


def severity_word(severity: str | None) -> str:
    words = {Severity.MINOR.value: tr("minor"), Severity.MODERATE.value: tr("moderate"),
             Severity.SERIOUS.value: tr("serious")}
    return words.get(str(severity or ""), str(severity or ""))


def sentence(s: Suggestion, dimensions: Mapping[str, DimensionInfo], today: dt.date | None = None) -> str:
    """What the card says; the engine's English when it gave no reasons (an older engine, a test double)."""
    today = today or dt.date.today()
    # Worded here too (it changes nothing twice), and only the dimensions the sentence names.
    keys = {s.dimension, getattr(s.reasons, "dimension", None), *getattr(s.reasons, "dimensions", ())}
    dims = {key: builtin.dimension(dimensions[key]) for key in keys if key in dimensions}
    r = s.reasons
    dim = dims.get(s.dimension or "")
    words: dict[str, object] = {
        "name": s.student_name or "",
        "dimension": dim.name if dim else (s.dimension or ""),
        "from_level": _level(dim, s.from_level),
        "to_level": _level(dim, s.to_level),
    }
    if isinstance(r, StepUpReasons):
        words.update(count=r.builds, days=r.days, since=day_text(r.since, today))
        if r.days_without_break is None:
            return tr("{name} has used the freedom in {dimension} well {count} times on {days} different days "
                      "since {since}, with no break so far: consider stepping up from '{from_level}' to "
                      "'{to_level}'.").format(**words)
        return tr("{name} has used the freedom in {dimension} well {count} times on {days} different days since "
                  "{since}, with no break for {quiet} days: consider stepping up from '{from_level}' to "
                  "'{to_level}'.").format(quiet=r.days_without_break, **words)
    if isinstance(r, StepBackReasons):
        return _step_back(r, words, today)
    if isinstance(r, ReflectReasons):
        return _reflect(r, words, dims, today)
    if isinstance(r, FollowUpReasons):
        words.update(agreed=day_text(r.agreed_on, today), due=day_text(r.due, today))
        about = dims.get(r.dimension) if r.dimension else None
        if r.dimension is None:
            return tr("It is time to follow up with {name} on what was agreed on {agreed}: the follow-up was set "
                      "for {due}.").format(**words)
        return tr("It is time to follow up with {name} on what was agreed on {agreed} about {about}: the follow-up "
                  "was set for {due}.").format(about=about.name if about else r.dimension, **words)
    if isinstance(r, CheckInReasons):
        if r.quiet_days is None or r.last_noted is None:
            return tr("Nothing has been noted about {name} since {day}: check in with {name} and see how it is "
                      "going.").format(day=day_text(r.known_since or today, today), **words)
        return tr("Nothing has been noted about {name} for {days} days, the last time on {day}: check in with "
                  "{name} and see how it is going.").format(days=r.quiet_days, day=day_text(r.last_noted, today),
                                                            **words)
    if isinstance(r, ClassStepReasons):
        return tr("{reached} of {students} students in {classroom} are already at '{to_level}' or beyond in "
                  "{dimension}: consider opening it to the whole class as its new starting point.").format(
            reached=r.reached, students=r.students, classroom=r.classroom, **words)
    return s.text


def _level(dim: DimensionInfo | None, rank: int | None) -> str:
    if rank is None:
        return ""
    return dim.level_name(rank) if dim is not None else str(rank)


def _category(key: str | None, name: str | None) -> str:
    return f" ({builtin.category_name(key, name)})" if name else ""


def _step_back(r: StepBackReasons, words: dict[str, object], today: dt.date) -> str:
    if r.serious_on is None:
        lead = tr("{name} broke the agreement in {dimension} {count} times in {window} days ({dates})").format(
            count=r.breaks, window=r.window_days, dates=", ".join(day_text(d, today) for d in r.break_days), **words)
    else:
        lead = tr("{name} had a serious break in {dimension} on {day}").format(
            day=day_text(r.serious_on, today), **words) + _category(r.category_key, r.category)
    return tr("{lead}: consider stepping back from '{from_level}' to '{to_level}' for now, talk it through with "
              "{name}, and step up again once {name} shows {builds} trust-building moments on {days} different "
              "days over at least {hold} days with no break.").format(
        lead=lead, builds=r.builds_needed, days=r.days_needed, hold=r.hold_days, **words)


def _where(keys: Sequence[str], dims: Mapping[str, DimensionInfo]) -> str:
    """" in Workspace" / " in Workspace and Pacing" (German: " im Bereich …" / " in den Bereichen …")."""
    if not keys:
        return ""
    names = [dims[k].name if k in dims else k for k in keys]
    if len(names) == 1:
        return tr(" in {dimensions}", "one dimension").format(dimensions=names[0])
    # English joins every name with "and"; a translation may list them ("A, B und C").
    listed = tr(" and ", "between names of a list").join(names[:-1]) + tr(" and ", "before the last name") + names[-1]
    return tr(" in {dimensions}", "several dimensions").format(dimensions=listed)


def _reflect(r: ReflectReasons, words: dict[str, object], dims: Mapping[str, DimensionInfo], today: dt.date) -> str:
    where, day = _where(r.dimensions, dims), day_text(r.first_on, today)
    if r.breaks == 1:
        leads = {
            Severity.MINOR: tr("{name} had a minor break{where} on {day}"),
            Severity.MODERATE: tr("{name} had a moderate break{where} on {day}"),
            Severity.SERIOUS: tr("{name} had a serious break{where} on {day}"),
        }
        lead = leads[r.severity] if r.severity in leads else tr("{name} had a break{where} on {day}")
        lead = lead.format(where=where, day=day, **words) + _category(r.category_key, r.category)
        tail = tr("{lead} that no conversation has followed yet: {ask}.", "one break")
    else:
        lead = tr("{name} has had {count} breaks{where} since {day}").format(count=r.breaks, where=where, day=day,
                                                                             **words)
        worst = {
            Severity.MINOR: tr(" (the worst minor)"),
            Severity.MODERATE: tr(" (the worst moderate)"),
            Severity.SERIOUS: tr(" (the worst serious)"),
        }
        lead += worst.get(r.severity, "") if r.severity else ""
        tail = tr("{lead} that no conversation has followed yet: {ask}.", "several breaks")
    asks = {
        Severity.MINOR: tr("a short question about how it felt will do"),
        Severity.MODERATE: tr("take a few minutes to talk it through"),
        Severity.SERIOUS: tr("hold a full reflection conversation"),
    }
    return tail.format(lead=lead, ask=asks.get(r.conversation, asks[Severity.MINOR]))


def sentences(found: Sequence[Suggestion], dimensions: Sequence[DimensionInfo],
              today: dt.date | None = None) -> list[str]:
    """`sentence` for several suggestions sharing one list of dimensions."""
    dims = {d.key: d for d in dimensions}
    return [sentence(s, dims, today) for s in found]


def first_per_student(found: Sequence[Suggestion]) -> dict[str, Suggestion]:
    """student id -> the first suggestion waiting for them (the engine sorts what needs acting on first)."""
    first: dict[str, Suggestion] = {}
    for s in found:
        if s.student_id and s.student_id not in first:
            first[s.student_id] = s
    return first
