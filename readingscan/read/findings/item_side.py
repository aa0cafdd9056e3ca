"""Which side a sentence names for one finding word of it: the side in its clause, of its own item of a list, the
nearest one (a side written just before the next finding word of a list names that one alone)."""

from __future__ import annotations

import re

from readingscan.model import Breast, Span
from readingscan.read.lexicon import Mention
from readingscan.rules import cue

_MEMBER = cue("group_member")
_OTHER_PLACES = cue("other_places_clause")
_CATEGORY_GIVEN = cue("side_of_a_category")
# Between a side and the finding word it names alone: a few words of description, place or size ("L 2 o'clock 6mm"),
# no list or clause break.
_ATTACHED = re.compile(r"(?:\s+(?!(?:and|or|but|with|nor|as|in|on|at|of|is|are|was|were)\b)[\w'’:./-]+){0,4}?\s+", re.IGNORECASE)
# Between a finding word and the side of the next one of a list: "cysts and a", "masses, an", a word or two of
# description before the side too ("calcifications and a stable left node").
_LISTED = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*(?:(?:an?|the|one)\s+)?(?:(?!(?:and|or|but|with|nor|as|in|on|at|of|is|are"
                     r"|was|were)\b)[\w-]+\s+){0,2}", re.IGNORECASE)
# The words of one item of a list (no clause break), and a break between items.
_IN_ITEM = re.compile(r"[^,;:()\n]*")
_LIST_BREAK = re.compile(r",|;|&|\+|\band\b|\bor\b", re.IGNORECASE)
_AND = re.compile(r"&|\+|\band\b|\bas\s+well\s+as\b", re.IGNORECASE)  # joins two findings (a comma may open a clause)

def stated_side(text: str, sentence: Span, heads: list[Mention], i: int, sides: list[tuple[Span, Breast]],
                until: int) -> Breast | None:
    """The side the sentence states for ``heads[i]`` (``sides``: the sentence's side words; ``until``: where the
    next finding word begins), or None when it states none that is this word's."""
    head = heads[i]
    # "a group of calcifications ..., and the report was BI-RADS 4A for the left breast and 2 for the right": sides
    # the categories after the word are given for, each breast its own, are theirs ("BI-RADS 4A for the left breast
    # (new calcifications)", "..., BI-RADS 4 for the right breast": the finding's too).
    given = [(s, b) for s, b in sides if s.start >= head.span.end
             and _CATEGORY_GIVEN.search(text, max(sentence.start, s.start - 50), s.start)]
    sides = [side for side in sides if side not in given] if len({b for _, b in given}) > 1 else sides
    own = _own_item(text, heads, i, _own_sides(text, head, heads, _in_clause(text, sentence, head.span, sides)))
    return _nearest_side(head.span, own, until)


def _in_clause(text: str, sentence: Span, target: Span, sides: list[tuple[Span, Breast]]) -> list[tuple[Span, Breast]]:
    """The sides named in the clause of ``target`` (clauses split at ';'), when it names any: "In both breasts there
    are no masses; the right breast is BI-RADS 1" - the masses are of both breasts. A clause about the rest of the
    breasts lends none ("an irregular mass; nothing else enhanced in either breast")."""
    start = text.rfind(";", sentence.start, target.start) + 1 or sentence.start
    end = text.find(";", target.end, sentence.end)
    end = sentence.end if end < 0 else end
    inside = [(s, b) for s, b in sides if start <= s.start and s.end <= end]
    return inside or [(s, b) for s, b in sides
                      if not _OTHER_PLACES.match(text, text.rfind(";", sentence.start, s.start) + 1 or sentence.start)]


def _own_sides(text: str, head: Mention, heads: list[Mention], sides: list[tuple[Span, Breast]]) -> list[tuple[Span, Breast]]:
    """The sides that can be ``head``'s: not one written just before the next finding word of a list, which it names
    alone ("cysts and a L intramammary lymph node": the node's side, not the cysts'; "a mass in the left breast and
    calcifications": the side of both, as it is not the word just before the calcifications)."""
    def attached(side: Span) -> bool:
        later = next((h for h in heads if h.span.start >= side.end), None)
        between = any(head.span.end <= h.span.start < side.start for h in heads)
        # Listed just after the word, or after a list break following its own words ("a mass in the left breast and an
        # enlarged right axillary node": "right" is the node's).
        listed = _LISTED.fullmatch(text, head.span.end, side.start) is not None \
            or (head.span.end <= side.start and _AND.search(text, head.span.end, side.start) is not None)
        return later is not None and later is not head and not between and listed \
            and _ATTACHED.fullmatch(text, side.end, later.span.start) is not None
    own = [(s, b) for s, b in sides if not attached(s)]  # "bilateral masses, the largest on the left": both
    both = any(b is Breast.BOTH for _, b in own)
    return [(s, b) for s, b in own if not (both and s.start > head.span.end and _MEMBER.search(text, head.span.end, s.start))]


def _own_item(text: str, heads: list[Mention], i: int, sides: list[tuple[Span, Breast]]) -> list[tuple[Span, Breast]]:
    """The sides of ``heads[i]``'s item of a list: when its own words name a side after it ("... and a calcified lymph
    node in the left axilla", running on through the finding words next to it), a side before a list break was an
    earlier item's ("oil cyst in the right breast and ..."); with none after ("a mass in the right breast and
    calcifications"), the side of both."""
    head, j = heads[i], i
    while j + 1 < len(heads) and not text[heads[j].span.end:heads[j + 1].span.start].strip(" -"):
        j += 1
    end = heads[j + 1].span.start if j + 1 < len(heads) else len(text)
    if not any(head.span.end <= s.start < end and _IN_ITEM.fullmatch(text, head.span.end, s.start) for s, _ in sides):
        return sides
    return [(s, b) for s, b in sides if not (s.end <= head.span.start and _LIST_BREAK.search(text, s.end, head.span.start))]


def _nearest_side(target: Span, sides: list[tuple[Span, Breast]], until: int) -> Breast | None:
    if not sides:
        return None
    values = {breast for _, breast in sides}
    if len(values) == 1:
        return next(iter(values))
    # "Arterial calcifications in the left breast but also in the right breast": both sides follow it.
    following = {breast for span, breast in sides if target.end <= span.start < until}
    if {Breast.LEFT, Breast.RIGHT} <= following:
        return Breast.BOTH
    # Prefer a side named before the word ("left breast mass") over one after it, at equal distance.
    return min(sides, key=lambda s: (abs(s[0].start - target.start) + (0 if s[0].start < target.start else 5)))[1]
