"""The PostgreSQL roles of a shared server, as SQL an administrator runs once (README, "A shared server").

    python -m autonomy.storage.roles            # prints the SQL; pipe it into psql as the database's owner

Three group roles: `autonomy_admin` (everything, and may run the migrations), `autonomy_teacher` (reads and writes
the tables; which classrooms a teacher may touch is decided by the app, from the classroom's owner) and
`autonomy_coach` (reads only: the server itself refuses a coach's writes). Each person logs in with a role of
their own, member of one of these; that role's name is who the app says they are (`Database.who`).
"""

from __future__ import annotations

import sys

from autonomy.storage.database import ADMIN_ROLE, COACH_ROLE, TEACHER_ROLE


def role_sql(database: str = "autonomy") -> str:
    """Creates the group roles if they are missing and grants them what they need on `database`."""
    roles = "\n".join(
        f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
        for role in (ADMIN_ROLE, TEACHER_ROLE, COACH_ROLE)
    )
    return f"""{roles}
GRANT CONNECT ON DATABASE "{database}" TO {ADMIN_ROLE}, {TEACHER_ROLE}, {COACH_ROLE};
GRANT ALL ON SCHEMA public TO {ADMIN_ROLE};
GRANT USAGE ON SCHEMA public TO {TEACHER_ROLE}, {COACH_ROLE};
GRANT ALL ON ALL TABLES IN SCHEMA public TO {ADMIN_ROLE};
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {ADMIN_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {TEACHER_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {TEACHER_ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {COACH_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {TEACHER_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {TEACHER_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {COACH_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO {ADMIN_ROLE};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO {ADMIN_ROLE};
"""


if __name__ == "__main__":
    print(role_sql(sys.argv[1] if len(sys.argv) > 1 else "autonomy"))
