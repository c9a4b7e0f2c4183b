"""What the widgets are handed by the composition root: the services and the lanes."""

from __future__ import annotations

from dataclasses import dataclass

from autonomy.services import Services
from autonomy.services.views import ViewService
from autonomy.ui.lane import Lane


@dataclass(frozen=True)
class Backend:
    services: Services
    lane: Lane  # every write and every quick read, in order
    background: Lane  # slow reads (the suggestion engine), so they never hold up a write

    @property
    def views(self) -> ViewService:
        return self.services.views

    @classmethod
    def over(cls, services: Services, lane: Lane, background: Lane | None = None) -> Backend:
        return cls(services, lane, background or lane)
