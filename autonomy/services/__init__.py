"""Use cases. Each write is one transaction; results are frozen dataclasses, never ORM objects. No Qt here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from autonomy.services.bundle import Services

__all__ = ["Services"]


def __getattr__(name: str) -> Any:
    # Lazily: importing one light module of this package (glance, dto) must not import SQLAlchemy and every
    # service; the window shows its first screen while those load.
    if name == "Services":
        from autonomy.services.bundle import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
