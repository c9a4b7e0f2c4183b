"""Ladders, current levels and level changes: the latest change is the level; ladders are editable data."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from autonomy.core import phrases
from autonomy.core.errors import Conflict, InvalidInput, NotFound
from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.services import Services
from autonomy.services.dto import LevelChangeInfo
from tests.services.helpers import unchanged

KEYS = [ladder.key for ladder in DEFAULT_LADDERS]
DAY = dt.datetime(2026, 10, 1, 15, tzinfo=dt.UTC)

EVIDENCE = ("e1000000-0000-4000-8000-000000000001", "e2000000-0000-4000-8000-000000000002")  # event ids (UUIDs)


def test_built_in_ladders(services: Services) -> None:
    dims = services.levels.dimensions()
    assert [d.key for d in dims] == KEYS
    for dim, ladder in zip(dims, DEFAULT_LADDERS, strict=True):
        assert dim.builtin is True
        assert [(lv.rank, lv.name) for lv in dim.levels] == [(lv.rank, lv.name) for lv in ladder.levels]
        assert dim.top == 4


def test_nothing_changed_means_level_zero_everywhere(services: Services, classroom, students) -> None:
    assert services.levels.level_of(students[0].id, "pacing") == 0
    assert services.levels.history(students[0].id) == []
    assert services.levels.current_levels(classroom.id) == {s.id: dict.fromkeys(KEYS, 0) for s in students}


def test_change_level_returns_frozen_plain_data(services: Services, students) -> None:
    change = services.levels.change_level(students[0].id, "workspace", 2, reason=" Ready ", at=DAY,
                                          evidence=EVIDENCE)
    assert type(change) is LevelChangeInfo
    assert (change.student_id, change.dimension, change.from_level, change.to_level, change.at, change.reason,
            change.source, change.evidence) == (students[0].id, "workspace", 0, 2, DAY, "Ready", "manual",
                                                EVIDENCE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.to_level = 4  # type: ignore[misc]


def test_the_latest_change_is_the_current_level(services: Services, classroom, students) -> None:
    amira, ben = students[0].id, students[1].id
    services.levels.change_level(amira, "workspace", 1, at=DAY)
    services.levels.change_level(amira, "workspace", 3, at=DAY + dt.timedelta(days=7), source="suggestion")
    back = services.levels.change_level(amira, "workspace", 2, at=DAY + dt.timedelta(days=9), source="reflection")
    services.levels.change_level(ben, "pacing", 4)
    assert back.from_level == 3
    assert services.levels.level_of(amira, "workspace") == 2
    assert services.levels.level_of(amira, "pacing") == 0
    assert [(c.from_level, c.to_level, c.source) for c in services.levels.history(amira)] == [
        (0, 1, "manual"), (1, 3, "suggestion"), (3, 2, "reflection")]
    levels = services.levels.current_levels(classroom.id)
    assert levels[amira] == {**dict.fromkeys(KEYS, 0), "workspace": 2}
    assert levels[ben] == {**dict.fromkeys(KEYS, 0), "pacing": 4}
    assert levels[students[2].id] == dict.fromkeys(KEYS, 0)


def test_current_levels_are_per_classroom(services: Services, classroom, students) -> None:
    other = services.roster.create_classroom("8A History")
    outsider = services.roster.add_student(other.id, "Dana Lee")
    services.levels.change_level(outsider.id, "choice", 3)
    services.levels.change_level(students[0].id, "choice", 1)
    assert set(services.levels.current_levels(classroom.id)) == {s.id for s in students}
    assert services.levels.current_levels(other.id) == {outsider.id: {**dict.fromkeys(KEYS, 0), "choice": 3}}


@pytest.mark.parametrize("level", [0, 2])
def test_changing_to_the_same_level_is_refused(services: Services, students, level: int) -> None:
    if level:
        services.levels.change_level(students[0].id, "pacing", level)
    with unchanged(services), pytest.raises(Conflict):
        services.levels.change_level(students[0].id, "pacing", level)


@pytest.mark.parametrize(
    ("dimension", "level", "field"),
    [("workspace", 5, "level"), ("workspace", -1, "level"), ("workspace", True, "level"),
     ("workspace", "2", "level"), ("singing", 1, "dimension")],
)
def test_level_outside_the_ladder_or_unknown_dimension(services: Services, students, dimension, level,
                                                       field: str) -> None:
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.levels.change_level(students[0].id, dimension, level)
    assert caught.value.field == field


def test_refused_level_changes(services: Services, students) -> None:
    services.levels.change_level(students[0].id, "choice", 1, at=DAY)
    with unchanged(services):
        with pytest.raises(InvalidInput) as caught:
            services.levels.change_level(students[0].id, "choice", 2, at=dt.datetime.now(dt.UTC)
                                         + dt.timedelta(days=1))
        assert caught.value.field == "date"
        with pytest.raises(InvalidInput) as caught:
            services.levels.change_level(students[0].id, "choice", 2, reason="r" * 20_001)
        assert caught.value.field == "reason"
        with pytest.raises(InvalidInput) as caught:
            services.levels.change_level(students[0].id, "choice", 2, source="hunch")
        assert caught.value.field == "source"
        with pytest.raises(NotFound):
            services.levels.change_level("no-such-student", "choice", 2)


def test_a_change_dated_before_the_latest_one_is_refused(services: Services, students) -> None:
    # Stored behind a later change it would never become the current level, though it reported success.
    services.levels.change_level(students[0].id, "workspace", 2, at=DAY)
    with unchanged(services), pytest.raises(InvalidInput) as caught:
        services.levels.change_level(students[0].id, "workspace", 3, at=DAY - dt.timedelta(days=3))
    assert caught.value.field == "date"
    assert services.levels.level_of(students[0].id, "workspace") == 2
    # Other dimensions and other students have their own timelines.
    services.levels.change_level(students[0].id, "pacing", 1, at=DAY - dt.timedelta(days=3))
    services.levels.change_level(students[1].id, "workspace", 1, at=DAY - dt.timedelta(days=3))
    assert services.levels.change_level(students[0].id, "workspace", 3).from_level == 2


def test_rename_level_and_refusals(services: Services) -> None:
    renamed = services.levels.rename_level("workspace", 1, "  Reading  nook ", "The corner with cushions.")
    level = renamed.levels[1]
    assert (level.rank, level.name, level.description) == (1, "Reading nook", "The corner with cushions.")
    assert renamed.levels[0] == services.levels.dimensions()[0].levels[0]
    assert services.levels.rename_level("workspace", 1, "Nook").levels[1].description == "The corner with cushions."
    with unchanged(services):
        with pytest.raises(InvalidInput):
            services.levels.rename_level("workspace", 5, "Roof")
        with pytest.raises(InvalidInput):
            services.levels.rename_level("workspace", 2, "   ")
        with pytest.raises(InvalidInput):
            services.levels.rename_level("singing", 0, "Solo")
        with pytest.raises(InvalidInput):
            services.levels.rename_level("workspace", 2, "Outside", "d" * 2001)


def test_rename_level_is_undoable(services: Services) -> None:
    original = services.levels.dimensions()
    services.levels.rename_level("pacing", 3, "Own deadlines")
    services.history.undo()
    assert services.levels.dimensions() == original


def test_add_dimension_with_its_own_ladder(services: Services, students) -> None:
    added = services.levels.add_dimension("Who they work with", [("Alone", "On their own."), ("Pairs", ""),
                                                                 ("Groups", "Any group they choose.")],
                                          question="Who does the student work with?")
    assert (added.key, added.name, added.builtin, added.top) == ("who_they_work_with", "Who they work with",
                                                                 False, 2)
    assert [lv.name for lv in added.levels] == ["Alone", "Pairs", "Groups"]
    assert services.levels.dimensions()[-1] == added
    assert services.levels.change_level(students[0].id, added.key, 2).to_level == 2
    with unchanged(services), pytest.raises(InvalidInput):
        services.levels.change_level(students[0].id, added.key, 3)


def test_add_dimension_refusals(services: Services) -> None:
    services.levels.add_dimension("Who with", [("Alone", ""), ("Pairs", "")])
    with unchanged(services):
        with pytest.raises(InvalidInput):
            services.levels.add_dimension("Timing", [("Only one", "")])
        with pytest.raises(InvalidInput):
            services.levels.add_dimension("Timing", [("Fine", ""), ("  ", "")])
        with pytest.raises(InvalidInput):
            services.levels.add_dimension("  ", [("A", ""), ("B", "")])
        with pytest.raises(Conflict):
            services.levels.add_dimension("Who  With", [("A", ""), ("B", "")])
        with pytest.raises(Conflict):
            services.levels.add_dimension("Workspace", [("A", ""), ("B", "")])


def test_add_dimension_undo_and_redo(services: Services, classroom, students) -> None:
    before = services.levels.dimensions()
    added = services.levels.add_dimension("Who with", [("Alone", ""), ("Pairs", "")])
    after = services.levels.dimensions()
    services.history.undo()
    assert services.levels.dimensions() == before
    assert added.key not in services.levels.current_levels(classroom.id)[students[0].id]
    services.history.redo()
    assert services.levels.dimensions() == after
    assert services.levels.current_levels(classroom.id)[students[0].id][added.key] == 0


def test_renaming_several_levels_is_one_undo_step(services: Services) -> None:
    original = services.levels.dimensions()
    before = len(services.history.recent(100))
    renamed = services.levels.rename_levels("workspace", [(0, "Home seat", None), (2, "By the door", "In sight.")])
    assert [level.name for level in renamed.levels][:3] == ["Home seat", original[0].levels[1].name, "By the door"]
    assert len(services.history.recent(100)) == before + 1
    assert phrases.english(services.history.can_undo().label) == "Renamed 2 levels of Workspace"
    services.history.undo()
    assert services.levels.dimensions() == original
    with unchanged(services), pytest.raises(InvalidInput):  # one refused rename: none of them
        services.levels.rename_levels("workspace", [(0, "Home seat", None), (9, "Roof", None)])
