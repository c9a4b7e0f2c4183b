"""The suggestion engine: a pure function of facts, a policy and a date -> suggestions a teacher can read aloud.

The service layer fills a `Snapshot` with plain facts from the database; `suggest()` returns sorted, explained
suggestions (step up, step back, reflect, follow up, check in, class step). Nothing here touches a database.

Each suggestion carries its reasons twice: `text`, the English sentence the command line prints (a contract), and
`reasons`, the same facts as typed values (counts, dates, dimension keys) from which the app words the sentence in
the teacher's language.

Conventions:
- A fact's day is `at.date()`: the service hands moments in the teacher's local time, and every datetime in one
  snapshot is of one kind (all aware or all naive) so they compare.
- "Within the last N days" is the N calendar days ending with `as_of`, today included: with N = 10 a break 9 days
  ago is inside the window, one 10 days ago is not. "Held for N days" means `as_of - day of the change >= N`.
- Facts dated after `as_of` are ignored, so an `as_of` in the past replays a full history.
- A student enrolled in two classrooms appears once per classroom (one `StudentFact` each) and gets that
  classroom's suggestions in each.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain
from operator import attrgetter

from autonomy.core.bounds import check_day
from autonomy.core.policy import Policy
from autonomy.core.suggestion_facts import (
    CheckInReasons,
    ClassStepReasons,
    DecisionFact,
    DimensionFact,
    EventFact,
    Evidence,
    FollowUpReasons,
    LevelChangeFact,
    ReflectionFact,
    ReflectReasons,
    Snapshot,
    StepBackReasons,
    StepUpReasons,
    StudentFact,
    Suggestion,
)
from autonomy.core.types import Decision, EventKind, Severity, SuggestionKind

MAX_EVIDENCE = 12  # the most recent events shown as evidence; the sentence gives the full count

Kind = SuggestionKind
# The order within one student: what needs acting on first comes first.
KIND_ORDER = (Kind.STEP_BACK, Kind.REFLECT, Kind.FOLLOW_UP, Kind.CHECK_IN, Kind.STEP_UP, Kind.CLASS_STEP)
_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}
_SEVERITY_RANK = {Severity.MINOR: 1, Severity.MODERATE: 2, Severity.SERIOUS: 3}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_AT = attrgetter("at")
_AT_ID = attrgetter("at", "id")
_KIND_SLOT = {EventKind.BUILD: 0, EventKind.BREAK: 1, EventKind.OBSERVATION: 2}
_ASK = {  # the conversation scales with the worst break
    Severity.MINOR: "a short question about how it felt will do",
    Severity.MODERATE: "take a few minutes to talk it through",
    Severity.SERIOUS: "hold a full reflection conversation",
}


def suggest(snapshot: Snapshot, policy: Policy, as_of: dt.date) -> list[Suggestion]:
    """All suggestions for `as_of`, sorted by classroom, student, kind (`KIND_ORDER`) and dimension.

    `as_of` must be within the dates kept (core/bounds.py), so every window counted back from it is a date; facts
    may be dated anywhere (an old database's year 1): they are only compared, never counted from."""
    return _Engine(snapshot, policy, check_day(as_of, "as of")).run()


# --- the engine -------------------------------------------------------------------------------------------------


def _day(day: dt.date, as_of: dt.date) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == as_of.year else f"{text} {day.year}"


def _evidence(events: Iterable[EventFact]) -> tuple[Evidence, ...]:
    # A sort, not a heap: facts mostly arrive in time order, which a sort handles in one linear pass.
    recent = sorted(events, key=_AT_ID)[-MAX_EVIDENCE:]
    return tuple(Evidence(e.id, e.at.date(), e.kind) for e in recent)


def _has_text(value: str | None) -> bool:
    return bool(value and value.strip())


def _level(dim: DimensionFact, change: LevelChangeFact | None) -> int:
    return max(0, min(dim.top, change.to_level)) if change else 0


class _View:
    """One student's facts up to as_of, grouped once; the costlier questions are answered only when asked."""

    def __init__(self, eng: _Engine, sid: str) -> None:
        self.builds, self.breaks, self.others = eng.events.get(sid, ([], [], []))
        self.recent_breaks = [b for b in self.breaks if b.at.date() > eng.break_horizon]
        self.changes = eng.changes.get(sid, {})
        self.first_change = eng.first_change.get(sid)
        self.reflections = rs = eng.reflections.get(sid, [])
        self.last_reflection = max(r.at for r in rs) if rs else None
        self.listed = {i for r in rs for i in r.event_ids}
        self.open_follow_up = any(r.follow_up is not None and not _has_text(r.outcome) for r in rs)
        choices: tuple[dt.date | None, dt.date | None] = eng.choices.get(sid, (None, None))
        self.first_choice, self.last_choice = choices

    def events(self) -> Iterator[EventFact]:
        return chain(reversed(self.builds), reversed(self.breaks), reversed(self.others))  # newest first, usually

    def known_by(self, day: dt.date) -> bool:
        """Whether anything about the student is dated `day` or earlier (stops at the first such fact)."""
        return (
            any(d is not None and d <= day for d in (self.first_change, self.first_choice))
            or any(r.at.date() <= day for r in self.reflections)
            or any(e.at.date() <= day for e in chain(self.builds, self.breaks, self.others))
        )

    def noted_after(self, day: dt.date) -> bool:
        """Whether an event, a reflection or a choice is dated after `day`."""
        return (
            (self.last_choice is not None and self.last_choice > day)
            or any(r.at.date() > day for r in self.reflections)
            or any(e.at.date() > day for e in self.events())
        )

    def first_day(self) -> dt.date | None:
        first = min(self.events(), key=_AT, default=None)
        days = [first.at.date()] if first else []
        days += [min(r.at for r in self.reflections).date()] if self.reflections else []
        return min(days + [d for d in (self.first_change, self.first_choice) if d is not None], default=None)


class _Engine:
    def __init__(self, snap: Snapshot, policy: Policy, as_of: dt.date) -> None:
        self.snap, self.policy, self.as_of = snap, policy, as_of
        seen: set[tuple[str, str]] = set()
        self.students: list[StudentFact] = []
        for s in snap.students:
            if s.active and (s.id, s.classroom_id) not in seen:
                seen.add((s.id, s.classroom_id))
                self.students.append(s)
        ids = {s.id for s in self.students}
        # One pass over the events, the bulk of the data: up to as_of, by student, then build / break / other.
        self.events: dict[str, tuple[list[EventFact], list[EventFact], list[EventFact]]] = {}
        slot, grouped = _KIND_SLOT.get, self.events
        find = grouped.get
        for e in snap.events:
            if e.at.date() <= as_of:
                lists = find(e.student_id)
                if lists is None:
                    lists = grouped[e.student_id] = ([], [], [])
                lists[slot(e.kind, 2)].append(e)
        self.changes: dict[str, dict[str, LevelChangeFact]] = {}  # student -> dimension -> latest change
        self.first_change: dict[str, dt.date] = {}
        for c in snap.level_changes:
            day = c.at.date()
            if day <= as_of and c.student_id in ids:
                per = self.changes.setdefault(c.student_id, {})
                if c.dimension not in per or c.at >= per[c.dimension].at:
                    per[c.dimension] = c
                self.first_change[c.student_id] = min(day, self.first_change.get(c.student_id, day))
        self.reflections: defaultdict[str, list[ReflectionFact]] = defaultdict(list)
        for r in snap.reflections:
            if r.student_id in ids and r.at.date() <= as_of:
                self.reflections[r.student_id].append(r)
        # Choices only say when a student was first and last noticed; two plain dicts keep this pass cheap
        # (a school holds about as many choices as half its events).
        firsts: dict[str, dt.date] = {}
        lasts: dict[str, dt.date] = {}
        for ch in snap.choices:
            day, sid = ch.day, ch.student_id
            if day <= as_of and sid in ids:
                # No arithmetic on a stored day: one from an old database may be year 1 (core/bounds.py).
                if day <= firsts.get(sid, dt.date.max):
                    firsts[sid] = day
                if day >= lasts.get(sid, dt.date.min):
                    lasts[sid] = day
        self.choices: dict[str, tuple[dt.date, dt.date]] = {sid: (day, lasts[sid]) for sid, day in firsts.items()}
        self.decisions: defaultdict[tuple[str, str | None, str | None], list[DecisionFact]] = defaultdict(list)
        for d in snap.decisions:
            if d.at.date() <= as_of:
                self.decisions[(d.kind, d.student_id, d.dimension)].append(d)
        longest = max(policy.step_back_window_days, policy.step_up_break_free_days, policy.reflect_window_days)
        self.break_horizon = self._since(longest)
        self._views: dict[str, _View] = {}
        self._dims: dict[str, list[DimensionFact]] = {}

    def run(self) -> list[Suggestion]:
        out = [s for student in self.students for s in self._for_student(student)] + self._class_steps()
        names = self.snap.classrooms

        def order(s: Suggestion) -> tuple[object, ...]:
            room = names.get(s.classroom_id, s.classroom_id).casefold()
            who = ((s.student_name or "").casefold(), s.student_id or "")
            return room, s.classroom_id, s.student_id is not None, who, _KIND_RANK[s.kind], s.dimension or "", s.text

        return sorted(out, key=order)

    def _dims_for(self, classroom_id: str) -> list[DimensionFact]:
        dims = self._dims.get(classroom_id)
        if dims is None:
            chosen = {d.key: d for d in self.snap.dimensions if d.classroom_id is None}
            chosen.update({d.key: d for d in self.snap.dimensions if d.classroom_id == classroom_id})
            dims = self._dims[classroom_id] = [chosen[k] for k in sorted(chosen)]
        return dims

    def _view(self, sid: str) -> _View:
        if sid not in self._views:
            self._views[sid] = _View(self, sid)
        return self._views[sid]

    def _since(self, days: int) -> dt.date:
        """The day before a window of `days` days ending today: a day is inside when it is later."""
        return self.as_of - dt.timedelta(days=days)

    def _held_back(
        self,
        kind: Kind,
        sid: str | None,
        dimension: str | None,
        room: str,
        moments: Iterable[dt.datetime],
        days: Iterable[dt.date | None] = (),
    ) -> bool:
        """Whether the latest decision on this suggestion still stands: no new evidence since and no snooze over.

        `moments` / `days` are when the evidence behind the suggestion arrived (read only if a decision exists).
        """
        latest: DecisionFact | None = None
        for d in self.decisions.get((kind, sid, dimension), ()):
            if (d.classroom_id is None or d.classroom_id == room) and (latest is None or d.at >= latest.at):
                latest = d
        if latest is None:
            return False
        if latest.decision == Decision.SNOOZED and latest.until is not None and self.as_of >= latest.until:
            return False
        t = latest.at
        return not (any(m > t for m in moments) or any(d is not None and d > t.date() for d in days))

    # --- rules for one student ----------------------------------------------------------------------------------

    def _for_student(self, st: StudentFact) -> list[Suggestion]:
        v = self._view(st.id)
        out: list[Suggestion] = []
        paired: list[EventFact] = []  # breaks behind a step back: they always get a conversation
        for dim in self._dims_for(st.classroom_id):
            change = v.changes.get(dim.key)
            window = self._step_back_breaks(v, dim, change)
            if window:  # never a step up beside a step back, even a dismissed one
                back = self._step_back(st, v, dim, _level(dim, change), change, window)
                if back is not None:
                    out.append(back)
                    paired += window
            else:
                out += filter(None, [self._step_up(st, v, dim, _level(dim, change), change)])
        out += filter(None, [self._reflect(st, v, paired)])
        out += self._follow_ups(st, v)
        out += filter(None, [self._check_in(st, v)])
        return out

    def _step_back_breaks(self, v: _View, dim: DimensionFact, change: LevelChangeFact | None) -> list[EventFact]:
        """The breaks in the dimension since the last change that call for a step back (empty: none do)."""
        p, key, since = self.policy, dim.key, self._since(self.policy.step_back_window_days)
        after = change.at if change else None
        window = [
            b for b in v.recent_breaks if b.dimension == key and b.at.date() > since and (not after or b.at > after)
        ]
        serious = p.step_back_on_serious and any(b.severity == Severity.SERIOUS for b in window)
        return window if len(window) >= p.step_back_breaks or serious else []

    def _step_back(
        self,
        st: StudentFact,
        v: _View,
        dim: DimensionFact,
        level: int,
        change: LevelChangeFact | None,
        window: list[EventFact],
    ) -> Suggestion | None:
        p, key, name, as_of = self.policy, dim.key, st.name, self.as_of
        moments = chain((b.at for b in v.breaks if b.dimension == key), [change.at] if change else [])
        if level <= 0 or self._held_back(Kind.STEP_BACK, st.id, key, st.classroom_id, moments):
            return None
        named = tuple(b.at.date() for b in sorted(window, key=_AT)[-5:])
        serious: EventFact | None = None
        if len(window) >= p.step_back_breaks:
            days = ", ".join(_day(day, as_of) for day in named)
            count = f"{len(window)} times in {p.step_back_window_days} days ({days})"
            lead = f"{name} broke the agreement in {dim.name} {count}"
        else:
            b = serious = max((b for b in window if b.severity == Severity.SERIOUS), key=_AT)
            lead = f"{name} had a serious break in {dim.name} on {_day(b.at.date(), as_of)}"
            lead += f" ({b.category})" if b.category else ""
        reasons = StepBackReasons(
            len(window), p.step_back_window_days, named, serious.at.date() if serious else None,
            serious.category if serious else None, serious.category_key if serious else None,
            p.step_up_build_events, p.step_up_distinct_days, p.step_up_hold_days)
        text = (
            f"{lead}: consider stepping back from '{dim.level_name(level)}' to '{dim.level_name(level - 1)}' "
            f"for now, talk it through with {name}, and step up again once {name} shows "
            f"{p.step_up_build_events} trust-building moments on {p.step_up_distinct_days} different days "
            f"over at least {p.step_up_hold_days} days with no break."
        )
        return Suggestion(Kind.STEP_BACK, st.id, name, st.classroom_id, key, level, level - 1, _evidence(window), text,
                          reasons)

    def _step_up(
        self, st: StudentFact, v: _View, dim: DimensionFact, level: int, change: LevelChangeFact | None
    ) -> Suggestion | None:
        p, key, as_of = self.policy, dim.key, self.as_of
        if level >= dim.top or v.open_follow_up:
            return None
        held_by = self._since(p.step_up_hold_days)
        if change.at.date() > held_by if change else not v.known_by(held_by):
            return None
        free_since = self._since(p.step_up_break_free_days)
        if any(b.at.date() > free_since for b in v.recent_breaks if b.dimension in (key, None)):
            return None  # a break with no dimension holds back every dimension
        after = change.at if change else None
        wanted = (key, None)  # built once: this filter runs over every build of every student
        if after:
            builds = [b for b in v.builds if b.at > after and b.dimension in wanted]
        else:
            builds = [b for b in v.builds if b.dimension in wanted]
        if len(builds) < p.step_up_build_events:
            return None
        days = len({b.at.date() for b in builds})
        if days < p.step_up_distinct_days:
            return None
        moments = chain((b.at for b in builds), [after] if after else [])
        if self._held_back(Kind.STEP_UP, st.id, key, st.classroom_id, moments):
            return None
        held_from = change.at.date() if change else v.first_day()
        last_break = max((b.at for b in v.breaks if b.dimension in (key, None)), default=None)
        quiet_days = (as_of - last_break.date()).days if last_break else None
        quiet = f"no break for {quiet_days} days" if last_break else "no break so far"
        text = (
            f"{st.name} has used the freedom in {dim.name} well {len(builds)} times on {days} different days "
            f"since {_day(held_from or as_of, as_of)}, with {quiet}: consider stepping up from "
            f"'{dim.level_name(level)}' to '{dim.level_name(level + 1)}'."
        )
        reasons = StepUpReasons(len(builds), days, held_from or as_of, quiet_days)
        return Suggestion(Kind.STEP_UP, st.id, st.name, st.classroom_id, key, level, level + 1, _evidence(builds), text,
                          reasons)

    def _reflect(self, st: StudentFact, v: _View, paired: list[EventFact]) -> Suggestion | None:
        since, last, listed = self._since(self.policy.reflect_window_days), v.last_reflection, v.listed
        recent = [b for b in v.recent_breaks if b.at.date() > since]
        open_ = {b.id: b for b in recent + paired if b.id not in listed and (last is None or b.at > last)}
        if not open_:
            return None
        breaks = sorted(open_.values(), key=lambda b: (b.at, b.id))
        keys = sorted({b.dimension for b in breaks if b.dimension is not None})
        dimension = keys[0] if len(keys) == 1 and all(b.dimension for b in breaks) else None
        moments = [b.at for b in v.breaks]
        # A conversation dismissed for all the student's open breaks (no one dimension) also covers the breaks of
        # one dimension that are left of them: a step back held back by its own dismissal stops pairing its
        # breaks, and the rest must not come back as a "new" suggestion without new evidence.
        if self._held_back(Kind.REFLECT, st.id, dimension, st.classroom_id, moments) or (
                dimension is not None and self._held_back(Kind.REFLECT, st.id, None, st.classroom_id, moments)):
            return None
        names = {d.key: d.name for d in self._dims_for(st.classroom_id)}
        where = f" in {' and '.join(names.get(k, k) for k in keys)}" if keys else ""
        worst = max((b.severity for b in breaks if b.severity), key=_SEVERITY_RANK.__getitem__, default=None)
        ask = _ASK.get(worst or Severity.MINOR, _ASK[Severity.MINOR])
        name, as_of = st.name, self.as_of
        if len(breaks) == 1:
            b = breaks[0]
            label = f"{b.severity} break" if b.severity else "break"
            lead = f"{name} had a {label}{where} on {_day(b.at.date(), as_of)}" + (
                f" ({b.category})" if b.category else ""
            )
        else:
            lead = f"{name} has had {len(breaks)} breaks{where} since {_day(breaks[0].at.date(), as_of)}"
            lead += f" (the worst {worst})" if worst else ""
        text = f"{lead} that no conversation has followed yet: {ask}."
        one = breaks[0] if len(breaks) == 1 else None
        reasons = ReflectReasons(
            len(breaks), breaks[0].at.date(), one.severity if one else worst, tuple(keys),
            one.category if one else None, one.category_key if one else None,
            worst or Severity.MINOR)
        return Suggestion(Kind.REFLECT, st.id, name, st.classroom_id, dimension, None, None, _evidence(breaks), text,
                          reasons)

    def _follow_ups(self, st: StudentFact, v: _View) -> list[Suggestion]:
        as_of = self.as_of
        due = [r for r in v.reflections if r.follow_up and r.follow_up <= as_of and not _has_text(r.outcome)]
        if not due:
            return []
        wanted = {i for r in due for i in r.event_ids}
        found: dict[str, EventFact] = {}
        for evs in (v.breaks, v.others, v.builds):  # reflections mostly list breaks: look there first
            if len(found) < len(wanted):
                found.update((e.id, e) for e in evs if e.id in wanted)
        names = {d.key: d.name for d in self._dims_for(st.classroom_id)}
        out = []
        for r in sorted(due, key=lambda r: (r.at, r.id)):
            # a reflection recorded, or a follow-up set, after the decision is new evidence
            if self._held_back(Kind.FOLLOW_UP, st.id, None, st.classroom_id, [r.at], [r.follow_up]):
                continue
            events = [found[i] for i in r.event_ids if i in found]
            keys = {e.dimension for e in events if e.dimension is not None}
            about_key = min(keys) if len(keys) == 1 else None
            about = f" about {names.get(about_key, about_key)}" if about_key is not None else ""
            text = (
                f"It is time to follow up with {st.name} on what was agreed on {_day(r.at.date(), as_of)}{about}: "
                f"the follow-up was set for {_day(r.follow_up or as_of, as_of)}."
            )
            reasons = FollowUpReasons(r.at.date(), r.follow_up or as_of, about_key)
            out.append(Suggestion(Kind.FOLLOW_UP, st.id, st.name, st.classroom_id, None, None, None, _evidence(events),
                                  text, reasons))
        return out

    def _check_in(self, st: StudentFact, v: _View) -> Suggestion | None:
        since, as_of = self._since(self.policy.check_in_quiet_days), self.as_of
        if v.noted_after(since) or not v.known_by(since):  # noticed lately, or too new to have gone unnoticed
            return None
        moments = chain((e.at for e in v.events()), (r.at for r in v.reflections))
        if self._held_back(Kind.CHECK_IN, st.id, None, st.classroom_id, moments, [v.last_choice]):
            return None
        last_event = max(v.events(), key=_AT, default=None)
        seen = [last_event.at.date()] if last_event else []
        seen += [max(r.at for r in v.reflections).date()] if v.reflections else []
        seen += [v.last_choice] if v.last_choice else []
        name = st.name
        last_noted = max(seen) if seen else None
        quiet_days = (as_of - last_noted).days if last_noted is not None else None
        known_since = None if last_noted is not None else v.first_day() or as_of
        if last_noted is not None:
            lead = f"Nothing has been noted about {name} for {quiet_days} days"
            lead += f", the last time on {_day(last_noted, as_of)}"
        else:
            lead = f"Nothing has been noted about {name} since {_day(known_since or as_of, as_of)}"
        text = f"{lead}: check in with {name} and see how it is going."
        evidence = _evidence([last_event]) if last_event else ()
        reasons = CheckInReasons(quiet_days, last_noted, known_since)
        return Suggestion(Kind.CHECK_IN, st.id, name, st.classroom_id, None, None, None, evidence, text, reasons)

    # --- rules for a class --------------------------------------------------------------------------------------

    def _class_steps(self) -> list[Suggestion]:
        rooms: dict[str, dict[str, StudentFact]] = {}
        for s in self.students:
            rooms.setdefault(s.classroom_id, {})[s.id] = s
        out = []
        for room, members in rooms.items():
            n = len(members)
            for dim in self._dims_for(room):
                changes = [self._view(sid).changes.get(dim.key) for sid in members]
                levels = [_level(dim, c) for c in changes]
                # the highest level most of the class has reached; nothing to open if everyone is there
                target = next((lv for lv in range(dim.top, 0, -1) if self._most(levels, lv, n)), 0)
                reached = sum(1 for lv in levels if lv >= target)
                if target < 1 or reached == n:
                    continue
                moments = (c.at for c in changes if c is not None)  # a level change since the decision
                if self._held_back(Kind.CLASS_STEP, None, dim.key, room, moments):
                    continue
                classroom = self.snap.classrooms.get(room, room)
                text = (
                    f"{reached} of {n} students in {classroom} are already at "
                    f"'{dim.level_name(target)}' or beyond in {dim.name}: consider opening it to the whole class "
                    "as its new starting point."
                )
                reasons = ClassStepReasons(reached, n, classroom)
                out.append(Suggestion(Kind.CLASS_STEP, None, None, room, dim.key, target - 1, target, (), text,
                                      reasons))
        return out

    def _most(self, levels: list[int], target: int, n: int) -> bool:
        return sum(1 for lv in levels if lv >= target) >= self.policy.class_step_share * n - 1e-9
