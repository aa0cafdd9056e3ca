"""A PDF page's words -> its lines in reading order, with paragraph breaks.

Words sharing a baseline form a row (rows.py). A right/left table is read one side at a time
(sides.py); the rest of the page is read column by column where it is set in two columns
(columns.py). A clearly wider vertical gap marks a paragraph break, and so do a table's edges.
Each line keeps what wraps.py needs to tell a break forced by the width: the room left at its end
and the width of its first word.
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from typing import Any

from readingscan.ingest.pdf.columns import column_order
from readingscan.ingest.pdf.rows import Line, rows_of, word_space
from readingscan.ingest.pdf.sides import side_tables
from readingscan.ingest.pdf.wraps import PageLine

__all__ = ["page_lines", "reading_lines"]

_SPACE = 0.25  # of the letter height: the width of a space in common text fonts
_CELL_GAP = 1.5  # letter heights: a wider gap between two words of a line parts two cells of a table or form


def page_lines(page: Any) -> list[PageLine]:
    """The page's lines in reading order; "" marks a paragraph break (a wider vertical gap, a table's edge)."""
    words: list[dict[str, Any]] = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    return reading_lines(rows_of(words))


def reading_lines(rows: list[Line]) -> list[PageLine]:
    """A page's rows as lines in reading order, "" at paragraph breaks."""
    space = word_space(rows)
    pieces: list[list[tuple[Line, float | None]]] = []  # read one after the other, a paragraph break between them
    done = 0
    for table in side_tables(rows):
        pieces.append(column_order(rows[done : table.start], space))
        pieces += table.blocks(rows)
        done = table.end
    pieces.append(column_order(rows[done:], space))
    lines: list[PageLine] = []
    for piece in filter(None, pieces):
        lines += [PageLine("")] if lines else []
        lines += _with_paragraph_breaks(piece)
    return lines


def _page_line(line: Line, edge: float | None, previous: Line | None) -> PageLine:
    first = line.words[0]
    height = float(first["bottom"] - first["top"])
    advance = None if previous is None else line.top - previous.top
    # A row of cells ("Masses   Absent   Present") was never wrapped, nor does it carry on a sentence.
    if any(float(b["x0"]) - float(a["x1"]) > _CELL_GAP * height for a, b in itertools.pairwise(line.words)):
        return PageLine(line.text, None, None, height, advance)
    lead = float(first["x1"] - first["x0"]) + _SPACE * height
    room = None if edge is None or line.x1 > edge + 1 else edge - line.x1  # a line past the edge is not the column's
    return PageLine(line.text, room, lead, height, advance)


def _with_paragraph_breaks(lines: Sequence[tuple[Line, float | None]]) -> list[PageLine]:
    """The lines, with "" where the gap down to the next line is clearly wider than usual."""
    steps = [b.top - a.top for (a, _), (b, _) in itertools.pairwise(lines) if b.top > a.top]
    pitch = statistics.median(steps) if steps else 0.0
    out: list[PageLine] = []
    for previous, (line, edge) in zip([None, *lines], lines, strict=False):
        if previous is not None and pitch and line.top - previous[0].top > 1.6 * pitch:
            out.append(PageLine(""))
        out.append(_page_line(line, edge, previous[0] if previous else None))
    return out
