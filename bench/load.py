"""Load: N concurrent browser sessions each explain one report through one real app server.

Concurrency: Playwright's async API, one Chromium, one browser context (its own Streamlit session) per
session, all driven from one event loop. On a 2-core machine the server is what is measured; N worker
processes, each with its own Playwright driver and Chromium, would put N browsers and N Node drivers on
the same two cores as the server and measure mostly the client. One browser with N contexts is the
lightest honest client: each context still gets its own renderer and websocket, as N people would.

All sessions open the app and fill the text box first, wait at a barrier, then click "Explain my report"
at the same moment; each is timed from its click until the sidebar counts its explanation ("Your history:
1 explanation" appears only once the run that explained has finished), then checked: heading "Your result
in short" visible and no exception box on the page.

  python -m bench load                               10 sessions
  READINGSCAN_BENCH_SESSIONS=20 python -m bench load 20 sessions
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.app_server import LOG_DIR, WAIT_MS, distinct_reports  # noqa: E402
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, Server, serve  # noqa: E402

# Opening the app and filling the box happen before the barrier; they are not timed.
SETUP_MS = 120_000


@dataclass(frozen=True)
class Outcome:
    ok: bool
    seconds: float
    error: str = ""
    screenshot: str = ""


async def _open(context: Any, server: Server, text: str) -> Any:
    from playwright.async_api import expect

    page = await context.new_page()
    await page.goto(server.url, timeout=SETUP_MS)
    await expect(page.get_by_role("button", name="Explain my report")).to_be_visible(timeout=SETUP_MS)
    await page.get_by_label("Paste the text of your report").fill(text)
    return page


async def _session(browser: Any, server: Server, text: str, barrier: asyncio.Barrier, contexts: list[Any],
                   marks: dict[str, float] | None = None) -> Outcome:
    """One person: open, fill, wait for the others, explain. The context stays open (the caller closes it)."""
    from playwright.async_api import expect

    stage, page = "open the app", None
    try:
        context = await browser.new_context()
        contexts.append(context)
        page = await _open(context, server, text)
        stage = "wait for the other sessions"
        await barrier.wait()
        stage = "explain (sidebar history link)"
        start = time.perf_counter()
        if marks is not None and not marks:  # the first session past the barrier: the round starts
            marks.update(cpu=_cpu_seconds(server), wall=start)
        await page.get_by_role("button", name="Explain my report").click()
        await expect(page.get_by_role("link", name="Your history: 1 explanation")).to_be_visible(timeout=WAIT_MS)
        seconds = time.perf_counter() - start
        stage = "result heading"
        await expect(page.get_by_role("heading", name="Your result in short")).to_be_visible(timeout=WAIT_MS)
        errors = await page.locator('[data-testid="stException"]').count()
        return Outcome(errors == 0, seconds, f"{errors} exception box(es)" if errors else "")
    except Exception as error:  # a failed session is a figure, not a crash of the bench
        if not barrier.broken and barrier.n_waiting:
            await barrier.abort()  # the others must not wait for a session that will never arrive
        said, shot = await _evidence(page)
        return Outcome(False, float("nan"), f"{stage}: {type(error).__name__}: {str(error).splitlines()[0][:120]}{said}",
                       shot)


async def _evidence(page: Any) -> tuple[str, str]:
    """What the page's alerts say, and a screenshot in test-artifacts/, for a failed session."""
    if page is None:
        return "", ""
    try:
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        shot = LOG_DIR / f"bench-load-failed-{id(page)}.png"
        await page.screenshot(path=str(shot), full_page=True, timeout=10_000)
        alerts = await page.locator('[data-testid="stAlert"], [data-testid="stException"]').all_inner_texts()
    except Exception as error:  # evidence is best effort
        return f" (no screenshot: {type(error).__name__})", ""
    said = "; ".join(" ".join(a.split())[:100] for a in alerts[:2])
    return f" (page says: {said or 'no alert'})", str(shot.relative_to(ROOT))


async def _warm(browser: Any, server: Server, text: str) -> float:
    """One explanation before the round: imports, glossary and grid are loaded once per server process."""
    contexts: list[Any] = []
    try:
        outcome = await _session(browser, server, text, asyncio.Barrier(1), contexts)
    finally:
        for context in contexts:
            await context.close()
    if not outcome.ok:
        raise RuntimeError(f"warm-up session failed: {outcome.error}")
    return outcome.seconds


async def _sample_rss(server: Server, peak: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], server.rss_mb())
        try:
            await asyncio.wait_for(stop.wait(), 0.1)
        except TimeoutError:
            continue


@dataclass(frozen=True)
class Round:
    rss_started: float
    rss_warm: float
    rss_peak: float
    rss_live: float  # all sessions finished, their browser contexts (and server sessions) still open
    cold_seconds: float
    solo_seconds: float
    server_cpu: float  # CPU seconds the server used from the clicks until every session was done
    round_wall: float  # seconds from the clicks until every session was done
    outcomes: list[Outcome]


async def _round(server: Server, texts: list[str]) -> Round:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        contexts: list[Any] = []
        try:
            started = server.rss_mb()
            cold_seconds = await _warm(browser, server, texts[0])
            warm = server.rss_mb()
            solo_seconds = await _warm(browser, server, texts[0])  # the same, alone, on a warm server
            barrier = asyncio.Barrier(len(texts))
            peak, stop = [warm], asyncio.Event()
            sampler = asyncio.create_task(_sample_rss(server, peak, stop))
            marks: dict[str, float] = {}
            outcomes = await asyncio.gather(*(_session(browser, server, t, barrier, contexts, marks) for t in texts))
            cpu = _cpu_seconds(server) - marks.get("cpu", _cpu_seconds(server))
            wall = time.perf_counter() - marks.get("wall", time.perf_counter())
            stop.set()
            await sampler
            live = server.rss_mb()
        finally:
            for context in contexts:
                await context.close()
            await browser.close()
    return Round(started, warm, max(peak[0], live), live, cold_seconds, solo_seconds, cpu, wall,
                 list(outcomes))


def _cpu_seconds(server: Server) -> float:
    """User + system CPU time the server process has used (Linux /proc), to tell server work from client work."""
    fields = Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: with 10 values p95 is the slowest, with 20 the second slowest."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


def load(sessions: int = 10) -> None:
    """``sessions`` browser sessions explain one distinct corpus report each, all at once."""
    if not CHROMIUM.exists():
        print(f"skipped: needs Chromium at {CHROMIUM}")
        return
    texts = distinct_reports(sessions)
    if len(texts) < sessions:  # more sessions than distinct reports: reuse them in turn
        texts = [texts[i % len(texts)] for i in range(sessions)]
    with serve(LOG_DIR / "bench-load-server.log") as server:
        result = asyncio.run(_round(server, texts))
    ok = [o.seconds for o in result.outcomes if o.ok]
    failed = [o.error for o in result.outcomes if not o.ok]
    shots = [o.screenshot for o in result.outcomes if o.screenshot]
    print(f"{sessions} concurrent sessions on one server, {os.cpu_count()} cores: {len(ok)} ok, {len(failed)} failed")
    for error in sorted(set(failed)):
        print(f"  failed x{failed.count(error)}: {error}")
    if shots:
        print(f"  screenshots of failed sessions: {shots[0]}" + (f" and {len(shots) - 1} more" if len(shots) > 1 else ""))
    if ok:
        print(f"  seconds from click to a rendered explanation: p50 {_percentile(ok, 0.5):.2f}  "
              f"p95 {_percentile(ok, 0.95):.2f}  max {max(ok):.2f}")
    print(f"  one session alone: {result.solo_seconds:.2f} s on the warm server "
          f"({result.cold_seconds:.2f} s for the server's first explanation)")
    print(f"  server CPU from the clicks to the last result: {result.server_cpu:.1f} s in {result.round_wall:.1f} s on "
          f"{os.cpu_count()} cores ({result.server_cpu / sessions:.2f} s per session; Chromium and anything else "
          "running share the same cores)")
    print(f"  server RSS: {result.rss_started:.0f} MB started, {result.rss_warm:.0f} MB after one warm-up explanation, "
          f"peak {result.rss_peak:.0f} MB during the round, {result.rss_live:.0f} MB with the {sessions} sessions "
          "done and still open")

if __name__ == "__main__":
    load(int(os.environ.get("READINGSCAN_BENCH_SESSIONS", "10")))
