"""The rules of the students' own check-in: what a student may choose, what the next step takes, how often they
rate themselves, and how the teacher's PIN and the personal codes are kept and tried (DESIGN.md, "Student voice").

Pure Python (the standard library's scrypt): the services gather the facts and store the results.

- A student may pick the quick picks of their level and every level below (a level without picks offers its own
  name), and write their own words from the first level that allows it (`own_words`; by default from rank 3,
  "the student decides within agreed bounds"). The next level's picks are shown as the next step, never picked.
- What the next step takes is the step-up rule of the suggestion policy (core/policy.py) counted from the facts
  the engine reads: the student sees how many more good days, how long they still hold the level, and how long
  until a break has left the window. The teacher still decides: the suggestion is theirs to take.
- A self-rating at most once per `every_days` (a week by default) unless the teacher asked for one.
- Secrets (the PIN, a code) are stored as `scrypt$n$r$p$salt$hash` and compared in constant time; tries are
  limited by `AttemptLimiter` (three free, then a wait that doubles, at most a quarter of an hour).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from autonomy.core.errors import InvalidInput, NotAllowed
from autonomy.core.policy import Policy

OWN_WORDS_FROM_RANK = 3
RATING_EVERY_DAYS = 7
MAX_RATING_EVERY_DAYS = 365
IDLE_SECONDS = 30  # the check-in goes back to the names after this long without a touch

# scrypt's cost: about 16 MB and a few tens of milliseconds per try, far too slow to guess a PIN offline.
_N, _R, _P = 2**14, 8, 1


# --- secrets ---------------------------------------------------------------------------------------------------
def clean_pin(pin: str) -> str:
    pin = (pin or "").strip()
    if not (4 <= len(pin) <= 12 and pin.isascii() and pin.isdigit()):
        raise InvalidInput("PIN", "must be 4 to 12 digits")
    return pin


def clean_code(code: str) -> str:
    code = (code or "").strip().lower()
    if not (3 <= len(code) <= 8 and code.isascii() and code.isalnum()):
        raise InvalidInput("personal code", "must be 3 to 8 letters or digits")
    return code


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def secret_matches(secret: str, stored: str | None) -> bool:
    """Whether `secret` is the one `stored` was made from; a damaged or empty record matches nothing."""
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        if kind != "scrypt":
            return False
        tried = hashlib.scrypt(secret.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(digest) // 2)
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(tried.hex(), digest)


class AttemptLimiter:
    """How many wrong tries of one secret are allowed before a wait: `free` tries, then `first_wait` seconds,
    doubling with each further wrong try up to `longest`. Right once, and it starts over."""

    def __init__(self, free: int = 3, first_wait: float = 30.0, longest: float = 900.0) -> None:
        self.free, self.first_wait, self.longest = free, first_wait, longest
        self.wrong = 0
        self.locked_until: float | None = None

    def wait(self, now: float) -> float:
        """Seconds still to wait before the next try (0: it may be tried now)."""
        return max(0.0, self.locked_until - now) if self.locked_until is not None else 0.0

    def check(self, now: float) -> None:
        left = self.wait(now)
        if left > 0:
            raise NotAllowed(f"Too many wrong tries: try again in {int(left + 0.999)} seconds.")

    def record(self, right: bool, now: float) -> None:
        if right:
            self.wrong, self.locked_until = 0, None
            return
        self.wrong += 1
        if self.wrong >= self.free:
            wait = min(self.longest, self.first_wait * 2 ** (self.wrong - self.free))
            self.locked_until = now + wait


# --- what a student may choose ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LevelOptions:
    """One level of a ladder as the check-in needs it."""

    rank: int
    name: str
    picks: tuple[str, ...] = ()
    own_words: bool | None = None  # None: from OWN_WORDS_FROM_RANK on


@dataclass(frozen=True, slots=True)
class Pick:
    text: str
    rank: int  # the level it belongs to


@dataclass(frozen=True, slots=True)
class Options:
    allowed: tuple[Pick, ...]  # the student may pick these today
    next_step: tuple[Pick, ...]  # the next level's: shown, not picked
    own_words: bool  # the student may write their own choice


def allows_own_words(level: LevelOptions) -> bool:
    return level.own_words if level.own_words is not None else level.rank >= OWN_WORDS_FROM_RANK


def picks_of(level: LevelOptions) -> tuple[Pick, ...]:
    return tuple(Pick(p, level.rank) for p in level.picks) if level.picks else (Pick(level.name, level.rank),)


def options_for(ladder: Sequence[LevelOptions], current: int) -> Options:
    """The picks of the student's level and those below (their own level's first), and the next level's."""
    below = sorted((lv for lv in ladder if lv.rank <= current), key=lambda lv: -lv.rank)
    allowed: list[Pick] = []
    for level in below:
        allowed += [p for p in picks_of(level) if p.text not in {a.text for a in allowed}]
    above = next((lv for lv in ladder if lv.rank == current + 1), None)
    return Options(tuple(allowed), picks_of(above) if above else (), any(allows_own_words(lv) for lv in below))


def check_choice(options: Options, text: str, rank: int | None) -> int | None:
    """The rank a check-in's choice belongs to; refuses one beyond the student's level (or own words where the
    level does not allow them). A text that is one of the allowed picks is that pick, however it came."""
    for pick in options.allowed:
        if pick.text == text and (rank is None or rank == pick.rank):
            return pick.rank
    if rank is not None or any(p.text == text for p in options.next_step):
        raise NotAllowed(f"“{text}” is beyond this level; it is the next step, for the teacher to open.")
    if not options.own_words:
        raise NotAllowed("At this level the choice is one of the picks; own words come with a later level.")
    return None


# --- how often a student rates themselves ---------------------------------------------------------------------
def rating_due(last: dt.date | None, today: dt.date, every_days: int = RATING_EVERY_DAYS,
               asked: bool = False) -> bool:
    return asked or last is None or (today - last).days >= every_days


def check_rating_days(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_RATING_EVERY_DAYS:
        raise InvalidInput("self-rating every", f"must be a whole number of days from 0 to {MAX_RATING_EVERY_DAYS}")
    return days


# --- what the next step takes ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NextStep:
    """What the step-up rule still waits for, in a student's terms (all zero: the teacher may open it now)."""

    good_days: int  # more days using the freedom well (one trust-building moment each, at least)
    hold_days: int  # more days at this level before a step up can be suggested
    break_free_days: int  # days until the latest break has left the window
    talk_first: bool = False  # an agreed follow-up is still open: that conversation comes first

    @property
    def ready(self) -> bool:
        return not (self.good_days or self.hold_days or self.break_free_days or self.talk_first)


def next_step(policy: Policy, as_of: dt.date, held_since: dt.date, builds: Iterable[dt.date],
              last_break: dt.date | None, open_follow_up: bool = False) -> NextStep:
    """`builds`: the days of the trust-building moments in the dimension (or tied to none) since the level was
    set; `last_break`: the day of the latest break in it (or tied to none). Counted as core/suggestions.py does."""
    days = list(builds)
    more_moments = max(0, policy.step_up_build_events - len(days))
    more_days = max(0, policy.step_up_distinct_days - len(set(days)))
    hold = max(0, policy.step_up_hold_days - (as_of - held_since).days)
    free = 0
    if last_break is not None:
        # a break is inside the window while as_of - day < break_free_days
        free = max(0, policy.step_up_break_free_days - (as_of - last_break).days)
    return NextStep(max(more_moments, more_days), hold, free, open_follow_up)
