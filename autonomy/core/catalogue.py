"""The starting catalogue of trust events and the 16 Habits of Mind used as tags.

Categories are data (teachers edit them); these are the defaults a new database starts with.
"""

from __future__ import annotations

from dataclasses import dataclass

from autonomy.core.types import EventKind


@dataclass(frozen=True)
class CategoryText:
    key: str
    kind: EventKind
    name: str


DEFAULT_CATEGORIES: tuple[CategoryText, ...] = (
    CategoryText("finished_choice", EventKind.BUILD, "Finished what they chose"),
    CategoryText("on_task_away", EventKind.BUILD, "Stayed on task away from the teacher"),
    CategoryText("helped_peer", EventKind.BUILD, "Helped a classmate"),
    CategoryText("asked_for_help", EventKind.BUILD, "Asked for help at the right time"),
    CategoryText("kept_plan", EventKind.BUILD, "Kept to their plan or deadline"),
    CategoryText("honest_self_check", EventKind.BUILD, "Judged their own work honestly"),
    CategoryText("returned_on_time", EventKind.BUILD, "Came back at the agreed time"),
    CategoryText("left_area", EventKind.BREAK, "Left the agreed area"),
    CategoryText("did_not_finish", EventKind.BREAK, "Did not finish what they chose"),
    CategoryText("distracted_others", EventKind.BREAK, "Distracted others"),
    CategoryText("off_task", EventKind.BREAK, "Off task when out of sight"),
    CategoryText("missed_check_in", EventKind.BREAK, "Missed an agreed check-in"),
    CategoryText("misused_materials", EventKind.BREAK, "Misused materials or devices"),
    CategoryText("noticed", EventKind.OBSERVATION, "Something worth noting"),
    CategoryText("tried_new_freedom", EventKind.OBSERVATION, "Tried a new freedom for the first time"),
    CategoryText("struggled", EventKind.OBSERVATION, "Struggled and kept going"),
)

# The 16 Habits of Mind (Costa and Kallick), named by key; descriptions are our own.
HABITS_OF_MIND: tuple[tuple[str, str], ...] = (
    ("persisting", "Persisting"),
    ("managing_impulsivity", "Managing impulsivity"),
    ("listening_with_empathy", "Listening with understanding and empathy"),
    ("thinking_flexibly", "Thinking flexibly"),
    ("metacognition", "Thinking about thinking"),
    ("striving_for_accuracy", "Striving for accuracy"),
    ("questioning", "Questioning and posing problems"),
    ("applying_past_knowledge", "Applying past knowledge to new situations"),
    ("communicating_clearly", "Thinking and communicating with clarity and precision"),
    ("gathering_data", "Gathering data through all senses"),
    ("creating_innovating", "Creating, imagining, innovating"),
    ("wonderment", "Responding with wonderment and awe"),
    ("responsible_risks", "Taking responsible risks"),
    ("humour", "Finding humour"),
    ("thinking_interdependently", "Thinking interdependently"),
    ("continuous_learning", "Remaining open to continuous learning"),
)

HABIT_KEYS: frozenset[str] = frozenset(key for key, _ in HABITS_OF_MIND)
