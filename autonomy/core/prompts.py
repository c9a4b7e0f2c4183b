"""The reflection prompt library: loading, checking, and picking questions that fit the moment.

Picking is a pure function of its inputs. It fits the situation (one short question after a minor break, three
restorative ones after a moderate break, the whole ordered conversation after a serious one, two otherwise),
prefers prompts tagged with the dimension and Habit of Mind at hand, and never repeats a prompt the student
heard last time while another one would do.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from string import Formatter
from typing import TypedDict

from autonomy.core.bounds import MAX_PROMPTS, shown
from autonomy.core.catalogue import HABIT_KEYS
from autonomy.core.errors import InvalidInput, NotFound, RefusedFile
from autonomy.core.ladders import DIMENSION_KEYS
from autonomy.core.resources import resource_path
from autonomy.core.types import Severity

FORMAT = "autonomy-prompts"
VERSION = 1
PURPOSES: tuple[str, ...] = ("after_break", "step_up", "goal", "follow_up")
SEVERITIES: tuple[str, ...] = tuple(s.value for s in Severity)
PLACEHOLDERS: frozenset[str] = frozenset({"name", "dimension", "level", "next_level"})
DEFAULT_COUNTS = {"minor": 1, "moderate": 3, "step_up": 2, "goal": 2, "follow_up": 2}
MAX_TEXT = 300
_FIELD = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Prompt:
    id: str
    purpose: str
    severity: str | None
    dimensions: tuple[str, ...]  # empty: fits any dimension
    habits: tuple[str, ...]
    text: str
    order: int | None = None  # the step in an ordered conversation


@dataclass(frozen=True)
class PromptLibrary:
    version: int
    prompts: tuple[Prompt, ...]
    language: str = "en"  # picks the neutral phrases `fill` uses for a missing value

    def get(self, prompt_id: str) -> Prompt:
        for prompt in self.prompts:
            if prompt.id == prompt_id:
                return prompt
        raise NotFound(f"There is no reflection prompt with the id {prompt_id!r}.")


@dataclass(frozen=True)
class PickedPrompt:
    id: str
    text: str


def _placeholders(text: str) -> list[str]:
    """The fields a text uses; raises ValueError for stray braces, format specs or unknown fields."""
    fields = []
    for literal, field, spec, conversion in Formatter().parse(text):
        if "{" in literal or "}" in literal:
            raise ValueError("has doubled braces")
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            raise ValueError(f"uses the unknown placeholder {{{field}}}")
        fields.append(field)
    return fields


def _check_prompt(raw: object, where: str, problems: list[str]) -> Prompt | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: is not an object")
        return None
    before = len(problems)
    pid, purpose, severity = raw.get("id"), raw.get("purpose"), raw.get("severity")
    dims, habits = raw.get("dimensions", []), raw.get("habits", [])
    text, order = raw.get("text"), raw.get("order")
    if not isinstance(pid, str) or not pid.strip():
        problems.append(f"{where}: has no id")
    else:
        where = f"prompt {pid!r}"
    if purpose not in PURPOSES:
        problems.append(f"{where}: has the unknown purpose {purpose!r}")
    if purpose == "after_break" and severity not in SEVERITIES:
        problems.append(f"{where}: needs a severity of minor, moderate or serious")
    if purpose != "after_break" and severity is not None:
        problems.append(f"{where}: only prompts after a break have a severity")
    if not isinstance(dims, list) or any(d not in DIMENSION_KEYS for d in dims):
        problems.append(f"{where}: has unknown dimensions {dims!r}")
    if not isinstance(habits, list) or any(h not in HABIT_KEYS for h in habits):
        problems.append(f"{where}: has unknown habits {habits!r}")
    if order is not None and (type(order) is not int or order < 1 or purpose != "after_break"):
        problems.append(f"{where}: order must be a whole number from 1, and only after a break")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        problems.append(f"{where}: text must be 1 to {MAX_TEXT} characters")
    else:
        try:
            _placeholders(text)
        except ValueError as exc:
            problems.append(f"{where}: text {exc}")
    if len(problems) > before:
        return None
    return Prompt(str(pid), str(purpose), severity, tuple(dims), tuple(habits), str(text).strip(), order)


def parse_library(data: object) -> PromptLibrary:
    """A checked library from parsed JSON; raises RefusedFile listing every problem found."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise RefusedFile(f"This is not a prompt library (the format should be {FORMAT!r}).")
    if data.get("version") != VERSION:
        raise RefusedFile(f"Prompt library version {shown(data.get('version'))} is not one this app reads.")
    raw_prompts = data.get("prompts")
    if not isinstance(raw_prompts, list):
        raise RefusedFile("The prompt library has no list of prompts.")
    if len(raw_prompts) > MAX_PROMPTS:
        raise RefusedFile(f"The prompt library has {len(raw_prompts):,} prompts; the limit is {MAX_PROMPTS}.")
    problems: list[str] = []
    checked = (_check_prompt(raw, f"prompt {i + 1}", problems) for i, raw in enumerate(raw_prompts))
    prompts = [p for p in checked if p is not None]
    seen: set[str] = set()
    for prompt in prompts:
        if prompt.id in seen:
            problems.append(f"prompt {prompt.id!r}: the id is used more than once")
        seen.add(prompt.id)
    pools: dict[tuple[str, str | None], list[Prompt]] = {}
    for prompt in prompts:
        pools.setdefault((prompt.purpose, prompt.severity), []).append(prompt)
    for (purpose, severity), pool in pools.items():
        label = f"{purpose} {severity or ''}".strip()
        orders = {p.order for p in pool}
        if None in orders and len(orders) > 1:
            problems.append(f"{label}: either every prompt has an order or none does")
        for step in orders:
            if not any(p.order == step and not p.dimensions for p in pool):
                problems.append(f"{label}: step {step} needs a prompt that fits any dimension")
    if problems:
        raise RefusedFile("The prompt library was refused.", problems)
    return PromptLibrary(VERSION, tuple(prompts))


def load_library(path: Path | None = None, language: str | None = None) -> PromptLibrary:
    """The library at `path`, or the one shipped with the app: `prompts.<language>.json` (the same ids and
    tags, translated) when there is one, else the English `prompts.json`."""
    if path is None:
        translated = resource_path("prompts", f"prompts.{language}.json") if language else None
        if translated is not None and translated.is_file():
            path = translated
        else:
            path, language = resource_path("prompts", "prompts.json"), "en"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RefusedFile(f"The prompt library {path} cannot be read: {exc}") from exc
    library = parse_library(data)
    if language and language not in WORDING and isinstance(data, dict) and "wording" in data:
        # A language added as data: its library says how to fill a missing name or level (see _Wording).
        WORDING[language] = _wording_of(data["wording"], path)
    # Without its wording a language's prompts are filled with the English neutral phrases.
    return replace(library, language=language) if language and language in WORDING else library


@cache
def default_library(language: str | None = None) -> PromptLibrary:
    return load_library(language=language)


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


@dataclass(frozen=True)
class _Wording:
    neutral: dict[str, str]  # placeholder -> the phrase used when its value is missing
    quotes: tuple[str, str]
    lower_dimension: bool  # English lower-cases "Choice of work" mid-sentence; German keeps nouns capital
    missing: tuple[tuple[str, str, str], ...] = ()  # (placeholder, pattern, phrase): rewrites without a value


WORDING: dict[str, _Wording] = {
    "en": _Wording({"name": "you", "dimension": "this area", "level": "your current step",
                    "next_level": "the next step"}, ("“", "”"), True),
    # German prompts say "im Bereich {dimension}", "auf der Stufe {level}", "die Stufe {next_level}": without a
    # value the whole phrase is replaced, so the case endings stay right.
    "de": _Wording({"name": "du", "dimension": "diesem Bereich", "level": "deiner jetzigen Stufe",
                    "next_level": "die nächste Stufe"}, ("„", "“"), False,
                   (("dimension", r"\bim Bereich \{dimension\}", "in diesem Bereich"),
                    ("dimension", r"\bden Bereich \{dimension\}", "diesen Bereich"),
                    ("level", r"\bder Stufe \{level\}", "deiner jetzigen Stufe"),
                    ("next_level", r"\bdie Stufe \{next_level\}", "die nächste Stufe"),
                    ("next_level", r"\bder Stufe \{next_level\}", "der nächsten Stufe"))),
    # French prompts say "dans le domaine {dimension}", "au niveau {level}", "le/au/du niveau {next_level}" and
    # address the student with "tu"; a missing value replaces the whole phrase. Level names keep their capital
    # (they are names), and the « » quotes take narrow no-break spaces inside, as French typography wants.
    "fr": _Wording({"name": "toi", "dimension": "ce domaine", "level": "ton niveau actuel",
                    "next_level": "le niveau suivant"}, ("«\u202f", "\u202f»"), False,
                   (("dimension", r"\bdans le domaine \{dimension\}", "dans ce domaine"),
                    ("level", r"\bau niveau \{level\}", "à ton niveau actuel"),
                    ("next_level", r"\bau niveau \{next_level\}", "au niveau suivant"),
                    ("next_level", r"\bdu niveau \{next_level\}", "du niveau suivant"),
                    ("next_level", r"\ble niveau \{next_level\}", "le niveau suivant"))),
}


def _wording_of(raw: object, path: Path) -> _Wording:
    """A library's own "wording": {"neutral": {"name", "dimension", "level", "next_level"}, "quotes": [open,
    close], "lower_dimension": bool, "missing": [[placeholder, pattern, phrase], ...]}."""
    try:
        assert isinstance(raw, dict)
        neutral = {key: str(raw["neutral"][key]) for key in ("name", "dimension", "level", "next_level")}
        opening, closing = (str(q) for q in raw["quotes"])
        missing = tuple((str(a), str(b), str(c)) for a, b, c in raw.get("missing", ()))
        for field, pattern, _phrase in missing:
            assert field in neutral and field != "name"
            re.compile(pattern)
        return _Wording(neutral, (opening, closing), bool(raw.get("lower_dimension", False)), missing)
    except (AssertionError, KeyError, TypeError, ValueError, re.error) as exc:
        raise RefusedFile(f"The prompt library {path} has a \"wording\" this app cannot use ({exc!r}).") from None


def fill(
    text: str,
    *,
    name: str | None = None,
    dimension_name: str | None = None,
    level_name: str | None = None,
    next_level_name: str | None = None,
    language: str = "en",
) -> str:
    """The text with its placeholders filled; a missing value becomes a neutral phrase (or a dropped name)."""
    wording = WORDING.get(language, WORDING["en"])
    name, dimension = _clean(name), _clean(dimension_name)
    level, next_level = _clean(level_name), _clean(next_level_name)
    if not name:  # "..., {name}?" -> "...?" and "{name}, what..." -> "What..."
        text = re.sub(r",\s*\{name\}", "", re.sub(r"^\{name\},\s*", "", text))
    given = {"dimension": dimension, "level": level, "next_level": next_level}
    for field, pattern, phrase in wording.missing:
        if not given[field]:
            text = re.sub(pattern, phrase, text)
    if wording.lower_dimension and dimension and not dimension[1:2].isupper():  # "in choice of work"
        dimension = dimension[0].lower() + dimension[1:]
    opening, closing = wording.quotes
    values = {
        "name": name or wording.neutral["name"],
        "dimension": dimension or wording.neutral["dimension"],
        "level": f"{opening}{level}{closing}" if level else wording.neutral["level"],
        "next_level": f"{opening}{next_level}{closing}" if next_level else wording.neutral["next_level"],
    }
    filled = _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    return filled[:1].upper() + filled[1:]


def _pool(library: PromptLibrary, purpose: str, severity: str | None, dimension: str | None) -> list[Prompt]:
    """The prompts for this purpose (and severity) that fit the dimension; untagged prompts fit any."""
    if purpose not in PURPOSES:
        raise InvalidInput("purpose", f"must be one of {', '.join(PURPOSES)}")
    if purpose == "after_break" and severity not in SEVERITIES:
        raise InvalidInput("severity", "must be minor, moderate or serious after a break")
    wanted = severity if purpose == "after_break" else None
    return [
        p
        for p in library.prompts
        if p.purpose == purpose and p.severity == wanted and (not p.dimensions or dimension in p.dimensions)
    ]


class FillWords(TypedDict, total=False):
    """The words a prompt's placeholders take, as pick_prompts and alternatives accept them."""

    name: str | None
    dimension_name: str | None
    level_name: str | None
    next_level_name: str | None


def pick_prompts(
    library: PromptLibrary,
    *,
    purpose: str,
    severity: str | None = None,
    dimension: str | None = None,
    habit: str | None = None,
    name: str | None = None,
    dimension_name: str | None = None,
    level_name: str | None = None,
    next_level_name: str | None = None,
    recent_ids: Sequence[str] = (),
    count: int | None = None,
    seed: int = 0,
) -> list[PickedPrompt]:
    """Prompts that fit the situation, filled in, avoiding `recent_ids` whenever another prompt would do.

    Ordered pools (after a moderate or serious break) give one prompt per step, in order; `count` then keeps
    only the first steps. Other pools give `count` prompts (default: 1 after a minor break, 2 otherwise).
    """
    if count is not None and count < 1:
        raise InvalidInput("count", "must be at least 1")
    pool = _pool(library, purpose, severity, dimension)
    recent = frozenset(recent_ids)

    def rank(p: Prompt) -> tuple[bool, bool, bool, str]:
        # Not heard last time first, then tagged for this dimension, then this habit, then a seeded shuffle.
        shuffle = hashlib.sha256(f"{seed}|{p.id}".encode()).hexdigest()
        return (p.id in recent, dimension not in p.dimensions, habit not in p.habits, shuffle)

    steps = sorted({p.order for p in pool if p.order is not None})
    if steps:
        chosen = [min((p for p in pool if p.order == step), key=rank) for step in steps[:count]]
    else:
        wanted = count or DEFAULT_COUNTS.get(str(severity) if purpose == "after_break" else purpose, 2)
        chosen = sorted(pool, key=rank)[:wanted]
    texts = dict(
        name=name, dimension_name=dimension_name, level_name=level_name, next_level_name=next_level_name
    )
    return [PickedPrompt(p.id, fill(p.text, **texts, language=library.language)) for p in chosen]


def alternatives(
    library: PromptLibrary,
    prompt_id: str,
    *,
    dimension: str | None = None,
    habit: str | None = None,
    name: str | None = None,
    dimension_name: str | None = None,
    level_name: str | None = None,
    next_level_name: str | None = None,
    exclude: Sequence[str] = (),
) -> list[PickedPrompt]:
    """Other prompts that could take this one's place (same purpose, severity and step), best fit first."""
    current = library.get(prompt_id)
    skip = frozenset(exclude) | {current.id}
    pool = _pool(library, current.purpose, current.severity, dimension)
    pool = [p for p in pool if p.order == current.order and p.id not in skip]
    pool.sort(key=lambda p: (dimension not in p.dimensions, habit not in p.habits))
    texts = dict(
        name=name, dimension_name=dimension_name, level_name=level_name, next_level_name=next_level_name
    )
    return [PickedPrompt(p.id, fill(p.text, **texts, language=library.language)) for p in pool]
