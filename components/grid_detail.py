"""One grid cell in detail. For the person: its level in words, the Atlas category it usually goes with,
the plain sentence, what the Atlas says about the shape and the pattern, and their own findings in that
cell. For clinicians, folded in an expander that says what the numbers are and why none is a personal
risk: the Atlas's range for the category, the rule behind the level, the published figures (PPVs) each
with its primary work, and the CBIS-DDSM research-set share with its n and interval.

Only verified figures reach this screen (the engine filters them); on screen a figure cites its primary
work, never the page it was checked on. Report text is escaped before it is shown inside our Markdown.
"""

from __future__ import annotations

import re

import streamlit as st

from components.glossary_view import TERM_PARAM
from components.grid_style import COLOURS, breast_name, status_name
from components.language import english_block, with_language
from components.reading import english_quote
from components.words import counted, screen_words
from readingscan import (
    CATEGORY_SOURCE,
    CBIS_ALL,
    DISTRIBUTION_WORDS,
    LEVELS,
    MORPHOLOGY_WORDS,
    CbisCell,
    Cell,
    Figure,
    FigureLevel,
    Mark,
    MassMark,
    cbis_label,
    load_cells,
    load_content,
)

# Each group's title (screens.yaml grid).
GROUP_TITLES = {
    FigureLevel.CELL: "figures_cell", FigureLevel.MORPHOLOGY: "figures_shape", FigureLevel.DISTRIBUTION: "figures_pattern",
}
FEW_LESIONS = 10  # below this the interval is too wide to say much
# Our own data (figures, rules) only needs the characters that would change Markdown mid-line escaped;
# report text goes through reading.escape_markdown, which escapes every Markdown character.
_OUR_SPECIAL = re.compile(r"([\\`*_\[\]<>~$|])")


def _escape(text: str) -> str:
    return _OUR_SPECIAL.sub(r"\\\1", text)


def level_badge(cell: Cell) -> str:
    """The level as a coloured label, in the grid's colours (our own words only: safe as HTML)."""
    fill, ink = COLOURS[cell.level]
    words = LEVELS[cell.level]
    return (f"<span style='display:inline-block;background:{fill};color:{ink};padding:0.2rem 0.6rem;"
            f"border-radius:0.4rem;font-weight:700;font-size:1.1rem;border:1px solid #888'>{words.label}</span>")


def _figure_line(figure: Figure) -> str:
    n = f"; n = {figure.n}" if figure.n else ""
    return f"- **{_escape(figure.text)}** — {_escape(figure.cohort)}{n}. *{_escape(figure.citation)}.*"


def render_figures(cell: Cell) -> None:
    """The verified figures, grouped: this exact mix, this shape, this pattern; or the fallback words."""
    screen = screen_words("grid")
    st.subheader(screen["figures_title"], anchor=False)
    if cell.fallback:
        st.markdown(load_content().grid.no_figure)
    for level, title_key in GROUP_TITLES.items():
        figures = [f for f in cell.evidence if f.level is level]
        if not figures:
            continue
        lines, title = "\n".join(_figure_line(f) for f in figures), screen[title_key]
        if level is FigureLevel.CELL:
            st.markdown(f"**{title}**")
            english_block(lines, f"figures_{level.value}")
        else:
            # Figures for the shape or the pattern alone are background: folded, so the exact mix leads.
            with st.expander(counted(screen, "figures_group", len(figures), title=title)):
                english_block(lines, f"figures_{level.value}")
    if cell.unchecked:
        st.caption(counted(screen, "unchecked", cell.unchecked))


def cbis_sentence(counts: CbisCell | None) -> str:
    """The research-set figure in words: "45 of 100 lesions (45%; 95% interval 35% to 55%)"."""
    screen = screen_words("grid")
    if counts is None or counts.lesions == 0 or counts.share is None or counts.interval is None:
        return screen["cbis_none"]
    low, high = counts.interval
    return counted(screen, "cbis_share", counts.lesions, malignant=counts.malignant, share=f"{100 * counts.share:.0f}",
                   low=f"{100 * low:.0f}", high=f"{100 * high:.0f}")


def render_cbis(cell: Cell) -> None:
    """The CBIS-DDSM layer, labelled as a selected research set, never as a risk."""
    cells = load_cells()
    counts = cells.get(cell.id)
    everything, screen = cells.get(f"{CBIS_ALL}.{CBIS_ALL}"), screen_words("grid")
    st.subheader(screen["cbis_title"], anchor=False)
    st.markdown(cbis_label())
    st.markdown(cbis_sentence(counts))
    if counts is not None and 0 < counts.lesions < FEW_LESIONS:
        st.caption(screen["few_lesions"])
    if everything is not None and everything.share is not None:
        st.caption(screen["cbis_all"].format(share=f"{100 * everything.share:.0f}", count=everything.lesions))
    st.caption(screen["source"].format(source=load_content().grid.cbis_source))


def render_marks(marks: list[Mark] | list[MassMark]) -> None:
    """The person's findings in this cell (calcifications or masses), quoted from the report."""
    if not marks:
        return
    screen = screen_words("grid")
    st.subheader(screen["in_your_report"], anchor=False)
    lines = [
        "- " + screen["your_mark_stable" if mark.stable else "your_mark"].format(
            number=mark.finding_index + 1, breast=breast_name(mark.breast).lower(), status=status_name(mark.status),
            quote=english_quote(mark.evidence))
        for mark in marks
    ]
    st.markdown("\n".join(lines), unsafe_allow_html=True)  # only english_quote's span is HTML: the report's words
    # inside it are HTML-escaped, and Markdown-escaped after


def render_atlas(cell: Cell) -> None:
    """What the Atlas says about this shape and this pattern, in plain words (no number: a look, not a risk)."""
    st.subheader(screen_words("grid")["atlas_title"], anchor=False)
    st.markdown(f"{MORPHOLOGY_WORDS[cell.morphology].atlas} {DISTRIBUTION_WORDS[cell.distribution].atlas}")


def render_for_clinicians(cell: Cell, *, key: str = "grid") -> None:
    """Every research figure, folded, under a label that says what they are and why none is a personal risk."""
    words, screen = LEVELS[cell.level], load_content().grid.screen
    with st.expander(screen.clinician_title, icon=":material/science:", key=f"{key}_clinicians"):
        st.markdown(screen.clinician_intro)
        st.markdown(f"{screen.ppv} {screen.abbreviations}")
        st.markdown(screen.atlas_range.format(category=words.category, range=words.atlas_range, source=CATEGORY_SOURCE))
        st.subheader(screen_words("grid")["why_level"], anchor=False)
        st.markdown(_escape(cell.rationale))
        st.caption(screen_words("grid")["source"].format(source=cell.source))
        render_figures(cell)
        render_cbis(cell)


def render(cell: Cell, marks: list[Mark], *, key: str = "grid") -> None:
    """Everything about one cell, below the grid (in a container keyed ``{key}_detail``): the person's part
    first, then the clinicians' expander."""
    words = LEVELS[cell.level]
    with st.container(border=True, key=f"{key}_detail"):
        st.header(cell.name, anchor=False)
        st.html(level_badge(cell))
        st.markdown(f"**{cell.sentence}**")
        st.markdown(load_content().grid.screen.atlas_level.format(category=words.category, level=words.label.lower()))
        render_marks(marks)
        render_atlas(cell)
        links = st.columns(2)
        for column, slug, name in (
            (links[0], cell.morphology.value, MORPHOLOGY_WORDS[cell.morphology].name),
            (links[1], cell.distribution.value if cell.distribution else None, DISTRIBUTION_WORDS[cell.distribution].name),
        ):
            if slug:
                column.page_link("screens/glossary.py", label=screen_words("grid")["in_glossary"].format(name=name),
                                 query_params=with_language({TERM_PARAM: slug}), icon=":material/menu_book:")
        render_for_clinicians(cell, key=key)
