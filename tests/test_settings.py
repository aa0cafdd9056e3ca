"""The server's settings and the code's safety rules, checked: XSRF on, upload limits set, no usage
statistics, no error details shown, no pickle/eval of user data, YAML loaded safely, ruff's security
rules on, no outside address fetched by a page, and packages.txt naming what the code calls."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from components.report_input import MAX_UPLOAD_MB
from readingscan.ingest.limits import LIMITS, MB
from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
APP_CODE = [p for folder in ("readingscan", "components", "screens") for p in sorted((ROOT / folder).rglob("*.py"))] + [ROOT / "app.py"]
# Debian packages for the programs the code runs; packages.txt must name each one the code calls.
PROGRAM_PACKAGES = {"tesseract": "tesseract-ocr"}
# Font folders the code reads a font from, and the Debian package that puts the font there.
FONT_PACKAGES = {"wqy": "fonts-wqy-microhei"}
# Programs only the team's command line runs (wording-report --compare), never the hosted app.
TEAM_TOOLS = {"git"}


def test_no_usage_statistics_and_no_error_details() -> None:
    assert CONFIG["browser"]["gatherUsageStats"] is False
    assert CONFIG["client"]["showErrorDetails"] == "none"  # a traceback could quote the report


def test_xsrf_protection_is_on_and_uploads_are_limited() -> None:
    server = CONFIG["server"]
    assert server["enableXsrfProtection"] is True
    assert server["maxUploadSize"] == MAX_UPLOAD_MB == LIMITS.max_bytes // MB
    assert server["maxMessageSize"] <= 200
    assert server["fileWatcherType"] == "none" and server["runOnSave"] is False


def test_the_theme_follows_the_persons_setting() -> None:
    assert "theme" not in CONFIG


def _calls(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                names.append(func.id)
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                names.append(f"{func.value.id}.{func.attr}")
    return names


@pytest.mark.parametrize("path", APP_CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_pickle_eval_or_unsafe_yaml(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)
                for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")])}
    assert not imported & {"pickle", "marshal", "shelve", "dill", "cloudpickle"}
    calls = _calls(tree)
    assert not {"eval", "exec", "compile", "yaml.load", "yaml.unsafe_load", "yaml.full_load"} & set(calls)
    assert "st.cache_data" not in path.read_text(encoding="utf-8") or path.parent.name != "screens"


def test_ruff_security_rules_are_on_for_app_code() -> None:
    ruff = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]
    assert "S" in ruff["select"]
    ignored = {rule for pattern, rules in ruff.get("per-file-ignores", {}).items()
               if not pattern.startswith(("tests", "bench", "tools")) for rule in rules}
    assert not {r for r in ignored if r == "S" or r.startswith(("S3", "S5", "S6"))}, ignored


@pytest.mark.parametrize("path", APP_CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_pages_fetch_nothing_from_outside(path: Path) -> None:
    """No script, style, font or picture from another server (a CDN would learn who reads a report)."""
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*['"]?(?:https?:)?//""", text), "an outside address in HTML"
    assert not re.search(r"@import\s+url|fonts\.googleapis|cdn\.", text)


def _programs_called() -> set[str]:
    called = set()
    for path in APP_CODE:
        text = path.read_text(encoding="utf-8")
        called |= set(re.findall(r"""shutil\.which\(\s*['"]([\w.-]+)['"]""", text))
        if re.search(r"^\s*(?:import|from)\s+pytesseract\b", text, re.MULTILINE):
            called.add("tesseract")
    return called


def _fonts_read() -> set[str]:
    engine = list((ROOT / "readingscan").rglob("*.py"))
    return {folder for path in engine
            for folder in re.findall(r"/usr/share/fonts/truetype/([\w-]+)/", path.read_text(encoding="utf-8"))}


def test_packages_txt_names_what_the_code_calls() -> None:
    listed = {line.strip() for line in (ROOT / "packages.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    needed = {PROGRAM_PACKAGES[program] for program in _programs_called() if program in PROGRAM_PACKAGES}
    assert _fonts_read() <= FONT_PACKAGES.keys(), f"add the Debian package of fonts {_fonts_read()} to FONT_PACKAGES"
    needed |= {FONT_PACKAGES[folder] for folder in _fonts_read()}
    unknown = _programs_called() - PROGRAM_PACKAGES.keys() - TEAM_TOOLS
    assert not unknown, f"add the Debian package for {unknown} to PROGRAM_PACKAGES and packages.txt"
    assert needed <= listed, f"packages.txt lacks {needed - listed}"
    assert listed <= needed, f"packages.txt lists what no code calls: {listed - needed}"
    # make run / make test install packages.txt, so local and hosted machines match.
    assert "packages.txt" in (ROOT / "Makefile").read_text(encoding="utf-8")
