"""ReadingScan: explains a breast imaging report in plain language.

Entry point: page config, navigation over the pages, the shared disclaimer. Pages live in pages/.
"""

from __future__ import annotations

import streamlit as st

from components import layout

st.set_page_config(page_title="ReadingScan", page_icon=":material/article:", layout="wide")

pages = {
    "": [
        st.Page("pages/explain.py", title="Explain my report", icon=":material/description:", url_path="explain", default=True),
        st.Page("pages/glossary.py", title="Glossary", icon=":material/menu_book:", url_path="glossary"),
    ],
}
navigation = st.navigation(pages)
layout.sidebar()
navigation.run()
layout.disclaimer()
