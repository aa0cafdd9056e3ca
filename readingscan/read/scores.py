"""Scores on other scales than BI-RADS, read on their own scale and never converted: the UK RCR 1-5 scores
(M for mammography, U for ultrasound, MRI, P for clinical examination), e.g. "M4 U5", "R: M2, L: M5 U5".

A score's side is the side label before it on its line ("L: M5"), else the one side its sentence names,
else the exam's side when only one breast was examined.
"""

from __future__ import annotations

from bisect import bisect_right

from readingscan.model import Breast, OtherScore, ScoreModality, Section, SectionKind, Sentence, Span
from readingscan.rules import cue, word_map

_SCORE = cue("rcr_score")
_SIDE_WORD = cue("side_word")
_LINE_LABEL = cue("line_side_label")
_MODALITIES = {letter: ScoreModality(value) for letter, value in word_map("rcr_modalities").items()}
_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_EARLIER = {SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.TECHNIQUE}


def _side_before(text: str, line_start: int, offset: int) -> Breast | None:
    """The last side word written before the score on its line ("R: M2, L: M5 U5" gives L for M5)."""
    last = None
    for word in _SIDE_WORD.finditer(text, line_start, offset):
        last = word.group(1)
    for label in _LINE_LABEL.finditer(text, line_start, offset):
        last = label.group("side") if last is None else last
    return _SIDES.get(last.lower()) if last else None


def _sentence_side(text: str, sentence: Sentence | None) -> Breast | None:
    if sentence is None:
        return None
    sides = {_SIDES[m.group(1).lower()] for m in _SIDE_WORD.finditer(text, sentence.span.start, sentence.span.end)
             if m.group(1).lower() in _SIDES}
    return sides.pop() if len(sides) == 1 else None


def read_other_scores(
    text: str, sections: tuple[Section, ...], sentences: tuple[Sentence, ...], exam_breast: Breast | None = None
) -> tuple[OtherScore, ...]:
    """Every RCR score of today's exam, once each (modality, score, side)."""
    starts = [s.span.start for s in sentences]
    found: dict[tuple[ScoreModality, str, Breast | None], OtherScore] = {}
    for match in _SCORE.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        sentence = sentences[index] if index >= 0 and match.start() < sentences[index].span.end else None
        if sentence is not None and sentence.span.section in _EARLIER:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        breast = _side_before(text, line_start, match.start()) or _sentence_side(text, sentence)
        if breast is None and exam_breast in (Breast.LEFT, Breast.RIGHT):
            breast = exam_breast
        modality = _MODALITIES[match.group("modality")]
        key = (modality, match.group("score"), breast)
        span = Span(match.start(), match.end(), match.group(), sentence.span.section if sentence else None)
        found.setdefault(key, OtherScore("RCR", modality, match.group("score"), breast, span))
    return tuple(found.values())
