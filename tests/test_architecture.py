"""The house's walls: import contracts (import-linter, pyproject [tool.importlinter]) and module size."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

MAX_LINES = 250
APP_FILES = sorted([ROOT / "app.py", *(ROOT / "components").glob("*.py"), *(ROOT / "screens").glob("*.py")])


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize("path", APP_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_app_imports_only_the_public_faces(path: Path) -> None:
    """app.py is a script import-linter cannot see; every app file is checked here too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module]
    imported += [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    deep = [name for name in imported if name.startswith("readingscan.")]
    assert not deep, f"{path.name} imports {deep}; import from readingscan (its __init__ exports the public faces)"


def _modules() -> list[Path]:
    folders = ("readingscan", "components", "screens", "tools")
    return [*sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py")), ROOT / "app.py"]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_is_over_250_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines"
