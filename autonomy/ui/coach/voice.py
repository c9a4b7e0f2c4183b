"""The students' own voice in the coach's words (the screen and the report): choices the students made
themselves, and their self-ratings beside the teacher's levels, per class week by week and per student. Worded
from core/student_voice.py; anonymised data gives codes, so these lines are anonymised too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from autonomy.core.charts import ClassData
from autonomy.core.student_voice import student_voice
from autonomy.ui.words.dates import when_text

WEEKS_SHOWN = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("StudentVoice", text)


def class_lines(data: ClassData) -> list[str]:
    """For the class: the share of choices made by the students, then their ratings beside the teacher's levels,
    the latest weeks last (side by side, never averaged together)."""
    voice = student_voice(data)
    lines = [tr("{name}: {own} of {choices} daily choices made by the students themselves at the check-in.").format(
        name=data.classroom_name, own=voice.own_choices, choices=voice.choices)]
    if not voice.weeks:
        lines.append(tr("No self-ratings in this period."))
    for week in voice.weeks[-WEEKS_SHOWN:]:
        lines.append(tr("Week of {day}: {n} self-rating(s), on average {own:.1f} by the students · "
                        "{teacher:.1f} by the teacher's levels").format(day=when_text(week.week), n=week.ratings,
                                                                 own=week.own, teacher=week.teacher))
    return lines


def student_line(data: ClassData, student_id: str) -> str:
    """One student's self-ratings beside the teacher's level at the time, latest last ("" when none)."""
    ratings = student_voice(data).for_student(student_id)
    if not ratings:
        return ""
    names = {d.key: d.name for d in data.dimensions}
    shown = [tr("{day} {dimension}: own {own} · teacher {teacher}").format(
        day=when_text(r.day), dimension=names.get(r.dimension, r.dimension), own=r.own, teacher=r.teacher)
        for r in ratings[-4:]]
    return tr("Self-ratings: ") + "; ".join(shown)


def own_choices(data: ClassData) -> int:
    return student_voice(data).own_choices


def rating_trend(data: ClassData) -> str:
    """The class's self-ratings beside the teacher's levels, the first week of the period and the last ("" when
    there are none)."""
    weeks = student_voice(data).weeks
    if not weeks:
        return ""
    first, last = weeks[0], weeks[-1]
    return tr("Self-ratings (the students' · the teacher's levels): {a:.1f} · {b:.1f} in the week of {first} → "
              "{c:.1f} · {d:.1f} in the week of {last}").format(a=first.own, b=first.teacher, c=last.own,
                                                               d=last.teacher, first=when_text(first.week),
                                                               last=when_text(last.week))
