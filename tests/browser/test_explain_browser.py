"""The Explain screen in a real Chromium: paste a report with suspicious calcifications, read the
summary and the finding cards, see the marked grid, follow a glossary link, download the PDF; and the
screen in light and dark theme, looked at as screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from components.layout import DISCLAIMER
from components.report_input import samples

pytestmark = pytest.mark.browser

SUSPICIOUS = next(text for title, text in samples().items() if "4B" in title)


def _explain(page: Any, app_url: str, text: str) -> None:
    page.goto(app_url)
    page.get_by_label("Paste the text of your report").fill(text)
    page.get_by_role("button", name="Explain my report").click()
    expect(page.get_by_role("heading", name="Questions to ask your doctor")).to_be_visible()


def test_paste_explain_follow_a_link_and_download_the_pdf(page: Any, app_url: str, tmp_path: Path) -> None:
    _explain(page, app_url, SUSPICIOUS)
    expect(page.get_by_role("heading", name="BI-RADS 4B: Moderate suspicion")).to_be_visible()
    expect(page.get_by_text("Left breast: calcifications")).to_be_visible()
    expect(page.locator("blockquote.rs-quote").filter(has_text="Magnification views show grouped")).to_be_visible()
    # The grid is drawn, with the person's finding in its legend.
    expect(page.get_by_text("Left breast: your finding").first).to_be_visible()
    # Download the PDF.
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download as a PDF").click()
    pdf = tmp_path / "explanation.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    expect(page.get_by_text(DISCLAIMER)).to_be_visible()
    # A glossary link opens the term (in a new tab: a new session, with no report in it).
    with page.context.expect_page() as new_tab:
        page.get_by_role("link", name="fine pleomorphic calcifications").first.click()
    term_page = new_tab.value
    expect(term_page.get_by_role("heading", name="Fine pleomorphic calcifications")).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_explanation(browser: Any, app_url: str, shots_dir: Path, scheme: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        _explain(page, app_url, SUSPICIOUS)
        page.get_by_text("Your calcifications on the suspicion grid").scroll_into_view_if_needed()
        expect(page.get_by_text("Left breast: your finding").first).to_be_visible()
        page.screenshot(path=str(shots_dir / f"explain_grid_{scheme}.png"))
    finally:
        context.close()


def test_markup_in_a_report_stays_text(page: Any, app_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = ("FINDINGS: <script>alert('x')</script> <img src=x onerror=alert('y')> [click](javascript:alert(1)) "
               "**bold** No suspicious mass. BI-RADS 1.")
    _explain(page, app_url, hostile)
    page.get_by_text("Your report, with what we read marked").click()
    expect(page.get_by_text("<script>alert('x')</script>", exact=False).first).to_be_visible()
    _assert_inert(page, dialogs)
    # The history's preview and the grid's hover text carry report words too.
    page.get_by_role("link", name="Your history", exact=True).first.click()
    expect(page.get_by_role("button", name="Reopen")).to_have_count(1)
    expect(page.get_by_text("<img src=x onerror=alert('y')>", exact=False).first).to_be_visible()
    _assert_inert(page, dialogs)


def _assert_inert(page: Any, dialogs: list[str]) -> None:
    """No dialog opened, and none of the report's markup became an element of the page."""
    assert dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert page.evaluate("() => [...document.scripts].some(s => s.textContent.includes(\"alert('x')\"))") is False


def test_categories_the_report_does_not_place_are_shown_with_advice(page: Any, app_url: str) -> None:
    _explain(page, app_url, "IMPRESSION:\n1. Right breast 12 mm complicated cyst. BI-RADS 3.\n"
                            "2. Left breast possible asymmetry on one view.\nBI-RADS 0: additional imaging required.")
    expect(page.get_by_role("heading", name="BI-RADS 0: Incomplete")).to_be_visible()
    expect(page.get_by_text("which applies to which breast", exact=False)).to_be_visible()
    expect(page.get_by_text("Right breast: BI-RADS 3", exact=False).first).to_be_visible()


def test_the_explain_screens_own_address_opens_it(page: Any, app_url: str) -> None:
    page.goto(app_url.rstrip("/") + "/explain")
    expect(page.get_by_label("Paste the text of your report")).to_be_visible()
    page.wait_for_timeout(1000)  # a "Page not found" dialog, if any, shows after the page draws
    expect(page.get_by_text("Page not found")).to_have_count(0)
