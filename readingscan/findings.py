"""Build findings: one per described lesion, with its breast, descriptors, status and the reason why.

Per sentence, finding words ("calcifications", "mass", "focal asymmetry") are the heads; descriptors
("fine pleomorphic", "grouped", "spiculated"), sides, clock faces and sizes bind to the nearest head
they fit. Context (context.py) says whether each head is present, possible or absent, and stable.

Then mentions of one lesion are merged: the impression repeating the findings ("IMPRESSION: Grouped
fine pleomorphic calcifications, left breast.") and a later sentence taking it up again ("The mass
measures 8 mm.") add to the finding already there instead of making a second one. What is said to be
absent is kept once per kind and breast.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .context import ModifierLookup, assert_target, modifier_lookup
from .lexicon import Mention
from .locations import Measure, find_clocks, find_sizes
from .models import (
    Breast,
    Depth,
    Distribution,
    Finding,
    FindingKind,
    Location,
    Modifier,
    Morphology,
    Quadrant,
    SectionKind,
    Sentence,
    Span,
    Status,
)
from .ruleset import Rule
from .sentences import is_prose

# Words before a finding word that point back to one already described, or forward to a new one.
_ANAPHORA = re.compile(r"\b(?:the|this|these|that|those|said|aforementioned|above|previously\s+(?:described|noted|seen|identified)|known|biopsied|index)\s+(?:[\w-]+\s+){0,4}$", re.I)
_ANOTHER = re.compile(r"\b(?:another|additional|second|third|separate|other)\s+(?:[\w-]+\s+){0,3}$", re.I)
# A finding word used as a label for what follows ("Lymph nodes: No axillary adenopathy.").
_LABEL = re.compile(r"\s*:")
_NME = "non_mass_enhancement"
_GENERIC_LABELS = frozenset({"mass", "calcifications", "asymmetry", "lymph node", "architectural distortion"})
_SIZE_TOLERANCE = 0.35


@dataclass
class _Draft:
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
    breast_stated: bool = True  # False when the side only comes from the exam's title
    asserted: bool = True


def build_findings(
    text: str,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    exam_breast: Breast | None,
    modifiers: ModifierLookup | None = None,
) -> tuple[Finding, ...]:
    """Findings of the report in order of first mention (see module docstring for the rules)."""
    modifiers = modifiers or modifier_lookup(text)
    drafts: list[_Draft] = []
    index = 0
    for sentence in sentences:
        while index < len(mentions) and mentions[index].span.start < sentence.span.start:
            index += 1
        in_sentence = []
        j = index
        while j < len(mentions) and mentions[j].span.end <= sentence.span.end:
            in_sentence.append(mentions[j])
            j += 1
        if not is_prose(sentence.span.section) or not any(m.has("finding") for m in in_sentence):
            continue
        for draft in _read_sentence(text, sentence, tuple(in_sentence), exam_breast, modifiers(sentence)):
            _merge_into(drafts, draft)
    return tuple(_freeze(d) for d in drafts)


def _read_sentence(
    text: str, sentence: Sentence, mentions: tuple[Mention, ...], exam_breast: Breast | None,
    modifiers: tuple[Modifier, ...],
) -> list[_Draft]:
    span = sentence.span
    heads = _drop_labels(text, [m for m in mentions if m.has("finding")])
    sides = [(m.span, Breast(m.reading("laterality").value)) for m in mentions if m.has("laterality")]  # type: ignore[union-attr]
    drafts = []
    for head in heads:
        rule = head.reading("finding")
        assert rule is not None
        assertion = assert_target(head.span, modifiers)
        stated = _nearest_side(head.span, sides, _next_head_start(heads, head, span.end)) or sentence.breast
        breast = stated or exam_breast
        before = text[max(span.start, head.span.start - 60):head.span.start]
        drafts.append(
            _Draft(
                kind=FindingKind(rule.value), label=rule.label or rule.literal, term=rule.term, breast=breast,
                status=assertion.status, stable=assertion.stable, evidence=span, section=span.section,
                status_trigger=assertion.status_modifier.trigger if assertion.status_modifier else None,
                status_rule=assertion.status_modifier.rule_id if assertion.status_modifier else None,
                stable_trigger=assertion.stable_modifier.trigger if assertion.stable_modifier else None,
                breast_stated=stated is not None, anaphoric=bool(_ANAPHORA.search(before)), another=bool(_ANOTHER.search(before)),
                # Kept while descriptors are bound (they belong to it), then left out.
                asserted=not (assertion.historical or assertion.unasserted),
            )
        )
        if rule.implies:
            drafts[-1].morphology.append(Morphology(rule.implies))
    for draft in drafts:
        draft.reference_only = draft.anaphoric and len(heads) > 1
    _bind_descriptors(text, span, mentions, heads, drafts)
    return [d for d in drafts if d.asserted]


def _drop_labels(text: str, heads: list[Mention]) -> list[Mention]:
    """A finding word followed by ':' that introduces another finding word is a label, not a finding."""
    kept = []
    for i, head in enumerate(heads):
        is_label = _LABEL.match(text, head.span.end) is not None and i + 1 < len(heads)
        if not is_label:
            kept.append(head)
    return kept


def _next_head_start(heads: list[Mention], head: Mention, default: int) -> int:
    later = [h.span.start for h in heads if h.span.start > head.span.start]
    return min(later, default=default)


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


def _takes_distribution(draft: _Draft) -> bool:
    return draft.kind is not FindingKind.OTHER or draft.term == _NME


def _owner(
    position: int, heads: list[Mention], accepts: Iterable[FindingKind] | None, drafts: list[_Draft] | None = None,
    fits: Callable[[_Draft], bool] | None = None,
) -> int | None:
    """Index of the nearest head (of an accepted kind) to a descriptor at ``position``.

    A head named only in passing ("extending toward the mass") owns no measurement.
    """
    best: tuple[int, int] | None = None
    for i, head in enumerate(heads):
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


def _bind_descriptors(text: str, span: Span, mentions: tuple[Mention, ...], heads: list[Mention], drafts: list[_Draft]) -> None:
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
        _bind_place(mention, pos, heads, drafts)
    for clock in find_clocks(text, span.start, span.end):
        for owner in _place_owners(clock.span.start, heads, drafts):
            _set_clock(drafts[owner], clock)
    for size in find_sizes(text, span.start, span.end):
        owner = _owner(size.span.start, heads, None, drafts)
        if owner is not None:
            _set_size(drafts[owner], size)


def _place_owners(pos: int, heads: list[Mention], drafts: list[_Draft]) -> list[int]:
    """Which findings a place word belongs to.

    A place that opens the sentence ("In the left retroareolar region there is no mass, but there
    are coarse calcifications") belongs to every finding after it; a place after a negated list
    ("No asymmetry, mass or distortion in the upper outer quadrant") to the whole list; otherwise
    to the nearest finding word.
    """
    usable = [i for i, d in enumerate(drafts) if not d.reference_only]
    if usable and all(pos < heads[i].span.start for i in usable):
        return usable
    if usable and all(heads[i].span.end <= pos for i in usable) and all(drafts[i].status is Status.ABSENT for i in usable):
        return usable
    owner = _owner(pos, heads, None, drafts)
    return [] if owner is None else [owner]


def _bind_place(mention: Mention, pos: int, heads: list[Mention], drafts: list[_Draft]) -> None:
    for category in ("quadrant", "depth", "node_type"):
        reading: Rule | None = mention.reading(category)
        if reading is None:
            continue
        for owner in _place_owners(pos, heads, drafts):
            draft = drafts[owner]
            if category == "quadrant" and draft.quadrant is None:
                draft.quadrant = Quadrant(reading.value)
            elif category == "depth" and draft.depth is None:
                draft.depth = Depth(reading.value)
            elif category == "node_type":
                draft.descriptors.setdefault("site", reading.value)
        return


def _set_clock(draft: _Draft, measure: Measure) -> None:
    if draft.clock is None:
        draft.clock = str(measure.value)


def _set_size(draft: _Draft, measure: Measure) -> None:
    if draft.size_mm is None and isinstance(measure.value, (int, float)):
        draft.size_mm = float(measure.value)


def _compatible(old: _Draft, new: _Draft) -> bool:
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


def _merge_into(drafts: list[_Draft], new: _Draft) -> None:
    if new.reference_only:
        # "corresponding to the mammographic masses": a pointer to a finding, never a new one.
        same = [d for d in drafts if d.kind is new.kind and d.status is not Status.ABSENT]
        if same and new.status is not Status.ABSENT:
            _absorb(max(same, key=lambda d: _agreement(d, new, drafts.index(d))), new)
            return
        if same or new.status is Status.ABSENT:
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
    candidates = [old for old in drafts if _compatible(old, new)]
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


def _agreement(old: _Draft, new: _Draft, order: int) -> tuple[int, int]:
    """How well a mention fits a finding already there: shared place, name, shape, status; then recency."""
    score = 3 * (bool(old.clock) and old.clock == new.clock) + 2 * (bool(old.quadrant) and old.quadrant == new.quadrant)
    score += 2 * (old.label == new.label and old.label not in _GENERIC_LABELS)
    score += bool(set(old.morphology) & set(new.morphology)) + (old.status is new.status)
    score += (old.distribution is not None and old.distribution == new.distribution)
    score += 2 * (old.breast == new.breast and old.breast_stated and new.breast_stated)
    return score, order


def _absorb(old: _Draft, new: _Draft) -> None:
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
    if new.evidence != old.evidence and new.evidence not in old.extra:
        old.extra.append(new.evidence)


def _freeze(d: _Draft) -> Finding:
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
