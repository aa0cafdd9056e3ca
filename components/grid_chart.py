"""The suspicion grid as a Plotly figure: a square marker per cell (Streamlit returns no selection for
heatmaps), each cell's level written in it (colour is never the only cue; palette: grid_style.py), the
report's marks, and a legend.

Two variants: on a wide screen the shapes label the rows on the left; on a phone each row's shape is
written above its row, across the screen's width, so the six columns get the whole width and every label
is a plain word (no key needed); the column heads come again above the four suspicious rows.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import plotly.graph_objects as go

from components.grid_style import (
    COLOURS,
    INK_DARK,
    INK_LIGHT,
    LEGEND_MARK_DARK,
    MARK_COLOUR,
    SYMBOLS,
    breast_name,
    level_words,
    status_name,
)
from components.reading import quoted
from components.words import screen_words
from readingscan import (
    DISTRIBUTION_WORDS,
    DISTRIBUTIONS,
    LEVELS,
    MORPHOLOGY_WORDS,
    Breast,
    Cell,
    Level,
    Mark,
    MassMark,
    Morphology,
    grid,
)

PRIOR_OPACITY = 0.35  # an older report's marks, when two reports are compared
SUSPICIOUS_ROW = 10  # the first of the four shapes that can be a sign of cancer (below the dotted line)
PITCH = 1.4  # phone: each row is a label band (0.4) above its cells (1)
HEADS_GAP = 0.9  # phone: room for the column heads again above the suspicious rows


@dataclass(frozen=True, slots=True)
class Variant:
    name: str
    row_px: int  # pixels per unit of y: one row of cells
    font: int
    narrow: bool
    marked_dy: float  # in rows: how far the word drops, and the marks rise, in a cell with marks


WIDE = Variant("wide", 52, 15, narrow=False, marked_dy=0.2)
NARROW = Variant("narrow", 48, 11, narrow=True, marked_dy=0.25)


def row_y(row: int, variant: Variant) -> float:
    """The y of a row's cell centres (the axis runs downwards)."""
    if not variant.narrow:
        return float(row)
    return row * PITCH + (HEADS_GAP if row >= SUSPICIOUS_ROW else 0.0) + 0.9


def y_range(variant: Variant) -> tuple[float, float]:
    """The y axis from its bottom to its top (reversed: row 0 at the top)."""
    last = row_y(len(Morphology) - 1, variant)
    return (last + 0.5, -0.5) if not variant.narrow else (last + 0.5, 0.0)


def position(cell: Cell, variant: Variant) -> tuple[int, float]:
    """A cell's centre: (column, y)."""
    return DISTRIBUTIONS.index(cell.distribution), row_y(list(Morphology).index(cell.morphology), variant)


def hover_lines(name: str, level: Level, marks: list[Mark] | list[MassMark], prior: frozenset[int] = frozenset()) -> str:
    """A square's hover text: its name (HTML: the caller escapes it when it may hold markup), its level and
    category, the person's findings in it, the hint to click."""
    words, screen = LEVELS[level], screen_words("grid")
    lines = [f"<b>{name}</b>", screen["hover_level"].format(level=words.label, category=words.category)]
    lines += [screen["hover_older_finding" if id(m) in prior else "hover_finding"].format(
        number=m.finding_index + 1, breast=breast_name(m.breast).lower(), status=status_name(m.status)) for m in marks]
    return "<br>".join([*lines, screen["hover_click"]])


def _cell_hover(cell: Cell, marks: list[Mark], prior: frozenset[int] = frozenset()) -> str:
    return hover_lines(cell.name, cell.level, marks, prior)


def mark_hover(mark: Mark | MassMark, *, older: bool = False) -> str:
    """A mark's hover text: which report and finding, the breast and how sure, the report's words."""
    screen = screen_words("grid")
    quote = mark.evidence if len(mark.evidence) <= 90 else mark.evidence[:87] + "..."
    state = screen["hover_state_stable" if mark.stable else "hover_state"].format(
        breast=breast_name(mark.breast), status=status_name(mark.status))
    which = screen["hover_older_mark" if older else "hover_mark"].format(number=mark.finding_index + 1)
    # Report text goes through html.escape: Plotly reads tags in hover text.
    return f"<b>{which}</b><br>{state}<br>{quoted(html.escape(quote))}"


def _highlight(x: float, y: float) -> list[dict[str, object]]:
    # A dark ring and a white ring inside it: one of the two stands out on every fill and either theme.
    return [
        {"type": "rect", "x0": x - 0.5, "x1": x + 0.5, "y0": y - 0.5, "y1": y + 0.5, "line": {"color": "#111111", "width": 4}},
        {"type": "rect", "x0": x - 0.44, "x1": x + 0.44, "y0": y - 0.42, "y1": y + 0.42, "line": {"color": "#ffffff", "width": 2}},
    ]


def _cell_word(cell: Cell, variant: Variant, *, marked: bool) -> str:
    words = LEVELS[cell.level]
    if variant.narrow:
        return words.abbreviation
    # Half a wide cell has room for one line: "Probably benign" then fits on it.
    return words.word.replace("<br>", " ") if marked else words.word


def _row_labels(fig: go.Figure, variant: Variant, ink: str) -> None:
    """Phone: each shape written above its row, and the column heads again above the suspicious rows."""
    for row, morphology in enumerate(Morphology):
        fig.add_annotation(x=-0.5, y=row_y(row, variant) - 0.7, xref="x", yref="y", text=MORPHOLOGY_WORDS[morphology].short,
                           showarrow=False, xanchor="left", yanchor="middle", font={"size": variant.font + 2, "color": ink})
    heads_y = row_y(SUSPICIOUS_ROW, variant) - 0.9 - HEADS_GAP / 2
    for column, distribution in enumerate(DISTRIBUTIONS):
        fig.add_annotation(x=column, y=heads_y, xref="x", yref="y", text=DISTRIBUTION_WORDS[distribution].short,
                           showarrow=False, yanchor="middle", font={"size": 12, "color": ink})


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
    xs, ys = zip(*(position(c, variant) for c in cells), strict=True)
    # In a cell with marks the word moves to the lower half and the marks sit in the upper half.
    text_dy = [variant.marked_dy if c.id in by_cell else 0.0 for c in cells]
    shapes: list[dict[str, object]] = [
        {"type": "rect", "x0": x - 0.47, "x1": x + 0.47, "y0": y - 0.45, "y1": y + 0.45, "layer": "below",
         "fillcolor": COLOURS[c.level][0], "line": {"width": 0}}
        for c, x, y in zip(cells, xs, ys, strict=True)
    ]
    # Typically benign shapes above the line, the four suspicious ones below it.
    line_y = (row_y(SUSPICIOUS_ROW - 1, variant) + row_y(SUSPICIOUS_ROW, variant)) / 2 if not variant.narrow \
        else row_y(SUSPICIOUS_ROW, variant) - 0.9 - HEADS_GAP
    shapes.append({"type": "line", "x0": -0.5, "x1": 5.5, "y0": line_y, "y1": line_y, "line": {"color": "#888888", "width": 2, "dash": "dot"}})
    if selected is not None and selected in grid():
        shapes += _highlight(*position(grid()[selected], variant))
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers", name="cells", customdata=[c.id for c in cells], showlegend=False,
        marker={"symbol": "square", "size": variant.row_px - 8, "color": [COLOURS[c.level][0] for c in cells], "line": {"width": 0}},
        hovertext=[_cell_hover(c, by_cell.get(c.id, []), older) for c in cells], hoverinfo="text",
        selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 1}},
    ))
    words = [_cell_word(c, variant, marked=c.id in by_cell) for c in cells]
    fig.add_trace(go.Scatter(
        x=xs, y=[y + dy for y, dy in zip(ys, text_dy, strict=True)], mode="text", hoverinfo="skip", showlegend=False,
        text=words, textfont={"color": [COLOURS[c.level][1] for c in cells], "weight": "bold",
                              "size": [variant.font - 1 if dy and "<br>" in w else variant.font for w, dy in zip(words, text_dy, strict=True)]},
    ))
    for level in Level:  # legend entries for the colours
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=level_words(level),
                                 marker={"symbol": "square", "size": 14, "color": COLOURS[level][0], "line": {"width": 1, "color": "#888888"}}))
    _add_marks(fig, by_cell, variant, dark=dark, prior=older)
    ink = INK_DARK if dark else INK_LIGHT
    if variant.narrow:
        _row_labels(fig, variant, ink)
    bottom, top = y_range(variant)
    rows = [MORPHOLOGY_WORDS[m].name for m in Morphology]
    columns = [DISTRIBUTION_WORDS[d].short if variant.narrow else DISTRIBUTION_WORDS[d].name for d in DISTRIBUTIONS]
    fig.update_layout(
        height=int((bottom - top) * variant.row_px) + (250 if variant.narrow else 170) + (40 if marks or prior else 0),
        margin={"l": 4, "r": 4, "t": 8, "b": 8}, dragmode=False, hovermode="closest", hoverdistance=-1,
        clickmode="event+select", font={"size": variant.font, "color": ink}, shapes=shapes,
        legend={"orientation": "h", "yanchor": "top", "y": -0.02, "xanchor": "left", "x": 0, "traceorder": "normal", "itemclick": False,
                "itemdoubleclick": False, "font": {"size": variant.font + 1 if variant.narrow else variant.font - 1, "color": ink}},
        xaxis={"tickvals": list(range(6)), "ticktext": columns, "side": "top", "tickfont": {"size": 12 if variant.narrow else variant.font, "color": ink}, "range": [-0.5, 5.5], "fixedrange": True,
               "showgrid": False, "zeroline": False, "automargin": True},
        yaxis={"tickvals": [row_y(r, variant) for r in range(14)], "ticktext": rows, "tickfont": {"size": variant.font, "color": ink},
               "range": [bottom, top], "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": True,
               "showticklabels": not variant.narrow},
    )
    return fig


def _add_marks(fig: go.Figure, by_cell: dict[str, list[Mark]], variant: Variant, *, dark: bool,
               prior: frozenset[int] = frozenset()) -> None:
    placed: dict[tuple[Breast | None, bool], list[tuple[float, float, Mark]]] = {}
    step = 0.2 if variant.narrow else 0.12
    for cell_id, cell_marks in by_cell.items():
        x, y = position(grid()[cell_id], variant)
        for k, mark in enumerate(cell_marks):
            dx = (k - (len(cell_marks) - 1) / 2) * step
            placed.setdefault((mark.breast, id(mark) in prior), []).append((x + dx, y - variant.marked_dy, mark))
    size = 12 if variant.narrow else 16
    for (breast, faded), points in placed.items():
        symbol = SYMBOLS[breast]
        symbols = [f"{symbol}-open" if m.hollow else symbol for _, _, m in points]
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        # A white halo under each mark keeps it visible on the darkest fill.
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="markers", hoverinfo="skip", showlegend=False, opacity=PRIOR_OPACITY if faded else 1,
                                 marker={"symbol": symbols, "size": size + 5, "color": "#ffffff", "line": {"width": 4, "color": "#ffffff"}}))
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="markers", name=f"{'older report ' if faded else ''}marks {breast or 'not stated'}", showlegend=False,
            customdata=[m.cell_id for _, _, m in points], hoverinfo="text", opacity=PRIOR_OPACITY if faded else 1,
            hovertext=[mark_hover(m, older=faded) for _, _, m in points],
            marker={"symbol": symbols, "size": size, "color": MARK_COLOUR, "line": {"width": 2.5, "color": MARK_COLOUR}},
            selected={"marker": {"opacity": 1}}, unselected={"marker": {"opacity": 1}},
        ))
    # The legend sits on the page background, not on a cell: its marks take a colour that shows on it.
    ink = LEGEND_MARK_DARK if dark else MARK_COLOUR
    screen = screen_words("grid")
    legend = [(SYMBOLS[b], screen["legend_breast"].format(breast=breast_name(b)), 1.0) for b in SYMBOLS if (b, False) in placed]
    if any(m.hollow for points in placed.values() for _, _, m in points):
        legend.append(("circle-open", screen["legend_hollow"], 1.0))
    if prior:
        legend.append(("circle", screen["legend_faded"], PRIOR_OPACITY))
    for symbol, name, opacity in legend:
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name, opacity=opacity,
                                 marker={"symbol": symbol, "size": 14, "color": ink, "line": {"width": 2.5, "color": ink}}))
