"""The students' own voice in a class, for the coach (the screen and the report): how many of the day's choices
the students made themselves at the check-in, and their self-ratings beside the teacher's level at the time, per
student and, week by week, for the class. Side by side, never averaged into one another. Pure: from ClassData.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from autonomy.core.charts import ClassData


@dataclass(frozen=True, slots=True)
class RatingBeside:
    student_id: str
    dimension: str
    day: dt.date
    own: int  # the student's rating
    teacher: int  # the teacher's level for them in that dimension at that moment


@dataclass(frozen=True, slots=True)
class VoiceWeek:
    week: dt.date  # its Monday
    ratings: int
    own: float  # the mean of the students' ratings that week
    teacher: float  # the mean of the teacher's levels for the same students and dimensions


@dataclass(frozen=True, slots=True)
class VoiceSummary:
    choices: int  # daily choices in the range
    own_choices: int  # ... of them made by the students themselves
    ratings: tuple[RatingBeside, ...]
    weeks: tuple[VoiceWeek, ...]

    def for_student(self, student_id: str) -> tuple[RatingBeside, ...]:
        return tuple(r for r in self.ratings if r.student_id == student_id)


def student_voice(data: ClassData) -> VoiceSummary:
    changes: dict[tuple[str, str], tuple[list[dt.datetime], list[int]]] = defaultdict(lambda: ([], []))
    for change in data.changes:  # oldest first
        moments, levels = changes[(change.student_id, change.dimension)]
        moments.append(change.at)
        levels.append(change.to_level)

    def teacher_level(student: str, dimension: str, at: dt.datetime) -> int:
        moments, levels = changes.get((student, dimension), ([], []))
        i = bisect_right(moments, at)
        return levels[i - 1] if i else 0

    ratings = tuple(RatingBeside(r.student_id, r.dimension, r.at.astimezone().date(), r.level,
                                 teacher_level(r.student_id, r.dimension, r.at)) for r in data.self_ratings)
    by_week: dict[dt.date, list[RatingBeside]] = defaultdict(list)
    for rating in ratings:
        by_week[rating.day - dt.timedelta(days=rating.day.weekday())].append(rating)
    weeks = tuple(VoiceWeek(week, len(found), sum(r.own for r in found) / len(found),
                            sum(r.teacher for r in found) / len(found)) for week, found in sorted(by_week.items()))
    return VoiceSummary(len(data.choices), sum(1 for c in data.choices if c.by == "student"), ratings, weeks)
