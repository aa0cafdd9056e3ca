"""ReadingScan: explains a breast imaging report in plain language.

Entry point: page config, navigation over the pages, the shared sidebar and disclaimer.
"""

from __future__ import annotations

import streamlit as st

from components import layout, team
from components.words import screen_words

layout.configure()
words = screen_words("app")
EXPLAIN = st.Page("screens/explain.py", title=words["explain_title"], url_path="start", default=True)


def _explain_address() -> None:
    """/explain, the Explain screen's own name, opens it (the default page itself lives at /)."""
    st.switch_page(EXPLAIN)


navigation = st.navigation({"": [
    EXPLAIN,
    st.Page(_explain_address, title=words["explain_title"], url_path="explain", visibility="hidden"),
    st.Page("screens/glossary.py", title=words["glossary_title"], url_path="glossary"),
    st.Page("screens/grid.py", title=words["grid_title"], url_path="grid"),
    st.Page("screens/history.py", title=words["history_title"], url_path="history"),
    st.Page("screens/compare.py", title=words["compare_title"], url_path="compare"),
], **team.section()})  # the Team section only when configured (components/team.py)
with layout.app_shell():
    navigation.run()
