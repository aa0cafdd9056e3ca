"""The Explain screen with the keyboard only, as a person who uses no mouse meets it: Tab to the text box,
type the report, Tab to Explain and press Enter; focus lands on the result; Tab on to the suspicion grid
and read, in its text alternative (what a screen reader reads instead of the chart), where the person's
finding sits. No click, no fill: only Tab, Enter and typed keys."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from components.report_input import samples

pytestmark = pytest.mark.browser

SUSPICIOUS = next(text for title, text in samples().items() if "4B" in title)
MAX_TABS = 80  # a page with a sensible tab order gets anywhere well within this
_ACTIVE = """() => { const e = document.activeElement; if (!e || e === document.body) return 'body';
  const name = e.getAttribute('aria-label') || e.innerText || e.value || '';
  return `${e.tagName.toLowerCase()}${e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : ''} ${name.trim().slice(0, 50)}`; }"""


def _active(page: Any) -> str:
    return str(page.evaluate(_ACTIVE))


def _focus_inside(page: Any, selector: str) -> bool:
    return bool(page.evaluate("s => document.activeElement !== null && document.activeElement.closest(s) !== null", selector))


def _tab_until(page: Any, selector: str, path: list[str]) -> None:
    """Press Tab until focus is inside ``selector``; every stop is added to ``path``."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        path.append(_active(page))
        if _focus_inside(page, selector):
            return
    pytest.fail(f"{MAX_TABS} presses of Tab never reached {selector}; the stops were:\n" + "\n".join(path))


def test_paste_explain_and_read_the_grid_summary_with_the_keyboard_only(page: Any, app_url: str) -> None:
    page.goto(app_url)
    box = page.get_by_label("Paste the text of your report")
    expect(box).to_be_visible()
    path: list[str] = []
    _tab_until(page, "[data-testid='stTextArea']", path)
    page.keyboard.type(SUSPICIOUS)
    _tab_until(page, ".st-key-report_go", path)
    expect(page.get_by_role("button", name="Explain my report")).to_be_focused()
    page.keyboard.press("Enter")
    # Focus goes to the result, so the next Tab starts there and not back at the Explain button.
    expect(page.get_by_role("heading", name="Your result in short")).to_be_focused()
    expect(box).to_have_value(SUSPICIOUS)  # every typed key arrived
    path.append("-- result --")
    _tab_until(page, ".st-key-explain_grid_section", path)
    assert not [stop for stop in path if "Link to heading" in stop], f"heading anchor links on the way: {path}"
    # What a screen reader reads beside the chart (page text, not the chart's drawing) names the finding.
    grid_section = page.locator(".st-key-explain_grid_section")
    text_alternative = grid_section.locator("[data-testid='stMarkdownContainer'], table").filter(
        has_text=re.compile("fine pleomorphic", re.IGNORECASE)).filter(has_text=re.compile("grouped", re.IGNORECASE))
    expect(text_alternative.first).to_be_visible()
    expect(text_alternative.first).to_contain_text(re.compile("left", re.IGNORECASE))


OLDER = "Date of Service: 03/01/2024\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Probably benign mass. BI-RADS 3."
NEWER = "Date of Service: 03/04/2025\nLEFT DIAGNOSTIC MAMMOGRAM\nIMPRESSION: Stable benign mass. BI-RADS 2."


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_compare_two_typed_reports_with_the_keyboard_only(
    browser: Any, app_url: str, shots_dir: Any, size: str, scheme: str,
) -> None:
    viewport = {"width": 390, "height": 844} if size == "phone" else {"width": 1280, "height": 900}
    context = browser.new_context(viewport=viewport, color_scheme=scheme, locale="en-GB")
    try:
        page = context.new_page()
        page.goto(f"{app_url}/compare")
        expect(page.get_by_role("button", name="Compare", exact=True)).to_be_visible()
        path: list[str] = []
        for selector, text in ((".st-key-compare_prior_input_text", NEWER), (".st-key-compare_current_input_text", OLDER)):
            _tab_until(page, selector, path)  # entered the wrong way round: the screen orders them by date
            page.keyboard.type(text)
        _tab_until(page, ".st-key-compare_go", path)
        page.keyboard.press("Enter")
        notes = page.locator(".st-key-compare_result [data-testid='stAlertContainer']").first
        expect(notes).to_contain_text("in order by the dates")
        expect(notes).to_be_focused()  # the result's start, read first: the notes on the dates
        expect(notes).to_be_in_viewport(ratio=1)
        expect(page.get_by_role("heading", name="What changed")).to_be_visible()
        assert not [stop for stop in path if "Link to heading" in stop], f"heading anchor links on the way: {path}"
        page.screenshot(path=str(shots_dir / f"compare_result_{size}_{scheme}.png"))
    finally:
        context.close()
