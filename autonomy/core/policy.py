"""The thresholds the suggestion engine works with, editable in settings.

The defaults are the conservative policy of the design: step up only after a week held, four trust-building
moments on three different days and ten days without a break; step back after three breaks in ten days or one
serious break. `to_dict()` / `Policy.from_dict()` round-trip through a settings table (JSON-friendly values).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields

from autonomy.core.bounds import shown
from autonomy.core.errors import InvalidInput

MAX_DAYS = 3650  # ten school years: anything longer is a typing slip, not a policy
MAX_COUNT = 1000

# field name -> (lowest, highest) for the whole-number settings
_INT_RANGES: dict[str, tuple[int, int]] = {
    "step_up_hold_days": (0, MAX_DAYS),
    "step_up_build_events": (1, MAX_COUNT),
    "step_up_distinct_days": (1, MAX_COUNT),
    "step_up_break_free_days": (0, MAX_DAYS),
    "step_back_breaks": (1, MAX_COUNT),
    "step_back_window_days": (1, MAX_DAYS),
    "reflect_window_days": (1, MAX_DAYS),
    "check_in_quiet_days": (1, MAX_DAYS),
    "today_list": (1, MAX_COUNT),
}


@dataclass(frozen=True, slots=True)
class Policy:
    """Every threshold of the suggestion rules. Day counts are calendar days, today included."""

    step_up_hold_days: int = 7  # days held at the current level before a step up
    step_up_build_events: int = 4  # trust-building events relevant to the dimension since the last change
    step_up_distinct_days: int = 3  # ... spread over at least this many different days
    step_up_break_free_days: int = 10  # no break in that dimension within this many days
    step_back_breaks: int = 3  # breaks in one dimension within the window that suggest a step back
    step_back_window_days: int = 10
    step_back_on_serious: bool = True  # one serious break in a dimension is enough for a step back
    reflect_window_days: int = 14  # older breaks no conversation followed are no longer worth raising
    check_in_quiet_days: int = 10  # nothing noted for this many days: check in
    class_step_share: float = 0.75  # share of a class at a level that suggests opening it to all
    # Not a rule of the engine: how many of a class's suggestions, by urgency, make today's list (core/today.py).
    today_list: int = 8

    def __post_init__(self) -> None:
        for name, (low, high) in _INT_RANGES.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise InvalidInput(name, f"must be a whole number from {low} to {high}, not {shown(value)}")
        if not isinstance(self.step_back_on_serious, bool):
            raise InvalidInput("step_back_on_serious",
                               f"must be true or false, not {shown(self.step_back_on_serious)}")
        share = self.class_step_share
        if (
            isinstance(share, bool)
            or not isinstance(share, int | float)
            or not math.isfinite(share)
            or not 0 < share <= 1
        ):
            raise InvalidInput(
                "class_step_share", f"must be a share above 0 and at most 1 (0.75 is 75 %), not {shown(share)}"
            )
        if self.step_up_distinct_days > self.step_up_build_events:
            raise InvalidInput(
                "step_up_distinct_days",
                f"is {self.step_up_distinct_days}, more than the {self.step_up_build_events} events asked for, "
                "so a step up could never be suggested",
            )

    def to_dict(self) -> dict[str, int | float | bool]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Policy:
        """A policy from stored settings: missing keys take the default, unknown keys are ignored."""
        if not isinstance(data, Mapping):
            raise InvalidInput("policy", "must be a mapping of setting names to values")
        known = {f.name for f in fields(cls)}
        values: dict[str, object] = {}
        for name, value in data.items():
            if name not in known:
                continue
            if name in _INT_RANGES and isinstance(value, float) and value.is_integer():
                value = int(value)  # 7.0 from a JSON number is still seven days
            values[name] = value
        return cls(**values)  # type: ignore[arg-type]  # __post_init__ refuses wrong types
