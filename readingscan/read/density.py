"""Mammographic breast density (composition a-d), read exactly as the report states it: on a mammogram,
tomosynthesis, or contrast-enhanced mammography's low-energy images; never MRI's fibroglandular tissue."""

from __future__ import annotations

from readingscan.model import Density, DensityReading, Modality, SectionKind, Sentence, Span
from readingscan.read.lexicon import Mention
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C

_UNTICKED = cue("unticked_before")
_MAMMOGRAPHIC = frozenset({Modality.MAMMOGRAPHY, Modality.TOMOSYNTHESIS, Modality.CONTRAST_ENHANCED_MAMMOGRAPHY})
# Sentences about MRI's fibroglandular tissue or the background enhancement state no mammographic density; MRI's
# words for the tissue ("heterogeneous fibroglandular tissue") are never density either.
_NOT_DENSITY = (C.NOT_DENSITY, C.BACKGROUND_ENHANCEMENT)


def read_density(
    sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], modalities: tuple[Modality, ...]
) -> DensityReading | None:
    """Mammographic breast composition (a-d). MRI's fibroglandular tissue and ultrasound are not density.

    When the breasts differ the denser one counts (Atlas 5th ed.).
    """
    if modalities and not _MAMMOGRAPHIC & set(modalities):
        return None
    readings: list[DensityReading] = []
    density_words = [m for m in mentions if m.has(C.DENSITY)]
    if not density_words:
        return None
    suppressed = [m.span for m in mentions if any(m.has(c) for c in _NOT_DENSITY) and not m.has(C.DENSITY)]
    if Modality.MRI in modalities:  # a mammogram and an MRI: the sentence naming the MRI's tissue is the MRI's
        suppressed += [m.span for m in mentions if m.has(C.FIBROGLANDULAR_TISSUE) and not m.has(C.DENSITY)]
    for sentence in sentences:
        if sentence.span.section in (SectionKind.HISTORY, SectionKind.COMPARISON):
            continue
        s = sentence.span
        if any(s.start <= span.start < s.end for span in suppressed):
            continue
        for mention in density_words:
            reading = mention.reading(C.DENSITY)
            unticked = _UNTICKED.search(s.text[:max(0, mention.span.start - s.start)])
            if reading is not None and s.start <= mention.span.end - 1 < s.end and not unticked:
                span = Span(mention.span.start, mention.span.end, mention.span.text, s.section)
                readings.append(DensityReading(Density(reading.value), span))
    if not readings:
        return None
    return max(readings, key=lambda r: (r.category.value, -r.evidence.start))
