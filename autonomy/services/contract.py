"""The lane contract of every public service method, in its signature (as calibre's `@read_api` / `@write_api`).

`@reads`: runs on the database lane (the app's worker thread, ui/app/lane.py) or a CLI thread, never on the GUI
thread; one read transaction (`db.reading()`), or none (a file); changes nothing, so it may run at any time and be
repeated or dropped.

`@writes`: runs on the lane; one write transaction (`unit.write`, or the hot path's `write_rows` inside it): all or
nothing, a refusal (core/errors.py) changes nothing; what it committed is reported to the views as Changes
(services/changes.py) and, when undoable, as one step of the undo history.

The marks cost nothing where the methods are called: each decorator sets one attribute on the function when the
class is defined and returns the function itself (no wrapper, same signature for mypy). A test walks every service
of the bundle and fails on a public method without a mark (tests/services/test_contract.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, TypeVar

Lane = Literal["reads", "writes"]
MARK = "__autonomy_lane__"  # the attribute the decorators set: "reads" or "writes"

_Method = TypeVar("_Method", bound=Callable[..., Any])

_SAYS: dict[Lane, str] = {
    "reads": "Lane contract: reads (autonomy/services/contract.py): on the lane or a CLI thread, never the GUI "
             "thread; one read transaction.",
    "writes": "Lane contract: writes (autonomy/services/contract.py): on the lane; one transaction, all or "
              "nothing; reports its Changes.",
}


def _mark(fn: _Method, lane: Lane) -> _Method:
    setattr(fn, MARK, lane)  # (a Callable has no such attribute for mypy)
    fn.__doc__ = f"{fn.__doc__.rstrip()}\n\n{_SAYS[lane]}" if fn.__doc__ else _SAYS[lane]
    return fn


def reads(fn: _Method) -> _Method:
    """Mark a service method that only reads (see the module's docstring)."""
    return _mark(fn, "reads")


def writes(fn: _Method) -> _Method:
    """Mark a service method that writes in one transaction (see the module's docstring)."""
    return _mark(fn, "writes")


def lane_of(fn: object) -> Lane | None:
    """The mark a method carries, None when it has none."""
    return getattr(fn, MARK, None)
