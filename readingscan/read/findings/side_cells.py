"""Where a right/left table's cells are on one of its lines, and the findings a cell naming them gives.

A line's cells are its words parted by gaps of two spaces or more (or by a bar), each in the side column it starts
nearest to. When the header parts its sides by bars ("| RIGHT (PHẢI) | LEFT (TRÁI)", "RIGHT | LEFT"), a barred line's
cells are in the column of the bars before them, however many spaces a portal left: after the bar before the second
side, that side; before the one before the first side, the label. A label and the first side's cell that no bar parts,
their gap closed to one space ("Masses none | 11 mm irregular mass"), part after the label's finding word (or its
first word). A line with no label ("   | microcalcifications, UOQ, 8 mm") goes on with the row above.

A cell under a label that names no finding ("Mammography | No mass. No calcification.") gives each finding its
sentences name, each absent or present as its sentence says; one naming none gives the finding it names with its label
("Skin" over "No thickening": no skin thickening).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readingscan.model import Breast, Span, Status
from readingscan.read.context import assert_target, find_modifiers
from readingscan.read.lexicon import Mention, lexicon_for
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C
from readingscan.rules.records import LexiconGroup

_CELL = cue("table_cell")
_DENIED = cue("cell_denied")
_GAP = 2  # spaces between cells
_FIRST_WORD = re.compile(r"\S+")
_COLON = re.compile(r"[ \t]*:")
_SENTENCE_END = re.compile(r"[.;](?=\s|$)")
Spans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Layout:
    """A table's side columns (offset in the line, side) and, when bars part them, the number of bars before each."""

    columns: tuple[tuple[int, Breast], tuple[int, Breast]]
    bars: tuple[int, int] | None = None


def layout_of(text: str, header: re.Match[str], first: Breast, second: Breast) -> Layout:
    line_start = header.start()
    before = (text.count("|", line_start, header.start("first")), text.count("|", line_start, header.start("second")))
    columns = ((header.start("first") - line_start, first), (header.start("second") - line_start, second))
    return Layout(columns, before if before[1] > before[0] else None)


def line_cells(text: str, start: int, end: int, layout: Layout, mentions: tuple[Mention, ...]) -> tuple[int | None, dict[Breast, Spans]]:
    """Where the line's label ends (None: no label, the line goes on with the row above) and each side's cells."""
    spans = [(m.start(), m.end()) for m in _CELL.finditer(text, start, end)]
    if layout.bars is not None and "|" in text[start:end]:
        return _barred(text, start, spans, layout, mentions)
    columns = layout.columns
    unlabelled = bool(spans) and spans[0][0] - start >= min(c[0] for c in columns) - _GAP
    by_side: dict[Breast, Spans] = {}
    for span in spans[0 if unlabelled else 1:]:
        column = min(columns, key=lambda c: abs(span[0] - start - c[0]))
        by_side.setdefault(column[1], []).append(span)
    return (None if unlabelled or not spans else spans[0][1]), by_side


def _barred(text: str, start: int, spans: Spans, layout: Layout, mentions: tuple[Mention, ...]) -> tuple[int | None, dict[Breast, Spans]]:
    assert layout.bars is not None
    (column, first), (_, second) = layout.columns
    label: Spans = []
    by_side: dict[Breast, Spans] = {}
    for b, e in spans:
        before = text.count("|", start, b)
        if before >= layout.bars[1]:
            by_side.setdefault(second, []).append((b, e))
        elif before < layout.bars[0] or (before == 0 and not label and (column <= _GAP or b - start < column - _GAP)):
            label.append((b, e))
        else:
            by_side.setdefault(first, []).append((b, e))
    if label and layout.bars[0] == 0 and first not in by_side and label[0][1] - start > column - _GAP:
        # "Masses none | ...": the label and the first side's cell, their gap closed.
        b, e = label.pop()
        head = next((m for m in mentions if m.span.start == b and m.span.end <= e and m.has(C.FINDING)), None)
        word = _FIRST_WORD.match(text, b, e)
        cut = head.span.end if head is not None else word.end() if word is not None else e
        cut = colon.end() if (colon := _COLON.match(text, cut, e)) else cut
        label.append((b, cut))
        if (rest := _CELL.search(text, cut, e)) is not None:
            by_side[first] = [rest.span()]
    return (label[-1][1] if label else None), by_side


def cell_text(text: str, spans: Spans) -> str:
    return " ".join(text[b:e] for b, e in spans)


def named_parts(text: str, spans: Spans, mentions: tuple[Mention, ...]) -> list[tuple[Mention, Status, tuple[Mention, ...]]]:
    """For each sentence of a cell naming a finding: its first finding word, whether it is there, and the sentence's
    words."""
    parts: list[Spans] = [[]]
    for b, e in spans:
        at = b
        for stop in _SENTENCE_END.finditer(text, b, e):
            parts[-1].append((at, stop.end()))
            parts.append([])
            at = stop.end()
        if at < e:
            parts[-1].append((at, e))
    found = []
    for part in parts:
        words = tuple(m for m in mentions if any(b <= m.span.start and m.span.end <= e for b, e in part))
        named = next((m for m in words if m.has(C.FINDING)), None)
        if named is None:
            continue
        piece = next((b, e) for b, e in part if b <= named.span.start < e)
        status = assert_target(named.span, find_modifiers(text, Span(*piece, text[piece[0]:piece[1]]))).status
        found.append((named, Status.ABSENT if status is Status.ABSENT else Status.PRESENT, words))
    return found


def label_joined(text: str, start: int, label_end: int, spans: Spans) -> list[tuple[Mention, Status, tuple[Mention, ...]]]:
    """The finding a label naming none and its cell name as one phrase ("Skin" over "No thickening", "Nipple" over
    "Retracted"), absent when the cell opens with a denial; none when the cell alone or the label alone says it all."""
    cell, label = cell_text(text, spans), text[start:label_end].strip(" \t:|")
    denied = _DENIED.match(cell)
    phrase = f"{label} {cell[denied.end():] if denied else cell}"
    found = next((m for m in lexicon_for(LexiconGroup.FINDINGS).find(phrase)
                  if m.has(C.FINDING) and m.span.start == 0 and m.span.end > len(label) + 1), None)
    if found is None:
        return []
    return [(Mention(Span(start, label_end, text[start:label_end]), found.readings), Status.ABSENT if denied else Status.PRESENT, ())]
