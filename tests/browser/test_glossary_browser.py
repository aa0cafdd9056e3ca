"""The Glossary in a real browser: search a misspelling, open a term, follow a related term, and open a
pasted deep link in a fresh browser context."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from readingscan import load_content, load_glossary

pytestmark = pytest.mark.browser
DISCLAIMER = load_content("en").screens["app"]["disclaimer"]  # at the foot of every page (screens.yaml)


def _term_heading(page: Any, term: str) -> Any:
    return page.get_by_role("heading", name=term, exact=True)


def test_search_open_a_term_and_follow_a_related_term(page: Any, app_url: str) -> None:
    glossary = load_glossary()
    entry = glossary.entries["fine_pleomorphic"]
    related = glossary.entries[entry.related[0]]

    page.goto(f"{app_url}/glossary")
    expect(page.get_by_role("heading", name="Glossary")).to_be_visible()
    search = page.get_by_label("Search the glossary")
    search.fill("pleomorfic")
    search.press("Enter")
    result = page.get_by_role("link", name=entry.term, exact=True)
    expect(result).to_be_visible()
    expect(page.get_by_role("link", name="Stereotactic biopsy", exact=True)).to_have_count(0)

    result.click()
    expect(_term_heading(page, entry.term)).to_be_visible()
    expect(page.get_by_text(entry.quick_answer)).to_be_visible()
    expect(page).to_have_url(re.compile(r"/glossary\?term=fine_pleomorphic$"))

    page.get_by_role("link", name=related.term, exact=True).click()
    expect(_term_heading(page, related.term)).to_be_visible()
    expect(page).to_have_url(re.compile(rf"/glossary\?term={related.slug}$"))
    page.go_back()
    expect(_term_heading(page, entry.term)).to_be_visible()


def test_a_pasted_deep_link_opens_the_term(browser: Any, app_url: str, shots_dir: Path) -> None:
    entry = load_glossary().entries["fine_pleomorphic"]
    # Tall enough for the whole term page: Streamlit scrolls an inner element, so full_page captures no more.
    context = browser.new_context(viewport={"width": 1280, "height": 2400})
    try:
        page = context.new_page()
        page.goto(f"{app_url}/glossary?term=fine_pleomorphic")
        expect(_term_heading(page, entry.term)).to_be_visible()
        expect(page.get_by_role("link", name="All terms")).to_be_visible()
        for heading in ("What it is", "Should I be worried?", "What to do next", "Related terms", "Sources"):
            expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
        expect(page.get_by_text(DISCLAIMER)).to_be_visible()
        page.screenshot(path=str(shots_dir / "glossary_term.png"), full_page=True)
    finally:
        context.close()


def test_an_unknown_deep_link_says_so(page: Any, app_url: str) -> None:
    page.goto(f"{app_url}/glossary?term=no_such_term")
    expect(page.get_by_text("We have no glossary entry called")).to_be_visible()
    expect(page.get_by_role("link", name="Calcification", exact=True)).to_be_visible()


def test_a_deep_link_as_the_first_visit_after_a_restart_gets_the_whole_app(page: Any, fresh_app_url: str) -> None:
    page.goto(f"{fresh_app_url}/glossary?term=dcis")
    expect(_term_heading(page, load_glossary().entries["dcis"].term)).to_be_visible()
    expect(page.get_by_text(DISCLAIMER)).to_be_visible(timeout=5_000)
    # The app's own navigation, by title: never file names, never the Team pages it hides.
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_role("link", name="Explain my report")).to_be_visible()
    assert "wording" not in nav.inner_text().lower() and "app" not in nav.inner_text().split()


def test_terms_of_the_report_on_screen_are_marked(page: Any, app_url: str) -> None:
    entry = load_glossary().entries["fine_pleomorphic"]
    page.goto(app_url)
    page.get_by_label("Paste the text of your report").fill(
        "DIAGNOSTIC MAMMOGRAM\nFINDINGS: Grouped fine pleomorphic calcifications in the left breast.\n"
        "IMPRESSION: Suspicious. BI-RADS 4B. Stereotactic biopsy is recommended."
    )
    page.get_by_role("button", name="Explain my report").click()
    expect(page.get_by_role("heading", name="Questions to ask your doctor")).to_be_visible()

    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Glossary").click()
    marked = page.get_by_role("link", name=f"{entry.term} · in your report")
    expect(marked).to_be_visible()
    marked.click()
    expect(_term_heading(page, entry.term)).to_be_visible()
    expect(page.get_by_text("Seen in your report")).to_be_visible()


def _focused(page: Any) -> dict[str, Any]:
    """The focused element: its text, and whether it is inside the page's content (the scrolling main
    element itself is a Tab stop of Chromium's, before the content)."""
    return dict(page.evaluate("""() => { const e = document.activeElement, main = document.querySelector("[data-testid='stMain']");
        return {text: (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 80),
                inMain: e !== main && main.contains(e), tag: e.tagName}; }"""))


def test_the_terms_come_a_to_z_in_reading_and_tab_order(page: Any, app_url: str) -> None:
    """A screen reader and the Tab key meet the terms A to Z, as the eye reads them; no heading anchor is
    a Tab stop before the search box."""
    expected = sorted((e.term for e in load_glossary()), key=lambda term: (term[:1].upper(), term.casefold()))
    page.goto(f"{app_url}/glossary")
    links = page.get_by_test_id("stMain").get_by_test_id("stPageLink")
    expect(links).to_have_count(len(expected))
    assert [text.strip() for text in links.all_inner_texts()] == expected

    search = page.get_by_label("Search the glossary")
    search.focus()
    page.keyboard.press("Shift+Tab")
    assert not _focused(page)["inMain"], f"a Tab stop in the page before the search box: {_focused(page)}"

    page.get_by_label("Search the glossary").focus()
    page.keyboard.press("Tab")  # the category filter
    reached = []
    for _ in range(6):
        page.keyboard.press("Tab")
        reached.append(_focused(page)["text"])
    assert reached == expected[:6]


def _resize(page: Any, width: int) -> None:
    """A desktop or a phone width; on a phone, once the sidebar has folded away."""
    page.set_viewport_size({"width": width, "height": 1400})
    sidebar = page.get_by_test_id("stSidebar")
    if width < 640:
        expect(sidebar).not_to_be_in_viewport()
    else:
        expect(sidebar).to_be_in_viewport(ratio=1)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_glossary(browser: Any, app_url: str, shots_dir: Path, scheme: str) -> None:
    """The A-Z list and a term, to look at: two columns on a desktop, one on a phone (390 px)."""
    context = browser.new_context(viewport={"width": 1280, "height": 1400}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(f"{app_url}/glossary")
        expect(page.get_by_role("link", name="Calcification", exact=True)).to_be_visible()
        for width in (1280, 390):
            _resize(page, width)
            page.screenshot(path=str(shots_dir / f"glossary_list_{scheme}_{width}.png"))
        page.get_by_role("link", name="Fine pleomorphic calcifications", exact=True).click()
        expect(_term_heading(page, "Fine pleomorphic calcifications")).to_be_visible()
        page.get_by_role("heading", name="Related terms").scroll_into_view_if_needed()
        for width in (390, 1280):
            _resize(page, width)
            page.screenshot(path=str(shots_dir / f"glossary_term_{scheme}_{width}.png"))
    finally:
        context.close()
