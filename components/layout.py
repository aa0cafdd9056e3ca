"""What every page shares: page setup, the sidebar note and the short medical disclaimer.

app.py wraps the running page in ``app_shell()``. A page script also wraps itself in ``page()``: on a
fresh server Streamlit may run a file of pages/ directly, without app.py, for the first visitor of a
deep link; ``page()`` then gives it the same setup, so no visitor sees a page without the disclaimer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import streamlit as st

DISCLAIMER = (
    "ReadingScan explains words; it does not diagnose. Your doctor knows your whole story. "
    "Ask them about your results."
)
# A local file: an emoji or Material icon here would make the browser fetch it from a CDN.
ICON = str(Path(__file__).resolve().parent.parent / "static" / "icon.png")
_inside_app: ContextVar[bool] = ContextVar("inside_app", default=False)


def configure() -> None:
    st.set_page_config(page_title="ReadingScan", page_icon=ICON, layout="wide")


def sidebar() -> None:
    with st.sidebar:
        st.caption("Your report stays in this browser session. It is not stored on our server.")


def disclaimer() -> None:
    st.divider()
    st.caption(DISCLAIMER)


@contextmanager
def app_shell() -> Iterator[None]:
    """Around the page app.py runs: sidebar before it, disclaimer after it."""
    token = _inside_app.set(True)
    try:
        sidebar()
        yield
        disclaimer()
    finally:
        _inside_app.reset(token)


@contextmanager
def page() -> Iterator[None]:
    """Around a page script's body; does the app's setup only when the page runs without app.py."""
    if _inside_app.get():
        yield
        return
    configure()
    sidebar()
    yield
    disclaimer()
