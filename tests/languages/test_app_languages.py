"""The app in each language, as a person uses it (AppTest): paste a report and read the explanation, open a
glossary entry from it, follow a grid deep link, download the PDF; every page's own words in the language
chosen, and none left in English outside the report's own words and the sources' titles."""

from __future__ import annotations

import io
import re
from typing import Any

import pdfplumber
import pytest
from streamlit.testing.v1 import AppTest

from readingscan import LANGUAGES, grid, load_content, load_glossary, use_language
from tests.conftest import ROOT, capture_downloads

APP = str(ROOT / "app.py")
SAMPLE = (ROOT / "samples" / "2_suspicious_calcifications.txt").read_text(encoding="utf-8")
OTHERS = [language for language in LANGUAGES if language != "en"]
PAGES = ["screens/explain.py", "screens/glossary.py", "screens/grid.py", "screens/history.py", "screens/compare.py"]
# English words that are never Spanish or Chinese: one on a zh-Hant or es screen is an untranslated text.
ENGLISH = frozenset(["the", "and", "your", "you", "with", "this", "that", "what", "which", "when", "where", "who", "report", "reports", "breast", "breasts", "findings", "finding", "doctor", "doctors", "show", "shows", "click", "explain", "upload", "paste", "please", "here", "there", "these", "those", "will", "would", "could", "should", "about", "more", "than", "only", "also", "into", "from", "have", "has", "had", "been", "were", "are", "was", "they", "them", "their", "its", "not", "any", "each", "other", "some", "such", "then", "because", "while", "after", "before", "again", "still", "just", "very", "most", "many", "much"])
# Names and units that stay as written in every language.
KEPT = frozenset({"ReadingScan", "BI-RADS", "CBIS-DDSM", "PPV", "MRI", "CEM", "DCIS", "ADH", "BPE", "mm", "cm"})
# The scale's own name, spelled out after "BI-RADS" as the Atlas writes it.
NAMES = re.compile(r"Breast Imaging Reporting and Data System")
_QUOTED = re.compile(r"「[^」]*」|“[^”]*”|\"[^\"]*\"|'[^']*'|«[^»]*»|`[^`]*`")
_LINK = re.compile(r"\]\([^)]*\)")


def _open(language: str, page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["lang"] = language
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def _explained(language: str) -> AppTest:
    at = _open(language)
    at.text_area(key="report_text").set_value(SAMPLE)
    at.button(key="report_go").click().run()
    assert not at.exception, at.exception
    return at


def _texts(at: AppTest) -> list[str]:
    """Every text the screen shows a person (not the report box's own contents)."""
    texts = [*(m.value for m in at.markdown), *(c.value for c in at.caption), *(h.value for h in at.header),
             *(h.value for h in at.subheader), *(t.value for t in at.title), *(i.value for i in at.info),
             *(w.value for w in at.warning), *(e.value for e in at.error), *(s.value for s in at.success),
             *(b.label for b in at.button), *(x.label for x in at.expander), *(s.label for s in at.selectbox),
             *(t.label for t in at.text_area), *(r.label for r in at.radio), *(c.label for c in at.checkbox),
             *(t.label for t in at.text_input), *(t.label for t in at.tabs)]
    # Elements AppTest has no typed list for: page links, download buttons, status boxes; tables cell by cell.
    for kind in ("page_link", "download_button", "status", "toggle", "popover"):
        texts += [str(getattr(e.proto, "label", "")) for e in at.get(kind)]
    for frame in (d.value for d in at.dataframe):
        texts += [str(c) for c in frame.columns]
        texts += [str(v) for row in frame.itertuples(index=False) for v in row if isinstance(v, str)]
    return [t for t in texts if t]


def _marked_english(node: Any, inside: bool = False) -> list[str]:
    """The texts of elements inside a container the app marks as English (keyed ``rs_en...``: the report's own
    words, the studies' wording of their figures, the sources' titles)."""
    block_id = str(getattr(getattr(node, "proto", None), "id", "") or "")
    inside = inside or bool(re.search(r"-rs_en[^-]*$", block_id))
    found = [str(node.value)] if inside and hasattr(node, "value") and isinstance(getattr(node, "value", None), str) else []
    for child in (getattr(node, "children", None) or {}).values():
        found += _marked_english(child, inside)
    return found


def _english_left(at: AppTest) -> list[str]:
    """Texts with English words outside quotes, link targets, report quotes, cited sources and the blocks the app
    marks as English."""
    marked = set(_marked_english(at._tree))
    # A caption that cites the works (its key names a source) begins with the language's words for it.
    sources = {text.split("{")[0].strip() for language in LANGUAGES
               for words in load_content(language).screens.values() for key, text in words.items() if "source" in key}
    sources |= {f"{load_content(language).grid.cbis_source}" for language in LANGUAGES}
    left = []
    for text in _texts(at):
        if text.startswith(">") or text in marked or any(text.startswith(s) for s in sources if s):
            continue  # the report's own words (a quote) and the sources' titles stay as written
        bare = _LINK.sub("]", _QUOTED.sub(" ", NAMES.sub(" ", text)))
        words = {w for w in re.findall(r"[A-Za-z][A-Za-z-]+", bare) if w not in KEPT}
        if {w.lower() for w in words} & ENGLISH:
            left.append(text)
    return left


@pytest.mark.parametrize("language", OTHERS)
def test_paste_and_read_the_explanation_in_the_language(language: str) -> None:
    at = _explained(language)
    content = load_content(language)
    shown = "\n".join(_texts(at))
    assert "BI-RADS 4B" in shown or "第4B類" in shown
    assert content.explain.categories["4B"].name in shown  # the category's name, in the language
    assert content.screens["app"]["disclaimer"] in shown
    assert content.screens["explain"]["questions_title"] in shown
    # The report's own words stay as written: its next step is quoted in English.
    assert any(m.value.startswith("> Stereotactic core needle biopsy") for m in at.markdown)
    assert at.selectbox(key="rs_language_selector").value == language


# Each page, and the states a person reaches on it: an open glossary entry, a calcification square and a mass
# square, a finished comparison.
VISITS = [("screens/glossary.py", {}), ("screens/glossary.py", {"term": "fine_pleomorphic"}),
          ("screens/grid.py", {}), ("screens/grid.py", {"cell": "fine_pleomorphic.grouped"}),
          ("screens/grid.py", {"view": "masses", "mass": "irregular.spiculated"}),
          ("screens/history.py", {}), ("screens/compare.py", {})]


@pytest.mark.parametrize("language", OTHERS)
def test_no_english_is_left_on_any_page(language: str) -> None:
    # AppTest formats a selectbox's options (format_func) in the test's thread, not the script's: it needs the
    # language the app chose there too.
    with use_language(language):
        _no_english_left_on_any_page(language)


def _no_english_left_on_any_page(language: str) -> None:
    at = _explained(language)
    assert _english_left(at) == []
    for page, params in VISITS:
        at.switch_page(page)
        for key, value in {"lang": language, **params}.items():
            at.query_params[key] = value
        at.run()
        assert not at.exception, (page, at.exception)
        assert _english_left(at) == [], (page, params)
    older = (ROOT / "samples" / "4_probably_benign_followup.txt").read_text(encoding="utf-8")
    at.text_area(key="compare_prior_input_text").set_value(older)
    at.text_area(key="compare_current_input_text").set_value(SAMPLE)
    at.button(key="compare_go").click().run()
    assert not at.exception, at.exception
    assert load_content(language).screens["compare"]["changed_title"] in [s.value for s in at.subheader]
    assert _english_left(at) == [], "a finished comparison"


def test_the_check_finds_english_when_it_is_there() -> None:
    # The English app through the same check: the check can fail.
    assert _english_left(_explained("en"))


@pytest.mark.parametrize("language", OTHERS)
def test_a_glossary_link_in_the_explanation_opens_the_entry_in_the_language(language: str) -> None:
    at = _explained(language)
    links = re.findall(r"\(glossary\?term=([a-z0-9_]+)&lang=([A-Za-z-]+)\)", "\n".join(m.value for m in at.markdown))
    assert links and {lang for _, lang in links} == {language}
    slug = links[0][0]
    at.switch_page("screens/glossary.py")
    at.query_params["term"] = slug
    at.query_params["lang"] = language
    at.run()
    assert not at.exception, at.exception
    entry = load_glossary(language=language).get(slug)
    assert entry is not None and [h.value for h in at.header] == [entry.term]
    headings = [h.value for h in at.subheader]
    with use_language(language):
        from readingscan import section_headings

        assert set(section_headings(language).values()) <= set(headings)
    assert load_content(language).screens["glossary"]["not_reviewed"] in [c.value for c in at.caption]


@pytest.mark.parametrize("language", OTHERS)
def test_a_grid_deep_link_shows_the_square_in_the_language(language: str) -> None:
    at = _open(language, "screens/grid.py")
    at.query_params["cell"] = "fine_linear.segmental"
    at.query_params["lang"] = language
    at.run()
    assert not at.exception, at.exception
    cell = grid(language)["fine_linear.segmental"]
    with use_language(language):
        assert cell.name in [h.value for h in at.header]
    assert cell.sentence in "\n".join(_texts(at))
    assert at.query_params["lang"] == language  # the link to share keeps the language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_download_is_in_the_language(language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    downloads = capture_downloads(monkeypatch)
    _explained(language)
    data = downloads["readingscan-explanation.pdf"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages).replace("\n", "")
    assert load_content(language).explain.export.title in text
    markdown = downloads["readingscan-explanation.md"]
    markdown = markdown.decode("utf-8") if isinstance(markdown, bytes) else markdown
    assert markdown.startswith(f"# {load_content(language).explain.export.title}")


def test_the_choice_stays_for_the_session_and_the_selector_changes_it() -> None:
    at = _open("es")
    at.switch_page("screens/glossary.py").run()  # moving to another page clears the address's parameters
    assert at.query_params["lang"] == "es"
    assert load_content("es").screens["app"]["glossary_title"] in [t.value for t in at.title] + [h.value for h in at.header]
    at.selectbox(key="rs_language_selector").set_value("zh-Hant").run()
    assert not at.exception
    assert at.query_params["lang"] == "zh-Hant"
    assert load_content("zh-Hant").screens["app"]["disclaimer"] in [c.value for c in at.caption]
    at.selectbox(key="rs_language_selector").set_value("en").run()
    assert "lang" not in at.query_params
    assert load_content("en").screens["app"]["disclaimer"] in [c.value for c in at.caption]


def test_the_browsers_language_is_the_first_visits_choice() -> None:
    from unittest import mock

    with mock.patch("components.language._from_browser", return_value="zh-Hant"):
        at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.selectbox(key="rs_language_selector").value == "zh-Hant"
    assert at.query_params["lang"] == "zh-Hant"
