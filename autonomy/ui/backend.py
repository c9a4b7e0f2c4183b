"""What the widgets are handed by the composition root: the services, the read models and the lane."""

from __future__ import annotations

from dataclasses import dataclass

from autonomy.services import Services
from autonomy.services.views import ViewService
from autonomy.ui.lane import Lane


@dataclass(frozen=True)
class Backend:
    services: Services
    views: ViewService
    lane: Lane  # every write and every quick read, in order
    background: Lane  # slow reads (the suggestion engine), so they never hold up a write

    @classmethod
    def over(cls, services: Services, lane: Lane, background: Lane | None = None) -> Backend:
        views = getattr(services, "views", None) or ViewService(services.db)
        return cls(services, views, lane, background or lane)
