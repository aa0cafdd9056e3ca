"""Scores on other scales than BI-RADS, read on their own scale and never converted: the UK RCR 1-5 scores
(M for mammography, U for ultrasound, MRI, P for clinical examination), e.g. "M4 U5", "R: M2, L: M5 U5".

A score's side is the side label before it on its line ("L: M5"), else the one side its sentence names,
else the exam's side when only one breast was examined.
"""

from __future__ import annotations

from bisect import bisect_right

from readingscan.model import Breast, OtherScore, ScoreModality, Section, SectionKind, Sentence, Span, line_end
from readingscan.rules import cue, word_map

_SCORE = cue("rcr_score")
_SIDE_WORD = cue("side_word")
_SCORE_SIDE = cue("score_side")
_LINE_LABEL = cue("line_side_label")
_BOTH_AFTER = cue("both_sides_after")
_MODALITIES = {letter: ScoreModality(value) for letter, value in word_map("rcr_modalities").items()}
_SIDES = {word: Breast(side) for word, side in [*word_map("pair_sides").items(), *word_map("side_names").items()]}
_EARLIER = {SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.TECHNIQUE}


def _side_before(text: str, line_start: int, offset: int) -> Breast | None:
    """The side written last before the score's run of scores on its line ("R: M2, L: M5 U5": L for M5, U5)."""
    # Searched to the line's end: a label's lookahead must see the score after it.
    labels = [m for m in _SCORE_SIDE.finditer(text, line_start, line_end(text, offset))
              if m.end() <= offset]
    return _SIDES.get(labels[-1].group("side").lower()) if labels else None


def _sides(text: str, start: int, end: int) -> set[Breast]:
    return {_SIDES[m.group(1).lower()] for m in _SIDE_WORD.finditer(text, start, end) if m.group(1).lower() in _SIDES}


def _statement_side(text: str, sentence: Sentence | None, line_start: int) -> Breast | None:
    """The one side of the line's label, of the score's sentence, or, for a sentence of scores only
    ("... aspirated to dryness. U2."), of the sentence before it on the line."""
    stop = line_end(text, line_start)
    label = _LINE_LABEL.match(text, line_start, stop)
    if label and _sides(text, label.end(), stop) <= {_SIDES.get(label.group("side").lower())}:
        return _SIDES.get(label.group("side").lower())
    if sentence is None:
        return None
    sides = _sides(text, sentence.span.start, sentence.span.end)
    if not sides and not _SCORE.sub("", sentence.span.text).strip(" .,;:"):
        previous = text.rfind(".", line_start, max(line_start, sentence.span.start - 1))
        sides = _sides(text, max(line_start, text.rfind(".", line_start, max(line_start, previous)) + 1),
                       sentence.span.start)
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
        breast = _side_before(text, line_start, match.start())
        if breast is None and _BOTH_AFTER.match(text, match.end()):  # "M1 bilaterally"
            breast = Breast.BOTH
        breast = breast or _statement_side(text, sentence, line_start)
        if breast is None and exam_breast in (Breast.LEFT, Breast.RIGHT):
            breast = exam_breast
        modality = _MODALITIES[match.group("modality")]
        key = (modality, match.group("score"), breast)
        span = Span(match.start(), match.end(), match.group(), sentence.span.section if sentence else None)
        found.setdefault(key, OtherScore("RCR", modality, match.group("score"), breast, span))
    return tuple(found.values())
