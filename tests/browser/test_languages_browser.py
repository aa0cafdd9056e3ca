"""ReadingScan in Traditional Chinese and Spanish in a real Chromium: paste a report and read it in the chosen
language, the page and the report's own words each marked with their language for a screen reader, a glossary
link that opens the entry in that language, the PDF download; axe-core's WCAG 2.2 AA check; and screenshots
on a desktop and a phone, light and dark (Chinese drawn in a real font: WenQuanYi Micro Hei)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from playwright.sync_api import expect

from components.report_input import samples
from readingscan import load_content
from tests.browser.test_accessibility_browser import _axe, _settle

pytestmark = pytest.mark.browser

SUSPICIOUS = next(text for title, text in samples().items() if "4B" in title)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _explain(page: Any, app_url: str, language: str) -> None:
    screens = load_content(language).screens
    page.goto(f"{app_url}/?lang={language}")
    page.get_by_label(screens["report_input"]["text_label"]).fill(SUSPICIOUS)
    page.get_by_role("button", name=screens["report_input"]["explain_button"]).click()
    expect(page.get_by_role("heading", name=screens["explain"]["questions_title"])).to_be_visible()


@pytest.mark.parametrize("language", ["zh-Hant", "es"])
def test_read_in_the_language_with_the_reports_words_marked_english(
        page: Any, app_url: str, tmp_path: Path, language: str) -> None:
    content = load_content(language)
    _explain(page, app_url, language)
    heading = f"BI-RADS 4B: {content.explain.categories['4B'].name}" if language == "es" else None
    expect(page.get_by_text(content.explain.categories["4B"].name).first).to_be_visible()
    if heading:
        expect(page.get_by_role("heading", name=heading)).to_be_visible()
    # A screen reader reads the page in the chosen language, and the report's own words in English.
    page.wait_for_function("l => document.documentElement.lang === l", arg=language)
    expect(page.locator("blockquote.rs-quote[lang='en']").first).to_be_attached()
    expect(page.locator("[class*='st-key-rs_en_next'][lang='en']").first).to_be_attached()
    # The download is the PDF, in the language.
    with page.expect_download() as download_info:
        page.get_by_role("button", name=content.screens["explain"]["download_pdf"]).click()
    pdf = tmp_path / "explanation.pdf"
    download_info.value.save_as(pdf)
    with pdfplumber.open(pdf) as document:
        text = "".join(p.extract_text() or "" for p in document.pages).replace("\n", "")
    assert content.explain.export.title in text
    # No serious WCAG 2.2 AA violation in this language either (once the download's rerun is over: Streamlit
    # fades the page while a run is under way).
    _settle(page)
    assert _axe(page) == []
    # A glossary link opens the entry in the language (in a new tab: its own session).
    link = page.locator("a[href*='glossary?term=fine_pleomorphic']").first
    assert re.search(rf"lang={re.escape(language)}", link.get_attribute("href") or "")
    with page.context.expect_page() as new_tab:
        link.click()
    term = new_tab.value
    from readingscan import load_glossary

    entry = load_glossary(language=language).get("fine_pleomorphic")
    assert entry is not None
    expect(term.get_by_role("heading", name=entry.term)).to_be_visible()
    term.wait_for_function("l => document.documentElement.lang === l", arg=language)


@pytest.mark.parametrize("language", ["zh-Hant", "es"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_screenshots_in_the_language(browser: Any, app_url: str, shots_dir: Path, language: str, scheme: str,
                                     size: str) -> None:
    context = browser.new_context(viewport=PHONE if size == "phone" else DESKTOP, color_scheme=scheme)
    try:
        page = context.new_page()
        _explain(page, app_url, language)
        result = page.get_by_role("heading", name=load_content(language).screens["explain"]["summary_title"])
        expect(result).to_be_in_viewport(ratio=1)
        page.screenshot(path=str(shots_dir / f"lang_{language}_explain_{size}_{scheme}.png"))
        page.goto(f"{app_url}/glossary?term=fine_pleomorphic&lang={language}")
        expect(page.get_by_role("heading", level=2).first).to_be_visible()
        page.screenshot(path=str(shots_dir / f"lang_{language}_glossary_{size}_{scheme}.png"))
    finally:
        context.close()
