"""The glossary screen's pieces: search and category filter, the A-Z list, one term's page.

Glossary Markdown is our own content, so it is rendered with st.markdown. Nothing from a report or a
URL is rendered as Markdown: an unknown ``?term=`` value is shown only when it is a plain slug.
"""

from __future__ import annotations

import re
from itertools import groupby

import streamlit as st

from readingscan import GLOSSARY_CATEGORIES, SECTION_HEADINGS, Entry, Glossary, GlossaryError, load_glossary

PAGE = "screens/glossary.py"
TERM_PARAM = "term"
SEARCH_KEY = "glossary_search"
CATEGORY_KEY = "glossary_category"
ALL = "all"
CATEGORY_LABELS: dict[str, str] = {
    "morphology": "Calcification shapes",
    "distribution": "Calcification patterns",
    "calcification": "Calcifications in general",
    "finding": "Other findings",
    "birads": "BI-RADS categories",
    "density": "Breast density",
    "exam": "Exams and views",
    "procedure": "Biopsies and procedures",
    "diagnosis": "Diagnoses",
    "report_words": "Report wording",
}
MODALITY_LABELS = {"mri": "MRI", "magnification_views": "magnification views", "spot_compression": "spot compression"}
_SLUG = re.compile(r"[a-z0-9_]{1,64}")
_COLUMNS = 2  # wide enough for the longest term ("Fine linear or fine-linear branching calcifications")


def load() -> Glossary:
    """The project's glossary (parsed once per server process). A broken file stops the page with a
    calm message; ``python -m readingscan lint-glossary`` names the file and the problem."""
    try:
        return load_glossary()
    except GlossaryError:
        st.error("The glossary cannot be shown right now. Please try again later.", icon=":material/error:")
        st.stop()


def term_url(slug: str) -> str:
    """A deep link to a term that works from any page (link_terms uses the same by default)."""
    return f"glossary?{TERM_PARAM}={slug}"


def opened_slug() -> str | None:
    """The slug in ``?term=``, if any."""
    value = st.query_params.get(TERM_PARAM)
    return value.strip() if value else None


def _close_term() -> None:
    # A new search or filter means the person is looking for another term: back to the list.
    if TERM_PARAM in st.query_params:
        del st.query_params[TERM_PARAM]


def show_filters() -> tuple[str, str | None]:
    """The search box and the category filter. Returns (query, category or None for all)."""
    left, right = st.columns([3, 2], vertical_alignment="bottom")
    query = left.text_input(
        "Search the glossary", key=SEARCH_KEY, on_change=_close_term,
        placeholder="Type a word from your report, e.g. pleomorphic, BI-RADS 3, DCIS",
    )
    category = right.selectbox(
        "Show", [ALL, *GLOSSARY_CATEGORIES], key=CATEGORY_KEY, on_change=_close_term,
        format_func=lambda value: "All terms" if value == ALL else CATEGORY_LABELS.get(value, value),
    )
    return query or "", None if category == ALL else category


def term_link(entry: Entry, *, label: str | None = None, seen: bool = False) -> None:
    """A link that opens a term on the glossary page (in this session; its address is the deep link)."""
    text = label or entry.term
    st.page_link(
        PAGE, label=f"{text} · in your report" if seen else text, query_params={TERM_PARAM: entry.slug},
        icon=":material/check_circle:" if seen else "", help=entry.quick_answer,
    )


def render_index(entries: list[Entry], *, searching: bool, seen: frozenset[str] = frozenset()) -> None:
    """Search results (best first) or the whole A-Z list, grouped by first letter."""
    if not entries:
        st.info("No term matches that. Try a shorter word, or check the spelling.", icon=":material/search_off:")
        return
    if searching:
        st.caption(f"{len(entries)} matching term{'s' if len(entries) != 1 else ''}, best match first")
        for entry in entries:
            term_link(entry, seen=entry.slug in seen)
        return
    st.caption(f"{len(entries)} terms, A to Z")
    for letter, group in groupby(entries, key=lambda e: e.term[:1].upper()):
        st.markdown(f"**{letter}**")
        _in_rows(list(group), seen)


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
    named = f" called `{slug}`" if _SLUG.fullmatch(slug) else ""
    st.warning(f"We have no glossary entry{named}. Choose a term from the list below.", icon=":material/help:")


def _about(entry: Entry) -> str:
    kind = CATEGORY_LABELS.get(entry.category, entry.category)
    seen_on = ", ".join(MODALITY_LABELS.get(m, m) for m in entry.modalities)
    return f"{kind} · seen on {seen_on}" if seen_on else kind


def render_term(entry: Entry, glossary: Glossary, *, seen: bool = False) -> None:
    """One term: quick answer, the four sections, related terms as links, and the sources."""
    # st.page_link navigation runs the page with ?term= but leaves it out of the address bar; setting it
    # again sends it to the browser, so the address bar always holds the deep link to the term on screen.
    st.query_params[TERM_PARAM] = entry.slug
    st.page_link(PAGE, label="All terms", icon=":material/arrow_back:", query_params={})
    render_entry(entry, glossary, seen=seen)


def render_entry(entry: Entry, glossary: Glossary, *, seen: bool = False) -> None:
    """The term's page itself, as a patient sees it (the glossary page and the wording lab's preview)."""
    st.header(entry.term, anchor=False)
    if seen:
        st.badge("Seen in your report", icon=":material/check_circle:", color="green")
    st.caption(_about(entry))
    st.info(f"**Quick answer.** {entry.quick_answer}", icon=":material/lightbulb:")
    for key, heading in SECTION_HEADINGS.items():
        if entry.sections.get(key):
            st.subheader(heading, anchor=False)
            st.markdown(entry.sections[key])
    related = [e for e in (glossary.get(slug) for slug in entry.related) if e is not None]
    if related:
        st.subheader("Related terms", anchor=False)
        _in_rows(related)
    st.subheader("Sources", anchor=False)
    lines = []
    for source in entry.sources:
        figures = f" (figures used: {', '.join(source.figures)})" if source.figures else ""
        lines.append(f"- {source.citation}{figures}")
    st.markdown("\n".join(lines))
    st.caption(f"Reviewed {entry.reviewed:%d %B %Y}")
