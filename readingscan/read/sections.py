"""Split a report into sections (history, comparison, technique, findings, impression, ...).

A title counts at the start of a line, in any case, either followed by ":" (or " - ") and text on the
same line ("IMPRESSION: Benign findings."), or alone on its line ("Findings"). Text before the first
title is the header block (names, dates, the exam's title).

Breast sub-headers ("RIGHT BREAST:", "Left:") do not open a section; they set the breast for the
lines that follow, until the next sub-header or section title (see ``breast_headers``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from readingscan.model import Breast, Section, SectionKind, Span, indent, line_end
from readingscan.read.line_breaks import carried_on, layout_of
from readingscan.read.matcher import compile_alternation
from readingscan.rules import RuleFile, cue, load_rules, word_map

# A title may be preceded by a list number or bullet and followed by ":" / "-" / end of line.
# A short note in brackets may sit between a title and its colon: "Clinical findings (Mr Hughes): ...",
# "Findings (left diagnostic mammogram and targeted ultrasound): ...".
_TITLE_TAIL = r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*(?:(?::|\s-\s|\s–\s)[ \t]*|(?=\n)|$)"
# A slide's or panel's number in brackets before its text ("[Slide 6] DDx: ..."): a title may follow it.
SLIDE_LABEL = r"\[[A-Za-z]{0,12}[ \t]*\d{1,3}[a-z]?\]"
_SUBHEADER = cue("breast_subheader")
# A line opening with a label for what lies outside one breast ("Lymph nodes:", "AXILLAE:") ends a
# breast sub-header's reach; labels within the breast ("Mass:", "Calcifications:") do not.
_LABEL_LINE = cue("label_line")
_OPENS_WITH_SIDE = cue("line_opens_with_side")
_SIDE = {word: Breast(side) for word, side in word_map("subheader_sides").items()}
_LESION_SIDE = cue("lesion_side_field")
_SIDE_NOTE = cue("title_side_note")


@dataclass(frozen=True, slots=True)
class BreastHeader:
    """A sub-header's breast, in force from ``start`` to ``end`` in the canonical text."""

    breast: Breast
    start: int
    end: int
    header: Span


@cache
def _title_regex(bare: bool = False) -> re.Pattern[str]:
    """Titles; with ``bare``, also a title followed by its text with no mark between (a transcript's "FINDINGS BREAST
    COMPOSITION ...")."""
    rules = load_rules(RuleFile.SECTIONS)
    alternation = compile_alternation(rules).pattern
    tail = r"(?:" + _TITLE_TAIL + r"|[ \t]+(?=\S))" if bare else _TITLE_TAIL
    return re.compile(r"^[ \t]*+(?:" + SLIDE_LABEL + r"[ \t]*)?(?:\d+[.)]\s*|[-*•]\s*)?(?P<title>" + alternation + r")" + tail,
                      re.IGNORECASE | re.MULTILINE)


@cache
def _title_kinds() -> tuple[SectionKind, ...]:
    return tuple(SectionKind(rule.category) for rule in load_rules(RuleFile.SECTIONS))


def split_sections(text: str) -> tuple[Section, ...]:
    """The report's sections in order; together their bodies and titles cover the whole text."""
    kinds = _title_kinds()
    titles: list[tuple[SectionKind, Span, int]] = []  # kind, title span, body start
    layout = layout_of(text)
    dictated = layout.dictated
    for match in _title_regex(dictated).finditer(text):
        group = next(name for name, value in match.groupdict().items() if value and name.startswith("r"))
        line_end = text.find("\n", match.start())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[match.end():line_end].strip()
        has_colon = ":" in text[match.end("title"):match.end()] or "-" in text[match.end("title"):match.end()]
        # A bare word that starts a sentence ("Findings are stable.") is not a title; in a transcript that writes no
        # punctuation it is ("findings both breasts were scanned ...", "IMPRESSION RIGHT BREAST ...").
        if rest and not has_colon and (not dictated or carried_on(text, match.start(), layout)):
            continue
        if not rest and not has_colon and not _alone_on_line(text, match.start("title"), match.end("title")):
            continue
        title = Span(match.start("title"), match.end("title"), match.group("title"))
        titles.append((kinds[int(group[1:])], title, match.end()))
    sections: list[Section] = []
    first_start = titles[0][1].start if titles else len(text)
    if first_start > 0 or not titles:
        sections.append(Section(SectionKind.HEADER, None, Span(0, first_start, text[:first_start], SectionKind.HEADER)))
    for i, (kind, title, body_start) in enumerate(titles):
        body_end = titles[i + 1][1].start if i + 1 < len(titles) else len(text)
        if body_start > body_end:
            body_start = body_end
        sections.append(Section(kind, title, Span(body_start, body_end, text[body_start:body_end], kind)))
    return _implicit_findings(text, tuple(sections))


_LABELS_ONLY = {SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.TECHNIQUE}
# In a form, a one-line "Comparison: 2023" or "Views: CC, MLO" is one field among others: the fields after it
# ("Masses: 0", "Calcifications: present") are the findings.
_ONE_LINE_FIELDS = {SectionKind.COMPARISON, SectionKind.TECHNIQUE}
_COMPOSITION_PARAGRAPH = cue("composition_paragraph")
_DATED_EXAM = cue("dated_exam_opens")  # "Clinical summary:\nBilateral mammogram 01/14/2026. ...": that exam's report
_FIELD_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?[A-Z][A-Za-z /&()-]{1,40}:[ \t]*\S")


def _implicit_findings(text: str, sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """In a report with no FINDINGS title, a one-line "History: ..." or "Comparison: ..."
    does not own the lines after it: they are the body of the report, read as findings. In a form, a one-line
    "Comparison: ..." or "Views: ..." followed by other fields does not own them either.

        Comparison: Ultrasound 2024.
        Multiple simple cysts are present bilaterally.   <- findings, not comparison
    """
    # An empty "Report:" title over "Technique: ..." does not make the body the technique's.
    titled = any(s.kind is SectionKind.FINDINGS and s.body.text.strip() for s in sections)
    result: list[Section] = []
    for section in sections:
        body = section.body
        line_end = text.find("\n", body.start, body.end)
        # A line ending in a colon introduces the next one ("Pre-op mammogram:" over "BI-RADS 4B left"): it stays.
        while line_end >= 0 and text[body.start:line_end].rstrip().endswith(":"):
            line_end = text.find("\n", line_end + 1, body.end)
        inline = section.title is not None and text[body.start:line_end if line_end >= 0 else body.end].strip()
        fields = section.kind in _ONE_LINE_FIELDS and line_end >= 0 and _FIELD_LINE.match(text, line_end + 1) is not None
        # "Indication: staging.\n\nFGT: c. BPE: mild." - a paragraph of the breasts' make-up is no history.
        fields = fields or (line_end >= 0 and _COMPOSITION_PARAGRAPH.match(text, line_end) is not None)
        if not titled and section.kind is SectionKind.HISTORY and not inline and _DATED_EXAM.match(text, body.start):
            result.append(Section(SectionKind.FINDINGS, section.title, Span(body.start, body.end, body.text, SectionKind.FINDINGS)))
            continue
        if (titled and not fields) or section.kind not in _LABELS_ONLY or not inline or line_end < 0 \
                or not text[line_end:body.end].strip():
            result.append(section)
            continue
        result.append(Section(section.kind, section.title, Span(body.start, line_end, text[body.start:line_end], section.kind)))
        rest = Span(line_end + 1, body.end, text[line_end + 1:body.end], SectionKind.FINDINGS)
        result.append(Section(SectionKind.FINDINGS, None, rest))
    return tuple(result)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip(" \t:-*#•")
    return line.lower() == text[start:end].lower() or bool(re.fullmatch(r"\d+[.)]\s*" + re.escape(text[start:end]), line, re.I))


def breast_headers(text: str, sections: tuple[Section, ...]) -> tuple[BreastHeader, ...]:
    """Sub-headers that set the breast, each in force until the next sub-header, section title or outside label; not
    a title or label that comes again under the other breast's sub-header ("RIGHT BREAST: ... Assessment: BI-RADS 5.
    LEFT BREAST: ... Assessment: BI-RADS 1."): that is a field of each breast's block."""
    keyed = [(s.title.start, s.title.text.strip(" \t:-*#").lower()) for s in sections if s.title]
    named = Counter(key for _, key in keyed)
    titles = {at for at, key in keyed if named[key] == 1} | {len(text)}
    found_labels = [(m.start(), m.group().strip(" \t:").lower()) for m in _LABEL_LINE.finditer(text)]
    said = Counter(label for _, label in found_labels)
    labels = [at for at, label in found_labels if said[label] == 1]
    found = [(m, _SIDE.get((m.group("side") or m.group("inline")).lower(), Breast.BOTH)) for m in _SUBHEADER.finditer(text)]
    # A line opening with one side ends the reach of the other side's sub-header ("Rt: ...\nLt BR4A ...").
    opening = [(m.start(), _SIDE.get(m.group("side").lower())) for m in _OPENS_WITH_SIDE.finditer(text)]
    headers = []
    for i, (match, breast) in enumerate(found):
        start = match.start("side") if match.group("side") else match.start("inline")
        next_sub = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        # A form's rows indented under a sub-header alone on its line are that breast's, "  Axillary nodes: Normal" too.
        alone = not text[match.end():line_end(text, match.end())].strip()
        block = _indented_block(text, match.end()) if alone else match.end()
        boundaries = sorted(titles | {at for at in labels if not match.end() < at < block})
        next_title = next((b for b in boundaries if b > match.end()), len(text))
        if breast in (Breast.LEFT, Breast.RIGHT):
            next_title = next((at for at, side in opening if at > match.end() and side not in (breast, None)
                               and at < next_title), next_title)
        header = Span(start, match.end(), text[start:match.end()])
        end = min(next_sub, next_title)
        headers.append(BreastHeader(breast, start, _block_title(text, match.end(), end), header))
    # A lesion block's "Side: Right" field sets the breast of the block's rows, up to its blank line ("Lesion 2\nSide:
    # Right\nType: mass\n..."): each block is its own breast's lesion, not merged into another block's.
    fields = list(_LESION_SIDE.finditer(text))
    for i, field in enumerate(fields):
        after = fields[i + 1].start() if i + 1 < len(fields) else len(text)
        side = _SIDE.get(field.group("side").lower())
        blank = text.find("\n\n", field.end())
        # up to a blank line, a title, or the next block's own "Side:" field (blocks written with no blank between)
        end = min([len(text) if blank < 0 else blank, after, *(t for t in titles if t > field.end())])
        if side in (Breast.LEFT, Breast.RIGHT) and not any(h.start <= field.start() < h.end for h in headers):
            headers.append(BreastHeader(side, field.start(), end, Span(field.start(), field.end(), field.group())))
    # A title whose bracket note names one side ("Findings (L): ...", "Impression (right breast):"): its body is that
    # breast's, as under a sub-header.
    for section in sections:
        note = _SIDE_NOTE.match(text, section.title.end, section.body.start) if section.title else None
        side = _SIDE.get(note.group("side").lower()) if note else None
        if note and side in (Breast.LEFT, Breast.RIGHT) and not any(h.start < section.body.end and section.body.start < h.end
                                                           for h in headers):
            headers.append(BreastHeader(side, section.body.start, section.body.end, Span(note.start(), note.end(), note.group())))
    return tuple(sorted(headers, key=lambda h: h.start))


def _block_title(text: str, offset: int, end: int) -> int:
    """Where a line less indented than the one holding ``offset`` heads a block of its own, indented under it, before
    ``end`` ("  Left: no abnormality.\nREADER 3\n  Right: ..."): an indented sub-header reaches no further; else ``end``."""
    own = indent(text, text.rfind("\n", 0, offset) + 1)
    at = text.find("\n", offset, end) if own else -1
    while at >= 0:
        line_end = text.find("\n", at + 1, end)
        if line_end < 0:
            return end
        below = line_end + 1
        while below < end and text[below] == "\n":
            below += 1
        if text[at + 1:line_end].strip() and indent(text, at + 1) < own and below < end \
                and indent(text, below) > indent(text, at + 1):
            return at + 1
        at = line_end
    return end


def _indented_block(text: str, offset: int) -> int:
    """Where the lines indented under the line holding ``offset`` end: at a blank line or one indented no further."""
    line_start = text.rfind("\n", 0, offset) + 1
    own = indent(text, line_start)
    at = text.find("\n", offset)
    while at >= 0:
        row = text[at + 1:line_end(text, at + 1)]
        if not row.strip() or len(row) - len(row.lstrip(" \t")) <= own:
            return at + 1
        at = text.find("\n", at + 1)
    return len(text)


def section_at(sections: tuple[Section, ...], offset: int) -> Section:
    """The section that holds ``offset`` (its title or its body)."""
    for section in reversed(sections):
        start = section.title.start if section.title else section.body.start
        if start <= offset:
            return section
    return sections[0]


def until_other_side(text: str, header: BreastHeader, headers: tuple[BreastHeader, ...]) -> int | None:
    """Where a side label opening a line with its text ("RIGHT: Focal asymmetry ...") reaches when the other side's
    label follows it with no blank line between: the lines between are still its side's ("BI-RADS 0: needs prior films"
    under it is the right's, up to "LEFT: ..."); None when no such label follows."""
    other = {Breast.LEFT: Breast.RIGHT, Breast.RIGHT: Breast.LEFT}.get(header.breast)
    follows = next((h for h in headers if h.start >= header.end), None)
    if other is None or follows is None or follows.breast is not other or "\n\n" in text[header.header.end:follows.start]:
        return None
    return header.end if text[header.end:follows.start].strip() == "" else None

