"""Which finding each descriptor, place, clock face and size in a sentence belongs to.

Binding gives new drafts: the tuple it is given, and the drafts in it, are left as they were.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from readingscan.model import Depth, Distribution, FindingKind, Morphology, Quadrant, Span, Status
from readingscan.read.findings.drafts import Draft, replace_at, with_descriptor
from readingscan.read.lexicon import Mention
from readingscan.read.locations import CORTEX, Measure, find_clocks, find_sizes
from readingscan.rules import words
from readingscan.rules.records import LexiconCategory, Rule
from readingscan.rules.records import LexiconCategory as C

_OTHER_WITH_DISTRIBUTION = frozenset(words("other_with_distribution"))
_REACH = 12
_NODES = frozenset({FindingKind.LYMPH_NODE})


def _takes_distribution(draft: Draft) -> bool:
    """Whether a finding can have a distribution: every kind but "other", except non-mass enhancement."""
    return draft.kind is not FindingKind.OTHER or draft.term in _OTHER_WITH_DISTRIBUTION


def _owner(
    position: int, heads: Sequence[Mention], accepts: Iterable[FindingKind] | None,
    drafts: Sequence[Draft] | None = None, fits: Callable[[Draft], bool] | None = None,
) -> int | None:
    """Index of the nearest head (of an accepted kind) to a descriptor at ``position``.

    A head named only in passing ("extending toward the mass") owns no measurement.
    """
    best: tuple[int, int] | None = None
    # Only the few finding words around the position can be nearest (sentences may be very long).
    here = bisect_left(heads, position, key=lambda h: h.span.start)
    for i in range(max(0, here - _REACH), min(len(heads), here + _REACH)):
        head = heads[i]
        if drafts is not None and (drafts[i].reference_only or (fits is not None and not fits(drafts[i]))):
            continue
        rule = head.reading(C.FINDING)
        if rule is None or (accepts is not None and FindingKind(rule.value) not in accepts):
            continue
        distance = head.span.start - position if position < head.span.start else (position - head.span.end) + 3
        if best is None or distance < best[0]:
            best = (distance, i)
    return best[1] if best else None


# Which descriptor category fits which finding kind, and the descriptor name it is stored under.
_FITS: tuple[tuple[LexiconCategory, FindingKind, str], ...] = (
    (C.MORPHOLOGY, FindingKind.CALCIFICATION, "morphology"),
    (C.DISTRIBUTION, FindingKind.CALCIFICATION, "distribution"),
    (C.DISTRIBUTION, FindingKind.OTHER, "distribution"),  # MRI non-mass enhancement (only) has one too
    (C.MASS_SHAPE, FindingKind.MASS, "shape"),
    (C.MASS_MARGIN, FindingKind.MASS, "margin"),
    (C.MASS_DENSITY, FindingKind.MASS, "density"),
)


def bind_descriptors(
    text: str, span: Span, mentions: tuple[Mention, ...], heads: Sequence[Mention], drafts: tuple[Draft, ...],
) -> tuple[Draft, ...]:
    """The drafts of one sentence (one per head, in order) with its descriptors, places, clock faces and sizes.

    Each goes to the finding it belongs to: a descriptor to the nearest head of a kind it fits, a place
    as ``_place_owners`` says, a size to the nearest head.
    """
    # Binding never changes which drafts are named only in passing, so this holds for the whole sentence.
    usable = [i for i, d in enumerate(drafts) if not d.reference_only]
    for mention in mentions:
        if mention.has(C.FINDING):
            continue
        pos = mention.span.start
        fits = [(category, kind, key) for category, kind, key in _FITS if mention.has(category)]
        owner = _owner(pos, heads, {kind for _, kind, _ in fits}, drafts, _takes_distribution) if fits else None
        if owner is not None:
            drafts = replace_at(drafts, owner, _misspelt(_describe(drafts[owner], mention, fits), mention))
            continue
        drafts = _bind_place(mention, pos, heads, drafts, usable)
    for clock in find_clocks(text, span.start, span.end):
        for owner in _place_owners(clock.span.start, heads, drafts, usable):
            drafts = replace_at(drafts, owner, _set_clock(drafts[owner], clock))
    for size in find_sizes(text, span.start, span.end):
        cortex = size.kind == CORTEX
        owner = _owner(size.span.start, heads, _NODES if cortex else None, drafts)
        if owner is not None:
            setter = _set_cortex if cortex else _set_size
            drafts = replace_at(drafts, owner, setter(drafts[owner], size))
    return drafts


def _describe(draft: Draft, mention: Mention, fits: list[tuple[LexiconCategory, FindingKind, str]]) -> Draft:
    """The draft with the first reading of ``mention`` that fits its kind; a shape said again adds nothing."""
    for category, kind, key in fits:
        reading = mention.reading(category)
        if reading is None or draft.kind is not kind:
            continue
        if category is C.MORPHOLOGY:
            morph = Morphology(reading.value)
            return draft if morph in draft.morphology else replace(draft, morphology=(*draft.morphology, morph))
        if category is C.DISTRIBUTION:
            return replace(draft, distribution=draft.distribution or Distribution(reading.value))
        return replace(draft, descriptors=with_descriptor(draft.descriptors, key, reading.value))
    return draft


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
