"""The Glossary in a real browser: search a misspelling, open a term, follow a related term, and open a
pasted deep link in a fresh browser context."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from components.layout import DISCLAIMER
from readingscan import load_glossary

pytestmark = pytest.mark.browser


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
