"""The code's own checks run with the tests: ruff (with its security rules, S) and mypy --strict over the engine,
components/, screens/ and app.py (pyproject [tool.mypy])."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_security_rules_are_on() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "S" in config["tool"]["ruff"]["lint"]["select"]


def test_mypy_strict_is_clean_on_the_engine_and_the_app() -> None:
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
