"""The shared server's roles script (autonomy/storage/roles.py), as text: runs on any engine under test."""

from __future__ import annotations

from autonomy.storage.models import Base
from autonomy.storage.roles import CLASSROOM_TABLES, READ_ONLY_FOR_TEACHERS, SCHOOL_LISTS, role_sql


def test_every_table_is_classified_for_the_servers_row_security() -> None:
    """A new table must be given its place: classroom data (with policies), a school-wide list, or read-only."""
    classified = [*CLASSROOM_TABLES, *SCHOOL_LISTS, *READ_ONLY_FOR_TEACHERS]
    assert len(classified) == len(set(classified))
    assert set(classified) == {*Base.metadata.tables, "alembic_version"}


def test_every_classroom_table_gets_row_security_enabled_forced_and_its_policies() -> None:
    sql = role_sql("autonomy")
    for table in CLASSROOM_TABLES:
        # (a table a later migration adds is wrapped: its statements run once the table is there)
        assert f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" in sql
        assert f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY" in sql
        assert sql.count(f" ON {table} ") >= 6
    assert sql.startswith("BEGIN;") and sql.rstrip().endswith("COMMIT;")  # all or nothing, piped into psql
    assert "%" not in sql  # (a driver would read it as a placeholder)


def test_the_check_in_login_gets_policies_and_no_write_beyond_choices_and_self_ratings() -> None:
    from autonomy.storage.roles import CHECKIN_POLICY_COUNT

    sql = role_sql("autonomy")
    assert sql.count("TO autonomy_checkin USING") + sql.count("TO autonomy_checkin WITH CHECK") == \
        CHECKIN_POLICY_COUNT
    grants = [line for line in sql.splitlines() if "TO autonomy_checkin" in line and "GRANT" in line]
    written = {line.split(" ON ")[1].split(" ")[0] for line in grants if "INSERT" in line or "DELETE" in line}
    assert written == {"daily_choices", "self_ratings"}
    assert any("UPDATE (rating_asked) ON checkin_students" in line for line in grants)
