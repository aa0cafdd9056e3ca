"""Figures from the real app server, driven by the system Chromium: memory after a long session.

(The load figures for many concurrent sessions live beside this, in the same style.)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readingscan import ReadingError, analyze  # noqa: E402
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, Server, serve  # noqa: E402

REPORTS = ROOT / "tests" / "golden" / "reports"
LOG_DIR = ROOT / "test-artifacts"
WAIT_MS = 60_000


def distinct_reports(count: int) -> list[str]:
    """``count`` corpus reports the engine reads (non-reports and unreadable cases left out)."""
    texts = []
    for path in sorted(REPORTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            if analyze(text).findings:
                texts.append(text)
        except ReadingError:
            continue
    return texts[:count]


def _explain(page: Any, text: str, count: int) -> None:
    from playwright.sync_api import expect

    page.get_by_label("Paste the text of your report").fill(text)
    page.get_by_role("button", name="Explain my report").click()
    # The sidebar counts the session's explanations once the run that made this one has finished.
    expect(page.get_by_role("link", name=f"Your history: {count} explanation")).to_be_visible(timeout=WAIT_MS)


def _session(browser: Any, server: Server, texts: list[str]) -> list[float]:
    from playwright.sync_api import expect

    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url)
        expect(page.get_by_role("button", name="Explain my report")).to_be_visible(timeout=WAIT_MS)
        seconds = []
        for n, text in enumerate(texts, 1):
            start = time.perf_counter()
            _explain(page, text, n)
            seconds.append(time.perf_counter() - start)
        return seconds
    finally:
        context.close()


def memory(count: int = 50) -> None:
    """Server RSS before and after one browser session explains ``count`` distinct reports."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        print(f"skipped: needs Chromium at {CHROMIUM}")
        return
    texts = distinct_reports(count)
    with serve(LOG_DIR / "bench-memory-server.log") as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            warm = _session(browser, server, texts[:1])  # imports, glossary and grid loaded once per process
            baseline = server.rss_mb()
            seconds = _session(browser, server, texts)
            after = server.rss_mb()
        finally:
            browser.close()
    seconds.sort()
    print(f"server RSS: {baseline:.0f} MB after one explanation (first took {warm[0]:.1f} s), "
          f"{after:.0f} MB after one session explained {len(texts)} distinct reports (target <= 400 MB)")
    print(f"  time to a rendered explanation in that session: median {seconds[len(seconds) // 2]:.2f} s, "
          f"slowest {seconds[-1]:.2f} s")


if __name__ == "__main__":
    memory()
