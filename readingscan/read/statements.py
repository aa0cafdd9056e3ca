"""The statement a BI-RADS category closes, where nothing nearer ties it to a side (read/scope.py): the line or
list item it is written in (a numbered item wrapped over lines, a bullet carrying on the item above) or its
sentence, and for a sentence that is only the category (or names no side and ends its line), the statement before it."""

from __future__ import annotations

import re

from readingscan.model import Breast, Sentence, blanks_end, line_above
from readingscan.read.category_tables import CategoryMention
from readingscan.read.sections import BreastHeader
from readingscan.rules import cue

_LINE_LABEL = cue("line_side_label")
_ITEM = cue("item_start")
_MARKER = cue("category_marker")
_CLAUSE_END = cue("category_clause_end")
_SIDE_WORD = cue("side_word")
_SIDE_BEFORE = cue("category_side_before")
_CATEGORY_ONLY_WORDS = 2  # "BI-RADS 3: Probably benign." names no finding of its own
_CLOSED_SENTENCES = 3
_ITEM_LINES = 3  # how many lines a numbered item may be wrapped over
_WRAPPED_WIDTH = 80  # a line at least this long ending mid-sentence was wrapped by the page, not ended by the writer
_WRAP_ENDS = ("-", "–", ",")  # a line ending so goes on in the next ("... mass with calcifications -\nBIRADS 4B.")
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s)")
_CLOSING_OPENERS = ("(", "-", "–", ":", ",")
# A lesion block's field naming its side ("Side: Right", "Laterality: L"), a line of the block a category is in.
_SIDE_FIELD = cue("lesion_side_field")
# A list item or a line opened by a lone capital side letter before a word or a place ("1. R subareolar mass",
# "L 1:00 irregular mass", "- R 9 o'clock"): the statement's side, as "Right" would be.
_ITEM_LETTER = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]|[-*•])[ \t]*)?(?P<side>(?-i:[RL]))[ \t]+[a-z\d]", re.IGNORECASE)
_LESION_LABEL = cue("lesion_label_side")
_LESION_LINE = cue("lesion_line_label")
_RELATIVE_SIDE = cue("relative_side_opening")
_LESION_NUMBER = re.compile(r"\d{1,2}$")  # the number closing a lesion's label ("Lesion 2")
_NUMBER_LABEL = re.compile(r"[ \t]*[(\[#](?P<key>\d{1,2})[)\]]?(?!\d)")  # a line opened by a number alone: "(2) In the ..."
_NOTE = re.compile(r"\([^()\n]{0,40}\)")
_OPENING_SIDE = cue("dictated_side_label")  # a statement opening with a breast's label
_LINE_CLOSE = re.compile(r"[\s.;)\]]*")  # nothing but stops and closing brackets after a category ends its line


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Where the line holding ``offset`` starts and ends."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def item_start(text: str, line_start: int, offset: int, previous_end: int, sentence_start: int | None = None) -> int:
    """Where the statement a category closes begins: its line, list item or the previous category's end. A line
    that carries on a numbered item wrapped over lines ("1. Left ... mass.\nBI-RADS\n5") closes that item; one
    opening with the category in a sentence that opened on a line above (``sentence_start``) carries on that line."""
    items = [m.start() for m in _ITEM.finditer(text, line_start, offset)]
    # A bullet holding only the category carries on the item above when it is indented under it ("1. Right ...
    # vascularity\n   - BIRADS 4A") or the line above was wrapped at a page's width (a PDF: "... malignancy\n- BIRADS V.").
    bullet, previous_line = _ITEM.match(text, line_start), line_above(text, line_start)
    carried = bullet is not None and bullet.end() == offset and previous_line[-1:].isalnum() \
        and (text[line_start:line_start + 1] in (" ", "\t") or len(previous_line) >= _WRAPPED_WIDTH)
    # Within a list (the next line is another item, or this one is indented under an item) or on a line the one
    # above was wrapped into.
    inside = bool(_ITEM.match(text, line_bounds(text, offset)[1] + 1)) or text[line_start:line_start + 1] in (" ", "\t")
    start = unfinished = line_start
    for _ in range(_ITEM_LINES if not items and (carried or not _ITEM.match(text, line_start)) else 0):
        wrapped = text[:start - 1].rstrip()[-1:]
        line_before = line_above(text, start)
        unclosed = line_before.count("(") > line_before.count(")")  # "... likely benign (?\nfibroadenoma). BIRADS III."
        if start == 0 or text[start - 2:start] == "\n\n" or not (inside or unclosed or wrapped.isalnum() or wrapped in _WRAP_ENDS):
            break
        # A line opening in lower case or with a bracket carries on the one above it ("... with intraductal\ncontent.
        # BI-RADS 4B.", "Cysts of both breasts\n(BI-RADS 2)."), as does one closing a bracket the line above opened,
        # or a category marker (capitalised as written) going on with a sentence ("... for the left it was\nBI-RADS 2").
        joins = wrapped in _WRAP_ENDS or unclosed or (wrapped.isalnum() and (text[start:start + 1].islower() or text[start:start + 1] == "(")) \
            or (wrapped.islower() and _MARKER.match(text, start) is not None and (start if sentence_start is None else sentence_start) < start)
        below, start = start, text.rfind("\n", 0, start - 1) + 1
        unfinished = start if joins and unfinished == below else unfinished
        above = [m.start() for m in _ITEM.finditer(text, start, line_start)]
        if above:
            items = above[-1:]
            break
    return max([unfinished if not items else 0, previous_end, *items])


def closed_statement(text: str, mention: CategoryMention, sentence: Sentence | None, item: int, line_start: int,
                      line_end: int) -> tuple[int, int]:
    """The stretch of text whose finding a category is tied to when nothing else ties it: its list item,
    its sentence, or, for a sentence that is only the category ("... left breast, stable. BI-RADS 2."),
    the statement it closes since its line or the previous category began."""
    end = max(sentence.span.end if sentence else line_end, mention.span.end)
    is_item = item != line_start or _LINE_LABEL.match(text, line_start, line_end) or _ITEM.match(text, line_start)
    # One opening a line after a comma or a dash carries on the sentence before it ("The left breast shows cysts
    # only,\nBI-RADS 2."): that sentence, when it names a side, is its statement.
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, item, line_start)]
    if stops and not text[line_start:mention.span.start].strip() and text[:line_start].rstrip()[-1:] in _WRAP_ENDS \
            and _SIDE_WORD.search(text, stops[-1], line_start):
        return stops[-1], end
    if is_item or sentence is None:
        return item, end
    # Its own words: before it in its sentence, and after it up to a clause's end ("BI-RADS 4A; biopsy.", "BI-RADS 4A - biopsy." none).
    clause_end = _CLAUSE_END.search(text, mention.span.end, sentence.span.end)
    rest = text[sentence.span.start:mention.span.start] + text[mention.span.end:clause_end.start() if clause_end else sentence.span.end]
    # A category closing its line after a bracket, a dash, a colon or a comma in a sentence naming no side ("Large left
    # breast mass .... Findings highly suggestive of carcinoma (BIRADS 5).", "... - BIRADS 5.") closes the line's
    # statement, as one that is only the category does.
    closes_line = text[:mention.span.start].rstrip()[-1:] in _CLOSING_OPENERS and not _SIDE_WORD.search(rest) \
        and _LINE_CLOSE.fullmatch(text, mention.span.end, line_end)
    # Bracketed notes name what each category is for, no finding: "BI-RADS 6 (index) and BI-RADS 4B (satellite)."
    if len(re.findall(r"[A-Za-z]{3,}", _NOTE.sub("", rest))) <= _CATEGORY_ONLY_WORDS or closes_line:
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, item, sentence.span.start)]
        # A short statement is closed as a whole; in a long paragraph only the sentence just before counts.
        return (item if len(stops) <= _CLOSED_SENTENCES else stops[-2]), end
    return sentence.span.start, end


def block_side_field(text: str, line_start: int) -> str | None:
    """The side a "Side:"/"Laterality:" field names in the block (no blank line between) above the line from
    ``line_start``: the nearest one ("Lesion 2\nSide: Right\n...\nAssessment: BI-RADS 2")."""
    blank = text.rfind("\n\n", 0, line_start)
    fields = list(_SIDE_FIELD.finditer(text, blank + 1 if blank >= 0 else 0, line_start))
    return fields[-1].group("side") if fields else None


def side_letter_opening(text: str, item: int) -> str | None:
    """The lone capital side letter the list item or line from ``item`` opens with ("1. R subareolar mass ...",
    "L 1:00 irregular mass ...", "R NORMAL."), if any."""
    opening = _ITEM_LETTER.match(text, item)
    return opening.group("side") if opening else None


def lesion_label_side(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The side letter of a lesion label opening the line from ``start`` ("R1 ...", "Lt-2 ...") and where it ends."""
    label = _LESION_LABEL.match(text, start, end)
    return (label.group("side"), label.end()) if label else None


def leads_next(after: str, side_after: re.Match[str], before: str) -> bool:
    """Whether the side just after a category that has its own side before it opens the next category instead
    ("Right breast BI-RADS 3, left breast BI-RADS 1": "left breast" is the second one's); ``after`` ends where the
    next category starts on the same line."""
    ahead = _SIDE_BEFORE.search(after)
    return bool(ahead and ahead.start() <= side_after.start("side") < ahead.end() and _SIDE_BEFORE.search(before))


def statement_reach(text: str, sentence: Sentence | None, end: int, reach: int) -> int:
    """How far after a category ending at ``end`` its side may be written (``reach``: its line, or up to the next
    category): not into a next statement its line holds that opens with a breast's label ("... LYMPHADENOPATHY BIRADS 5
    LEFT BREAST NORMAL BIRADS 1" dictated; "Category 4: ... considered. (Right breast)" keeps its bracketed side)."""
    if sentence is None or not end <= sentence.span.end < reach:
        return reach
    return sentence.span.end if _OPENING_SIDE.match(text, blanks_end(text, sentence.span.end)) else reach


def _label_key(label: str) -> str:
    return re.sub(r"[\s#*•-]+", "", label).lower()


def referenced_lesion_side(text: str, start: int, headers: tuple[BreastHeader, ...] = ()) -> Breast | None:
    """The side word a lesion's labelled line ("Finding 2: Left breast, 4 o'clock ...") names first, for a statement
    from ``start`` that takes the lesion up by its label ("Finding 2 is BI-RADS 4A."): the label's first line above, or
    a line opened by the lesion's number alone ("(2) In the upper inner quadrant ..." for "Lesion 2: BI-RADS 4A"),
    its side the breast sub-header in force there (``headers``: "Left breast:" over the numbered paragraphs)."""
    reference = _LESION_LINE.match(text, start)
    if reference is None:
        return None
    key, at = _label_key(reference.group()), 0
    number = _LESION_NUMBER.search(reference.group())
    while (at := text.find("\n", at, start) + 1) > 0:  # each line above, from the first
        defining = _LESION_LINE.match(text, at, start) or _NUMBER_LABEL.match(text, at, start)
        numbered = defining is not None and defining.re is _NUMBER_LABEL
        if defining is None or (defining.group("key") != (number and number.group()) if numbered
                                else _label_key(defining.group()) != key):
            continue
        first = _SENTENCE_STOP.search(text, defining.end(), line_bounds(text, at)[1])
        sides = {m.group(1).lower()[0] for m in _SIDE_WORD.finditer(text, defining.end(), first.start() if first else line_bounds(text, at)[1])}
        under = [h.breast for h in headers if h.start <= at < h.end and h.breast in (Breast.LEFT, Breast.RIGHT)]
        return (Breast.RIGHT if sides == {"r"} else Breast.LEFT) if sides in ({"r"}, {"l"}) else under[-1] if under else None
    return None


def relative_side(text: str, start: int, marks: tuple[tuple[int, Breast, bool], ...]) -> Breast | None:
    """The side a statement from ``start`` opens by naming relative to the last side named before it (``marks``: where
    sides are named): "R 10 o'clock: mass ... 2. Contralateral 2 o'clock: cyst" is the left; "ipsilateral" the same."""
    relative = _RELATIVE_SIDE.match(text, start)
    named = [side for at, side, _ in marks if at < start and side in (Breast.LEFT, Breast.RIGHT)]
    if relative is None or not named:
        return None
    return named[-1] if relative.group("same") else Breast.LEFT if named[-1] is Breast.RIGHT else Breast.RIGHT

