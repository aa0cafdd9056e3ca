"""One mass grid cell in detail. For the person: its level in words, the Atlas category it usually goes with,
the plain sentence, what the Atlas says about the shape and the margin, and their own masses in that cell.
For clinicians, folded in the same expander as the calcification grid's, which first says what the numbers
are and why none is a personal risk: the Atlas's range for the category, the rule behind the level, and the
published figures (PPV, NPV) each with its modality and primary work.

Only verified figures reach this screen (the engine filters them); a figure cites its primary work, never
the page it was checked on. Report text is escaped before it is shown inside our Markdown.
"""

from __future__ import annotations

import re

import streamlit as st

from components.glossary_view import TERM_PARAM
from components.grid_style import COLOURS, SYMBOLS
from components.reading import escape_markdown
from readingscan import CATEGORY_SOURCE, LEVELS, MassCell, MassFigure, MassFigureLevel, MassMark, load_content

NOT_STATED = "not_stated"
GROUP_TITLES = {
    MassFigureLevel.CELL: "For this shape with this margin",
    MassFigureLevel.SHAPE: "For this shape, any margin",
    MassFigureLevel.MARGIN: "For this margin, any shape",
}
# The glossary entries for a mass's shape and margin (glossary/<slug>.md).
GLOSSARY_TERMS = (("mass_shape", "Mass shape"), ("mass_margin", "Mass margin"))
_OUR_SPECIAL = re.compile(r"([\\`*_\[\]<>~$|])")


def _escape(text: str) -> str:
    return _OUR_SPECIAL.sub(r"\\\1", text)


def level_badge(cell: MassCell) -> str:
    """The level as a coloured label, in the grid's colours (our own words only: safe as HTML)."""
    fill, ink = COLOURS[cell.level]
    return (f"<span style='display:inline-block;background:{fill};color:{ink};padding:0.2rem 0.6rem;"
            f"border-radius:0.4rem;font-weight:700;font-size:1.1rem;border:1px solid #888'>{LEVELS[cell.level].label}</span>")


def figure_line(figure: MassFigure) -> str:
    """One figure as a Markdown list item: the number, the modality and cohort, n, the primary work."""
    n = f"; n = {figure.n}" if figure.n else ""
    return (f"- **{_escape(figure.text)}** — {figure.modality.value.capitalize()}: {_escape(figure.cohort)}{n}. "
            f"*{_escape(figure.citation)}.*")


def render_figures(cell: MassCell) -> None:
    """The verified figures, grouped: this exact mix, this shape, this margin; or the fallback words."""
    st.subheader("Published figures (PPV, NPV)", anchor=False)
    if cell.fallback:
        st.markdown(load_content().grid.masses.no_figure)
    for level, title in GROUP_TITLES.items():
        figures = [f for f in cell.evidence if f.level is level]
        if figures:
            st.markdown(f"**{title}**")
            st.markdown("\n".join(figure_line(f) for f in figures))
    if cell.unchecked:
        st.caption(f"We hold {cell.unchecked} more published figure{'s' if cell.unchecked != 1 else ''} for this "
                   "square that we could not check against the study, so we do not show them.")


def render_marks(marks: list[MassMark]) -> None:
    """The person's masses in this cell, quoted from the report."""
    if not marks:
        return
    st.subheader("In your report", anchor=False)
    lines = []
    for mark in marks:
        stable = ", stable" if mark.stable else ""
        lines.append(f"- Finding #{mark.finding_index + 1} ({SYMBOLS[mark.breast][1].lower()}, {mark.status.value}"
                     f"{stable}): “{escape_markdown(mark.evidence)}”")
    st.markdown("\n".join(lines))


def render_for_clinicians(cell: MassCell, *, key: str) -> None:
    """Every research figure, folded, under the label that says what they are and why none is a personal risk."""
    level, grid_words = LEVELS[cell.level], load_content().grid
    screen, mass_screen = grid_words.screen, grid_words.masses.screen
    with st.expander(screen.clinician_title, icon=":material/science:", key=f"{key}_clinicians"):
        st.markdown(mass_screen.clinician_intro)
        st.markdown(f"{mass_screen.ppv} {mass_screen.npv} {mass_screen.abbreviations}")
        st.markdown(screen.atlas_range.format(category=level.category, range=level.atlas_range, source=CATEGORY_SOURCE))
        st.subheader("Why this level", anchor=False)
        st.markdown(_escape(cell.rationale))
        st.caption(f"Source: {cell.source}")
        render_figures(cell)


def render(cell: MassCell, marks: list[MassMark], *, key: str = "mass") -> None:
    """Everything about one cell, below the grid (in a container keyed ``{key}_detail``): the person's part
    first, then the clinicians' expander."""
    level, words = LEVELS[cell.level], load_content().grid
    with st.container(border=True, key=f"{key}_detail"):
        st.header(cell.name, anchor=False)
        st.html(level_badge(cell))
        st.markdown(f"**{cell.sentence}**")
        st.markdown(words.screen.atlas_level.format(category=level.category, level=level.label.lower()))
        render_marks(marks)
        st.subheader("What the Atlas says", anchor=False)
        shape, margin = words.masses.shape[cell.shape or NOT_STATED], words.masses.margin[cell.margin or NOT_STATED]
        st.markdown(f"{shape.atlas} {margin.atlas}")
        links = st.columns(len(GLOSSARY_TERMS))
        for column, (slug, name) in zip(links, GLOSSARY_TERMS, strict=True):
            column.page_link("screens/glossary.py", label=f"{name} in the glossary", query_params={TERM_PARAM: slug},
                             icon=":material/menu_book:")
        render_for_clinicians(cell, key=key)
