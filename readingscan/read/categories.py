"""Every BI-RADS category a report writes, as written: a mention with its value and any side written with it
(today's or not, asserted or not, and its breast are decided in assessment.py). Forms (words in rules/cues.yaml):
a marker and a value ("BI-RADS 4B", "Category 4: Suspicious", "BIRADS IV", ranges "3-4", "4B-C"); a marker or an
overall label and sides with values ("BI-RADS R: 1 / L: 4A", "Final: R 4B / L 4A"); a value and its side continued
("BI-RADS 4B on the right and 2 on the left"); rows under a marker header or in an assessment section ("Right |
3"); pipe tables with a side per column or per row; a bare value opening an assessment ("ASSESSMENT: 4C")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from readingscan.model import Breast, Category, Section, SectionKind, Span
from readingscan.rules import cue, word_map

_MENTION = cue("category_mention")
_MARKER = cue("category_marker")
_BARE = cue("bare_category")
_NOT_A_CATEGORY_BEFORE = cue("not_a_category_before")
_SIDE_VALUE = cue("side_value_pair")
_VALUE_SIDE = cue("value_side_pair")
_SEPARATOR = cue("pair_separator")
_SIDE_AFTER = cue("category_side_after")
_SLASH_PAIRS = cue("slash_pairs")
_TICKED = cue("ticked_value")
_RESPECTIVELY = cue("respectively")
_TRANSITION = cue("category_transition")
_SUBCATEGORY = cue("subcategory_after")
_OVERALL_LABEL = cue("overall_label_value")
_LABEL = cue("overall_label")
_TABLE_SIDE = cue("side_table_header")
_ROMAN = word_map("category_roman")
_PAIR_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_ROW_SECTIONS = (SectionKind.ASSESSMENT, SectionKind.IMPRESSION)
# Between a marker and its list: a colon, maybe a short note ("BI-RADS (per breast): Right 2", "BI-RADS by side: L 2").
_AFTER_MARKER = re.compile(r"[ \t]*(?:\([^)\n]{0,20}\)|[A-Za-z]{2,}(?:[ \t]+[A-Za-z]+){1,2}(?=:))?[ \t]*[:\-–]?[ \t]*")
_HEADER_REACH = 6  # a table's rows follow its header within a few lines
_CELL = re.compile(r"(?:^|(?<=\|))[ \t]*(?P<cell>[^|\n]*?)[ \t]*(?=\||$)", re.MULTILINE)  # a table cell, trimmed


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
    earlier: bool = False  # the first value of a change ("BI-RADS 3→2"): an earlier exam's


def category_of(number: str, sub: str | None) -> Category | None:
    """The Category for a written value ("4", "b" -> 4B; "iv" -> 4); None for what is not one."""
    value, letter = _ROMAN.get(number.lower(), number), (sub or "").upper()
    try:
        return Category(value + letter if value == "4" and letter else value)
    except ValueError:
        return None


def _neighbours(first: Category, second: Category) -> bool:
    """Values a slash may join as a range: subcategories of 4 ("4A/4B") or one number and the next ("3/4")."""
    a, b = first.value[0], second.value[0]
    return (a == b == "4") or (a.isdigit() and b.isdigit() and int(b) == int(a) + 1)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _pairs(text: str, position: int, line_end: int) -> list[CategoryMention]:
    """The side-and-value pairs of a list that starts at ``position`` ("R: 1 / L: 4A", "2 on the left")."""
    found: list[CategoryMention] = []
    while position < line_end:
        separator = _SEPARATOR.match(text, position, line_end)
        at = separator.end() if separator else position
        # A bracketed side opening the next pair ("(R) 3 (L) 1") is that pair's, not an aside for the separator.
        here = position + len(text[position:line_end]) - len(text[position:line_end].lstrip(" \t"))
        pair = _SIDE_VALUE.match(text, here, line_end) if text[here:here + 1] in ("(", "[") else None
        pair = pair or _SIDE_VALUE.match(text, at, line_end) or _VALUE_SIDE.match(text, at, line_end)
        category = category_of(pair.group("num"), pair.group("sub")) if pair else None
        if pair is None or category is None:
            break
        side = _PAIR_SIDES.get(pair.group("side").lower())
        found.append(CategoryMention(category, _span(text, pair.start(), pair.end()), side))
        position = pair.end()
    return found


def _line_end(text: str, position: int) -> int:
    return text.find("\n", position) % (len(text) + 1)  # the text's end when no newline follows


def _marked(text: str) -> list[CategoryMention]:
    """Markers with their value, any range, and any list continued after them."""
    found: list[CategoryMention] = []
    for match in _MENTION.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1  # "no change from prior\nBI-RADS 2" is a category
        category, before = category_of(match.group("num"), match.group("sub")), text[line_start:match.start()]
        # A marker alone on its line is a title: the value under it opens its section (_bare).
        title = "\n" in text[match.end("marker"):match.start("num")] and not before.strip()
        if category is None or title or _NOT_A_CATEGORY_BEFORE.search(before[-25:]):
            continue
        # "BI-RADS 4B-C", "4A/B": the letter alone is the other end of a range of the same number.
        other = category_of(match.group("num2") or match.group("num"), match.group("sub2") or match.group("sub3")) \
            if match.group("num2") or match.group("sub3") else None
        end = match.end()
        if other is not None and match.group("rsep") == "/" and not _neighbours(category, other):
            other, end = None, match.start("rsep")  # "BI-RADS 2/4A" is no range
        refined = _SUBCATEGORY.match(text, end, _line_end(text, end)) if category is Category.C4 else None
        if refined:  # "BI-RADS 4 (subcategory 4B)": the subcategory is the category
            category, end = category_of("4", refined.group("sub")) or category, refined.end()
        change = _TRANSITION.match(text, end, _line_end(text, end)) if other is None else None
        now = category_of(change.group("num"), change.group("sub")) if change else None
        if change and now is not None:  # "BI-RADS 3→2", "BI-RADS 3, now 2": today's is the second
            found += [CategoryMention(category, _span(text, match.start(), end), earlier=True),
                      CategoryMention(now, _span(text, change.start("num"), change.end()), marker=False)]
            continue
        # "BI-RADS 2 and 3, respectively": the values go to the sides in the order they were named.
        second = _RESPECTIVELY.match(text, end, _line_end(text, end))
        then = category_of(second.group("num"), second.group("sub")) if second else None
        if second and then is not None:
            found += [CategoryMention(category, _span(text, match.start(), end), order=0),
                      CategoryMention(then, _span(text, second.start("num"), second.end()), order=1)]
            continue
        found.append(CategoryMention(category, _span(text, match.start(), end), range_of=other))
        # "BI-RADS 4B on the right and 2 on the left": past the first one's own side, the list goes on.
        side = _SIDE_AFTER.match(text, end, _line_end(text, end))
        found += _pairs(text, side.end() if side else end, _line_end(text, end))
    return found


def _listed(text: str, taken: set[int]) -> list[CategoryMention]:
    """A marker or an overall label followed by sides and values, not by a value: "BIRADS: RT 2  LT 4B"."""
    found: list[CategoryMention] = []
    for marker in [*_MARKER.finditer(text), *_LABEL.finditer(text)]:  # also "Final: R 4B / L 4A"
        if marker.start() in taken:
            continue
        position = marker.end()
        colon = _AFTER_MARKER.match(text, position)
        found += _pairs(text, colon.end() if colon else position, _line_end(text, position))
        for ticked in _TICKED.finditer(text, position, _line_end(text, position)):  # a form: "[x] 2"
            category = category_of(ticked.group("num"), ticked.group("sub"))
            if category is not None:
                found.append(CategoryMention(category, _span(text, ticked.start(), ticked.end()), marker=False))
    return found


def _slashed(text: str) -> list[CategoryMention]:
    """"R/L BI-RADS 2/4A": two sides, then their values in the same order."""
    found = []
    for m in _SLASH_PAIRS.finditer(text):
        first, second = category_of(m.group("num"), m.group("sub")), category_of(m.group("num2"), m.group("sub2"))
        if first is not None and second is not None:
            found += [CategoryMention(first, _span(text, m.start(), m.end("sub") if m.group("sub") else m.end("num")),
                                      _PAIR_SIDES.get(m.group("side").lower())),
                      CategoryMention(second, _span(text, m.start("num2"), m.end()), _PAIR_SIDES.get(m.group("side2").lower()))]
    return found


def _rows(text: str, sections: tuple[Section, ...], taken: set[int]) -> list[CategoryMention]:
    """Table rows "Right | 3 | ..." in an assessment or impression section, or under a marker header."""
    headers = [m.end() for m in _MARKER.finditer(text)]
    found: list[CategoryMention] = []
    for section in sections:
        body = section.body
        in_table = section.kind in _ROW_SECTIONS
        for line in re.finditer(r"[^\n]+", text[body.start:body.end]):
            start = body.start + line.start()
            # The nearest marker above decides: one further up is further away and past the same blank lines.
            above = bisect_right(headers, start) - 1
            header = headers[above] if above >= 0 else None
            under_header = header is not None and text.count("\n", header, start) <= _HEADER_REACH \
                and "\n\n" not in text[header:start]
            if not (in_table or under_header) or any(i in taken for i in range(start, start + len(line.group()))):
                continue
            opening = re.compile(r"[ \t]*(?:[-*•|]\s*)?").match(text, start)
            # A row, or a list of rows on one line ("R: 2 / L: 4A", "| Right | 1 |").
            for row in _pairs(text, opening.end() if opening else start, start + len(line.group())):
                found.append(replace(row, marker=False))
    return found


def _bare(text: str, sections: tuple[Section, ...], taken: set[int]) -> list[CategoryMention]:
    """A value opening an assessment section ("ASSESSMENT: 4C"), or after an overall label in an assessment
    or impression ("Final: 4A")."""
    found = []
    for section in sections:
        if section.kind in _ROW_SECTIONS:
            for label in _OVERALL_LABEL.finditer(text, section.body.start, section.body.end):
                category = category_of(label.group("num"), label.group("sub"))
                if category is not None and label.start("num") not in taken:
                    found.append(CategoryMention(category, _span(text, label.start("num"), label.end()), marker=False))
        if section.kind is SectionKind.ASSESSMENT:
            first_line = re.compile(r"\s*").match(text, section.body.start)  # "ASSESSMENT:\n3 - Probably benign."
            bare = _BARE.match(text, first_line.end() if first_line else section.body.start, section.body.end)
            category = category_of(bare.group("num"), bare.group("sub")) if bare else None
            if bare and category is not None and bare.start("num") not in taken:
                found.append(CategoryMention(category, _span(text, bare.start("num"), bare.end()), marker=False))
    return found


def _tables(text: str) -> list[CategoryMention]:
    """Pipe tables: a category row under a header of sides ("| | Right | Left |" over "| BI-RADS | 2 | 2 |"), or
    a category column in rows that name their side ("| Side | ... | BI-RADS |" over "| R | ... | 3 |")."""
    found: list[CategoryMention] = []
    columns: dict[int, Breast] = {}
    marker_at: int | None = None
    for line in re.finditer(r"[^\n]+", text):
        if line.group().count("|") + line.group().count("+") < 2:
            columns, marker_at = {}, None
        if line.group().count("|") < 2 or not line.group().strip(" \t|-+=:"):  # no row, or a rule ("---+---")
            continue
        cells = list(_CELL.finditer(text, line.start(), line.end()))
        sides = [_PAIR_SIDES.get(c.group("cell").lower()) or ((Breast.RIGHT if m.group("right") else Breast.LEFT)
                 if (m := _TABLE_SIDE.fullmatch(c.group("cell"))) else None) for c in cells]
        values = {i: CategoryMention(category, _span(text, c.start("cell"), c.end("cell")), marker=False)
                  for i, c in enumerate(cells) if (value := _BARE.fullmatch(c.group("cell")))
                  and (category := category_of(value.group("num"), value.group("sub")))}
        marker = [i for i, c in enumerate(cells) if _MARKER.fullmatch(c.group("cell"))]
        if not values:  # a header: the columns of the sides, the column of the categories
            columns = {i: side for i, side in enumerate(sides) if side} or columns
            marker_at = marker[0] if marker else marker_at
        elif marker and columns:
            found += [replace(values[i], side=side) for i, side in columns.items() if i in values]
        elif marker_at in values:
            named = [side for side in sides if side]
            found.append(replace(values[marker_at], side=named[0] if len(named) == 1 else None))
    return found


def find_category_mentions(text: str, sections: tuple[Section, ...]) -> tuple[CategoryMention, ...]:
    """Every category mention, in text order, none overlapping another."""
    slashed = _slashed(text) + _tables(text)
    taken = {i for m in slashed for i in range(m.span.start, m.span.end)}
    marked = slashed + [m for m in _marked(text) if m.span.start not in taken]
    marked += _listed(text, {m.span.start for m in marked})
    taken = {i for m in marked for i in range(m.span.start, m.span.end)}
    extra = _rows(text, sections, taken)
    taken |= {i for m in extra for i in range(m.span.start, m.span.end)}
    everything = sorted(marked + extra + _bare(text, sections, taken), key=lambda m: (m.span.start, -m.span.end))
    kept: list[CategoryMention] = []
    for mention in everything:
        if not kept or mention.span.start >= kept[-1].span.end:
            kept.append(mention)
    return tuple(kept)
