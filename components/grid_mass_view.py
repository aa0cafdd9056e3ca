"""The grid page's choice of view (calcifications or masses) and the mass view's ``?mass=`` deep link.

The view is link state like a square: ``?view=masses`` (or ``?view=calcifications``) opens that view, a
``?mass=<shape>.<margin>`` link opens the mass view on that square and a ``?cell=`` link the calcification
view; the address always follows what is on screen, and holds no patient data. Nothing from a URL is
rendered as Markdown unless it is a plain slug.
"""

from __future__ import annotations

import re

import streamlit as st

from components.grid_view import CELL_PARAM
from components.language import address
from components.words import screen_words
from readingscan import MassCell, MassMark, load_content, mass_cell_id, parse_mass_cell_id

MASS_PARAM = "mass"
VIEW_PARAM = "view"
VIEW_KEY, VIEW_APPLIED, VIEW_FOR = "grid_view", "grid_view_applied", "grid_view_for"
CALCIFICATIONS, MASSES = "calcifications", "masses"
VIEWS = (CALCIFICATIONS, MASSES)  # screens.yaml grid: view_<name>
_SAFE = re.compile(r"[a-z0-9_.]{1,64}")


def _asked_view() -> str | None:
    if st.query_params.get(MASS_PARAM):
        return MASSES
    if st.query_params.get(CELL_PARAM):
        return CALCIFICATIONS
    value = (st.query_params.get(VIEW_PARAM) or "").strip().lower()
    return value if value in VIEWS else None


def choose_view(default: str = CALCIFICATIONS, *, report: object = None) -> str:
    """The radio that picks the view, applied from the address once each time the address asks for another
    one (so a later choice wins); the address then names the view on screen and drops the other view's
    square. ``default`` is the view for ``report`` (masses for a report with masses and no calcifications):
    it is chosen again each time another report is on screen."""
    if st.session_state.get(VIEW_FOR) != id(report):
        st.session_state[VIEW_FOR] = id(report)
        st.session_state[VIEW_KEY] = default
    asked = _asked_view()
    if asked != st.session_state.get(VIEW_APPLIED):
        st.session_state[VIEW_APPLIED] = asked
        if asked is not None:
            st.session_state[VIEW_KEY] = asked
    if st.session_state.get(VIEW_KEY) not in VIEWS:
        st.session_state[VIEW_KEY] = default
    words = screen_words("grid")
    view = st.radio(words["view_label"], VIEWS, key=VIEW_KEY, format_func=lambda name: words[f"view_{name}"],
                    horizontal=True)
    st.session_state[VIEW_APPLIED] = view
    if st.query_params.get(VIEW_PARAM) != view:
        st.query_params[VIEW_PARAM] = view
    other = CELL_PARAM if view == MASSES else MASS_PARAM
    if other in st.query_params:
        del st.query_params[other]
    return view


def linked_mass() -> str | None:
    """The value of ``?mass=`` in the address, if any."""
    value = st.query_params.get(MASS_PARAM)
    return value.strip() if value else None


def canonical_mass(value: str | None) -> str | None:
    """The cell id a ``?mass=`` value names (case, spaces and an "irregular" margin forgiven), or None."""
    parsed = parse_mass_cell_id(value) if value else None
    return mass_cell_id(*parsed) if parsed else None


def render_unknown_mass(value: str) -> None:
    """The message for a ``?mass=`` that names no square; the value is echoed only when it is a plain slug."""
    named = f" `{value}`" if _SAFE.fullmatch(value) else ""
    st.warning(load_content().grid.masses.screen.unknown_link.format(named=named), icon=":material/help:")


def keep_mass_link(cell: MassCell) -> None:
    """Put the chosen square in the address bar, so the address is always the link to what is on screen."""
    if st.query_params.get(MASS_PARAM) != cell.id:
        st.query_params[MASS_PARAM] = cell.id


def render_mass_link(cell: MassCell) -> None:
    """The deep link as copyable text (the code block's own copy button)."""
    st.markdown(screen_words("grid")["square_link"])
    st.code(address(st.context.url or "grid", {MASS_PARAM: cell.id}), language=None, wrap_lines=True)


def render_mass_note(marks: tuple[MassMark, ...], unplaced: tuple[tuple[int, ...], tuple[int, ...]],
                     *, has_report: bool) -> None:
    """What the marks on the mass grid are, which masses have no square and why, or that no report is loaded."""
    words = load_content().grid.masses.screen
    shapeless, other_exam = unplaced
    if not has_report:
        st.caption(screen_words("grid")["no_report"])
        return
    if marks:
        st.info(words.marked, icon=":material/location_on:")
    elif not shapeless and not other_exam:
        st.caption(screen_words("grid_mass")["no_masses"])
    if shapeless:
        st.caption(words.no_descriptor.format(numbers=", ".join(f"#{i + 1}" for i in shapeless)))
    if other_exam:
        st.caption(words.other_exam.format(numbers=", ".join(f"#{i + 1}" for i in other_exam)))
