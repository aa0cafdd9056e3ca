"""Every BI-RADS category a report writes, as written: a mention with its value and any side written with it
(today's or not, asserted or not, and its breast are decided in assessment.py). Forms (words in rules/cues.yaml):
a marker and a value ("BI-RADS 4B", "Category 4: Suspicious", "BIRADS IV", "BIRADS 4(c)", ranges "3-4", "4B-C"; "from
3 to 2" is a change); a marker or an overall label and sides with values ("BI-RADS R: 1 / L: 4A", "Final: R 4B / L 4A", "BI-RADS
(L): 3", "Rt 6 (index) and 4 (NME). Lt 1"); a value and its side continued ("BI-RADS 4B on the right and 2 on the
left", "4 - Suspicious (left), 2 - Benign (right)", "4B left / 1 right", "3 (left breast); 1 (right breast)"); values
in the order of the sides named ("BI-RADS 4B and 2 for the left and right breasts, respectively", "BIRADS 1/2 (R/L)"); rows under a marker header or in an assessment section ("Right |
3"); pipe tables with a side per column or per row; a bare value opening an assessment ("ASSESSMENT: 4C")."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from readingscan.model import Breast, Category, Section, SectionKind, indent, line_end
from readingscan.read.category_tables import CategoryMention, category_of, read_tables, span_of
from readingscan.read.category_values import bare_values, foreign_twin, sides_then_values, slashed_pairs, value_rows
from readingscan.read.equated import equated_mentions
from readingscan.rules import cue, word_map

_MENTION = cue("category_mention")
_MARKER = cue("category_marker")
_NOT_A_CATEGORY_BEFORE = cue("not_a_category_before")
_ACR_ALONE = cue("acr_alone")
_ACR_DENSITY_BEFORE = cue("acr_density_before")
_ACR_DENSITY_AFTER = cue("acr_density_after")
_SIDE_VALUE = cue("side_value_pair")
_VALUE_SIDE = cue("value_side_pair")
_SEPARATOR = cue("pair_separator")
_SAME_SIDE = cue("same_side_value")
_SIDE_AFTER = cue("category_side_after")
_TICKED = cue("ticked_value")
_RESPECTIVELY = cue("respectively")
_TRANSITION = cue("category_transition")
_FROM_BEFORE = cue("transition_from_before")
_SUBCATEGORY = cue("subcategory_after")
_LABEL = cue("overall_label")
_ROW_END = cue("row_value_end")
_ROW_LABEL = cue("line_side_label")
_LATIN_AFTER = cue("category_latin_side_after")
_PAIR_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_ROW_SECTIONS = (SectionKind.ASSESSMENT, SectionKind.IMPRESSION)
# Between a marker and its list: a colon, maybe a short note ("BI-RADS (per breast): Right 2", "BI-RADS by side: L 2",
# "BI-RADS equivalent for the letter: L 0, R 1"), or words and a bracketed note ("BI-RADS equivalent (asked by ...): L 4B").
_AFTER_MARKER = re.compile(r"[ \t]*(?:\([^)\n]{0,20}\)|[A-Za-z]{2,}(?:[ \t]+[A-Za-z]+){1,3}(?=:)"
                           r"|[A-Za-z]{2,}(?:[ \t]+[A-Za-z]+){0,2}[ \t]*\([^()\n]{1,40}\)(?=[ \t]*:))?[ \t]*[:\-–]?[ \t]*")
_HEADER_REACH = 6  # a table's rows follow its header within a few lines
_LINE = re.compile(r"[^\n]+")
_ROW_OPENING = re.compile(r"[ \t]*(?:[-*•|]\s*)?")
_TICK_REACH = 300  # a form's boxes on the marker's line ("[ ] 1  [ ] 2  [x] 3 ..."), not the rest of a pasted wall of text


def _neighbours(first: Category, second: Category) -> bool:
    """Values a slash may join as a range: subcategories of 4 ("4A/4B") or one number and the next ("3/4")."""
    a, b = first.value[0], second.value[0]
    return (a == b == "4") or (a.isdigit() and b.isdigit() and int(b) == int(a) + 1)


def _pairs(text: str, position: int, line_end: int) -> list[CategoryMention]:
    """The side-and-value pairs of a list that starts at ``position`` ("R: 1 / L: 4A", "2 on the left")."""
    found: list[CategoryMention] = []
    while position < line_end:
        separator = _SEPARATOR.match(text, position, line_end)
        at = separator.end() if separator else position
        # A bracketed side opening the next pair ("(R) 3 (L) 1") is that pair's, not an aside for the separator.
        here = position + indent(text, position)
        pair = _SIDE_VALUE.match(text, here, line_end) if text[here:here + 1] in ("(", "[") else None
        pair = pair or _SIDE_VALUE.match(text, at, line_end) or _VALUE_SIDE.match(text, at, line_end)
        # "Rt 6 (index lesion) and 4 (NME)": a value of the same side as the pair before it.
        pair = pair or (_SAME_SIDE.match(text, at, line_end) if found else None)
        category = category_of(pair.group("num"), pair.group("sub")) if pair else None
        if pair is None or category is None:
            break
        side = _PAIR_SIDES.get(pair.group("side").lower()) if "side" in pair.re.groupindex else found[-1].side
        found.append(CategoryMention(category, span_of(text, pair.start(), pair.end()), side))
        position = pair.end()
    return found


def _marked(text: str) -> list[CategoryMention]:
    """Markers with their value, any range, and any list continued after them."""
    found: list[CategoryMention] = []
    read_to = 0  # the end of a pair read with "respectively": its second marker is read with it
    for match in _MENTION.finditer(text):
        if match.start() < read_to:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1  # "no change from prior\nBI-RADS 2" is a category
        category, before = category_of(match.group("num"), match.group("sub")), text[line_start:match.start()]
        # A marker alone on its line is a title: the value under it opens its section (category_values.bare_values).
        title = "\n" in text[match.end("marker"):match.start("num")] and not before.strip()
        if category is None or title or _NOT_A_CATEGORY_BEFORE.search(before[-25:]):
            continue
        if _ACR_ALONE.fullmatch(match.group("marker")) and (_ACR_DENSITY_BEFORE.search(before)
                                                            or _ACR_DENSITY_AFTER.match(text, match.end("num"))):
            continue
        # "BI-RADS 4B-C", "4A/B": the letter alone is the other end of a range of the same number.
        other = category_of(match.group("num2") or match.group("num"), match.group("sub2") or match.group("sub3")) \
            if match.group("num2") or match.group("sub3") else None
        end = match.end()
        if other is not None and match.group("rsep") == "/" and not _neighbours(category, other):
            other, end = None, match.start("rsep")  # "BI-RADS 2/4A" is no range
        refined = _SUBCATEGORY.match(text, end, line_end(text, end)) if category is Category.C4 else None
        if refined:  # "BI-RADS 4 (subcategory 4B)": the subcategory is the category
            category, end = category_of("4", refined.group("sub")) or category, refined.end()
        if other is not None and _FROM_BEFORE.search(before):  # "from BI-RADS 3 to 2": a change, not a range
            found += [CategoryMention(category, span_of(text, match.start(), match.start("rsep")), earlier=True),
                      CategoryMention(other, span_of(text, match.end("rsep"), end), marker=False)]
            continue
        change = _TRANSITION.match(text, end, line_end(text, end)) if other is None else None
        now = category_of(change.group("num"), change.group("sub")) if change else None
        if change and now is not None:  # "BI-RADS 3→2", "BI-RADS 3, now 2": today's is the second
            found += [CategoryMention(category, span_of(text, match.start(), end), earlier=True),
                      CategoryMention(now, span_of(text, change.start("num"), change.end()), marker=False)]
            continue
        # "BI-RADS 2 and 3, respectively": the values go to the sides in the order they were named.
        second = _RESPECTIVELY.match(text, end, line_end(text, end))
        then = category_of(second.group("num"), second.group("sub")) if second else None
        if second and then is not None:  # the sides named before "respectively" give each its side
            sides = [_PAIR_SIDES.get((second.group(g) or "").lower()) for g in ("side", "side2")]
            found += [CategoryMention(category, span_of(text, match.start(), end), sides[0], order=0),
                      CategoryMention(then, span_of(text, second.start("num"), second.end()), sides[1], order=1)]
            read_to = second.end()  # "BIRADS 5 and BIRADS 2 in the left and right breasts respectively"
            continue
        # "BI-RADS 1 dx et sin.", "BI-RADS 2 l. sin.", "(BI-RADS 1 R/L)": a side written right after it, as Central
        # European reports abbreviate the Latin (dexter, sinister), or both sides joined by a slash.
        latin = _LATIN_AFTER.match(text, end, line_end(text, end))
        written = None if latin is None else Breast.BOTH if latin.group("pair") else \
            Breast.RIGHT if latin.group("d") or latin.group("d2") else Breast.LEFT
        found.append(CategoryMention(category, span_of(text, match.start(), end), written, range_of=other))
        # "BI-RADS 4B on the right and 2 on the left": past the first one's own side, the list goes on.
        side = _SIDE_AFTER.match(text, end, line_end(text, end))
        found += _pairs(text, side.end() if side else end, line_end(text, end))
    return found


@lru_cache(maxsize=4)
def _markers(text: str) -> tuple[re.Match[str], ...]:
    """The text's category markers: _listed and _rows both need them (one scan of a long pattern, not two)."""
    return tuple(_MARKER.finditer(text))


def _listed(text: str, taken: set[int]) -> list[CategoryMention]:
    """A marker or an overall label followed by sides and values, not by a value: "BIRADS: RT 2  LT 4B"."""
    found: list[CategoryMention] = []
    for marker in [*_markers(text), *_LABEL.finditer(text)]:  # also "Final: R 4B / L 4A"
        if marker.start() in taken:
            continue
        position = marker.end()
        colon = _AFTER_MARKER.match(text, position)
        # A bracketed side between the marker and its value is the value's side, not a note: "BI-RADS (L): 3".
        here = position + indent(text, position)
        bracketed = _pairs(text, here, line_end(text, position)) if text[here:here + 1] in "([" else []
        listed = bracketed or _pairs(text, colon.end() if colon else position, line_end(text, position))
        # "BI-RADS D-2 / S-4A (right 2 / left 4A)": sides in another language's letters, read by their twin.
        twin = None if listed else foreign_twin(text, colon.end() if colon else position, line_end(text, position))
        twins = _pairs(text, twin[0], line_end(text, position)) if twin else []
        listed = twins if twin and [m.category for m in twins] == twin[1] else listed
        listed = listed or sides_then_values(text, position, line_end(text, position))  # "for the right and left ...: 5 and 1"
        found += listed
        for ticked in _TICKED.finditer(text, position, min(line_end(text, position), position + _TICK_REACH)):  # "[x] 2"
            category = category_of(ticked.group("num"), ticked.group("sub"))
            if category is not None:
                found.append(CategoryMention(category, span_of(text, ticked.start(), ticked.end()), marker=False))
    return found


def _rows(text: str, sections: tuple[Section, ...], taken: set[int]) -> list[CategoryMention]:
    """Table rows "Right | 3 | ..." in an assessment or impression section, or under a marker header."""
    headers = [m.end() for m in _markers(text)]
    found: list[CategoryMention] = []
    for section in sections:
        body = section.body
        in_table = section.kind in _ROW_SECTIONS
        for line in _LINE.finditer(text, body.start, body.end):
            start, end = line.start(), line.end()
            if not taken.isdisjoint(range(start, end)):
                continue
            opening = _ROW_OPENING.match(text, start)
            at = opening.end() if opening else start
            # A row, or a list of rows on one line ("R: 2 / L: 4A", "| Right | 1 |").
            rows = _pairs(text, at, end) or _ticked_row(text, at, end)
            # Elsewhere only a line that is such a list, each value closing its pair ("R 4A / L 1 - ...", "R: 0 (recall)").
            if not rows or (not (in_table or _under_header(text, headers, start)) and not (
                    rows[0].span.start == at and all(_ROW_END.match(text, row.span.end, end) for row in rows))):
                continue
            found += [replace(row, marker=False) for row in rows]
    return found


def _under_header(text: str, headers: list[int], start: int) -> bool:
    """Whether a line starting at ``start`` is under a marker header: the nearest marker above decides (one further
    up is further away and past the same blank lines)."""
    above = bisect_right(headers, start) - 1
    header = headers[above] if above >= 0 else None
    return header is not None and text.count("\n", header, start) <= _HEADER_REACH and "\n\n" not in text[header:start]


def _ticked_row(text: str, start: int, end: int) -> list[CategoryMention]:
    """A form's row for one side with its value ticked: "Right:  [ ] 0   [ ] 1   [X] 2   [ ] 3"."""
    label = _ROW_LABEL.match(text, start, end)
    ticked = [(t, c) for t in _TICKED.finditer(text, label.end(), end)
              if (c := category_of(t.group("num"), t.group("sub")))] if label else []
    side = _PAIR_SIDES.get(label.group("side").lower()) if label else None
    return [CategoryMention(ticked[0][1], span_of(text, *ticked[0][0].span()), side)] if len(ticked) == 1 and side else []


def find_category_mentions(text: str, sections: tuple[Section, ...]) -> tuple[CategoryMention, ...]:
    """Every category mention, in text order, none overlapping another."""
    slashed = slashed_pairs(text) + read_tables(text) + value_rows(text)
    taken = {i for m in slashed for i in range(m.span.start, m.span.end)}
    marked = slashed + [m for m in _marked(text) if m.span.start not in taken]
    marked += _listed(text, {m.span.start for m in marked})
    taken = {i for m in marked for i in range(m.span.start, m.span.end)}
    extra = _rows(text, sections, taken) + [m for m in equated_mentions(text) if m.span.start not in taken]
    taken |= {i for m in extra for i in range(m.span.start, m.span.end)}
    everything = sorted(marked + extra + bare_values(text, sections, taken), key=lambda m: (m.span.start, -m.span.end))
    kept: list[CategoryMention] = []
    for mention in everything:
        if not kept or mention.span.start >= kept[-1].span.end:
            kept.append(mention)
    return tuple(kept)
