"""Shared data folders for the command-line tests: built once, copied for each test that changes them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from autonomy.core.demo import generate_demo
from tests.cli.helpers import DEMO_ARGS, DEMO_TODAY, Snapshot, expect, run_cli, snapshot
from tests.servers import test_server


def copy_data_folder(source: Path, target: Path) -> None:
    """A copy of a data folder, and on a server a copy of the database standing for it (the folder itself may
    not even exist then: nothing is written to it)."""
    server = test_server()
    if server is not None:
        server.copy_folder(source, target)
        if not source.exists():
            target.mkdir(parents=True)
            return
    shutil.copytree(source, target)


@pytest.fixture(scope="session")
def demo_doc_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo classes as an interchange file, dated up to a fixed past day."""
    path = tmp_path_factory.mktemp("demo-doc") / "demo.json"
    path.write_text(json.dumps(generate_demo(**DEMO_ARGS, today=DEMO_TODAY), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def pristine_dir(tmp_path_factory: pytest.TempPathFactory, demo_doc_file: Path) -> Path:
    """A data folder holding the demo classes; never used directly, only copied."""
    folder = tmp_path_factory.mktemp("pristine") / "data"
    expect(run_cli(folder, "import", str(demo_doc_file)), 0, "Imported")
    return folder


@pytest.fixture(scope="session")
def pristine_snapshot(pristine_dir: Path) -> Snapshot:
    return snapshot(pristine_dir)


@pytest.fixture(scope="session")
def shared_dir(tmp_path_factory: pytest.TempPathFactory, pristine_dir: Path) -> Path:
    """One copy of the demo folder shared by every test that only reads it or whose input must be refused.

    Such a test checks that the folder is still as `pristine_snapshot` describes (the copy is byte for byte)."""
    folder = tmp_path_factory.mktemp("shared") / "data"
    copy_data_folder(pristine_dir, folder)
    return folder


@pytest.fixture
def demo_copy(tmp_path: Path, pristine_dir: Path) -> Path:
    """A private copy of the demo folder, for a test that changes it."""
    folder = tmp_path / "data"
    copy_data_folder(pristine_dir, folder)
    return folder
