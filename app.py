"""ReadingScan: explains a breast imaging report in plain language.

Entry point: page config, navigation over the pages, the shared sidebar and disclaimer.
"""

from __future__ import annotations

import streamlit as st

from components import layout, team

layout.configure()
navigation = st.navigation({"": [
    st.Page("pages/explain.py", title="Explain my report", url_path="explain", default=True),
    st.Page("pages/glossary.py", title="Glossary", url_path="glossary"),
    st.Page("pages/grid.py", title="Suspicion grid", url_path="grid"),
], **team.section()})  # the Team section only when configured (components/team.py)
with layout.app_shell():
    navigation.run()
