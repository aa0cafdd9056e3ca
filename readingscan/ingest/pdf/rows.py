"""A PDF page's words grouped into rows (words sharing a baseline) and the helpers the layout needs.

A word is pdfplumber's dict (``text``, ``x0``, ``x1``, ``top``, ``bottom``). A row may hold words of
both columns of a page; the layout splits it again at the gutter or a table's split.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Band", "Line", "Word", "covered", "crosses", "line_of", "rows_of", "split", "word_space", "wrap_edge"]

Word = dict[str, Any]
Band = tuple[float, float]  # an x-range: a column gutter or a table's split
_NEAR = 3.0  # letter heights: about a word and a space; wrapped lines end within this of their edge
_SHARE = 0.2  # of a column's lines at least end near its edge when it was wrapped


@dataclass(frozen=True, slots=True)
class Line:
    """Words on one baseline, left to right, with the height they span."""

    words: tuple[Word, ...]
    top: float
    bottom: float

    @property
    def text(self) -> str:
        """The words joined by single spaces."""
        return " ".join(str(word["text"]) for word in self.words)

    @property
    def x0(self) -> float:
        """Where the line starts."""
        return float(self.words[0]["x0"])

    @property
    def x1(self) -> float:
        """Where the line ends."""
        return max(float(word["x1"]) for word in self.words)


def line_of(words: Sequence[Word]) -> Line:
    """A line of ``words`` (any order)."""
    ordered = tuple(sorted(words, key=lambda w: float(w["x0"])))
    return Line(ordered, min(float(w["top"]) for w in words), max(float(w["bottom"]) for w in words))


def rows_of(words: Iterable[Word]) -> list[Line]:
    """Group words sharing a baseline, top to bottom; words of both columns at one height share a row."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        tolerance = max(2.0, 0.5 * float(word["bottom"] - word["top"]))
        if rows and abs(float(word["top"]) - float(rows[-1][0]["top"])) <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [line_of(row) for row in rows]


def covered(row: Line, space: float) -> list[Band]:
    """The x-ranges the row's text covers, gaps narrower than ``space`` filled in.

    A full-width line then covers the gutter whole instead of showing a word space there, while a
    gap wider than any word space (a gutter, a table's cell padding) stays open.
    """
    spans: list[list[float]] = []
    for word in row.words:
        start, end = float(word["x0"]), float(word["x1"])
        if spans and start - spans[-1][1] < space:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(start, end) for start, end in spans]


def word_space(rows: Sequence[Line]) -> float:
    """The widest gap still read as a word space: most of a letter height, from the page's own type."""
    heights = [float(w["bottom"] - w["top"]) for row in rows for w in row.words]
    return 0.8 * statistics.median(heights) if heights else 8.0


def crosses(row: Line, band: Band, space: float) -> bool:
    """Whether the row's text runs across the middle of ``band`` (a full-width title across a gutter).

    The middle, not the whole band: a band found a little too wide takes in the ragged end of a
    column's longest lines, and those do not make a row full-width.
    """
    middle = (band[0] + band[1]) / 2
    return any(start <= middle <= end for start, end in covered(row, space))


def split(row: Line, band: Band) -> tuple[Line | None, Line | None]:
    """The row's words left and right of ``band`` (words in it go by their middle)."""
    middle = (band[0] + band[1]) / 2
    left = [w for w in row.words if (float(w["x0"]) + float(w["x1"])) / 2 < middle]
    right = [w for w in row.words if (float(w["x0"]) + float(w["x1"])) / 2 >= middle]
    return (line_of(left) if left else None), (line_of(right) if right else None)


def wrap_edge(lines: Sequence[Line]) -> float | None:
    """The right edge the lines of one column were wrapped at, or None when they show none.

    The furthest end that several lines reach nearly, as lines wrapped for width do; a line or two
    running further (a letterhead above the column) is not the column's. Lines the author ended (a
    terse report, one finding per line) end anywhere and show no edge: the longest of them is none,
    the next line's first word might well have fitted after it.
    """
    if not lines:
        return None
    ends = sorted(line.x1 for line in lines)
    near = _NEAR * statistics.median(line.bottom - line.top for line in lines)
    enough = max(2, _SHARE * len(lines))
    for edge in reversed(ends):
        if bisect.bisect_right(ends, edge) - bisect.bisect_left(ends, edge - near) >= enough:
            return edge
    return None
