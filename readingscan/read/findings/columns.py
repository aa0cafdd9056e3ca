"""The columns of a pipe table (or one aligned by spaces): what its header says a cell is ("| FN | Size |": a
distance, a size; "| Baseline | Current |": the lesion as it was, as it is today)."""

from __future__ import annotations

from readingscan.read.findings.cell_words import cell_mentions
from readingscan.read.findings.column_values import RULE_LINE, aligned_title
from readingscan.read.lexicon import Mention
from readingscan.rules import cue

_SIZE_COLUMN = cue("size_column")
_EARLIER_COLUMN = cue("earlier_column")
_CURRENT_COLUMN = cue("current_label")


def column_header(text: str, offset: int) -> str | None:
    """The header of the pipe table column ``offset`` lies in ("Size", "FN"): the cell at the same place in the
    first line of its block of pipe lines (rule lines "---+---" between); None outside such a table."""
    cells, index = _header_cells(text, offset)
    return cells[index] if index < len(cells) else None


def _header_cells(text: str, offset: int) -> tuple[list[str], int]:
    """The cells of the header over ``offset`` and the index of its column; ([], 0) outside a pipe table."""
    start = text.rfind("\n", 0, offset) + 1
    if "|" not in text[start:offset]:
        return [], 0
    index, header = text.count("|", start, offset), None
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start - 1]
        if "|" not in line and not RULE_LINE.fullmatch(line):
            break
        header, start = (line if "|" in line and not RULE_LINE.fullmatch(line) else header), above
    return (header.split("|") if header else []), index


def measures_lesion(text: str, offset: int) -> bool:
    """Whether a size at ``offset`` can be the lesion's: not in a pipe table column headed by another measure
    ("| FN | Size |" over "| 4cm | 9 mm |": 4 cm from the nipple), nor in an earlier exam's column (today_only)."""
    cells, index = _header_cells(text, offset)
    header = cells[index] if index < len(cells) else None
    aligned = aligned_title(text, offset) if not cells else None  # "1  R  1:00  5 cm  6 mm" under "#  Side  Clock  FN  Size"
    if aligned is not None and aligned[1]:
        header = aligned[0]
    return not _earlier(cells, index) and (header is None or bool(_SIZE_COLUMN.search(header)))


def today_only(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions as a table's columns say them: with the bare cells their column reads ("Fast" under "Initial
    phase", cell_words.py), less those in an earlier exam's column of a table whose header also has today's ("|
    Lesion | Baseline | Current |": the baseline cell's shape, enhancement and lesions since gone are not today's; the
    row's label and today's cell are read). Without a column of today, "initial" or "prior" may name something else
    ("Kinetics (initial / delayed)", an "Initial phase" column)."""
    return tuple(m for m in cell_mentions(text, mentions) if not _earlier(*_header_cells(text, m.span.start)))


def _earlier(cells: list[str], index: int) -> bool:
    return index < len(cells) and bool(_EARLIER_COLUMN.search(cells[index])) \
        and not _CURRENT_COLUMN.search(cells[index]) and any(_CURRENT_COLUMN.search(cell) for cell in cells)
