"""Which breast a BI-RADS category is for, as the report ties it; nothing is inferred from findings' wording.

First that applies: a side written with it ("R: 1 / L: 4A", "4B on the right"); both breasts ("bilaterally",
"right and left:"); a side label before it on its line ("Right: BI-RADS 1"); "overall"/"final"; a side just
after ("BI-RADS 2 left", "BI-RADS 5 (Rt)") or in brackets at its line's end; a side just before ("left breast
BI-RADS 4A"); the side that labels its line or list item ("R) ... Cat 3"); the breast sub-header in force;
the one side its list item or sentence describes ("1. Spiculated mass left breast. BI-RADS 5."); the exam's
side when only one breast was examined.
"""

from __future__ import annotations

import re

from readingscan.model import Breast, Sentence
from readingscan.read.categories import CategoryMention
from readingscan.read.sections import BreastHeader
from readingscan.rules import cue, word_map

_SIDE_LABEL = cue("category_side_label")
_SIDE_AFTER = cue("category_side_after")
_SIDE_BEFORE = cue("category_side_before")
_SIDE_WORD = cue("side_word")
_LINE_LABEL = cue("line_side_label")
_BRACKET_AT_END = cue("bracket_side_at_line_end")
_BOTH_AFTER = cue("both_sides_after")
_BOTH_BEFORE = cue("both_sides_before")
_OVERALL = cue("overall_before")
_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_ITEM = cue("item_start")
_CATEGORY_ONLY_WORDS = 2  # "BI-RADS 3: Probably benign." names no finding of its own
_CLOSED_SENTENCES = 3
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s)")


def _side(word: str) -> Breast:
    return _SIDES.get(word.lower().rstrip("."), Breast.BOTH)


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Where the line holding ``offset`` starts and ends."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _header_side(text: str, offset: int, headers: tuple[BreastHeader, ...]) -> Breast | None:
    """A sub-header's side reaches a category on its own line, or below a sub-header alone on its line up
    to the next blank line: "Right breast: negative." does not own the next line's category."""
    for header in headers:
        line_end = line_bounds(text, header.header.end)[1]
        alone = not text[header.header.end:line_end].strip()
        blank = text.find("\n\n", line_end)
        reach = min(header.end, (len(text) if blank < 0 else blank) if alone else line_end)
        if header.start <= offset < reach:
            return header.breast
    return None


def _region_sides(text: str, start: int, end: int) -> list[Breast]:
    """The sides a stretch of text names, in the order first named."""
    return list(dict.fromkeys(_side(m.group(1)) for m in _SIDE_WORD.finditer(text, start, end)))


def _item_start(text: str, line_start: int, offset: int, previous_end: int) -> int:
    """Where the statement a category closes begins: its line, list item or the previous category's end."""
    items = [m.start() for m in _ITEM.finditer(text, line_start, offset)]
    return max([line_start, previous_end, *items])


def _closed_statement(text: str, mention: CategoryMention, sentence: Sentence | None, item: int, line_start: int,
                      line_end: int) -> tuple[int, int]:
    """The stretch of text whose finding a category is tied to when nothing else ties it: its list item,
    its sentence, or, for a sentence that is only the category ("... left breast, stable. BI-RADS 2."),
    the statement it closes since its line or the previous category began."""
    end = max(sentence.span.end if sentence else line_end, mention.span.end)
    is_item = item > line_start or _LINE_LABEL.match(text, line_start, line_end) or _ITEM.match(text, line_start)
    if is_item or sentence is None:
        return item, end
    rest = text[sentence.span.start:sentence.span.end].replace(mention.span.text, "")
    if len(re.findall(r"[A-Za-z]{3,}", rest)) <= _CATEGORY_ONLY_WORDS:
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, item, sentence.span.start)]
        # A short statement is closed as a whole; in a long paragraph only the sentence just before counts.
        return (item if len(stops) <= _CLOSED_SENTENCES else stops[-2]), end
    return sentence.span.start, end


def scope(text: str, mention: CategoryMention, sentence: Sentence | None, headers: tuple[BreastHeader, ...],
          exam_breast: Breast | None, previous_end: int = 0) -> tuple[Breast | None, bool]:
    """(the breast a category is for or None, whether it is stated as the exam's overall category)."""
    start, end = mention.span.start, mention.span.end
    line_start, line_end = line_bounds(text, start)
    before, after = text[max(line_start, start - 40):start], text[end:line_end]
    if mention.side is not None:
        return mention.side, False
    item = _item_start(text, line_start, start, previous_end)
    if mention.order is not None:  # "... right ...; left ... BI-RADS 2 and 3, respectively": the whole list's item
        named = [side for side in _region_sides(text, _item_start(text, line_start, start, 0), start)
                 if side is not Breast.BOTH]
        return (named[mention.order] if mention.order < len(named) else None), False
    if _BOTH_BEFORE.search(before) or _BOTH_AFTER.match(after):
        return Breast.BOTH, False
    label = _SIDE_LABEL.search(before)
    if label:
        return _side(label.group("side")), False
    if _OVERALL.search(text[max(line_start, start - 30):start] + mention.span.text[:20]):
        return None, True
    side_after = _SIDE_AFTER.match(after)
    if side_after:
        return _side(side_after.group("side") or side_after.group("bracketed")), False
    for found in (_BRACKET_AT_END.search(after), _SIDE_BEFORE.search(before)):
        if found:
            return _side(found.group("side")), False
    line_label = _LINE_LABEL.match(text, line_start, line_end)
    if line_label:
        labelled = _side(line_label.group("side"))
        if set(_region_sides(text, line_label.end(), line_end)) <= {labelled}:
            return labelled, False
    header = _header_side(text, start, headers)
    if header in (Breast.LEFT, Breast.RIGHT):  # a "Bilateral ...:" title is the exam's, not a tie to both
        return header, False
    # The statement a category closes: its list item ("1. Spiculated mass left breast. BI-RADS 5."), its
    # sentence, or, for a sentence that is only the category, the sentence before it on the same line.
    region = _region_sides(text, *_closed_statement(text, mention, sentence, item, line_start, line_end))
    if len(region) == 1 and region[0] is not Breast.BOTH:
        return region[0], False
    if exam_breast in (Breast.LEFT, Breast.RIGHT):
        return exam_breast, False
    return None, False
