"""Which breast a BI-RADS category is for, as the report ties it; nothing is inferred from findings' wording.

First that applies: a side written with it ("R: 1 / L: 4A", "4B on the right"); both breasts ("bilaterally", "right and
left:"); a side label before it on its line ("Right: BI-RADS 1"); "overall"/"final"; a side just after ("BI-RADS 2 left",
"BI-RADS 5 (Rt)", or wrapped alone onto the next line) or in brackets at its line's end; a side just before ("left
breast BI-RADS 4A"); the side that labels its line or list item ("R) ... Cat 3", "R1 suspicious - ..."); the breast
sub-header in force; the one side its list item or sentence describes ("1. Spiculated mass left breast. BI-RADS 5.";
not a breast named as removed by mastectomy when it names both); the exam's side when only one breast was examined."""

from __future__ import annotations

import re
from bisect import bisect_left

from readingscan.model import Breast, Sentence
from readingscan.read.category_tables import CategoryMention
from readingscan.read.lexicon import Mention, lexicon_for
from readingscan.read.sections import BreastHeader, until_other_side
from readingscan.read.statements import (
    block_side_field,
    closed_statement,
    item_start,
    leads_next,
    lesion_label_side,
    line_bounds,
    side_letter_opening,
    statement_reach,
)
from readingscan.rules import cue, word_map
from readingscan.rules.records import LexiconCategory, LexiconGroup

_SIDE_LABEL = cue("category_side_label")
_SIDE_AFTER = cue("category_side_after")
_SIDE_BEFORE = cue("category_side_before")
_SIDE_WORD = cue("side_word")
_LINE_LABEL = cue("line_side_label")
_BRACKET_AT_END = cue("bracket_side_at_line_end")
_BOTH_AFTER = cue("both_sides_after")
_BOTH_BEFORE = cue("both_sides_before")
_BILATERAL_EXAM = cue("bilateral_exam")
_OVERALL = cue("overall_before")
_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_ITEM = cue("item_start")
_SHORT_LABEL = cue("short_label")
_SHORT_LABEL_SIDE = cue("short_label_side")
_SIDE_NEXT_LINE = cue("side_alone_next_line")
_REMOVED = cue("removed_breast")
_FROM_THE_LESION = cue("from_the_lesion")
_ADDITIONAL = cue("additional_lesion_item")
_CARRY_REACH = 200
_LESION_LINE = cue("lesion_line_label")
_INLINE_OPENING = re.compile(r"[.:;][ \t]+")  # where a sentence or a heading's text opens mid-line
_CLAUSE_STOP = re.compile(r"[;:]|,\s+(?:and|but|whereas|while|except)\b|\s(?:and|but|whereas|while)\s+the\b")

# Where the report names a side, as the findings read it (words, R/L beside a place, view labels, "bilat"):
# (offset, side, letter: a lone "R"/"L"), in text order.
SideMarks = tuple[tuple[int, Breast, bool], ...]


def side_marks(text: str, mentions: tuple[Mention, ...] = ()) -> SideMarks:
    """The sides ``mentions`` (or, when none are given, the findings lexicon over ``text``) name."""
    found = mentions or lexicon_for(LexiconGroup.FINDINGS).find(text)
    return tuple((m.span.start, Breast(r.value), len(m.span.text.strip()) == 1) for m in found
                 if (r := m.reading(LexiconCategory.LATERALITY)) is not None and r.value in Breast.__members__.values())


def _side(word: str) -> Breast:
    return _SIDES.get(word.lower().rstrip("."), Breast.BOTH)


def _side_of(side_after: re.Match[str]) -> Breast:
    return _side(next(side for side in side_after.group("side", "bracketed", "named", "letter", "tail") if side))


def _header_side(text: str, offset: int, headers: tuple[BreastHeader, ...], marks: SideMarks | None) -> Breast | None:
    """A sub-header's side reaches a category on its own line, or below a sub-header alone on its line up
    to the next blank line: "Right breast: negative." does not own the next line's category. On its own line, not
    past the other side named after it ("L breast: mass, BIRADS 5. R breast clear (BIRADS 1).")."""
    for header in headers:
        line_end = line_bounds(text, header.header.end)[1]
        alone = not text[header.header.end:line_end].strip()
        blank = text.find("\n\n", line_end)
        reach = min(header.end, (len(text) if blank < 0 else blank) if alone else until_other_side(text, header, headers) or line_end)
        row_start, row_end = line_bounds(text, header.end)
        if alone and header.end < len(text) and text[row_start:row_start + 1] in " \t":
            reach = max(reach, row_end)  # an indented form row under it ("  BI-RADS: 2") that opens a section
        if header.start <= offset < reach and (alone or header.breast is Breast.BOTH
                                               or set(_region_sides(text, header.header.end, offset, marks)) <= {header.breast}):
            return header.breast
    return None


def _label(text: str, start: int, end: int, marks: SideMarks | None) -> tuple[Breast | None, int]:
    """The side labelling a line that opens at ``start`` and where the label ends: a side label ("Right breast:",
    "R)"), or a short label before a colon naming one side as the findings read it ("Mammae sinistra:")."""
    label = _LINE_LABEL.match(text, start, end)
    if label:
        return _side(label.group("side")), label.end()
    if lesion := lesion_label_side(text, start, end):  # "R1 suspicious - BI-RADS 4A"
        return _side(lesion[0]), lesion[1]
    short = _SHORT_LABEL.match(text, start, end)
    opening = _SHORT_LABEL_SIDE.match(text, start, end) if short else None
    if opening and short:  # "R C area: ...": a side opening the label
        return _side(opening.group("side")), short.end()
    if short is None or not marks:
        return None, 0
    named = _region_sides(text, short.start(), short.end(), marks)
    return (named[0], short.end()) if len(named) == 1 and named[0] is not Breast.BOTH else (None, 0)


def _inline_label(text: str, bounds: tuple[int, int, int], until: int, marks: SideMarks | None) -> Breast | None:
    """A side label opening a sentence or a heading's text earlier on the line (``bounds``: the line's start, the
    category's, the line's end), the last one before the category, when nothing after it up to ``until`` names another
    side ("What we found: Right breast - calcifications ... This is called BI-RADS 4A.")."""
    line_start, start, line_end = bounds
    for opening in reversed([m.end() for m in _INLINE_OPENING.finditer(text, line_start, start)]):
        side, label_end = _label(text, opening, line_end, marks)  # "Right breast:", or a slip the findings read ("Lift breast:")
        if side is not None and label_end <= start:
            return side if side is not Breast.BOTH and set(_region_sides(text, label_end, until, marks)) <= {side} \
                else None
    return None


def _region_sides(text: str, start: int, end: int, marks: SideMarks | None = None, letters: bool = True) -> list[Breast]:
    """The sides a stretch of text names, in the order first named (``letters``: lone "R"/"L" too)."""
    found = [(m.start(), _side(m.group(1))) for m in _SIDE_WORD.finditer(text, start, end)]
    words = [side for _, side in found]
    if not marks:
        return list(dict.fromkeys(words))
    here = bisect_left(marks, start, key=lambda mark: mark[0])
    if not letters:  # side words, "bilaterally" / "both breasts", and view labels ("RCC", "LMLO": a side's own views)
        return list(dict.fromkeys(words + [side for at, side, letter in marks[here:] if at < end and not letter]))
    marked = [(at, side) for at, side, _ in marks[here:] if at < end]
    # A side word the findings lexicon does not read as one ("R breast clear") still names its side.
    taken = {at for at, _ in marked}
    return list(dict.fromkeys(side for _, side in sorted(marked + [w for w in found if w[0] not in taken]))) if marked \
        else list(dict.fromkeys(words))


def _clause_side(text: str, start: int, mention_start: int, marks: SideMarks | None) -> Breast | None:
    """The one side the clause a category closes names before it ("The right lesion was categorised BI-RADS 5
    and the left BI-RADS 4B"; "The right breast findings are benign (BI-RADS 2); the left ...")."""
    # A bilateral exam opening it names the exam's sides ("Her bilateral US shows a mass in the left breast, which ...").
    stops = [m.end() for pattern in (_CLAUSE_STOP, _BILATERAL_EXAM) for m in pattern.finditer(text, start, mention_start)]
    named = _region_sides(text, max(stops, default=start), mention_start, marks)
    return named[0] if len(named) == 1 and named[0] is not Breast.BOTH else None


def carried_side(text: str, previous: tuple[int, Breast | None], start: int, marks: SideMarks | None) -> Breast | None:
    """The side of the category just before (``previous``: its end and side) for an untied one that carries on its
    statement: no side, list item or line end after a full stop between them, only lines wrapped mid-sentence
    ("Left: lobular cancer ..., BI-RADS 6. The NME in multiple regions\nis suspicious of spread, BI-RADS 4B."), or a
    statement taking up its lesion by where it lies from it ("2. NME extending from the mass ... BI-RADS 4B.") or opening
    with another lesion ("- Additional mass at 1 o'clock ...: BIRADS 4C")."""
    end, side = previous
    gap = text[end:start]
    if side not in (Breast.LEFT, Breast.RIGHT) or _region_sides(text, end, start, marks):
        return None
    if len(gap) <= 2 * _CARRY_REACH and (_FROM_THE_LESION.search(gap) or _ADDITIONAL.search(gap)):
        return side
    if len(gap) > _CARRY_REACH or _ITEM.search(gap) or any(
            not line.strip() or not (line.rstrip()[-1].isalnum() or line.rstrip()[-1] in ",-–") for line in gap.split("\n")[:-1]):
        return None  # a line ended by the writer, by the category itself or blank ends the statement
    return side


def scope(text: str, mention: CategoryMention, sentence: Sentence | None, headers: tuple[BreastHeader, ...],
          exam_breast: Breast | None, previous_end: int = 0, marks: SideMarks | None = None,
          next_start: int | None = None) -> tuple[Breast | None, bool]:
    """(the breast a category is for or None, whether it is stated as overall; stated as overall, it is also tied to
    the one side its own sentence names: "Final BI-RADS: 3 - left breast ..."). What is written after it reaches only
    to the next category (``next_start``: "BI-RADS 4B gauche (left), BI-RADS 1 droit (right)") or statement."""
    start, end = mention.span.start, mention.span.end
    line_start, line_end = line_bounds(text, start)
    after_end = statement_reach(text, sentence, end, line_end if next_start is None or next_start < end else min(line_end, next_start))
    before, after = text[max(line_start, start - 40):start], text[end:after_end]
    wrapped = _SIDE_NEXT_LINE.match(text, end) if next_start is None or next_start > line_end else None
    after = text[wrapped.start("side"):wrapped.end()] if wrapped else after  # "BI-RADS 5 left, BI-RADS 1\n  right."
    if mention.side is not None:
        return mention.side, False
    item = item_start(text, line_start, start, previous_end, sentence.span.start if sentence else None)
    if mention.order is not None:  # "... right ...; left ... BI-RADS 2 and 3, respectively": the whole list's item
        named = [side for side in _region_sides(text, item_start(text, line_start, start, 0), start)
                 if side is not Breast.BOTH]
        return (named[mention.order] if mention.order < len(named) else None), False
    if _BOTH_BEFORE.search(before) or _BOTH_AFTER.match(after):
        return Breast.BOTH, False
    if label := _SIDE_LABEL.search(before):
        return _side(label.group("side")), False
    side_after = _SIDE_AFTER.match(after)
    if side_after and after_end == next_start and leads_next(after, side_after, before):  # "Right BI-RADS 3, left BI-RADS 1": the next one's
        side_after = None
    if _OVERALL.search(text[max(line_start, start - 30):start] + mention.span.text[:20]):
        if side_after:  # "Final: BI-RADS 2 left, BI-RADS 1 right": stated as final, and for that breast
            return _side_of(side_after), True
        own = _region_sides(text, sentence.span.start, sentence.span.end, marks) if sentence else []
        # A sentence naming none is tied to the list item it closes ("- 02/03 dx mammo L breast: ... Final: BI-RADS 5.").
        own = own or (_region_sides(text, item, start, marks) if sentence and item < sentence.span.start else [])
        return (own[0] if len(own) == 1 and own[0] is not Breast.BOTH else None), True
    if side_after:
        return _side_of(side_after), False
    for found in (_BRACKET_AT_END.search(after), _SIDE_BEFORE.search(before)):
        if found:
            return _side(found.group("side") or found.groupdict().get("letter") or found.groupdict().get("lone") or ""), False
    # The side that labels its line, its sentence within a line ("... Left: no suspicious findings, BI-RADS 1.") or
    # the list item it closes on a later line ("2. Bilateral: scattered foci.\n   Assessment: BI-RADS 2.").
    for label_start, label_end in ((line_start, line_end), (sentence.span.start, sentence.span.end) if sentence else (0, 0),
                                   (item, start) if item < line_start else (0, 0)):
        labelled, label_end_at = _label(text, label_start, label_end, marks) if label_end else (None, 0)
        if labelled is not None and set(_region_sides(text, label_end_at, label_end, marks)) <= {labelled}:
            return labelled, False
    header = _header_side(text, start, headers, marks)
    if header in (Breast.LEFT, Breast.RIGHT) or (header is Breast.BOTH and len({h.breast for h in headers}) > 1):
        return header, False  # a "Bilateral ...:" title is the exam's, not a tie to both, unless one of several blocks
    field = block_side_field(text, line_start)
    if field is not None:
        return _side(field), False
    # The statement a category closes: its list item ("1. Spiculated mass left breast. BI-RADS 5."), its
    # sentence, or, for a sentence that is only the category, the sentence before it on the same line.
    closed = closed_statement(text, mention, sentence, item, line_start, line_end)
    # Beyond its own sentence or list item (a title before it, "IMPRESSION: L LOQ ...", is none), only side words reach
    # it, not a letter or view label of a paragraph's other sentence ("... R 9 o'clock mass. BI-RADS 3.").
    opened = title.end() if sentence and (title := _SHORT_LABEL.match(text, closed[0], sentence.span.start)) else closed[0]
    own_words = bool(sentence and not text[opened:sentence.span.start].strip(" \t.;,")) or bool(_ITEM.match(text, closed[0]))
    # A lesion's own line is its statement: "Lesion A (R 2:00): irregular mass. BI-RADS 4B." is tied by its "R".
    own_words = own_words or (closed[0] == line_start and _LESION_LINE.match(text, line_start) is not None)
    letter = side_letter_opening(text, closed[0])  # "R NORMAL. BIRADS 1.": the letter opening it, read or not
    region = _region_sides(text, *closed, marks, letters=own_words or letter is not None) or ([_side(letter)] if letter else [])
    removed = {_side(m.group("side") or m.group("after")) for m in _REMOVED.finditer(text, *closed)}
    region = [side for side in region if side not in removed] if len(region) > 1 and len(removed) == 1 else region
    if len(region) == 1 and region[0] is not Breast.BOTH:
        return region[0], False
    if sentence is not None:
        own = _region_sides(text, max(sentence.span.start, item), sentence.span.end, marks)
        if own == [Breast.BOTH]:  # "neg bilat, BIRADS 1": both breasts
            return Breast.BOTH, False
        clause = _clause_side(text, max(sentence.span.start, item), start, marks) if len(region) > 1 else None
        if clause is not None:
            return clause, False
    # "Bilateral cysts, the largest in the left breast (BI-RADS 2)"; a list item naming both breasts alone ("1. Cysts
    # in both breasts. BIRADS 2."); outside a list an unsided category after "bilateral" stays the exam's overall.
    if region[:1] == [Breast.BOTH] and (len(region) == 2 or (region == [Breast.BOTH] and _ITEM.match(text, closed[0]))):
        return Breast.BOTH, False
    inline = _inline_label(text, (line_start, start, line_end), sentence.span.end if sentence else line_end, marks) \
        if not region else None
    if inline is not None:
        return inline, False
    if exam_breast in (Breast.LEFT, Breast.RIGHT):
        return exam_breast, False
    return None, False
