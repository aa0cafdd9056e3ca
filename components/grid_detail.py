"""One grid cell in detail: its level, the plain sentence, why (the Atlas rule or study), the published
figures each beside its source, the CBIS-DDSM research-set share with its n and interval, and the
person's own findings in that cell.

Only verified figures reach this screen (the engine filters them). Report text is escaped before it is
shown inside our Markdown.
"""

from __future__ import annotations

import re

import streamlit as st

from components.glossary_view import TERM_PARAM
from components.grid_style import COLOURS, SYMBOLS
from components.reading import escape_markdown
from readingscan import (
    CATEGORY_SOURCE,
    CBIS_ALL,
    CBIS_LABEL,
    DISTRIBUTION_WORDS,
    LEVELS,
    MORPHOLOGY_WORDS,
    CbisCell,
    Cell,
    Figure,
    FigureLevel,
    Mark,
    load_cells,
)

BIOPSY_NOTE = (
    "Most of these figures come from people who already had a biopsy, because the calcium looked worrying "
    "enough. They tell how often a biopsy of this look found cancer. They are not your own risk."
)
GROUP_TITLES = {
    FigureLevel.CELL: "For this shape in this pattern",
    FigureLevel.MORPHOLOGY: "For this shape, any pattern",
    FigureLevel.DISTRIBUTION: "For this pattern, any shape (calcium already judged suspicious)",
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
    return (f"<span style='background:{fill};color:{ink};padding:0.2rem 0.6rem;border-radius:0.4rem;"
            f"font-weight:700;font-size:1.1rem;border:1px solid #888'>{words.label}</span>")


def _figure_line(figure: Figure) -> str:
    year = f" ({figure.year})" if figure.year and figure.year not in figure.study else ""
    n = f"; n = {figure.n}" if figure.n else ""
    return (f"- **{_escape(figure.text)}** — {_escape(figure.cohort)}{n}. *{_escape(figure.study)}{year}.* "
            f"Source ({figure.status.value}): {figure.source}")


def render_figures(cell: Cell) -> None:
    """The verified figures, grouped: this exact mix, this shape, this pattern; or the fallback words."""
    st.subheader("Published figures", anchor=False)
    if cell.fallback:
        st.info(cell.fallback, icon=":material/menu_book:")
    for level, title in GROUP_TITLES.items():
        figures = [f for f in cell.evidence if f.level is level]
        if not figures:
            continue
        lines = "\n".join(_figure_line(f) for f in figures)
        if level is FigureLevel.CELL:
            st.markdown(f"**{title}**")
            st.markdown(lines)
        else:
            # Figures for the shape or the pattern alone are background: folded, so the exact mix leads.
            with st.expander(f"{title}: {len(figures)} figure{'s' if len(figures) != 1 else ''}"):
                st.markdown(lines)
    if cell.unchecked:
        st.caption(f"We hold {cell.unchecked} more published figure{'s' if cell.unchecked != 1 else ''} for this "
                   "square that we could not check against the study, so we do not show them.")
    st.caption(BIOPSY_NOTE)


def cbis_sentence(counts: CbisCell | None) -> str:
    """The research-set figure in words: "45 of 100 lesions (45%; 95% interval 35% to 55%)"."""
    if counts is None or counts.lesions == 0 or counts.share is None or counts.interval is None:
        return "The research set has no lesion with this look."
    low, high = counts.interval
    return (f"{counts.malignant} of {counts.lesions} lesion{'s' if counts.lesions != 1 else ''} with this look were "
            f"cancer: {100 * counts.share:.0f}% (95% interval {100 * low:.0f}% to {100 * high:.0f}%).")


def render_cbis(cell: Cell) -> None:
    """The CBIS-DDSM layer, labelled as a selected research set, never as a risk."""
    cells = load_cells()
    counts = cells.get(cell.id)
    everything = cells.get(f"{CBIS_ALL}.{CBIS_ALL}")
    st.subheader("In a research image set", anchor=False)
    st.caption(CBIS_LABEL)
    st.markdown(cbis_sentence(counts))
    if counts is not None and 0 < counts.lesions < FEW_LESIONS:
        st.caption("Few lesions, so the range is wide.")
    if everything is not None and everything.share is not None:
        st.caption(f"For comparison, {100 * everything.share:.0f}% of all {everything.lesions} calcium lesions in "
                   "this set were cancer: the set was chosen to hold many cancers.")


def render_marks(marks: list[Mark]) -> None:
    """The person's findings in this cell, quoted from the report."""
    if not marks:
        return
    st.subheader("In your report", anchor=False)
    lines = []
    for mark in marks:
        stable = ", stable" if mark.stable else ""
        lines.append(f"- Finding #{mark.finding_index + 1} ({SYMBOLS[mark.breast][1].lower()}, {mark.status.value}"
                     f"{stable}): “{escape_markdown(mark.evidence)}”")
    st.markdown("\n".join(lines))


def render(cell: Cell, marks: list[Mark], *, key: str = "grid") -> None:
    """Everything about one cell, below the grid (in a container keyed ``{key}_detail``)."""
    words = LEVELS[cell.level]
    with st.container(border=True, key=f"{key}_detail"):
        st.header(cell.name, anchor=False)
        st.html(level_badge(cell))
        st.markdown(f"##### {cell.sentence}")
        st.caption(f"The Atlas usually puts this look in BI-RADS {words.category}. Its chance of cancer for "
                   f"{words.category} is {words.atlas_range}. Source: {CATEGORY_SOURCE}")
        render_marks(marks)
        st.subheader("Why this level", anchor=False)
        st.markdown(_escape(cell.rationale))
        st.caption(f"Source: {cell.source}")
        render_figures(cell)
        render_cbis(cell)
        links = st.columns(2)
        for column, slug, name in (
            (links[0], cell.morphology.value, MORPHOLOGY_WORDS[cell.morphology].name),
            (links[1], cell.distribution.value if cell.distribution else None, DISTRIBUTION_WORDS[cell.distribution].name),
        ):
            if slug:
                column.page_link("screens/glossary.py", label=f"{name} in the glossary", query_params={TERM_PARAM: slug},
                                 icon=":material/menu_book:")
