"""Which school system wrote a roster file, told from its header, and which of its rows are current students.

Each system names its columns its own way (OneRoster's `givenName`, Google's `First Name [Required]`,
PowerSchool's `LastFirst`, Gibbon's `Preffered Name` as Gibbon itself spells it) and marks staff, guardians and
deleted accounts its own way (a `role` column, `status=tobedeleted`, `enabledUser=false`, `Enroll_Status=2`,
Moodle's `deleted=1`). `find_layout` reads the header once; `left_out_reason` then says of each row whether it is
a current student, and if not, why not ("staff", "deleted" …), so the import can count what it left out.

Files that hold no students at all (a list of schools, classes, courses, terms, enrolments or teachers) are
recognised too, so they are refused with a sentence saying what they look like instead of imported as pupils.

Pure Python: the standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER_SEPARATORS = re.compile(r"[\s_\-]+")
# Google's bulk-upload header marks columns "[Required]" or "[UPLOAD ONLY]"; the name is what comes before.
_BRACKETED = re.compile(r"\[[^\]]*\]")

FULL_NAME_HEADERS = ("name", "fullname", "studentname", "student", "displayname", "pupilname", "learner")
FIRST_NAME_HEADERS = ("firstname", "givenname", "forename", "legalforename", "legalfirstname")
LAST_NAME_HEADERS = ("lastname", "surname", "familyname", "legalsurname", "legallastname")
# What the student goes by; used instead of the first (last) name when the cell is not empty. Gibbon spells its
# own column "Preffered Name"; openSIS calls it the common name, Moodle the alternate name.
PREFERRED_NAME_HEADERS = ("preferredname", "preferredforename", "preferredfirstname", "preferredgivenname",
                          "prefferedname", "commonname", "alternatename")
PREFERRED_LAST_NAME_HEADERS = ("preferredsurname", "preferredlastname", "preferredfamilyname")
PREFERRED_FULL_NAME_HEADERS = ("shortname",)  # Canvas: the name shown in the course
LAST_FIRST_HEADERS = ("lastfirst", "sortablename")  # "Last, First" in one cell (PowerSchool, Canvas)
LEGAL_NAME_HEADERS = ("officialname", "legalname")  # the full name on official documents (Gibbon)
ID_HEADERS = ("id", "studentid", "externalid", "studentnumber", "pupilnumber", "sisid", "upn", "admissionnumber")
# The school's id when none of the above is there, best first: OneRoster/SDS, Canvas, Moodle, Google.
FALLBACK_ID_HEADERS = ("sourcedid", "userid", "idnumber", "employeeid", "username")
ROLE_HEADERS = ("role", "primaryrole", "declaredusertype", "employeetype")
STATUS_HEADERS = ("status", "newstatus")

STUDENT_ROLES = frozenset({"student", "students", "learner", "pupil", "studentother"})
GUARDIAN_ROLES = frozenset({"guardian", "parent", "relative", "observer", "contact", "family"})
ACTIVE_STATUSES = frozenset({"", "active", "full", "enabled", "current"})
DELETED_STATUSES = frozenset({"deleted", "tobedeleted"})
_FALSE = frozenset({"false", "0", "no", "n"})
_TRUE = frozenset({"true", "1", "yes", "y"})

# Reasons a row is left out, as `left_out_reason` gives them (the CLI and the UI word them).
STAFF, GUARDIAN, DELETED, INACTIVE, DISABLED = "staff", "guardian", "deleted", "inactive", "disabled"
NOT_A_STUDENT = "not a student"  # roles.csv gives this user no student role


def header_key(cell: str) -> str:
    return _HEADER_SEPARATORS.sub("", _BRACKETED.sub("", cell.casefold()))


@dataclass(frozen=True)
class Layout:
    """Where a roster file keeps each thing the import needs (column indexes), and which system wrote it."""

    format: str
    full: int | None = None
    first: int | None = None
    preferred: int | None = None
    last: int | None = None
    preferred_last: int | None = None
    preferred_full: int | None = None
    last_first: int | None = None
    legal: int | None = None
    external_id: int | None = None
    role: int | None = None
    status: int | None = None
    enabled: int | None = None  # OneRoster enabledUser: false = account switched off
    enroll_status: int | None = None  # PowerSchool: 0 = currently enrolled
    deleted: int | None = None  # Moodle: 1 = deleted
    suspended: int | None = None  # Moodle: 1 = suspended

    @property
    def has_name(self) -> bool:
        return any(i is not None for i in (self.full, self.first, self.preferred, self.last_first,
                                           self.preferred_full))


# (format, header keys that must all be there, header keys that must not be): first match wins.
_FORMATS: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    ("OneRoster 1.2 users.csv", frozenset({"sourcedid", "enableduser", "givenname", "familyname"}),
     frozenset({"role"})),
    ("OneRoster 1.1 users.csv", frozenset({"sourcedid", "enableduser", "givenname", "familyname", "role"}),
     frozenset()),
    ("Microsoft SDS v2 users.csv", frozenset({"sourcedid", "givenname", "familyname", "role"}), frozenset()),
    ("Microsoft SDS v2.1 users.csv", frozenset({"sourcedid", "givenname", "familyname", "username"}),
     frozenset()),
    ("Microsoft SDS v1 Student.csv", frozenset({"sisid", "schoolsisid", "firstname", "lastname"}),
     frozenset({"teachernumber"})),
    ("Microsoft SDS v1 UK Student.csv", frozenset({"id", "schooldfenumber", "firstname", "lastname"}),
     frozenset({"teachernumber"})),
    ("Clever students.csv", frozenset({"schoolid", "studentid", "firstname", "lastname"}), frozenset()),
    ("Google Workspace user list", frozenset({"firstname", "lastname", "emailaddress", "orgunitpath"}),
     frozenset()),
    ("PowerSchool student export", frozenset({"lastfirst"}), frozenset()),
    ("Canvas SIS users.csv", frozenset({"userid", "loginid"}), frozenset()),
    ("Gibbon user export", frozenset({"surname", "firstname", "prefferedname"}), frozenset()),
    ("Gibbon user export", frozenset({"surname", "firstname", "officialname"}), frozenset()),
    ("openSIS student list", frozenset({"firstname", "lastname", "commonname"}), frozenset()),
    ("Moodle user upload", frozenset({"username", "firstname", "lastname", "email"}), frozenset()),
)

# Formats that keep each person's role in a roles.csv beside the users file.
ROLES_APART = frozenset({"OneRoster 1.2 users.csv", "Microsoft SDS v2.1 users.csv"})

# What a file without students looks like: (header keys that must all be there, keys that must not, sentence).
_NOT_STUDENTS: tuple[tuple[frozenset[str], frozenset[str], str], ...] = (
    (frozenset({"propertyname", "value"}), frozenset(),
     "it looks like a OneRoster manifest.csv (it describes the bundle's files); import the users file, the "
     "folder or the .zip"),
    (frozenset({"classsourcedid", "usersourcedid"}), frozenset(),
     "it looks like an enrolments file (enrollments.csv: which user is in which class), not a list of students"),
    (frozenset({"usersourcedid", "role"}), frozenset(),
     "it looks like a roles file (roles.csv: each user's role), not a list of students"),
    (frozenset({"sectionsisid", "sisid"}), frozenset({"firstname"}),
     "it looks like an SDS enrolment or teacher roster file (who is in which section), not a list of students"),
    (frozenset({"sectionid", "studentid"}), frozenset({"firstname", "name", "fullname", "studentname"}),
     "it looks like a Clever enrollments.csv (who is in which section), not a list of students"),
    (frozenset({"sourcedid", "name", "type"}), frozenset({"givenname"}),
     "it looks like an organisations file (orgs.csv: schools and districts), not a list of students"),
    (frozenset({"sourcedid", "title", "coursecode"}), frozenset(),
     "it looks like a courses file (courses.csv), not a list of students"),
    (frozenset({"sourcedid", "title", "startdate"}), frozenset(),
     "it looks like a terms file (academicSessions.csv), not a list of students"),
    (frozenset({"sourcedid", "title"}), frozenset({"givenname"}),
     "it looks like a classes file (classes.csv: the school's classes), not a list of students"),
    (frozenset({"sisid", "sectionname"}), frozenset(),
     "it looks like an SDS Section.csv (the school's sections), not a list of students"),
    (frozenset({"sisid", "schoolnumber"}), frozenset(),
     "it looks like an SDS School.csv (a list of schools), not a list of students"),
    (frozenset({"sisid", "teachernumber"}), frozenset(),
     "it looks like an SDS Teacher.csv (a list of teachers), not a list of students"),
    (frozenset({"id", "schooldfenumber", "teachernumber"}), frozenset(),
     "it looks like an SDS UK Teacher.csv (a list of teachers), not a list of students"),
    (frozenset({"id", "sectionname"}), frozenset({"firstname", "name", "fullname", "studentname"}),
     "it looks like an SDS UK Section.csv (the school's sections), not a list of students"),
    (frozenset({"sectionid", "id"}), frozenset({"firstname", "name", "fullname", "studentname"}),
     "it looks like an SDS UK enrolment or teacher roster file (who is in which section), not a list of "
     "students"),
    (frozenset({"dfenumber", "name"}), frozenset({"firstname"}),
     "it looks like an SDS UK School.csv (a list of schools), not a list of students"),
    (frozenset({"teacherid", "firstname"}), frozenset({"studentid"}),
     "it looks like a Clever teachers.csv (a list of teachers), not a list of students"),
    (frozenset({"schoolid", "sectionid", "name"}), frozenset({"firstname"}),
     "it looks like a Clever sections.csv (the school's sections), not a list of students"),
    (frozenset({"schoolid", "schoolname"}), frozenset({"firstname", "studentid"}),
     "it looks like a list of schools, not a list of students"),
)


def what_the_file_is_instead(columns: tuple[str, ...]) -> str | None:
    """A sentence saying what kind of non-student file this header belongs to, or None."""
    keys = frozenset(header_key(c) for c in columns)
    for needed, excluded, sentence in _NOT_STUDENTS:
        if needed <= keys and not excluded & keys:
            return sentence
    return None


def find_layout(columns: tuple[str, ...]) -> Layout | None:
    """The columns of a roster header, or None when it has no name column."""
    keys = [header_key(c) for c in columns]
    present = frozenset(keys)

    def leftmost(names: tuple[str, ...]) -> int | None:
        return next((i for i, key in enumerate(keys) if key in names), None)

    def first_of(names: tuple[str, ...]) -> int | None:
        return next((keys.index(n) for n in names if n in present), None)

    fmt = next((name for name, needed, excluded in _FORMATS if needed <= present and not excluded & present),
               "plain list of names")
    external_id = leftmost(ID_HEADERS)
    if external_id is None:
        external_id = first_of(FALLBACK_ID_HEADERS)
    layout = Layout(
        format=fmt,
        full=leftmost(FULL_NAME_HEADERS),
        first=leftmost(FIRST_NAME_HEADERS),
        preferred=leftmost(PREFERRED_NAME_HEADERS),
        last=leftmost(LAST_NAME_HEADERS),
        preferred_last=leftmost(PREFERRED_LAST_NAME_HEADERS),
        preferred_full=leftmost(PREFERRED_FULL_NAME_HEADERS),
        last_first=leftmost(LAST_FIRST_HEADERS),
        legal=leftmost(LEGAL_NAME_HEADERS),
        external_id=external_id,
        role=leftmost(ROLE_HEADERS),
        status=leftmost(STATUS_HEADERS),
        enabled=leftmost(("enableduser",)),
        enroll_status=leftmost(("enrollstatus",)),
        deleted=leftmost(("deleted",)) if fmt.startswith("Moodle") else None,
        suspended=leftmost(("suspended",)) if fmt.startswith("Moodle") else None,
    )
    return layout if layout.has_name else None


def columns_used(layout: Layout, columns: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """For the dry run: the header cells read for the name, the preferred name, the id and the filters."""

    def named(*indexes: int | None) -> tuple[str, ...]:
        return tuple(columns[i] for i in indexes if i is not None)

    if layout.full is not None:
        name = named(layout.full)
    elif layout.first is not None or layout.last is not None:
        name = named(layout.first, layout.last)
    else:
        name = named(layout.last_first, layout.preferred)
    if layout.last_first is not None and layout.first is None and layout.full is None:
        name = named(layout.last_first)
    return {
        "name": name,
        "preferred": named(layout.preferred_full, layout.preferred, layout.preferred_last),
        "id": named(layout.external_id),
        "legal": named(layout.legal),
        "filters": named(layout.role, layout.status, layout.enabled, layout.enroll_status, layout.deleted,
                         layout.suspended),
    }


def role_reason(role: str) -> str | None:
    """None for a student; else why the row is left out ("staff", "guardian")."""
    key = header_key(role)
    if key in STUDENT_ROLES or not key:
        return None
    return GUARDIAN if key in GUARDIAN_ROLES else STAFF


def left_out_reason(cells: list[str], layout: Layout) -> str | None:
    """None when the row is a current student; else the reason it is left out."""

    def cell(index: int | None) -> str:
        return cells[index].strip() if index is not None and index < len(cells) else ""

    if layout.role is not None:
        reason = role_reason(cell(layout.role))
        if reason is not None:
            return reason
    status = header_key(cell(layout.status))
    if status in DELETED_STATUSES or cell(layout.deleted).casefold() in _TRUE:
        return DELETED
    if cell(layout.enabled).casefold() in _FALSE:
        return DISABLED
    if status == "suspended" or cell(layout.suspended).casefold() in _TRUE:
        return DISABLED
    if status not in ACTIVE_STATUSES:
        return INACTIVE  # Gibbon "Left", "Expected"; SDS "Inactive"
    enrolled = cell(layout.enroll_status)
    if enrolled and enrolled != "0":  # PowerSchool: -1 pre-registered, 2 transferred out, 3 graduated
        return INACTIVE
    return None


def split_last_first(text: str) -> tuple[str, str]:
    """("First", "Last") from "Last, First"; a cell without a comma is taken as the whole name (first part)."""
    if "," not in text:
        return text.strip(), ""
    last, _, first = text.partition(",")
    return first.strip(), last.strip()
