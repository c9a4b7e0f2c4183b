"""A refusal (autonomy/core/errors.py) in the teacher's language and words.

The core and the services raise typed errors whose message is the command line's English ("student name: is
empty"). An error a teacher meets in a dialog also carries a `code` and its `values`; here those become a sentence
a teacher can act on, in the app's language ("Type the student's name first."). An error without a code (a file's
problem list, a rare refusal) is shown with its message as it is.

Plain functions; they run on the GUI thread.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from autonomy.core.errors import AutonomyError, ChangedSince
from autonomy.ui.words import dates
from autonomy.ui.words.dates import day_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Refusals", text)


def field_name(field: str) -> str:
    """A field as the form calls it."""
    names = {
        "student name": tr("Name"), "name": tr("Name"), "classroom name": tr("Class name"),
        "category name": tr("Category name"), "level name": tr("Level name"), "dimension name": tr("Dimension name"),
        "choice": tr("Choice"), "note": tr("Note"), "notes": tr("Notes"), "reason": tr("Reason"),
        "date": tr("Date"), "description": tr("Description"), "question": tr("Question"), "subject": tr("Subject"),
        "school year": tr("School year"), "student's words": tr("In the student’s words"),
        "agreement": tr("Agreement"), "outcome": tr("How it went"), "prompt": tr("Question"),
        "external_id": tr("Student ID"), "owner": tr("Teacher"), "until": tr("Until"),
    }
    return names.get(field, field)


def _number(value: object) -> str:
    """20,001 in English, 20.001 in German."""
    if not isinstance(value, int):
        return str(value)
    locale = dates.locale()
    # English reads the C locale's words, whose numbers leave out the thousands separator.
    return f"{value:,}" if locale.language() == QLocale.Language.C else locale.toString(value)


def refusal_text(error: BaseException) -> str:
    """What to tell the teacher."""
    if isinstance(error, ChangedSince):
        from autonomy.ui.words.phrases import label_text  # the phrases' wording: only for this rare refusal

        text = (tr("“{label}” cannot be undone: what it changed was changed again since. Nothing was changed, and "
                   "it was taken off the undo list.") if error.undo else
                tr("“{label}” cannot be redone: what it changed was changed again since. Nothing was changed, and "
                   "it was taken off the undo list."))
        return text.format(label=label_text(error.label))
    if not isinstance(error, AutonomyError) or not error.code:
        return str(error)
    v = error.values
    field = field_name(str(v.get("field", "")))
    name = str(v.get("name", ""))
    day = v.get("day")
    shown_day = day_text(day) if isinstance(day, dt.date) else ""
    empty = {
        "student name": tr("Type the student’s name first."),
        "classroom name": tr("Give the class a name first."),
        "category name": tr("Give the category a name first."),
        "level name": tr("Give the level a name first."),
        "dimension name": tr("Give the dimension a name first."),
        "choice": tr("Type or pick the choice first."),
    }
    code = error.code
    if code == "empty":
        return empty.get(str(v.get("field")), tr("“{field}” cannot be left empty.").format(field=field))
    if code == "too_long":
        return tr("“{field}” is {length} characters long; at most {limit} fit.").format(
            field=field, length=_number(v.get("length")), limit=_number(v.get("limit")))
    if code == "control":
        return tr("“{field}” contains control characters (such as a tab or a line break), which cannot be stored."
                  ).format(field=field)
    if code == "not_text":
        return tr("“{field}” must be text.").format(field=field)
    if code == "future":
        return tr("{day} is in the future: choose today or a day before.").format(day=shown_day)
    if code == "outside_dates":
        return tr("{day} is outside the dates Autonomy keeps.").format(day=shown_day)
    if code == "archived":
        return tr("{name} is archived: restore them first to log for them.").format(name=name)
    if code == "classroom_exists":
        return tr("You already have a class called “{name}”. Choose another name.").format(name=name)
    if code == "student_exists":
        return tr("{name} is already in this class.").format(name=name)
    if code == "student_id_exists":
        return tr("A student with the ID {id} is already in this class.").format(id=v.get("id"))
    if code == "category_exists":
        return tr("There is already a category called “{name}”.").format(name=name)
    if code == "dimension_exists":
        return tr("There is already a dimension called “{name}”.").format(name=name)
    if code == "already_at_level":
        return tr("{name} is already at that level.").format(name=name)
    if code == "nothing_to_undo":
        return tr("There is nothing to undo.")
    if code == "nothing_to_redo":
        return tr("There is nothing to redo.")
    if code in ("undo_list_changed", "redo_list_changed"):
        return tr("The list of changes changed in another window; nothing was changed. Try again.")
    return str(error)
