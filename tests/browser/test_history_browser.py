"""History in a real Chromium: two browser sessions never see each other's history; export and import
a file; and after "Forget this session" nothing of the report is left on the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MARKER = "Zyxwq Marker-7741"  # a name no report or page of ours contains
REPORT = f"""Patient: {MARKER}
MRN: 55512399
EXAM: Screening mammogram.
FINDINGS: Grouped amorphous calcifications in the left breast at 2 o'clock.
IMPRESSION: BI-RADS 4A. Stereotactic biopsy is recommended.
"""


@pytest.fixture
def other_page(browser: Any) -> Iterator[Any]:
    """A second browser context: another person on the same server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(30_000)
    yield tab
    context.close()


def _explain(page: Any, app_url: str, text: str) -> None:
    page.goto(app_url)
    page.get_by_label("Paste the text of your report").fill(text)
    page.get_by_role("button", name="Explain my report").click()
    expect(page.get_by_role("link", name="Your history: 1 explanation")).to_be_visible()


def _history(page: Any) -> None:
    page.get_by_role("link", name="Your history", exact=True).first.click()
    expect(page.get_by_role("heading", name="Your history")).to_be_visible()


def _body_text(page: Any) -> str:
    return str(page.locator("body").inner_text())


def test_two_sessions_never_share_history(page: Any, other_page: Any, app_url: str) -> None:
    _explain(page, app_url, REPORT)
    _history(page)
    expect(page.get_by_role("button", name="Reopen")).to_have_count(1)
    expect(page.get_by_text("Screening mammogram · BI-RADS 4A")).to_be_visible()

    other_page.goto(f"{app_url}/history")
    expect(other_page.get_by_text("No explanations yet")).to_be_visible()
    expect(other_page.get_by_role("button", name="Reopen")).to_have_count(0)
    assert MARKER not in other_page.content()


def test_export_then_import_in_another_session(page: Any, other_page: Any, app_url: str, tmp_path: Path) -> None:
    _explain(page, app_url, REPORT)
    _history(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export all (1)").click()
    exported = tmp_path / "history.json"
    download_info.value.save_as(exported)
    assert MARKER not in exported.read_text(encoding="utf-8")  # redacted by default

    other_page.goto(f"{app_url}/history")
    expect(other_page.get_by_text("No explanations yet")).to_be_visible()
    other_page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(exported))
    other_page.get_by_role("button", name="Import", exact=True).click()
    expect(other_page.get_by_text("Imported 1 explanation")).to_be_visible()
    other_page.get_by_role("button", name="Reopen").click()
    expect(other_page.get_by_role("heading", name="BI-RADS 4A: Low suspicion")).to_be_visible()


def test_after_forget_nothing_of_the_report_is_left(page: Any, app_url: str) -> None:
    _explain(page, app_url, REPORT)
    assert MARKER in page.content()  # the report text is on the page until forgotten
    _history(page)
    page.get_by_role("button", name="Forget this session").click()
    page.get_by_role("button", name="Yes, forget everything").click()
    expect(page.get_by_text("Everything this session held is gone")).to_be_visible()
    expect(page.get_by_role("button", name="Reopen")).to_have_count(0)
    assert MARKER not in page.content()
    page.get_by_role("link", name="Explain my report").first.click()
    expect(page.get_by_label("Paste the text of your report")).to_have_value("")
    expect(page.get_by_role("heading", name="Your result in short")).to_have_count(0)
    assert MARKER not in page.content() and "55512399" not in _body_text(page)


def test_no_heading_anchor_is_a_tab_stop_before_the_first_control(page: Any, app_url: str) -> None:
    page.goto(f"{app_url}/history")
    toggle = page.get_by_label("Include the report text as written", exact=False)
    expect(toggle).to_be_visible()
    toggle.focus()
    page.keyboard.press("Shift+Tab")
    # The scrolling main element itself is a Tab stop of Chromium's, before the page's content.
    focused = page.evaluate("""() => { const e = document.activeElement, main = document.querySelector("[data-testid='stMain']");
                                       return [e.outerHTML.slice(0, 120), e !== main && main.contains(e)]; }""")
    assert not focused[1], f"a Tab stop in the page before its first control: {focused[0]}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_history(browser: Any, app_url: str, shots_dir: Path, scheme: str) -> None:
    """One explanation in the history, to look at on a desktop and a phone (390 px)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1400}, color_scheme=scheme)
    try:
        tab = context.new_page()
        _explain(tab, app_url, REPORT)
        _history(tab)
        for width in (1280, 390):
            tab.set_viewport_size({"width": width, "height": 1400})
            if width < 640:  # once the sidebar has folded away
                expect(tab.get_by_test_id("stSidebar")).not_to_be_in_viewport()
            expect(tab.get_by_role("button", name="Reopen")).to_be_visible()
            tab.screenshot(path=str(shots_dir / f"history_{scheme}_{width}.png"))
    finally:
        context.close()
