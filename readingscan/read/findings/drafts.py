"""A finding being assembled, and how mentions of one lesion merge into it.

The impression repeating the findings ("IMPRESSION: Grouped fine pleomorphic calcifications, left
breast.") and a later sentence taking a lesion up again ("The mass measures 8 mm.") add to the finding
already there instead of making a second one. What is said to be absent is kept once per kind and side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from readingscan.model.values import (
    Breast,
    Depth,
    Distribution,
    Finding,
    FindingKind,
    Location,
    Morphology,
    Quadrant,
    SectionKind,
    Span,
    Status,
)

# Names that say only the kind: a "mass" may turn out to be the "cyst" described elsewhere.
_GENERIC_LABELS = frozenset({"mass", "calcifications", "asymmetry", "lymph node", "architectural distortion"})
_SIZE_TOLERANCE = 0.35
_LOOK_BACK = 60


@dataclass
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
    morphology: list[Morphology] = field(default_factory=list)
    distribution: Distribution | None = None
    clock: str | None = None
    quadrant: Quadrant | None = None
    depth: Depth | None = None
    size_mm: float | None = None
    descriptors: dict[str, str] = field(default_factory=dict)
    status_trigger: Span | None = None
    status_rule: str | None = None
    stable_trigger: Span | None = None
    extra: list[Span] = field(default_factory=list)
    anaphoric: bool = False
    another: bool = False
    reference_only: bool = False  # "the mass" named in passing inside another finding's sentence
    pointer: bool = False  # "corresponds to the mammographic asymmetry": never a finding of its own
    breast_stated: bool = True  # False when the side only comes from the exam's title
    asserted: bool = True


def _compatible(old: Draft, new: Draft) -> bool:
    """Could these two mentions describe the same lesion?

    A summary ("IMPRESSION: Bilateral milk of calcium") may name both breasts for lesions the findings
    described one side at a time; a reference back ("extending toward the mass") carries no new
    description, so only kind, side and status must agree.
    """
    if old.kind is not new.kind or (old.status is Status.ABSENT) != (new.status is Status.ABSENT):
        return False
    summary = new.section in (SectionKind.IMPRESSION, SectionKind.ASSESSMENT) and new.breast is Breast.BOTH
    sides_known = old.breast_stated and new.breast_stated
    if old.breast and new.breast and old.breast is not new.breast and sides_known and not summary:
        return False
    places = ((old.clock, new.clock), (old.quadrant, new.quadrant))
    same_place = any(a and a == b for a, b in places)
    if old.status is not new.status and not (new.anaphoric or same_place):
        return False
    if old.label != new.label and old.label not in _GENERIC_LABELS and new.label not in _GENERIC_LABELS:
        return False
    if old.morphology and new.morphology and not set(old.morphology) & set(new.morphology):
        return False
    pairs = ((old.distribution, new.distribution), (old.clock, new.clock), (old.quadrant, new.quadrant))
    if any(a and b and a != b for a, b in pairs):
        return False
    if old.size_mm and new.size_mm:
        return abs(old.size_mm - new.size_mm) <= _SIZE_TOLERANCE * max(old.size_mm, new.size_mm)
    return True


def merge_into(drafts: list[Draft], new: Draft) -> None:
    """Add a mention to the findings so far: into the lesion it describes again, or as a new one."""
    if new.reference_only:
        # "corresponding to the mammographic masses": a pointer to a finding, never a new one.
        same = [d for d in drafts if d.kind is new.kind and d.status is not Status.ABSENT]
        if same and new.status is not Status.ABSENT:
            _absorb(max(same, key=lambda d: _agreement(d, new, drafts.index(d))), new)
            return
        if same or new.status is Status.ABSENT or new.pointer:
            return
        new.reference_only = False  # "the known cyst" with nothing before it: the first we hear of it
    if new.status is Status.ABSENT:
        said = [d for d in drafts if d.status is Status.ABSENT and d.kind is new.kind and d.breast == new.breast]
        if said:
            said[0].clock, said[0].quadrant = said[0].clock or new.clock, said[0].quadrant or new.quadrant
        else:
            drafts.append(new)
        return
    if new.another and not new.anaphoric:
        drafts.append(new)
        return
    # The lesions of one report are few; looking back over the last ones bounds the work on odd input.
    candidates = [old for old in drafts[-_LOOK_BACK:] if _compatible(old, new)]
    if candidates:
        old = max(candidates, key=lambda d: _agreement(d, new, drafts.index(d)))
        if new.section in (SectionKind.IMPRESSION, SectionKind.ASSESSMENT):
            # A summary naming several shapes ("secretory and vascular calcifications") may cover
            # several lesions: a shape another finding already has stays with that finding.
            others = {m for d in drafts if d is not old and d.kind is old.kind for m in d.morphology}
            new.morphology = [m for m in new.morphology if m in old.morphology or m not in others]
        _absorb(old, new)
        return
    drafts.append(new)


def _agreement(old: Draft, new: Draft, order: int) -> tuple[int, int]:
    """How well a mention fits a finding already there: shared place, name, shape, status; then recency."""
    score = 3 * (bool(old.clock) and old.clock == new.clock) + 2 * (bool(old.quadrant) and old.quadrant == new.quadrant)
    score += 2 * (old.label == new.label and old.label not in _GENERIC_LABELS)
    score += bool(set(old.morphology) & set(new.morphology)) + (old.status is new.status)
    score += (old.distribution is not None and old.distribution == new.distribution)
    score += 2 * (old.breast == new.breast and old.breast_stated and new.breast_stated)
    return score, order


def _absorb(old: Draft, new: Draft) -> None:
    if new.reference_only:
        old.stable = old.stable or new.stable
        return
    if not old.breast_stated and new.breast_stated:
        old.breast, old.breast_stated = new.breast, True
    old.breast = old.breast or new.breast
    old.stable = old.stable or new.stable
    old.stable_trigger = old.stable_trigger or new.stable_trigger
    for morph in new.morphology:
        if morph not in old.morphology:
            old.morphology.append(morph)
    old.distribution = old.distribution or new.distribution
    old.clock, old.quadrant, old.depth = old.clock or new.clock, old.quadrant or new.quadrant, old.depth or new.depth
    old.size_mm = old.size_mm or new.size_mm
    if old.label in _GENERIC_LABELS and new.label not in _GENERIC_LABELS:
        old.label, old.term = new.label, new.term
    for key, value in new.descriptors.items():
        old.descriptors.setdefault(key, value)
    # Sentences come in order, so a repeat of the same sentence is always the last one added.
    if new.evidence != old.evidence and (not old.extra or old.extra[-1] != new.evidence):
        old.extra.append(new.evidence)


def freeze(d: Draft) -> Finding:
    """The finished, immutable Finding."""
    if d.status is Status.ABSENT:
        # "No cluster of microcalcifications" says calcifications are absent; the words describing
        # what is absent are not a shape or pattern the person has.
        d.morphology, d.distribution = [], None
    location = Location(d.clock, d.quadrant, d.depth) if (d.clock or d.quadrant or d.depth) else None
    return Finding(
        kind=d.kind, breast=d.breast, status=d.status, stable=d.stable, evidence=d.evidence,
        morphology=tuple(d.morphology), distribution=d.distribution, location=location, size_mm=d.size_mm,
        descriptors=tuple(sorted(d.descriptors.items())), status_trigger=d.status_trigger,
        status_rule=d.status_rule, stable_trigger=d.stable_trigger, label=d.label, term=d.term, extra_evidence=tuple(d.extra),
    )
