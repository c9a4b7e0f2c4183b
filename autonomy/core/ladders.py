"""The four built-in dimensions of freedom and their ladders (rank 0 = the teacher decides).

Each ladder climbs the same way: the teacher decides; the student picks among options the teacher sets;
teacher and student design it together; the student decides within agreed bounds; the student decides and
keeps track of how it is going. Ladders are data: a classroom may rename levels or add a dimension.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LevelText:
    rank: int
    name: str
    description: str


@dataclass(frozen=True)
class LadderText:
    key: str
    name: str
    question: str
    levels: tuple[LevelText, ...]

    @property
    def top(self) -> int:
        return len(self.levels) - 1


def _ladder(key: str, name: str, question: str, *levels: tuple[str, str]) -> LadderText:
    return LadderText(key, name, question, tuple(LevelText(i, n, d) for i, (n, d) in enumerate(levels)))


DEFAULT_LADDERS: tuple[LadderText, ...] = (
    _ladder(
        "workspace",
        "Workspace",
        "Where does the student work?",
        ("Assigned seat", "Works at the seat the teacher gives them."),
        ("Spots in the room", "Picks from a few places in the room the teacher has named."),
        ("Just outside, in sight", "May work just outside the door where the teacher can still see them."),
        ("Along the hallway", "May work anywhere along the hallway, checking in at agreed times."),
        ("Anywhere agreed", "Works anywhere in the building agreed for learning and keeps track of it."),
    ),
    _ladder(
        "pacing",
        "Pacing",
        "Who sets the pace?",
        ("Teacher's pace", "Moves with the whole class on the teacher's timetable."),
        ("Flexible within the lesson", "Chooses the order of tasks within one lesson."),
        ("Weekly plan together", "Plans the week's work with the teacher and follows that plan."),
        ("Own deadlines in a unit", "Sets their own deadlines inside a unit and meets them."),
        ("Self-paced and self-checked", "Paces a whole unit alone and checks progress against their plan."),
    ),
    _ladder(
        "choice",
        "Choice of work",
        "Who chooses what the student works on?",
        ("Assigned task", "Does the task the teacher assigns."),
        ("Choice among set tasks", "Picks from a short list of tasks the teacher prepared."),
        ("Task shaped together", "Adapts a task with the teacher so it fits an interest."),
        ("Proposes own task", "Proposes a task of their own that the teacher approves."),
        ("Designs own learning", "Designs their own project and judges whether it meets the goals."),
    ),
    _ladder(
        "demonstration",
        "Showing learning",
        "How does the student show what they learned?",
        ("Set format", "Shows learning the way the teacher sets (a test, a worksheet)."),
        ("Choice of formats", "Picks a format from options the teacher offers."),
        ("Format agreed together", "Agrees a format with the teacher, with criteria set together."),
        ("Proposes own evidence", "Proposes how to show learning and what good looks like."),
        ("Self-assessed evidence", "Chooses the evidence, assesses it against the goals, and explains why."),
    ),
)

DIMENSION_KEYS: tuple[str, ...] = tuple(ladder.key for ladder in DEFAULT_LADDERS)


# What a student reads at the check-in for each built-in level (the teacher may rewrite it: `student_text`).
DEFAULT_STUDENT_TEXTS: dict[tuple[str, int], str] = {
    ("workspace", 0): "I work at the seat my teacher gives me.",
    ("workspace", 1): "I choose one of the spots in the room my teacher has named.",
    ("workspace", 2): "I can work just outside the door, where my teacher can still see me.",
    ("workspace", 3): "I can work anywhere along the hallway, and I check in at the agreed times.",
    ("workspace", 4): "I choose where in the building I work, and I keep track of it.",
    ("pacing", 0): "I work at the class's pace, on my teacher's timetable.",
    ("pacing", 1): "I choose the order of my tasks in the lesson.",
    ("pacing", 2): "I plan my week with my teacher and follow the plan.",
    ("pacing", 3): "I set my own deadlines in this unit and keep them.",
    ("pacing", 4): "I pace the whole unit myself and check my progress against my plan.",
    ("choice", 0): "I do the task my teacher gives me.",
    ("choice", 1): "I pick a task from my teacher's short list.",
    ("choice", 2): "I shape a task with my teacher so it fits what I am curious about.",
    ("choice", 3): "I suggest a task of my own, and my teacher says yes or helps me change it.",
    ("choice", 4): "I design my own project and judge whether it meets the goals.",
    ("demonstration", 0): "I show what I learned the way my teacher sets.",
    ("demonstration", 1): "I pick how I show what I learned from my teacher's options.",
    ("demonstration", 2): "My teacher and I agree how I show what I learned, and what good looks like.",
    ("demonstration", 3): "I suggest how I show what I learned and what good work looks like.",
    ("demonstration", 4): "I choose my evidence, check it against the goals, and explain why.",
}


def default_ladder(key: str) -> LadderText:
    for ladder in DEFAULT_LADDERS:
        if ladder.key == key:
            return ladder
    raise KeyError(key)
