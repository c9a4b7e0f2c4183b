"""Suggestion sentences worded by the app from the engine's typed reasons (autonomy/ui/words/suggestion_sentences.py):
in English word for word the command line's sentence, for every kind and variant; in German, German throughout."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale

from autonomy.core.ladders import DEFAULT_LADDERS
from autonomy.core.policy import Policy
from autonomy.core.suggestion_facts import (
    CheckInReasons,
    ClassStepReasons,
    DimensionFact,
    EventFact,
    FollowUpReasons,
    LevelChangeFact,
    ReflectionFact,
    ReflectReasons,
    Snapshot,
    StepBackReasons,
    StepUpReasons,
    StudentFact,
    Suggestion,
)
from autonomy.core.suggestions import suggest
from autonomy.core.types import EventKind, Severity, SuggestionKind
from autonomy.services.dto import DimensionInfo, LevelInfo
from autonomy.ui.words import i18n
from autonomy.ui.words.suggestion_sentences import day_text, first_per_student, sentence

AS_OF = dt.date(2026, 11, 20)
B, X = EventKind.BUILD, EventKind.BREAK
DIMS = {lad.key: DimensionInfo(lad.key, lad.name, lad.question,
                               tuple(LevelInfo(lv.rank, lv.name, lv.description) for lv in lad.levels))
        for lad in DEFAULT_LADDERS}


def at(days_ago: int, hour: int = 10, as_of: dt.date = AS_OF) -> dt.datetime:
    return dt.datetime.combine(as_of - dt.timedelta(days=days_ago), dt.time(hour), tzinfo=dt.UTC)


def school(as_of: dt.date = AS_OF) -> list[Suggestion]:
    """One student (or class) per kind and variant of sentence."""
    students, changes, events, reflections = [], [], [], []

    def student(name: str, room: str = "c1") -> str:
        students.append(StudentFact(name.lower(), name, room))
        return name.lower()

    def event(sid: str, kind: EventKind, days_ago: int, dim: str | None = "workspace",
              severity: Severity | None = None, category: tuple[str, str] | None = None) -> str:
        eid = f"e{len(events) + 1}"
        key, name = category or (None, None)
        events.append(EventFact(eid, sid, kind, dim, severity, at(days_ago, 10 + len(events) % 5, as_of), name, key))
        return eid

    def level(sid: str, to: int, days_ago: int, dim: str = "workspace") -> None:
        changes.append(LevelChangeFact(sid, dim, None, to, at(days_ago, 8, as_of)))

    ana = student("Ana")  # step up, no break so far
    level(ana, 1, 8)
    for d in (6, 5, 5, 2):
        event(ana, B, d)
    bo = student("Bo")  # step up with a break long ago (and a reflection on it: nothing else waits)
    event(bo, X, 30, severity=Severity.MINOR)
    reflections.append(ReflectionFact("r0", bo, at(29, 15, as_of), ("e5",)))
    level(bo, 2, 8)
    for d in (6, 5, 4, 1):
        event(bo, B, d)
    cy = student("Cy")  # step back by count, and a reflection on several breaks in one dimension
    level(cy, 2, 20, "pacing")
    for d, severity in ((6, Severity.MINOR), (4, Severity.MODERATE), (1, Severity.MINOR)):
        event(cy, X, d, "pacing", severity)
    di = student("Di")  # step back for one serious break with a category, and its reflection
    level(di, 1, 20, "choice")
    event(di, X, 2, "choice", Severity.SERIOUS, ("left_area", "Left the agreed area"))
    ed = student("Ed")  # breaks in two dimensions, and one without a severity or a dimension
    event(ed, X, 3, "workspace", Severity.MINOR)
    event(ed, X, 2, "demonstration", Severity.MODERATE)
    eli = student("Eli")  # minor breaks in three dimensions
    for d, dim in ((3, "workspace"), (2, "pacing"), (1, "choice")):
        event(eli, X, d, dim, Severity.MINOR)
    fay = student("Fay")
    event(fay, X, 1, None)
    gil = student("Gil")  # a moderate break, with a category
    event(gil, X, 2, "pacing", Severity.MODERATE, ("off_task", "Off task when out of sight"))
    hal = student("Hal")  # follow-ups due: one about a dimension, one not
    first = event(hal, X, 12, "workspace", Severity.MINOR)
    reflections.append(ReflectionFact("r1", hal, at(11, 15, as_of), (first,), as_of - dt.timedelta(days=1)))
    reflections.append(ReflectionFact("r2", hal, at(9, 15, as_of), (), as_of))
    ivy = student("Ivy")  # check in: last noted 12 days ago
    event(ivy, B, 12)
    level(student("Jo"), 0, 15)  # check in: nothing ever noted
    for name in ("K1", "K2", "K3", "K4"):  # class step in another class
        level(student(name, "c2"), 1, 30, "pacing")
    level(student("K5", "c2"), 0, 30, "pacing")
    for sid in ("k1", "k2", "k3", "k4", "k5"):
        event(sid, EventKind.OBSERVATION, 1, None)
    dims = tuple(DimensionFact(d.key, d.name, d.top, tuple(lv.name for lv in d.levels)) for d in DIMS.values())
    snap = Snapshot(tuple(students), dims, tuple(changes), tuple(events), tuple(reflections),
                    classrooms={"c1": "7B", "c2": "8A"})
    return suggest(snap, Policy(), as_of)


def variant(s: Suggestion) -> str:
    r = s.reasons
    if isinstance(r, StepUpReasons):
        return f"step up, break {r.days_without_break is not None}"
    if isinstance(r, StepBackReasons):
        return f"step back, serious {r.serious_on is not None}"
    if isinstance(r, ReflectReasons):
        return f"reflect {min(r.breaks, 2)} {r.severity} {len(r.dimensions)} {r.category is not None}"
    if isinstance(r, FollowUpReasons):
        return f"follow up {r.dimension}"
    if isinstance(r, CheckInReasons):
        return f"check in {r.quiet_days is not None}"
    assert isinstance(r, ClassStepReasons)
    return "class step"


@pytest.fixture
def english_dates(qtbot):  # a QApplication must exist
    """The command line writes "3 Nov": the app's English words with English month names."""
    i18n.remove()
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_the_school_covers_every_kind_and_variant() -> None:
    found = school()
    assert {s.kind for s in found} == set(SuggestionKind)
    assert all(s.reasons is not None for s in found)
    assert {variant(s) for s in found} >= {
        "step up, break False", "step up, break True", "step back, serious False", "step back, serious True",
        "reflect 2 moderate 1 False", "reflect 1 serious 1 True", "reflect 2 moderate 2 False",
        "reflect 2 minor 3 False", "reflect 1 None 0 False", "reflect 1 moderate 1 True",
        "follow up workspace", "follow up None", "check in True", "check in False", "class step",
    }


@pytest.mark.parametrize("as_of", [AS_OF, dt.date(2027, 1, 5)])  # the second names last year's days with the year
def test_in_english_the_app_says_what_the_command_line_says(english_dates, as_of: dt.date) -> None:
    found = school(as_of)
    assert len(found) >= 14
    for s in found:
        assert sentence(s, DIMS, as_of) == s.text, variant(s)


def test_without_reasons_the_engines_sentence_is_shown(english_dates) -> None:
    [s, *_] = school()
    bare = Suggestion(s.kind, s.student_id, s.student_name, s.classroom_id, s.dimension, s.from_level, s.to_level,
                      s.evidence, "As the engine put it.")
    assert sentence(bare, DIMS, AS_OF) == "As the engine put it."


def test_in_german_every_sentence_is_german(german) -> None:
    english_words = re.compile(r"\b(the|has|had|consider|break|breaks|days|since|with|check|follow|students|"
                               r"level|agreed|stepping|times)\b")
    for s in school():
        text = sentence(s, DIMS, AS_OF)
        assert text != s.text and not english_words.search(text), text
        assert "{" not in text and "'" not in text, text
    ana = next(s for s in school() if s.student_name == "Ana")
    assert sentence(ana, DIMS, AS_OF) == (
        "Ana hat die Freiheit im Bereich Arbeitsort seit dem 12. Nov. 4-mal an 3 verschiedenen Tagen gut genutzt, "
        "bisher ohne Vertrauensbruch: Erwäge eine Stufe höher, von „Plätze im Raum“ auf „Vor der Tür“.")
    di = next(s for s in school() if s.student_name == "Di" and s.kind == SuggestionKind.STEP_BACK)
    assert "(Hat den vereinbarten Bereich verlassen)" in sentence(di, DIMS, AS_OF)
    eli = next(s for s in school() if s.student_name == "Eli")
    assert "3 Vertrauensbrüche in den Bereichen Wahl der Aufgabe, Tempo und Arbeitsort (alle leicht), auf die " \
           "noch kein Gespräch gefolgt ist" in sentence(eli, DIMS, AS_OF)


def test_a_renamed_level_is_named_as_the_teacher_wrote_it(german) -> None:
    workspace = DIMS["workspace"]
    levels = tuple(LevelInfo(1, "Sofaecke", "") if lv.rank == 1 else lv for lv in workspace.levels)
    dims = {**DIMS, "workspace": DimensionInfo("workspace", "Workspace", "", levels)}
    ana = next(s for s in school() if s.student_name == "Ana")
    assert "von „Sofaecke“ auf „Vor der Tür“" in sentence(ana, dims, AS_OF)


def test_days_read_the_local_way(german) -> None:
    assert day_text(dt.date(2026, 3, 3), AS_OF) == "3. März"
    assert day_text(dt.date(2025, 12, 24), AS_OF) == "24. Dez. 2025"


def test_each_student_waits_with_their_first_suggestion() -> None:
    found = school()
    first = first_per_student(found)
    assert first["cy"].kind == SuggestionKind.STEP_BACK  # what needs acting on first
    assert set(first) == {s.student_id for s in found if s.student_id}

