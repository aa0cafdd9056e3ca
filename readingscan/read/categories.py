"""Every BI-RADS category a report writes, as it writes it: a mention with its value and any side written
with it. Whether it is today's, asserted, and which breast it is for is decided in assessment.py.

Forms (the words are rules/cues.yaml): a marker and a value ("BI-RADS 4B", "BIRADS™: 2", "Category 4:
Suspicious", "BI-RADS IV", "Cat 3", a range "BI-RADS 3-4"); a marker and a list of sides and values
("BI-RADS R: 1 / L: 4A", "BIRADS: RT 2  LT 4B", "BIRADS R-2 L-1", "BI-RADS category: Right 2, Left 2");
a value and its side continued ("BI-RADS 4B on the right and 2 on the left"); rows of a table under a
marker header or in an assessment section ("Right | 3 | ...", "LEFT - 4C ..."); a bare value opening an
assessment section ("ASSESSMENT: 4C").
"""

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
_ROMAN = word_map("category_roman")
_PAIR_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_ROW_SECTIONS = (SectionKind.ASSESSMENT, SectionKind.IMPRESSION)
# Between a marker and its list: a colon, maybe a short note in brackets ("BI-RADS (per breast): Right 2").
_AFTER_MARKER = re.compile(r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:\-–]?[ \t]*")
_HEADER_REACH = 6  # a table's rows follow its header within a few lines


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
    value = _ROMAN.get(number.lower(), number)
    letter = (sub or "").upper()
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
        pair = _SIDE_VALUE.match(text, at, line_end) or _VALUE_SIDE.match(text, at, line_end)
        category = category_of(pair.group("num"), pair.group("sub")) if pair else None
        if pair is None or category is None:
            break
        side = _PAIR_SIDES.get(pair.group("side").lower())
        found.append(CategoryMention(category, _span(text, pair.start(), pair.end()), side))
        position = pair.end()
    return found


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _marked(text: str) -> list[CategoryMention]:
    """Markers with their value, any range, and any list continued after them."""
    found: list[CategoryMention] = []
    for match in _MENTION.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1  # "no change from prior\nBI-RADS 2" is a category
        if _NOT_A_CATEGORY_BEFORE.search(text[max(line_start, match.start() - 25):match.start()]):
            continue
        category = category_of(match.group("num"), match.group("sub"))
        if category is None:
            continue
        other = category_of(match.group("num2"), match.group("sub2")) if match.group("num2") else None
        end = match.end()
        if other is not None and match.group("rsep") == "/" and not _neighbours(category, other):
            other, end = None, match.start("rsep")  # "BI-RADS 2/4A" is no range
        refined = _SUBCATEGORY.match(text, end, _line_end(text, end)) if category is Category.C4 else None
        if refined:  # "BI-RADS 4 (subcategory 4B)": the subcategory is the category
            category, end = category_of("4", refined.group("sub")) or category, refined.end()
        change = _TRANSITION.match(text, end, _line_end(text, end)) if other is None else None
        now = category_of(change.group("num"), change.group("sub")) if change else None
        if change and now is not None:  # "BI-RADS 3→2", "BI-RADS 3, now 2": today's is the second
            found.append(CategoryMention(category, _span(text, match.start(), end), earlier=True))
            found.append(CategoryMention(now, _span(text, change.start("num"), change.end()), marker=False))
            continue
        # "BI-RADS 2 and 3, respectively": the values go to the sides in the order they were named.
        second = _RESPECTIVELY.match(text, end, _line_end(text, end))
        then = category_of(second.group("num"), second.group("sub")) if second else None
        if second and then is not None:
            found.append(CategoryMention(category, _span(text, match.start(), end), order=0))
            found.append(CategoryMention(then, _span(text, second.start("num"), second.end()), order=1))
            continue
        found.append(CategoryMention(category, _span(text, match.start(), end), range_of=other))
        # "BI-RADS 4B on the right and 2 on the left": past the first one's own side, the list goes on.
        side = _SIDE_AFTER.match(text, end, _line_end(text, end))
        found += _pairs(text, side.end() if side else end, _line_end(text, end))
    return found


def _listed(text: str, taken: set[int]) -> list[CategoryMention]:
    """A marker followed by sides and values, not by a value: "BIRADS: RT 2  LT 4B"."""
    found: list[CategoryMention] = []
    for marker in _MARKER.finditer(text):
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
    for match in _SLASH_PAIRS.finditer(text):
        first, second = category_of(match.group("num"), match.group("sub")), category_of(match.group("num2"), match.group("sub2"))
        if first is None or second is None:
            continue
        found.append(CategoryMention(first, _span(text, match.start(), match.end("sub") if match.group("sub") else match.end("num")),
                                     _PAIR_SIDES.get(match.group("side").lower())))
        found.append(CategoryMention(second, _span(text, match.start("num2"), match.end()),
                                     _PAIR_SIDES.get(match.group("side2").lower())))
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


def find_category_mentions(text: str, sections: tuple[Section, ...]) -> tuple[CategoryMention, ...]:
    """Every category mention, in text order, none overlapping another."""
    slashed = _slashed(text)
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
