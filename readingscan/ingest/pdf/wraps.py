"""Lines a PDF broke for width, joined again from where the words stand on the page.

Text alone cannot tell a title wrapped in a narrow column ("BILATERAL WHOLE-BREAST SCREENING" over
"ULTRASOUND (supplemental)") or "BI-RADS" over "2." from two lines the author wrote; the page can:
when the next line's first word would not have fitted in the room left at the end of the line
above, the writer had to break there. Such breaks are joined here, over columns and page ends;
``readingscan.ingest.unwrap`` then joins what the text itself shows was wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from readingscan.rules import cue

__all__ = ["PageLine", "join_wrapped"]

# A line starting like this begins an item or a labelled field of its own, however it was wrapped. A label
# has no number: "BI-RADS 4B: Moderate suspicion" is a category that may carry on the line above.
_OWN_LINE = re.compile(r"\s*(?:[A-Za-z][.)]\s|[-–—•*·▪●○]\s|[A-Z][A-Za-z /&()'-]{0,40}:(?:\s|$))")
# A numbered item: one only when it is the first or follows its predecessor ("BI-RADS" over "3. ..."
# in a text with no item 2 is a category carried over, not item 3).
_NUMBERED = re.compile(r"\s*(\d{1,2})[.)]\s")
# The line above ends a sentence or introduces what follows: a break after it is the author's. A word
# broken by a hyphen ("calci-") is left to unwrap, which tells it from a compound ("well-").
_CLOSED = re.compile(r"[.!?:;][\"'”’)\]]*$|(?<=\w)-$")
# A full stop ends a sentence, not a line: when the next word had no room after it, the writer broke there
# ("... mass, suspicious." over "BI-RADS 4B: ..." was one line of the report).
_FULL_STOP = re.compile(r"(?<=[\w)\]])\.[\"'”’)\]]*$")
# ...unless the full stop closes an abbreviation, which does not end the sentence: "(e.g." over "papilloma)".
_ABBREVIATION = cue("abbreviation_at_line_end")
# A capitalised word after mixed-case text may start the author's next line ("...or distortion" over
# "Left breast normal" in a terse report) as well as carry on a sentence: only a full line cannot tell.
# Acronyms ("BI-RADS", "MLO"), numbers and lower case carry on; so does anything after a line in capitals.
_AMBIGUOUS = re.compile(r"[A-Z][a-z]")
_LEADING = 1.8  # of the letter height: lines of one paragraph stand closer than this


@dataclass(frozen=True, slots=True)
class PageLine:
    """A line of a page in reading order; "" is a paragraph break.

    ``room`` is the width left between the line's end and its column's right edge, ``lead`` the width
    its first word takes with a space before it, ``size`` the height of its letters, ``advance`` how far
    below the line before it on the page it stands (less than 0 at the top of the next column); None
    when unknown (an OCR page, a break, a page's first line).
    """

    text: str
    room: float | None = None
    lead: float | None = None
    size: float | None = None
    advance: float | None = None


def join_wrapped(pages: Iterable[list[PageLine]]) -> str:
    """The pages' text, one line per line except where a break was forced by the width."""
    lines = [line for page in pages for line in page]
    texts: list[str] = []
    items: set[int] = set()  # the numbers of the numbered items begun so far
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is not None and texts and _forced(previous, line, items):
            texts[-1] = f"{texts[-1]} {line.text}"
            continue
        texts.append(line.text)
        number = _NUMBERED.match(line.text)
        items.update([int(number.group(1))] if number else [])
    return "\n".join(texts)


def _forced(line: PageLine, after: PageLine, items: set[int]) -> bool:
    """Whether the break between the two lines was the writer's, for want of room, not the author's."""
    if line.room is None or after.lead is None or line.size is None or after.size is None:
        return False
    if abs(line.size - after.size) > 0.1 * line.size:  # a title over smaller text: two paragraphs
        return False
    if after.advance is not None and after.advance > _LEADING * line.size:  # set apart: not one paragraph
        return False
    if _OWN_LINE.match(after.text) or (_CLOSED.search(line.text) and not _ABBREVIATION.search(line.text)
                                        and not _FULL_STOP.search(line.text) and not _open_bracket(line.text)):
        return False
    number = _NUMBERED.match(after.text)
    if number and (int(number.group(1)) == 1 or int(number.group(1)) - 1 in items):
        return False
    if _AMBIGUOUS.match(after.text) and not _capitals(line.text):
        return False
    return after.lead > line.room


def _open_bracket(text: str) -> bool:
    """Whether the line ends inside a bracket it opened ("BI-RADS 3 [amended 09.02.2026:"): a colon there
    introduces the rest of the aside, it does not end the author's line."""
    return text.count("[") > text.count("]") or text.count("(") > text.count(")")


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
