"""Several lesions named by one finding word: a count ("two masses at 10 and 2 o'clock"), a multiplier ("cysts x3"),
or both breasts named each with its own lesion ("Bilateral fibroadenomas - right 2 cm, left 1 cm")."""

from __future__ import annotations

import re
from dataclasses import replace

from readingscan.model import Breast, Span, Status
from readingscan.read.findings.drafts import Draft
from readingscan.read.lexicon import Mention
from readingscan.read.locations import SIZE, Measure, find_clocks, find_sizes
from readingscan.rules import word_map

_COUNTS = word_map("lesion_counts")
_COUNT_WORDS = "|".join(sorted(map(re.escape, _COUNTS), key=len, reverse=True))
# The count goes with the finding word: only describing words between them ("two oval circumscribed masses").
_COUNT = re.compile(rf"\b({_COUNT_WORDS})\s+(?:[\w-]+\s+){{0,4}}$", re.IGNORECASE)
# Or it follows it as a multiplier: "fibroadenomas x2", "cysts × 3", also after its side in a bracket ("cysts L (x2, ...").
_TIMES = re.compile(rf"\s*[(\[]?\s*[x×]\s?({_COUNT_WORDS})\b", re.IGNORECASE)
_GAP = re.compile(r"[\s,]*")
# Numbers listed before a size that share its unit: "2 cysts (5 & 9 mm)", "measuring 5, 7 and 9 mm".
_SHARED_UNIT = re.compile(r"(?:(?<![\d.])\d+(?:\.\d+)?\s*(?:,|&|\band\b)\s*)+$", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def one_each(text: str, span: Span, heads: list[Mention], drafts: tuple[Draft, ...],
             sides: list[tuple[Span, Breast]]) -> tuple[Draft, ...]:
    """A finding word that names several lesions at as many clock faces or with as many sizes, one finding each:
    "two oval circumscribed equal-density masses - at 10 o'clock (12 mm) and 2 o'clock (9 mm)", "two adjacent simple
    cysts at 2 o'clock measuring 8 mm and 12 mm"; one per side when both are named after it, each with its own size
    or clock face ("Bilateral fibroadenomas - right 2.1 cm at 10 o'clock, left 1.4 cm at 3 o'clock")."""
    # Heads named only in passing ("these correspond to the mammographic masses") are no lesions of their own.
    own = [i for i, d in enumerate(drafts) if not d.reference_only]
    if len(own) != 1 or drafts[own[0]].status is Status.ABSENT:
        return drafts
    at, head = own[0], heads[own[0]]
    if (split := _per_side(text, span, head, drafts[at], sides)) is not None:
        return (*drafts[:at], *split, *drafts[at + 1:])
    count = _COUNT.search(text, max(span.start, head.span.start - 60), head.span.start)
    times = None if count else _TIMES.match(text, _after_side(text, head.span.end, sides), span.end)
    count, after = count or times, times.end() if times else head.span.end  # the sizes follow the multiplier
    many = int(_COUNTS[count.group(1).lower()]) if count else 0
    clocks = [str(c.value) for c in find_clocks(text, span.start, span.end)]
    said = [size for m in find_sizes(text, after, span.end)
            if m.kind == SIZE and isinstance(m.value, (int, float)) for size in _listed(text, after, m)]
    if many < 2 or many not in (len(clocks), len(said)) or (len(clocks) != many and len(clocks) > 1):
        return drafts
    places = clocks if len(clocks) == many else [drafts[at].clock] * many
    sizes = said if len(said) == many else [drafts[at].size_mm] * many
    # The first may be a lesion described before ("Two oval masses." then "Two fibroadenomas at 2 and 5 o'clock").
    each = tuple(replace(drafts[at], clock=c, size_mm=z, another=n > 0)
                 for n, (c, z) in enumerate(zip(places, sizes, strict=True)))
    return (*drafts[:at], *each, *drafts[at + 1:])


def _after_side(text: str, at: int, sides: list[tuple[Span, Breast]]) -> int:
    """Where a multiplier may begin after a finding word ending at ``at``: after the side said right after it."""
    gap = _GAP.match(text, at)
    end = gap.end() if gap else at
    return next((s.end for s, _ in sides if s.start == end), at)


def _listed(text: str, start: int, size: Measure) -> list[float]:
    """A size and the numbers listed before it in its unit, in mm ("5 & 9 mm": 5 and 9; "0.5 and 0.9 cm": 5 and 9)."""
    value = float(size.value)
    listed = _SHARED_UNIT.search(text, max(start, size.span.start - 40), size.span.start)
    if listed is None:
        return [value]
    scale = value / (max(float(n) for n in _NUMBER.findall(size.span.text)) or 1.0)
    return [float(n) * scale for n in _NUMBER.findall(listed.group())] + [value]


def _per_side(text: str, span: Span, head: Mention, draft: Draft, sides: list[tuple[Span, Breast]]) -> tuple[Draft, ...] | None:
    """The lesions of a finding word said of both breasts, when the right and the left follow it each with a size or
    clock face of its own (between that side and the next); None otherwise."""
    after = [(s, b) for s, b in sides if s.start >= head.span.end and b in (Breast.LEFT, Breast.RIGHT)]
    if draft.breast is not Breast.BOTH or len(after) != 2 or after[0][1] is after[1][1]:
        return None
    each = []
    for n, (side, breast) in enumerate(after):
        end = after[1][0].start if n == 0 else span.end
        sizes, clocks = _placed(text, side.end, end)
        if not sizes and not clocks and n == 1:  # "..., and one at 4 o'clock in the left breast": placed before its side
            sizes, clocks = _placed(text, after[0][0].end, side.start)
        if not sizes and not clocks:
            return None
        each.append(replace(draft, breast=breast, size_mm=float(sizes[0].value) if sizes else None,
                            clock=clocks[0] if clocks else None, another=n > 0))
    return tuple(each)


def _placed(text: str, start: int, end: int) -> tuple[list[Measure], list[str]]:
    """The sizes and clock faces between ``start`` and ``end``."""
    sizes = [m for m in find_sizes(text, start, end) if m.kind == SIZE and isinstance(m.value, (int, float))]
    return sizes, [str(c.value) for c in find_clocks(text, start, end)]
