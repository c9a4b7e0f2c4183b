"""Phrases (autonomy/core/phrases.py): what happened stored as a kind plus parameters, never as a sentence."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from autonomy.core import phrases
from autonomy.core.suggestion_facts import StepUpReasons, Suggestion
from autonomy.core.types import SuggestionKind


def test_a_label_is_typed_data_and_reads_back() -> None:
    stored = phrases.label(phrases.LOGGED, category="Helped a classmate", category_key="helped_peer",
                           students=["Amara Otieno"])
    assert json.loads(stored)["kind"] == "logged" and stored.startswith(phrases.MARK)
    found = phrases.decode(stored)
    assert found == phrases.Phrase("logged", {"category": "Helped a classmate", "category_key": "helped_peer",
                                              "students": ["Amara Otieno"]})
    assert phrases.english(stored) == "Logged ‘Helped a classmate’ for Amara Otieno"


@pytest.mark.parametrize("text", ["Changed level", "Archived student", "Logged “Helped” for Ben", "",
                                  '{"phrase":1,"kind":"no such kind"}', '{"phrase":1, not json',
                                  '{"phrase":2,"kind":"logged"}'])
def test_plain_text_and_what_is_not_a_phrase_read_as_written(text: str) -> None:
    """An old database's English label, a teacher's reason, or text that only looks like a phrase."""
    assert phrases.decode(text) is None
    assert phrases.english(text) == text


def test_a_label_for_a_whole_class_fits_the_column_and_counts_the_rest() -> None:
    names = [f"Student number {i:02d} with a long family name" for i in range(40)]
    stored = phrases.label(phrases.LOGGED, category="Stayed on task away from the teacher", students=names)
    assert len(stored) <= phrases.LABEL_LIMIT
    found = phrases.decode(stored)
    assert found is not None
    kept = found.names("students")
    assert kept == names[:len(kept)] and len(kept) + found.number("more") == 40
    assert phrases.english(stored) == ("Logged ‘Stayed on task away from the teacher’ for Student number 00 with a "
                                       "long family name, Student number 01 with a long family name and 38 more")


def test_one_very_long_name_is_shortened_not_cut_mid_json() -> None:
    stored = phrases.label(phrases.ADDED_STUDENT, name="N" * 400)
    found = phrases.decode(stored)
    assert len(stored) <= phrases.LABEL_LIMIT and found is not None and found.text("name").endswith("…")


def test_a_sentence_without_the_names_it_needs_is_said_without_them() -> None:
    assert phrases.english(phrases.label(phrases.CHANGED_LEVEL)) == "A change"
    assert phrases.english(phrases.label(phrases.LOGGED)) == "Logged a moment"


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError):
        phrases.label("shouted")


def step_up() -> Suggestion:
    reasons = StepUpReasons(4, 4, dt.date(2026, 11, 2), None)
    return Suggestion(SuggestionKind.STEP_UP, "s1", "Amara Otieno", "c1", "workspace", 1, 2, (), "(English)", reasons)


def test_an_accepted_suggestion_is_stored_with_its_facts_and_rebuilt() -> None:
    stored = phrases.suggestion_reason(step_up(), "Workspace", {1: "Spots in the room", 2: "Just outside, in sight"},
                                       dt.date(2026, 11, 20))
    found = phrases.decode(stored)
    assert found is not None and found.kind == phrases.SUGGESTED and "(English)" not in stored
    rebuilt = phrases.suggestion_of(found)
    assert rebuilt is not None
    assert (rebuilt.kind, rebuilt.student_name, rebuilt.dimension, rebuilt.from_level, rebuilt.to_level) == (
        SuggestionKind.STEP_UP, "Amara Otieno", "workspace", 1, 2)
    assert rebuilt.reasons == step_up().reasons
    assert phrases.day_of(found) == dt.date(2026, 11, 20)
    assert phrases.english(stored) == ("Accepted the suggestion to step up in Workspace from 'Spots in the room' "
                                       "to 'Just outside, in sight'.")


def test_in_a_file_the_phrase_carries_its_english_words_and_comes_back_without_them() -> None:
    stored = phrases.suggestion_reason(step_up(), "Workspace", {1: "Spots", 2: "Outside"}, dt.date(2026, 11, 20))
    in_file = phrases.for_file(stored)
    assert json.loads(in_file)["words"] == phrases.english(stored)
    assert phrases.from_file(in_file) == stored
    assert phrases.for_file("Earned it") == phrases.from_file("Earned it") == "Earned it"
