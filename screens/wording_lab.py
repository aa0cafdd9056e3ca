"""Wording lab (Team): how each glossary entry reads, an editor with the patient's view, and what an edit
changes in real explanations. Shown only when the team tools are enabled (components/team.py)."""

from __future__ import annotations

import streamlit as st

from components import layout, team, wording_corpus, wording_editor, wording_lab, wording_languages

with layout.page():
    st.title("Wording lab", anchor=False)
    team.require()
    st.write("How the glossary reads, and what a change to an entry does to real explanations. Nothing here "
             "is saved on the server: download an edited entry and commit it.")

    lab = wording_lab.load()
    entries, languages, editor, corpus = st.tabs(["Entries", "Languages", "Editor", "Corpus run"])
    with entries:
        wording_lab.render_table(lab)
    with languages:
        wording_languages.show(lab.folder)
    with editor:
        edit = wording_editor.show(lab)
    with corpus:
        wording_corpus.show(lab, edit)
