"""The grid's colours and mark symbols, shared by the chart and the cell detail.

Colours: ColorBrewer YlOrBr, 5 classes (marked colour-blind safe by ColorBrewer; its lightness falls
steadily, so it also reads in greyscale). The palette and the marks' white halo read the same on a light
or a dark theme; only the legend's marks, drawn on the page itself, follow st.context.theme.
"""

from __future__ import annotations

from readingscan import Breast, Level

COLOURS: dict[Level, tuple[str, str]] = {  # level -> (cell fill, text colour); text contrast >= 4.5:1
    Level.BENIGN: ("#ffffd4", "#222222"),
    Level.PROBABLY_BENIGN: ("#fed98e", "#222222"),
    Level.LOW: ("#fe9929", "#222222"),
    Level.MODERATE: ("#d95f0e", "#000000"),  # white on it would be 3.8:1
    Level.HIGH: ("#993404", "#ffffff"),
}
MARK_COLOUR = "#08306b"  # on the cells, with a white halo
LEGEND_MARK_DARK = "#9ecae1"
# The chart's own words (axis labels, row labels, legend) on the page: Streamlit's text colours, not its
# faded grey, so they reach 4.5:1 on either theme.
INK_LIGHT, INK_DARK = "#31333f", "#fafafa"  # the legend's marks on a dark page (the legend has no cell behind it)
# One symbol per breast; "-open" (hollow) when the report says the finding is only possible.
SYMBOLS: dict[Breast | None, tuple[str, str]] = {
    Breast.LEFT: ("circle", "Left breast"),
    Breast.RIGHT: ("diamond", "Right breast"),
    Breast.BOTH: ("star", "Both breasts"),
    None: ("hexagon", "Breast not stated"),
}


def readable_css(container_key: str) -> str:
    """CSS for the captions inside a keyed container: the body's own colour, a little faded (above 4.5:1 on
    either theme; Streamlit's caption grey is 3.9:1 on white)."""
    caption = f".st-key-{container_key} [data-testid=stCaptionContainer]"
    return f"{caption} {{ color: inherit !important; opacity: 0.85; }} {caption} p {{ color: inherit !important; }}"
