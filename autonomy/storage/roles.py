"""The PostgreSQL roles and row-level security of a shared server, as SQL (README, "A shared server").

    python -m autonomy.storage.roles autonomy | psql -d autonomy     # as the database's owner or a superuser

Three group roles: `autonomy_admin` (everything, and may run the migrations), `autonomy_teacher` and
`autonomy_coach` (reads only). Each person logs in with a role of their own, member of one of them; that role's
name is who the app says they are (`Database.who`). The server itself, not only the app, keeps each teacher's
students private: a teacher logged in with `psql` reaches exactly what the app would let them reach.

- Classroom data (`CLASSROOM_TABLES`) has row-level security, enabled and forced (so it holds for the tables'
  owner too unless that owner is a superuser or an administrator). A teacher sees and changes the classrooms
  they own (`owner = current_user`; a classroom can be added only as one's own and never handed on: that is an
  administrator's job), the students enrolled in them, and those students' rows; a student enrolled nowhere
  (just added, in the same transaction as the enrolment that follows, or the last step of an undo) too, and a
  teacher's transaction cannot commit leaving one so (a deferred constraint trigger). A teacher may enrol a
  student in their own classroom only if the student is theirs already or enrolled nowhere.
  Decisions go by their student or their classroom. The undo journal: a teacher's own `actions`
  (`actor = current_user`, so an action cannot be written in another's name) and their `row_changes`, which a
  teacher may add but never edit. Because undo and redo run as the teacher, they reach the same rows and no more.
- A coach reads every row and writes none (grants: SELECT only). An administrator has a policy letting them do
  everything; a superuser bypasses row security anyway.
- The school-wide lists (`SCHOOL_LISTS`: ladders and the event catalogue) have no row security: every teacher
  may edit them, as in the app. `settings` (the school's suggestion policy) and `alembic_version` are read-only
  for teachers.

The SQL is idempotent: running it again drops and re-creates every policy. The app applies the per-database
part (`database_sql`) itself after it has migrated a database set up this way (`apply_if_shared`), so a table
a new version adds is never left open, and `autonomy check` refuses a server database whose teachers have grants
but whose policies are missing (`row_security_problems`).
"""

from __future__ import annotations

import sys

from sqlalchemy import Connection, text

from autonomy.storage.role_names import ADMIN_ROLE, CHECKIN_ROLE, COACH_ROLE, TEACHER_ROLE

# The record tables keyed by a text `id` (what an interchange file's ids name), for ids_taken().
ID_TABLES = ("classrooms", "students", "level_changes", "trust_events", "daily_choices", "reflections",
             "self_ratings", "suggestion_decisions")
HELPERS = "autonomy_rls"  # the schema of the policies' helper functions; nobody but its owner may create in it

CLASSROOM_TABLES = ("classrooms", "students", "enrolments", "level_changes", "trust_events", "daily_choices",
                    "reflections", "reflection_events", "self_ratings", "suggestion_decisions", "actions",
                    "row_changes", "checkin_setups", "checkin_students")
SCHOOL_LISTS = ("dimensions", "levels", "event_categories")
READ_ONLY_FOR_TEACHERS = ("settings", "alembic_version")
# Every table is in one of these three (a test checks it): a new table needs a decision here.

_ME = "(current_user)::text"  # (as text, so the comparison with a VARCHAR column can use its index)
_MY_CLASSROOMS = f"SELECT c.id FROM public.classrooms c WHERE c.owner = {_ME}"
_MY_STUDENTS = ("SELECT e.student_id FROM public.enrolments e JOIN public.classrooms c ON c.id = e.classroom_id "
                f"WHERE c.owner = {_ME}")


def _sees_student(column: str) -> str:
    # Both arms are hashed once per statement; the right one only if some row is not the teacher's (OR's arms
    # are evaluated in order), and it is small: the students enrolled nowhere.
    return f"({column} IN ({_MY_STUDENTS}) OR {column} IN (SELECT {HELPERS}.enrolled_nowhere()))"


def _visible_reflection(column: str) -> str:
    return f"({column} IS NULL OR {column} IN (SELECT r.id FROM public.reflections r))"  # (reflections' policy)


_IN_MY_CLASSROOM = f"classroom_id IN ({_MY_CLASSROOMS})"
_MY_ACTION = f"EXISTS (SELECT 1 FROM public.actions a WHERE a.id = row_changes.action_id AND a.actor = {_ME})"

# table -> (which rows a teacher sees, updates and deletes; what a row a teacher writes must satisfy)
_TEACHER_POLICIES: dict[str, tuple[str, str]] = {
    "classrooms": (f"owner = {_ME}", f"owner = {_ME}"),
    "students": (_sees_student("id"), _sees_student("id")),
    "enrolments": (_IN_MY_CLASSROOM, f"{_IN_MY_CLASSROOM} AND ({HELPERS}.in_my_classrooms(student_id) "
                                     f"OR NOT {HELPERS}.enrolled_anywhere(student_id))"),
    "level_changes": (_sees_student("student_id"),
                      f"{_sees_student('student_id')} AND {_visible_reflection('reflection_id')}"),
    "trust_events": (_sees_student("student_id"), _sees_student("student_id")),
    "daily_choices": (_sees_student("student_id"), _sees_student("student_id")),
    "reflections": (_sees_student("student_id"), _sees_student("student_id")),
    "reflection_events": ("reflection_id IN (SELECT r.id FROM public.reflections r)",
                          "reflection_id IN (SELECT r.id FROM public.reflections r) "
                          "AND event_id IN (SELECT t.id FROM public.trust_events t)"),
    "self_ratings": (_sees_student("student_id"),
                     f"{_sees_student('student_id')} AND {_visible_reflection('reflection_id')}"),
    "suggestion_decisions": (
        f"((student_id IS NOT NULL AND {_sees_student('student_id')}) OR {_IN_MY_CLASSROOM})",
        f"(student_id IS NOT NULL OR classroom_id IS NOT NULL) "
        f"AND (student_id IS NULL OR {_sees_student('student_id')}) "
        f"AND (classroom_id IS NULL OR {_IN_MY_CLASSROOM})"),
    "actions": (f"actor = {_ME}", f"actor = {_ME}"),
    "checkin_setups": (_IN_MY_CLASSROOM, _IN_MY_CLASSROOM),
    "checkin_students": (_sees_student("student_id"), _sees_student("student_id")),
    "row_changes": (_MY_ACTION, _MY_ACTION),
}
# What a teacher may do to each classroom table (the policies above then say which rows).
_TEACHER_GRANTS = {table: "SELECT, INSERT, UPDATE, DELETE" for table in CLASSROOM_TABLES}
_TEACHER_GRANTS["actions"] = "SELECT, INSERT, UPDATE (label, state)"  # an undo step is relabelled or undone
_TEACHER_GRANTS["row_changes"] = "SELECT, INSERT"  # what an action did is written once, never edited

# A classroom computer's check-in login (member of autonomy_checkin): its classroom is the one whose check-in
# names it (`checkin_setups.login`). It reads what services/checkin.py reads, column by column (never a note, a
# reason, a reflection or a student's notes), adds the students' own choices and self-ratings, takes back a
# student's own choice of today (a second pick replaces the first), and marks a requested self-rating as given.
_CHECKIN_ROOMS = f"SELECT s.classroom_id FROM public.checkin_setups s WHERE s.login = {_ME}"
_CHECKIN_STUDENTS = f"SELECT e.student_id FROM public.enrolments e WHERE e.classroom_id IN ({_CHECKIN_ROOMS})"
_BY_STUDENT = "made_by = 'student'"
_CHECKIN_GRANTS = {
    "classrooms": "SELECT",
    "enrolments": "SELECT",
    "students": "SELECT (id, name, active, created_at)",
    "level_changes": "SELECT (id, student_id, dimension_key, to_level, at)",
    "trust_events": "SELECT (id, student_id, kind, dimension_key, at, deleted)",
    "daily_choices": "SELECT (id, student_id, day, dimension_key, choice, made_by), "
                     "INSERT (id, student_id, day, dimension_key, choice, within_level, made_by), DELETE",
    "self_ratings": "SELECT (id, student_id, dimension_key, at, made_by, reflection_id), "
                    "INSERT (id, student_id, reflection_id, dimension_key, level, at, words, made_by)",
    "checkin_setups": "SELECT",
    "checkin_students": "SELECT, UPDATE (rating_asked)",
    "dimensions": "SELECT", "levels": "SELECT", "event_categories": "SELECT", "settings": "SELECT",
    "alembic_version": "SELECT",
}
# table -> [(command, USING, WITH CHECK)] for the check-in login (a table not named here shows it no row)
_CHECKIN_POLICIES: dict[str, list[tuple[str, str | None, str | None]]] = {
    "classrooms": [("SELECT", f"id IN ({_CHECKIN_ROOMS})", None)],
    "enrolments": [("SELECT", f"classroom_id IN ({_CHECKIN_ROOMS})", None)],
    "students": [("SELECT", f"id IN ({_CHECKIN_STUDENTS})", None)],
    "level_changes": [("SELECT", f"student_id IN ({_CHECKIN_STUDENTS})", None)],
    "trust_events": [("SELECT", f"student_id IN ({_CHECKIN_STUDENTS})", None)],
    "daily_choices": [("SELECT", f"student_id IN ({_CHECKIN_STUDENTS})", None),
                      ("INSERT", None, f"student_id IN ({_CHECKIN_STUDENTS}) AND {_BY_STUDENT}"),
                      ("DELETE", f"student_id IN ({_CHECKIN_STUDENTS}) AND {_BY_STUDENT} AND day = current_date",
                       None)],
    "self_ratings": [("SELECT", f"student_id IN ({_CHECKIN_STUDENTS})", None),
                     ("INSERT", None, f"student_id IN ({_CHECKIN_STUDENTS}) AND {_BY_STUDENT} "
                                      "AND reflection_id IS NULL")],
    "checkin_setups": [("SELECT", f"login = {_ME}", None)],
    "checkin_students": [("SELECT", f"student_id IN ({_CHECKIN_STUDENTS})", None),
                         ("UPDATE", f"student_id IN ({_CHECKIN_STUDENTS})", f"student_id IN ({_CHECKIN_STUDENTS})")],
}


# Tables (and columns) a database gets only from this revision on: on an older one (a server whose roles are set
# up before it is migrated) their statements wait, and the app applies them after it migrates (apply_if_shared).
_CHECKIN_TABLES = ("checkin_setups", "checkin_students")  # migration 0004


def _once_there(sql: str, table: str = "checkin_setups") -> str:
    return (f"DO $$ BEGIN IF to_regclass('public.{table}') IS NOT NULL THEN EXECUTE $q${sql}$q$; END IF; END $$;")


def _checkin_sql() -> list[str]:
    lines = [f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {CHECKIN_ROLE};"]
    lines += [_once_there(f"GRANT {grant} ON {table} TO {CHECKIN_ROLE}") for table, grant in _CHECKIN_GRANTS.items()]
    for table, policies in _CHECKIN_POLICIES.items():
        for i, (command, using, check) in enumerate(policies):
            sql = f"CREATE POLICY {CHECKIN_ROLE}_{command.lower()}_{i} ON {table} FOR {command} TO {CHECKIN_ROLE}"
            sql += f" USING ({using})" if using else ""
            sql += f" WITH CHECK ({check})" if check else ""
            lines.append(_once_there(sql))
    return lines


CHECKIN_POLICY_COUNT = sum(len(p) for p in _CHECKIN_POLICIES.values())


def group_roles_sql() -> str:
    """Creates the group roles if they are missing (roles belong to the whole server)."""
    return "\n".join(
        f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
        for role in (ADMIN_ROLE, TEACHER_ROLE, COACH_ROLE, CHECKIN_ROLE)
    )


def database_sql(database: str) -> str:
    """The grants and row-level security of one database (run in it, by its owner or a superuser). Holds no
    `%`, so a driver that reads placeholders runs it as it is."""
    everyone = f"{ADMIN_ROLE}, {TEACHER_ROLE}, {COACH_ROLE}, {CHECKIN_ROLE}"
    lines = [
        f'GRANT CONNECT ON DATABASE "{database}" TO {everyone};',
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC;",
        f"GRANT ALL ON SCHEMA public TO {ADMIN_ROLE};",
        f"GRANT USAGE ON SCHEMA public TO {TEACHER_ROLE}, {COACH_ROLE}, {CHECKIN_ROLE};",
        f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {ADMIN_ROLE};",
        f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {ADMIN_ROLE};",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {TEACHER_ROLE}, {COACH_ROLE};",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {COACH_ROLE};",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {TEACHER_ROLE};",
        # Teachers: the tables named here only (a table nobody classified stays closed to them).
        f"GRANT SELECT ON {', '.join(READ_ONLY_FOR_TEACHERS)} TO {TEACHER_ROLE};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(SCHOOL_LISTS)} TO {TEACHER_ROLE};",
        *(_once_there(f"GRANT {grant} ON {table} TO {TEACHER_ROLE}", table) if table in _CHECKIN_TABLES
          else f"GRANT {grant} ON {table} TO {TEACHER_ROLE};" for table, grant in _TEACHER_GRANTS.items()),
        # A table a later version adds is closed to teachers until this runs again (the app runs it after a
        # migration): never open without its policies.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM {TEACHER_ROLE}, {CHECKIN_ROLE};",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {TEACHER_ROLE};",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {COACH_ROLE};",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO {ADMIN_ROLE};",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO {ADMIN_ROLE};",
        _helpers_sql(everyone),
        _drop_policies_sql(),
    ]
    for table in CLASSROOM_TABLES:
        seen, written = _TEACHER_POLICIES[table]
        # Students: a new student is added before the enrolment that makes them the teacher's.
        added = "true" if table == "students" else written
        table_lines = [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;",
            f"CREATE POLICY {ADMIN_ROLE} ON {table} TO {ADMIN_ROLE} USING (true) WITH CHECK (true);",
            f"CREATE POLICY {COACH_ROLE} ON {table} FOR SELECT TO {COACH_ROLE} USING (true);",
            f"CREATE POLICY {TEACHER_ROLE}_reads ON {table} FOR SELECT TO {TEACHER_ROLE} USING ({seen});",
            f"CREATE POLICY {TEACHER_ROLE}_adds ON {table} FOR INSERT TO {TEACHER_ROLE} WITH CHECK ({added});",
            f"CREATE POLICY {TEACHER_ROLE}_changes ON {table} FOR UPDATE TO {TEACHER_ROLE} USING ({seen}) "
            f"WITH CHECK ({written});",
            f"CREATE POLICY {TEACHER_ROLE}_removes ON {table} FOR DELETE TO {TEACHER_ROLE} USING ({seen});",
        ]
        if table in _CHECKIN_TABLES:
            table_lines = [_once_there(line.removesuffix(";"), table) for line in table_lines]
        lines += table_lines
    return "\n".join([*lines, *_checkin_sql()])


def _helpers_sql(everyone: str) -> str:
    """STABLE functions the policies call where a plain subquery would make a policy refer to itself."""
    return f"""CREATE SCHEMA IF NOT EXISTS {HELPERS};
REVOKE ALL ON SCHEMA {HELPERS} FROM PUBLIC;
GRANT USAGE ON SCHEMA {HELPERS} TO {everyone};
-- Runs as its owner (who sees every enrolment); tells only whether a student, by id, is in any classroom.
CREATE OR REPLACE FUNCTION {HELPERS}.enrolled_anywhere(student text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM public.enrolments WHERE student_id = student) $$;
-- Runs as its owner too; every teacher may see these students anyway (the policies say so).
CREATE OR REPLACE FUNCTION {HELPERS}.enrolled_nowhere() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp ROWS 1
    AS $$ SELECT s.id::text FROM public.students s
          WHERE NOT EXISTS (SELECT 1 FROM public.enrolments e WHERE e.student_id = s.id) $$;
-- Runs as the caller, so enrolments' own policy limits what it sees: the caller's own classrooms.
CREATE OR REPLACE FUNCTION {HELPERS}.in_my_classrooms(student text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM public.enrolments e JOIN public.classrooms c ON c.id = e.classroom_id
                         WHERE e.student_id = student AND c.owner = (current_user)::text) $$;
-- A teacher may not leave a student enrolled nowhere when their transaction ends (every teacher would see them):
-- checked at commit, so a student added before their enrolment, or removed after it (undo), is fine.
CREATE OR REPLACE FUNCTION {HELPERS}.left_enrolled_nowhere(student text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM public.students s WHERE s.id = student)
             AND NOT EXISTS (SELECT 1 FROM public.enrolments e WHERE e.student_id = student) $$;
CREATE OR REPLACE FUNCTION {HELPERS}.keep_students_enrolled() RETURNS trigger
    LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp
    AS $$ DECLARE student text;
    BEGIN
      IF TG_TABLE_NAME = 'students' THEN student := NEW.id; ELSE student := OLD.student_id; END IF;
      IF pg_has_role(current_user, '{TEACHER_ROLE}', 'MEMBER')
         AND NOT pg_has_role(current_user, '{ADMIN_ROLE}', 'MEMBER')
         AND {HELPERS}.left_enrolled_nowhere(student) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'student ' || student || ' would be left in no classroom';
      END IF;
      RETURN NULL;
    END $$;
DROP TRIGGER IF EXISTS autonomy_added_student_is_enrolled ON public.students;
CREATE CONSTRAINT TRIGGER autonomy_added_student_is_enrolled AFTER INSERT ON public.students
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {HELPERS}.keep_students_enrolled();
DROP TRIGGER IF EXISTS autonomy_student_stays_enrolled ON public.enrolments;
CREATE CONSTRAINT TRIGGER autonomy_student_stays_enrolled AFTER DELETE OR UPDATE ON public.enrolments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {HELPERS}.keep_students_enrolled();
-- Runs as its owner: which of these ids a record of `tbl` already has, whoever's it is. An import names the
-- records whose id another teacher's row already holds (the caller knows the ids: they are in their file).
CREATE OR REPLACE FUNCTION {HELPERS}.ids_taken(tbl text, ids text[]) RETURNS SETOF text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ BEGIN
      IF tbl NOT IN ({", ".join(f"'{t}'" for t in ID_TABLES)}) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'ids_taken: not a table of records';
      END IF;
      RETURN QUERY EXECUTE 'SELECT id::text FROM public.' || quote_ident(tbl) || ' WHERE id = ANY($1)' USING ids;
    END $$;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {HELPERS} FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {HELPERS} TO {everyone};"""


def _drop_policies_sql() -> str:
    """Every policy on the classroom tables, whatever an earlier version named it, goes before they are made again."""
    tables = ", ".join(f"'{t}'" for t in CLASSROOM_TABLES)
    return f"""DO $$ DECLARE p record; BEGIN
  FOR p IN SELECT policyname, tablename FROM pg_policies WHERE schemaname = 'public' AND tablename IN ({tables}) LOOP
    EXECUTE 'DROP POLICY ' || quote_ident(p.policyname) || ' ON public.' || quote_ident(p.tablename);
  END LOOP;
END $$;"""


def role_sql(database: str = "autonomy") -> str:
    """Everything, in one transaction: the group roles, then the grants and policies on `database`."""
    return f"BEGIN;\nSET LOCAL client_min_messages = warning;\n{group_roles_sql()}\n{database_sql(database)}\nCOMMIT;\n"


def is_shared(conn: Connection) -> bool:
    """Whether this database has been set up for a school (the group roles exist and teachers were granted some
    of its tables): a database no teacher can reach needs no policies yet."""
    return bool(conn.execute(text(
        "SELECT (SELECT count(*) FROM pg_roles WHERE rolname IN (:a, :t, :c)) = 3 AND EXISTS ("
        " SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'public' AND c.relkind = 'r' AND has_table_privilege(:t, c.oid, 'SELECT'))"),
        {"a": ADMIN_ROLE, "t": TEACHER_ROLE, "c": COACH_ROLE}).scalar())


def apply_if_shared(conn: Connection) -> bool:
    """Re-apply this database's grants and policies if it is set up for a school; run by whoever migrated it."""
    if conn.dialect.name != "postgresql" or not is_shared(conn):
        return False
    database = conn.execute(text("SELECT current_database()")).scalar()
    conn.exec_driver_sql(database_sql(str(database)))
    return True


def row_security_problems(conn: Connection) -> list[str]:
    """What is missing from this server database's row-level security (nothing on SQLite or a one-person server)."""
    if conn.dialect.name != "postgresql" or not is_shared(conn):
        return []
    rows = conn.execute(text(
        "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
        "(SELECT count(*) FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r'")).all()
    state = {name: (on and forced and policies >= 6) for name, on, forced, policies in rows}
    # (a table this database does not have yet is not open either: a later migration brings it with its policies)
    missing = [table for table in CLASSROOM_TABLES if table in state and not state[table]]
    return [f"row-level security is not set up on {', '.join(missing)}"] if missing else []


if __name__ == "__main__":
    print(role_sql(sys.argv[1] if len(sys.argv) > 1 else "autonomy"))
