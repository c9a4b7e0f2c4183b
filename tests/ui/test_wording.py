"""Built-in names in the teacher's language (autonomy/ui/words/builtin.py), tested without a view: an untouched shipped
default is translated, whatever the teacher wrote is shown as written, and English changes nothing."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from autonomy.core.catalogue import DEFAULT_CATEGORIES, HABITS_OF_MIND
from autonomy.core.charts import ChoicePoint, ClassData, DateRange, DimensionRow, EventPoint, StudentRow
from autonomy.core.ladders import DEFAULT_LADDERS, DEFAULT_STUDENT_TEXTS
from autonomy.services.dto import CategoryInfo, DimensionInfo, LevelInfo
from autonomy.ui.words import builtin, i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def stored(key: str = "workspace") -> DimensionInfo:
    """A built-in dimension as the database holds it after seeding (English)."""
    ladder = next(lad for lad in DEFAULT_LADDERS if lad.key == key)
    return DimensionInfo(ladder.key, ladder.name, ladder.question,
                         tuple(LevelInfo(lv.rank, lv.name, lv.description) for lv in ladder.levels))


def renamed(dim: DimensionInfo, rank: int, name: str, description: str | None = None) -> DimensionInfo:
    levels = tuple(LevelInfo(lv.rank, name, lv.description if description is None else description)
                   if lv.rank == rank else lv for lv in dim.levels)
    return DimensionInfo(dim.key, dim.name, dim.question, levels, dim.builtin)


@pytest.fixture
def english(qtbot):
    i18n.remove()
    yield


# --- the lists lupdate reads ----------------------------------------------------------------------------
def test_the_texts_for_lupdate_are_exactly_the_shipped_defaults() -> None:
    ladders = {text for lad in DEFAULT_LADDERS for text in (lad.name, lad.question)}
    ladders |= {text for lad in DEFAULT_LADDERS for lv in lad.levels for text in (lv.name, lv.description)}
    assert set(builtin.LADDER_TEXTS) == ladders
    assert set(builtin.CATEGORY_TEXTS) == {c.name for c in DEFAULT_CATEGORIES}
    assert set(builtin.HABIT_TEXTS) == {name for _key, name in HABITS_OF_MIND}
    assert set(builtin.STUDENT_TEXTS) == set(DEFAULT_STUDENT_TEXTS.values())


def test_german_has_its_own_words_for_every_built_in_text() -> None:
    root = ET.parse(TRANSLATIONS / "autonomy_de.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == builtin.CONTEXT)
    german = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    for text in (*builtin.LADDER_TEXTS, *builtin.CATEGORY_TEXTS, *builtin.HABIT_TEXTS, *builtin.STUDENT_TEXTS):
        assert german.get(text) and german[text] != text, f"{text!r} has no German of its own"


# --- English: nothing changes ---------------------------------------------------------------------------
def test_in_english_the_stored_words_are_shown(english) -> None:
    for ladder in DEFAULT_LADDERS:
        assert builtin.dimension(stored(ladder.key)) == stored(ladder.key)
    category = CategoryInfo("left_area", "break", "Left the agreed area")
    assert builtin.category(category) == category
    assert builtin.habit_name("persisting") == "Persisting"
    assert builtin.choice_text("workspace", "Assigned seat") == "Assigned seat"


# --- German ---------------------------------------------------------------------------------------------
def test_in_german_an_untouched_default_is_translated(german) -> None:
    shown = builtin.dimension(stored())
    assert (shown.key, shown.name, shown.question) == ("workspace", "Arbeitsort",
                                                       "Wo arbeitet die Schülerin oder der Schüler?")
    assert [lv.name for lv in shown.levels] == ["Fester Platz", "Plätze im Raum", "Vor der Tür",
                                                "Auf dem Flur", "Im ganzen Haus"]
    assert shown.levels[0].description == "Arbeitet an dem Platz, den die Lehrkraft zuweist."
    assert builtin.dimension(stored("pacing")).name == "Tempo"
    assert builtin.category(CategoryInfo("left_area", "break", "Left the agreed area")).name == \
        "Hat den vereinbarten Bereich verlassen"
    assert builtin.category_name_of("Helped a classmate") == "Hat jemandem aus der Klasse geholfen"
    assert builtin.habit_name("persisting") == "Dranbleiben"
    assert builtin.choice_text("workspace", "Spots in the room") == "Plätze im Raum"


def test_in_german_what_the_teacher_wrote_is_shown_as_written(german) -> None:
    dim = renamed(stored(), 1, "Sofaecke", "Darf in der Sofaecke lesen.")
    shown = builtin.dimension(dim)
    assert shown.levels[1].name == "Sofaecke" and shown.levels[1].description == "Darf in der Sofaecke lesen."
    assert shown.levels[0].name == "Fester Platz"  # the untouched levels beside it still follow the language
    # Only the name changed: the shipped description still reads translated.
    only_name = builtin.dimension(renamed(stored(), 2, "Türschwelle"))
    assert only_name.levels[2].name == "Türschwelle"
    assert only_name.levels[2].description == "Darf direkt vor der Tür arbeiten, wo die Lehrkraft sie oder ihn " \
                                              "noch sehen kann."
    # A renamed dimension, a custom dimension that happens to use an English default, a renamed category.
    assert builtin.dimension_name("workspace", "Where I work") == "Where I work"
    assert builtin.dimension(DimensionInfo("partners", "Workspace", "", (LevelInfo(0, "Assigned seat", ""),),
                                           builtin=False)).levels[0].name == "Assigned seat"
    assert builtin.category_name("left_area", "Ist abgehauen") == "Ist abgehauen"
    assert builtin.category_name("my_own", "Helped a classmate") == "Helped a classmate"
    assert builtin.choice_text("workspace", "In der Bibliothek") == "In der Bibliothek"
    assert builtin.choice_text("pacing", "Assigned seat") == "Assigned seat"  # not a pacing level


def test_wording_twice_changes_nothing(german) -> None:
    once = builtin.dimensions([stored(lad.key) for lad in DEFAULT_LADDERS])
    assert builtin.dimensions(once) == once


def test_the_coachs_records_are_worded(german) -> None:
    moment = dt.datetime(2026, 11, 3, 10, tzinfo=dt.UTC)
    ladder = DEFAULT_LADDERS[0]
    data = ClassData(
        "c1", "7B", DateRange(dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
        (StudentRow("s1", "Amira", None),),
        (DimensionRow(ladder.key, ladder.name, tuple(lv.name for lv in ladder.levels)),
         DimensionRow("partners", "Partners", ("Assigned partner", "Own choice"))),
        events=(EventPoint("e1", "s1", "build", "Helped a classmate", "workspace", None, moment),
                EventPoint("e2", "s1", "break", "Ist abgehauen", "workspace", "minor", moment)),
        choices=(ChoicePoint("c1", "s1", moment.date(), "workspace", "Spots in the room", True),
                 ChoicePoint("c2", "s1", moment.date(), "workspace", "Bibliothek", True)),
    )
    worded = builtin.class_data(data)
    assert [d.name for d in worded.dimensions] == ["Arbeitsort", "Partners"]
    assert worded.dimensions[0].level_name(1) == "Plätze im Raum"
    assert worded.dimensions[1].level_names == ("Assigned partner", "Own choice")
    assert [e.category for e in worded.events] == ["Hat jemandem aus der Klasse geholfen", "Ist abgehauen"]
    assert [c.choice for c in worded.choices] == ["Plätze im Raum", "Bibliothek"]
    assert worded.students == data.students and worded.span == data.span
