"""The words of the domain, as string enums so they read the same in the database and the export."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    BUILD = "build"  # the student used a freedom well
    BREAK = "break"  # the student did not keep the agreement
    OBSERVATION = "observation"  # worth noting, neither


class Severity(StrEnum):
    MINOR = "minor"
    MODERATE = "moderate"
    SERIOUS = "serious"


class ChangeSource(StrEnum):
    MANUAL = "manual"
    SUGGESTION = "suggestion"
    REFLECTION = "reflection"


class SuggestionKind(StrEnum):
    STEP_UP = "step_up"
    STEP_BACK = "step_back"
    REFLECT = "reflect"
    CHECK_IN = "check_in"
    FOLLOW_UP = "follow_up"
    CLASS_STEP = "class_step"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
    SNOOZED = "snoozed"


class MadeBy(StrEnum):
    """Who made a daily choice or a self-rating: the teacher noting it, or the student at the check-in."""

    TEACHER = "teacher"
    STUDENT = "student"


class Role(StrEnum):
    """Who is using a database, for what it lets them see and change (autonomy/services/access.py)."""

    ADMIN = "admin"  # every classroom, read and write: the one user of an SQLite file, a server's administrator
    TEACHER = "teacher"  # their own classrooms only, read and write
    COACH = "coach"  # every classroom, read only
    CHECKIN = "checkin"  # a classroom computer's check-in: adds choices and self-ratings for its classroom only
