"""Your history: this session's explanations; reopen, delete, export, import, or forget them all."""

from __future__ import annotations

import streamlit as st

from components import history, layout
from readingscan import MAX_ENTRIES

with layout.page():
    st.title("Your history", anchor=False)
    st.write(f"The explanations you made in this browser session, newest first (up to {MAX_ENTRIES}). "
             "They are kept only while this tab is open. Nothing is saved on our server.")
    if st.session_state.pop(history.FORGOTTEN, False):
        st.success("Done. Everything this session held is gone: your history, your report and its text.")
    history.show_notice()
    history.show_undo()

    entries = history.entries()
    include_text = st.toggle(
        "Include the report text as written when exporting (names and numbers are removed unless this is on)",
        key="history_include_text",
    )
    if not entries:
        st.info("No explanations yet. Explain a report and it will show up here.", icon=":material/history:")
        st.page_link("screens/explain.py", label="Explain my report", icon=":material/description:")
    else:
        left, middle, right = st.columns(3)
        left.download_button(
            f"Export all ({len(entries)})", history.export_all(include_text), file_name="readingscan-history.json",
            mime="application/json", key="history_export_all", icon=":material/download:", on_click="ignore",
        )
        middle.page_link("screens/compare.py", label="Compare two reports", icon=":material/compare_arrows:")
        with right.popover("Forget this session", icon=":material/delete_forever:"):
            st.write("This removes your history, the report on screen and anything you typed or uploaded.")
            st.button("Yes, forget everything", key="history_forget", type="primary", on_click=history.forget)
        for entry in reversed(entries):
            history.render_entry(entry, include_text)

    with st.expander("Import a history file", expanded=not entries):
        upload = st.file_uploader("A .json file exported from ReadingScan", type=["json"], key="history_import")
        if st.button("Import", key="history_import_go", disabled=upload is None) and upload is not None:
            history.import_file(upload.getvalue())
            st.rerun()
