"""Two-column pages: find the gutter from the words' positions and read each column in turn.

The gutter is not at a fixed x: it is a vertical strip in the middle of the text that most of the
page's rows leave empty (only full-width rows - a title, a footer - run across it), with text on both
sides. Rows between two full-width rows form a band; a band is read left column, then right, when
both sides hold running text side by side, and row by row otherwise (a form: a label and its value).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from readingscan.ingest.pdf.rows import Band, Line, covered, crosses, split, wrap_edge

__all__ = ["column_order", "find_gutter"]

_MIN_GUTTER = 10.0  # points; wider than any word space, narrower than real column gutters
_MIN_ROWS = 6  # fewer rows cannot show two columns
_MIN_BESIDE = 3  # rows of text on each side of a gutter: two columns show at least a few
_MIN_SPAN = 200.0  # points; text narrower than this has no room for two columns
_NARROW = 0.12  # a column gutter takes at most this share of the text's width; a form's value column is further off
_CENTRED = 0.05  # of the text's width: how far the gutter of two equal columns may stand from its middle


def column_order(rows: list[Line], space: float) -> list[tuple[Line, float | None]]:
    """Rows top to bottom, except where two columns run side by side: left column, then right.

    A row crossing the gutter (a full-width title, a footer) ends a band, so text above it is read
    first. Each line comes with the right edge its column was wrapped at, if it shows one (wrap_edge).
    """
    gutter = find_gutter(rows, space)
    if gutter is None:
        return _with_edges([(row, "full") for row in rows])
    ordered: list[tuple[Line, str]] = []
    band: list[Line] = []
    for row in rows:
        if crosses(row, gutter, space):
            ordered += [*_band_order(band, gutter), (row, "full")]
            band = []
        else:
            band.append(row)
    return _with_edges(ordered + _band_order(band, gutter))


def _with_edges(lines: list[tuple[Line, str]]) -> list[tuple[Line, float | None]]:
    edges = {column: wrap_edge([line for line, other in lines if other == column]) for column in {c for _, c in lines}}
    return [(line, edges[column]) for line, column in lines]


def find_gutter(rows: Sequence[Line], space: float) -> Band | None:
    """The x-range of a column gutter, if the page may be set in two columns.

    Within the middle 40% of the text's width, of the strips most rows leave empty and a few rows have
    text beside on each side, the one with the most rows beside it (_beside): a strip inside a column of
    short lines has that column's longer lines running across it and little text on its far side, and
    one taking in a column's ragged edge loses the lines reaching into it. Ties go to the strip fewer
    rows cross, then to the one nearer the middle (two columns share the width equally).
    """
    if len(rows) < _MIN_ROWS:
        return None
    x_min = min(row.x0 for row in rows)
    x_max = max(row.x1 for row in rows)
    if x_max - x_min < _MIN_SPAN:
        return None
    spans = [covered(row, space) for row in rows]
    low, high = int(x_min + 0.3 * (x_max - x_min)), int(x_min + 0.7 * (x_max - x_min))
    counts = _crossings(spans, low, high)
    best: tuple[int, int, float, Band] | None = None
    for threshold in sorted({count for count in counts if 2 * count <= len(rows)}):
        for start, end in _runs([count <= threshold for count in counts]):
            # The clear x's are whole points inside the gap; the gap reaches about a point further each way.
            gutter = (float(low + start - 1), float(low + end + 1))
            if gutter[1] - gutter[0] >= _MIN_GUTTER:
                left, right = _beside(spans, gutter)
                if min(left, right) >= _MIN_BESIDE:
                    off_centre = abs((gutter[0] + gutter[1]) / 2 - (x_min + x_max) / 2)
                    candidate = (left + right, -threshold, -off_centre, gutter)
                    best = candidate if best is None or candidate[:3] > best[:3] else best
    return best[3] if best is not None else None


def _crossings(spans: Sequence[list[Band]], low: int, high: int) -> list[int]:
    """For each x from ``low`` to ``high``, how many rows have text over it."""
    counts = [0] * (high - low + 1)
    for row in spans:
        hit: set[int] = set()
        for start, end in row:
            first, last = max(low, math.floor(start)), min(high, math.ceil(end))
            hit.update(range(first - low, last - low + 1))
        for index in hit:
            counts[index] += 1
    return counts


def _runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """First and last index of each stretch of True."""
    runs, run_start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and run_start is None:
            run_start = index
        elif not flag and run_start is not None:
            runs.append((run_start, index - 1))
            run_start = None
    return runs


def _beside(spans: Sequence[list[Band]], gutter: Band) -> tuple[int, int]:
    """How many rows not running across ``gutter`` have text on its left, and how many on its right.

    Rows, not pairs of lines: a column's paragraph spacing soon sets its lines between the other's.
    """
    clear = [row for row in spans if not any(start < gutter[1] and end > gutter[0] for start, end in row)]
    left = sum(any(end <= gutter[0] for _, end in row) for row in clear)
    right = sum(any(start >= gutter[1] for start, _ in row) for row in clear)
    return left, right


def _band_order(rows: list[Line], gutter: Band) -> list[tuple[Line, str]]:
    """A band's lines: the left column, then the right one, when the band is set in two columns."""
    parts = [split(row, gutter) for row in rows]
    left = [line for line, _ in parts if line is not None]
    right = [line for _, line in parts if line is not None]
    if _side_by_side(left, right, gutter):
        return [(line, "left") for line in left] + [(line, "right") for line in right]
    return [(row, "full") for row in rows]


def _side_by_side(left: list[Line], right: list[Line], gutter: Band) -> bool:
    """Whether two sides are columns of running text rather than a form's labels and values.

    Both sides hold a few lines, side by side (a balanced last page ends early on one side). Then either
    both sides have several words per line (a column of labels, "Density:", has not), or the gutter is a
    column layout's: narrow, in the middle of the text (columns share the width equally), with a left
    side that is not a list of labels ending in ":". A form's values start wherever its labels end.
    """
    if len(left) < 3 or len(right) < 3:
        return False
    shorter, longer = sorted((left, right), key=lambda side: side[-1].bottom - side[0].top)
    overlap = min(shorter[-1].bottom, longer[-1].bottom) - max(shorter[0].top, longer[0].top)
    if overlap < 0.5 * (shorter[-1].bottom - shorter[0].top):
        return False
    if all(statistics.median(len(line.words) for line in side) >= 3 for side in (left, right)):
        return True
    start, end = min(line.x0 for line in left), max(line.x1 for line in right)
    narrow = gutter[1] - gutter[0] <= _NARROW * (end - start)
    centred = abs((gutter[0] + gutter[1]) / 2 - (start + end) / 2) <= _CENTRED * (end - start)
    labels = sum(line.text.endswith(":") for line in left)
    return narrow and centred and 2 * labels < len(left)
