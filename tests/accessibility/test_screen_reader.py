"""The assembled app as a screen-reader user meets it: under an X server with a window manager and the AT-SPI bus
(the one Orca reads), driven by keys only, asserting on what the bus shows (WCAG 2.2: 1.1.1, 2.1.1, 2.1.2, 2.4.3,
4.1.2, 4.1.3). One app for the run (these tests take 10 to 45 s in all); each test starts from the roster with a
student selected, whatever ran before it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.accessibility import bus
from tests.accessibility.census import census

missing = bus.missing_tools()
# .ci/run installs the tools and sets AUTONOMY_REQUIRE_ATSPI: there a missing tool fails the run, never skips.
REQUIRED = os.environ.get("AUTONOMY_REQUIRE_ATSPI") == "1"
pytestmark = pytest.mark.skipif(bool(missing) and not REQUIRED,
                                reason=f"the AT-SPI test needs the Debian packages {', '.join(missing)} (.ci/run "
                                       f"installs them)")
MAIN = "8A Music — Autonomy"  # the demo's class, in the main window's title


class Session:
    def __init__(self, desktop: bus.Desktop, client: bus.Client) -> None:
        self.desktop, self.client = desktop, client

    def keys(self, *keys: str) -> None:
        self.desktop.keys(*keys)

    def active(self) -> dict | None:
        return self.client.active_window()

    def wait_for_window(self, wanted: str = "", *, not_named: str = MAIN) -> dict:
        """The active window, once it is `wanted` (or any window but `not_named`)."""
        def check() -> dict | None:
            window = self.active()
            if window is None:
                return None
            return window if (window["name"] == wanted if wanted else window["name"] != not_named) else None
        try:
            return bus.until(check, 15, said=f"the window {wanted or 'of a dialog'}")
        except AssertionError as error:  # (which windows there are, and their states: what went wrong)
            windows = [(w["name"], w["states"]) for w in self.client.ask("windows")]
            raise AssertionError(f"{error}; the app's windows: {windows}") from None

    def focus_event(self, test, said: str) -> dict:
        """The first focus event from now on that passes `test`."""
        def check() -> dict | None:
            found = [e for e in self.client.events_seen()
                     if e["type"] == "object:state-changed:focused" and e.get("detail1") and test(e)]
            return found[-1] if found else None
        return bus.until(check, 10, said=said)

    def announcement(self, starting: str) -> dict:
        def check() -> dict | None:
            return next((e for e in self.client.events_seen()
                         if e["type"] == "object:announcement" and e["data"].startswith(starting)), None)
        return bus.until(check, 10, said=f"an announcement starting {starting!r}")

    def home(self) -> dict:
        """Back on the main window, the keyboard on the roster's row of a selected student."""
        for _ in range(4):
            window = self.active()
            if window is None:  # (a window on its way: a dialog closing, the main window being given the focus)
                window = bus.until(self.active, 10, said="an active window")
            if window["name"] == MAIN:
                break
            self.keys("Escape")
            before = (window or {}).get("name")
            bus.until(lambda before=before: (self.active() or {}).get("name") != before or None, 5,
                      said="a dialog to close")
        self.wait_for_window(MAIN)
        self.client.forget_events()
        self.keys("ctrl+f", "Down")  # the filter, then into the roster (its first row selected if none was)
        row = self.focus_event(lambda e: e["role"] == "table cell", "the roster's row")
        self.client.forget_events()
        return row


# For the whole run, not the module: .ci/run shuffles every test of the suite together, and a module's fixture
# would be made again (a desktop and an app, seconds each) each time one of these tests came up.
@pytest.fixture(scope="session")
def session(tmp_path_factory) -> Iterator[Session]:
    yield from started(tmp_path_factory, "en")


@pytest.fixture(scope="session")
def german_session(tmp_path_factory) -> Iterator[Session]:
    yield from started(tmp_path_factory, "de")


def started(tmp_path_factory, language: str) -> Iterator[Session]:
    assert not missing, f"AUTONOMY_REQUIRE_ATSPI is set, but these are missing: {', '.join(missing)}"
    data = tmp_path_factory.mktemp(f"atspi-data-{language}")
    subprocess.run([sys.executable, "-m", "autonomy", "--data-dir", str(data), "demo"], check=True,
                   capture_output=True, cwd=bus.ROOT)
    with bus.desktop() as desktop:
        client = desktop.client()
        desktop.start_app("--data-dir", str(data), extra_env={"AUTONOMY_LANGUAGE": language})
        try:
            bus.until(lambda: any(w["name"] == MAIN for w in client.ask("windows")), 30,
                      said="the main window on the accessibility bus")
        except (AssertionError, LookupError):
            raise AssertionError("the app did not appear on the bus:\n" + desktop.app_log()) from None
        opened = Session(desktop, client)
        opened.home()
        yield opened


def test_tab_leaves_the_roster_and_comes_back_to_the_row(session: Session) -> None:
    session.home()
    session.keys("Tab")
    # (waiting for a focus outside the roster: the row's own focus event may be told a second time, late, when the
    # roster re-tells its current row after taking the focus; a Tab that stays in the roster fails as a wait)
    left = session.focus_event(lambda e: e["role"] not in ("table cell", "table"), "Tab to leave the roster")
    assert left["name"], f"Tab moved to an element a screen reader cannot name: {left}"
    session.client.forget_events()
    session.keys("shift+Tab")
    back = session.focus_event(lambda e: e["role"] == "table cell", "the focus back on the roster's row")
    assert back["name"]


def test_a_log_and_its_undo_are_announced(session: Session) -> None:
    session.home()
    session.keys("b")
    session.wait_for_window("Trust built")
    session.keys("1", "Return")
    logged = session.announcement("Logged")
    assert "for " in logged["data"], logged
    back = session.focus_event(lambda e: e["role"] == "table cell", "the focus back on the student's row")
    assert back["name"] in logged["data"], (back, logged)
    # The notice is a live status: its name is the notice (not a fixed "Last change"), and it changed.
    notice = [n for n in session.client.walk(MAIN) if n["role"] == "label" and n["name"] == logged["data"]]
    assert notice, "the notice is not on the bus under its own words"
    session.client.forget_events()
    session.keys("ctrl+z")
    undone = session.announcement("Undone")
    assert logged["data"].rstrip(" —") in undone["data"], (logged, undone)
    renamed = [e for e in session.client.events_seen() if e["type"] == "object:property-change:accessible-name"
               and e["data"] == undone["data"]]
    assert renamed and renamed[0]["role"] == "label"


def test_labels_that_show_data_are_read_as_that_data(session: Session) -> None:
    row = session.home()

    def labels() -> list[str] | None:
        found = [n["name"] for n in session.client.walk(MAIN) if n["role"] == "label"]
        return found if row["name"] in found else None  # the student panel's heading: the student's name

    shown = bus.until(labels, 10, said=f"{row['name']} in the student panel")
    summary = r"\d+ students · (\d+ with suggestions|looking for suggestions…)"  # (the demo's leavers are archived)
    assert any(re.fullmatch(summary, name) for name in shown), "\n".join(shown)
    assert not {"Class summary", "Student name", "Suggestion count", "Last change", "No suggestions"} & set(shown)


def test_sorting_by_the_keyboard_is_announced(session: Session) -> None:
    session.home()
    session.keys("ctrl+shift+s")
    assert session.announcement("Sorted by")["data"] == "Sorted by Student, descending"
    session.keys("ctrl+shift+s")
    assert session.announcement("Sorted by Student, ascending")


# What opens each view from the roster, and the keys that close it.
VIEWS = {
    "main window with the student panel": ((), ()),
    "suggestions": (("F8",), ("F8",)),
    "log dialog": (("b",), ("Escape",)),
    "choices": (("c",), ("Escape",)),
    "reflection dialog": (("ctrl+r",), ("Escape",)),
    "add student": (("ctrl+n",), ("Escape",)),
    "new classroom": (("ctrl+shift+n",), ("Escape",)),
    "ladders": (("alt+t", "l"), ("Escape",)),
    "catalogue": (("alt+t", "e"), ("Escape",)),
    "preferences": (("alt+e", "p"), ("Escape",)),
    "coach screen": (("ctrl+shift+c",), ("alt+F4",)),
}


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_interactive_element_has_a_name(session: Session, view: str) -> None:
    session.home()
    opening, closing = VIEWS[view]
    if opening:
        session.keys(*opening)
    if view == "suggestions":
        session.focus_event(lambda e: e["role"] == "list", "the suggestions list")
        window = session.wait_for_window(MAIN)
    else:
        window = session.wait_for_window(MAIN) if not opening else session.wait_for_window()
    count, unnamed = census(session.client.walk(window["name"]))
    if closing:
        session.keys(*closing)
    print(f"{view}: {count} interactive, {len(unnamed)} unnamed")
    assert count >= 4, f"{view}: the walk found only {count} interactive elements"
    assert not unnamed, f"{view}: {unnamed}"


@pytest.mark.parametrize("view", ["main window with the student panel", "suggestions", "choices"])
def test_every_interactive_element_has_a_name_in_german(german_session: Session, view: str) -> None:
    """German's longer words change what fits: a tool bar's » button appeared, unnamed."""
    test_every_interactive_element_has_a_name(german_session, view)


def test_the_charts_say_what_they_show_and_hold_their_marks(session: Session) -> None:
    session.home()
    session.keys("ctrl+shift+c")
    coach = session.wait_for_window("Coach view — Autonomy")

    def charts() -> list[dict] | None:
        found = [n for n in session.client.walk(coach["name"]) if n["role"] == "chart"]
        return found if len(found) == 2 and all(c["children"] for c in found) else None

    found = bus.until(charts, 15, said="the class overview and the timeline, filled")
    try:
        for chart in found:
            assert chart["description"], f"{chart['name']} has no summary"
            cells = session.client.ask("cells", window=coach["name"], role="chart", name=chart["name"], limit=5)
            names = [c["name"] for c in cells["cells"]]
            assert len(names) == min(5, chart["children"]) and all(names), names
        overview = next(c for c in found if c["name"].startswith("Overview of"))
        assert "students' levels week by week" in overview["description"]
        timeline = next(c for c in found if c["name"] == "Student timeline")
        assert "timeline from" in timeline["description"] and "marks" in timeline["description"]
    finally:
        session.keys("alt+F4")
