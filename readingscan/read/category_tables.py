"""A category mention as written, and the categories of tables: pipe tables and comma-separated exports.

Forms: a category row under a header of sides ("| | Right | Left |" over "| BI-RADS | 2 | 2 |"); a category
column in rows that name their side ("| Side | ... | BI-RADS |" over "| R | ... | 3 |", a dataset export
"date,side,birads,finding" over "2025-06-11,R,2,benign calcs"); rows that name their side under a header whose
columns are times ("Category | Previous (2024) | Current" over "Right | 3 | 2": the earlier column's value is an
earlier exam's); a ditto mark ('"', "do") under a value repeats it; a fixed-width block under a header of sides alone, its row labelled by a marker ("      RIGHT
LEFT" over "Density   C   C" over "BI-RADS   1   3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from readingscan.model import Breast, Category, Span
from readingscan.rules import cue, word_map

_MARKER = cue("category_marker")
_BARE = cue("bare_category")
_MENTION = cue("category_mention")
_FINAL_LABEL = cue("final_row_label")
_DITTO = cue("ditto_mark")
_TABLE_SIDE = cue("side_table_header")
_SIDE_OPENING = cue("table_side_cell_opening")
_QUALIFIED_MARKER = re.compile(r"(?:[^\W\d_]+[ \t]+){1,2}(?:" + _MARKER.pattern + ")", re.IGNORECASE)
_DENSITY_COLUMN = cue("density_column")
_EARLIER_COLUMN = cue("previous_before")
_CURRENT_COLUMN = cue("current_label")
_ROMAN = word_map("category_roman")
_PAIR_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
# A table cell, trimmed, between pipes or, in an export, between commas.
_CELLS = {delimiter: re.compile(rf"(?:^|(?<={re.escape(delimiter)}))[ \t]*(?P<cell>[^{re.escape(delimiter)}\n]*?)[ \t]*"
                                rf"(?={re.escape(delimiter)}|$)", re.MULTILINE) for delimiter in "|,"}
# A fixed-width table (a paste of aligned columns): cells between gaps of two or more spaces or a tab.
_GAP = "  "
_CELLS[_GAP] = re.compile(r"(?:^[ \t]*|(?<=[ \t][ \t])|(?<=\t))(?P<cell>[^ \t\n](?:[^\n]*?[^ \t\n])??)(?=[ \t][ \t]|\t|[ \t]*$)",
                          re.MULTILINE)
_LINE = re.compile(r"[^\n]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FIXED_CELLS = 3  # a fixed-width header or row has at least this many cells
_HEADER_ROWS = 4  # a block of sides' columns holds its category row within a few rows, or by its blank line


@dataclass(frozen=True, slots=True)
class CategoryMention:
    """One category as written. ``side``: a side written as part of the mention (a row, a list, "2 on the
    left"); ``range_of``: the other end of a range; ``marker``: written with "BI-RADS"/"Category"."""

    category: Category
    span: Span
    side: Breast | None = None
    range_of: Category | None = None
    marker: bool = True
    order: int | None = None  # place in a list given "respectively": the n-th side named before it
    earlier: bool = False  # the first value of a change ("BI-RADS 3→2"), a table's earlier column: an earlier exam's
    today: bool = False  # a table's latest year row, whatever its row label says: today's


def category_of(number: str, sub: str | None) -> Category | None:
    """The Category for a written value ("4", "b" -> 4B; "iv" -> 4); None for what is not one."""
    value, letter = _ROMAN.get(number.lower(), number), (sub or "").upper()
    try:
        return Category(value + letter if value == "4" and letter else value)
    except ValueError:
        return None


def span_of(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``."""
    return Span(start, end, text[start:end])


def _delimiter(row: str, current: str | None) -> str | None:
    """A pipe row; or an export's row: commas in a block whose header names the category column; or a fixed-width
    row: cells between wide gaps in a block whose header has a category column ("No  Side  ...  BI-RADS")."""
    if row.count("|") >= 2:
        return "|"
    if row.count(",") >= 2 and (current == "," or any(_MARKER.fullmatch(cell.strip()) for cell in row.split(","))):
        return ","
    cells = [c.group("cell") for c in _CELLS[_GAP].finditer(row)]
    if len(cells) >= _FIXED_CELLS and (current == _GAP or any(_MARKER.fullmatch(cell) for cell in cells)):
        return _GAP
    return None


def read_tables(text: str) -> list[CategoryMention]:
    """The categories of every table (see the module docstring)."""
    found: list[CategoryMention] = []
    columns: dict[int, Breast] = {}
    marker_at: int | None = None
    earlier: set[int] = set()
    above: dict[int, Category] = {}  # the last row's values by column: a ditto mark under one repeats it
    delimiter: str | None = None
    lines = list(_LINE.finditer(text))
    for line in lines:
        if delimiter == _GAP and line.group()[:1] in " \t" and _delimiter(line.group(), _GAP) is None:
            continue  # a cell's text wrapped onto an indented line of its own
        delimiter = _delimiter(line.group(), delimiter)
        if delimiter is None and line.group().count("+") < 2:
            columns, marker_at, earlier, above = {}, None, set(), {}
        if delimiter is None or not line.group().strip(" \t|-+=:"):  # no row, or a rule ("---+---")
            continue
        cells = list(_CELLS[delimiter].finditer(text, line.start(), line.end()))
        # A side cell: the side alone ("Right", "Lt breast:"), or opening a place ("Right, 11 o'clock").
        sides = [_PAIR_SIDES.get(c.group("cell").lower()) or ((Breast.RIGHT if m.group("right") else Breast.LEFT)
                 if (m := _TABLE_SIDE.fullmatch(c.group("cell")) or _SIDE_OPENING.match(c.group("cell"))) else None)
                 for c in cells]
        values = {i: CategoryMention(category, span_of(text, c.start("cell"), c.end("cell")), marker=False)
                  for i, c in enumerate(cells) if ((value := _BARE.fullmatch(c.group("cell")))
                  and (category := category_of(value.group("num"), value.group("sub"))))
                  or (_DITTO.fullmatch(c.group("cell")) and (category := above.get(i)))}  # '"' repeats the cell above
        above = {i: value.category for i, value in values.items()}
        marker = [i for i, c in enumerate(cells) if _MARKER.fullmatch(c.group("cell")) or _marker_column(c.group("cell"))]
        named = [side for side in sides if side]
        if not values:  # a header: the columns of the sides, the column of the categories, the earlier columns
            columns = {i: side for i, side in enumerate(sides) if side} or columns
            marker_at = marker[0] if marker else marker_at
            earlier = {i for i, c in enumerate(cells) if _EARLIER_COLUMN.search(c.group("cell"))
                       and not _CURRENT_COLUMN.search(c.group("cell"))} or earlier
        elif marker and columns:
            found += [replace(values[i], side=side) for i, side in columns.items() if i in values]
        elif marker_at in values:
            found.append(replace(values[marker_at], side=named[0] if len(named) == 1 else None))
        elif marker_at is not None and earlier and len(named) == 1:  # the header's marker names the sides' column
            found += [replace(value, side=named[0], earlier=i in earlier) for i, value in values.items()]
    return found + _year_rows(text, lines) + _side_columns(text, lines)


def _marker_column(cell: str) -> bool:
    """A column header naming the category after a word or two ("Reader BI-RADS", "Final BI-RADS"): not an earlier
    exam's column ("Prior BI-RADS") nor the density's."""
    return _QUALIFIED_MARKER.fullmatch(cell) is not None and not _EARLIER_COLUMN.search(cell) \
        and not _DENSITY_COLUMN.search(cell)


def row_cells(text: str, start: int, end: int, piped: bool = False) -> list[re.Match[str]]:
    """A row's cells between wide gaps, or (``piped``) between pipes, the outer pipes' empty cells left out."""
    cells = list(_CELLS["|" if piped else _GAP].finditer(text, start, end))
    row = text[start:end].strip()
    return cells[row.startswith("|"):len(cells) - row.endswith("|")] if piped else cells


def side_header(row: str, piped: bool = False) -> list[Breast] | None:
    """The sides a fixed-width header (or, ``piped``, a pipe-parted one: "Right | Left") names, each once, when it names
    nothing else ("      RIGHT   LEFT") but a corner cell over the rows' labels ("Assessment      Right    Left")."""
    sides = [_PAIR_SIDES.get(c.group("cell").lower()) or ((Breast.RIGHT if m.group("right") else Breast.LEFT)
             if (m := _TABLE_SIDE.fullmatch(c.group("cell"))) else None) for c in row_cells(row, 0, len(row), piped)]
    sides = sides[1:] if len(sides) > 2 and sides[0] is None and row[:1].strip() else sides
    named = [side for side in sides if side is not None]
    return named if len(named) >= 2 and len(named) == len(sides) and len(set(named)) == len(named) else None


def _side_columns(text: str, lines: list[re.Match[str]]) -> list[CategoryMention]:
    """A fixed-width block under a header of sides alone, its category row labelled by a marker, maybe below other
    rows ("      RIGHT   LEFT" over "Density   C   C" over "BI-RADS   1   3"), or rows per modality whose cells carry
    their marker ("MMG   BI-RADS 1   BI-RADS 2"): each row's values in the sides' order. A row labelled final or
    overall ("Final   3   2") is the breasts' categories; the modality rows above it give way to it."""
    found: list[CategoryMention] = []
    for at, line in enumerate(lines):
        sides = side_header(line.group())
        if sides is None:
            continue
        rows: list[tuple[str, list[CategoryMention]]] = []
        for row in _block(text, lines, at):
            cells = list(_CELLS[_GAP].finditer(text, row.start(), row.end()))
            label, kind = cells[0].group("cell") if cells else "", None
            values = [_BARE.fullmatch(c.group("cell")) or _MENTION.fullmatch(c.group("cell")) for c in cells[1:]]
            read = [category_of(v.group("num"), v.group("sub")) if v else None for v in values]
            if len(cells) != len(sides) + 1 or None in read:
                continue
            kind = "final" if _FINAL_LABEL.fullmatch(label) else "marker" if _MARKER.fullmatch(label) \
                else "modality" if all(v and v.re is _MENTION for v in values) else None
            if kind is not None:
                rows.append((kind, [CategoryMention(category, span_of(text, cells[0].start() if i == 0 and kind == "marker"
                                                                      else c.start(), c.end()), side=side, marker=False)
                                    for i, (c, category, side) in enumerate(zip(cells[1:], read, sides, strict=True))
                                    if category]))
            if kind == "marker":
                break
        kinds = [kind for kind, _ in rows]
        chosen = "final" if "final" in kinds else "marker" if "marker" in kinds else "modality"
        # The final row's values stand; the modality rows' are read as not today's (a final row replaces them).
        found += [replace(m, earlier=kind != chosen) for kind, mentions in rows for m in mentions]
    return found


def _block(text: str, lines: list[re.Match[str]], at: int) -> list[re.Match[str]]:
    """The rows under a header of sides up to a blank line, however many ("Parenchyma ..." to "BI-RADS   1   4B"): a
    side-by-side layout's rows, its category row often last; a few rows at least."""
    rows = lines[at + 1:]
    end = next((i for i in range(1, len(rows)) if "\n\n" in text[rows[i - 1].end():rows[i].start() + 1]), len(rows))
    return rows[:max(end, _HEADER_ROWS)]


def _year_rows(text: str, lines: list[re.Match[str]]) -> list[CategoryMention]:
    """A fixed-width table of one row per exam year under a header of sides, below a category marker or with one
    ("BI-RADS:" over "      Right   Left" over "2024   1   3" and "2026   1   2"): the latest year's row is today's,
    the rows before it earlier exams'."""
    found: list[CategoryMention] = []
    for at, line in enumerate(lines):
        sides = side_header(line.group())
        above = lines[at - 1].group() if at else ""
        if sides is None or not _MARKER.search(above + line.group()):
            continue
        rows: list[tuple[int, list[CategoryMention]]] = []
        for row in lines[at + 1:]:
            found_cells = list(_CELLS[_GAP].finditer(text, row.start(), row.end()))
            year, values = (found_cells[0].group("cell"), found_cells[1:]) if found_cells else ("", [])
            read = [(c, _BARE.fullmatch(c.group("cell"))) for c in values]
            if not (_YEAR.fullmatch(year) and len(read) == len(sides) and all(v for _, v in read)):
                break
            rows.append((int(year), [CategoryMention(category, span_of(text, c.start("cell"), c.end("cell")), side=side,
                                                     marker=False) for (c, v), side in zip(read, sides, strict=True)
                                     if v and (category := category_of(v.group("num"), v.group("sub")))]))
        latest = max((year for year, _ in rows), default=None)
        found += [replace(m, earlier=year != latest, today=year == latest) for year, mentions in rows for m in mentions]
    return found


def earlier_column_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a pipe table's columns of an earlier exam, whatever they hold: a header naming an earlier time
    ("Prior", "Category 2024") beside one naming today or a later year ("Category today", "Category 2026"). A category
    written in such a cell ("BI-RADS 3") is that exam's."""
    cells: list[tuple[int, int]] = []
    earlier: set[int] = set()
    for line in _LINE.finditer(text):
        if line.group().count("|") < 2:
            earlier = set()
            continue
        row = list(_CELLS["|"].finditer(text, line.start(), line.end()))
        heads = [c.group("cell") for c in row]
        years = {i: int(y.group()) for i, h in enumerate(heads) if (y := _YEAR.search(h)) and _MARKER.search(h)}
        today = [i for i, h in enumerate(heads) if _CURRENT_COLUMN.search(h) and _MARKER.search(h)]
        if today or len(years) > 1:  # a header row: the earlier columns are those before today's or the latest year
            latest = max(years.values(), default=0)
            earlier = {i for i, h in enumerate(heads) if (_EARLIER_COLUMN.search(h) or (i in years and (
                today or years[i] < latest))) and i not in today}
            continue
        cells += [(c.start("cell"), c.end("cell")) for i, c in enumerate(row) if i in earlier]
    return cells
