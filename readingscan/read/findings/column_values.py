"""The descriptors a lesion table's cells give by their column: a spreadsheet pasted as text writes a bare value
under a header that names the descriptor, not the descriptor itself.

    No.  Side   Posterior     Vascularity   Elastography
    1    Right  Enhancement   Nil           Soft (2)

gives row 1 posterior enhancement, vascularity absent and a soft elasticity: words that alone name nothing
("Nil") or something else ("Enhancement", an MRI lesion's). A cell is read when, bracketed notes and scores
("(2)") left out, it is one of that descriptor's values ("Not parallel": not_parallel) or says the feature is not
there ("Nil", "None": absent vascularity, no posterior features); "-" and anything else give nothing. Cells are
split by tabs or by "|", the header being the nearest line above the row split the same way that is no row.
"""

from __future__ import annotations

import re

from readingscan.model.descriptors import (
    Descriptor,
    EchoPattern,
    Elasticity,
    InternalEnhancement,
    KineticsDelayed,
    KineticsInitial,
    Margin,
    MassDensity,
    Orientation,
    PosteriorFeatures,
    Shape,
    Vascularity,
)
from readingscan.read.locations import clock_of
from readingscan.rules import cue, word_map, words

_COLUMNS = word_map("descriptor_columns")
_NOT_THERE_WORDS = frozenset(words("descriptor_cell_none"))
_SHORT = word_map("descriptor_cell_short")  # a worksheet's shorthand value ("irreg", "circ")
_VALUES: dict[str, frozenset[str]] = {
    Descriptor.SHAPE: frozenset(Shape), Descriptor.MARGIN: frozenset(Margin),
    Descriptor.ORIENTATION: frozenset(Orientation), Descriptor.ECHO_PATTERN: frozenset(EchoPattern),
    Descriptor.POSTERIOR_FEATURES: frozenset(PosteriorFeatures), Descriptor.VASCULARITY: frozenset(Vascularity),
    Descriptor.ELASTICITY: frozenset(Elasticity), Descriptor.MASS_DENSITY: frozenset(MassDensity),
    Descriptor.INTERNAL_ENHANCEMENT: frozenset(InternalEnhancement),
    Descriptor.KINETICS_INITIAL: frozenset(KineticsInitial), Descriptor.KINETICS_DELAYED: frozenset(KineticsDelayed),
}
_NOT_THERE: dict[str, str] = {
    Descriptor.POSTERIOR_FEATURES: PosteriorFeatures.NONE.value, Descriptor.VASCULARITY: Vascularity.ABSENT.value,
}
_NOTE = re.compile(r"\([^)]*\)|\d+(?:\.\d+)?|[.,;:]")  # "Soft (2)", "Score 3", a stray full stop
_FIELD = re.compile(r"(?P<name>[A-Za-z][A-Za-z .]{0,30}?)[ \t]*:[ \t]*(?P<value>[^:|;/\n]+?)(?=[ \t]{2,}|[ \t]*[|;/\n]|[ \t]*$)",
                    re.MULTILINE)
_ROW = re.compile(r"[ \t|]*#?\d{1,2}\b")  # a numbered row, not a header
RULE_LINE = re.compile(r"[\s|+:=_-]*-[\s|+:=_-]*")  # "|---|---|", "----+----": no row
_SIZE_COLUMN = cue("size_column")
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a table aligned by gaps of two spaces or more
_HOUR = re.compile(r"(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?(?:h|\s*o'?clock)?", re.IGNORECASE)
_CLOCK_TITLE = cue("clock_column")


def column_descriptors(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    """(descriptor, value) for each cell of the row's first line (start to its end) whose column header names a
    descriptor and whose text is one of its values; () for a row whose cells no header lines up with."""
    return tuple(found for title, cell in column_cells(text, start, end) for found in read_cell(title, cell))


def column_clock(text: str, start: int, end: int) -> str | None:
    """The clock face of a bare hour under a clock column ("Clock" over "11"): "11:00"; None without one."""
    for title, cell in column_cells(text, start, end):
        hour = _HOUR.fullmatch(cell.strip())
        if hour and _CLOCK_TITLE.fullmatch(title.strip()):
            return clock_of(hour)
    return None


def column_cells(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(header, cell) for each cell of the row's first line: cells split by tabs or "|" under a header split the
    same way, or (a table aligned by spaces) each cell under the header word starting nearest to it."""
    line_end = text.find("\n", start, end)
    line = text[start:end if line_end < 0 else line_end]
    sep = "\t" if "\t" in line else "|" if "|" in line else None
    if sep is not None:
        header = _header(text, start, sep)
        return list(zip(header.split(sep), line.split(sep), strict=False)) if header is not None else []
    header = _aligned_header(text, start)
    if header is None:
        return []
    titles = [(m.start(), m.group()) for m in _ALIGNED_CELL.finditer(header)]
    return [(_nearest(titles, cell.start()), cell.group()) for cell in _ALIGNED_CELL.finditer(line)]


def field_descriptors(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    """(descriptor, value) for each "field: value" of a worksheet's lesion block ("post: enhancement    color:
    none"), fields split by a gap of two spaces or more, by "|", ";" or "/", read as a column and its cell."""
    found = []
    for field in _FIELD.finditer(text, start, end):
        found += read_cell(field.group("name"), field.group("value"))
    return tuple(found)


def read_cell(title: str, cell: str) -> list[tuple[str, str]]:
    key = _COLUMNS.get(" ".join(_NOTE.sub(" ", title).lower().split()))
    if key is None:
        return []
    said = " ".join(_NOTE.sub(" ", cell).lower().split())
    # The word itself first: "intermediate" is an elasticity's value, and under a kinetics column a medium one.
    for value in (said.replace(" ", "_").replace("-", "_"), _SHORT.get(said, "").replace(" ", "_").replace("-", "_")):
        if value in _VALUES[key]:
            return [(key, value)]
    return [(key, _NOT_THERE[key])] if said in _NOT_THERE_WORDS and key in _NOT_THERE else []


def _header(text: str, start: int, sep: str) -> str | None:
    """The nearest line above ``start`` split by ``sep`` that is no numbered row, over lines that all are split
    so (the rows and their continuations); None when a line split otherwise comes first."""
    pos = start
    while pos > 0:
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above:pos - 1]
        if sep not in line:
            return None
        if not _ROW.match(line) and not RULE_LINE.fullmatch(line):  # "|---|---|" under the header is none
            return line
        pos = above
    return None


def aligned_title(text: str, offset: int) -> tuple[str, bool] | None:
    """In a numbered row of a table aligned by spaces, the header word over ``offset`` (the one starting nearest to
    it) and whether the header has a size column; None outside such a table."""
    line_start = text.rfind("\n", 0, offset) + 1
    header = _aligned_header(text, line_start)
    if header is None:
        return None
    titles = [(m.start(), m.group()) for m in _ALIGNED_CELL.finditer(header)]
    return _nearest(titles, offset - line_start), any(_SIZE_COLUMN.search(t) for _, t in titles)


def _nearest(titles: list[tuple[int, str]], column: int) -> str:
    """The header word (its column, its text) starting nearest to ``column``: a cell aligned by spaces is under it."""
    return min(titles, key=lambda t: abs(t[0] - column))[1]


def _aligned_header(text: str, start: int) -> str | None:
    """The line over a numbered row aligned by spaces ("No.  Side  Location"), over the numbered rows above it."""
    pos = start
    while pos > 0:
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above:pos - 1]
        if "  " not in line.strip():
            return None
        if not _ROW.match(line):
            return line
        pos = above
    return None
