"""Which descriptor words fit which finding, and how one word adds to the finding it describes.

A descriptor word fits the kinds of finding its lexicon category describes ("parallel" a mass, a non-mass lesion
or another lesion such as a seroma; "washout" also an MRI focus; "linguine sign" an implant) and is stored under
the contract's descriptor name. The first value said stands ("oval ... The mass is oval" adds nothing), except
an implant's rupture, where the most serious kind said stands (an extracapsular rupture is intracapsular too).

Negated words describe nothing ("no posterior shadowing"), except the words whose value says what is not there:
"no internal vascularity" is vascularity absent, "no posterior acoustic features" posterior features none, "no
evidence of rupture" an implant with no rupture.
"""

from __future__ import annotations

from dataclasses import replace

from readingscan.model import Distribution, FindingKind, ImplantRupture, Modality, Modifier, Morphology, Status
from readingscan.model.descriptors import Descriptor, PosteriorFeatures, Vascularity
from readingscan.read.context import Assertion
from readingscan.read.findings.drafts import Draft, with_descriptor
from readingscan.read.lexicon import Mention
from readingscan.rules.records import LexiconCategory
from readingscan.rules.records import LexiconCategory as C

K = FindingKind
_LESION = frozenset({K.MASS, K.NON_MASS, K.OTHER})
# Fat necrosis ("oval ... consistent with fat necrosis"), a lymph node ("a round lymph node").
_SHAPED = frozenset({K.MASS, K.OTHER, K.LYMPH_NODE})
_IMPLANT = frozenset({K.IMPLANT})
_DISTORTION = frozenset({K.ARCHITECTURAL_DISTORTION})
_NODE = frozenset({K.LYMPH_NODE})  # "both are round and hypoechoic, with loss of the fatty hilum"
MORPHOLOGY_KEY, DISTRIBUTION_KEY = "morphology", "distribution"

# In the order a word's readings are tried: a word with several ("linear" a calcification distribution and a
# non-mass enhancement distribution) takes the reading that fits the finding it describes.
FITS: tuple[tuple[LexiconCategory, frozenset[FindingKind], str], ...] = (
    (C.MORPHOLOGY, frozenset({K.CALCIFICATION}), MORPHOLOGY_KEY),
    (C.DISTRIBUTION, frozenset({K.CALCIFICATION}), DISTRIBUTION_KEY),
    (C.NME_DISTRIBUTION, frozenset({K.NON_MASS}), Descriptor.NME_DISTRIBUTION),
    (C.MASS_SHAPE, _SHAPED, Descriptor.SHAPE),
    (C.MASS_MARGIN, _SHAPED, Descriptor.MARGIN),
    (C.MASS_DENSITY, frozenset({K.MASS}), Descriptor.MASS_DENSITY),
    (C.ORIENTATION, _LESION, Descriptor.ORIENTATION),
    (C.ECHO_PATTERN, _LESION | _NODE, Descriptor.ECHO_PATTERN),
    # An architectural distortion seen on ultrasound has its posterior features and vascularity too.
    (C.POSTERIOR_FEATURES, _LESION | _DISTORTION, Descriptor.POSTERIOR_FEATURES),
    (C.VASCULARITY, _LESION | _DISTORTION, Descriptor.VASCULARITY),
    (C.ELASTICITY, _LESION, Descriptor.ELASTICITY),
    # A node's enhancement and kinetics are its own ("oval node, homogeneous enhancement, persistent kinetics").
    (C.INTERNAL_ENHANCEMENT, _LESION | _NODE, Descriptor.INTERNAL_ENHANCEMENT),
    (C.KINETICS_INITIAL, _LESION | _NODE | {K.FOCUS}, Descriptor.KINETICS_INITIAL),
    (C.KINETICS_DELAYED, _LESION | _NODE | {K.FOCUS}, Descriptor.KINETICS_DELAYED),
    (C.IMPLANT_RUPTURE, _IMPLANT, Descriptor.IMPLANT_RUPTURE),
    (C.IMPLANT_SIGN, _IMPLANT, Descriptor.IMPLANT_RUPTURE),
    (C.IMPLANT_RUPTURE_WORD, _IMPLANT, Descriptor.IMPLANT_RUPTURE),
)
DESCRIBING = tuple(category for category, _, _ in FITS)
# Values that say what is not there: a negation around them is part of the description.
_NOT_THERE = frozenset({Vascularity.ABSENT, PosteriorFeatures.NONE, ImplantRupture.NONE})


# The exams each descriptor is a word of: a lesion described by one of them was seen in that exam. A word whose
# lexicon record names its exams ("heterogeneous" alone: an internal enhancement on MRI and contrast mammography)
# describes no lesion that words of other exams only describe ("oval, parallel, heterogeneous" on ultrasound).
_MRI_CEM = frozenset({Modality.MRI, Modality.CONTRAST_ENHANCED_MAMMOGRAPHY})
_US = frozenset({Modality.ULTRASOUND})
_SEEN_IN: dict[str, frozenset[Modality]] = {
    Descriptor.INTERNAL_ENHANCEMENT: _MRI_CEM, Descriptor.NME_DISTRIBUTION: _MRI_CEM,
    Descriptor.KINETICS_INITIAL: _MRI_CEM, Descriptor.KINETICS_DELAYED: _MRI_CEM,
    Descriptor.ORIENTATION: _US, Descriptor.ECHO_PATTERN: _US, Descriptor.POSTERIOR_FEATURES: _US,
    Descriptor.VASCULARITY: _US, Descriptor.ELASTICITY: _US,
}  # a mass's density tells no exam apart: a mammogram's and contrast mammography's low-energy images
_KIND_SEEN_IN = {K.FOCUS: _MRI_CEM}
_ENHANCING_ONLY = frozenset(key for key, exams in _SEEN_IN.items() if exams == _MRI_CEM)

_KINDS: dict[str, frozenset[FindingKind]] = {category: kinds for category, kinds, _ in FITS}
_NO_KINDS: frozenset[FindingKind] = frozenset()


def kinds_described(mention: Mention) -> frozenset[FindingKind]:
    """The kinds of finding the word can describe (empty: it describes none)."""
    found: frozenset[FindingKind] = frozenset()
    for reading in mention.readings:
        found |= _KINDS.get(reading.category, _NO_KINDS)
    return found


def describes(mention: Mention) -> bool:
    return any(reading.category in _KINDS for reading in mention.readings)


def own_words(modifiers: tuple[Modifier, ...], mentions: tuple[Mention, ...]) -> tuple[Modifier, ...]:
    """The context triggers, less those inside a word's own words: "not parallel", "no internal vascularity",
    "not seen on the low-energy images" say what they say of that word, and negate nothing after it ("not
    parallel orientation and posterior shadowing" has shadowing). So with a finding word's own: "an area without mass
    shape or margins" (a non-mass lesion) negates neither itself nor the shadowing said after it."""
    inside = [(m.span.start, m.span.end) for m in mentions if describes(m) or m.has(C.NOT_FINDING)]
    inside += [(m.span.start + 1, m.span.end) for m in mentions if m.has(C.FINDING)]  # after its first letter
    return tuple(mod for mod in modifiers if not any(start <= mod.trigger.start < end for start, end in inside))


def describe_with(
    draft: Draft, mention: Mention, assertion: Assertion | None = None, modalities: tuple[Modality, ...] = (),
) -> Draft:
    """The draft with the first reading of ``mention`` that fits its kind (``assertion``: the word's context).

    ``modalities``: the exam's, when known. A word of MRI and contrast mammography only (a non-mass enhancement's
    distribution, an internal enhancement, kinetics) describes nothing on an exam none of them is: "focal" or
    "heterogeneous" in an ultrasound report is no enhancement. Empty (unknown): every reading may describe.
    """
    status = assertion.status if assertion is not None else Status.PRESENT
    for category, kinds, key in FITS:
        reading = mention.reading(category)
        if reading is None or draft.kind not in kinds or not _in_exam(key, modalities):
            continue
        if reading.exams and (seen := _seen_in(draft)) and not set(reading.exams) & seen:
            return draft
        if draft.kind is K.IMPLANT:
            return _implant(draft, category, reading.value, assertion)
        if status is Status.ABSENT and reading.value not in _NOT_THERE:
            return draft
        if category is C.MORPHOLOGY:
            morph = Morphology(reading.value)
            return draft if morph in draft.morphology else replace(draft, morphology=(*draft.morphology, morph))
        if category is C.DISTRIBUTION:
            return replace(draft, distribution=draft.distribution or Distribution(reading.value))
        return replace(draft, descriptors=with_descriptor(draft.descriptors, key, reading.value))
    return draft


def _in_exam(key: str, modalities: tuple[Modality, ...]) -> bool:
    """Whether a descriptor of ``key`` is a word of the exam (of an enhancing exam only when it is one)."""
    return not modalities or key not in _ENHANCING_ONLY or bool(_MRI_CEM & set(modalities))


def _seen_in(draft: Draft) -> set[Modality]:
    """The exams the lesion's words so far belong to (empty: none tells, as of shape and margin)."""
    seen = set(_KIND_SEEN_IN.get(draft.kind, ()))
    for key, _ in draft.descriptors:
        seen |= _SEEN_IN.get(key, frozenset())
    return seen


def _implant(draft: Draft, category: LexiconCategory, value: str, assertion: Assertion | None) -> Draft:
    """An implant with one more word about its integrity: its rupture kind and whether the rupture is certain.

    A sign ("keyhole sign") gives the kind only; the rupture's own words give whether it is there or possible
    ("possible early intracapsular rupture").
    """
    status = assertion.status if assertion is not None else Status.PRESENT
    said: ImplantRupture | None
    if status is Status.ABSENT or value == ImplantRupture.NONE:
        said, stated = ImplantRupture.NONE, None
    else:
        said = None if category is C.IMPLANT_RUPTURE_WORD else ImplantRupture(value)
        stated = None if category is C.IMPLANT_SIGN else status
    if said is not None:
        draft = replace(draft, descriptors=with_descriptor(draft.descriptors, Descriptor.IMPLANT_RUPTURE, said))
    if stated is not None and (draft.rupture_status is None or stated is Status.PRESENT):
        modifier = assertion.status_modifier if assertion is not None else None
        draft = replace(draft, rupture_status=stated,
                        status_trigger=modifier.trigger if modifier else draft.status_trigger,
                        status_rule=modifier.rule_id if modifier else draft.status_rule)
    # Settled at once: a possible rupture said in a sentence after the implant's ("Left implant: a subcapsular line.
    # Intracapsular rupture cannot be excluded.") leaves the implant possible.
    return settle_implant(replace(draft, integrity=True))


def settle_implant(draft: Draft) -> Draft:
    """An implant's status is its integrity statement's: possible when only a possible rupture is said
    ("possible early intracapsular rupture"), present otherwise (also "no evidence of implant rupture")."""
    if draft.kind is not K.IMPLANT or not draft.integrity:
        return draft
    if draft.rupture_status is Status.POSSIBLE:
        return replace(draft, status=Status.POSSIBLE, stable=False)
    return replace(draft, status=Status.PRESENT, stable=False, status_trigger=None, status_rule=None)
