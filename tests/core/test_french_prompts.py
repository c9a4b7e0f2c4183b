"""The French prompt library: the same prompts as the English one (ids, tags, order, placeholders), every one
French whether or not the values are known (tu, « » with narrow no-break spaces, the whole phrase replaced
when a value is missing), and picked in French."""

from __future__ import annotations

import re

import pytest

from autonomy.core import prompts

NNBSP = "\u202f"
VALUES = {"name": "Léa", "dimension_name": "Lieu de travail", "level_name": "Places dans la salle",
          "next_level_name": "Juste dehors, en vue"}


def test_the_french_library_matches_the_english_one() -> None:
    english, french = prompts.load_library(), prompts.load_library(language="fr")
    assert french.language == "fr"
    assert [(p.id, p.purpose, p.severity, p.dimensions, p.habits, p.order) for p in french.prompts] == \
           [(p.id, p.purpose, p.severity, p.dimensions, p.habits, p.order) for p in english.prompts]
    for en, fr in zip(english.prompts, french.prompts, strict=True):
        assert set(re.findall(r"\{\w+\}", en.text)) == set(re.findall(r"\{\w+\}", fr.text)), fr.id
        assert en.text != fr.text, f"{fr.id} is not translated"


@pytest.mark.parametrize("values", [{}, VALUES], ids=["without values", "with values"])
def test_every_french_prompt_reads_as_french(values: dict[str, str]) -> None:
    english_fallbacks = ("you", "this area", "your current step", "the next step")
    for prompt in prompts.load_library(language="fr").prompts:
        text = prompts.fill(prompt.text, language="fr", **values)
        assert "{" not in text and "}" not in text, text
        assert not any(re.search(rf"\b{re.escape(w)}\b", text) for w in english_fallbacks), text
        assert not re.search("[“”„\"']", text), text  # « » and the typographic apostrophe only
        assert not re.search(r" [?!:;»]|« ", text), f"a plain space where French wants U+202F: {text!r}"
        assert "  " not in text and text[0].isupper(), text
        assert not re.search(r"\b(vous|votre|vos)\b", text), f"the student is addressed with tu: {text!r}"
        if values and "{name}" in prompt.text:
            assert "Léa" in text


def test_a_missing_value_replaces_the_whole_french_phrase() -> None:
    fill = prompts.fill
    assert fill("Qu’as-tu fait pour passer au niveau {next_level}\u202f?", language="fr") == \
        "Qu’as-tu fait pour passer au niveau suivant\u202f?"
    assert fill("Tu as gagné le niveau {next_level} dans le domaine {dimension}.", language="fr") == \
        "Tu as gagné le niveau suivant dans ce domaine."
    assert fill("Avant de parler du niveau {next_level}.", language="fr") == "Avant de parler du niveau suivant."
    assert fill("Quand tu étais au niveau {level}\u202f?", language="fr") == "Quand tu étais à ton niveau actuel\u202f?"
    assert fill("Bravo, {name}\u202f! Et toi\u202f?", language="fr") == "Bravo\u202f! Et toi\u202f?"
    assert fill("Tu es au niveau {level} dans le domaine {dimension}.", language="fr", level_name="Rythme propre",
                dimension_name="Rythme") == f"Tu es au niveau «{NNBSP}Rythme propre{NNBSP}» dans le domaine Rythme."


def test_picking_in_french_uses_french_quotes_and_keeps_the_dimension_capital() -> None:
    library = prompts.load_library(language="fr")
    picked = prompts.pick_prompts(library, purpose="step_up", dimension="workspace", count=15, **VALUES)
    joined = " ".join(p.text for p in picked)
    assert f"«{NNBSP}Juste dehors, en vue{NNBSP}»" in joined and "“" not in joined
    assert "dans le domaine Lieu de travail" in joined
    assert prompts.default_library("fr") is prompts.default_library("fr")
