"""What every page shares: the sidebar note and the short medical disclaimer."""

from __future__ import annotations

import streamlit as st

DISCLAIMER = (
    "ReadingScan explains words; it does not diagnose. Your doctor knows your whole story. "
    "Ask them about your results."
)


def sidebar() -> None:
    with st.sidebar:
        st.caption("Your report stays in this browser session. It is not stored on our server.")


def disclaimer() -> None:
    st.divider()
    st.caption(f":material/info: {DISCLAIMER}")
