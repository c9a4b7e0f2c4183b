"""What anonymised output shows in place of anything that could name a person or a class.

One set of rules for the anonymised export (exchange.py) and the coach's anonymised data (coach.py: the screen
and the PDF report), so they read alike:

- students are S01, S02 … and classrooms C01, C02 …, in name order (stable within the file);
- event categories and dimensions the teacher made become K01 … ("Category 1" …) and D01 … ("Dimension 1" …,
  with levels "Level 0" …), numbered in the catalogue's order: a teacher's category can name a student
  ("sat_with_tom"). Built-in ones keep their key and show the shipped English words, since a renamed built-in
  can carry a name as well;
- every id is re-keyed for the file (`Rekey`): references inside the file still agree, but an anonymised file
  shares no id with the named export or with another anonymised one, so they cannot be joined;
- teachers' names (owner, decided_by, the history's actor) are never written.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from autonomy.core import phrases
from autonomy.core.catalogue import DEFAULT_CATEGORIES, HABIT_KEYS
from autonomy.core.interchange import SECTIONS
from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.storage.models import Dimension, EventCategory

BUILTIN_CATEGORIES = {category.key: category.name for category in DEFAULT_CATEGORIES}
BUILTIN_LADDERS = {ladder.key: ladder for ladder in DEFAULT_LADDERS}
# An anonymised daily choice: the import needs a word there, and the teacher's own words are free text.
HIDDEN_CHOICE = "(anonymised)"
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def codes(ids_in_order: list[str], prefix: str) -> dict[str, str]:
    """S01, S02 … (or C01 …) for ids given in name order."""
    return {ident: f"{prefix}{number:02d}" for number, ident in enumerate(ids_in_order, start=1)}


class Rekey:
    """A new id for every stored id: the same within one export, unrelated to any other. A keyed hash (BLAKE2b)
    with a secret made for this export and then forgotten: nobody, not even this program, can map them back or
    match them with another file. Shaped as a random UUID, so the file stays valid format v1."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def __call__(self, ident: str) -> str:
        h = hashlib.blake2b(ident.encode(), key=self._secret, digest_size=16).hexdigest()
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"

    def each(self, idents: list[str] | None) -> list[str]:
        return [self(ident) for ident in idents or []]


@dataclass(frozen=True)
class Catalogue:
    """The anonymised keys and names of the event categories and dimensions."""

    category_keys: dict[str, str]  # stored key -> key in the file (built-in ones unchanged)
    category_names: dict[str, str]  # stored key -> name shown
    dimension_keys: dict[str, str]
    custom_dimensions: dict[str, int]  # stored key of a teacher's dimension -> its number (D01 is 1)

    def category(self, key: str) -> str:
        return self.category_keys.get(key, key)

    def dimension(self, key: str | None) -> str | None:
        return None if key is None else self.dimension_keys.get(key, key)

    def ladder(self, key: str, ranks: list[int]) -> tuple[str, str, str, list[tuple[int, str, str]]]:
        """A dimension's key, name, question and levels (rank, name, description) as anonymised output shows
        them: a teacher's own dimension by number, a built-in one in the shipped words."""
        if key not in BUILTIN_LADDERS:
            number = self.custom_dimensions.get(key, 0)
            return f"D{number:02d}", f"Dimension {number}", "", [(rank, f"Level {rank}", "") for rank in ranks]
        ladder = BUILTIN_LADDERS[key]
        shipped = {lv.rank: lv for lv in ladder.levels}
        return key, ladder.name, ladder.question, [
            (rank, shipped[rank].name, shipped[rank].description) if rank in shipped else (rank, f"Level {rank}", "")
            for rank in ranks]


def catalogue(session: Session) -> Catalogue:
    category_keys: dict[str, str] = {}
    category_names: dict[str, str] = {}
    custom = 0
    for key in session.scalars(select(EventCategory.key).order_by(EventCategory.position, EventCategory.key)):
        if key in BUILTIN_CATEGORIES:
            category_keys[key], category_names[key] = key, BUILTIN_CATEGORIES[key]
        else:
            custom += 1
            category_keys[key], category_names[key] = f"K{custom:02d}", f"Category {custom}"
    dimension_keys: dict[str, str] = {}
    numbers: dict[str, int] = {}
    for key in session.scalars(select(Dimension.key).order_by(Dimension.position, Dimension.key)):
        if key in BUILTIN_LADDERS:
            dimension_keys[key] = key
        else:
            numbers[key] = len(numbers) + 1
            dimension_keys[key] = f"D{numbers[key]:02d}"
    return Catalogue(category_keys, category_names, dimension_keys, numbers)


def habit(key: str | None) -> str | None:
    """A Habit of Mind is a shipped key; anything else a file brought in is the teacher's word."""
    return key if key in HABIT_KEYS else None


def document(doc: dict[str, Any], names: Catalogue, *, keep_text: bool = False,
             rekey: Rekey | None = None) -> dict[str, Any]:
    """The anonymised copy of a named interchange document (sections in name order, as export_document makes
    them). Kept: times and dates, levels, kinds, severities, sources, decisions, the school year, built-in keys,
    how records refer to each other. Free text is emptied unless `keep_text` (a daily choice, which the format
    needs, reads HIDDEN_CHOICE)."""
    new = rekey or Rekey()

    def text(value: str | None) -> str | None:
        return value if keep_text or value is None else ""

    rooms = {c["id"]: new(c["id"]) for c in doc["classrooms"]}
    people = {s["id"]: new(s["id"]) for s in doc["students"]}
    people_codes = codes(list(people), "S")
    room_codes = {doc["classrooms"][i]["name"]: code for i, code in enumerate(codes(list(rooms), "C").values())}

    def reason(value: str | None, student: str | None) -> str | None:
        """A reason kept: the teacher's words as written; a phrase the app wrote (core/phrases.py) names the
        student, and may name the class and the teacher's own dimension, so those become their codes."""
        kept = text(value)
        said = phrases.decode(kept)
        if said is None:
            return kept
        args = {key: value for key, value in said.args.items() if key != "words"}
        if "student" in args:
            args["student"] = people_codes.get(student or "", "")
        if args.get("dimension"):  # the ladder's words as anonymised output shows them (a renamed one may name)
            ranks = [int(r) for r in (args.get("levels") or {}) if str(r).isdigit()]
            key, name, _question, levels = names.ladder(str(args["dimension"]), ranks)
            args.update(dimension=key, dimension_name=name, levels={str(r): n for r, n, _words in levels})
        found = args.get("reasons")
        if isinstance(found, dict) and "classroom" in found:
            args["reasons"] = {**found, "classroom": room_codes.get(str(found["classroom"]), "C01")}
        return phrases.for_file(phrases.encode(said.kind, **args))

    def room(ident: str | None) -> str | None:
        return None if ident is None else rooms.get(ident) or new(ident)

    def person(ident: str | None) -> str | None:
        return None if ident is None else people.get(ident) or new(ident)

    dimension = names.dimension
    out = {key: value for key, value in doc.items() if key not in SECTIONS}
    out["anonymized"] = True
    out["classrooms"] = [
        {**c, "id": rooms[c["id"]], "name": code, "subject": text(c["subject"])}
        for c, code in zip(doc["classrooms"], codes(list(rooms), "C").values(), strict=True)
    ]
    dimensions = []
    for d in doc["dimensions"]:
        key, name, question, levels = names.ladder(d["key"], [lv["rank"] for lv in d["levels"]])
        dimensions.append({"key": key, "name": name, "question": question,
                           "levels": [{"rank": r, "name": n, "description": t} for r, n, t in levels]})
    out["dimensions"] = dimensions
    out["students"] = [
        {**s, "id": people[s["id"]], "name": code, "external_id": None,
         "classrooms": sorted(room(c) or "" for c in s["classrooms"]), "notes": text(s["notes"])}
        for s, code in zip(doc["students"], codes(list(people), "S").values(), strict=True)
    ]
    out["level_changes"] = [
        {**c, "id": new(c["id"]), "student": person(c["student"]), "dimension": dimension(c["dimension"]),
         "reason": reason(c["reason"], c["student"]), "evidence": new.each(c["evidence"])}
        for c in doc["level_changes"]
    ]
    category = names.category
    events = []
    for e in doc["events"]:  # the biggest section: most events are their own group, so one hash does for both
        ident = new(e["id"])
        group = e["group"]
        events.append({**e, "id": ident, "student": person(e["student"]), "category": category(e["category"]),
                       "dimension": dimension(e["dimension"]), "habit": habit(e["habit"]), "note": text(e["note"]),
                       "group": ident if group == e["id"] else None if group is None else new(group)})
    out["events"] = events
    out["choices"] = [
        {**c, "id": new(c["id"]), "student": person(c["student"]), "dimension": dimension(c["dimension"]),
         "choice": c["choice"] if keep_text else HIDDEN_CHOICE}
        for c in doc["choices"]
    ]
    out["reflections"] = [
        {**r, "id": new(r["id"]), "student": person(r["student"]), "events": sorted(new.each(r["events"])),
         "prompts": list(r["prompts"]) if keep_text else [], "student_words": text(r["student_words"]),
         "agreement": text(r["agreement"]), "outcome": text(r["outcome"]),
         "self_ratings": {dimension(key): level for key, level in r["self_ratings"].items()}}
        for r in doc["reflections"]
    ]
    out["self_ratings"] = [
        {**r, "id": new(r["id"]), "student": person(r["student"]), "dimension": dimension(r["dimension"]),
         "words": text(r["words"])}
        for r in doc.get("self_ratings", [])
    ]
    out["decisions"] = [
        {**d, "id": new(d["id"]), "student": person(d["student"]), "classroom": room(d["classroom"]),
         "dimension": dimension(d["dimension"]), "reason": reason(d["reason"], d["student"]),
         "evidence": new.each(d["evidence"])}
        for d in doc["decisions"]
    ]
    return out
