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
    Margin,
    Orientation,
    PosteriorFeatures,
    Shape,
    Vascularity,
)
from readingscan.rules import word_map, words

_COLUMNS = word_map("descriptor_columns")
_NOT_THERE_WORDS = frozenset(words("descriptor_cell_none"))
_VALUES: dict[str, frozenset[str]] = {
    Descriptor.SHAPE: frozenset(Shape), Descriptor.MARGIN: frozenset(Margin),
    Descriptor.ORIENTATION: frozenset(Orientation), Descriptor.ECHO_PATTERN: frozenset(EchoPattern),
    Descriptor.POSTERIOR_FEATURES: frozenset(PosteriorFeatures), Descriptor.VASCULARITY: frozenset(Vascularity),
    Descriptor.ELASTICITY: frozenset(Elasticity),
}
_NOT_THERE: dict[str, str] = {
    Descriptor.POSTERIOR_FEATURES: PosteriorFeatures.NONE.value, Descriptor.VASCULARITY: Vascularity.ABSENT.value,
}
_NOTE = re.compile(r"\([^)]*\)|\d+(?:\.\d+)?|[.,;:]")  # "Soft (2)", "Score 3", a stray full stop
_FIELD = re.compile(r"(?P<name>[A-Za-z][A-Za-z .]{0,30}?)[ \t]*:[ \t]*(?P<value>[^:|;/\n]+?)(?=[ \t]{2,}|[ \t]*[|;/\n]|[ \t]*$)",
                    re.MULTILINE)
_ROW = re.compile(r"[ \t|]*#?\d{1,2}\b")  # a numbered row, not a header


def column_descriptors(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    """(descriptor, value) for each cell of the row's first line (start to its end) whose column header names a
    descriptor and whose text is one of its values; () for a row that is not split by tabs or "|"."""
    line_end = text.find("\n", start, end)
    line = text[start:end if line_end < 0 else line_end]
    sep = "\t" if "\t" in line else "|" if "|" in line else None
    header = _header(text, start, sep) if sep else None
    if sep is None or header is None:
        return ()
    return tuple(found for title, cell in zip(header.split(sep), line.split(sep), strict=False)
                 for found in _read_cell(title, cell))


def field_descriptors(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    """(descriptor, value) for each "field: value" of a worksheet's lesion block ("post: enhancement    color:
    none"), fields split by a gap of two spaces or more, by "|", ";" or "/", read as a column and its cell."""
    found = []
    for field in _FIELD.finditer(text, start, end):
        found += _read_cell(field.group("name"), field.group("value"))
    return tuple(found)


def _read_cell(title: str, cell: str) -> list[tuple[str, str]]:
    key = _COLUMNS.get(" ".join(_NOTE.sub(" ", title).lower().split()))
    if key is None:
        return []
    said = " ".join(_NOTE.sub(" ", cell).lower().split())
    value = said.replace(" ", "_").replace("-", "_")
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
        if not _ROW.match(line):
            return line
        pos = above
    return None
