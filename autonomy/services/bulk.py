"""Reading or writing hundreds of thousands of records at once (a school's suggestions, an export, an import)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Hold Python's cycle collector while the body builds many small acyclic records: otherwise it walks every
    live object again and again as they pile up (a third to a half of loading a school's year). Process-wide, and
    only for the body; it is switched back on only if it was on (two lanes may overlap)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
