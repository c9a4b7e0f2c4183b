"""A short list for today: a class's suggestions by urgency, the first few as "today", the rest for later.

No teacher acts on 47 things before a lesson. The engine (core/suggestions.py) says what could be done; this
says what to do first: a pattern of breaks to step back from, then breaks no conversation has followed (the
worst, then the oldest first), follow-ups by how overdue they are, students nobody has noticed for longest, step
ups by how long they have been earned, and last a step for the whole class. The policy's `today_list` is how many
make today's list (core/policy.py). The engine's rules and answers are not changed, only ordered.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from autonomy.core.suggestion_facts import (
    CheckInReasons,
    FollowUpReasons,
    ReflectReasons,
    StepBackReasons,
    StepUpReasons,
    Suggestion,
)
from autonomy.core.suggestions import KIND_ORDER
from autonomy.core.types import Severity

_SEVERITY = {None: 0, Severity.MINOR: 1, Severity.MODERATE: 2, Severity.SERIOUS: 3}


class ShortList(NamedTuple):
    today: list[Suggestion]
    later: list[Suggestion]


def _urgency(s: Suggestion, position: int) -> tuple[int, int, int, int]:
    """Smaller is more urgent: the kind first, then within it what makes one more pressing than another, then
    the engine's own order (by student) so equal ones keep it."""
    r, within, more = s.reasons, 0, 0
    if isinstance(r, StepBackReasons):
        within, more = (0 if r.serious_on else 1), -r.breaks
    elif isinstance(r, ReflectReasons):
        within, more = -_SEVERITY[r.severity], r.first_on.toordinal()  # the worst, then the oldest
    elif isinstance(r, FollowUpReasons):
        within = r.due.toordinal()  # the longest overdue first
    elif isinstance(r, CheckInReasons):
        within = -(r.quiet_days if r.quiet_days is not None else 10_000)  # never noted: first
    elif isinstance(r, StepUpReasons):
        # Earned longest ago first: the fewest days since the level was given is the least pressing.
        within, more = r.since.toordinal(), -r.builds
    return KIND_ORDER.index(s.kind), within, more, position


def by_urgency(suggestions: Sequence[Suggestion]) -> list[Suggestion]:
    order = sorted(range(len(suggestions)), key=lambda i: _urgency(suggestions[i], i))
    return [suggestions[i] for i in order]


def short_list(suggestions: Sequence[Suggestion], limit: int) -> ShortList:
    """The `limit` most urgent as today's, the rest (by urgency too) for later."""
    ordered = by_urgency(suggestions)
    return ShortList(ordered[: max(limit, 0)], ordered[max(limit, 0):])
