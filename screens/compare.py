"""Compare two reports: what is new, unchanged, changed or gone, and how the category and density moved."""

from __future__ import annotations

import streamlit as st

from components import comparison, history, layout, report_input

with layout.page():
    st.title("Compare two reports", anchor=False)
    st.write("Pick an older and a newer report to see what changed between them. "
             "Both stay in this browser session.")

    entries = history.entries()
    from_history = "From my history"
    source = st.radio("Reports to compare", [from_history, "Paste or upload both"], key="compare_source",
                      horizontal=True, index=0 if len(entries) >= 2 else 1)
    pair, compared = None, False
    if source == from_history:
        if len(entries) < 2:
            st.info("Your history has fewer than two explanations. Explain two reports first, or paste both here.",
                    icon=":material/history:")
        else:
            by_id = {e.id: e for e in entries}
            ids = [e.id for e in reversed(entries)]  # newest first
            left, right = st.columns(2)
            prior_id = left.selectbox("Older report", ids, index=1, key="compare_prior",
                                      format_func=lambda i: history.label(by_id[i]))
            current_id = right.selectbox("Newer report", ids, index=0, key="compare_current",
                                         format_func=lambda i: history.label(by_id[i]))
            if prior_id == current_id:
                st.warning("Choose two different reports.")
            else:
                pair = (by_id[prior_id].report, by_id[current_id].report)
    else:
        left, right = st.columns(2)
        with left:
            st.subheader("Older report", anchor=False)
            prior_input = report_input.show_plain(key="compare_prior_input")
        with right:
            st.subheader("Newer report", anchor=False)
            current_input = report_input.show_plain(key="compare_current_input")
        if report_input.pressed("Compare", "compare_go", [prior_input, current_input]):
            if prior_input is None or current_input is None:  # a file and text in one box: asked above
                st.warning(report_input.CHOOSE_FIRST, icon=":material/help:")
            else:
                comparison.read_pair(prior_input, current_input)
                compared = True
            report_input.answered("compare_go")
        if message := st.session_state.get(comparison.ERROR):
            st.error(message, icon=":material/error:")
        pair = st.session_state.get(comparison.PAIR)

    if pair is not None:
        comparison.render(*pair, arrived=compared)
