"""A finding being assembled, and how mentions of one lesion merge into it.

The impression repeating the findings ("IMPRESSION: Grouped fine pleomorphic calcifications, left
breast.") and a later sentence taking a lesion up again ("The mass measures 8 mm.") add to the finding
already there instead of making a second one. What is said to be absent is kept once per kind and side.

Drafts are frozen: merging gives a new tuple of drafts and leaves the one it was given as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from readingscan.model import (
    Breast,
    Depth,
    Distribution,
    FindingKind,
    Morphology,
    Quadrant,
    SectionKind,
    Span,
    Status,
)
from readingscan.read.findings.frozen import freeze, kept
from readingscan.read.findings.labels import different_labels
from readingscan.read.findings.names import GENERIC_LABELS, named_alike, named_short
from readingscan.read.findings.restated import placed_before
from readingscan.read.findings.values import CONTRACT, Descriptors, with_descriptor
from readingscan.rules import cue

__all__ = ["GENERIC_LABELS", "Descriptors", "Draft", "freeze", "kept", "merge_into", "replace_at", "with_descriptor"]

_SIZE_TOLERANCE = 0.35
_LOOK_BACK = 60
_SUMMARIES = (SectionKind.IMPRESSION, SectionKind.ASSESSMENT)
_REPORTED = (SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.ASSESSMENT)
_SIDE_WORD = cue("side_word")
_RESIZED = cue("resized")  # "has markedly decreased", "Residual 12 mm mass", in any of its sentences: not its size before


@dataclass(frozen=True)
class Draft:
    """A finding being assembled from its mentions (local to build_findings, then frozen)."""

    kind: FindingKind
    label: str
    term: str
    breast: Breast | None
    status: Status
    stable: bool
    evidence: Span
    section: SectionKind | None
    morphology: tuple[Morphology, ...] = ()
    distribution: Distribution | None = None
    clock: str | None = None
    quadrant: Quadrant | None = None
    depth: Depth | None = None
    size_mm: float | None = None
    # Kept sorted by key (see with_descriptor), so drafts with the same descriptors compare equal.
    descriptors: Descriptors = ()
    status_trigger: Span | None = None
    status_rule: str | None = None
    stable_trigger: Span | None = None
    extra: tuple[Span, ...] = ()
    anaphoric: bool = False
    another: bool = False
    reference_only: bool = False  # "the mass" named in passing inside another finding's sentence
    pointer: bool = False
    diagnosis: bool = False  # "It was consistent with an intramammary lymph node": what the lesion described is
    misspelt: tuple[str, ...] = ()  # words of it read by typo tolerance, as written
    seen_as: FindingKind | None = None  # the kind of the lesion a correlate is said to correspond to
    correlate: bool = False  # "... corresponding to the mammographic finding": the same lesion as one described  # "corresponds to the mammographic asymmetry": never a finding of its own
    breast_stated: bool = True  # False when the side only comes from the exam's title
    asserted: bool = True
    integrity: bool = False  # an implant whose integrity the report states (only those are findings)
    rupture_status: Status | None = None  # how sure the report is of the implant's rupture
    tag: str | None = None  # the label the report gives the lesion ("Lesion 2", "#2"): labels.py


def replace_at(drafts: tuple[Draft, ...], index: int, draft: Draft) -> tuple[Draft, ...]:
    """The drafts with the one at ``index`` replaced by ``draft``."""
    return (*drafts[:index], draft, *drafts[index + 1:])


def _added(items: tuple[Morphology, ...], more: tuple[Morphology, ...]) -> tuple[Morphology, ...]:
    """``items`` followed by those of ``more`` not yet in it, in the order they were said."""
    for item in more:
        if item not in items:
            items = (*items, item)
    return items


def _compatible(old: Draft, new: Draft) -> bool:
    """Could these two mentions describe the same lesion?

    A summary ("IMPRESSION: Bilateral milk of calcium") may name both breasts for lesions the findings
    described one side at a time; a reference back ("extending toward the mass") carries no new
    description, so only kind, side and status must agree.
    """
    if old.kind is not new.kind or (old.status is Status.ABSENT) != (new.status is Status.ABSENT):
        return False
    if different_labels(old.tag, new.tag):  # "Lesion 1", "Lesion 2": two lesions, however alike
        return False
    summary = new.section in _SUMMARIES and new.breast is Breast.BOTH and old.section is not new.section
    sides_known = old.breast_stated and new.breast_stated
    if old.breast and new.breast and old.breast is not new.breast and sides_known and not summary:
        return False
    places = ((old.clock, new.clock), (old.quadrant, new.quadrant))
    same_place = any(a and a == b for a, b in places)
    # "masses ... - ? fibroadenomata", "a mass, possibly a fibroadenoma": a hedged diagnosis in a sentence that
    # describes the lesion (also one merged into it) hedges what it is, not whether it is there.
    hedged = new.evidence in (old.evidence, *old.extra) and Status.POSSIBLE in (old.status, new.status) and not new.another \
        and new.label != old.label  # another name for it: "Asymmetry: Yes (possible asymmetry)" hedges the finding
    if old.status is not new.status and not (new.anaphoric or same_place or hedged):
        return False
    if not named_alike(old.label, new.label) and not (new.anaphoric and named_short(old.label, new.label)):
        return False  # "the cyst" after "an oil cyst": that lesion
    # "Another similar lesion at 9 o'clock. Few small simple cysts.": lesions named afresh in the section that named a
    # second one by its kind alone are more lesions, not that one (a pointer or a diagnosis may still name it).
    if old.another and old.label in GENERIC_LABELS and new.label not in GENERIC_LABELS and old.section is new.section \
            and not (new.anaphoric or new.pointer or new.diagnosis):
        return False
    if old.morphology and new.morphology and not set(old.morphology) & set(new.morphology):
        return False
    pairs = ((old.distribution, new.distribution), (old.clock, new.clock), (_behind(old.quadrant), _behind(new.quadrant)))
    if any(a and b and a != b for a, b in pairs):
        return False
    if old.size_mm and new.size_mm and not any(_RESIZED.search(e.text) for e in (old.evidence, *old.extra, new.evidence)):
        return abs(old.size_mm - new.size_mm) <= _SIZE_TOLERANCE * max(old.size_mm, new.size_mm)
    return True


def _behind(quadrant: Quadrant | None) -> Quadrant | None:
    """"Central" and "subareolar" both place a lesion behind the nipple, at different depths: no other place."""
    return Quadrant.SUBAREOLAR if quadrant is Quadrant.CENTRAL else quadrant


def merge_into(drafts: tuple[Draft, ...], new: Draft) -> tuple[Draft, ...]:
    """The findings so far with one more mention: merged into the lesion it describes again, or added."""
    if new.reference_only and new.diagnosis and new.status is Status.ABSENT:
        # "Spot compression confirms the asymmetry persists, without mass": what is denied is no diagnosis of the lesion.
        new = replace(new, reference_only=False, pointer=False, diagnosis=False)
    if new.reference_only:
        # "corresponding to the mammographic masses": a pointer to a finding, never a new one; "the nipple is
        # retracted, and the skin is thickened": a sign named otherwise is another finding.
        # "Left breast: the known vascular calcifications ...": not the right breast's (a side each, stated).
        same = [i for i, d in enumerate(drafts) if d.kind is new.kind and d.status is not Status.ABSENT
                and (new.pointer or d.term == new.term or named_alike(d.label, new.label) or named_short(d.label, new.label))
                and not _other_side(d, new) and not different_labels(d.tag, new.tag)]
        if same and new.status is not Status.ABSENT:
            at = _best(drafts, same, new)
            return replace_at(drafts, at, _absorb(drafts[at], new))
        # A pointer to nothing is dropped, unless it is the first lesion the report describes ("a round anechoic
        # lesion ..., corresponding to a simple cyst"; "the opacity corresponds to an 8 mm cyst": measured).
        described = (set(dict(new.descriptors)) & CONTRACT or new.size_mm) and not any(d.status is not Status.ABSENT for d in drafts)
        if same or new.status is Status.ABSENT or (new.pointer and not described):
            return drafts
        new = replace(new, reference_only=False)  # "the known cyst" with nothing before it: the first we hear of it
    if new.status is Status.ABSENT:
        said = [
            i for i, d in enumerate(drafts)
            if d.status is Status.ABSENT and d.kind is new.kind and d.breast == new.breast
        ]
        if not said:
            return (*drafts, new)
        first = drafts[said[0]]
        first = replace(first, clock=first.clock or new.clock, quadrant=first.quadrant or new.quadrant)
        return replace_at(drafts, said[0], first)
    if new.another and not new.anaphoric and not placed_before(drafts, new):
        return (*drafts, new)
    # The lesions of one report are few; looking back over the last ones bounds the work on odd input.
    candidates = [i for i in range(max(0, len(drafts) - _LOOK_BACK), len(drafts)) if _compatible(drafts[i], new)]
    if not candidates and new.anaphoric:  # "the calcifications are now fine pleomorphic": the one lesion it can be
        pointed = [i for i, d in enumerate(drafts) if _compatible(replace(d, morphology=()), new)]
        candidates = pointed if len(pointed) == 1 else []
    if not candidates:
        return (*drafts, new)
    at = _best(drafts, candidates, new)
    old = drafts[at]
    if new.section in _SUMMARIES:
        # A summary naming several shapes ("secretory and vascular calcifications") may cover
        # several lesions: a shape another finding already has stays with that finding.
        others = {m for i, d in enumerate(drafts) if i != at and d.kind is old.kind for m in d.morphology}
        new = replace(new, morphology=tuple(m for m in new.morphology if m in old.morphology or m not in others))
    return replace_at(drafts, at, _absorb(old, new))


def _other_side(old: Draft, new: Draft) -> bool:
    """Whether ``new`` names the breast opposite ``old``'s in its own sentence (not one it took from the focus)."""
    sides = {old.breast, new.breast}
    return old.breast_stated and sides == {Breast.LEFT, Breast.RIGHT} and bool(_SIDE_WORD.search(new.evidence.text))


def _best(drafts: tuple[Draft, ...], indices: list[int], new: Draft) -> int:
    """Which of the drafts at ``indices`` the mention fits best; of equal fits, the most recent.

    Recency is the position of the first draft equal to it, so of two drafts alike in every field
    the earlier one is taken (``max`` keeps the first of equal keys).
    """
    return max(indices, key=lambda i: _agreement(drafts[i], new, drafts.index(drafts[i])))


def _agreement(old: Draft, new: Draft, order: int) -> tuple[int, int]:
    """How well a mention fits a finding already there: shared place, name, shape, status; then recency."""
    score = 3 * (bool(old.clock) and old.clock == new.clock) + 2 * (bool(old.quadrant) and old.quadrant == new.quadrant)
    score += 2 * (old.label == new.label and old.label not in GENERIC_LABELS)
    score += bool(set(old.morphology) & set(new.morphology)) + (old.status is new.status)
    score += (old.distribution is not None and old.distribution == new.distribution)
    score += 2 * (old.breast == new.breast and old.breast_stated and new.breast_stated)
    score += 4 * (old.tag is not None and old.tag == new.tag)
    return score, order


def _absorb(old: Draft, new: Draft) -> Draft:
    """The finding ``old`` with what a new mention of it adds; what ``old`` already says stands."""
    if new.reference_only:  # named in passing: only what the sentence says of it ("the cyst, unchanged")
        descriptors = old.descriptors
        for key, value in new.descriptors:
            descriptors = with_descriptor(descriptors, key, value)
        return replace(old, stable=old.stable or new.stable, descriptors=descriptors)
    breast, breast_stated = old.breast, old.breast_stated
    if not old.breast_stated and (new.breast_stated or (old.breast is Breast.BOTH and new.breast in (Breast.LEFT, Breast.RIGHT))):
        breast, breast_stated = new.breast, new.breast_stated  # a title's "retracted nipple" over the left one's
    label, term = old.label, old.term
    section = new.section if old.section not in _REPORTED and new.section in _REPORTED else old.section
    if old.label in GENERIC_LABELS and new.label not in GENERIC_LABELS:
        label, term = new.label, new.term
    descriptors = old.descriptors
    for key, value in new.descriptors:
        descriptors = with_descriptor(descriptors, key, value)
    evidence, extra = old.evidence, old.extra
    # Sentences come in order, so a repeat of the same sentence is always the last one added.
    if new.evidence != old.evidence and (not old.extra or old.extra[-1] != new.evidence):
        extra = (*extra, new.evidence)
    if old.section not in _REPORTED and new.section in _REPORTED:
        # The words the imaging is reported in are the evidence, not a title or a presenting complaint before them.
        evidence, extra = new.evidence, (old.evidence, *(e for e in extra if e != new.evidence))
    return replace(
        old, breast=breast or new.breast, breast_stated=breast_stated, stable=old.stable or new.stable,
        stable_trigger=old.stable_trigger or new.stable_trigger, morphology=_added(old.morphology, new.morphology),
        distribution=old.distribution or new.distribution, clock=old.clock or new.clock,
        quadrant=old.quadrant or new.quadrant, depth=old.depth or new.depth, size_mm=old.size_mm or new.size_mm,
        label=label, term=term, descriptors=descriptors, evidence=evidence, section=section, extra=extra,
        misspelt=tuple(dict.fromkeys((*old.misspelt, *new.misspelt))),
        integrity=old.integrity or new.integrity, tag=old.tag or new.tag,
        rupture_status=Status.PRESENT if Status.PRESENT in (old.rupture_status, new.rupture_status)
        else old.rupture_status or new.rupture_status,
    )

