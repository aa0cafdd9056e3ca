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
from components.grid_detail import render_marks
from components.grid_style import COLOURS
from components.language import english_block, with_language
from components.words import counted, screen_words
from readingscan import CATEGORY_SOURCE, LEVELS, MassCell, MassFigure, MassFigureLevel, MassMark, load_content

NOT_STATED = "not_stated"
# Each group's title (screens.yaml grid_mass).
GROUP_TITLES = {
    MassFigureLevel.CELL: "figures_cell", MassFigureLevel.SHAPE: "figures_shape", MassFigureLevel.MARGIN: "figures_margin",
}
# The glossary entries for a mass's shape and margin (glossary/<slug>.md), and their names (screens.yaml grid_mass).
GLOSSARY_TERMS = (("mass_shape", "glossary_shape"), ("mass_margin", "glossary_margin"))
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
    words = screen_words("grid_mass")
    st.subheader(words["figures_title"], anchor=False)
    if cell.fallback:
        st.markdown(load_content().grid.masses.no_figure)
    for level, title_key in GROUP_TITLES.items():
        figures = [f for f in cell.evidence if f.level is level]
        if figures:
            st.markdown(f"**{words[title_key]}**")
            english_block("\n".join(figure_line(f) for f in figures), f"mass_figures_{level.value}")
    if cell.unchecked:
        st.caption(counted(screen_words("grid"), "unchecked", cell.unchecked))


def render_for_clinicians(cell: MassCell, *, key: str) -> None:
    """Every research figure, folded, under the label that says what they are and why none is a personal risk."""
    level, grid_words = LEVELS[cell.level], load_content().grid
    screen, mass_screen = grid_words.screen, grid_words.masses.screen
    with st.expander(screen.clinician_title, icon=":material/science:", key=f"{key}_clinicians"):
        st.markdown(mass_screen.clinician_intro)
        st.markdown(f"{mass_screen.ppv} {mass_screen.npv} {mass_screen.abbreviations}")
        st.markdown(screen.atlas_range.format(category=level.category, range=level.atlas_range, source=CATEGORY_SOURCE))
        st.subheader(screen_words("grid")["why_level"], anchor=False)
        st.markdown(_escape(cell.rationale))
        st.caption(screen_words("grid")["source"].format(source=cell.source))
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
        st.subheader(screen_words("grid")["atlas_title"], anchor=False)
        shape, margin = words.masses.shape[cell.shape or NOT_STATED], words.masses.margin[cell.margin or NOT_STATED]
        st.markdown(f"{shape.atlas} {margin.atlas}")
        links = st.columns(len(GLOSSARY_TERMS))
        for column, (slug, name) in zip(links, GLOSSARY_TERMS, strict=True):
            label = screen_words("grid")["in_glossary"].format(name=screen_words("grid_mass")[name])
            column.page_link("screens/glossary.py", label=label, query_params=with_language({TERM_PARAM: slug}), icon=":material/menu_book:")
        render_for_clinicians(cell, key=key)
