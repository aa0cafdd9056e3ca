"""The mass view of the suspicion grid: the chart (grid_mass_chart.py), its key in words, its text
alternative (the person's masses in sentences and the whole grid as a table), a selectbox twin for every
click, and the chosen cell's detail below (grid_mass_detail.py). Built like the calcification view
(grid.py): two copies of the chart, the wide one and the phone one, and CSS shows the one that fits.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import grid_mass_detail
from components.grid import draw_charts, linked_cell, responsive_css
from components.grid_mass_chart import mass_figure
from components.grid_style import breast_name, level_words, status_name
from components.language import with_language
from components.words import screen_words
from readingscan import (
    LEVELS,
    MASS_MARGINS,
    MASS_SHAPES,
    MassCell,
    MassMark,
    Report,
    load_content,
    mark_masses,
    mass_cell_id,
    mass_grid,
    tidy,
)

NOT_STATED = "not_stated"


def _name(part: str, value: str | None) -> str:
    words = load_content().grid.masses
    table = words.shape if part == "shape" else words.margin
    return table[value or NOT_STATED].name


def mass_sentence(mark: MassMark) -> str:
    """One mass's square in words: "Finding 1 (left breast, present): irregular mass, edge: spiculated. This
    square is high suspicion, usually BI-RADS 4C. Irregular (uneven) masses with thin lines ..."."""
    cell, words = mass_grid()[mark.cell_id], load_content().grid.masses.screen
    level = LEVELS[cell.level]
    return words.summary_mark.format(
        number=mark.finding_index + 1, breast=breast_name(mark.breast).lower(), status=status_name(mark.status),
        shape=_name("shape", mark.shape).lower(), margin=_name("margin", mark.margin).lower(),
        level=level.label.lower(), category=level.category, sentence=cell.sentence,
    )


def render_summary(marks: tuple[MassMark, ...]) -> None:
    """The person's masses on the grid, as sentences: what a screen reader reads instead of the chart."""
    if marks:
        words = load_content().grid.masses.screen
        st.markdown(f"**{words.summary_title}**\n\n" + "\n".join(f"- {mass_sentence(m)}" for m in marks))


def mass_table(marks: tuple[MassMark, ...] = ()) -> pd.DataFrame:
    """The whole mass grid in words: a row per margin, a column per shape, each square's level and the marks."""
    words = load_content().grid.screen
    notes: dict[str, list[str]] = {}
    for one in marks:
        notes.setdefault(one.cell_id, []).append(
            words.table_mark.format(number=one.finding_index + 1, breast=breast_name(one.breast).lower()))
    cells = mass_grid()

    def square(cell_id: str) -> str:
        if cell_id not in cells:
            return "—"  # neither shape nor margin stated: no square
        return "; ".join([level_words(cells[cell_id].level), *notes.get(cell_id, [])])

    rows = {
        _name("margin", m.value if m else None): [square(mass_cell_id(s, m)) for s in MASS_SHAPES] for m in MASS_MARGINS
    }
    return pd.DataFrame.from_dict(rows, orient="index", columns=[_name("shape", s.value if s else None) for s in MASS_SHAPES])


def show(*, key: str = "mass", marks: tuple[MassMark, ...] = (), selected: str | None = None) -> MassCell | None:
    """The mass grid with the report's marks, its key and text alternative, the selectbox twin and the chosen
    cell's detail. ``selected`` (a deep link's cell) is applied once each time it changes, so a click or a
    selectbox choice afterwards wins. Returns the chosen cell, if any."""
    cells = mass_grid()
    words = load_content().grid.masses.screen
    select_key, applied_key = f"{key}_cell", f"{key}_applied"
    current = linked_cell(key, selected, cells)
    responsive_css(key)
    with st.container(key=f"{key}_block"):
        draw_charts(key, lambda variant, dark: mass_figure(marks, current, variant, dark=dark), cells, words.chart_alt)
        st.caption(tidy(words.key + (f" {load_content().grid.screen.marks_key}" if marks else "")))
        render_summary(marks)
        with st.expander(words.table_title):
            st.table(mass_table(marks), alt=words.table_alt)
        choice = st.selectbox(
            screen_words("grid_mass")["square_label"], list(cells), key=select_key, index=None,
            format_func=lambda cid: cells[cid].name, placeholder=screen_words("grid")["square_placeholder"],
        )
        cell = cells.get(choice) if choice else None
        if cell is not None:
            # The page puts this cell in the address; counting it as applied keeps the next run's link (now
            # this cell) from undoing a later click.
            st.session_state[applied_key] = cell.id
            grid_mass_detail.render(cell, [m for m in marks if m.cell_id == cell.id], key=key)
    return cell


def render_section(report: Report) -> bool:
    """The mass grid's part of an explanation: each of the person's masses on its square, in words, and the way
    to the mass view; nothing when no mass names a shape or an edge. Returns whether anything was shown."""
    marks = mark_masses(report)
    if not marks:
        return False
    render_summary(marks)
    words = load_content().grid.masses.screen
    st.page_link("screens/grid.py", label=words.section_link, icon=":material/grid_on:",
                 query_params=with_language({"view": "masses"}))
    return True
