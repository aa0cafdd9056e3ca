"""The suspicion grid: the chart (grid_chart.py), its key in words, its text alternative (the person's
findings in sentences and the whole grid as a table, for a screen reader and for anyone), a selectbox twin
for keyboard users and AppTest, and the chosen cell's detail below.

Two copies of the chart are drawn, the wide one and the phone one, and CSS shows the one that fits the
screen: Streamlit does not tell the server how wide the browser is.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import grid_detail
from components.grid_chart import NARROW, WIDE, Variant, figure
from components.grid_style import breast_name, level_words, readable_css, status_name
from components.words import screen_words
from readingscan import (
    DISTRIBUTION_WORDS,
    DISTRIBUTIONS,
    LEVELS,
    MORPHOLOGY_WORDS,
    Cell,
    Mark,
    Morphology,
    Report,
    cell_id,
    grid,
    load_content,
    mark,
    tidy,
    unplaced,
)

NARROW_MAX_PX = 640  # Streamlit's own phone breakpoint
_CHART_CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False, "responsive": True}


def _take_click(chart_key: str, select_key: str, cells: Container[str]) -> None:
    """A click on one of a chart's squares (``cells``) becomes its selectbox twin's value."""
    state = st.session_state.get(chart_key)
    points = state["selection"]["points"] if state else []
    for point in points:
        value = point.get("customdata")
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, str) and value in cells:
            st.session_state[select_key] = value
            return


def linked_cell(key: str, selected: str | None, cells: Container[str]) -> str | None:
    """Apply the square a deep link asks for once each time it changes, so a click or a selectbox choice
    afterwards wins; returns the square chosen now (the selectbox ``<key>_cell``'s value)."""
    select_key, applied_key = f"{key}_cell", f"{key}_applied"
    if selected != st.session_state.get(applied_key):
        st.session_state[applied_key] = selected
        if selected in cells:
            st.session_state[select_key] = selected
    current: str | None = st.session_state.get(select_key)
    return current


def draw_charts(key: str, draw: Callable[[Variant, bool], go.Figure], cells: Container[str], alt: str) -> None:
    """The wide chart and the phone chart (``responsive_css`` shows the one that fits), in the theme the
    browser reports; a click on either chooses its square in the selectbox ``<key>_cell``."""
    dark = getattr(st.context.theme, "type", None) == "dark"
    for variant in (WIDE, NARROW):
        chart_key = f"{key}_chart_{variant.name}"
        with st.container(key=f"{key}_{variant.name}"):
            st.plotly_chart(
                draw(variant, dark), key=chart_key, on_select=partial(_take_click, chart_key, f"{key}_cell", cells),
                selection_mode="points", width="stretch", config=_CHART_CONFIG, theme="streamlit", alt=alt,
            )


def responsive_css(key: str) -> None:
    """Show the wide chart or the phone chart of ``key`` by the screen's width."""
    st.html(
        f"<style>@media (max-width: {NARROW_MAX_PX}px) {{ .st-key-{key}_wide {{ display: none !important; }} }}"
        f"@media (min-width: {NARROW_MAX_PX + 1}px) {{ .st-key-{key}_narrow {{ display: none !important; }} }}"
        f"{readable_css(f'{key}_block')}</style>"
    )


def mark_sentence(mark: Mark) -> str:
    """One finding's square in words: "Finding 1 (left breast, present): fine pleomorphic calcifications,
    pattern: grouped. This square is moderate suspicion, usually BI-RADS 4B. Tiny specks of many shapes ..."."""
    cell, words = grid()[mark.cell_id], load_content().grid.screen
    level = LEVELS[cell.level]
    return words.summary_mark.format(
        number=mark.finding_index + 1, breast=breast_name(mark.breast).lower(), status=status_name(mark.status),
        shape=MORPHOLOGY_WORDS[mark.morphology].name.lower(), pattern=DISTRIBUTION_WORDS[mark.distribution].name.lower(),
        level=level.label.lower(), category=level.category, sentence=cell.sentence,
    )


def render_summary(marks: tuple[Mark, ...], prior: tuple[Mark, ...] = ()) -> None:
    """The person's findings on the grid, as sentences: what a screen reader reads instead of the chart."""
    if not marks and not prior:
        return
    words, screen = load_content().grid.screen, screen_words("grid")
    lines = [f"- {mark_sentence(m)}" for m in marks]
    lines += [f"- {screen['older_mark'].format(sentence=mark_sentence(m))}" for m in prior]
    st.markdown(f"**{words.summary_title}**\n\n" + "\n".join(lines))


def grid_table(marks: tuple[Mark, ...] = (), prior: tuple[Mark, ...] = ()) -> pd.DataFrame:
    """The whole grid in words: a row per shape, a column per pattern, each square's level and the marks."""
    words, screen = load_content().grid.screen, screen_words("grid")
    notes: dict[str, list[str]] = {}
    for older, group in ((False, marks), (True, prior)):
        for one in group:
            note = words.table_mark.format(number=one.finding_index + 1, breast=breast_name(one.breast).lower())
            notes.setdefault(one.cell_id, []).append(screen["older_note"].format(note=note) if older else note)
    cells = grid()
    rows = {
        MORPHOLOGY_WORDS[m].name: ["; ".join([level_words(cells[c].level), *notes.get(c, [])])
                                   for c in (cell_id(m, d) for d in DISTRIBUTIONS)]
        for m in Morphology
    }
    return pd.DataFrame.from_dict(rows, orient="index", columns=[DISTRIBUTION_WORDS[d].name for d in DISTRIBUTIONS])


def render_key(marks: tuple[Mark, ...], prior: tuple[Mark, ...]) -> None:
    """The chart's key: every level word, category and mark in words (no abbreviation is left unexplained)."""
    words = load_content().grid.screen
    st.caption(tidy(words.key + (f" {words.marks_key}" if marks or prior else "")))


def show(
    *, key: str = "grid", marks: tuple[Mark, ...] = (), selected: str | None = None, prior: tuple[Mark, ...] = (),
) -> Cell | None:
    """The grid with the report's marks, its key and text alternative, the selectbox twin and the chosen
    cell's detail.

    ``selected`` is the cell a deep link asks for; it is applied once each time it changes, so a click
    or a selectbox choice afterwards wins. Returns the chosen cell, if any.
    """
    cells = grid()
    words = load_content().grid.screen
    select_key, applied_key = f"{key}_cell", f"{key}_applied"
    current = linked_cell(key, selected, cells)
    responsive_css(key)
    with st.container(key=f"{key}_block"):
        draw_charts(key, lambda variant, dark: figure(marks, current, variant, dark=dark, prior=prior), cells,
                    words.chart_alt)
        render_key(marks, prior)
        render_summary(marks, prior)
        with st.expander(words.table_title):
            st.table(grid_table(marks, prior), alt=words.table_alt)
        screen = screen_words("grid")
        choice = st.selectbox(
            screen["square_label"], list(cells), key=select_key, index=None,
            format_func=lambda cid: cells[cid].name, placeholder=screen["square_placeholder"],
        )
        cell = cells.get(choice) if choice else None
        if cell is not None:
            # The page puts this cell in the address; counting it as applied keeps the next run's link (now
            # this cell) from undoing a later click.
            st.session_state[applied_key] = cell.id
            grid_detail.render(cell, [m for m in marks if m.cell_id == cell.id], key=key)
    return cell


def render_section(report: Report, *, key: str = "explain_grid") -> bool:
    """The grid's part of an explanation: the grid with the report's calcifications marked; a sentence when
    the report lists calcifications without naming a shape; nothing at all when it lists none (an
    ultrasound or MRI report, say). Returns whether anything was shown."""
    marks, shapeless = mark(report), unplaced(report)
    if not marks and not shapeless:
        return False
    words = load_content().grid.screen
    st.subheader(words.section_title, anchor=False)
    if shapeless:
        st.write(words.no_shape.format(numbers=", ".join(f"#{i + 1}" for i in shapeless)))
    if not marks:
        st.page_link("screens/grid.py", label=screen_words("grid")["see_grid"], icon=":material/grid_on:")
        return True
    st.write(words.section_intro)
    show(key=key, marks=marks)
    return True
