"""The glossary screen's pieces: search and category filter, the A-Z list, one term's page.

Glossary Markdown is our own content, so it is rendered with st.markdown. Nothing from a report or a
URL is rendered as Markdown: an unknown ``?term=`` value is shown only when it is a plain slug.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import groupby

import streamlit as st

from components.language import english_block, with_language
from components.words import counted, long_date, screen_words
from readingscan import (
    GLOSSARY_CATEGORIES,
    Entry,
    Glossary,
    GlossaryError,
    load_content,
    load_glossary,
    needs_review,
    section_headings,
    tidy,
)

PAGE = "screens/glossary.py"
TERM_PARAM = "term"
SEARCH_KEY = "glossary_search"
CATEGORY_KEY = "glossary_category"
ALL = "all"
_SLUG = re.compile(r"[a-z0-9_]{1,64}")
_COLUMNS = 2  # wide enough for the longest term ("Fine linear or fine-linear branching calcifications")


def load() -> Glossary:
    """The project's glossary (parsed once per server process). A broken file stops the page with a
    calm message; ``python -m readingscan lint-glossary`` names the file and the problem."""
    try:
        return load_glossary()
    except GlossaryError:
        st.error(screen_words("glossary")["load_error"], icon=":material/error:")
        st.stop()


def term_url(slug: str) -> str:
    """A deep link to a term that works from any page (link_terms uses the same by default), in the language
    it is shown in."""
    language = load_content().language
    return f"glossary?{TERM_PARAM}={slug}" + ("" if language == "en" else f"&lang={language}")


def opened_slug() -> str | None:
    """The slug in ``?term=``, if any."""
    value = st.query_params.get(TERM_PARAM)
    return value.strip() if value else None


def _close_term() -> None:
    # A new search or filter means the person is looking for another term: back to the list.
    if TERM_PARAM in st.query_params:
        del st.query_params[TERM_PARAM]


def category_label(category: str) -> str:
    """A glossary category in words ("Calcification shapes"); its own name if screens.yaml has none."""
    return screen_words("glossary").get(f"category_{category}", category)


def show_filters() -> tuple[str, str | None]:
    """The search box and the category filter. Returns (query, category or None for all)."""
    words = screen_words("glossary")
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    query = left.text_input(
        words["search_label"], key=SEARCH_KEY, on_change=_close_term, placeholder=words["search_placeholder"],
    )
    category = right.selectbox(
        words["category_label"], [ALL, *GLOSSARY_CATEGORIES], key=CATEGORY_KEY, on_change=_close_term,
        format_func=lambda value: words["all_terms"] if value == ALL else category_label(value),
    )
    return query or "", None if category == ALL else category


def term_link(entry: Entry, *, label: str | None = None, seen: bool = False) -> None:
    """A link that opens a term on the glossary page (in this session; its address is the deep link)."""
    text = label or entry.term
    st.page_link(
        PAGE, label=screen_words("glossary")["in_your_report"].format(term=text) if seen else text, query_params=with_language({TERM_PARAM: entry.slug}),
        icon=":material/check_circle:" if seen else "", help=entry.quick_answer,
    )


def render_index(entries: list[Entry], *, searching: bool, seen: frozenset[str] = frozenset()) -> None:
    """Search results (best first) or the whole A-Z list, grouped by first letter."""
    words = screen_words("glossary")
    if not entries:
        st.info(words["no_match"], icon=":material/search_off:")
        return
    if searching:
        st.caption(counted(words, "matching", len(entries)))
        for entry in entries:
            term_link(entry, seen=entry.slug in seen)
        return
    st.caption(counted(words, "listed", len(entries)))
    if load_content().language == "zh-Hant":
        # Chinese has no alphabet to file terms under: the glossary's shelves head the groups instead.
        for category in GLOSSARY_CATEGORIES:
            shelf = [e for e in entries if e.category == category]
            if shelf:
                st.markdown(f"**{category_label(category)}**")
                _in_rows(shelf, seen)
        return
    for letter, group in groupby(entries, key=_initial):
        st.markdown(f"**{letter}**")
        _in_rows(list(group), seen)


def _initial(entry: Entry) -> str:
    """The letter a term is filed under: "Ecografía" and "Ángulo" under E and A, accents aside."""
    return unicodedata.normalize("NFKD", entry.term[:1])[:1].upper()


def _in_rows(entries: list[Entry], seen: frozenset[str] = frozenset()) -> None:
    """Term links in rows of two: a screen reader and the Tab key meet them A to Z, as the eye reads them
    (one block of columns per row; columns filled in turn would be read down the first column first). On a
    phone the columns stack, still A to Z."""
    for start in range(0, len(entries), _COLUMNS):
        for column, entry in zip(st.columns(_COLUMNS), entries[start:start + _COLUMNS], strict=False):
            with column:
                term_link(entry, seen=entry.slug in seen)


def render_unknown(slug: str) -> None:
    """The message for a ``?term=`` that names no entry."""
    words = screen_words("glossary")
    message = words["unknown_named"].format(slug=slug) if _SLUG.fullmatch(slug) else words["unknown"]
    st.warning(message, icon=":material/help:")


def _about(entry: Entry) -> str:
    words, kind = screen_words("glossary"), category_label(entry.category)
    seen_on = tidy(", ".join(words.get(f"modality_{m}", m) for m in entry.modalities))
    return words["about_seen_on"].format(kind=kind, exams=seen_on) if seen_on else kind


def render_term(entry: Entry, glossary: Glossary, *, seen: bool = False) -> None:
    """One term: quick answer, the four sections, related terms as links, and the sources."""
    # st.page_link navigation runs the page with ?term= but leaves it out of the address bar; setting it
    # again sends it to the browser, so the address bar always holds the deep link to the term on screen.
    st.query_params[TERM_PARAM] = entry.slug
    st.page_link(PAGE, label=screen_words("glossary")["all_terms"], icon=":material/arrow_back:",
                 query_params=with_language({}))
    render_entry(entry, glossary, seen=seen)


def render_entry(entry: Entry, glossary: Glossary, *, seen: bool = False) -> None:
    """The term's page itself, as a patient sees it (the glossary page and the wording lab's preview)."""
    words = screen_words("glossary")
    st.header(entry.term, anchor=False)
    if seen:
        st.badge(words["seen_badge"], icon=":material/check_circle:", color="green")
    st.caption(_about(entry))
    st.info(words["quick_answer"].format(answer=entry.quick_answer), icon=":material/lightbulb:")
    for key, heading in section_headings(entry.language).items():
        if entry.sections.get(key):
            st.subheader(heading, anchor=False)
            st.markdown(entry.sections[key])
    related = [e for e in (glossary.get(slug) for slug in entry.related) if e is not None]
    if related:
        st.subheader(words["related_title"], anchor=False)
        _in_rows(related)
    st.subheader(words["sources_title"], anchor=False)
    lines = []
    for source in entry.sources:
        cited = words["source_figures"].format(citation=source.citation, figures=", ".join(source.figures)) \
            if source.figures else source.citation
        lines.append(f"- {cited}")
    english_block("\n".join(lines), "glossary_sources")  # the works' own titles, cited in English
    if needs_review(entry):  # a translation no person has checked yet (or not since its English changed): said quietly
        st.caption(words["not_reviewed"])
    elif entry.reviewed is not None:
        st.caption(words["reviewed"].format(date=long_date(entry.reviewed)))
