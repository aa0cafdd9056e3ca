"""The breast tissue as MRI and contrast-enhanced mammography report it: the amount of fibroglandular tissue (FGT,
a-d) and the background parenchymal enhancement (BPE: its level and symmetry), each as the report states it.

FGT is read on MRI only, never as mammographic density: "Breast composition: heterogeneous fibroglandular
tissue" in an MRI report is FGT c; "ACR a" in one is FGT a. BPE is the level said of the background enhancement
in the sentence naming it, the nearest one outside brackets: "BPE: minimal and symmetric (decreased from mild on
the prior study)" is minimal and symmetric; "Background parenchymal enhancement is mild." states no symmetry.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from readingscan.model import (
    Density,
    EnhancementLevel,
    EnhancementReading,
    EnhancementSymmetry,
    Modality,
    SectionKind,
    Sentence,
    Span,
    TissueReading,
    line_end,
)
from readingscan.read.lexicon import Mention, within
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C

# Where the report states today's tissue: not the history, the comparison or the technique.
_STATED_IN = frozenset({SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.ASSESSMENT, SectionKind.HEADER, None})
# A one-line section ("COMPARISON: None.") may run on over the field lines after it; a line there that opens with the
# tissue's own label ("AMOUNT OF FGT: Extreme (d).") is still today's field, not the section's.
_RUNS_ON = frozenset({SectionKind.COMPARISON, SectionKind.TECHNIQUE})
_FGT_EXAMS = frozenset({Modality.MRI})
_MAMMOGRAPHIC = frozenset({Modality.MAMMOGRAPHY, Modality.TOMOSYNTHESIS, Modality.CONTRAST_ENHANCED_MAMMOGRAPHY})
_BRACKETS = re.compile(r"\([^()]*\)")
# A field of a template: a short label and a colon ("Level: mild", "Symmetry: asymmetric (left > right)").
_FIELD = re.compile(r"[^\W\d_][\w ]{0,24}:\s*\S")
_MOST_FIELDS = 3
# A value after a form's dotted leaders ("Fibroglandular tissue ........ C"), and a form row's label (colon or leaders).
_LEADERS = re.compile(r"\.{2,}\s*$")
_ROW_LABEL = re.compile(r"[ \t]*[^\W\d_][\w ]{0,30}?(?:[ \t]*:|[ \t]*\.{2,})")
# A grade on the four-level scale ("slight (grade 1 of 4)"): the level it names, in the scale's order.
_GRADE = cue("enhancement_grade")
_SCALE = tuple(EnhancementLevel)


def read_fibroglandular_tissue(
    sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], modalities: tuple[Modality, ...],
    text: str | None = None,
) -> TissueReading | None:
    """The MRI amount of fibroglandular tissue, first stated (an MRI exam, or an exam of no known modality).
    ``text``: the report's, to find the field lines a one-line section runs on over (without it, none are read)."""
    if modalities and not _FGT_EXAMS & set(modalities):
        return None
    # With a mammogram beside the MRI, its density words are the mammogram's: the MRI's own words say the FGT, first
    # those that are no density words ("Amount of FGT: b"). An MRI alone says it with density words too ("ACR a").
    tiers = (_fgt_only, _fgt) if _MAMMOGRAPHIC & set(modalities) else (_any_tissue,) if modalities else (_fgt,)
    for tier in tiers:
        tissue = [m for m in mentions if tier(m) and (m.has(C.FIBROGLANDULAR_TISSUE) or m.has(C.DENSITY))]
        for sentence in sentences if tissue else ():
            if sentence.span.section not in _STATED_IN | _RUNS_ON:
                continue
            # A label read as the section's title ("Breast composition (amount of FGT): c."): the words end here.
            # The tissue's own words before a mammogram's: "predominantly fatty, with scattered fibroglandular
            # tissue (category b)" is b.
            said = [m for m in tissue if sentence.span.start < m.span.end <= sentence.span.end]
            if sentence.span.section in _RUNS_ON:
                said = [m for m in said if m.has(C.FIBROGLANDULAR_TISSUE) and text and _opens_line(text, m.span)]
            if said:
                mention = min(said, key=lambda m: not m.has(C.FIBROGLANDULAR_TISSUE))
                reading = mention.reading(C.FIBROGLANDULAR_TISSUE) or mention.reading(C.DENSITY)
                assert reading is not None
                return TissueReading(Density(reading.value), _at(mention.span, sentence))
    return None


def _fgt_only(mention: Mention) -> bool:
    return mention.has(C.FIBROGLANDULAR_TISSUE) and not mention.has(C.DENSITY)


def _fgt(mention: Mention) -> bool:
    return mention.has(C.FIBROGLANDULAR_TISSUE)


def _any_tissue(mention: Mention) -> bool:
    return True


def read_background_enhancement(
    text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]
) -> EnhancementReading | None:
    """The background parenchymal enhancement the report states first: a level said of it, and its symmetry."""
    for number, sentence in enumerate(sentences):
        span = sentence.span
        if span.section not in _STATED_IN | _RUNS_ON:
            continue
        # A name wrapped over a blank line ("Background parenchymal" / "enhancement is mild"): its sentence goes on.
        named = [m for m in _starting(mentions, span) if m.has(C.BACKGROUND_ENHANCEMENT)
                 and (span.section in _STATED_IN or _opens_line(text, m.span))]
        if not named:
            continue
        while number + 1 < len(sentences) and sentences[number].span.end < max(m.span.end for m in named):
            number += 1
        end = _past_leaders(text, sentences, number)
        found = within(mentions, span.start, end)
        bracketed = [(m.start(), m.end()) for m in _BRACKETS.finditer(text, span.start, end)]
        outside = [m for m in found if not any(b <= m.span.start < e for b, e in bracketed)]
        levels = [m for m in outside if m.has(C.ENHANCEMENT_LEVEL)]
        below = _fields_below(sentences[number + 1:]) if not levels and len(found) == len(named) else None
        if below:  # a heading or a label alone ("BACKGROUND PARENCHYMAL ENHANCEMENT"): its fields below say it
            outside = list(within(mentions, *below))
            levels = [m for m in outside if m.has(C.ENHANCEMENT_LEVEL)]
        graded = _GRADE.search(text, span.start, end)  # "slight (grade 1 of 4)": the grade, not the word, says it
        if not levels and graded is None:
            continue
        level = min(levels, key=lambda m: _distance(m.span, named)) if graded is None else None
        symmetries = [m for m in outside if m.has(C.ENHANCEMENT_SYMMETRY)]
        if not symmetries and number + 1 < len(sentences):  # "BPE: Minimal. Symmetric."
            symmetries = _fragment_symmetry(text, span, sentences[number + 1], mentions)
        if not symmetries:  # "BPE level: mild" / "BPE symmetry: symmetric": a field of its own on the next line
            symmetries = _symmetry_row(text, end, mentions)
        symmetry = min(symmetries, key=lambda m: _distance(m.span, named)) if symmetries else None
        symmetry_rule = symmetry and symmetry.reading(C.ENHANCEMENT_SYMMETRY)
        value, level_span = _level(level, graded)
        words = [level_span, *(m.span for m in named), *([symmetry.span] if symmetry else [])]
        start, end = min(w.start for w in words), max(w.end for w in words)
        return EnhancementReading(
            value,
            EnhancementSymmetry(symmetry_rule.value) if symmetry_rule else None,
            Span(start, end, text[start:end], span.section),
        )
    return None


def _level(level: Mention | None, graded: re.Match[str] | None) -> tuple[EnhancementLevel, Span]:
    """The level a grade on the four-level scale names, or else the level word's, and where it is said."""
    if graded is not None:
        return _SCALE[int(graded["grade"]) - 1], Span(graded.start(), graded.end(), graded.group())
    assert level is not None
    rule = level.reading(C.ENHANCEMENT_LEVEL)
    assert rule is not None
    return EnhancementLevel(rule.value), level.span


def _opens_line(text: str, span: Span) -> bool:
    """Whether the words open their line (only spaces or tabs before them on it)."""
    return not text[text.rfind("\n", 0, span.start) + 1:span.start].strip(" \t")


def _starting(mentions: tuple[Mention, ...], span: Span) -> tuple[Mention, ...]:
    """The mentions that start inside the sentence, wherever they end."""
    first = bisect_left(mentions, span.start, key=lambda m: m.span.start)
    return mentions[first:bisect_left(mentions, span.end, lo=first, key=lambda m: m.span.start)]


def _past_leaders(text: str, sentences: tuple[Sentence, ...], number: int) -> int:
    """Where a sentence's words end, with the value a form writes after dotted leaders on the same line ("BPE level
    ........ Mild", split off as a sentence of its own)."""
    end = sentences[number].span.end
    for following in sentences[number + 1:]:
        if not _LEADERS.search(text, sentences[number].span.start, end) or "\n" in text[end:following.span.start]:
            break
        end = following.span.end
    return end


def _symmetry_row(text: str, end: int, mentions: tuple[Mention, ...]) -> list[Mention]:
    """The symmetry a form gives in the row below the level ("BPE symmetry ..... Symmetric", "Symmetry: asymmetric"):
    a labelled row whose label names nothing but the background enhancement, and whose value says no level."""
    start = text.find("\n", end) + 1
    if not start:
        return []
    stop = line_end(text, start)
    label = _ROW_LABEL.match(text, start, stop)
    if label is None:
        return []
    in_label = within(mentions, start, label.end())
    found = within(mentions, label.end(), stop)
    if any(not m.has(C.BACKGROUND_ENHANCEMENT) for m in in_label) or any(m.has(C.ENHANCEMENT_LEVEL) for m in found):
        return []
    return [m for m in found if m.has(C.ENHANCEMENT_SYMMETRY)]


def _fields_below(following: tuple[Sentence, ...]) -> tuple[int, int] | None:
    """Where the labelled fields under a heading run ("Level: mild. Symmetry: symmetric."): the sentences after it
    that are fields, at most a few, up to the first that is none."""
    fields = 0
    while fields < min(_MOST_FIELDS, len(following)) and _FIELD.match(following[fields].span.text):
        fields += 1
    return (following[0].span.start, following[fields - 1].span.end) if fields else None


def _fragment_symmetry(text: str, span: Span, following: Sentence, mentions: tuple[Mention, ...]) -> list[Mention]:
    """The symmetry a fragment on the same line goes on to say ("Background enhancement: Minimal. Symmetric.")."""
    if "\n" in text[span.end:following.span.start]:
        return []
    found = within(mentions, following.span.start, following.span.end)
    if len(found) != 1 or not found[0].has(C.ENHANCEMENT_SYMMETRY):
        return []
    return list(found)


def _distance(span: Span, named: list[Mention]) -> int:
    return min(abs(span.start - m.span.start) for m in named)


def _at(span: Span, sentence: Sentence) -> Span:
    return Span(span.start, span.end, span.text, sentence.span.section)
