"""Right/left tables: two columns headed "Right breast" and "Left breast" (or "RIGHT" and "LEFT").

Read row by row, a line of the right breast's cell would run on into a line of the left breast's,
and the findings would lose their side. Each column is read as a block of its own, its header first,
so the side heading stands above that side's findings as in a report written out in text.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from readingscan.ingest.pdf.rows import Band, Line, covered, split, wrap_edge
from readingscan.rules import cue

__all__ = ["SideTable", "side_tables"]

# A header cell naming one side: "Right breast", "RIGHT", "Lt breast:", "Left side".
_SIDE = cue("side_table_header")
_MIN_SPLIT = 4.0  # points; the two cells' paddings leave at least this between their texts
# Gaps narrower than this are word spaces, even in justified text; a row filled across the split ends the table.
_SPACE_IN_TABLE = 0.5  # of the letter height
_CELL_GAP = 1.5  # letter heights: a wider gap within a row parts two cells; a paragraph in a cell has none


@dataclass(frozen=True, slots=True)
class SideTable:
    """Rows ``start`` (the header row) to ``end`` (exclusive) of a page, split at ``split``."""

    start: int
    end: int
    split: Band

    def blocks(self, rows: Sequence[Line]) -> list[list[tuple[Line, float | None]]]:
        """The left column's lines and the right column's, each headed by its header cell and each
        line with the right edge its column was wrapped at (wrap_edge)."""
        parts = [split(row, self.split) for row in rows[self.start : self.end]]
        sides = [[line for line, _ in parts if line is not None], [line for _, line in parts if line is not None]]
        return [[(line, wrap_edge(side)) for line in side] for side in sides]


def side_tables(rows: Sequence[Line]) -> list[SideTable]:
    """The page's right/left tables, top to bottom."""
    tables: list[SideTable] = []
    index = 0
    while index < len(rows):
        table = _table_at(rows, index)
        if table is None:
            index += 1
            continue
        tables.append(table)
        index = table.end
    return tables


def _table_at(rows: Sequence[Line], index: int) -> SideTable | None:
    """A right/left table whose header row is ``rows[index]``, if it is one.

    The table runs down while every row leaves a strip between the two headers empty and holds two
    cells at most, and ends at the first row running across it, at a row of three cells, or at a gap
    wider than the space between a table's rows.
    """
    height = statistics.median(float(w["bottom"] - w["top"]) for w in rows[index].words)
    space = _SPACE_IN_TABLE * height
    cells = covered(rows[index], space)
    if len(cells) != 2 or not _headers(rows[index], cells):
        return None
    clear = [(cells[0][1], cells[1][0])]
    end = index + 1
    while end < len(rows) and rows[end].top - rows[end - 1].bottom <= 1.5 * height:
        narrowed = _narrow(clear, covered(rows[end], space))
        # A third column (row labels, "Masses   Absent   Absent") makes another table: read row by row.
        if not narrowed or len(covered(rows[end], _CELL_GAP * height)) > 2:
            break
        clear, end = narrowed, end + 1
    if end == index + 1:
        return None
    return SideTable(index, end, max(clear, key=lambda band: band[1] - band[0]))


def _headers(row: Line, cells: list[Band]) -> bool:
    """Whether the row's two cells name the two sides, one each."""
    sides = set()
    for start, end in cells:
        text = " ".join(str(w["text"]) for w in row.words if start <= float(w["x0"]) and float(w["x1"]) <= end)
        match = _SIDE.fullmatch(text)
        if match is None:
            return False
        sides.add(match.group("right") is not None)
    return len(sides) == 2


def _narrow(clear: list[Band], spans: list[Band]) -> list[Band]:
    """The parts of the ``clear`` strips the row's ``spans`` leave empty, at least _MIN_SPLIT wide."""
    for start, end in spans:
        pieces: list[Band] = []
        for low, high in clear:
            pieces += [(low, min(high, start)), (max(low, end), high)] if start < high and end > low else [(low, high)]
        clear = [(low, high) for low, high in pieces if high - low >= _MIN_SPLIT]
    return clear
