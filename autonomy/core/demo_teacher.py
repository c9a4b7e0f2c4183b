"""The demo's teacher reads the app's own suggestions and acts on most of them.

The simulation (core/demo.py) follows the design's rules only roughly, and its teacher looks at suggestions on
half the days: left at that, a class of 26 ended with 47 suggestions waiting, 32 of them step ups, and no
teacher lets that pile up. So on the last school days before today (`REVIEW_DAYS`), after the lessons, the
teacher asks the real engine (core/suggestions.py, over core/demo_snapshot.py's facts) what it suggests for each
student and acts on most of it as a teacher would: a step up is accepted (or, now and then, past what the
teacher was ready to give this student, dismissed: with new evidence the engine asks again), a break is talked
through, a follow-up held, a quiet student checked in with.
Today's own suggestions, from today's lessons, still wait: the last day looks like a real one.

The engine's rules are not changed; this only decides what the simulated teacher did with its answers.
"""

from __future__ import annotations

from typing import Any

from autonomy.core.demo_snapshot import facts
from autonomy.core.demo_words import _DISMISS_REFLECT, _DISMISS_UP, _OUTCOMES
from autonomy.core.policy import Policy
from autonomy.core.suggestions import suggest
from autonomy.core.types import ChangeSource, Decision, SuggestionKind

REVIEW_DAYS = 3  # school days before today on which the teacher goes through the suggestions
ACTS = 0.9  # the share of suggestions acted on in a review (the rest wait, as some always do)
_POLICY = Policy()

Kind = SuggestionKind


def review(demo: Any, st: Any, i: int) -> None:
    """After day i's lessons, if it is a review day: the engine's suggestions for this student, acted on.
    (`demo` is core/demo.py's `_Demo`, `st` its `_Student`; typed loosely to keep the modules apart.)"""
    last = len(demo.days) - 1
    if not last - REVIEW_DAYS <= i < last:
        return
    found = suggest(facts([st.record], st.records, {st.classroom: ""}), _POLICY, demo.days[i])
    for s in found:
        if s.kind is Kind.CLASS_STEP or demo.rng.random() >= ACTS:
            continue
        if s.kind in (Kind.REFLECT, Kind.STEP_BACK) and not st.unanswered:  # the conversation is about these
            shown = {e.event_id for e in s.evidence}
            st.unanswered = [e for e in st.records["events"] if e["id"] in shown and e["kind"] == "break"]
        d = demo.dims.index(s.dimension) if s.dimension in demo.dims else None
        if s.kind is Kind.STEP_UP and d is not None and st.level[d] == s.from_level:
            _step_up(demo, st, i, d)
        elif s.kind is Kind.STEP_BACK and d is not None and st.level[d] == s.from_level:
            at = demo.change(st, i, d, -1, ChangeSource.SUGGESTION, "Breaks in a row: stepped back for now; "
                             "the step-up rule, restarted after the follow-up, is the way back.",
                             span=demo.after(st, i))
            demo.decide(st, i, d, Kind.STEP_BACK, Decision.ACCEPTED, at=at)
            demo.reflect(st, i, d, prompts=2, follow_up=True, span=demo.after(st, i))
            st.back_dim, st.recovering_until = d, demo.ords[i] + 21
        elif s.kind is Kind.REFLECT:
            if demo.rng.random() < 0.6:
                demo.reflect(st, i, d, prompts=2, follow_up=False, span=demo.after(st, i))
            else:
                demo.decide(st, i, d, Kind.REFLECT, Decision.DISMISSED, demo.rng.choice(_DISMISS_REFLECT),
                            at=demo.at(i, demo.after(st, i)))
                st.unanswered = []
        elif s.kind is Kind.FOLLOW_UP:
            for reflection in st.records["reflections"]:
                if reflection["follow_up"] and not reflection["outcome"] and reflection["follow_up"] <= demo.iso[i]:
                    reflection["outcome"] = demo.rng.choice(_OUTCOMES)
            demo.decide(st, i, d, Kind.FOLLOW_UP, Decision.ACCEPTED, at=demo.at(i, demo.after(st, i)))
            if st.back_dim is not None:
                st.path_back[st.back_dim] = True
            st.follow_up = st.reflection = st.back_dim = None
        elif s.kind is Kind.CHECK_IN:
            demo.check_in(st, i, snooze=False)


def _step_up(demo: Any, st: Any, i: int, d: int) -> None:
    if st.level[d] >= st.caps[d] and demo.rng.random() < 0.3:  # not ready to go further with this student
        demo.decide(st, i, d, Kind.STEP_UP, Decision.DISMISSED, demo.rng.choice(_DISMISS_UP),
                    at=demo.at(i, demo.after(st, i)))
        st.builds[d] = st.build_days[d] = 0
        return
    st.caps[d] = max(st.caps[d], st.level[d] + 1)  # the evidence convinced the teacher
    at = demo.change(st, i, d, +1, ChangeSource.SUGGESTION, "Steady trust in this freedom; no recent breaks.",
                     span=demo.after(st, i))
    demo.decide(st, i, d, Kind.STEP_UP, Decision.ACCEPTED, at=at)
