"""Which finding each descriptor, place, clock face and size in a sentence belongs to."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable

from readingscan.model.values import Depth, Distribution, FindingKind, Morphology, Quadrant, Span, Status
from readingscan.read.findings.drafts import Draft
from readingscan.read.lexicon import Mention
from readingscan.read.locations import Measure, find_clocks, find_sizes
from readingscan.rules.loader import Rule

_NME = "non_mass_enhancement"
_REACH = 12


def _takes_distribution(draft: Draft) -> bool:
    return draft.kind is not FindingKind.OTHER or draft.term == _NME


def _owner(
    position: int, heads: list[Mention], accepts: Iterable[FindingKind] | None, drafts: list[Draft] | None = None,
    fits: Callable[[Draft], bool] | None = None,
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
        rule = head.reading("finding")
        if rule is None or (accepts is not None and FindingKind(rule.value) not in accepts):
            continue
        distance = head.span.start - position if position < head.span.start else (position - head.span.end) + 3
        if best is None or distance < best[0]:
            best = (distance, i)
    return best[1] if best else None


_FITS: tuple[tuple[str, FindingKind, str], ...] = (
    ("morphology", FindingKind.CALCIFICATION, "morphology"),
    ("distribution", FindingKind.CALCIFICATION, "distribution"),
    ("distribution", FindingKind.OTHER, "distribution"),  # MRI non-mass enhancement (only) has one too
    ("mass_shape", FindingKind.MASS, "shape"),
    ("mass_margin", FindingKind.MASS, "margin"),
    ("mass_density", FindingKind.MASS, "density"),
)


def bind_descriptors(text: str, span: Span, mentions: tuple[Mention, ...], heads: list[Mention], drafts: list[Draft]) -> None:
    """Give each descriptor, place, clock face and size of one sentence to the finding it belongs to."""
    usable = [i for i, d in enumerate(drafts) if not d.reference_only]
    for mention in mentions:
        if mention.has("finding"):
            continue
        pos = mention.span.start
        fits = [(category, kind, key) for category, kind, key in _FITS if mention.has(category)]
        owner = _owner(pos, heads, {kind for _, kind, _ in fits}, drafts, _takes_distribution) if fits else None
        if owner is not None:
            draft = drafts[owner]
            for category, kind, key in fits:
                reading = mention.reading(category)
                if reading is None or draft.kind is not kind:
                    continue
                if category == "morphology":
                    if Morphology(reading.value) not in draft.morphology:
                        draft.morphology.append(Morphology(reading.value))
                elif category == "distribution":
                    draft.distribution = draft.distribution or Distribution(reading.value)
                else:
                    draft.descriptors.setdefault(key, reading.value)
                break
            continue
        _bind_place(mention, pos, heads, drafts, usable)
    for clock in find_clocks(text, span.start, span.end):
        for owner in _place_owners(clock.span.start, heads, drafts, usable):
            _set_clock(drafts[owner], clock)
    for size in find_sizes(text, span.start, span.end):
        owner = _owner(size.span.start, heads, None, drafts)
        if owner is not None:
            _set_size(drafts[owner], size)


def _place_owners(pos: int, heads: list[Mention], drafts: list[Draft], usable: list[int]) -> list[int]:
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


def _bind_place(mention: Mention, pos: int, heads: list[Mention], drafts: list[Draft], usable: list[int]) -> None:
    for category in ("quadrant", "depth", "node_type"):
        reading: Rule | None = mention.reading(category)
        if reading is None:
            continue
        for owner in _place_owners(pos, heads, drafts, usable):
            draft = drafts[owner]
            if category == "quadrant" and draft.quadrant is None:
                draft.quadrant = Quadrant(reading.value)
            elif category == "depth" and draft.depth is None:
                draft.depth = Depth(reading.value)
            elif category == "node_type":
                draft.descriptors.setdefault("site", reading.value)
        return


def _set_clock(draft: Draft, measure: Measure) -> None:
    if draft.clock is None:
        draft.clock = str(measure.value)


def _set_size(draft: Draft, measure: Measure) -> None:
    if draft.size_mm is None and isinstance(measure.value, (int, float)):
        draft.size_mm = float(measure.value)
