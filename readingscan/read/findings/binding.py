"""Which finding each descriptor, place, clock face and size in a sentence belongs to.

Binding gives new drafts: the tuple it is given, and the drafts in it, are left as they were.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import replace

from readingscan.model import Depth, FindingKind, Modality, Modifier, Quadrant, Span, Status
from readingscan.read.context import assert_target
from readingscan.read.findings.columns import measures_lesion
from readingscan.read.findings.describe import describe_with, kinds_described
from readingscan.read.findings.drafts import Draft, replace_at, with_descriptor
from readingscan.read.lexicon import Mention
from readingscan.read.locations import CORTEX, Measure, find_clocks, find_sizes
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C
from readingscan.rules.records import Rule

_REACH = 12
_CLAUSE_BREAK = re.compile(r"[,;:]")
_ADDED = re.compile(r"\b(?:with|and|plus)\s+(?:\w+\s+)?(?:associated|accompanying)\b", re.IGNORECASE)
_NODES = frozenset({FindingKind.LYMPH_NODE})
_PART = cue("size_of_a_part")  # "a 3 mm mural nodule": the size of a part of the lesion, not of the lesion
_EARLIER_ASIDE = cue("earlier_aside")  # "(baseline 38 mm, irregular, spiculated)": the lesion as it was, not now


def _owner(
    position: int, heads: Sequence[Mention], accepts: Iterable[FindingKind] | None,
    drafts: Sequence[Draft] | None = None, in_passing: bool = False, before: int | None = None,
    any_head: bool = False,
) -> int | None:
    """Index of the nearest head (of an accepted kind) to a descriptor at ``position``.

    A head named only in passing ("extending toward the mass") owns no measurement; ``in_passing``: a pointer
    ("corresponding to a simple cyst") may own a descriptor when no other head can ("a round anechoic lesion
    with dorsal acoustic enhancement, corresponding to a simple cyst": the cyst the sentence describes).
    ``any_head``: every head may (a sentence whose finding words all point back still describes them).
    """
    best: tuple[int, int] | None = None
    # Only the few finding words around the position can be nearest (sentences may be very long).
    here = bisect_left(heads, position, key=lambda h: h.span.start)
    for i in range(max(0, here - _REACH), min(len(heads), here + _REACH)):
        head = heads[i]
        if before is not None and head.span.start >= before:
            continue
        if drafts is not None and drafts[i].reference_only and not any_head and not (in_passing and drafts[i].pointer):
            continue
        rule = head.reading(C.FINDING)
        kind = drafts[i].kind if drafts is not None else FindingKind(rule.value) if rule is not None else None
        if kind is None or (accepts is not None and kind not in accepts):
            continue
        distance = head.span.start - position if position < head.span.start else (position - head.span.end) + 3
        if best is None or distance < best[0]:
            best = (distance, i)
    if best is None and drafts is not None and not in_passing:
        return _owner(position, heads, accepts, drafts, in_passing=True, before=before)
    return best[1] if best else None


def bind_descriptors(
    text: str, span: Span, mentions: tuple[Mention, ...], heads: Sequence[Mention], drafts: tuple[Draft, ...],
    modifiers: tuple[Modifier, ...] = (), modalities: tuple[Modality, ...] = (),
) -> tuple[Draft, ...]:
    """The drafts of one sentence (one per head, in order) with its descriptors, places, clock faces and sizes.

    Each goes to the finding it belongs to: a descriptor to the nearest head of a kind it fits, a place
    as ``_place_owners`` says, a size to the nearest head. ``modalities``: the exam's, when known (describe_with).
    """
    # Binding never changes which drafts are named only in passing, so this holds for the whole sentence.
    usable = [i for i, d in enumerate(drafts) if not d.reference_only]
    as_was = [(m.start(), m.end()) for m in _EARLIER_ASIDE.finditer(text, span.start, span.end)]
    for mention in mentions:
        if mention.has(C.FINDING) or any(start < mention.span.start < end for start, end in as_was):
            continue
        pos = mention.span.start
        kinds = kinds_described(mention)
        owner = _owner(pos, heads, kinds, drafts) if kinds else None
        if owner is None and kinds and not usable:
            # "Anterior to the mass there is segmental non-mass enhancement": every finding word reads as named
            # before ("the ..."), yet the words describe the one they fit.
            owner = _owner(pos, heads, kinds, drafts, any_head=True)
        if owner is not None:
            described = describe_with(drafts[owner], mention, assert_target(mention.span, modifiers), modalities)
            drafts = replace_at(drafts, owner, _misspelt(described, mention))
            continue
        drafts = _bind_place(mention, pos, heads, drafts, usable)
    for clock in find_clocks(text, span.start, span.end):
        for owner in _place_owners(clock.span.start, heads, drafts, usable):
            drafts = replace_at(drafts, owner, _set_clock(drafts[owner], clock))
    for size in find_sizes(text, span.start, span.end):
        if not measures_lesion(text, size.span.start) or _PART.match(text, size.span.end) \
                or any(start < size.span.start < end for start, end in as_was):
            continue
        cortex = size.kind == CORTEX
        accepts = _NODES if cortex else None
        owner = _owner(size.span.start, heads, accepts, drafts)
        # "a mass ... measuring 28 mm, with associated calcifications": a clause break after the size ends what it
        # measures; the lesion before it is the one measured. What comes "with associated" is never measured by a
        # size before it, even when the lesion measured is no finding word ("known cancer (27 mm) with associated").
        if owner is not None and heads[owner].span.start > size.span.end:
            earlier = _owner(size.span.start, heads, accepts, drafts, before=size.span.start)
            if _ADDED.search(text, size.span.end, heads[owner].span.start):
                owner = earlier
            elif _CLAUSE_BREAK.search(text, size.span.end, heads[owner].span.start):
                owner = owner if earlier is None else earlier
        if owner is not None:
            setter = _set_cortex if cortex else _set_size
            drafts = replace_at(drafts, owner, setter(drafts[owner], size))
    return drafts


def _place_owners(pos: int, heads: Sequence[Mention], drafts: Sequence[Draft], usable: list[int]) -> list[int]:
    """Which findings a place word belongs to.

    A place that opens the sentence ("In the left retroareolar region there is no mass, but there
    are coarse calcifications") belongs to every finding after it; a place after a negated list
    ("No asymmetry, mass or distortion in the upper outer quadrant") to the whole list; otherwise
    to the nearest finding word.
    """
    if usable and pos < heads[usable[0]].span.start:  # heads are in text order
        return usable
    if usable and heads[usable[-1]].span.end <= pos and all(drafts[i].status is Status.ABSENT for i in usable):
        return usable
    owner = _owner(pos, heads, None, drafts)
    return [] if owner is None else [owner]


def _bind_place(
    mention: Mention, pos: int, heads: Sequence[Mention], drafts: tuple[Draft, ...], usable: list[int],
) -> tuple[Draft, ...]:
    """The drafts with the quadrant, depth or node site ``mention`` names given to the findings it belongs to."""
    for category in (C.QUADRANT, C.DEPTH, C.NODE_TYPE):
        reading: Rule | None = mention.reading(category)
        if reading is None:
            continue
        for owner in _place_owners(pos, heads, drafts, usable):
            drafts = replace_at(drafts, owner, _misspelt(_set_place(drafts[owner], category, reading.value), mention))
        return drafts
    return drafts


def _misspelt(draft: Draft, mention: Mention) -> Draft:
    """The draft that also records the words of ``mention`` read by typo tolerance (shown as written)."""
    if not mention.misspelt:
        return draft
    return replace(draft, misspelt=tuple(dict.fromkeys((*draft.misspelt, *(w for w, _ in mention.misspelt)))))


def _set_place(draft: Draft, category: str, value: str) -> Draft:
    """The draft with a place of ``category``, unless it already has one (the first place said stands)."""
    if category is C.QUADRANT and draft.quadrant is None:
        return replace(draft, quadrant=Quadrant(value))
    if category is C.DEPTH and draft.depth is None:
        return replace(draft, depth=Depth(value))
    if category is C.NODE_TYPE:
        return replace(draft, descriptors=with_descriptor(draft.descriptors, "site", value))
    return draft


def _set_clock(draft: Draft, measure: Measure) -> Draft:
    """The draft with this clock face, unless it already has one."""
    return replace(draft, clock=str(measure.value)) if draft.clock is None else draft


def _set_size(draft: Draft, measure: Measure) -> Draft:
    """The draft with this size in mm, unless it already has one or the measure is not a number."""
    if draft.size_mm is None and isinstance(measure.value, (int, float)):
        return replace(draft, size_mm=float(measure.value))
    return draft


def _set_cortex(draft: Draft, measure: Measure) -> Draft:
    """The lymph node with the thickness of its cortex in mm, a descriptor of its own: never the node's size."""
    return replace(draft, descriptors=with_descriptor(draft.descriptors, "cortical_thickness_mm", str(measure.value)))
