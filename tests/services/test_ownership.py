"""Ownership of everything an import or an undo touches: a teacher's file, or a hand-edited undo journal, cannot
reach another teacher's classrooms and students. Identities are given with `Database.acting_as` (the same checks
run on SQLite and on a server; tests/postgres/test_ownership.py repeats the main cases with real logins)."""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from autonomy.core.errors import NotAllowed, RefusedFile
from autonomy.core.roster_csv import parse_roster
from autonomy.core.suggestion_facts import Evidence, Suggestion
from autonomy.core.types import EventKind, Role, SuggestionKind
from autonomy.services import Services
from autonomy.services.settings import BackupSchedule
from autonomy.services.unit import to_json
from autonomy.storage.database import Database
from autonomy.storage.models import Action, Base, RowChange
from tests.services.helpers import state

AT = "2026-11-02T10:00:00+00:00"


@pytest.fixture
def school(db: Database) -> dict[str, Any]:
    """Amy and Bo, a classroom each, a student each with an event, a level change, a choice, a reflection and a
    decision; Bo's ids are what any shared export of his shows."""
    amy = Services.over(db.acting_as("amy", Role.TEACHER))
    bo = Services.over(db.acting_as("bo", Role.TEACHER))
    ids: dict[str, Any] = {"amy": amy, "bo": bo}
    for name, teacher, student in (("amy", amy, "Ali"), ("bo", bo, "Bea")):
        room = teacher.roster.create_classroom(f"{name}'s 7B")
        pupil = teacher.roster.add_student(room.id, student, notes=f"{student}'s notes")
        (event,) = teacher.events.log([pupil.id], "break", "left_area", severity="minor")
        change = teacher.levels.change_level(pupil.id, "workspace", 1)
        choice = teacher.choices.record(pupil.id, "workspace", "Library")
        reflection = teacher.reflections.record(pupil.id, event_ids=[event.id], self_ratings={"pacing": 1})
        decision = teacher.decisions.record(kind="check_in", decision="dismissed", student_id=pupil.id)
        ids[name + "_ids"] = {"classroom": room.id, "student": pupil.id, "event": event.id, "change": change.id,
                              "choice": choice.id, "reflection": reflection.id, "decision": decision.id}
    ids["amy_ids"]["other_classroom"] = amy.roster.create_classroom("Amy's 8A").id
    return ids


def _own_file(amy: Services) -> dict[str, Any]:
    """Amy's own export: importing it back changes nothing and is accepted."""
    return amy.exchange.export_document()


def _record(section: str, student: str, **extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": str(uuid.uuid4()), "student": student, "at": AT}
    shapes = {
        "events": {"kind": "build", "category": "helped_peer", "dimension": None, "severity": None, "habit": None,
                   "note": ""},
        "level_changes": {"dimension": "pacing", "from_level": 0, "to_level": 1, "reason": "", "source": "manual"},
        "choices": {"date": AT[:10], "dimension": "workspace", "choice": "Hallway", "within_level": True},
        "reflections": {"events": [], "prompts": [], "student_words": "", "agreement": "", "follow_up": None,
                        "outcome": None, "self_ratings": {}},
        "decisions": {"classroom": None, "dimension": None, "kind": "check_in", "decision": "dismissed",
                      "until": None, "reason": None, "evidence": []},
    }
    return {**base, **shapes[section], **extra}


Edit = Callable[[dict[str, Any], dict[str, str], dict[str, str]], None]  # (file, amy's ids, bo's ids)


def _add(section: str, make: Callable[[dict[str, str], dict[str, str]], dict[str, Any]]) -> Edit:
    return lambda doc, mine, his: doc[section].append(make(mine, his))


# Every way a file can name one of Bo's records: (the edit, the section and id the refusal must name).
CROSS_OWNER_IMPORTS: dict[str, tuple[Edit, str]] = {
    "event of his student": (_add("events", lambda m, h: _record("events", h["student"])), "events"),
    "event with his event's id": (_add("events", lambda m, h: _record("events", m["student"], id=h["event"])),
                                  "events"),
    "level change of his student": (_add("level_changes", lambda m, h: _record("level_changes", h["student"])),
                                    "level_changes"),
    "level change with his id": (_add("level_changes", lambda m, h: _record("level_changes", m["student"],
                                                                            id=h["change"])), "level_changes"),
    "level change citing his event": (_add("level_changes", lambda m, h: _record(
        "level_changes", m["student"], evidence=[h["event"]])), "level_changes"),
    "choice of his student": (_add("choices", lambda m, h: _record("choices", h["student"])), "choices"),
    "choice with his id": (_add("choices", lambda m, h: _record("choices", m["student"], id=h["choice"])),
                           "choices"),
    "reflection of his student": (_add("reflections", lambda m, h: _record("reflections", h["student"])),
                                  "reflections"),
    "self-rating of his student": (_add("reflections", lambda m, h: _record(
        "reflections", h["student"], self_ratings={"workspace": 2})), "reflections"),
    "reflection answering his event": (_add("reflections", lambda m, h: _record(
        "reflections", m["student"], events=[h["event"]])), "reflections"),
    "reflection with his id": (_add("reflections", lambda m, h: _record("reflections", m["student"],
                                                                        id=h["reflection"])), "reflections"),
    "decision about his student": (_add("decisions", lambda m, h: _record("decisions", h["student"])),
                                   "decisions"),
    "decision about his classroom": (_add("decisions", lambda m, h: _record(
        "decisions", None, kind="class_step", classroom=h["classroom"])), "decisions"),
    "decision with his id": (_add("decisions", lambda m, h: _record("decisions", m["student"], id=h["decision"])),
                             "decisions"),
    "decision citing his event": (_add("decisions", lambda m, h: _record("decisions", m["student"],
                                                                         evidence=[h["event"]])), "decisions"),
    "his student listed": (_add("students", lambda m, h: {"id": h["student"], "name": "Bea", "external_id": None,
                                                          "classrooms": [m["classroom"]], "active": True}),
                           "students"),
    "a new student in his classroom": (_add("students", lambda m, h: {
        "id": str(uuid.uuid4()), "name": "Cal", "external_id": None, "classrooms": [h["classroom"]],
        "active": True}), "students"),
    "her student enrolled in his classroom": (
        lambda doc, m, h: doc["students"][0]["classrooms"].append(h["classroom"]), "students"),
    "his classroom listed": (_add("classrooms", lambda m, h: {"id": h["classroom"], "name": "Mine now",
                                                              "subject": "", "school_year": "", "archived": False}),
                             "classrooms"),
}


@pytest.mark.parametrize("case", list(CROSS_OWNER_IMPORTS))
def test_an_import_touching_another_teachers_records_is_refused_and_changes_nothing(school: dict[str, Any],
                                                                                    case: str) -> None:
    amy = school["amy"]
    edit, section = CROSS_OWNER_IMPORTS[case]
    doc = copy.deepcopy(_own_file(amy))
    edit(doc, school["amy_ids"], school["bo_ids"])
    record = doc[section][-1] if case != "her student enrolled in his classroom" else doc[section][0]
    before = state(amy)
    with pytest.raises(RefusedFile) as refused:
        amy.exchange.import_document(doc)
    assert any(p.startswith(f"{section}[") and record["id"] in p for p in refused.value.problems), \
        refused.value.problems
    assert "Bea" not in refused.value.details()  # ids only: nothing stored is shown
    assert state(amy) == before


def test_the_same_records_about_her_own_student_are_imported(school: dict[str, Any]) -> None:
    """The refusals above are about whose records they are, not their shape."""
    amy, mine = school["amy"], school["amy_ids"]
    doc = _own_file(amy)
    for section in ("events", "level_changes", "choices", "reflections", "decisions"):
        doc[section].append(_record(section, mine["student"]))
    doc["reflections"][-1]["events"] = [mine["event"]]
    result = amy.exchange.import_document(doc)
    assert result.total_added == 5


def test_an_administrator_imports_every_teachers_records(db: Database, school: dict[str, Any]) -> None:
    admin = Services.over(db.acting_as("head", Role.ADMIN))
    doc = _own_file(school["amy"])
    doc["events"].append(_record("events", school["bo_ids"]["student"]))
    assert admin.exchange.import_document(doc).added["events"] == 1


def test_a_coach_imports_nothing(db: Database, school: dict[str, Any]) -> None:
    coach = Services.over(db.acting_as("cora", Role.COACH))
    with pytest.raises(NotAllowed, match="coach"):
        coach.exchange.import_document(_own_file(school["amy"]))


# --- the undo journal -----------------------------------------------------------------------------------------
def _latest(db: Database, actor: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(Action.id).where(Action.actor == actor, Action.state == "done")
                            .order_by(Action.id.desc()).limit(1)).scalar_one()


def _changes(db: Database, action_id: int) -> list[Any]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(RowChange).where(RowChange.action_id == action_id).order_by(RowChange.id)))


def _journal(db: Database, statement: Any) -> None:
    """An edit of the undo journal made outside the app (psql)."""
    with db.engine.begin() as conn:
        conn.execute(statement)


def _stored(db: Database, table: str, **key: Any) -> dict[str, Any]:
    """A row as the undo journal writes it (JSON values)."""
    columns = Base.metadata.tables[table]
    with db.engine.connect() as conn:
        row = conn.execute(select(columns).filter_by(**key)).mappings().one()
    return {name: to_json(value) for name, value in row.items()}


def _journal_rows(db: Database) -> list[Any]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(Action).order_by(Action.id))] + [
            tuple(r) for r in conn.execute(select(RowChange).order_by(RowChange.id))]


def _amy_edits_ali(school: dict[str, Any]) -> int:
    amy = school["amy"]
    amy.roster.edit_student(school["amy_ids"]["student"], notes="Amy's edit")
    return _latest(amy.db, "amy")


def _retarget(db: Database, action_id: int, student: dict[str, Any]) -> None:
    """Point the action's one row change at another student: key, before and after."""
    (change,) = _changes(db, action_id)
    after = {**change.after, "id": student["id"], "notes": "rewritten"}
    _journal(db, update(RowChange).where(RowChange.id == change.id).values(
        row_key={"id": student["id"]}, before=student, after=after))


def _forged_actor(school: dict[str, Any]) -> None:
    """Bo's own edit, the actor of its undo step changed to Amy."""
    school["bo"].roster.edit_student(school["bo_ids"]["student"], notes="Bo's edit")
    db = school["amy"].db
    _journal(db, update(Action).where(Action.id == _latest(db, "bo")).values(actor="amy"))


def _rewritten_row(school: dict[str, Any]) -> None:
    db = school["amy"].db
    _retarget(db, _amy_edits_ali(school), _stored(db, "students", id=school["bo_ids"]["student"]))


def _extra_row(school: dict[str, Any], table: str, key: dict[str, Any], before: Any, after: Any) -> None:
    db = school["amy"].db
    action = _amy_edits_ali(school)
    _journal(db, insert(RowChange).values(action_id=action, table_name=table, row_key=key, before=before,
                                          after=after))


def _his_enrolment(school: dict[str, Any]) -> None:
    """Undoing it would put back an enrolment of his student in her classroom (and so show her everything)."""
    row = {"student_id": school["bo_ids"]["student"], "classroom_id": school["amy_ids"]["classroom"]}
    _extra_row(school, "enrolments", row, row, None)


def _his_classroom(school: dict[str, Any]) -> None:
    row = _stored(school["amy"].db, "classrooms", id=school["bo_ids"]["classroom"])
    _extra_row(school, "classrooms", {"id": row["id"]}, {**row, "owner": "amy"}, row)


def _his_event_deleted(school: dict[str, Any]) -> None:
    event = school["bo"].events.for_student(school["bo_ids"]["student"])[0]
    _extra_row(school, "trust_events", {"id": event.id}, {"id": event.id, "deleted": False},
               {"id": event.id, "deleted": True})


def _journal_row(school: dict[str, Any]) -> None:
    _extra_row(school, "actions", {"id": 1}, {"id": 1, "state": "done"}, {"id": 1, "state": "undone"})


def _her_event_moved_to_him(school: dict[str, Any]) -> None:
    """Amy's own event, the image undo writes back giving it to Bo's student."""
    amy, db = school["amy"], school["amy"].db
    amy.events.log([school["amy_ids"]["student"]], "build", "helped_peer")
    (change,) = _changes(db, _latest(db, "amy"))
    _journal(db, update(RowChange).where(RowChange.id == change.id).values(
        before={**change.after, "student_id": school["bo_ids"]["student"]}))


def _his_reflection_linked(school: dict[str, Any]) -> None:
    row = {"reflection_id": school["bo_ids"]["reflection"], "event_id": school["bo_ids"]["event"]}
    _extra_row(school, "reflection_events", row, row, None)


CROSS_OWNER_UNDOS: dict[str, Callable[[dict[str, Any]], None]] = {
    "his action, its actor changed": _forged_actor,
    "her action rewritten onto his student": _rewritten_row,
    "her action enrolling his student in her classroom": _his_enrolment,
    "her action handing her his classroom": _his_classroom,
    "her action deleting his student's event": _his_event_deleted,
    "her action rewriting the journal itself": _journal_row,
    "her action giving her event to his student": _her_event_moved_to_him,
    "her action unlinking his reflection": _his_reflection_linked,
}


@pytest.mark.parametrize("case", list(CROSS_OWNER_UNDOS))
@pytest.mark.parametrize("step", ["undo", "redo"])
def test_an_undo_reaching_another_teachers_records_is_refused_and_changes_nothing(school: dict[str, Any],
                                                                                case: str, step: str) -> None:
    amy = school["amy"]
    CROSS_OWNER_UNDOS[case](school)
    action = _latest(amy.db, "amy")
    if step == "redo":  # the same forged step, met on the redo side
        _journal(amy.db, update(Action).where(Action.id == action).values(state="undone"))
        for change in _changes(amy.db, action):
            _journal(amy.db, update(RowChange).where(RowChange.id == change.id).values(
                before=change.after, after=change.before))
    before, journal = state(amy), _journal_rows(amy.db)
    with pytest.raises(NotAllowed, match=f"Undo step {action} "):
        getattr(amy.history, step)()
    assert state(amy) == before
    assert _journal_rows(amy.db) == journal  # not even taken off the list


def test_another_teachers_step_is_not_undone_on_a_shared_file(db: Database, school: dict[str, Any]) -> None:
    """An SQLite file has one undo list: its latest step, Bo's, is not Amy's to undo."""
    if not db.is_sqlite:
        pytest.skip("on a server each user's undo list holds their own steps only")
    school["bo"].roster.edit_student(school["bo_ids"]["student"], notes="Bo's edit")
    before = state(school["amy"])
    with pytest.raises(NotAllowed, match="bo"):
        school["amy"].history.undo()
    assert state(school["amy"]) == before


def test_a_coach_undoes_nothing(db: Database, school: dict[str, Any]) -> None:
    coach = Services.over(db.acting_as("cora", Role.COACH))
    with pytest.raises(NotAllowed, match="coach"):
        coach.history.undo()


OWN_STEPS: dict[str, Callable[[Services, dict[str, str]], Any]] = {
    "add a student": lambda s, m: s.roster.add_student(m["classroom"], "Dana"),
    "enrol in her other classroom": lambda s, m: s.roster.enrol(m["student"], m["other_classroom"]),
    "a new classroom with its roster": lambda s, m: s.roster.import_roster_new_class(
        "9C", parse_roster(b"Name\nEli\nFay\n")),
    "log an event": lambda s, m: s.events.log([m["student"]], "build", "helped_peer"),
    "edit the student": lambda s, m: s.roster.edit_student(m["student"], notes="Moved seats"),
    "a reflection": lambda s, m: s.reflections.record(m["student"], event_ids=[m["event"]],
                                                      self_ratings={"choice": 1}),
    "a level change": lambda s, m: s.levels.change_level(m["student"], "workspace", 2),
    "rename a level (school-wide)": lambda s, m: s.levels.rename_level("pacing", 1, "Own order"),
    "archive her classroom": lambda s, m: s.roster.set_classroom_archived(m["classroom"], True),
}


@pytest.mark.parametrize("case", list(OWN_STEPS))
def test_a_teacher_undoes_and_redoes_her_own_steps(school: dict[str, Any], case: str) -> None:
    amy = school["amy"]
    before = state(amy)
    OWN_STEPS[case](amy, school["amy_ids"])
    after = state(amy)
    amy.history.undo()
    assert state(amy) == before
    amy.history.redo()
    assert state(amy) == after


# --- every other service write --------------------------------------------------------------------------------
def _suggestion(student: str, classroom: str, evidence: str) -> Suggestion:
    return Suggestion(SuggestionKind.CHECK_IN, student, "Ali", classroom, None, None, None,
                      (Evidence(evidence, dt.date(2026, 11, 2), EventKind.BREAK),), "Check in with Ali.")


SERVICE_WRITES: dict[str, Callable[[Services, dict[str, str], dict[str, str]], Any]] = {
    "a roster import into his classroom": lambda s, m, h: s.roster.import_roster(
        h["classroom"], parse_roster(b"Name\nEli\n")),
    "a level change citing his event": lambda s, m, h: s.levels.change_level(
        m["student"], "pacing", 2, evidence=(h["event"],)),
    "a level change from his reflection": lambda s, m, h: s.levels.change_level(
        m["student"], "pacing", 2, reflection_id=h["reflection"]),
    "a decision citing his event": lambda s, m, h: s.decisions.record(
        kind="check_in", decision="dismissed", student_id=m["student"], evidence=[h["event"]]),
    "dismissing a suggestion citing his event": lambda s, m, h: s.suggestions.dismiss(
        _suggestion(m["student"], m["classroom"], h["event"])),
    "a suggestion about her student in his classroom": lambda s, m, h: s.suggestions.snooze(
        _suggestion(m["student"], h["classroom"], m["event"]), dt.date.today() + dt.timedelta(days=3)),
}


@pytest.mark.parametrize("case", list(SERVICE_WRITES))
def test_every_service_write_checks_each_id_it_is_handed(school: dict[str, Any], case: str) -> None:
    amy = school["amy"]
    before = state(amy)
    with pytest.raises(NotAllowed):
        SERVICE_WRITES[case](amy, school["amy_ids"], school["bo_ids"])
    assert state(amy) == before


def test_a_coach_changes_no_setting(db: Database) -> None:
    coach = Services.over(db.acting_as("cora", Role.COACH))
    with pytest.raises(NotAllowed, match="coach"):
        coach.settings.set_backup_schedule(BackupSchedule(enabled=False))
