"""Compare two reports: what is new, unchanged, changed or gone, and how the category and density moved."""

from __future__ import annotations

import streamlit as st

from components import comparison, history, layout, report_input
from components.words import screen_words

with layout.page():
    words = screen_words("compare")
    st.title(screen_words("app")["compare_title"], anchor=False)
    st.write(words["intro"])

    entries = history.entries()
    # The options are the words themselves (tests choose them by what they say).
    from_history = words["from_history"]
    source = st.radio(words["source_label"], [from_history, words["paste_both"]], key="compare_source",
                      horizontal=True, index=0 if len(entries) >= 2 else 1)
    pair, compared = None, False
    if source == from_history:
        if len(entries) < 2:
            st.info(words["too_few"], icon=":material/history:")
        else:
            by_id = {e.id: e for e in entries}
            ids = [e.id for e in reversed(entries)]  # newest first
            left, right = st.columns(2)
            prior_id = left.selectbox(words["older"], ids, index=1, key="compare_prior",
                                      format_func=lambda i: history.label(by_id[i]))
            current_id = right.selectbox(words["newer"], ids, index=0, key="compare_current",
                                         format_func=lambda i: history.label(by_id[i]))
            if prior_id == current_id:
                st.warning(words["same_twice"])
            else:
                pair = (by_id[prior_id].report, by_id[current_id].report)
    else:
        left, right = st.columns(2)
        with left:
            st.subheader(words["older"], anchor=False)
            prior_input = report_input.show_plain(key="compare_prior_input")
        with right:
            st.subheader(words["newer"], anchor=False)
            current_input = report_input.show_plain(key="compare_current_input")
        if report_input.pressed(words["compare_button"], "compare_go", [prior_input, current_input]):
            if prior_input is None or current_input is None:  # a file and text in one box: asked above
                st.warning(screen_words("report_input")["choose_first"], icon=":material/help:")
            else:
                comparison.read_pair(prior_input, current_input)
                compared = True
            report_input.answered("compare_go")
        if message := st.session_state.get(comparison.ERROR):
            st.error(message, icon=":material/error:")
        pair = st.session_state.get(comparison.PAIR)

    if pair is not None:
        comparison.render(*pair, arrived=compared)
