"""A teacher's ladders move with their data: an import takes the file's ladder over an untouched built-in one,
keeps this database's where both were edited (and says so), and never drops a level the file's records use."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.core.phrases import english
from autonomy.services import Services
from tests.services.helpers import state, unchanged

BUILT_IN = {ladder.key: [lv.name for lv in ladder.levels] for ladder in DEFAULT_LADDERS}


def _names(services: Services, key: str) -> list[str]:
    return [lv.name for lv in next(d for d in services.levels.dimensions() if d.key == key).levels]


@pytest.fixture
def teachers_file(services: Services, classroom, students) -> dict[str, Any]:
    """An export from a database whose workspace ladder the teacher renamed (a level's name and another's
    description) and which has a custom dimension, with level changes in both."""
    services.levels.rename_level("workspace", 1, "Reading corner")
    services.levels.rename_level("workspace", 3, "Along the hallway", "Within sight of the office.")
    services.levels.add_dimension("Who with", [("Alone", ""), ("Pairs", "With one partner"), ("Groups", "")])
    services.levels.change_level(students[0].id, "workspace", 1)
    services.levels.change_level(students[0].id, "who_with", 2)
    return services.exchange.export_document()


def test_a_fresh_database_takes_the_teachers_ladders(teachers_file: dict[str, Any], other: Services) -> None:
    result = other.exchange.import_document(teachers_file)
    assert _names(other, "workspace")[1] == "Reading corner"
    assert next(d for d in other.levels.dimensions() if d.key == "workspace").levels[3].description == \
        "Within sight of the office."
    assert _names(other, "who_with") == ["Alone", "Pairs", "Groups"]
    assert _names(other, "pacing") == BUILT_IN["pacing"]  # the same on both sides: nothing to say
    assert result.updated == {"dimensions": 1}
    assert result.added["dimensions"] == 1 and result.already_present["dimensions"] == 3
    assert [(n.dimension, n.took) for n in result.ladders] == [("workspace", "file")]
    assert "still the built-in one" in result.ladder_sentences()[0]
    exported = other.exchange.export_document()
    assert exported["dimensions"] == teachers_file["dimensions"]


def test_taking_a_ladder_is_one_undo_step(teachers_file: dict[str, Any], other: Services) -> None:
    other.exchange.import_document(teachers_file)
    step = other.history.can_undo()
    assert step is not None and english(step.label) == "Took the ladders of Workspace from an imported file"
    imported = state(other)
    other.history.undo()
    assert _names(other, "workspace") == BUILT_IN["workspace"]
    assert len(other.exchange.export_document()["events"]) == len(teachers_file["events"])  # the records stay
    other.history.redo()
    assert state(other) == imported


def test_reimporting_after_taking_changes_nothing(teachers_file: dict[str, Any], other: Services) -> None:
    other.exchange.import_document(teachers_file)
    with unchanged(other):
        result = other.exchange.import_document(teachers_file)
    assert result.updated == {} and result.ladders == ()


def test_where_both_edited_a_ladder_this_databases_is_kept_and_said(teachers_file: dict[str, Any],
                                                                    other: Services) -> None:
    other.levels.rename_level("workspace", 1, "Window seats")
    doc = copy.deepcopy(teachers_file)
    workspace = next(d for d in doc["dimensions"] if d["key"] == "workspace")
    workspace["levels"] += [{"rank": 5, "name": "Anywhere on site", "description": "With a plan."},
                            {"rank": 6, "name": "Off site", "description": ""}]
    change = next(c for c in doc["level_changes"] if c["dimension"] == "workspace")
    doc["level_changes"].append({**change, "id": "0b7c2a5e-5d1e-4c1a-9a3e-6f1f2d4c8b90", "from_level": 1,
                                 "to_level": 6})
    result = other.exchange.import_document(doc)
    names = _names(other, "workspace")
    assert names[1] == "Window seats"  # ours
    assert names[5:] == ["Anywhere on site", "Off site"]  # the teacher's levels above our top are added
    (note,) = result.ladders
    assert (note.dimension, note.took, note.added_levels) == ("workspace", "installation", (5, 6))
    assert "edited here as well as in the file" in note.sentence() and "levels 5, 6 were added" in note.sentence()
    assert {c["to_level"] for c in other.exchange.export_document()["level_changes"]} >= {6}
    # nothing of ours was changed
    assert english(other.history.can_undo().label) == "Renamed a level of Workspace to ‘Window seats’"


def test_a_shorter_ladder_replaces_the_built_in_one_without_dropping_used_levels(services: Services, classroom,
                                                                                students, other: Services) -> None:
    doc = services.exchange.export_document()
    workspace = next(d for d in doc["dimensions"] if d["key"] == "workspace")
    workspace["levels"] = [{"rank": 0, "name": "Seat", "description": ""},
                           {"rank": 1, "name": "Room", "description": ""},
                           {"rank": 2, "name": "Building", "description": ""}]
    unused = other.exchange.import_document(copy.deepcopy(doc))
    assert _names(other, "workspace") == ["Seat", "Room", "Building"]
    assert unused.ladders[0].kept_levels == ()
    # A database whose records use the top of the built-in ladder keeps those levels (and says why).
    third = services  # this one: Amira is at level 4 in workspace
    third.levels.change_level(students[0].id, "workspace", 4)
    doc["classrooms"], doc["students"] = [], []
    result = third.exchange.import_document(doc)
    assert _names(third, "workspace") == ["Seat", "Room", "Building", *BUILT_IN["workspace"][3:]]
    assert result.ladders[0].kept_levels == (3, 4)
    assert "because records use them" in result.ladder_sentences()[0]


def test_a_file_carrying_the_built_in_ladder_leaves_an_edited_one_alone(other: Services, services: Services,
                                                                        classroom) -> None:
    other.levels.rename_level("pacing", 2, "Our weekly plan")
    with unchanged(other):
        result = other.exchange.import_document({**services.exchange.export_document(), "classrooms": []})
    assert result.ladders == () and _names(other, "pacing")[2] == "Our weekly plan"


def test_a_file_without_descriptions_or_questions_keeps_ours(other: Services, demo_doc: dict[str, Any]) -> None:
    """Files made by hand (and the demo) leave them out: not given is not "" ."""
    for dimension in demo_doc["dimensions"]:
        dimension.pop("question", None)
        for level in dimension["levels"]:
            level.pop("description", None)
    result = other.exchange.import_document(demo_doc)
    assert result.ladders == () and other.history.can_undo() is None
    assert other.levels.dimensions()[0].question == DEFAULT_LADDERS[0].question
