"""Realistic generated classes as an interchange document (format v1), for `autonomy demo` and for tests.

Each student follows a trajectory (steady, stall, slip, quiet), simulated school day by school day, and the
simulated teacher acts roughly on DESIGN.md's suggestion rules, so the history reads like one the engine could
have produced. Everything comes from one `random.Random(seed)` and no set order is ever iterated, so the same
arguments give the same document in any process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
from itertools import accumulate
from typing import NamedTuple

from autonomy.core import phrases
from autonomy.core.catalogue import DEFAULT_CATEGORIES
from autonomy.core.demo_teacher import review
from autonomy.core.demo_words import (
    _AFFINITY,
    _AGREEMENTS,
    _ALL_HABITS,
    _CHECK_IN_NOTES,
    _CHOICES,
    _DISMISS_BACK,
    _DISMISS_REFLECT,
    _DISMISS_UP,
    _HABITS_FOR,
    _NOTES,
    _OUTCOMES,
    _STUDENT_WORDS,
    _SUBJECTS,
    FIRST_NAMES,
    LAST_NAMES,
    PROMPTS,
    _words,
)
from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.core.suggestion_facts import StepBackReasons, StepUpReasons, Suggestion
from autonomy.core.types import ChangeSource, Decision, EventKind, Severity, SuggestionKind

_DIMS: tuple[str, ...] = tuple(ladder.key for ladder in DEFAULT_LADDERS)
_TOPS: tuple[int, ...] = tuple(ladder.top for ladder in DEFAULT_LADDERS)
_DIM_NAMES: tuple[str, ...] = tuple(ladder.name.lower() for ladder in DEFAULT_LADDERS)
_DIM_OR_NONE: tuple[int | None, ...] = (*range(len(_DIMS)), None)

# Seconds after midnight (UTC): events happen in lessons; conversations and decisions just after the last one.
_LESSONS = (8 * 3600 + 10 * 60, 15 * 3600)
_AFTER_LESSONS = (15 * 3600, 15 * 3600 + 30 * 60)
_WINDOW = 10  # days: the step-back and "no recent break" window of the default policy
_FOLLOW_UP_DAYS = 7
_CHECK_IN_DAYS = 10  # nothing observed for this long: check in


_SELF_RATING_WORDS = ("I kept to it all week.", "I think I am ready for the next step.",
                      "I still forget to check in sometimes.", "")


class _Trajectory(NamedTuple):
    events: tuple[float, ...]  # cumulative weights for 0, 1, 2, 3 events a day
    choices: tuple[float, ...]  # cumulative weights for 0, 1, 2 choices a day
    p_break: float
    p_observation: float
    caps: tuple[int, int]  # how far the teacher is willing to let this student climb in a dimension
    slips: bool = False  # one planned slip (a serious break, or three breaks in a few days), then recovery


def _cum(*weights: float) -> tuple[float, ...]:
    return tuple(accumulate(weights))


_TRAJECTORIES = {
    "steady": _Trajectory(_cum(0.1, 0.35, 0.35, 0.2), _cum(0.35, 0.45, 0.2), 0.09, 0.14, (3, 4)),
    "stall": _Trajectory(_cum(0.1, 0.35, 0.35, 0.2), _cum(0.4, 0.45, 0.15), 0.18, 0.14, (1, 2)),
    "slip": _Trajectory(_cum(0.1, 0.35, 0.35, 0.2), _cum(0.35, 0.45, 0.2), 0.11, 0.14, (2, 4), True),
    "quiet": _Trajectory(_cum(0.72, 0.2, 0.08, 0.0), _cum(0.75, 0.22, 0.03), 0.10, 0.35, (0, 1)),
}
# Dealt in order, then shuffled per class, so even a class of five gets a mix of trajectories.
_DECK = _words("steady slip stall quiet steady stall steady slip steady stall quiet steady slip stall steady quiet "
               "steady slip stall steady")


def _fitting_categories() -> dict[tuple[EventKind, int | None], tuple[str, ...]]:
    """(kind, dimension index or None) -> the catalogue categories that fit (all of that kind if none does)."""
    fitting = {}
    for kind in EventKind:
        of_kind = tuple(c.key for c in DEFAULT_CATEGORIES if c.kind is kind)
        for d in _DIM_OR_NONE:
            key = None if d is None else _DIMS[d]
            fitting[kind, d] = tuple(k for k in of_kind if key in _AFFINITY.get(k, (None, *_DIMS))) or of_kind
    return fitting


_CATEGORIES = _fitting_categories()


def school_days(today: dt.date, days: int) -> list[dt.date]:
    """The last `days` weekdays, oldest first, ending with the most recent weekday on or before `today`."""
    found: list[dt.date] = []
    day = today
    while len(found) < days:
        if day.weekday() < 5:
            found.append(day)
        day -= dt.timedelta(days=1)
    return found[::-1]


def generate_demo(*, classes: int = 1, students: int = 26, days: int = 90, seed: int = 0,
                  today: dt.date | None = None, now: dt.datetime | None = None) -> dict:
    """A complete interchange document (format "autonomy-export", version 1) of realistic generated classes.

    `students` is per class. Nothing is dated after `today`: follow-up and snooze dates that would fall later
    are brought back to the last school day, where they show up as due. With `now` (an aware datetime, as the
    `demo` command passes), today's moments are squeezed, in order, into the part of the day already past, so
    a demo made at 9 in the morning holds nothing later than 9.
    """
    if classes < 1 or students < 1 or days < 1:
        raise ValueError("classes, students and days must each be at least 1")
    if today is None:
        today = now.astimezone(dt.UTC).date() if now else dt.date.today()
    doc = _Demo(random.Random(seed), today, days).build(classes, students)
    if now is not None:
        _squeeze_into_past(doc, now.astimezone(dt.UTC))
    return doc


def _squeeze_into_past(doc: dict, now: dt.datetime) -> None:
    """Map the times of `now`'s day onto [first lesson, now) with one increasing function, keeping every order."""
    prefix = now.date().isoformat() + "T"
    elapsed = now.hour * 3600 + now.minute * 60 + now.second
    # Keep the morning's moments in school hours when the school day has begun; before that, use the night.
    start = _LESSONS[0] if elapsed > _LESSONS[0] + 1800 else 0
    latest = max((r["at"] for name in ("level_changes", "events", "reflections", "decisions") for r in doc[name]
                  if r["at"].startswith(prefix)), default=None)
    if latest is None or latest[11:19] < now.strftime("%H:%M:%S"):
        doc["exported_at"] = max(doc["exported_at"], now.isoformat()) if latest is None else now.isoformat()
        return
    for name in ("level_changes", "events", "reflections", "decisions"):
        for record in doc[name]:
            at = record["at"]
            if at.startswith(prefix):
                h, m, sec = int(at[11:13]), int(at[14:16]), int(at[17:19])
                squeezed = start + (h * 3600 + m * 60 + sec - start) * (elapsed - start) // (86400 - start)
                record["at"] = f"{prefix}{squeezed // 3600:02d}:{squeezed // 60 % 60:02d}:{squeezed % 60:02d}+00:00"
    doc["exported_at"] = now.isoformat()


class _Student:
    """One student's running state; per-dimension lists are indexed like _DIMS, days are date ordinals."""

    def __init__(self, sid: str, traj: _Trajectory, rng: random.Random, first: int, slip_from: int) -> None:
        n = len(_DIMS)
        self.id, self.traj, self.slip_from = sid, traj, slip_from
        self.record: dict = {}  # the document's "students" entry
        self.classroom = ""
        # The student's own records, as written to the document (the same dicts): the engine's facts for the
        # teacher's review (core/demo_teacher.py), without a search of the whole document.
        self.records: dict[str, list[dict]] = {k: [] for k in ("level_changes", "events", "reflections",
                                                                  "decisions", "choices")}
        self.name = ""
        self.level, self.changed, self.snoozed = [0] * n, [first] * n, [0] * n
        self.builds, self.build_days, self.last_build = [0] * n, [0] * n, [0] * n  # since the last change
        self.breaks: list[list[int]] = [[] for _ in range(n)]  # days of breaks within the window
        self.path_back = [False] * n  # a step-back's follow-up went well: the next step up comes from it
        self.caps = [rng.randint(*traj.caps) for _ in range(n)]
        focus = [rng.uniform(0.5, 2.0) for _ in range(n)]  # most students work more on one freedom than others
        self.dim_cum = {kind: _cum(*focus, none) for kind, none in
                        ((EventKind.BUILD, 0.9), (EventKind.BREAK, 0.5), (EventKind.OBSERVATION, 4.0))}
        self.unanswered: list[dict] = []  # breaks no reflection or decision has followed yet
        self.follow_up: int | None = None  # the open follow-up's day, its reflection, the dimension stepped back
        self.reflection: dict | None = None
        self.back_dim: int | None = None
        self.last_seen, self.check_in_snoozed, self.recovering_until = first, 0, 0
        self.last_prompts: list[str] = []
        self.slip_plan: dict[int, tuple[int, Severity]] | None = {} if traj.slips else None  # day index -> break


class _Demo:
    def __init__(self, rng: random.Random, today: dt.date, days: int) -> None:
        self.rng, self.today = rng, today
        self.days = school_days(today, days)
        self.dims = _DIMS
        self.iso = [d.isoformat() for d in self.days]
        self.ords = [d.toordinal() for d in self.days]
        self.index = {o: i for i, o in enumerate(self.ords)}
        self.out: dict[str, list[dict]] = {k: [] for k in _words(
            "classrooms dimensions students level_changes events choices reflections self_ratings decisions")}

    def _add(self, st: _Student, section: str, record: dict) -> None:
        self.out[section].append(record)
        st.records[section].append(record)

    def after(self, st: _Student, i: int) -> tuple[int, int]:
        """The rest of day i's after-lesson time, past the student's latest moment of that day (so what the
        teacher does next comes after it)."""
        prefix = self.iso[i]
        latest = max((r["at"] for k in ("level_changes", "events", "reflections", "decisions")
                      for r in st.records[k] if r["at"].startswith(prefix)), default="")
        start = _AFTER_LESSONS[0]
        if latest:
            start = max(start, int(latest[11:13]) * 3600 + int(latest[14:16]) * 60 + int(latest[17:19]) + 1)
        return min(start, _AFTER_LESSONS[1] - 1), _AFTER_LESSONS[1]

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, i: int, span: tuple[int, int] = _AFTER_LESSONS) -> str:
        s = self.rng.randrange(*span)
        return f"{self.iso[i]}T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}+00:00"

    def later(self, i: int, days: int) -> int | None:
        """Index of the school day `days` after day i (clamped to the last one), or None if that is day i."""
        target = min(self.ords[i] + days, self.ords[-1])
        while target not in self.index:  # a weekend: the Monday after (never past the last school day)
            target += 1
        return self.index[target] if self.index[target] > i else None

    def build(self, classes: int, students: int) -> dict:
        rng, out, n_days = self.rng, self.out, len(self.days)
        year = self.today.year if self.today.month >= 8 else self.today.year - 1
        for ladder in DEFAULT_LADDERS:
            out["dimensions"].append({"key": ladder.key, "name": ladder.name, "levels": [
                {"rank": lv.rank, "name": lv.name, "description": lv.description, "student_text": ""}
                for lv in ladder.levels]})
        class_names = [(f"{grade}{letter} {subject}", subject) for grade in range(6, 12) for letter in "ABCDE"
                       for subject in _SUBJECTS]
        rng.shuffle(class_names)
        names = [f"{first} {last}" for first in FIRST_NAMES for last in LAST_NAMES]
        rng.shuffle(names)
        external_ids: set[str] = set()  # only tested for membership, never iterated
        for k in range(classes):
            name, subject = class_names[k % len(class_names)]
            cid = self.uid()
            out["classrooms"].append({"id": cid, "name": name if k < len(class_names) else f"{name} "
                                      f"({k // len(class_names) + 1})", "subject": subject,
                                      "school_year": f"{year}-{(year + 1) % 100:02d}", "archived": False})
            # Some teachers open the first level of one freedom to the whole class from day one.
            opened = rng.choice((0, 0, 1, 2)) if rng.random() < 0.35 else None  # workspace most often
            deck = [_DECK[j % len(_DECK)] for j in range(students)]
            rng.shuffle(deck)
            # One student of a class leaves part-way through the year (archived), now and then another; some
            # have the school's id, one at least.
            leaver = rng.randrange(students) if students >= 5 else -1
            carrier = rng.randrange(students)
            for number_in_class, trajectory in enumerate(deck):
                sid, external_id, number = self.uid(), None, len(out["students"])
                if number_in_class == carrier or rng.random() < 0.2:
                    while external_id is None or external_id in external_ids:
                        external_id = f"S{rng.randrange(10000, 100000)}"
                    external_ids.add(external_id)
                active = number_in_class != leaver and rng.random() >= 1 / 80
                name = names[number % len(names)]  # numbered only past ~5,000 students, when combinations run out
                out["students"].append({"id": sid, "name": name if number < len(names) else f"{name} "
                                        f"{number // len(names) + 1}", "external_id": external_id,
                                        "classrooms": [cid], "active": active})
                # An archived student left part-way through: their history stops there.
                last_day = n_days if active else max(1, int(n_days * rng.uniform(0.5, 0.9)))
                slip_from = rng.randint(last_day * 2 // 5, max(last_day * 2 // 5, last_day * 3 // 4))
                st = _Student(sid, _TRAJECTORIES[trajectory], rng, self.ords[0], slip_from)
                st.record, st.classroom = out["students"][-1], cid
                st.name = out["students"][-1]["name"]
                if opened is not None:
                    self.change(st, 0, opened, +1, ChangeSource.MANUAL, "Opened to the whole class from day one.",
                                (8 * 3600, 8 * 3600 + 600))
                for i in range(last_day):
                    self.day(st, i)
        stamp = dt.datetime.combine(self.today, dt.time(16, 0), tzinfo=dt.UTC).isoformat()
        return {"format": "autonomy-export", "version": 1, "exported_at": stamp, **out}

    def day(self, st: _Student, i: int) -> None:
        rng, o, traj, last = self.rng, self.ords[i], st.traj, len(self.days) - 1
        # A follow-up whose date has come is held; one due on the last day stays open for the app to suggest.
        if st.reflection is not None and st.follow_up is not None and st.follow_up <= o and i < last:
            st.reflection["outcome"] = rng.choice(_OUTCOMES)
            self.decide(st, i, st.back_dim, SuggestionKind.FOLLOW_UP, Decision.ACCEPTED)
            if st.back_dim is not None:
                st.path_back[st.back_dim] = True
            st.follow_up = st.reflection = st.back_dim = None
        self.choices(st, i)
        count = rng.choices((0, 1, 2, 3), cum_weights=traj.events)[0]
        moments = self.plan_slip(st, i) + [(rng.randrange(*_LESSONS), None) for _ in range(count)]
        moments.sort(key=lambda m: m[0])
        p_break = traj.p_break * (0.4 if o < st.recovering_until else 1.0)  # after a conversation, fewer slips
        broken: list[int] = []  # dimensions with a break today, in order
        d: int | None
        severity: Severity | None
        for seconds, planned in moments:
            if planned is not None:
                kind, (d, severity) = EventKind.BREAK, planned
            else:
                r = rng.random()
                kind = EventKind.BREAK if r < p_break else EventKind.OBSERVATION \
                    if r < p_break + traj.p_observation else EventKind.BUILD
                d = rng.choices(_DIM_OR_NONE, cum_weights=st.dim_cum[kind])[0]
                severity = None
                if kind is EventKind.BREAK:
                    r = rng.random()
                    severity = Severity.SERIOUS if r < 0.006 else Severity.MODERATE if r < 0.3 else Severity.MINOR
            self.event(st, i, seconds, kind, d, severity)
            if kind is EventKind.BREAK and d is not None and d not in broken:
                broken.append(d)
        if not moments and o - st.last_seen >= _CHECK_IN_DAYS and o >= st.check_in_snoozed:
            self.check_in(st, i)
        stepped_back = self.step_back(st, i, broken)
        if st.slip_plan and i >= max(st.slip_plan):
            st.slip_plan = None  # the planned slip is over, whatever the teacher made of it
        if st.unanswered and not st.slip_plan and i < last - 1:
            self.answer_breaks(st, i)
        for d in range(len(_DIMS)):
            if d != stepped_back and st.follow_up is None:
                self.step_up(st, i, d)
        review(self, st, i)  # on the last days: what the engine suggests, mostly acted on

    def event(self, st: _Student, i: int, seconds: int, kind: EventKind, d: int | None,
              severity: Severity | None, category: str | None = None, note: str | None = None) -> None:
        rng, o = self.rng, self.ords[i]
        category = category or rng.choice(_CATEGORIES[kind, d])
        p_habit = 0.1 if kind is EventKind.BREAK else 0.3
        habit = rng.choice(_HABITS_FOR.get(category, _ALL_HABITS)) if rng.random() < p_habit else None
        if note is None:
            note = rng.choice(_NOTES.get(category, _NOTES["noticed"])) if rng.random() < 0.35 else ""
        event = {"id": self.uid(), "student": st.id, "kind": kind.value, "category": category,
                 "dimension": None if d is None else _DIMS[d], "severity": severity and severity.value,
                 "habit": habit, "at": f"{self.iso[i]}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:"
                 f"{seconds % 60:02d}+00:00", "note": note}
        self._add(st, "events", event)
        st.last_seen = o
        if kind is EventKind.BUILD and d is not None:
            st.builds[d] += 1
            if st.last_build[d] != o:
                st.last_build[d], st.build_days[d] = o, st.build_days[d] + 1
        elif kind is EventKind.BREAK:
            if d is not None:
                st.breaks[d] = [b for b in st.breaks[d] if o - b < _WINDOW] + [o]
            st.unanswered.append(event)

    def plan_slip(self, st: _Student, i: int) -> list[tuple[int, tuple[int, Severity] | None]]:
        """A slipping student's planned break for day i, in the dimension where they have the most freedom."""
        if st.slip_plan is None:
            return []
        if not st.slip_plan and i >= st.slip_from and max(st.level) > 0:
            d = self.rng.choice([d for d in range(len(_DIMS)) if st.level[d] == max(st.level)])
            if self.rng.random() < 0.5:
                st.slip_plan = {i: (d, Severity.SERIOUS)}
            else:
                st.slip_plan = {i + k: (d, self.rng.choice((Severity.MINOR, Severity.MODERATE))) for k in range(3)}
        return [(self.rng.randrange(*_LESSONS), st.slip_plan[i])] if i in st.slip_plan else []

    def step_back(self, st: _Student, i: int, broken: list[int]) -> int | None:
        """Default policy: one serious break, or 3 breaks in a dimension within 10 days, suggests a step back."""
        for d in broken:
            serious = any(e["severity"] == Severity.SERIOUS and e["dimension"] == _DIMS[d] and e["at"][:10] ==
                          self.iso[i] for e in st.unanswered)
            if not (serious or len(st.breaks[d]) >= 3) or st.level[d] == 0:
                continue
            planned = st.slip_plan is not None and i == max(st.slip_plan, default=-1)
            if not (planned or self.rng.random() < 0.5):
                self.decide(st, i, d, SuggestionKind.STEP_BACK, Decision.DISMISSED, self.rng.choice(_DISMISS_BACK))
                continue
            why = "Serious break" if serious else f"{len(st.breaks[d])} breaks within {_WINDOW} days"
            manual = self.rng.random() < 0.35
            back = StepBackReasons(len(st.breaks[d]), _WINDOW, tuple(dt.date.fromordinal(o) for o in st.breaks[d][-5:]),
                                   dt.date.fromordinal(self.ords[i]) if serious else None, None, None, 4, 3, 7)
            at = self.change(st, i, d, -1, ChangeSource.MANUAL if manual else ChangeSource.SUGGESTION,
                             self.suggested(st, i, d, SuggestionKind.STEP_BACK, -1, back) if not manual else
                             f"{why} in {_DIM_NAMES[d]}. Path back: the step-up rule, restarted after the follow-up.")
            if not manual:
                self.decide(st, i, d, SuggestionKind.STEP_BACK, Decision.ACCEPTED, at=at)
            self.reflect(st, i, d, prompts=3 if serious else 2, follow_up=True)
            st.back_dim, st.recovering_until = d, self.ords[i] + 21
            return d
        return None

    def answer_breaks(self, st: _Student, i: int) -> None:
        """Every break gets a reflection or a dismissed "reflect" suggestion (except on the last two days)."""
        if self.rng.random() < 0.4:
            worst = max(("minor", "moderate", "serious").index(e["severity"]) for e in st.unanswered)
            first = st.unanswered[0]["dimension"]
            follow_up = st.follow_up is None and self.rng.random() < 0.3
            self.reflect(st, i, None if first is None else _DIMS.index(first), worst + 1, follow_up)
            return
        for e in st.unanswered:
            d = None if e["dimension"] is None else _DIMS.index(e["dimension"])
            self.decide(st, i, d, SuggestionKind.REFLECT, Decision.DISMISSED, self.rng.choice(_DISMISS_REFLECT))
        st.unanswered = []

    def reflect(self, st: _Student, i: int, d: int | None, prompts: int, follow_up: bool,
                span: tuple[int, int] = _AFTER_LESSONS) -> None:
        rng = self.rng
        chosen = rng.sample([p for p in PROMPTS if p not in st.last_prompts], prompts)  # rotate the questions
        if prompts == 3 and PROMPTS[0] not in chosen:
            chosen[0] = PROMPTS[0]  # a full conversation starts from what happened
        st.last_prompts = chosen
        # On the last school day the follow-up can only be that same day: it shows as due.
        due = (self.later(i, _FOLLOW_UP_DAYS) or i) if follow_up else None
        at = self.at(i, span)
        reflection = {"id": self.uid(), "student": st.id, "at": at,
                      "events": [e["id"] for e in st.unanswered], "prompts": chosen,
                      "student_words": rng.choice(_STUDENT_WORDS),
                      "agreement": rng.choice(_AGREEMENTS[None if d is None else _DIMS[d]]),
                      "follow_up": None if due is None else self.iso[due], "outcome": None}
        self._add(st, "reflections", reflection)
        if rng.random() < 0.5:  # the teacher opened it from the app's "reflect" suggestion
            self.decide(st, i, d, SuggestionKind.REFLECT, Decision.ACCEPTED, at=at)
        st.unanswered = []
        if due is not None:
            if st.reflection is not None:  # an older follow-up still open is folded into this conversation
                st.reflection["outcome"] = "Followed up in the next conversation."
            st.follow_up, st.reflection = self.ords[due], reflection

    def step_up(self, st: _Student, i: int, d: int) -> None:
        """Default policy: held 7 days, 4 building events on 3 days since the change, no break for 10 days."""
        rng, o, level = self.rng, self.ords[i], st.level[d]
        if (level >= _TOPS[d] or o - st.changed[d] < 7 or st.builds[d] < 4 or st.build_days[d] < 3
                or (st.breaks[d] and o - st.breaks[d][-1] < _WINDOW) or o < st.snoozed[d]
                or rng.random() < 0.5):  # the teacher does not look at suggestions every day
            return
        since = dt.date.fromordinal(st.changed[d]).isoformat()
        evidence = f"{st.builds[d]} trust-building events on {st.build_days[d]} days since {since}"
        if level >= st.caps[d]:  # the teacher is not ready to go further with this student
            until = self.later(i, 7) if rng.random() < 0.4 else None
            if until is None:
                self.decide(st, i, d, SuggestionKind.STEP_UP, Decision.DISMISSED, rng.choice(_DISMISS_UP))
                st.builds[d] = st.build_days[d] = 0  # dismissed: it comes back only with new evidence
            else:
                self.decide(st, i, d, SuggestionKind.STEP_UP, Decision.SNOOZED, until=self.iso[until])
                st.snoozed[d] = self.ords[until]
        elif st.path_back[d]:
            st.path_back[d] = False
            self.change(st, i, d, +1, ChangeSource.REFLECTION, f"Path back met after the follow-up; {evidence}.")
        elif rng.random() < 0.2:
            self.change(st, i, d, +1, ChangeSource.MANUAL, f"Ready for more: {evidence}.")
        else:
            up = StepUpReasons(st.builds[d], st.build_days[d], dt.date.fromordinal(st.changed[d]),
                               o - st.breaks[d][-1] if st.breaks[d] else None)
            at = self.change(st, i, d, +1, ChangeSource.SUGGESTION, self.suggested(st, i, d, SuggestionKind.STEP_UP,
                                                                                   +1, up))
            self.decide(st, i, d, SuggestionKind.STEP_UP, Decision.ACCEPTED, at=at)

    def check_in(self, st: _Student, i: int, snooze: bool = True) -> None:
        """Nothing observed for 10 days: the teacher checks in (noted), or snoozes it for a few days."""
        until = self.later(i, 5) if snooze and self.rng.random() < 0.25 else None
        if until is not None:
            self.decide(st, i, None, SuggestionKind.CHECK_IN, Decision.SNOOZED, until=self.iso[until])
            st.check_in_snoozed = self.ords[until]
            return
        self.decide(st, i, None, SuggestionKind.CHECK_IN, Decision.ACCEPTED)
        self.event(st, i, self.rng.randrange(*_LESSONS), EventKind.OBSERVATION, None, None, "noticed",
                   self.rng.choice(_CHECK_IN_NOTES))

    def suggested(self, st: _Student, i: int, d: int, kind: SuggestionKind, step: int,
                  reasons: StepUpReasons | StepBackReasons) -> str:
        """An accepted suggestion's reason, as the app stores it (a phrase, worded when shown)."""
        ladder, level = DEFAULT_LADDERS[d], st.level[d]
        suggestion = Suggestion(kind, st.id, st.name, "", _DIMS[d], level, level + step, (), "", reasons)
        names = {lv.rank: lv.name for lv in ladder.levels if lv.rank in (level, level + step)}
        # As an export writes it (with its English words): the demo is an interchange file.
        return phrases.for_file(phrases.suggestion_reason(suggestion, ladder.name, names,
                                                          dt.date.fromordinal(self.ords[i])))

    def change(self, st: _Student, i: int, d: int, step: int, source: ChangeSource, reason: str,
               span: tuple[int, int] = _AFTER_LESSONS) -> str:
        at = self.at(i, span)
        self._add(st, "level_changes", {
            "id": self.uid(), "student": st.id, "dimension": _DIMS[d], "from_level": st.level[d],
            "to_level": st.level[d] + step, "at": at, "reason": reason, "source": source.value})
        st.level[d] += step
        st.changed[d], st.builds[d], st.build_days[d] = self.ords[i], 0, 0
        return at

    def decide(self, st: _Student, i: int, d: int | None, kind: SuggestionKind, decision: Decision,
               reason: str | None = None, until: str | None = None, at: str | None = None) -> None:
        self._add(st, "decisions", {
            "id": self.uid(), "student": st.id, "dimension": None if d is None else _DIMS[d], "kind": kind.value,
            "decision": decision.value, "at": at or self.at(i), "until": until, "reason": reason})

    def choices(self, st: _Student, i: int) -> None:
        """0-2 daily choices, mostly in a dimension already opened, mostly within the student's level."""
        rng = self.rng
        opened = [d for d in range(len(_DIMS)) if st.level[d] > 0]
        for _ in range(rng.choices((0, 1, 2), cum_weights=st.traj.choices)[0]):
            if not opened and rng.random() >= 0.3:
                continue  # nothing opened yet: a choice is rare
            d = rng.choice(opened) if opened else rng.randrange(len(_DIMS))
            level = st.level[d]
            if level < _TOPS[d] and rng.random() < (0.3 if level == 0 else 0.06):
                rank = level + 1  # asked for, or took, a freedom not yet given
            else:
                rank = level if rng.random() < 0.75 else rng.randrange(level + 1)
            choice = {"id": self.uid(), "student": st.id, "date": self.iso[i], "dimension": _DIMS[d],
                      "choice": rng.choice(_CHOICES[_DIMS[d]][rank]), "within_level": rank <= level, "by": "teacher"}
            self._add(st, "choices", choice)
            self.checked_in(st, i, d, choice)

    def checked_in(self, st: _Student, i: int, d: int, choice: dict) -> None:
        """Some choices within the level the student made at the check-in, some with a self-rating beside it.
        Decided by counting, not by the random stream, so every other record stays as it was before."""
        number = len(self.out["choices"])
        if not choice["within_level"] or number % 3:
            return
        choice["by"] = "student"
        if number % 4 or i == len(self.days) - 1:  # (today's ratings are the students' to give)
            return
        level, rated = st.level[d], len(self.out["self_ratings"])
        self.out["self_ratings"].append({
            "id": str(uuid.UUID(bytes=hashlib.sha256(choice["id"].encode()).digest()[:16], version=4)),
            "student": st.id,
            "dimension": _DIMS[d], "date": self.iso[i], "rating": min(_TOPS[d], level + rated % 2),
            "words": _SELF_RATING_WORDS[rated % len(_SELF_RATING_WORDS)], "by": "student"})
