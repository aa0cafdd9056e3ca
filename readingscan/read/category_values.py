"""Category values read without a marker's own list: two sides and two values parted by slashes ("R/L BI-RADS
2/4A", "BIRADS 1/2 (R/L)"), and a bare value opening an assessment or following an overall label ("ASSESSMENT: 4C",
"Final: 4A"); the bracketed twin of a list in foreign side letters ("BI-RADS D-2 / S-4A (right 2 / left 4A)"); two sides
named after a marker, then their values in the same order ("BI-RADS for the right and left breasts are 5 and 1"); a
row of values alone under a header of sides alone under a marker line ("BI-RADS" over "Right | Left" over "4B | 1");
under a header of sides alone, a row of the marker and exactly as many values, also with its column gaps collapsed to
single spaces (a PDF writer's: "R L" over "BI-RADS 4B 2")."""

from __future__ import annotations

import re

from readingscan.model import Breast, Category, Section, SectionKind, blanks_end
from readingscan.read.category_tables import CategoryMention, category_of, row_cells, side_header, span_of
from readingscan.rules import cue, word_map

_BARE = cue("bare_category")
_OVERALL_LABEL = cue("overall_label_value")
_PAIR_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_ROW_SECTIONS = (SectionKind.ASSESSMENT, SectionKind.IMPRESSION)
_SLASH_PAIRS = (cue("slash_pairs"), cue("slash_pairs_after"))
_SIDES_THEN_VALUES = cue("sides_then_values")
_MARKER = cue("category_marker")
_LINE = re.compile(r"[^\n]+")
_CELL = re.compile(r"[^\s:|]+")  # a value in a row whose column gaps are single spaces (after the marker, maybe a colon)
_HEADER_REACH = 12  # the rows of a form under its header of sides
_RULE = re.compile(r"[ \t|:=+-]*")  # a table's rule under its header ("---|---")
# Both slash-pair forms hold two values parted by a slash ("2/4A"), never a date's ("12/03/2026"): a text without
# one is not searched with them (their side alternations are slow to try at every position).
_SLASHED_VALUES = re.compile(r"(?<![\d/])[0-6](?:\s?[abc])?\s*/\s*[0-6](?:\s?[abc])?(?![\d/])", re.IGNORECASE)
# A list whose sides are another language's letters ("D-2 / S-4A": dextra, sinistra; dreapta, stanga), with its twin
# in brackets after it ("(right 2 / left 4A)"): letters and values parted by slashes or commas, then the bracket.
_FOREIGN_PAIR = r"[^\W\d_]{1,3}\.?[ \t]*[-:=]?[ \t]*[0-6](?:[ \t]?[abc])?(?!\w)"
_FOREIGN_LIST = re.compile(r"[ \t]*" + _FOREIGN_PAIR + r"(?:[ \t]*[/,;][ \t]*" + _FOREIGN_PAIR + r"){1,2}[ \t]*\(", re.I)
_FOREIGN_VALUE = re.compile(r"(?P<num>[0-6])(?:[ \t]?(?P<sub>[abc]))?(?!\w)", re.I)


def slashed_pairs(text: str) -> list[CategoryMention]:
    """"R/L BI-RADS 2/4A": two sides, then their values in the same order; "BIRADS 1/2 (R/L)": the values first."""
    found: list[CategoryMention] = []
    if not _SLASHED_VALUES.search(text):
        return found
    for m in (m for pattern in _SLASH_PAIRS for m in pattern.finditer(text)):
        first, second = category_of(m.group("num"), m.group("sub")), category_of(m.group("num2"), m.group("sub2"))
        if first is not None and second is not None:
            found += [CategoryMention(first, span_of(text, m.start(), m.end("sub") if m.group("sub") else m.end("num")),
                                      _PAIR_SIDES.get(m.group("side").lower())),
                      CategoryMention(second, span_of(text, m.start("num2"), m.end()), _PAIR_SIDES.get(m.group("side2").lower()))]
    return found


def sides_then_values(text: str, position: int, line_end: int) -> list[CategoryMention]:
    """Two sides named just after a marker, then their values in the same order: "BI-RADS for the right and left
    breasts are 5 and 1 respectively" gives the right 5 and the left 1; nothing when no such list starts there."""
    found = _SIDES_THEN_VALUES.match(text, position, line_end)
    if found is None:
        return []
    values = [(category_of(found.group(num), found.group(sub)), found.span(num)[0], found.end(sub) if found.group(sub)
               else found.end(num), _PAIR_SIDES.get(found.group(side).lower())) for num, sub, side in
              (("num", "sub", "side"), ("num2", "sub2", "side2"))]
    if any(category is None or side is None for category, _, _, side in values) or values[0][3] is values[1][3]:
        return []
    return [CategoryMention(category, span_of(text, start, end), side, marker=False)
            for category, start, end, side in values if category is not None]


def value_rows(text: str) -> list[CategoryMention]:
    """A row of values alone under a header of sides alone (pipe-parted or in wide gaps), the header just under a line
    naming the category ("BI-RADS" over "Right | Left" over "4B    | 1"): each value is its column's side's."""
    found: list[CategoryMention] = []
    lines = [line for line in _LINE.finditer(text) if not _RULE.fullmatch(line.group())]
    for above, header, row in zip(lines, lines[1:], lines[2:], strict=False):
        piped = "|" in header.group()
        sides = side_header(header.group(), piped) if _MARKER.search(above.group()) else None
        cells = row_cells(text, row.start(), row.end(), piped) if sides else []
        values = [(c, _BARE.fullmatch(c.group("cell"))) for c in cells]
        if sides and len(values) == len(sides) and all(v for _, v in values):
            found += [CategoryMention(category, span_of(text, c.start("cell"), c.end("cell")), side, marker=False)
                      for (c, v), side in zip(values, sides, strict=True) if v and (category := category_of(v.group("num"), v.group("sub")))]
    return found + _marker_rows(text, lines)


def _marker_rows(text: str, lines: list[re.Match[str]]) -> list[CategoryMention]:
    """Under a header of two sides or more alone ("R L", "Right   Left"), up to a blank line or a few lines on, a row
    of the marker and exactly as many values, one a side ("BI-RADS 4B 2"): each value is its column's side's. Only
    values: a free-text cell may hold spaces, so a row of words cannot be split into its columns."""
    found: list[CategoryMention] = []
    for i, header in enumerate(lines):
        sides = [_PAIR_SIDES.get(word.lower()) for word in header.group().split()]
        if len(sides) < 2 or None in sides or len(set(sides)) < len(sides):
            continue
        for row in lines[i + 1:i + 1 + _HEADER_REACH]:
            if "\n\n" in text[header.end():row.start()]:
                break
            marker = _MARKER.match(text, row.start() + len(row.group()) - len(row.group().lstrip()))
            cells = list(_CELL.finditer(text, marker.end(), row.end())) if marker else []
            values = [category_of(v.group("num"), v.group("sub")) if (v := _BARE.fullmatch(c.group())) else None for c in cells]
            if marker and len(values) == len(sides) and None not in values and not text[row.end() - 1].isspace():
                # The first value's span opens with the marker: it is not read again as the marker's own value.
                found += [CategoryMention(category, span_of(text, marker.start() if n == 0 else c.start(), c.end()), side,
                                          marker=n == 0)
                          for n, (c, category, side) in enumerate(zip(cells, values, sides, strict=True)) if category is not None]
                break
    return found


def foreign_twin(text: str, position: int, line_end: int) -> tuple[int, list[Category]] | None:
    """Where the bracketed twin of a list in foreign side letters opens, and the list's values in order: "D-2 / S-4A
    (right 2 / left 4A)" gives the bracket's inside and [2, 4A]; None when no such list starts at ``position``."""
    found = _FOREIGN_LIST.match(text, position, line_end)
    if found is None:
        return None
    values = [category_of(v.group("num"), v.group("sub")) for v in _FOREIGN_VALUE.finditer(text, found.start(), found.end())]
    return found.end(), [v for v in values if v is not None]


def bare_values(text: str, sections: tuple[Section, ...], taken: set[int]) -> list[CategoryMention]:
    """A value opening an assessment section ("ASSESSMENT: 4C"), or after an overall label in an assessment
    or impression ("Final: 4A")."""
    found = []
    for section in sections:
        if section.kind in _ROW_SECTIONS:
            for label in _OVERALL_LABEL.finditer(text, section.body.start, section.body.end):
                category = category_of(label.group("num"), label.group("sub"))
                if category is not None and label.start("num") not in taken:
                    found.append(CategoryMention(category, span_of(text, label.start("num"), label.end()), marker=False))
        if section.kind is SectionKind.ASSESSMENT:
            bare = _BARE.match(text, blanks_end(text, section.body.start), section.body.end)  # "ASSESSMENT:\n3 - Probably benign."
            category = category_of(bare.group("num"), bare.group("sub")) if bare else None
            if bare and category is not None and bare.start("num") not in taken:
                found.append(CategoryMention(category, span_of(text, bare.start("num"), bare.end()), marker=False))
    return found
