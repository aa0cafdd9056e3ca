"""The Explain screen in a real Chromium: paste a report with suspicious calcifications, read the
summary and the finding cards, see the marked grid, follow a glossary link, download the PDF; and the
screen in light and dark theme, looked at as screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from components.report_input import samples
from readingscan import load_content

pytestmark = pytest.mark.browser
DISCLAIMER = load_content("en").screens["app"]["disclaimer"]  # at the foot of every page (screens.yaml)

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


PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_screenshots_of_the_explanation(browser: Any, app_url: str, shots_dir: Path, scheme: str, size: str) -> None:
    context = browser.new_context(viewport=PHONE if size == "phone" else DESKTOP, color_scheme=scheme)
    try:
        page = context.new_page()
        _explain(page, app_url, SUSPICIOUS)
        result = page.get_by_role("heading", name="Your result in short")
        expect(result).to_be_focused()  # focus, and the scroll that comes with it, have happened
        expect(result).to_be_in_viewport(ratio=1)
        page.screenshot(path=str(shots_dir / f"explain_result_{size}_{scheme}.png"))  # what Explain leaves in view
        page.get_by_text("Your calcifications on the suspicion grid").scroll_into_view_if_needed()
        expect(page.locator(".st-key-explain_grid_section .js-plotly-plot:visible")).to_have_count(1)  # the one for this width
        page.screenshot(path=str(shots_dir / f"explain_grid_{size}_{scheme}.png"))
    finally:
        context.close()


def _focus_is_in(page: Any, selector: str) -> None:
    """Wait until the element with keyboard focus is inside (or is) the one ``selector`` names."""
    page.wait_for_function("s => document.activeElement && document.activeElement.closest(s) !== null", arg=selector)


def test_on_a_phone_explain_brings_the_result_into_view_and_focus_to_it(browser: Any, app_url: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        _explain(page, app_url, SUSPICIOUS)
        heading = page.get_by_role("heading", name="Your result in short")
        expect(heading).to_be_in_viewport(ratio=1)  # not just "Done reading" with the result below
        expect(heading).to_be_focused()  # a screen reader starts reading at the result
        _focus_is_in(page, ".st-key-rs_result")
        # "Show in my report", pressed from the keyboard: the marked sentence comes into view, with focus.
        page.get_by_role("button", name="Show in my report").first.focus()
        page.keyboard.press("Enter")
        marked = page.locator("mark.rs-selected")
        expect(marked).to_be_focused()
        expect(marked).to_be_in_viewport(ratio=1)
        expect(marked).to_contain_text("grouped fine pleomorphic calcifications")
        # Closed again by the person, the box opens once more for the next "Show in my report".
        page.get_by_text("Your report, with what we read marked").click()
        expect(marked).to_be_hidden()
        page.get_by_role("button", name="Show in my report").first.focus()
        page.keyboard.press("Enter")
        expect(marked).to_be_focused()
        expect(marked).to_be_in_viewport(ratio=1)
    finally:
        context.close()


def test_a_report_that_cannot_be_read_brings_its_message_into_focus(browser: Any, app_url: str) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(app_url)
        page.get_by_role("button", name="Explain my report").click()  # nothing pasted
        alert = page.locator(".st-key-explain_error [role='alert']")
        expect(alert).to_be_focused()
        expect(alert).to_be_in_viewport()
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
