"""Shared test helpers: paths into the repo and the shared folder beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REPORTS = ROOT / "tests" / "fixtures" / "reports"
SCHEMA_PATH = SHARED / "contracts" / "findings.schema.json"


def golden_cases() -> list[Path]:
    return sorted(REPORTS.glob("*.txt"))


@pytest.fixture(scope="session")
def schema() -> dict:
    import json

    if not SCHEMA_PATH.exists():
        pytest.skip(f"the shared contract is not beside the repo ({SCHEMA_PATH})")
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
