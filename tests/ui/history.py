"""Building a student's history for the UI tests: moments some days back, and the events a step up needs."""

from __future__ import annotations

import datetime as dt

from autonomy.services import Services
from autonomy.services.dto import ReflectionInfo, TrustEventInfo

TODAY = dt.date.today()


def days_ago(days: int, hour: int = 10) -> dt.datetime:
    """`days` days before today at `hour` o'clock, local time."""
    return dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(hour)).astimezone()


def earn_step_up(services: Services, sid: str) -> None:
    """Four trust-building moments in workspace on four days, the first over a week ago: a step up waits."""
    for days in (9, 6, 4, 2):
        services.events.log([sid], "build", "on_task_away", dimension="workspace", at=days_ago(days))


def two_breaks(services: Services, sid: str) -> tuple[TrustEventInfo, TrustEventInfo]:
    """A minor break three days ago and a serious one now, and a workspace level to stand on: a reflection
    waits, with both breaks as its evidence. Returns (older, latest)."""
    [older] = services.events.log([sid], "break", "off_task", dimension="pacing", severity="minor", at=days_ago(3))
    [latest] = services.events.log([sid], "break", "left_area", dimension="workspace", severity="serious",
                                   note="Went to the canteen")
    services.levels.change_level(sid, "workspace", 2, reason="settled")
    return older, latest


def follow_up_due(services: Services, sid: str) -> tuple[TrustEventInfo, ReflectionInfo]:
    """A minor break six days ago and the conversation after it, whose follow-up is due today: a follow-up
    waits. Returns (event, reflection)."""
    [event] = services.events.log([sid], "break", "left_area", dimension="workspace", severity="minor",
                                  at=days_ago(6))
    reflection = services.reflections.record(sid, event_ids=[event.id], agreement="Stay in sight", at=days_ago(6),
                                             follow_up=TODAY)
    return event, reflection
