"""Your history: this session's explanations; reopen, delete, export, import, or forget them all."""

from __future__ import annotations

import streamlit as st

from components import history, layout
from components.words import screen_words
from readingscan import MAX_ENTRIES

with layout.page():
    words, pages = screen_words("history"), screen_words("app")
    st.title(pages["history_title"], anchor=False)
    st.write(words["intro"].format(max=MAX_ENTRIES))
    if st.session_state.pop(history.FORGOTTEN, False):
        st.success(words["forgotten"])
    history.show_notice()
    history.show_undo()

    entries = history.entries()
    include_text = st.toggle(words["include_text"], key="history_include_text")
    if not entries:
        st.info(words["empty"], icon=":material/history:")
        st.page_link("screens/explain.py", label=pages["explain_title"], icon=":material/description:")
    else:
        left, middle, right = st.columns(3)
        left.download_button(
            words["export_all"].format(count=len(entries)), history.export_all(include_text), file_name="readingscan-history.json",
            mime="application/json", key="history_export_all", icon=":material/download:", on_click="ignore",
        )
        middle.page_link("screens/compare.py", label=pages["compare_title"], icon=":material/compare_arrows:")
        with right.popover(words["forget"], icon=":material/delete_forever:"):
            st.write(words["forget_warning"])
            st.button(words["forget_confirm"], key="history_forget", type="primary", on_click=history.forget)
        for entry in reversed(entries):
            history.render_entry(entry, include_text)

    with st.expander(words["import_title"], expanded=not entries):
        upload = st.file_uploader(words["import_label"], type=["json"], key="history_import")
        if st.button(words["import_button"], key="history_import_go", disabled=upload is None) and upload is not None:
            history.import_file(upload.getvalue())
            st.rerun()
