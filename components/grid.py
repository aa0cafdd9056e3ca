"""The suspicion grid: a Plotly chart of square markers (Streamlit returns no selection for heatmaps), a
selectbox twin for keyboard users and AppTest, and the chosen cell's detail below.

The cell's word is always written in it, so colour is never the only cue (palette: grid_style.py).

Two copies of the chart are drawn, one with words and one with abbreviations, and CSS shows the one
that fits the screen: Streamlit does not tell the server how wide the browser is.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import partial

import plotly.graph_objects as go
import streamlit as st

from components import grid_detail
from components.grid_style import COLOURS, LEGEND_MARK_DARK, MARK_COLOUR, SYMBOLS
from readingscan import (
    DISTRIBUTION_WORDS,
    DISTRIBUTIONS,
    LEVELS,
    MORPHOLOGY_WORDS,
    Breast,
    Cell,
    Level,
    Mark,
    Morphology,
    grid,
)

PRIOR_OPACITY = 0.35  # an older report's marks, when two reports are compared
MARKED_DY = 0.2  # in rows: how far the word drops, and the marks rise, in a cell with marks
NARROW_MAX_PX = 640  # Streamlit's own phone breakpoint
_CHART_CONFIG = {"displayModeBar": False, "scrollZoom": False, "doubleClick": False, "responsive": True}


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    row_px: int
    font: int
    narrow: bool


WIDE = Variant("wide", 52, 15, narrow=False)
NARROW = Variant("narrow", 40, 12, narrow=True)


def _axis_labels(variant: Variant) -> tuple[list[str], list[str]]:
    rows = [MORPHOLOGY_WORDS[m].short if variant.narrow else MORPHOLOGY_WORDS[m].name for m in Morphology]
    columns = [DISTRIBUTION_WORDS[d].short if variant.narrow else DISTRIBUTION_WORDS[d].name for d in DISTRIBUTIONS]
    return rows, columns


def _position(cell: Cell) -> tuple[int, int]:
    return DISTRIBUTIONS.index(cell.distribution), list(Morphology).index(cell.morphology)


def _cell_hover(cell: Cell, marks: list[Mark], prior: frozenset[int] = frozenset()) -> str:
    words = LEVELS[cell.level]
    lines = [f"<b>{cell.name}</b>", f"{words.label} (usually BI-RADS {words.category})"]
    lines += [f"{'Older report, f' if id(m) in prior else 'Your f'}inding #{m.finding_index + 1}: "
              f"{SYMBOLS[m.breast][1].lower()}, {m.status.value}" for m in marks]
    return "<br>".join([*lines, "Click to see why"])


def _mark_hover(mark: Mark, *, older: bool = False) -> str:
    quote = mark.evidence if len(mark.evidence) <= 90 else mark.evidence[:87] + "..."
    stable = ", stable" if mark.stable else ""
    which = "Your older report" if older else "Your report"
    # Report text goes through html.escape: Plotly reads tags in hover text.
    return (f"<b>{which}, finding #{mark.finding_index + 1}</b><br>{SYMBOLS[mark.breast][1]}, "
            f"{mark.status.value}{stable}<br>“{html.escape(quote)}”")


def _highlight(x: int, y: int) -> list[dict[str, object]]:
    # A dark ring and a white ring inside it: one of the two stands out on every fill and either theme.
    return [
        {"type": "rect", "x0": x - 0.5, "x1": x + 0.5, "y0": y - 0.5, "y1": y + 0.5, "line": {"color": "#111111", "width": 4}},
        {"type": "rect", "x0": x - 0.44, "x1": x + 0.44, "y0": y - 0.42, "y1": y + 0.42, "line": {"color": "#ffffff", "width": 2}},
    ]


def figure(
    marks: tuple[Mark, ...] = (), selected: str | None = None, variant: Variant = WIDE, *, dark: bool = False,
    prior: tuple[Mark, ...] = (),
) -> go.Figure:
    """The grid as a Plotly figure: one square marker per cell (customdata = cell id), the marks, a legend.

    A marker's size is in pixels and the chart's width is the browser's, so each cell is also filled by a
    rectangle in data coordinates that stretches with the width; ``hoverdistance=-1`` makes a click anywhere
    in the rectangle pick the nearest marker, which is that cell's. ``prior`` marks (an older report's,
    when two are compared) are drawn faded beside the current ones.
    """
    cells = list(grid().values())
    by_cell: dict[str, list[Mark]] = {}
    for mark in (*prior, *marks):
        by_cell.setdefault(mark.cell_id, []).append(mark)
    older = frozenset(id(m) for m in prior)
    xs, ys = zip(*(_position(c) for c in cells), strict=True)
    # In a cell with marks the word moves to the lower half and the marks sit in the upper half.
    text_dy = [MARKED_DY if c.id in by_cell else 0.0 for c in cells]
    shapes: list[dict[str, object]] = [
        {"type": "rect", "x0": x - 0.47, "x1": x + 0.47, "y0": y - 0.45, "y1": y + 0.45, "layer": "below",
         "fillcolor": COLOURS[c.level][0], "line": {"width": 0}}
        for c, x, y in zip(cells, xs, ys, strict=True)
    ]
    # Typically benign shapes above the line, the four suspicious ones below it.
    shapes.append({"type": "line", "x0": -0.5, "x1": 5.5, "y0": 9.5, "y1": 9.5, "line": {"color": "#888888", "width": 2, "dash": "dot"}})
    if selected is not None and selected in grid():
        shapes += _highlight(*_position(grid()[selected]))
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers", name="cells", customdata=[c.id for c in cells], showlegend=False,
        marker={"symbol": "square", "size": variant.row_px - 8, "color": [COLOURS[c.level][0] for c in cells], "line": {"width": 0}},
        hovertext=[_cell_hover(c, by_cell.get(c.id, []), older) for c in cells], hoverinfo="text",
        selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 1}},
    ))
    fig.add_trace(go.Scatter(
        x=xs, y=[y + dy for y, dy in zip(ys, text_dy, strict=True)], mode="text", hoverinfo="skip", showlegend=False,
        text=[_cell_word(c, variant, marked=c.id in by_cell) for c in cells],
        textfont={"color": [COLOURS[c.level][1] for c in cells], "size": variant.font, "weight": "bold"},
    ))
    for level in Level:  # legend entries for the colours
        words = LEVELS[level]
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=f"{words.label} ({words.category})",
                                 marker={"symbol": "square", "size": 14, "color": COLOURS[level][0], "line": {"width": 1, "color": "#888888"}},
                                 ))
    _add_marks(fig, by_cell, variant, dark=dark, prior=older)
    rows, columns = _axis_labels(variant)
    fig.update_layout(
        height=variant.row_px * 14 + (230 if variant.narrow else 170) + (40 if marks or prior else 0),
        margin={"l": 4, "r": 4, "t": 8, "b": 8}, dragmode=False, hovermode="closest", hoverdistance=-1,
        clickmode="event+select", font={"size": variant.font}, shapes=shapes,
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "xanchor": "left", "x": 0, "traceorder": "normal", "itemclick": False,
                "itemdoubleclick": False, "font": {"size": variant.font - 1}},
        xaxis={"tickvals": list(range(6)), "ticktext": columns, "side": "top", "tickfont": {"size": variant.font}, "range": [-0.5, 5.5], "fixedrange": True,
               "showgrid": False, "zeroline": False, "automargin": True},
        yaxis={"tickvals": list(range(14)), "ticktext": rows, "tickfont": {"size": variant.font}, "range": [13.5, -0.5], "fixedrange": True,
               "showgrid": False, "zeroline": False, "automargin": True},
    )
    return fig


def _cell_word(cell: Cell, variant: Variant, *, marked: bool) -> str:
    words = LEVELS[cell.level]
    if variant.narrow:
        return words.abbreviation
    # Half a cell has room for one line only.
    return words.word.replace("Probably<br>benign", "Prob. benign") if marked else words.word


def _add_marks(fig: go.Figure, by_cell: dict[str, list[Mark]], variant: Variant, *, dark: bool,
               prior: frozenset[int] = frozenset()) -> None:
    placed: dict[tuple[Breast | None, bool], list[tuple[float, float, Mark]]] = {}
    step = 0.2 if variant.narrow else 0.12
    for cell_id, cell_marks in by_cell.items():
        x, y = _position(grid()[cell_id])
        for k, mark in enumerate(cell_marks):
            dx = (k - (len(cell_marks) - 1) / 2) * step
            placed.setdefault((mark.breast, id(mark) in prior), []).append((x + dx, y - MARKED_DY, mark))
    size = 13 if variant.narrow else 16
    for (breast, faded), points in placed.items():
        symbol = SYMBOLS[breast][0]
        symbols = [f"{symbol}-open" if m.hollow else symbol for _, _, m in points]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        # A white halo under each mark keeps it visible on the darkest fill.
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="markers", hoverinfo="skip", showlegend=False, opacity=PRIOR_OPACITY if faded else 1,
                                 marker={"symbol": symbols, "size": size + 5, "color": "#ffffff", "line": {"width": 4, "color": "#ffffff"}}))
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="markers", name=f"{'older report ' if faded else ''}marks {breast or 'not stated'}", showlegend=False,
            customdata=[m.cell_id for _, _, m in points], hoverinfo="text", opacity=PRIOR_OPACITY if faded else 1,
            hovertext=[_mark_hover(m, older=faded) for _, _, m in points],
            marker={"symbol": symbols, "size": size, "color": MARK_COLOUR, "line": {"width": 2.5, "color": MARK_COLOUR}},
            selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 1}},
        ))
    # The legend sits on the page background, not on a cell: its marks take a colour that shows on it.
    ink = LEGEND_MARK_DARK if dark else MARK_COLOUR
    legend = [(SYMBOLS[b][0], f"{SYMBOLS[b][1]}: your finding", 1.0) for b in SYMBOLS if (b, False) in placed]
    if any(m.hollow for points in placed.values() for _, _, m in points):
        legend.append(("circle-open", "Hollow: the report says possible", 1.0))
    if prior:
        legend.append(("circle", "Faded: the older report", PRIOR_OPACITY))
    for symbol, name, opacity in legend:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name, opacity=opacity,
                                 marker={"symbol": symbol, "size": 14, "color": ink, "line": {"width": 2.5, "color": ink}}))


def _take_click(chart_key: str, select_key: str) -> None:
    state = st.session_state.get(chart_key)
    points = state["selection"]["points"] if state else []
    for point in points:
        value = point.get("customdata")
        value = value[0] if isinstance(value, list) and value else value
        if isinstance(value, str) and value in grid():
            st.session_state[select_key] = value
            return


def _responsive_css(key: str) -> None:
    st.html(
        f"<style>@media (max-width: {NARROW_MAX_PX}px) {{ .st-key-{key}_wide {{ display: none !important; }} }}"
        f"@media (min-width: {NARROW_MAX_PX + 1}px) {{ .st-key-{key}_narrow {{ display: none !important; }} }}</style>"
    )


def show(
    *, key: str = "grid", marks: tuple[Mark, ...] = (), selected: str | None = None, prior: tuple[Mark, ...] = (),
) -> Cell | None:
    """The grid with the report's marks, the selectbox twin and the chosen cell's detail.

    ``selected`` is the cell a deep link asks for; it is applied once each time it changes, so a click
    or a selectbox choice afterwards wins. Returns the chosen cell, if any.
    """
    cells = grid()
    select_key, applied_key = f"{key}_cell", f"{key}_applied"
    if selected != st.session_state.get(applied_key):
        st.session_state[applied_key] = selected
        if selected in cells:
            st.session_state[select_key] = selected
    current = st.session_state.get(select_key)
    dark = getattr(st.context.theme, "type", None) == "dark"
    _responsive_css(key)
    for variant in (WIDE, NARROW):
        chart_key = f"{key}_chart_{variant.name}"
        with st.container(key=f"{key}_{variant.name}"):
            st.plotly_chart(
                figure(marks, current, variant, dark=dark, prior=prior), key=chart_key, on_select=partial(_take_click, chart_key, select_key),
                selection_mode="points", width="stretch", config=_CHART_CONFIG, theme="streamlit",
            )
    st.caption("Shapes above the dotted line are ones the Atlas calls typically benign; the four below it can be "
               "a sign of cancer. Colours run from pale (benign) to dark (high suspicion): colour-blind-safe "
               "ColorBrewer YlOrBr, and every square also says its level in words.")
    choice = st.selectbox(
        "Choose a square: shape, then pattern", list(cells), key=select_key, index=None,
        format_func=lambda cid: cells[cid].name, placeholder="Click a square above, or pick one here",
    )
    cell = cells.get(choice) if choice else None
    if cell is not None:
        # The page puts this cell in the address; counting it as applied keeps the next run's link (now
        # this cell) from undoing a later click.
        st.session_state[applied_key] = cell.id
        grid_detail.render(cell, [m for m in marks if m.cell_id == cell.id], key=key)
    return cell
