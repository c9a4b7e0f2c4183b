"""The ladders an import brings: a teacher's renamed or extended ladders move with their data.

For each dimension of the file that this database already has:
- the same ladder on both sides: nothing to do;
- this database's ladder is still the built-in one (core/ladders.py, word for word) and the file's is not: the
  file's ladder is taken (its names, descriptions and question), so suggestions speak of the levels the teacher
  used. Installed levels above the file's top go, unless a stored or imported record uses them;
- both were edited (a custom dimension counts as edited): this database's ladder is kept, and the result says so;
- the file's ladder is the built-in one: this database's is kept, nothing to say.
Whatever the outcome, the file's levels above the installed top are added (its records may use them), and a
dimension this database lacks is added whole.

Names and descriptions taken from the file are ORM changes inside the import's transaction, so they are one
undo step ("Took … ladders from an imported file"); levels and dimensions the import adds are, like every
imported record, not undone (the imported level changes may use them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from autonomy.core import phrases
from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.services.unit import relabel
from autonomy.storage.models import Dimension, Level, LevelChange, SelfRating, new_id

_BUILT_IN = {ladder.key: ladder for ladder in DEFAULT_LADDERS}


@dataclass(frozen=True)
class LadderNote:
    """What an import did with one dimension's ladder, when it was not simply the same on both sides."""

    dimension: str
    took: str  # "file" (the file's ladder replaced the built-in one here) or "installation" (ours was kept)
    why: str
    added_levels: tuple[int, ...] = ()  # ranks added from the file above the installed top
    kept_levels: tuple[int, ...] = ()  # installed ranks above the file's top kept because records use them

    def sentence(self) -> str:
        text = f"{self.dimension}: {self.why}"
        if self.added_levels:
            text += f"; {_levels(self.added_levels)} added from the file"
        if self.kept_levels:
            kept = self.kept_levels
            text += f"; {_levels(kept)} kept from this database, because records use {_it(kept)}"
        return text + "."


def _it(ranks: tuple[int, ...]) -> str:
    return "it" if len(ranks) == 1 else "them"


def _levels(ranks: tuple[int, ...]) -> str:
    """'level 5 was' or 'levels 5, 6 were'."""
    if len(ranks) == 1:
        return f"level {ranks[0]} was"
    return f"levels {', '.join(str(r) for r in ranks)} were"


def _same_levels(a: Sequence[tuple[str, str | None]], b: Sequence[tuple[str, str]]) -> bool:
    """The file's levels (a description may be left out: None) against stored ones."""
    return len(a) == len(b) and all(n == m and (d is None or d == e) for (n, d), (m, e) in zip(a, b, strict=True))


def _file_levels(dim: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(lv["name"], lv["description"]) for lv in sorted(dim["levels"], key=lambda lv: lv["rank"])]


def _is_built_in(key: str, name: str, question: str | None, levels: Sequence[tuple[str, str | None]]) -> bool:
    ladder = _BUILT_IN.get(key)
    if ladder is None:
        return False
    return (name == ladder.name and (question is None or question == ladder.question)
            and _same_levels(levels, [(lv.name, lv.description) for lv in ladder.levels]))


def merge_ladders(session: Session, dimensions: list[dict[str, Any]], used: dict[str, int]) -> tuple[
        int, int, int, tuple[LadderNote, ...]]:
    """Store the file's `dimensions` as described above. `used`: dimension -> the highest rank the file's own
    records use. Returns (dimensions added, ladders taken from the file, ladders left as they are, notes)."""
    stored = {d.key: d for d in session.scalars(select(Dimension))}
    levels: dict[str, list[Level]] = {}
    for level in session.scalars(select(Level).order_by(Level.dimension_key, Level.rank)):
        levels.setdefault(level.dimension_key, []).append(level)
    added = 0
    notes: list[LadderNote] = []
    new_levels: list[dict[str, Any]] = []
    position = (session.scalar(select(func.max(Dimension.position))) or 0) + 1

    def add_above(key: str, ours: int, file_levels: list[tuple[str, str | None]], upto: int) -> tuple[int, ...]:
        ranks = tuple(range(ours, min(len(file_levels), upto + 1)))
        new_levels.extend({"id": new_id(), "dimension_key": key, "rank": rank, "name": file_levels[rank][0],
                           "description": file_levels[rank][1] or "",
                           "student_text": student_texts.get(rank) or ""} for rank in ranks)
        return ranks

    for dim in dimensions:
        key, mine = dim["key"], stored.get(dim["key"])
        file_levels = _file_levels(dim)
        student_texts = {lv["rank"]: lv.get("student_text") for lv in dim["levels"]}
        # A student's sentence this database never wrote (empty: the app's own) is taken from the file; one a
        # teacher wrote here stays, whatever the file says.
        for level in levels.get(key, []):
            if not level.student_text and student_texts.get(level.rank):
                level.student_text = student_texts[level.rank] or ""
        if mine is None:
            session.execute(insert(Dimension).values(key=key, name=dim["name"], question=dim["question"] or "",
                                                     position=position, builtin=False))
            position += 1
            add_above(key, 0, file_levels, len(file_levels))
            added += 1
            continue
        ours = levels.get(key, [])
        installed = [(lv.name, lv.description) for lv in ours]
        every = len(file_levels)
        if (dim["name"] == mine.name and dim["question"] in (None, mine.question) and every >= len(ours)
                and _same_levels(file_levels[:len(ours)], installed)):
            # The same ladder, perhaps with more levels on top: those are the teacher's and are added.
            grown = add_above(key, len(ours), file_levels, every)
            if grown:
                notes.append(LadderNote(key, "installation", "this database's ladder was kept", grown))
            continue
        if _is_built_in(key, dim["name"], dim["question"], file_levels):
            # The file only carried the built-in ladder; ours was edited here and stays. The built-in levels
            # above our top are added only where the file's records use them.
            grown = add_above(key, len(ours), file_levels, used.get(key, -1))
            if grown:
                notes.append(LadderNote(key, "installation", "this database's ladder was kept", grown))
            continue
        if not _is_built_in(key, mine.name, mine.question, installed):
            grown = add_above(key, len(ours), file_levels, every)
            notes.append(LadderNote(key, "installation", "this database's ladder was kept, because it was edited "
                                    "here as well as in the file (the file's names were not taken)", grown))
            continue
        # This database still has the built-in ladder: the teacher's ladder from the file replaces it.
        mine.name = dim["name"]
        if dim["question"] is not None:
            mine.question = dim["question"]
        for level, (name, text) in zip(ours, file_levels, strict=False):
            level.name = name
            if text is not None:
                level.description = text
        grown = add_above(key, len(ours), file_levels, every)
        kept = _drop_unused(session, key, ours[every:], max(used.get(key, 0), every - 1))
        notes.append(LadderNote(key, "file", "the file's ladder was taken, because this database's was still "
                                "the built-in one", grown, kept))
    session.flush()  # the renames are recorded (undo) now, before the added levels go in
    if new_levels:
        session.execute(insert(Level), new_levels)
    taken = [n.dimension for n in notes if n.took == "file"]
    if taken:
        relabel(session, phrases.label(phrases.TOOK_LADDERS, keys=taken,
                                       names=[d.name for d in session.scalars(select(Dimension).where(
                                           Dimension.key.in_(taken)).order_by(Dimension.position))]))
    return added, len(taken), len(dimensions) - added - len(taken), tuple(notes)


def _drop_unused(session: Session, key: str, extra: list[Level], highest_used: int) -> tuple[int, ...]:
    """Delete the installed levels above the file's top that no record uses; returns the ranks kept."""
    if not extra:
        return ()
    changes = session.execute(select(func.max(LevelChange.from_level), func.max(LevelChange.to_level))
                              .where(LevelChange.dimension_key == key)).one()
    rated = session.scalar(select(func.max(SelfRating.level)).where(SelfRating.dimension_key == key))
    top = max(highest_used, *(value or 0 for value in (*changes, rated)))
    for level in extra:
        if level.rank > top:
            session.delete(level)
    return tuple(level.rank for level in extra if level.rank <= top)
