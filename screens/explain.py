"""Explain my report: paste, upload or pick a sample, and read what the report says in plain words."""

from __future__ import annotations

import streamlit as st

from components import explanation, history, layout, report_input, state
from components.words import screen_words

ERROR_BOX = "explain_error"

with layout.page():
    words = screen_words("explain")
    st.title(screen_words("app")["explain_title"], anchor=False)
    st.write(words["intro"])

    given = report_input.show(key="report")
    if given is not None:
        st.session_state.pop(state.INPUT_ERROR, None)
        st.session_state.pop(explanation.SELECTED, None)
        with st.status(words["reading"], expanded=False) as status:
            try:
                read = state.read_once(given.data, given.name, progress=lambda done, total: status.update(
                    label=report_input.progress_label(done, total)))
                status.update(label=words["done"], state="complete")
                st.session_state[state.CURRENT] = read
                history.remember(read)
            except state.ReadingError as error:  # the status says so too, never "Reading..." over an error
                status.update(label=words["failed"], state="error")
                st.session_state[state.INPUT_ERROR] = str(error)
                st.session_state.pop(state.CURRENT, None)
        report_input.answered("report_go")  # not before: a run cut short leaves the press for the next one

    history.show_notice()
    if error_message := st.session_state.get(state.INPUT_ERROR):
        with st.container(key=ERROR_BOX):
            st.error(error_message, icon=":material/error:")
            if given is not None:  # the answer to this press: focus goes to it, as it does to a result
                explanation.focus(f".st-key-{ERROR_BOX}")

    if (report := state.current()) is not None:
        explanation.render(report, arrived=given is not None)
