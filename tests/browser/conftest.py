"""Shared real-browser fixtures: the app served by ``streamlit run`` on a free local port, the system
Chromium driven by Playwright (never a downloaded browser), and a fresh context per test that leaves a
screenshot in test-artifacts/ when the test fails.

The shared server's stdout and stderr go to test-artifacts/streamlit-server.log (fixture ``server_log``),
so a privacy test can check that no report text reaches the server's logs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from components.layout import DISCLAIMER

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SERVER_START_SECONDS = 90
# Playwright waits (milliseconds): the first run of a page imports the engine and reads the glossary.
DEFAULT_TIMEOUT_MS = 30_000


def _require_chromium() -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}; its log:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)  # polling a server that is starting, not waiting on the page
    pytest.fail(f"streamlit was not healthy after {SERVER_START_SECONDS}s; its log:\n{log.read_text(errors='replace')[-3000:]}")


@contextmanager
def serve_app(log_path: Path) -> Iterator[str]:
    """Run ``streamlit run app.py`` on a free local port until the block ends; yields its base URL."""
    _require_chromium()
    log_path.parent.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    command = [
        _python(), "-m", "streamlit", "run", "app.py",
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(f"{base}/_stcore/health", process, log_path)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="session")
def server_log() -> Path:
    """Where the shared app server's stdout and stderr are written."""
    return ARTIFACTS / "streamlit-server.log"


@pytest.fixture(scope="session")
def app_url(server_log: Path, browser: Any) -> Iterator[str]:
    """Base URL of the app server shared by the session's tests.

    The server is opened once at "/" before any test: Streamlit runs a page of the pages/ folder on its
    own (without app.py) until some session has run app.py's st.navigation, so without this the first
    test's page would depend on test order. ``fresh_app_url`` gives a server nobody has visited yet.
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
