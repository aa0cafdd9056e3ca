"""Split section bodies into sentences, keeping offsets into the canonical text.

Reports break the rules of prose: lines without full stops ("No suspicious calcifications"),
numbered lists ("1. Benign. 2. ..."), abbreviations ("Dr.", "approx."), clock faces ("10:30",
"2 o'clock"), decimals ("1.2 cm") and lines hard-wrapped mid-sentence, in capitals or not.
"""

from __future__ import annotations

import bisect
import itertools
import re

from readingscan.model import Breast, Section, SectionKind, Sentence, Span
from readingscan.read.earlier_blocks import earlier_blocks
from readingscan.read.line_breaks import Layout, continues, layout_of, lines_of, side_cuts
from readingscan.read.sections import BreastHeader
from readingscan.read.versions import earlier_versions, inserted_marks
from readingscan.rules import cue, words

# Words that end with a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(words("sentence_abbreviations"))
_UNITS = frozenset(words("unit_abbreviations"))
_INDICATION = cue("indication_sentence")
_RECALL_REASON = cue("recall_reason_sentence")
_CLINICAL_EXAM = cue("clinical_exam_sentence")
_SPEAKER = cue("speaker_label")
_FORM_ANSWER = cue("form_answer")
_SPOKEN_STOP = cue("spoken_stop")
_NUMBERED_LABEL = cue("numbered_label")
_NUMBER_WORDS = frozenset(words("number_abbreviations"))
_SIDE_WORDS = frozenset(words("side_abbreviations"))
# What may follow a side abbreviation's full stop inside a sentence: a number, a lower-case word, a colon, a code.
_SIDE_GOES_ON = re.compile(r"\s*(?:[\d:(]|[a-z]|[A-Z]{2,5}\b(?![a-z]))")
# A question mark before a word ("? mass", "?AD") hedges it and ends no sentence: a stop follows a word.
_SENTENCE_END = re.compile(r"(?<=[^\s(])[.!?]+[\"')\]]*(?=\s)|[.!?]+$")
# A numbered, lettered or roman item of a list at the margin ("2. ...", "(iii) ...", "b) ..."), not a bullet under one.
_NUMBERED_ITEM = re.compile(r"\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+", re.IGNORECASE)
# A figure's panel label inside a paragraph ("... shows a distortion. (b) Spot view confirms it."): another view of
# the same case, not an item of a list.
_PANEL = re.compile(r"\([a-h]\)\s+", re.IGNORECASE)
# A figure's legend opens its paragraph with the figure's number ("Figure 1.", "Fig. 3", "FIGURE 2:"): its lettered
# panels at the margin ("(a) Left MLO ...\n(c) Lateral view ...") are views of one case too.
_FIGURE = re.compile(r"[ \t]*fig(?:ure)?\.?[ \t]*\d{1,3}[a-z]?\b", re.IGNORECASE)
# A form's dotted leader and the value after it on the same line.
_DOTS = re.compile(r"\.{3,}")
_VALUE_AFTER = re.compile(r"[ \t]*[^\s.]")
_NEXT_CELL = re.compile(r"[ \t]*\|")
_INLINE_LIST = re.compile(r"(?<=[.;:])\s+(?=\(?\d{1,2}[.)]\s+[A-Z])")


def split_sentences(text: str, sections: tuple[Section, ...], headers: tuple[BreastHeader, ...]) -> tuple[Sentence, ...]:
    """All sentences of all sections, in order, each with the breast sub-header in force."""
    layout = layout_of(text)
    starts = [header.start for header in headers]
    result: list[Sentence] = []
    # Struck-out text, a replaced report, an earlier exam's block under its heading or row of a table: a comparison's.
    struck, marks = earlier_versions(text) + earlier_blocks(text), inserted_marks(text)
    for section in sections:
        body = section.body
        for start, end, deleted in _apart(text, _sentence_bounds(text, body.start, body.end, layout), struck, marks):
            kind = SectionKind.COMPARISON if deleted else section.kind
            # An untitled indication ("Referral with a lump in the left breast.") is history, not findings.
            # So is the clinical examination ("On examination there was a firm mass ..."), in any section.
            # A transcript's speaker ("Dr. Adeyemi (Surgery): ...") is not how the sentence opens.
            lead = speaker.end() if (speaker := _SPEAKER.match(text, start, end)) else start
            if (kind is SectionKind.HEADER and _INDICATION.match(text, lead, end)) or _RECALL_REASON.match(text, lead, end) \
                    or _CLINICAL_EXAM.match(text, lead, end):
                kind = SectionKind.HISTORY
            span = Span(start, end, text[start:end], kind)
            result.append(Sentence(span, _breast_at(headers, starts, start)))
    return tuple(result)


def _apart(
    text: str, bounds: list[tuple[int, int]], struck: list[tuple[int, int]], marks: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Sentence bounds cut where struck-out or inserted text begins and ends, each piece marked struck out or not."""
    out = []
    for start, end in bounds:
        cuts = sorted({start, end, *(c for span in struck + marks for c in span if start < c < end)})
        for a, b in itertools.pairwise(cuts):
            piece = _trim(text, a, b)
            if piece:
                out.append((*piece, any(s <= a and b <= e for s, e in struck)))
    return out


def _breast_at(headers: tuple[BreastHeader, ...], starts: list[int], offset: int) -> Breast | None:
    """The breast of the sub-header in force at ``offset``. Headers are in text order and never overlap,
    so a binary search finds it (a scan per sentence was quadratic on a report of 8,000 sub-headers)."""
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and offset < headers[index].end:
        return headers[index].breast
    return None


def _sentence_bounds(text: str, start: int, end: int, layout: Layout) -> list[tuple[int, int]]:
    """Sentence start/end offsets within text[start:end], trimmed of surrounding space."""
    blocks: list[tuple[int, int]] = []
    lines = lines_of(text, start, end)
    block_start: int | None = None
    for i, line in enumerate(lines):
        if block_start is None:
            block_start = line[0]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is None or not continues(text, line, nxt, layout):
            blocks.append((block_start, line[1]))
            block_start = None
    bounds: list[tuple[int, int]] = []
    for b_start, b_end in blocks:
        for s_start, s_end in _split_block(text, b_start, b_end, layout.dictated):
            trimmed = _trim(text, s_start, s_end)
            if trimmed:
                bounds.append(trimmed)
    return bounds


def _split_block(text: str, start: int, end: int, dictated: bool) -> list[tuple[int, int]]:
    cuts = [start]
    chunk = text[start:end]
    for match in _SENTENCE_END.finditer(chunk):
        stop = match.end()
        if _is_abbreviation(chunk, match.start()) or _is_list_number(chunk, match.start()):
            continue
        # "Q4. Calcifications? No", "Mass ........ No": a form's question or leader and its answer on one line, the
        # answer without a full stop of its own, are one statement.
        answer = _FORM_ANSWER.match(chunk, stop) if match.group().startswith(("?", "...")) else None
        if (answer and not chunk.startswith(".", answer.end())) or _is_leader(chunk, match.start()) \
                or (match.group() == "?" and _NEXT_CELL.match(chunk, stop)):  # "RT | DISTORTION? | CC": a hedged cell
            continue
        cuts.append(start + stop)
    for match in _INLINE_LIST.finditer(chunk):
        # "Fig. 2. Magnification view ...": the number of a figure, not a list item after a sentence.
        if not _after_abbreviation(chunk, match.start()):
            cuts.append(start + match.start())
    spoken = list(_SPOKEN_STOP.finditer(chunk))
    # A raw dictation transcript says its full stops ("... oval mass period no associated calcifications period"); in
    # one that writes no punctuation anywhere, even one said stop ("... SMALL MASSES NEW PARAGRAPH RIGHT BREAST ...").
    if (len(spoken) >= 2 or (dictated and spoken)) and not _SENTENCE_END.search(chunk):
        cuts += [start + match.end() for match in spoken]
    cuts += [start + at for at in side_cuts(chunk)] if dictated else []
    cuts = [*sorted(set(cuts)), end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _is_leader(chunk: str, dot: int) -> bool:
    """Whether the dots at ``dot`` are a form's leader between a label and its value on the same line ("Calcifications
    .... fine pleomorphic, grouped"): set apart from the label by a space, or a run too long for an ellipsis. It
    parts them as a colon does and ends no sentence."""
    first = len(chunk[:dot].rstrip("."))
    run = _DOTS.match(chunk, first)
    if run is None or not (run.end() - first >= 5 or chunk[first - 1:first].isspace()):
        return False
    return bool(_VALUE_AFTER.match(chunk, run.end()))


def _is_abbreviation(chunk: str, dot: int) -> bool:
    # Look only at a short window around the full stop: the chunk may be very long.
    word = re.search(r"([A-Za-z.]+)$", chunk[max(0, dot - 40):dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    if token in _SIDE_WORDS:  # "Lt. 2 o'clock", "Rt. breast", "Lt. MLO:"
        return bool(_SIDE_GOES_ON.match(chunk, dot + 1))
    if token in _NUMBER_WORDS:  # "No. 5" is a number; "Skin thickening: No. A mass ..." ends a sentence
        return bool(re.match(r"\s*\d", chunk[dot + 1:dot + 6]))
    if token in _ABBREVIATIONS and token not in _UNITS:
        return True
    # "mm." / "cm." end a sentence unless a lower-case word follows ("1.2 cm. in size" is rare).
    after = chunk[dot + 1:dot + 3].strip()
    if token in _UNITS:
        return bool(after) and after[0].islower()
    return len(token) == 1 and token.isalpha() and bool(re.match(r"\s*[a-z]", chunk[dot + 1:dot + 40]))


def _after_abbreviation(chunk: str, at: int) -> bool:
    """Whether the stop just before ``at`` closes the label the number after it numbers ("Fig.")."""
    return chunk[at - 1:at] == "." and bool(_NUMBERED_LABEL.search(chunk, max(0, at - 20), at - 1))


def _is_list_number(chunk: str, dot: int) -> bool:
    """The '1.' of a numbered item is not a sentence end."""
    before = chunk[max(0, dot - 40):dot]
    return bool(re.search(r"(?:^|\n|[.;:]\s)[ \t]*\(?\d{1,2}$", before))


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    if start >= end or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


def opens_item(text: str, sentence: Sentence) -> bool:
    """Whether a sentence opens an item of a numbered list at the margin or inline ("1. ... 2. ..."): a statement
    of its own, which takes no side from the item before it. A figure's panel letter inside a paragraph ("(b) Spot
    compression confirms the distortion."), or one opening a line of a figure's legend, is another view of the same
    case: no item."""
    start = sentence.span.start
    line_start = text.rfind("\n", 0, start) + 1
    indented = start > line_start and not text[line_start:start].strip()  # "   a) ..." under an item above
    block_start = text.rfind("\n\n", 0, line_start) + 1
    panel = bool(_PANEL.match(text, start)) and (start > line_start or bool(_FIGURE.match(text, block_start)))
    return bool(_NUMBERED_ITEM.match(text, start)) and not indented and not panel


def is_prose(section: SectionKind | None) -> bool:
    """Sections whose sentences can describe the imaging (not history, comparison or technique)."""
    return section in {SectionKind.FINDINGS, SectionKind.IMPRESSION, SectionKind.ASSESSMENT, SectionKind.HEADER, None}
