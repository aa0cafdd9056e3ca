"""The mass grid as a Plotly figure: the margin of a mass (rows) by its shape (columns), a square marker per
cell (Streamlit returns no selection for heatmaps), each cell's level written in it (colour is never the
only cue; palette: grid_style.py), the report's marks, and a legend.

Rows are margins and columns shapes so that four columns fit a phone: on a wide screen the margins label
the rows on the left; on a phone each margin is written above its row, across the screen's width, and
every label is a plain word.
"""

from __future__ import annotations

import html

import plotly.graph_objects as go

from components.grid_chart import NARROW, WIDE, Variant, hover_lines, mark_hover
from components.grid_style import (
    COLOURS,
    INK_DARK,
    INK_LIGHT,
    LEGEND_MARK_DARK,
    MARK_COLOUR,
    SYMBOLS,
    breast_name,
    level_words,
)
from components.words import screen_words
from readingscan import LEVELS, MASS_MARGINS, MASS_SHAPES, Breast, Level, MassCell, MassMark, load_content, mass_grid

__all__ = ["NARROW", "WIDE", "mass_figure", "mass_position", "mass_row_y", "mass_y_range"]
PITCH = 1.45  # phone: each row is a label band (0.45) above its cells (1)


def mass_row_y(row: int, variant: Variant) -> float:
    """The y of a row's cell centres (the axis runs downwards)."""
    return float(row) if not variant.narrow else row * PITCH + 0.95


def mass_y_range(variant: Variant) -> tuple[float, float]:
    """The y axis from its bottom to its top (reversed: row 0 at the top)."""
    last = mass_row_y(len(MASS_MARGINS) - 1, variant)
    return (last + 0.5, -0.5) if not variant.narrow else (last + 0.5, 0.0)


def mass_position(cell: MassCell, variant: Variant) -> tuple[int, float]:
    """A cell's centre: (column, y)."""
    return MASS_SHAPES.index(cell.shape), mass_row_y(MASS_MARGINS.index(cell.margin), variant)


def _cell_hover(cell: MassCell, marks: list[MassMark]) -> str:
    return hover_lines(html.escape(cell.name), cell.level, marks)


def _highlight(x: float, y: float) -> list[dict[str, object]]:
    # A dark ring and a white ring inside it: one of the two stands out on every fill and either theme.
    return [
        {"type": "rect", "x0": x - 0.5, "x1": x + 0.5, "y0": y - 0.5, "y1": y + 0.5, "line": {"color": "#111111", "width": 4}},
        {"type": "rect", "x0": x - 0.44, "x1": x + 0.44, "y0": y - 0.42, "y1": y + 0.42, "line": {"color": "#ffffff", "width": 2}},
    ]


def _cell_word(cell: MassCell, *, marked: bool) -> str:
    words = LEVELS[cell.level]
    return words.word.replace("<br>", " ") if marked else words.word


def _labels(fig: go.Figure, variant: Variant, ink: str) -> None:
    """Phone: each margin written above its row, across the screen's width."""
    margins = load_content().grid.masses.margin
    for row, margin in enumerate(MASS_MARGINS):
        fig.add_annotation(x=-0.5, y=mass_row_y(row, variant) - 0.72, xref="x", yref="y", showarrow=False,
                           text=margins[margin.value if margin else "not_stated"].short, xanchor="left", yanchor="middle",
                           font={"size": variant.font + 2, "color": ink})


def mass_figure(
    marks: tuple[MassMark, ...] = (), selected: str | None = None, variant: Variant = WIDE, *, dark: bool = False,
) -> go.Figure:
    """The mass grid as a Plotly figure: one square marker per cell (customdata = cell id), the marks, a
    legend. As on the calcification chart, each cell is also a rectangle in data coordinates and
    ``hoverdistance=-1`` makes a click anywhere in it pick that cell's marker."""
    cells = list(mass_grid().values())
    words = load_content().grid.masses
    by_cell: dict[str, list[MassMark]] = {}
    for mark in marks:
        by_cell.setdefault(mark.cell_id, []).append(mark)
    xs, ys = zip(*(mass_position(c, variant) for c in cells), strict=True)
    shapes: list[dict[str, object]] = [
        {"type": "rect", "x0": x - 0.47, "x1": x + 0.47, "y0": y - 0.45, "y1": y + 0.45, "layer": "below",
         "fillcolor": COLOURS[c.level][0], "line": {"width": 0}}
        for c, x, y in zip(cells, xs, ys, strict=True)
    ]
    if selected is not None and selected in mass_grid():
        shapes += _highlight(*mass_position(mass_grid()[selected], variant))
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers", name="cells", customdata=[c.id for c in cells], showlegend=False,
        marker={"symbol": "square", "size": variant.row_px - 8, "color": [COLOURS[c.level][0] for c in cells], "line": {"width": 0}},
        hovertext=[_cell_hover(c, by_cell.get(c.id, [])) for c in cells], hoverinfo="text",
        selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 1}},
    ))
    dy = [variant.marked_dy if c.id in by_cell else 0.0 for c in cells]
    fig.add_trace(go.Scatter(
        x=xs, y=[y + d for y, d in zip(ys, dy, strict=True)], mode="text", hoverinfo="skip", showlegend=False,
        text=[_cell_word(c, marked=c.id in by_cell) for c in cells],
        textfont={"color": [COLOURS[c.level][1] for c in cells], "weight": "bold", "size": variant.font},
    ))
    for level in sorted({c.level for c in cells}, key=list(Level).index):  # legend: only the levels on this grid
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=level_words(level),
                                 marker={"symbol": "square", "size": 14, "color": COLOURS[level][0], "line": {"width": 1, "color": "#888888"}}))
    _add_marks(fig, by_cell, variant, dark=dark)
    ink = INK_DARK if dark else INK_LIGHT
    if variant.narrow:
        _labels(fig, variant, ink)
    bottom, top = mass_y_range(variant)
    columns = [words.shape[s.value if s else "not_stated"] for s in MASS_SHAPES]
    fig.update_layout(
        height=int((bottom - top) * variant.row_px) + (190 if variant.narrow else 150) + (40 if marks else 0),
        margin={"l": 4, "r": 4, "t": 8, "b": 8}, dragmode=False, hovermode="closest", hoverdistance=-1,
        clickmode="event+select", font={"size": variant.font, "color": ink}, shapes=shapes,
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "xanchor": "left", "x": 0, "itemclick": False,
                "itemdoubleclick": False, "font": {"size": variant.font + 1 if variant.narrow else variant.font - 1, "color": ink}},
        xaxis={"tickvals": list(range(len(MASS_SHAPES))), "ticktext": [w.short if variant.narrow else w.name for w in columns],
               "side": "top", "tickfont": {"size": 13 if variant.narrow else variant.font, "color": ink},
               "range": [-0.5, len(MASS_SHAPES) - 0.5], "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": True},
        yaxis={"tickvals": [mass_row_y(r, variant) for r in range(len(MASS_MARGINS))],
               "ticktext": [words.margin[m.value if m else "not_stated"].name for m in MASS_MARGINS],
               "tickfont": {"size": variant.font, "color": ink}, "range": [bottom, top], "fixedrange": True,
               "showgrid": False, "zeroline": False, "automargin": True, "showticklabels": not variant.narrow},
    )
    return fig


def _add_marks(fig: go.Figure, by_cell: dict[str, list[MassMark]], variant: Variant, *, dark: bool) -> None:
    placed: dict[Breast | None, list[tuple[float, float, MassMark]]] = {}
    step = 0.2 if variant.narrow else 0.12
    for cell_id, cell_marks in by_cell.items():
        x, y = mass_position(mass_grid()[cell_id], variant)
        for k, mark in enumerate(cell_marks):
            dx = (k - (len(cell_marks) - 1) / 2) * step
            placed.setdefault(mark.breast, []).append((x + dx, y - variant.marked_dy, mark))
    size = 12 if variant.narrow else 16
    for breast, points in placed.items():
        symbol = SYMBOLS[breast]
        symbols = [f"{symbol}-open" if m.hollow else symbol for _, _, m in points]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        # A white halo under each mark keeps it visible on the darkest fill.
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="markers", hoverinfo="skip", showlegend=False,
                                 marker={"symbol": symbols, "size": size + 5, "color": "#ffffff", "line": {"width": 4, "color": "#ffffff"}}))
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="markers", name=f"marks {breast or 'not stated'}", showlegend=False,
            customdata=[m.cell_id for _, _, m in points], hoverinfo="text", hovertext=[mark_hover(m) for _, _, m in points],
            marker={"symbol": symbols, "size": size, "color": MARK_COLOUR, "line": {"width": 2.5, "color": MARK_COLOUR}},
            selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 1}},
        ))
    # The legend sits on the page background, not on a cell: its marks take a colour that shows on it.
    ink = LEGEND_MARK_DARK if dark else MARK_COLOUR
    screen = screen_words("grid")
    legend = [(SYMBOLS[b], screen["legend_breast"].format(breast=breast_name(b))) for b in SYMBOLS if b in placed]
    if any(m.hollow for points in placed.values() for _, _, m in points):
        legend.append(("circle-open", screen["legend_hollow"]))
    for symbol, name in legend:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name,
                                 marker={"symbol": symbol, "size": 14, "color": ink, "line": {"width": 2.5, "color": ink}}))
