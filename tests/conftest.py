"""Shared test helpers: paths into the repo and the shared folder beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REPORTS = ROOT / "tests" / "golden" / "reports"
SCHEMA_PATH = SHARED / "contracts" / "findings.schema.json"

# A test never asserts a time (speed is measured in bench/): no Hypothesis deadline, and no "too slow"
# health check, so a loaded CI machine cannot fail a property that holds.
settings.register_profile("readingscan", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("readingscan")


def golden_cases() -> list[Path]:
    return sorted(REPORTS.glob("*.txt"))


def require(present: bool, what: str) -> None:
    """What a test needs and the project provides (make test installs it, CI lays ../shared beside the repo):
    when it is missing the test fails with one clear line. Never a skip: a green run must mean it ran."""
    if not present:
        pytest.fail(what, pytrace=False)


@pytest.fixture(scope="session")
def schema() -> dict:
    import json

    require(SCHEMA_PATH.exists(), f"the JSON contract is not beside the repo: {SCHEMA_PATH} (../shared/contracts)")
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture()
def tesseract() -> None:
    """OCR tests need Debian's tesseract-ocr (packages.txt; make run and make test install it)."""
    import shutil

    require(shutil.which("tesseract") is not None, "Tesseract is not installed: apt-get install tesseract-ocr (or make test)")


def open_page(page: str, timeout: float = 30) -> AppTest:
    """The app in AppTest, switched to one page (e.g. "screens/grid.py"), with no exception."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout).run()
    at.switch_page(page).run()
    assert not at.exception
    return at


@pytest.fixture(autouse=True)
def _english_unless_a_test_chooses() -> object:
    """Every test starts in English and leaves the language as it found it (a CLI or app run in this process
    chooses a language for its own run only, but a test must never depend on that)."""
    from readingscan.content import use_language

    with use_language("en"):
        yield


def capture_downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The bytes each download button would hand the browser, by file name."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    captured: dict[str, Any] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def spy(self: MemoryMediaFileStorage, path_or_data: Any, mimetype: str, kind: Any, filename: str | None = None) -> str:
        captured[filename or ""] = path_or_data
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", spy)
    return captured
