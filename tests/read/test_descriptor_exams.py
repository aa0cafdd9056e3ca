"""Words of MRI and contrast mammography only (a non-mass enhancement's distribution, internal enhancement,
kinetics) describe nothing on an exam none of them is (describe.describe_with / binding.bind_descriptors
``modalities``); with the exam unknown every reading may still describe.

Each row is a wording of its own, not a corpus sentence: the mechanism is under test.
"""

from __future__ import annotations

import pytest

from readingscan.model import Breast, FindingKind, Modality, SectionKind, Span, Status
from readingscan.read.findings.binding import bind_descriptors
from readingscan.read.findings.drafts import Draft
from readingscan.read.lexicon import lexicon_for
from readingscan.rules.records import LexiconGroup

US, MRI, CEM = (Modality.ULTRASOUND,), (Modality.MRI,), (Modality.CONTRAST_ENHANCED_MAMMOGRAPHY,)
BOTH = (Modality.MAMMOGRAPHY, Modality.ULTRASOUND, Modality.CONTRAST_ENHANCED_MAMMOGRAPHY)


def _bound(text: str, modalities: tuple[Modality, ...]) -> dict[str, str]:
    """The descriptors of the one finding of ``text`` after binding in an exam of ``modalities``."""
    mentions = lexicon_for(LexiconGroup.FINDINGS).find(text)
    heads = [m for m in mentions if m.has("finding")]
    assert len(heads) == 1, [h.span.text for h in heads]
    rule = heads[0].reading("finding")
    assert rule is not None
    span = Span(0, len(text), text, SectionKind.FINDINGS)
    draft = Draft(kind=FindingKind(rule.value), label=rule.label, term=rule.term, breast=Breast.LEFT,
                  status=Status.PRESENT, stable=False, evidence=span, section=span.section)
    (bound,) = bind_descriptors(text, span, mentions, heads, (draft,), modalities=modalities)
    return dict(bound.descriptors)


NME = "A non-mass lesion in a segmental distribution with clumped internal enhancement, 3 cm."
KINETICS = "An irregular mass with rapid initial enhancement and washout, 12 mm."


@pytest.mark.parametrize(("text", "modalities", "name"), [
    (NME, US, "nme_distribution"), (NME, US, "internal_enhancement"),
    (KINETICS, US, "kinetics_initial"), (KINETICS, US, "kinetics_delayed"),
])
def test_enhancement_words_describe_nothing_on_ultrasound(text: str, modalities: tuple[Modality, ...],
                                                          name: str) -> None:
    assert name not in _bound(text, modalities)


@pytest.mark.parametrize(("text", "modalities", "name", "value"), [
    (NME, MRI, "nme_distribution", "segmental"), (NME, CEM, "internal_enhancement", "clumped"),
    (NME, BOTH, "nme_distribution", "segmental"), (NME, (), "internal_enhancement", "clumped"),
    (KINETICS, MRI, "kinetics_delayed", "washout"), (KINETICS, (), "kinetics_initial", "fast"),
    # The ultrasound and shape words of the same lesion still describe it on ultrasound.
    (KINETICS, US, "shape", "irregular"),
])
def test_enhancement_words_describe_in_enhancing_or_unknown_exams(
    text: str, modalities: tuple[Modality, ...], name: str, value: str,
) -> None:
    assert _bound(text, modalities).get(name) == value
