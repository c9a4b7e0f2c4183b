"""Building a student's history for the UI tests: moments some days back, and the events a step up needs."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date.today()


def days_ago(days: int, hour: int = 10) -> dt.datetime:
    """`days` days before today at `hour` o'clock, local time."""
    return dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(hour)).astimezone()


def earn_step_up(services, sid: str) -> None:  # type: ignore[no-untyped-def]
    """Four trust-building moments in workspace on four days, the first over a week ago: a step up waits."""
    for days in (9, 6, 4, 2):
        services.events.log([sid], "build", "on_task_away", dimension="workspace", at=days_ago(days))
