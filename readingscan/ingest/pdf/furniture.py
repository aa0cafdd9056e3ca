"""Page furniture: what a PDF prints around the report and is not part of it.

Running headers and footers (lines repeated at the top or bottom of most pages), page numbers
("Page 1 of 2"), "continued" marks, and the fields identifying the patient (identifiers.py). Dropped so
that they neither break a sentence running over a page end nor reach the reading.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from readingscan.ingest.pdf.identifiers import without_identifiers
from readingscan.ingest.pdf.wraps import PageLine

__all__ = ["drop_furniture"]

_ZONE = 3  # a running header or footer sits within the first or last 3 lines of a page
_PAGE_NUMBER = re.compile(
    r"\b(?:page|pg\.?)\s*\d+\s*(?:of|/)\s*\d+\b|^\W*(?:page|pg\.?)\s*\d+\W*$|^\W*\d+\s*(?:of|/)\s*\d+\W*$",
    re.IGNORECASE,
)
_CONTINUED = re.compile(
    r"\(\s*cont(?:inued|'d|d)\.?\s*\)|\bcontinue[sd]\s+(?:on|from|overleaf)\b|^\W*cont(?:inued|'d|d)\W*$",
    re.IGNORECASE,
)


def _shape(line: str) -> str:
    """What stays the same on every page: "Page 1 of 3" and "Page 2 of 3" share "page # of #"."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def drop_furniture(pages: list[list[PageLine]]) -> list[list[PageLine]]:
    """Each page's lines without its furniture, blank lines at the page's ends trimmed.

    Fields naming the patient's record go wherever they are. Page numbers, "continued" marks and lines
    repeated at the top or bottom of most pages go when they sit there. A repeated header without
    numbers (the centre's name, the exam title) is kept once, on the first page, where it reads like a
    letterhead; footers and numbered headers are dropped everywhere.
    """
    heads: Counter[str] = Counter()
    feet: Counter[str] = Counter()
    for lines in pages:
        top, bottom = _margins(lines)
        heads.update({_shape(lines[index].text) for index in top})
        feet.update({_shape(lines[index].text) for index in bottom})
    most = max(2, len(pages) // 2 + 1)
    # One page cannot show what repeats; its page number and identifiers are still recognised.
    running_heads = {shape for shape, count in heads.items() if count >= most} if len(pages) > 1 else set()
    running_feet = {shape for shape, count in feet.items() if count >= most} if len(pages) > 1 else set()
    return [
        _without(lines, running_heads, running_feet, keep_letterhead=number == 0)
        for number, lines in enumerate(pages)
    ]


def _margins(lines: list[PageLine]) -> tuple[set[int], set[int]]:
    """Where a running header and footer can be: within the page's first and last few lines, and set
    apart from the body by a paragraph break (a wider gap). Lines of the body itself are no header,
    however alike two pages' ends are (a report of near-identical sentences, numbers aside).
    """
    positions = [index for index, line in enumerate(lines) if line.text]
    breaks = [index for index, line in enumerate(lines) if not line.text]
    limit = positions[_ZONE] if len(positions) > _ZONE else len(lines)
    head_end = max((b for b in breaks if b < limit), default=-1)
    limit = positions[-_ZONE - 1] if len(positions) > _ZONE else -1
    foot_start = min((b for b in breaks if b > limit), default=len(lines))
    return (
        {index for index in positions[:_ZONE] if index < head_end},
        {index for index in positions[-_ZONE:] if index > foot_start},
    )


def _without(
    lines: list[PageLine], heads: set[str], feet: set[str], *, keep_letterhead: bool
) -> list[PageLine]:
    positions = [index for index, line in enumerate(lines) if line.text]
    edges = set(positions[:_ZONE]) | set(positions[-_ZONE:])
    top, bottom = _margins(lines)
    kept: list[PageLine] = []
    orphan = False  # an identifier's value wrapped to this line: "MRN:" over "00482913 ..."
    for index, line in enumerate(lines):
        text = _without_value(line.text) if orphan and line.text else line.text
        orphan = orphan and not line.text
        shape = _shape(text)
        marked = index in edges and (_PAGE_NUMBER.search(text) is not None or _CONTINUED.search(text) is not None)
        head = index in top and shape in heads and not (keep_letterhead and "#" not in shape)
        foot = index in bottom and shape in feet
        stripped = without_identifiers(text)
        orphan = orphan or stripped.orphan
        if not (marked or head or foot) and stripped.text is not None and (stripped.text or not line.text):
            kept.append(line if stripped.text == line.text else replace(line, text=stripped.text, room=None))
    while kept and not kept[0].text:
        kept.pop(0)
    while kept and not kept[-1].text:
        kept.pop()
    return kept


def _without_value(text: str) -> str:
    """The line without its first word when that is a value with a digit in it (an identifier's)."""
    first, _, rest = text.partition(" ")
    return rest if any(c.isdigit() for c in first) else text
