"""Mammographic breast density (composition a-d), read exactly as the report states it: on a mammogram,
tomosynthesis, or contrast-enhanced mammography's low-energy images; never MRI's fibroglandular tissue."""

from __future__ import annotations

import re

from readingscan.model import Density, DensityReading, Modality, SectionKind, Sentence, Span
from readingscan.read.lexicon import Mention
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C

_UNTICKED = cue("unticked_before")
# "ACR" and a number alone after a lesion named in its sentence is a density only with density words before it or
# after it, as categories.py reads it: "the left calcifications ACR 4" grades a lesion on the assessment scale.
_ACR_ALONE, _ACR_DENSITY_BEFORE, _ACR_DENSITY_AFTER = cue("acr_alone"), cue("acr_density_before"), cue("acr_density_after")
_ACR_GRADED = cue("acr_graded_before")
_WORDS = re.compile(r"[^\W\d_]+")
_ON_ITS_SCALE = cue("density_labelled_letter")
_LETTER_AFTER = cue("density_letter_after")
_MAMMOGRAM = cue("mammogram_named")
_MALE, _FEMALE = cue("male_patient"), cue("female_patient")
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
    density_words = [m for m in mentions if m.has(C.DENSITY)]
    if modalities and not _MAMMOGRAPHIC & set(modalities):
        # An exam read as ultrasound alone still states the mammogram's composition when it names its letter on
        # the scale ("MMG + USG ... ACR C", "Density B.", "dense breasts (ACR C)"); tissue words alone are its own.
        # An MRI's text states a mammogram's composition named with it, on its scale ("Bilateral diagnostic mammogram
        # 01/14/2026. The breasts are extremely dense (ACR d).").
        other = Modality.ULTRASOUND not in modalities or Modality.MRI in modalities
        density_words = [m for m in density_words if _scaled(m, sentences) and (not other or _with_mammogram(m, sentences))]
    # A man's breast has no composition category: "Rt breast: predominantly fatty" describes it; a letter under its
    # label is still what the report states. Not where a woman is a patient too (a log of several patients).
    if _male(sentences):
        density_words = [m for m in density_words if _scaled(m, sentences)]
    if not density_words:
        return None
    suppressed = [m.span for m in mentions if any(m.has(c) for c in _NOT_DENSITY) and not m.has(C.DENSITY)]
    if Modality.MRI in modalities:  # a mammogram and an MRI: the sentence naming the MRI's tissue is the MRI's
        suppressed += [m.span for m in mentions if m.has(C.FIBROGLANDULAR_TISSUE) and not m.has(C.DENSITY)]
    readings = _stated(sentences, density_words, mentions, suppressed, skip=(SectionKind.HISTORY, SectionKind.COMPARISON))
    # Stated nowhere else: a letter on the scale in a mammogram's indication ("66F, dense breasts (ACR c)") or an earlier
    # exam's (a composition seldom changes); an MRI's or ultrasound's indication quotes another exam's.
    if not readings and Modality.MRI not in modalities and (not modalities or _MAMMOGRAPHIC & set(modalities)):
        scaled = [m for m in density_words if _scaled(m, sentences)]
        readings = _stated(sentences, scaled, mentions, suppressed, skip=())
    if not readings:
        return None
    return max(readings, key=lambda r: (r.category.value, -r.evidence.start))


def _stated(sentences: tuple[Sentence, ...], density_words: list[Mention], mentions: tuple[Mention, ...],
            suppressed: list[Span], skip: tuple[SectionKind, ...]) -> list[DensityReading]:
    """The density words' readings in the sentences outside ``skip``, but a lesion's grade ("mass, ACR 3")."""
    readings: list[DensityReading] = []
    lesions = [m for m in mentions if m.has(C.FINDING)]
    previous: Span | None = None
    for sentence in sentences:
        s, before = sentence.span, previous
        previous = sentence.span
        if sentence.span.section in skip:
            continue
        if any(s.start <= span.start < s.end for span in suppressed):
            continue
        for mention in density_words:
            reading = mention.reading(C.DENSITY)
            unticked = _UNTICKED.search(s.text[:max(0, mention.span.start - s.start)])
            if reading is not None and s.start <= mention.span.end - 1 < s.end and not unticked \
                    and not ((any(_subject(s, before, mention) <= f.span.start < mention.span.start for f in lesions)
                              or _ACR_GRADED.search(s.text[:max(0, mention.span.start - s.start)]))
                             and _a_lesion_s_grade(s.text, mention.span.start - s.start, mention.span.end - s.start)):
                span = Span(mention.span.start, mention.span.end, mention.span.text, s.section)
                readings.append(DensityReading(Density(reading.value), span))
    return readings


def _scaled(mention: Mention, sentences: tuple[Sentence, ...]) -> bool:
    """Whether a density word names its letter on the scale: under its label ("Density B.", "ACR C") or in brackets
    after its words, the same letter ("scattered areas of fibroglandular density (B)")."""
    if _ON_ITS_SCALE.search(mention.span.text):
        return True
    reading = mention.reading(C.DENSITY)
    span = next((s.span for s in sentences if s.span.start <= mention.span.start < s.span.end), None)
    letter = _LETTER_AFTER.match(span.text, mention.span.end - span.start) if span and reading else None
    return bool(letter and reading and letter.group("letter").lower() == str(reading.value).lower())


def _with_mammogram(mention: Mention, sentences: tuple[Sentence, ...]) -> bool:
    """Whether the density word's sentence, or the one before it in its paragraph, names a mammogram, in the body of
    the text (not an MRI's indication in its header: "Indicatie: ..., extremely dense breasts (ACR d) on ...")."""
    at = next((i for i, s in enumerate(sentences) if s.span.start <= mention.span.start < s.span.end), None)
    if at is None or sentences[at].span.section is not SectionKind.FINDINGS:
        return False
    near = [sentences[at].span] + ([sentences[at - 1].span] if at and "\n\n" not in sentences[at - 1].span.text
                                   and sentences[at].span.start - sentences[at - 1].span.end <= 2 else [])
    return any(_MAMMOGRAM.search(s.text) for s in near)


def _male(sentences: tuple[Sentence, ...]) -> bool:
    """Whether the report is of a man's breasts: named as a man's, and nowhere as a woman's."""
    said = [s.span.text for s in sentences]
    return any(_MALE.search(t) for t in said) and not any(_FEMALE.search(t) for t in said)


def _a_lesion_s_grade(said: str, start: int, end: int) -> bool:
    """Whether "ACR" and a number alone (no density word in it) has no density word before it or after it: a grade."""
    words = _WORDS.findall(said[start:end])
    if len(words) != 1 or not _ACR_ALONE.fullmatch(words[0]) or not said[start:end].rstrip(" )")[-1:].isdigit():
        return False
    return not (_ACR_DENSITY_BEFORE.search(said[:start]) or _ACR_DENSITY_AFTER.match(said, end))


def _subject(sentence: Span, before: Span | None, mention: Mention) -> int:
    """Where the lesion a value grades may be named: its sentence, or the one just before on its line when the value
    opens its own ("Right breast: stable benign cyst at 10 o'clock. ACR 2.")."""
    opens = not sentence.text[:mention.span.start - sentence.start].strip()
    return before.start if opens and before is not None and 0 <= sentence.start - before.end <= 1 else sentence.start
