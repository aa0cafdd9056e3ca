"""Glossary: plain words for breast imaging terms. ``?term=<slug>`` opens one term directly."""

from __future__ import annotations

import streamlit as st

from components import glossary_view, layout, state
from components.words import screen_words

with layout.page():
    st.title(screen_words("app")["glossary_title"], anchor=False)
    st.write(screen_words("glossary")["intro"])

    glossary = glossary_view.load()
    query, category = glossary_view.show_filters()
    report = state.current()
    in_report = frozenset(report.terms) if report else frozenset()

    slug = glossary_view.opened_slug()
    entry = glossary.get(slug) if slug else None
    if entry is not None:
        glossary_view.render_term(entry, glossary, seen=entry.slug in in_report)
    else:
        if slug:
            glossary_view.render_unknown(slug)
        results = glossary.search(query, category)
        glossary_view.render_index(results, searching=bool(query.strip()), seen=in_report)
