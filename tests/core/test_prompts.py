"""The reflection prompt library and how prompts are picked for a conversation."""

from __future__ import annotations

import copy
import json
import re
from collections import Counter

import pytest

from autonomy.core.catalogue import HABIT_KEYS
from autonomy.core.errors import InvalidInput, NotFound, RefusedFile
from autonomy.core.ladders import DIMENSION_KEYS, default_ladder
from autonomy.core.prompts import (
    PLACEHOLDERS,
    PURPOSES,
    SEVERITIES,
    PickedPrompt,
    alternatives,
    default_library,
    fill,
    load_library,
    parse_library,
    pick_prompts,
)
from autonomy.core.resources import resource_path

DIMENSIONS = (*DIMENSION_KEYS, None)
SITUATIONS = [("after_break", s) for s in SEVERITIES] + [(p, None) for p in PURPOSES if p != "after_break"]


@pytest.fixture(scope="module")
def library():
    return load_library()


@pytest.fixture(scope="module")
def raw():
    return json.loads(resource_path("prompts", "prompts.json").read_text(encoding="utf-8"))


def situation(dimension: str | None = "workspace") -> dict:
    if dimension is None:
        return dict(name="Maya", dimension=None)
    ladder = default_ladder(dimension)
    return dict(
        name="Maya",
        dimension=dimension,
        dimension_name=ladder.name,
        level_name=ladder.levels[1].name,
        next_level_name=ladder.levels[2].name,
    )


# The library itself


def test_library_validates_and_is_large_enough(library, raw):
    assert raw["format"] == "autonomy-prompts" and raw["version"] == 1
    assert len(library.prompts) >= 60
    assert len({p.id for p in library.prompts}) == len(library.prompts)
    assert default_library() == library


def test_every_purpose_severity_dimension_and_most_habits_are_covered(library):
    assert {p.purpose for p in library.prompts} == set(PURPOSES)
    assert {p.severity for p in library.prompts if p.purpose == "after_break"} == set(SEVERITIES)
    for purpose, severity in SITUATIONS:
        pool = [p for p in library.prompts if (p.purpose, p.severity) == (purpose, severity)]
        tagged = {d for p in pool for d in p.dimensions}
        assert tagged == set(DIMENSION_KEYS), (purpose, severity)
    habits = {h for p in library.prompts for h in p.habits}
    assert habits <= HABIT_KEYS
    assert len(habits) >= 12


def test_placeholders_are_all_known_and_texts_are_plain(library):
    for prompt in library.prompts:
        assert set(re.findall(r"\{(\w*)\}", prompt.text)) <= PLACEHOLDERS, prompt.id
        assert prompt.text.count("{") == prompt.text.count("}") == len(re.findall(r"\{\w+\}", prompt.text))
        assert len(prompt.text) <= 160, prompt.id


def test_serious_conversation_steps_follow_the_restorative_order(library):
    serious = [p for p in library.prompts if p.severity == "serious"]
    assert all(p.order is not None for p in serious)
    assert sorted({p.order for p in serious}) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "change, problem",
    [
        (lambda d: d["prompts"].append(copy.deepcopy(d["prompts"][0])), "more than once"),
        (lambda d: d["prompts"][0].update(purpose="scolding"), "unknown purpose"),
        (lambda d: d["prompts"][0].update(severity="huge"), "severity"),
        (lambda d: d["prompts"][0].update(dimensions=["lunch"]), "unknown dimensions"),
        (lambda d: d["prompts"][0].update(habits=["napping"]), "unknown habits"),
        (lambda d: d["prompts"][0].update(text="Hi {nickname}?"), "unknown placeholder"),
        (lambda d: d["prompts"][0].update(text="Hi {name!r}?"), "unknown placeholder"),
        (lambda d: d["prompts"][0].update(text="Hi {name?"), "text"),
        (lambda d: d["prompts"][0].update(text="  "), "text"),
        (lambda d: d["prompts"][0].update(order=1), "order"),
    ],
)
def test_a_broken_library_is_refused_with_the_reason(raw, change, problem):
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(RefusedFile) as caught:
        parse_library(data)
    assert any(problem in line for line in caught.value.problems), caught.value.details()


def test_wrong_format_or_unreadable_file_is_refused(raw, tmp_path):
    with pytest.raises(RefusedFile):
        parse_library({**raw, "format": "something-else"})
    with pytest.raises(RefusedFile):
        parse_library({**raw, "version": 99})
    broken = tmp_path / "prompts.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(RefusedFile):
        load_library(broken)


# Picking


@pytest.mark.parametrize("dimension", DIMENSIONS)
@pytest.mark.parametrize(
    "purpose, severity, expected",
    [
        ("after_break", "minor", 1),
        ("after_break", "moderate", 3),
        ("after_break", "serious", 5),
        ("step_up", None, 2),
        ("goal", None, 2),
        ("follow_up", None, 2),
    ],
)
def test_picks_fit_the_situation(library, purpose, severity, expected, dimension):
    picked = pick_prompts(library, purpose=purpose, severity=severity, **situation(dimension))
    assert len(picked) == expected
    assert len({p.id for p in picked}) == expected
    for item in picked:
        prompt = library.get(item.id)
        assert (prompt.purpose, prompt.severity) == (purpose, severity)
        assert not prompt.dimensions or dimension in prompt.dimensions
        assert "{" not in item.text and "}" not in item.text


def test_serious_break_gives_the_whole_conversation_in_order(library):
    picked = pick_prompts(library, purpose="after_break", severity="serious", **situation("pacing"))
    assert [library.get(p.id).order for p in picked] == [1, 2, 3, 4, 5]
    first_two = pick_prompts(library, purpose="after_break", severity="serious", count=2, **situation())
    assert [library.get(p.id).order for p in first_two] == [1, 2]


def test_count_can_be_chosen(library):
    assert len(pick_prompts(library, purpose="goal", name="Ali", count=4)) == 4
    with pytest.raises(InvalidInput):
        pick_prompts(library, purpose="goal", name="Ali", count=0)


def test_unknown_purpose_or_missing_severity_is_refused(library):
    with pytest.raises(InvalidInput):
        pick_prompts(library, purpose="lecture", name="Ali")
    with pytest.raises(InvalidInput):
        pick_prompts(library, purpose="after_break", name="Ali")


def test_prompts_tagged_with_the_dimension_and_habit_are_preferred(library):
    for dimension in DIMENSION_KEYS:
        picked = pick_prompts(library, purpose="after_break", severity="minor", **situation(dimension))
        assert dimension in library.get(picked[0].id).dimensions
    picked = pick_prompts(library, purpose="follow_up", habit="humour", name="Ali")
    assert "humour" in library.get(picked[0].id).habits


def test_placeholders_are_filled_with_the_situation(library):
    texts = [
        fill(
            p.text,
            name="Maya",
            dimension_name="Choice of work",
            level_name="Assigned task",
            next_level_name="Choice among set tasks",
        )
        for p in library.prompts
    ]
    joined = " ".join(texts)
    assert "{" not in joined and "}" not in joined
    assert "Maya" in joined and "in choice of work" in joined
    assert "“Assigned task”" in joined and "“Choice among set tasks”" in joined
    picked = pick_prompts(
        library,
        purpose="step_up",
        name="Maya",
        dimension="choice",
        seed=3,
        dimension_name="Choice of work",
        next_level_name="Choice among set tasks",
        level_name="Assigned task",
        count=20,
    )
    assert any("“Choice among set tasks”" in p.text for p in picked)


def test_missing_values_leave_no_placeholder_and_read_sensibly(library):
    for prompt in library.prompts:
        text = fill(prompt.text)
        assert "{" not in text and "}" not in text, prompt.id
        assert not re.search(r" [,?.!]|,[?.!]|^[a-z]", text), text
    assert fill("{name}, what got in the way?") == "What got in the way?"
    assert fill("Well done, {name}! Ready for {next_level} in {dimension}?") == (
        "Well done! Ready for the next step in this area?"
    )
    assert fill("How was it, {name}?", name="  ") == "How was it?"


def test_filled_values_are_not_read_as_placeholders():
    text = fill("Hi, {name}. Step: {level}", name="{level}", level_name="{name}")
    assert text == "Hi, {level}. Step: “{name}”"


@pytest.mark.parametrize("dimension", DIMENSIONS)
@pytest.mark.parametrize("purpose, severity", SITUATIONS)
def test_a_student_never_hears_the_same_prompt_twice_in_a_row(library, purpose, severity, dimension):
    recent: list[str] = []
    heard: Counter[str] = Counter()
    for round_ in range(20):
        picked = pick_prompts(
            library,
            purpose=purpose,
            severity=severity,
            recent_ids=recent,
            seed=round_,
            **situation(dimension),
        )
        ids = [p.id for p in picked]
        assert not set(ids) & set(recent), (round_, ids, recent)
        heard.update(ids)
        recent = ids
    assert len(heard) >= 2 * len(picked)


def test_recent_prompts_are_used_only_when_nothing_else_fits(library):
    pool = [p.id for p in library.prompts if p.purpose == "goal" and not p.dimensions]
    picked = pick_prompts(library, purpose="goal", name="Ali", recent_ids=pool[:-1])
    assert picked[0].id == pool[-1]
    assert len(picked) == 2  # the second had to come from the recent ones


def test_picking_is_deterministic(library):
    for purpose, severity in SITUATIONS:
        args = dict(purpose=purpose, severity=severity, recent_ids=["goal-01", "break-minor-03"], seed=7)
        first = pick_prompts(library, **args, **situation("demonstration"))
        assert first == pick_prompts(library, **args, **situation("demonstration"))
        assert all(isinstance(p, PickedPrompt) for p in first)


def test_different_seeds_vary_the_picks(library):
    seen = {tuple(p.id for p in pick_prompts(library, purpose="goal", name="Ali", seed=s)) for s in range(10)}
    assert len(seen) > 1


def test_alternatives_exclude_the_current_prompt_and_keep_its_place(library):
    picked = pick_prompts(library, purpose="after_break", severity="serious", **situation("workspace"))
    for item in picked:
        current = library.get(item.id)
        others = alternatives(library, item.id, **situation("workspace"))
        assert others and item.id not in {o.id for o in others}
        for other in others:
            prompt = library.get(other.id)
            assert (prompt.purpose, prompt.severity, prompt.order) == (
                current.purpose,
                current.severity,
                current.order,
            )
            assert "{" not in other.text
    minor = alternatives(library, "break-minor-01", dimension="pacing", exclude=["break-minor-02"])
    ids = {o.id for o in minor}
    assert "break-minor-01" not in ids and "break-minor-02" not in ids
    assert "pacing" in library.get(minor[0].id).dimensions
    assert all(not library.get(i).dimensions or "pacing" in library.get(i).dimensions for i in ids)
    with pytest.raises(NotFound):
        alternatives(library, "no-such-prompt")


def test_a_language_added_as_data_brings_its_own_wording(tmp_path) -> None:
    """A third language needs no code: its library says how to fill a missing name or level."""
    from autonomy.core import prompts

    english = json.loads(resource_path("prompts", "prompts.json").read_text(encoding="utf-8"))
    english["language"] = "xx"
    english["wording"] = {"neutral": {"name": "toi", "dimension": "ce domaine", "level": "ton palier",
                                      "next_level": "le palier suivant"}, "quotes": ["« ", " »"],
                          "missing": [["level", r"\bau palier \{level\}", "à ton palier"]]}
    path = tmp_path / "prompts.xx.json"
    path.write_text(json.dumps(english), encoding="utf-8")
    try:
        library = prompts.load_library(path, language="xx")
        assert library.language == "xx"
        assert prompts.fill("{name}, au palier {level} ?", language="xx") == "À ton palier ?"
        assert prompts.fill("Prêt pour {next_level}, {name} ?", name="Lou", next_level_name="Couloir",
                            language="xx") == "Prêt pour « Couloir », Lou ?"
    finally:
        prompts.WORDING.pop("xx", None)
