"""What every page shares: page setup, the sidebar note and the short medical disclaimer.

app.py wraps the running page in ``app_shell()``. A page script also wraps itself in ``page()``, which
gives the same setup when the script is run on its own (``streamlit run screens/grid.py`` while working
on one screen), so no page is ever shown without the disclaimer.

The screens live in screens/, not pages/: Streamlit treats a pages/ folder as the old multipage app until
app.py's st.navigation has run once, so the first visitor of a deep link on a fresh server would get
file names in the sidebar, hidden Team pages included.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import streamlit as st

from components import language
from components.words import counted, screen_words

# A local file: an emoji or Material icon here would make the browser fetch it from a CDN.
ICON = str(Path(__file__).resolve().parent.parent / "static" / "icon.png")
_inside_app: ContextVar[bool] = ContextVar("inside_app", default=False)
# Caption-style text (captions, quotes, placeholders) in a colour with at least 4.5:1 contrast (WCAG 2.2 AA,
# 1.4.3) on the page and the sidebar, in both themes: Streamlit draws it at 60% of the text colour, about 3.9:1
# on white. light-dark() follows the theme Streamlit chose (it sets color-scheme on .stApp), so a person who
# picks dark in the app's settings gets the dark colour even when their system is light.
CAPTION_LIGHT, CAPTION_DARK = "#5f5d5a", "#b3b1ad"
STYLE = (
    "<style>"
    ".stApp [data-testid='stCaptionContainer'], .stApp [data-testid='stMarkdownContainer'] blockquote, "
    ".stApp input::placeholder, .stApp textarea::placeholder "
    f"{{ color: light-dark({CAPTION_LIGHT}, {CAPTION_DARK}); opacity: 1; }}"
    "</style>"
)


def configure() -> None:
    """The run's language first (every word after it is in that language), then the page's setup."""
    language.choose()
    st.set_page_config(page_title=screen_words("app")["browser_title"], page_icon=ICON, layout="wide")


def style() -> None:
    """The app's few CSS rules, and the page marked with its language (elements that take no space)."""
    st.html(STYLE)
    language.mark()


def sidebar() -> None:
    language.selector()
    with st.sidebar:
        st.caption(screen_words("app")["sidebar_note"])


def history_count() -> None:
    """How many explanations this session holds; drawn after the page ran, so it counts this run's too."""
    from components.history import HISTORY  # late: the shell loads no page's parts before the page runs

    count = len(st.session_state.get(HISTORY, ()))
    if count:
        with st.sidebar:
            st.page_link("screens/history.py", label=counted(screen_words("app"), "history_link", count),
                         icon=":material/history:")


def disclaimer() -> None:
    st.divider()
    st.caption(screen_words("app")["disclaimer"])


@contextmanager
def app_shell() -> Iterator[None]:
    """Around the page app.py runs: sidebar before it, disclaimer after it."""
    token = _inside_app.set(True)
    try:
        style()
        sidebar()
        yield
        disclaimer()
        history_count()
    finally:
        _inside_app.reset(token)


@contextmanager
def page() -> Iterator[None]:
    """Around a page script's body; does the app's setup only when the page runs without app.py."""
    if _inside_app.get():
        yield
        return
    configure()
    style()
    sidebar()
    yield
    disclaimer()
    history_count()
