"""Every public method of every service in the bundle carries its lane contract (services/contract.py): `reads`
or `writes`. A method marked `writes` goes through the write unit (`write(` / `write_rows(`, itself or through a
method of its class it calls); one marked `reads` never does. Read from the source, no database needed."""

from __future__ import annotations

import inspect
import re
import textwrap
import typing
from collections.abc import Callable
from typing import Any

import pytest

from autonomy.services import Services
from autonomy.services.contract import MARK, lane_of, reads, writes
from autonomy.services.unit import write

_WRITES = re.compile(r"\b(?:write|write_rows)\(")
_OWN_CALL = re.compile(r"\bself\.(\w+)\(")


def service_classes() -> list[type]:
    return [cls for name, cls in typing.get_type_hints(Services).items() if name != "db"]


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    found = {}
    for name, value in vars(cls).items():
        fn = getattr(value, "__func__", value)  # a staticmethod or classmethod counts too
        if not name.startswith("_") and inspect.isfunction(fn):
            found[name] = fn
    return found


def unmarked(cls: type) -> list[str]:
    return [f"{cls.__name__}.{name}" for name, fn in public_methods(cls).items() if lane_of(fn) is None]


def reaches_write(cls: type, fn: Callable[..., Any]) -> bool:
    """Whether the method's source, or that of a method of its class it calls (`self.x(`), runs a write."""
    seen: set[str] = set()
    todo = [fn]
    while todo:
        source = textwrap.dedent(inspect.getsource(todo.pop()))
        if _WRITES.search(source):
            return True
        for name in _OWN_CALL.findall(source):
            called = getattr(cls, name, None)
            if name not in seen and inspect.isfunction(called):
                seen.add(name)
                todo.append(called)
    return False


def wrong_marks(cls: type) -> list[str]:
    wrong = []
    for name, fn in public_methods(cls).items():
        lane, writing = lane_of(fn), reaches_write(cls, fn)
        if (lane == "writes" and not writing) or (lane == "reads" and writing):
            wrong.append(f"{cls.__name__}.{name} is marked {lane} but {'writes' if writing else 'never writes'}")
    return wrong


def test_the_walk_sees_every_service_of_the_bundle() -> None:
    classes = service_classes()
    assert len(classes) == 13 and all(cls.__name__.endswith("Service") for cls in classes)
    assert sum(len(public_methods(cls)) for cls in classes) >= 60


@pytest.mark.parametrize("cls", service_classes(), ids=lambda cls: cls.__name__)
def test_every_public_service_method_says_whether_it_reads_or_writes(cls: type) -> None:
    assert unmarked(cls) == []
    assert wrong_marks(cls) == []


class _Careless:
    """A service as it would be written without the contract: the walk must catch each mistake."""

    def __init__(self, db: Any) -> None:
        self._db = db

    def students(self) -> list[str]:  # no mark at all
        return []

    @writes
    def forgot_the_transaction(self) -> None:  # says it writes, but never opens the write unit
        self._db.add("row")

    @reads
    def sneaks_a_write(self) -> None:  # says it reads, but writes through a helper of its class
        self._store()

    def _store(self) -> None:
        with write(self._db, "Stored"):
            pass

    @writes
    def stores_through_a_helper(self) -> None:  # right: the helper writes
        self._store()


def test_the_walk_fails_on_a_service_without_its_marks() -> None:
    assert unmarked(_Careless) == ["_Careless.students"]
    assert wrong_marks(_Careless) == [
        "_Careless.forgot_the_transaction is marked writes but never writes",
        "_Careless.sneaks_a_write is marked reads but writes",
    ]


def test_a_mark_returns_the_function_itself_and_says_its_contract() -> None:
    def student_count() -> int:
        """How many students."""
        return 3

    marked = reads(student_count)
    assert marked is student_count and getattr(marked, MARK) == "reads" and marked() == 3
    assert marked.__doc__ is not None and marked.__doc__.startswith("How many students.")
    assert "never the GUI thread" in marked.__doc__
