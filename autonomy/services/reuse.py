"""Reads asked together answer each question once: while `shared()` is open (one lane job holding the reads
several views asked for after a change), a read wrapped in `remembered` with the same key runs once and the
others get its answer. Within one job that is as current as running it again: the job reads, it does not write.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")

_answers: ContextVar[dict[Hashable, Any] | None] = ContextVar("autonomy_shared_reads", default=None)


@contextmanager
def shared() -> Iterator[None]:
    token = _answers.set({})
    try:
        yield
    finally:
        _answers.reset(token)


@contextmanager
def one_job() -> Iterator[None]:
    """`shared()`, unless a shared block is open already (then its answers are used): for a read that asks the
    same question twice in one transaction, whoever called it."""
    if _answers.get() is not None:
        yield
        return
    with shared():
        yield


def remembered(key: Hashable, read: Callable[[], T]) -> T:
    """`read()`, or the answer it gave earlier inside the same `shared()` block."""
    answers = _answers.get()
    if answers is None:
        return read()
    if key not in answers:
        answers[key] = read()
    return answers[key]


def answered(key: Hashable) -> bool:
    """Whether `remembered(key, ...)` would give an earlier answer (it runs no statement)."""
    answers = _answers.get()
    return answers is not None and key in answers


def offer(key: Hashable, answer: Any) -> None:
    """Keep `answer` as what `remembered(key, ...)` gives later inside the same `shared()` block: a read that
    learnt it on the way (the same rows, in the same job) spares the statement. Outside `shared()`, nothing."""
    answers = _answers.get()
    if answers is not None:
        answers.setdefault(key, answer)
