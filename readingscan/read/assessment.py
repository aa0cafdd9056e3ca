"""The BI-RADS category and the breast density, read exactly as the report states them.

Categories come in many forms: "BI-RADS 4B", "BIRADS: 2", "Bi-Rads Category 3", "ACR BI-RADS®
Category 0 – Incomplete", "Category 4: Suspicious", "Assessment: 4C", "BI-RADS IV". A category is
bound to a breast when the report says so ("RIGHT: BI-RADS 5", "BI-RADS 2, left breast", or under a
"LEFT BREAST:" sub-header). The exam's category is the one stated for the exam; when only per-breast
categories are written it is the more serious by the Atlas order. Nothing is ever inferred from words.
"""

from __future__ import annotations

import re

from readingscan.model import (
    CATEGORY_SERIOUSNESS,
    Assessment,
    Breast,
    Category,
    Density,
    DensityReading,
    Modality,
    Section,
    SectionKind,
    Sentence,
    Span,
)
from readingscan.read.lexicon import Mention
from readingscan.read.sections import BreastHeader
from readingscan.rules import cue, word_map

_CATEGORY = cue("category_statement")
_BARE = cue("bare_category")
_ROMAN = word_map("category_roman")
_NOT_A_CATEGORY_BEFORE = cue("not_a_category_before")
# Checked in this order: a side as a label ("Right: BI-RADS 1", "Left breast - BI-RADS 2"), a side just
# after ("BI-RADS 2 right breast", "BI-RADS 4B (left)"), a side just before ("left breast BI-RADS 4A").
_SIDE_LABEL = cue("category_side_label")
_SIDE_AFTER = cue("category_side_after")
_SIDE_BEFORE = cue("category_side_before")
_SIDE_WORD = cue("side_word")
_LINE_OPENS_WITH_SIDE = cue("line_opens_with_side")
_OVERALL = cue("overall_category")
_SIDES = {word: Breast(side) for word, side in word_map("category_sides").items()}
_EXCLUDED = {SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.TECHNIQUE}


def _category_matches(text: str, sections: tuple[Section, ...]) -> list[re.Match[str]]:
    """Category statements, plus a bare category opening an assessment section ("ASSESSMENT: 4C")."""
    matches = [m for m in _CATEGORY.finditer(text) if not _NOT_A_CATEGORY_BEFORE.search(text[max(0, m.start() - 25):m.start()])]
    for section in sections:
        if section.kind is SectionKind.ASSESSMENT:
            bare = _BARE.match(text, section.body.start, section.body.end)
            if bare and not any(m.start() <= bare.start("num") < m.end() for m in matches):
                matches.append(bare)
    return sorted(matches, key=lambda m: m.start())


def _sentence_at(sentences: tuple[Sentence, ...], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.span.start <= offset < sentence.span.end:
            return sentence
    return None


def read_assessment(
    text: str, sections: tuple[Section, ...], sentences: tuple[Sentence, ...], headers: tuple[BreastHeader, ...]
) -> Assessment:
    """The stated categories: per breast where bound to one, and the exam's overall category."""
    unbound: list[tuple[Category, Span, SectionKind | None]] = []
    bound: dict[Breast, tuple[Category, Span]] = {}
    evidence: list[Span] = []
    for match in _category_matches(text, sections):
        sentence = _sentence_at(sentences, match.end() - 1)
        category = _category(match)
        if sentence is None or sentence.span.section in _EXCLUDED or category is None:
            continue
        span = Span(match.start(), match.end(), match.group(), sentence.span.section)
        evidence.append(span)
        breast = _bound_breast(text, match, sentence, headers)
        if breast in (Breast.LEFT, Breast.RIGHT):
            bound[breast] = (category, span)
        else:
            unbound.append((category, span, sentence.span.section))
    by_breast = tuple((b, bound[b][0]) for b in (Breast.LEFT, Breast.RIGHT) if b in bound)
    if unbound:
        final = [u for u in unbound if u[2] in (SectionKind.IMPRESSION, SectionKind.ASSESSMENT)] or unbound
        return Assessment(final[-1][0], by_breast, tuple(evidence), stated_overall=True)
    if by_breast:
        worst = max((c for _, c in by_breast), key=CATEGORY_SERIOUSNESS.index)
        return Assessment(worst, by_breast, tuple(evidence), stated_overall=False)
    return Assessment(None, (), tuple(evidence))


def _category(match: re.Match[str]) -> Category | None:
    number = _ROMAN.get(match.group("num").lower(), match.group("num"))
    sub = (match.group("sub") or "").upper()
    value = number + sub if number == "4" and sub else number
    try:
        return Category(value)
    except ValueError:
        return None


def _bound_breast(text: str, match: re.Match[str], sentence: Sentence, headers: tuple[BreastHeader, ...]) -> Breast | None:
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, match.start() - 30):match.start()]
    after = text[match.end():min(line_end, match.end() + 30)]
    for side in (_SIDE_LABEL.search(before), _SIDE_AFTER.match(after), _SIDE_BEFORE.search(before)):
        if side:
            return _SIDES[side.group("side").lower()]
    # "- Left breast UOQ spiculated mass ...: BIRADS-5": a line about one side that ends in its category.
    sides = {m.group(1).lower() for m in _SIDE_WORD.finditer(text, line_start, match.start())}
    opening = _LINE_OPENS_WITH_SIDE.match(text, line_start)
    if opening and {_SIDES[s] for s in sides} == {_SIDES[opening.group(1).lower()]}:
        return _SIDES[opening.group(1).lower()]
    if _OVERALL.search(text[max(line_start, match.start() - 40):match.start()]):
        return Breast.BOTH
    for header in headers:
        if header.start <= match.start() < _category_scope_end(text, header):
            return header.breast
    return None


def _category_scope_end(text: str, header: BreastHeader) -> int:
    """A category follows its sub-header only on the sub-header's own line, or, for a sub-header alone on
    its line, up to the next blank line: "Right breast: negative." does not own the next line's category."""
    line_end = text.find("\n", header.header.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[header.header.end:line_end].strip():
        return min(header.end, line_end)
    blank = text.find("\n\n", line_end)
    return min(header.end, len(text) if blank < 0 else blank)


def read_density(
    sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], modalities: tuple[Modality, ...]
) -> DensityReading | None:
    """Mammographic breast composition (a-d). MRI's fibroglandular tissue and ultrasound are not density.

    When the breasts differ the denser one counts (Atlas 5th ed.).
    """
    if modalities and not {Modality.MAMMOGRAPHY, Modality.TOMOSYNTHESIS} & set(modalities):
        return None
    readings: list[DensityReading] = []
    density_words = [m for m in mentions if m.has("density")]
    if not density_words:
        return None
    suppressed = [m.span for m in mentions if m.has("not_density")]
    for sentence in sentences:
        if sentence.span.section in (SectionKind.HISTORY, SectionKind.COMPARISON):
            continue
        s = sentence.span
        if any(s.start <= span.start < s.end for span in suppressed):
            continue
        for mention in density_words:
            reading = mention.reading("density")
            if reading is not None and s.start <= mention.span.end - 1 < s.end:
                span = Span(mention.span.start, mention.span.end, mention.span.text, s.section)
                readings.append(DensityReading(Density(reading.value), span))
    if not readings:
        return None
    return max(readings, key=lambda r: (r.category.value, -r.evidence.start))
