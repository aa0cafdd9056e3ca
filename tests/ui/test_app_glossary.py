"""The Glossary page in AppTest: search (misspellings too), the category filter, ``?term=`` deep links,
an unknown slug, and the "seen in your report" mark. Widgets are found by key."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import state
from readingscan import load_glossary
from readingscan.model import Assessment, Document, Exam, Report, Source, SourceKind
from tests.conftest import open_page

APP = str(Path(__file__).resolve().parents[2] / "app.py")
TIMEOUT = 30


@pytest.fixture
def glossary_page() -> AppTest:
    return open_page("screens/glossary.py")


def _links(at: AppTest) -> list[str]:
    return [link.proto.label for link in at.get("page_link")]


def _seen_marks(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if "Seen in your report" in m.value]


def test_the_page_lists_every_term_a_to_z(glossary_page: AppTest) -> None:
    at = glossary_page
    assert [t.value for t in at.title] == ["Glossary"]
    glossary = load_glossary()
    assert sorted(_links(at)) == sorted(e.term for e in glossary)
    letters = [m.value for m in at.markdown if m.value.startswith("**") and len(m.value) == 5]
    assert letters == sorted(set(letters)) and "**B**" in letters


def test_search_finds_a_misspelling(glossary_page: AppTest) -> None:
    at = glossary_page
    at.text_input(key="glossary_search").input("pleomorfic").run()
    assert not at.exception
    assert _links(at)[0] == "Fine pleomorphic calcifications"


def test_search_with_no_match_says_so(glossary_page: AppTest) -> None:
    at = glossary_page
    at.text_input(key="glossary_search").input("zzzzqx").run()
    assert _links(at) == []
    assert "No term matches" in at.info[0].value


def test_category_filter(glossary_page: AppTest) -> None:
    at = glossary_page
    at.selectbox(key="glossary_category").set_value("birads").run()
    expected = [e.term for e in load_glossary() if e.category == "birads"]
    assert sorted(_links(at)) == sorted(expected) and len(expected) >= 10
    assert all(label.startswith("BI-RADS") for label in _links(at))


def test_deep_link_opens_the_term(glossary_page: AppTest) -> None:
    at = glossary_page
    at.query_params["term"] = "fine_pleomorphic"
    at.run()
    assert not at.exception
    entry = load_glossary().get("fine_pleomorphic")
    assert entry is not None
    assert [h.value for h in at.header] == [entry.term]
    assert entry.quick_answer in at.info[0].value
    headings = [s.value for s in at.subheader]
    assert headings[:4] == ["What it is", "When you might see it on your report", "Should I be worried?", "What to do next"]
    assert "Related terms" in headings and "Sources" in headings
    related_terms = {load_glossary().entries[slug].term for slug in entry.related}
    assert related_terms <= set(_links(at))
    assert any(entry.sources[0].citation in m.value for m in at.markdown)
    assert not _seen_marks(at), "no report on screen, so no 'seen in your report' mark"


def test_deep_link_from_a_fresh_session_to_the_glossary_url() -> None:
    """A pasted link lands on /glossary?term=...: the page reads the term from the URL on its first run."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    at.query_params["term"] = "dcis"
    at.switch_page("screens/glossary.py").run()
    assert [h.value for h in at.header] == [load_glossary().entries["dcis"].term]


def test_unknown_slug_shows_a_message_and_the_list(glossary_page: AppTest) -> None:
    at = glossary_page
    at.query_params["term"] = "no_such_term"
    at.run()
    assert "We have no glossary entry called `no_such_term`" in at.warning[0].value
    assert len(_links(at)) == len(load_glossary())


def test_a_hostile_term_value_is_never_echoed(glossary_page: AppTest) -> None:
    at = glossary_page
    at.query_params["term"] = "![x](https://tracker.example/p.png)"
    at.run()
    assert not at.exception
    assert "tracker" not in at.warning[0].value
    assert all("tracker" not in m.value for m in at.markdown)


def test_a_new_search_closes_the_open_term(glossary_page: AppTest) -> None:
    at = glossary_page
    at.query_params["term"] = "fine_pleomorphic"
    at.run()
    at.text_input(key="glossary_search").input("calcificaton").run()
    assert "term" not in at.query_params
    assert _links(at)[0] == "Calcification"


def _report_with(terms: tuple[str, ...]) -> Report:
    document = Document("FINDINGS: Grouped fine pleomorphic calcifications.", Source(SourceKind.TEXT))
    return Report(document=document, sections=(), exam=Exam(), density=None, assessment=Assessment(None),
                  findings=(), recommendations=(), terms=terms)


def test_seen_in_your_report_mark(glossary_page: AppTest) -> None:
    at = glossary_page
    at.session_state[state.CURRENT] = _report_with(("fine_pleomorphic", "grouped"))
    at.query_params["term"] = "fine_pleomorphic"
    at.run()
    assert len(_seen_marks(at)) == 1
    at.query_params["term"] = "amorphous"
    at.run()
    assert not _seen_marks(at)


def test_terms_in_the_report_are_marked_in_the_list(glossary_page: AppTest) -> None:
    at = glossary_page
    at.session_state[state.CURRENT] = _report_with(("grouped",))
    at.run()
    marked = [label for label in _links(at) if label.endswith("in your report")]
    assert marked == [f"{load_glossary().entries['grouped'].term} · in your report"]


def _headings(at: AppTest) -> list[tuple[str, bool]]:
    """Every heading on the page with whether its anchor link is hidden (a heading anchor is a Tab stop)."""
    return [(h.value, h.proto.hide_anchor) for h in (*at.title, *at.header, *at.subheader)]


def test_the_links_come_a_to_z_in_reading_order(glossary_page: AppTest) -> None:
    """The element tree is the page's reading and Tab order: A to Z row by row, not down one column first."""
    expected = sorted((e.term for e in load_glossary()), key=lambda term: (term[:1].upper(), term.casefold()))
    assert _links(glossary_page) == expected


def test_related_terms_keep_their_order(glossary_page: AppTest) -> None:
    at = glossary_page
    at.query_params["term"] = "fine_pleomorphic"
    at.run()
    glossary = load_glossary()
    entry = glossary.entries["fine_pleomorphic"]
    related = [glossary.entries[slug].term for slug in entry.related if slug in glossary.entries]
    assert len(related) >= 3
    assert _links(at)[1:] == related  # after "All terms"


@pytest.mark.parametrize("term", [None, "fine_pleomorphic"], ids=["index", "term"])
def test_headings_have_no_anchor_links(glossary_page: AppTest, term: str | None) -> None:
    at = glossary_page
    if term:
        at.query_params["term"] = term
        at.run()
    headings = _headings(at)
    assert headings and all(hidden for _, hidden in headings), [name for name, hidden in headings if not hidden]
