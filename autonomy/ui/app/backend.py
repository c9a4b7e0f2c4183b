"""What the widgets are handed by the composition root: the services and the lanes."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from autonomy.ui.app.lane import Lane

if TYPE_CHECKING:  # the services (and SQLAlchemy) may still be loading when the panels are built
    from autonomy.services import Services
    from autonomy.services.views import ViewService


class OpeningFailed(Exception):
    """The services a job needed could not be opened; the start-up already reported why (ui/app/start.py)."""


class Backend:
    """The services and the two lanes.

    At start-up the panels can be built, and show the first screen, while the services are still opening on the
    lane (ui/app/start.py). Lane jobs queued after the opening job run after it, so they always find the services; a
    background job, or the GUI thread if the teacher acts within that fraction of a second, waits for them.
    """

    def __init__(self, services: Services | None, lane: Lane, background: Lane | None = None,
                 hurry: Callable[[], None] | None = None) -> None:
        self.lane = lane  # every write and every quick read, in order
        # Slow reads (the suggestion engine for a class), so they never hold up a write; on a server the engine's
        # quick runs after a change (a badge, a student's cards) join the lane's job instead (ui/app/lane.py).
        self.background = background or lane
        if self.background is not lane and self.background not in lane.companions:
            lane.companions.append(self.background)  # a change's engine runs go as one background job
        self._services = services
        lane.reads_together = self._reads_together  # (the reads after a change: one transaction on a server)
        # A school's server rather than an SQLite file (what a long wait is called: ui/app/connection.py); a plain
        # flag, read on the GUI thread, set where the services are known.
        self.on_server = services is not None and not services.db.is_sqlite
        lane.companions_join = self.on_server  # (the badge's reads after a change: in the lane's round trip)
        self._hurry = hurry  # called before waiting: the opening may be holding back until the first paint
        self._opening_failed: BaseException | None = None
        self._opened = threading.Event()
        if services is not None:
            self._opened.set()

    @classmethod
    def over(cls, services: Services, lane: Lane, background: Lane | None = None) -> Backend:
        return cls(services, lane, background)

    @classmethod
    def opening(cls, lane: Lane, background: Lane | None = None,
                hurry: Callable[[], None] | None = None) -> Backend:
        """A backend whose services the lane is still opening; `provide` or `opening_failed` ends the wait."""
        return cls(None, lane, background, hurry)

    def provide(self, services: Services) -> None:
        """The opened services (called on the lane, inside the opening job, before any later job runs)."""
        self._services = services
        self.on_server = self.lane.companions_join = not services.db.is_sqlite
        self._opened.set()

    def opening_failed(self, error: BaseException) -> None:
        self._opening_failed = error
        self._opened.set()

    def _reads_together(self) -> AbstractContextManager[Any]:
        """On the lane: `Database.together` of the open services (nothing before they are open)."""
        if self._services is None:
            return contextlib.nullcontext()
        return self._services.db.together()

    @property
    def services(self) -> Services:
        if not self._opened.is_set():
            if self._hurry is not None:
                self._hurry()
            self._opened.wait()
        if self._services is None:
            raise OpeningFailed(str(self._opening_failed or "the database was not opened")) from self._opening_failed
        return self._services

    @property
    def views(self) -> ViewService:
        return self.services.views
