"""Shared test helpers: paths into the repo and the shared folder beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REPORTS = ROOT / "tests" / "golden" / "reports"
SCHEMA_PATH = SHARED / "contracts" / "findings.schema.json"


def golden_cases() -> list[Path]:
    return sorted(REPORTS.glob("*.txt"))


@pytest.fixture(scope="session")
def schema() -> dict:
    import json

    if not SCHEMA_PATH.exists():
        pytest.skip(f"the shared contract is not beside the repo ({SCHEMA_PATH})")
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def open_page(page: str, timeout: float = 30) -> AppTest:
    """The app in AppTest, switched to one page (e.g. "screens/grid.py"), with no exception."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout).run()
    at.switch_page(page).run()
    assert not at.exception
    return at
