"""The layers of DESIGN.md hold: core is pure Python, storage and services never touch Qt, and no layer
reaches upward. Reads the source (not sys.modules), so a lazy import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "autonomy"

SCREENS = tuple(f"autonomy.ui.{name}" for name in ("app", "roster", "student", "reflection", "suggestions", "setup",
                                                   "coach")) + ("autonomy.storage", "autonomy.cli", "autonomy.app")

# What each layer may not import (its own upper layers and the libraries it must not depend on).
FORBIDDEN = {
    "core": ("PySide6", "sqlalchemy", "alembic", "autonomy.storage", "autonomy.services", "autonomy.ui",
             "autonomy.cli", "autonomy.cli.commands", "autonomy.app"),
    "storage": ("PySide6", "autonomy.services", "autonomy.ui", "autonomy.cli", "autonomy.cli.commands", "autonomy.app"),
    "services": ("PySide6", "autonomy.ui", "autonomy.cli", "autonomy.cli.commands", "autonomy.app"),
    # Inside the app: the words and the shared widgets serve every screen and know none of them.
    "ui/words": (*SCREENS, "autonomy.ui.widgets"),
    "ui/widgets": SCREENS,
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found in {layer}"
    offences = []
    for path in files:
        for module in imported_modules(path):
            for forbidden in FORBIDDEN[layer]:
                if module == forbidden or module.startswith(forbidden + "."):
                    offences.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
    assert not offences, "\n".join(offences)


def test_the_check_catches_an_offence(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def later():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)


@pytest.mark.parametrize("module", sorted(p.name for p in (PACKAGE / "cli").glob("*.py")))
def test_cli_does_not_import_qt_at_module_level(module: str) -> None:
    tree = ast.parse((PACKAGE / "cli" / module).read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    for node in top_level:
        module_name = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
        assert not (module_name or "").startswith(("PySide6", "autonomy.ui"))
