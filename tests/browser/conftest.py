"""Shared real-browser fixtures: the app served by ``streamlit run`` on a free local port, the system
Chromium driven by Playwright (never a downloaded browser), and a fresh context per test that leaves a
screenshot in test-artifacts/ when the test fails.

The shared server's stdout and stderr go to test-artifacts/streamlit-server.log (fixture ``server_log``),
so a privacy test can check that no report text reaches the server's logs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from readingscan import load_content
from tests.browser import server
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, ROOT
from tests.conftest import require

DISCLAIMER = load_content("en").screens["app"]["disclaimer"]  # at the foot of every page (screens.yaml)
ARTIFACTS = ROOT / "test-artifacts"
# Playwright waits (milliseconds): the first run of a page imports the engine and reads the glossary.
DEFAULT_TIMEOUT_MS = 30_000


def pytest_configure(config: pytest.Config) -> None:
    from playwright.sync_api import expect

    # expect() has its own default (5 s): a whole explanation, grid included, can take longer on 2 cores.
    expect.set_options(timeout=DEFAULT_TIMEOUT_MS)


def _require_chromium() -> None:
    require(CHROMIUM.exists(), f"browser tests need Debian's Chromium at {CHROMIUM}: apt-get install chromium (or make test)")


def _safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


@contextmanager
def serve_app(log_path: Path, env: dict[str, str] | None = None) -> Iterator[str]:
    """Run ``streamlit run app.py`` on a free local port until the block ends; yields its base URL."""
    _require_chromium()
    try:
        with server.serve(log_path, env) as running:
            yield running.url
    except server.ServerError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def server_log() -> Path:
    """Where the shared app server's stdout and stderr are written."""
    return ARTIFACTS / "streamlit-server.log"


@pytest.fixture(scope="session")
def app_url(server_log: Path, browser: Any) -> Iterator[str]:
    """Base URL of the app server shared by the session's tests.

    The server is opened once at "/" before any test, so the first test does not pay for the imports
    and glossary loading. ``fresh_app_url`` gives a server nobody has visited yet.
    """
    from playwright.sync_api import expect

    with serve_app(server_log) as base:
        context = browser.new_context()
        try:
            warm = context.new_page()
            warm.goto(base)
            expect(warm.get_by_text(DISCLAIMER)).to_be_visible(timeout=DEFAULT_TIMEOUT_MS)
        finally:
            context.close()
        yield base


@pytest.fixture(scope="session")
def team_app_url(browser: Any) -> Iterator[str]:
    """Base URL of a server with the Team pages on (READINGSCAN_TEAM=1), for tests that visit every page.

    Started only by the tests that ask for it (log: test-artifacts/streamlit-team-server.log), warmed like
    ``app_url``.
    """
    from playwright.sync_api import expect

    with serve_app(ARTIFACTS / "streamlit-team-server.log", {"READINGSCAN_TEAM": "1"}) as base:
        context = browser.new_context()
        try:
            warm = context.new_page()
            warm.goto(base)
            expect(warm.get_by_text(DISCLAIMER)).to_be_visible(timeout=DEFAULT_TIMEOUT_MS)
        finally:
            context.close()
        yield base


@pytest.fixture
def fresh_app_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A server of its own for one test, never visited before (log: test-artifacts/streamlit-<test>.log)."""
    with serve_app(ARTIFACTS / f"streamlit-{_safe_name(request.node.name)}.log") as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """The system Chromium, headless, launched once per session."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Keep each phase's report on the item (rep_setup, rep_call) so fixtures can see a failure."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A new browser context and page for each test; a failed test leaves test-artifacts/<test>.png."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    tab = context.new_page()
    tab.set_default_timeout(DEFAULT_TIMEOUT_MS)
    yield tab
    failed = any(getattr(getattr(request.node, f"rep_{when}", None), "failed", False) for when in ("setup", "call"))
    if failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = _safe_name(request.node.name)
        try:
            tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        except Exception as error:  # a crashed page must not hide the test's own failure
            sys.stderr.write(f"could not save a screenshot for {name}: {error}\n")
    context.close()


@pytest.fixture
def shots_dir() -> Path:
    """Where tests save screenshots worth looking at: $READINGSCAN_SHOTS, else test-artifacts/."""
    folder = Path(os.environ.get("READINGSCAN_SHOTS") or ARTIFACTS)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
