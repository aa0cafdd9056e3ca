"""What exam this was (modalities, screening or diagnostic, which breast) and what is recommended next.

The exam is read from the report's title block and technique section, where reports name it ("LEFT DIAGNOSTIC
MAMMOGRAM WITH TOMOSYNTHESIS"), not from the comparison section ("prior mammograms") or the recommendation ("return
to annual screening"). Workup views performed (magnification, spot compression) also count when the findings say so."""

from __future__ import annotations

import re
from bisect import bisect_left

from readingscan.model import (
    Breast,
    Exam,
    Modality,
    Purpose,
    Section,
    SectionKind,
    Sentence,
    Span,
    Status,
    line_above,
)
from readingscan.read.context import ModifierLookup, assert_target, modifier_lookup
from readingscan.read.exam_lines import by_line
from readingscan.read.lexicon import Mention, within
from readingscan.read.recommendations import read_recommendations as read_recommendations  # its old home
from readingscan.rules import cue, word_map
from readingscan.rules.records import Laterality
from readingscan.rules.records import LexiconCategory as C

_TITLE_SECTIONS = {SectionKind.HEADER, SectionKind.TECHNIQUE}
_WORKUP = {Modality.MAGNIFICATION_VIEWS, Modality.SPOT_COMPRESSION, Modality.TOMOSYNTHESIS}
_PRIMARY = {Modality.MAMMOGRAPHY, Modality.ULTRASOUND, Modality.MRI, Modality.CONTRAST_ENHANCED_MAMMOGRAPHY}
_MAMMOGRAMS = {Modality.MAMMOGRAPHY, Modality.CONTRAST_ENHANCED_MAMMOGRAPHY}
_RECOMMENDING = cue("recommending")
# Not this exam: "[ ] Sonar", "Tomosynthesis: [ ]", "Tomosynthesis was not performed", "second-look after MRI".
_UNTICKED, _NOT_DONE, _LOOKED_BACK = cue("unticked_before"), cue("exam_not_done_after"), cue("earlier_exam_before")
# A form names the breasts examined in a field of its own: "Side examined: LEFT", "Both breasts examined".
_SIDE_FIELD = cue("exam_side_field")
_WHY = cue("exam_reason_in_brackets")
_VIEWS_SIDE = cue("technique_views_side")
_FIELD_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}

# Exams headed in the body (_headings): an addendum, a heading line; not where exams are history or advice.
_ADDENDUM, _ITEM, _HEADING_WORD = cue("addendum"), cue("item_start"), cue("exam_heading_word")
_NO_EXAM = {SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.RECOMMENDATION}
_BRACKETED = re.compile(r"\([^()\n]*\)")
_HEADING_STOP = re.compile(r"[.!?:;,](?:\s|$)")
_HEADING_WORDS = 6
# A section's own text, up to its first blank line (a heading after it is not the section's).
_OWN_TEXT = re.compile(r"\s*\S.*?\n[ \t]*\n", re.S)
_SIDE_REACH = 3  # words between a side and the exam word it qualifies ("ULTRASOUND OF THE RIGHT BREAST")
_CLAUSE_BREAK = re.compile(r"[;:.]\s")
_OTHER_WORDS = re.compile(r"[A-Za-z]{2,}")
_WORDS = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
# A field's label at a line's start: up to six words, a colon, no clock or date after it ("Ref. by :", "A / B:").
_LABEL = re.compile(r"[ \t]*[^\W\d_][\w'’().-]*(?:(?:[ \t]|[ \t]*/[ \t]*)[\w'’().-]+){0,5}[ \t]*:(?![\d/])")
# A line that goes on with the field above it: a sentence, or words carried over from the line before.
_GOES_ON = re.compile(r"[.?!][)\"'’]*[ \t]*$|^[ \t]*[a-z]")


def read_exam(text: str, sections: tuple[Section, ...], sentences: tuple[Sentence, ...],
              exam_words: tuple[Mention, ...], modifiers: ModifierLookup | None = None) -> Exam:
    """Modalities, purpose and side of the exam, from its title block and technique section. ``exam_words`` are the
    exam lexicon's mentions over the whole text (lexicon_for("exam").find(text))."""
    title_spans = [s.body for s in sections if s.kind in _TITLE_SECTIONS]
    title_spans += [s.title for s in sections if s.title is not None]
    mentions = sorted((m for span in title_spans for m in within(exam_words, span.start, span.end)),
                      key=lambda m: m.span.start)
    # A header block names the exam in each line's first sentence; a report written as one paragraph
    # goes on to findings and advice ("Recommend ... ultrasound") that are not the exam.
    header_end = next((s.body.end for s in sections if s.kind is SectionKind.HEADER), 0)
    first_sentences = {id(m) for line in by_line(text, mentions).values() for m in line}
    mentions = [m for m in mentions if m.span.start >= header_end or id(m) in first_sentences]
    # A header's fields ("Clinical question: Screening mammogram ... ultrasound inconclusive.", "Empfehlung: ...") are
    # not its title: they name no modality, purpose or side of this exam, unless nothing else does ("Modality: US").
    fields = [f for s in sections if s.kind is SectionKind.HEADER for f in _fields(text, s.body, exam_words)]
    titled_only = [m for m in mentions if not any(a <= m.span.start < b for a, b in fields)]
    if _PRIMARY & set(_values(titled_only, C.MODALITY)):
        mentions = titled_only
    # "Bilateral breast ultrasound (supplementary to screening mammography 21.11.)": the bracket says why, not what.
    unbracketed = [m for m in mentions if not _why_bracket(text, m.span)]
    if _PRIMARY & set(_values(unbracketed, C.MODALITY)):
        mentions = unbracketed
    # Views the findings say were done count; views they recommend ("spot compression is recommended") don't.
    findings_mentions = [m for s in sentences if s.span.section in (SectionKind.FINDINGS, SectionKind.HEADER) and not
                         _RECOMMENDING.search(s.span.text) for m in within(exam_words, s.span.start, s.span.end)]
    # "Tomosynthesis was not performed": a modality said not done is not part of the exam.
    lookup = modifiers or modifier_lookup(text)
    mentions, findings_mentions = ([m for m in ms if not _said_not_done(m, sentences, lookup)]
                                   for ms in (mentions, findings_mentions))
    modalities = _values(mentions, C.MODALITY)
    headed = [m for m in _headings(text, sections, exam_words)
              if not _said_not_done(m, sentences, lookup) and not _why_bracket(text, m.span)]
    modalities += [m for m in _values(headed, C.MODALITY) if m not in modalities]
    named = set(modalities)  # a titled MRI or ultrasound's "seen on tomosynthesis" is another exam's
    if not _PRIMARY & named:
        modalities += [m for m in _values(findings_mentions, C.MODALITY) if m in _PRIMARY and m not in modalities]
    if named & _MAMMOGRAMS or not _PRIMARY & named:
        modalities += [m for m in _values(findings_mentions, C.MODALITY) if m in _WORKUP and m not in modalities]
    # Workup views and tomosynthesis are kinds of mammogram: "3D mammogram" is both. Contrast-enhanced mammography
    # holds its own mammogram (the low-energy images): it is that modality alone.
    if Modality.CONTRAST_ENHANCED_MAMMOGRAPHY in modalities:
        modalities = [m for m in modalities if m is not Modality.MAMMOGRAPHY]
    elif _WORKUP & set(modalities) and Modality.MAMMOGRAPHY not in modalities:
        modalities.insert(0, Modality.MAMMOGRAPHY)
    # The exam's own title line first: a letterhead ("Lakeshore Diagnostic Imaging") is not the purpose.
    lines = by_line(text, mentions)
    titled = [m for line in lines.values() if any(o.has(C.MODALITY) for o in line) for m in line]
    purposes = [Purpose(v) for v in _values_raw(titled, C.PURPOSE) + _values_raw(mentions, C.PURPOSE)]
    ordered = tuple(m for m in Modality if m in modalities)
    side = _exam_side(text, lines) or _side_field(text, [s.body for s in sections if s.kind in _TITLE_SECTIONS])
    # "Technique: Bilateral CC and MLO low-energy and recombined images": the views say which breasts were imaged.
    side = side or next((_FIELD_SIDES.get(m.group("side").lower(), Breast.BOTH) for s in sections
                         if s.kind is SectionKind.TECHNIQUE and (m := _VIEWS_SIDE.match(s.body.text))), None)
    # A breast MRI images both breasts at once: one that names no side ("MRI BREASTS", "Breast MRI") is of both.
    side = side or (Breast.BOTH if Modality.MRI in ordered else None)
    return Exam(ordered, purposes[0] if purposes else None, side)


def _headings(text: str, sections: tuple[Section, ...], exam_words: tuple[Mention, ...]) -> list[Mention]:
    """Modality words of exams headed in the body: an addendum's title ("ADDENDUM (14:20) - Targeted ultrasound of the
    right breast") and a heading alone on its line after a blank one ("MRI breasts (20/11/2026)" in an MDT summary):
    the exam word among its first words, a few words and no sentence, field or list item. Not in a history,
    comparison or recommendation, unless after a blank line below its own text: a heading the section ran on to."""
    found: list[Mention] = []
    for section in sections:
        own = _OWN_TEXT.match(text, section.body.start, section.body.end) if section.kind in _NO_EXAM else None
        start = section.body.start if section.kind not in _NO_EXAM else own.end() if own else section.body.end
        for line in _LINE.finditer(text, start, section.body.end):
            named = [w for w in within(exam_words, line.start(), line.end()) if w.has(C.MODALITY)]
            bare = _BRACKETED.sub("", line.group())
            above = line_above(text, line.start())
            if named and (_ADDENDUM.match(line.group()) or (
                    not above.strip() and len(_WORDS.findall(bare)) <= _HEADING_WORDS and not _HEADING_STOP.search(bare)
                    and not _ITEM.match(bare) and _only_exam_words(line, exam_words))):
                found += named
    return found


def _only_exam_words(line: re.Match[str], exam_words: tuple[Mention, ...]) -> bool:
    """Every word of a heading outside brackets is an exam word (modality, side, purpose) or a heading's word."""
    spans = [(w.span.start, w.span.end) for w in within(exam_words, line.start(), line.end())]
    spans += [(b.start(), b.end()) for b in _BRACKETED.finditer(line.string, line.start(), line.end())]
    return all(any(a <= w.start() < b for a, b in spans) or _HEADING_WORD.match(w.group())
               for w in _WORDS.finditer(line.string, line.start(), line.end()))


def _opened_bracket(text: str, at: int, start: int = 0) -> int:
    """Where the bracket still open at ``at`` opens (searching from ``start``), or -1 outside brackets."""
    opened = text.rfind("(", start, at)
    return opened if opened >= 0 and text.rfind(")", opened, at) < 0 else -1


def _why_bracket(text: str, span: Span) -> bool:
    """Whether ``span`` lies in brackets on its line that give the exam's reason (a recall, an earlier exam it adds
    to) rather than name exams: "(screening recall: category 3 on mammography)", not "(mammography and ultrasound)"."""
    opened = _opened_bracket(text, span.start, text.rfind("\n", 0, span.start) + 1)
    if opened < 0:
        return False
    closed = text.find(")", span.end)
    line_end = text.find("\n", span.end)
    end = min(e for e in (closed, line_end, len(text)) if e >= 0)
    return _WHY.search(text, opened + 1, end) is not None


def _fields(text: str, header: Span, exam_words: tuple[Mention, ...]) -> list[tuple[int, int]]:
    """The header's labelled fields whose label names no exam (start, end): a "Label:" line and the lines that go
    on with it (sentences, or words carried over in lower case; under a label alone on its line, every line), up to
    a blank line or the next label."""
    lines = [(m.start() + header.start, m.end() + header.start) for m in _LINE.finditer(header.text)]
    found, i = [], 0
    while i < len(lines):
        start, end = lines[i]
        label = _LABEL.match(text, start, end)
        if label is None or any(w.has(C.MODALITY) and start <= w.span.start < label.end() for w in exam_words):
            i += 1
            continue
        j, alone = i + 1, not text[label.end():end].strip()
        while j < len(lines) and lines[j][0] == lines[j - 1][1] + 1 and not _LABEL.match(text, *lines[j]) \
                and (alone or _GOES_ON.search(text[lines[j][0]:lines[j][1]])):
            j += 1
        found.append((start, lines[j - 1][1]))
        i = j
    return found


def _said_not_done(mention: Mention, sentences: tuple[Sentence, ...], modifiers: ModifierLookup) -> bool:
    at = bisect_left(sentences, mention.span.start + 1, key=lambda s: s.span.start) - 1
    sentence = sentences[at] if at >= 0 else None
    if sentence is None or not sentence.span.start <= mention.span.start < sentence.span.end:
        return False
    said, at = sentence.span.text, mention.span.start - sentence.span.start
    return _UNTICKED.search(said[:at]) is not None or (mention.has(C.MODALITY) and (
        _NOT_DONE.match(said, at + len(mention.span.text)) is not None or _LOOKED_BACK.search(said[:at]) is not None
        or assert_target(mention.span, modifiers(sentence)).status is Status.ABSENT))


def _values(mentions: list[Mention], category: str) -> list[Modality]:
    return [Modality(v) for v in dict.fromkeys(_values_raw(mentions, category))]


def _values_raw(mentions: list[Mention], category: str) -> list[str]:
    return [r.value for m in mentions if (r := m.reading(category)) is not None]


def _names_the_exam(text: str, side: Mention, modalities: list[Mention]) -> bool:
    """A side that qualifies the exam word: near it and not in brackets ("RIGHT MAMMOGRAM (status post left
    mastectomy)", "(right mastectomy 2019)" are history; "mammography ... showed a left mass" names no exam side)."""
    opened = _opened_bracket(text, side.span.start)
    if opened >= 0:  # in brackets: only "(BILATERAL)" alone
        closed = text.find(")", side.span.end)
        return closed >= 0 and not _OTHER_WORDS.search(text, opened + 1, side.span.start) \
            and len(_OTHER_WORDS.findall(text, side.span.end, closed)) <= 1 and not re.search(r"\d", text[side.span.end:closed])
    for modality in modalities:
        first, second = sorted((side.span, modality.span), key=lambda span: span.start)
        gap = text[first.end:second.start]
        # "SONAR: LEFT BREAST AND LEFT AXILLA": the exam word as a title's label, its value a few words, no sentence.
        value = _BRACKETED.sub("", text[first.end:first.end + 200].split("\n", 1)[0]).lstrip(" \t:")
        labelled = first is modality.span and gap.strip() == ":" and len(_WORDS.findall(value)) <= _HEADING_WORDS
        if len(_OTHER_WORDS.findall(gap)) <= _SIDE_REACH and (
                (labelled and not _HEADING_STOP.search(value)) or not _CLAUSE_BREAK.search(gap)):
            return True
    return False


def _exam_side(text: str, by_line: dict[int, list[Mention]]) -> Breast | None:
    """The side in the exam's title line ("LEFT BREAST ULTRASOUND", "Bilateral screening mammogram")."""
    for line in sorted(by_line):
        found = by_line[line]
        modalities = [m for m in found if m.has(C.MODALITY)]
        if modalities:
            sides = {r.value for m in found if (r := m.reading(C.LATERALITY)) is not None
                     and _names_the_exam(text, m, modalities)} - {Laterality.SAME}
            if len(sides) == 1:
                return Breast(sides.pop())
            if sides:  # "Bilateral mammogram with Rt magnification views": the exam covers both
                return Breast.BOTH
    return None


def _side_field(text: str, spans: list[Span]) -> Breast | None:
    """The side a form's field gives the exam ("Side examined: LEFT", "Breast: Right", "Side: Bilateral")."""
    for span in spans:
        found = _SIDE_FIELD.search(text, span.start, span.end)
        if found:
            return _FIELD_SIDES.get((found.group("side") or "").lower(), Breast.BOTH)
    return None
