"""The grid page's pieces around the chart: large type, the note on the report's marks, the ``?cell=`` deep
link (read, kept in the address bar, shown for copying) and the message for a link that names no square.

Nothing from a URL is rendered as Markdown unless it is a plain slug.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from components.grid_style import breast_name, readable_css
from components.language import address
from components.words import screen_words
from readingscan import Cell, Mark, cell_id, parse_cell_id, tidy

CELL_PARAM = "cell"
PAGE_KEY = "grid_page"
_SAFE = re.compile(r"[a-z0-9_.]{1,64}")


@contextmanager
def large_type() -> Iterator[None]:
    """The page body in a container with larger type: a screen to turn towards a patient."""
    st.html(
        f"<style>.st-key-{PAGE_KEY} p, .st-key-{PAGE_KEY} li {{ font-size: 1.15rem; line-height: 1.55; }}"
        f"{readable_css(PAGE_KEY)}"
        f".st-key-{PAGE_KEY} [data-testid=stImageContainer] {{ margin: 0 0.75rem 0.75rem 0; }}</style>"
    )
    with st.container(key=PAGE_KEY):
        yield


def linked_cell() -> str | None:
    """The value of ``?cell=`` in the address, if any."""
    value = st.query_params.get(CELL_PARAM)
    return value.strip() if value else None


def canonical(value: str | None) -> str | None:
    """The cell id a ``?cell=`` value names (case and spaces forgiven), or None when it names none."""
    parsed = parse_cell_id(value) if value else None
    return cell_id(*parsed) if parsed else None


def render_unknown(value: str) -> None:
    """The message for a ``?cell=`` that names no square; the value is echoed only when it is a plain slug."""
    named = f" `{value}`" if _SAFE.fullmatch(value) else ""
    st.warning(screen_words("grid")["unknown_square"].format(named=named), icon=":material/help:")


def keep_link(cell: Cell) -> None:
    """Put the chosen square in the address bar, so the address is always the link to what is on screen."""
    if st.query_params.get(CELL_PARAM) != cell.id:
        st.query_params[CELL_PARAM] = cell.id


def link_for(cell: Cell) -> str:
    """The deep link to a square: this page's address plus ``?cell=``; no patient data in it."""
    return address(st.context.url or "grid", {CELL_PARAM: cell.id})


def render_link(cell: Cell) -> None:
    """The deep link as copyable text (the code block's own copy button)."""
    st.markdown(screen_words("grid")["square_link"])
    st.code(link_for(cell), language=None, wrap_lines=True)


def render_marks_note(marks: tuple[Mark, ...], unplaced: tuple[int, ...]) -> None:
    """What the marks on the grid are, or that no report is loaded."""
    words = screen_words("grid")
    if not marks and not unplaced:
        st.caption(words["no_report"])
        return
    if marks:
        kinds = sorted({breast_name(m.breast).lower() for m in marks})
        st.info(tidy(words["marked"].format(breasts=", ".join(kinds))), icon=":material/location_on:")
    if unplaced:
        st.caption(words["no_shape_row"].format(numbers=", ".join(f"#{i + 1}" for i in unplaced)))
