"""The grid's colours, mark symbols and the marks' words (breast, status), shared by the chart and the cell
detail.

Colours: ColorBrewer YlOrBr, 5 classes (marked colour-blind safe by ColorBrewer; its lightness falls
steadily, so it also reads in greyscale). The palette and the marks' white halo read the same on a light
or a dark theme; only the legend's marks, drawn on the page itself, follow st.context.theme.
"""

from __future__ import annotations

from components.words import screen_words
from readingscan import LEVELS, Breast, Level, Status

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
SYMBOLS: dict[Breast | None, str] = {Breast.LEFT: "circle", Breast.RIGHT: "diamond", Breast.BOTH: "star", None: "hexagon"}


def breast_name(breast: Breast | None) -> str:
    """The breast a mark is on, in words: "Left breast", "Breast not stated" (screens.yaml grid)."""
    return screen_words("grid")[f"breast_{breast.value if breast else 'not_stated'}"]


def level_words(level: Level) -> str:
    """A level with the Atlas category it usually goes with: "Low suspicion (BI-RADS 4A)" (legend, table)."""
    words = LEVELS[level]
    return screen_words("grid")["level_category"].format(level=words.label, category=words.category)


def status_name(status: Status) -> str:
    """How sure the report is of a marked finding, in words: "present", "possible" (screens.yaml grid)."""
    return screen_words("grid")[f"status_{status.value}"]


def readable_css(container_key: str) -> str:
    """CSS for the captions inside a keyed container: the body's own colour, a little faded (above 4.5:1 on
    either theme; Streamlit's caption grey is 3.9:1 on white)."""
    caption = f".st-key-{container_key} [data-testid=stCaptionContainer]"
    return f"{caption} {{ color: inherit !important; opacity: 0.85; }} {caption} p {{ color: inherit !important; }}"
