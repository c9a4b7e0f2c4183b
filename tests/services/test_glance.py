"""The first screen at a glance (stdlib sqlite3) gives exactly what the services give, or None and nothing else."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from autonomy.services import Services
from autonomy.services.glance import first_screen
from autonomy.storage.paths import DATABASE_FILE
from tests.services.helpers import DEMO_TODAY

pytestmark = pytest.mark.sqlite_only

SCHOOL = {"classes": 3, "students": 9, "days": 25, "seed": 11, "today": DEMO_TODAY}


@pytest.fixture
def school(services: Services) -> Services:
    services.exchange.import_document(generate_demo(**SCHOOL))
    return services


def _file(services: Services) -> Path:
    assert services.db.path is not None
    return services.db.path


def _as_services_show(services: Services, classroom_id: str, today: dt.date):  # type: ignore[no-untyped-def]
    return (services.roster.classrooms(), services.views.roster(classroom_id, today), services.views.dimensions(),
            services.events.categories())


@pytest.mark.parametrize("days_back", [0, 1, 3, 6, 12, 30])
def test_every_classroom_reads_as_the_services_read_it(school: Services, days_back: int) -> None:
    today = DEMO_TODAY - dt.timedelta(days=days_back)  # today's counts, the trend window, waiting and due dates
    classrooms = school.roster.classrooms()
    assert len(classrooms) == 3
    for classroom in classrooms:
        screen = first_screen(_file(school), classroom.id, today=today)
        assert screen is not None
        assert screen.classroom_id == classroom.id
        assert (screen.classrooms, screen.lines, screen.dimensions, screen.categories) == _as_services_show(
            school, classroom.id, today)
        assert any(line.builds_today or line.recent_builds for line in screen.lines) or days_back > 20


def test_the_rows_carry_what_the_data_says(school: Services, classroom, students) -> None:
    """Not only equal to the services: levels, today's events, waiting, archived students and a renamed level."""
    amira, ben, chloe = students
    school.levels.change_level(amira.id, "workspace", 1)
    school.levels.change_level(amira.id, "workspace", 2)
    school.events.log([amira.id, ben.id], "build", "helped_peer")
    school.events.log([ben.id], "break", "left_area", severity="minor")
    school.roster.set_student_active(chloe.id, False)
    school.levels.rename_level("workspace", 2, "Corridor table")
    today = dt.date.today()
    screen = first_screen(_file(school), "  7b science ", today=today)  # a name, as typed
    assert screen is not None and screen.classroom_id == classroom.id
    lines = {line.name: line for line in screen.lines}
    assert lines["Amira Haddad"].levels == {"workspace": 2}
    assert (lines["Amira Haddad"].builds_today, lines["Ben Okafor"].breaks_today) == (1, 1)
    assert lines["Ben Okafor"].waiting_kind == "reflect"
    assert not lines["Chloé Dubois"].active and not lines["Chloé Dubois"].waiting
    workspace = next(d for d in screen.dimensions if d.key == "workspace")
    assert workspace.level_name(2) == "Corridor table"
    assert screen.lines == school.views.roster(classroom.id, today)


def test_which_classroom(school: Services) -> None:
    classrooms = school.roster.classrooms()
    second = classrooms[1]
    remembered = first_screen(_file(school), remembered=second.id, today=DEMO_TODAY)
    assert remembered is not None and remembered.classroom_id == second.id
    first = first_screen(_file(school), today=DEMO_TODAY)
    assert first is not None and first.classroom_id == classrooms[0].id  # nothing asked: the first by name
    gone = first_screen(_file(school), remembered="no-such-id", today=DEMO_TODAY)
    assert gone is not None and gone.classroom_id == classrooms[0].id
    assert first_screen(_file(school), "No such class", today=DEMO_TODAY) is None  # the services say why
    assert first_screen(_file(school), f" {second.id}", today=DEMO_TODAY) is None  # an id is exact, as there


def test_an_ambiguous_name_is_left_to_the_services(school: Services) -> None:
    first = school.roster.classrooms()[0]
    school.roster.set_classroom_archived(first.id, True)
    again = school.roster.create_classroom(first.name.upper())
    assert first_screen(_file(school), first.name) is not None  # the one still in use
    school.roster.set_classroom_archived(again.id, True)
    assert first_screen(_file(school), first.name) is None  # two archived ones: the services ask for an id


def test_no_answer_where_it_cannot_be_exact(services: Services, tmp_path: Path) -> None:
    assert first_screen(tmp_path / "missing" / DATABASE_FILE) is None
    not_a_database = tmp_path / "junk.sqlite3"
    not_a_database.write_bytes(b"this is not a database at all" * 100)
    assert first_screen(not_a_database) is None
    path = _file(services)
    services.db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002'")  # a migration is due
    assert first_screen(path) is None


def test_it_only_reads(school: Services) -> None:
    path = _file(school)
    school.db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    names = sorted(p.name for p in path.parent.iterdir())
    assert first_screen(path, today=DEMO_TODAY) is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in path.parent.iterdir()) == names


def test_reading_it_does_not_import_sqlalchemy() -> None:
    code = ("import sys; from autonomy.services.glance import first_screen; "
            "import autonomy.ui.app.window, autonomy.ui.roster.panel, autonomy.ui.student.panel, "
            "autonomy.ui.suggestions.panel; print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}).stdout
    assert out.strip() == "[]"
