"""A form's table with one column per breast: each row a finding, each cell what it is in that breast.

                                RIGHT          LEFT
    Masses                      Absent         Absent
    Calcifications              Benign         Absent
      - type                    vascular       -

gives an absent mass on each side, a present calcification (vascular) on the right and an absent one on the
left. A cell that says nothing ("-", "Normal", "Not imaged") gives no finding; a row whose label names no
finding ("Previous", "- type") adds its descriptors to the row above, column by column. A table whose gaps
a portal or a paste closed to one space ("Item Right Left" over "Mass Yes No") is read the same way, each
row's last two words (with any note in brackets) being its two cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from readingscan.model import Breast, FindingKind, Morphology, SectionKind, Span, Status
from readingscan.read.findings.columns import measures_lesion
from readingscan.read.findings.describe import describe_with
from readingscan.read.findings.drafts import Draft
from readingscan.read.findings.lesion_rows import lesion_rows
from readingscan.read.findings.side_cells import (
    Layout,
    Spans,
    cell_text,
    label_joined,
    layout_of,
    line_cells,
    named_parts,
)
from readingscan.read.lexicon import Mention, within
from readingscan.rules import cue, word_map
from readingscan.rules.records import LexiconCategory as C

_COLUMNS = cue("side_table_columns")
_COLLAPSED = cue("side_table_collapsed")
_COLLAPSED_ROW = cue("collapsed_row")
_ABSENT = cue("cell_absent")
_BLANK = cue("cell_blank")
_STABLE = cue("table_stable")
_SAME_AS = cue("same_as")
_SIDES = {word: Breast(side) for word, side in word_map("pair_sides").items()}
_GAP = 2  # spaces between cells
_ANAPHORA = cue("anaphora")
# A finding word used as a label for what follows ("Lymph nodes: No axillary adenopathy.").
_LABEL = re.compile(r"\s*:")
_FIELD_END = re.compile(r"[|;]")
# A finding word naming one field of a lesion's row: "mass shape: OVAL", "calc distribution: SEGMENTAL".
_FIELD_NAME = re.compile(r"(?:[ \t_-]+[^\W\d_]+){1,2}[ \t]*:[ \t]*")
_OPEN, _CLOSE = re.compile(r"[ \t]*\([ \t]*"), re.compile(r"[ \t]*\)")  # "... (non-mass lesion)"
_BRACKET_KINDS = {FindingKind.MASS.value: frozenset({FindingKind.NON_MASS.value, FindingKind.LYMPH_NODE.value})}
SectionLookup = Callable[[int], SectionKind | None]  # offset -> the kind of section holding it


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one table (start to end in the text) and the findings they give, row by row."""

    start: int
    end: int
    drafts: tuple[Draft, ...]


def read_tables(text: str, mentions: tuple[Mention, ...], section_at: SectionLookup) -> tuple[Table, ...]:
    """Every right/left table of the text with its findings (none when the text has no such header line)."""
    tables = []
    headers = [(h, False) for h in _COLUMNS.finditer(text)]
    aligned = {h.start() for h, _ in headers}
    headers += [(h, True) for h in _COLLAPSED.finditer(text) if h.start() not in aligned]
    for header, collapsed in sorted(headers, key=lambda pair: pair[0].start()):
        first, second = _SIDES[header.group("first").lower()], _SIDES[header.group("second").lower()]
        if first is second:
            continue
        layout = layout_of(text, header, first, second)
        rows = _rows(text, header.end() + 1, collapsed)
        drafts: list[Draft] = []
        last_row: list[int] = []  # indexes of the previous finding row's drafts
        for start, end, label_end, cells in _joined(text, rows, layout, mentions):
            row = _read_row(text, start, end, label_end, cells, within(mentions, start, end), section_at(start))
            if row is None:
                continue
            kind_drafts, descriptors = row
            if kind_drafts:
                last_row = list(range(len(drafts), len(drafts) + len(kind_drafts)))
                drafts += kind_drafts
                continue
            for i in last_row:  # "- type   vascular   -", "Change   Stable": descriptors of the row above, by column
                side, draft = drafts[i].breast, drafts[i]
                steady = side in cells and draft.status is Status.PRESENT and _STABLE.search(cell_text(text, cells[side]))
                drafts[i] = describe(replace(draft, stable=draft.stable or bool(steady)), descriptors.get(side, ()) if side else ())
        if drafts:
            tables.append(Table(header.start(), rows[-1][1] if rows else header.end(), tuple(drafts)))
    # A lesion table's row that names no finding ("1 | Rt 10h | irregular, not parallel, ..."): a mass of its own.
    tables += [Table(start, end, (draft,)) for start, end, draft in lesion_rows(text, mentions, section_at, measures_lesion)]
    return tuple(tables)


Cells = tuple[tuple[int, int], ...]  # a collapsed row's label and two cells (start, end); () for an aligned row


def _rows(text: str, start: int, collapsed: bool) -> list[tuple[int, int, Cells]]:
    """The rows after a header, up to the first line that is none (a blank line, a label, a single cell)."""
    rows: list[tuple[int, int, Cells]] = []
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cells = _cells(text, pos, end, collapsed)
        if cells is None:
            break
        rows.append((pos, end, cells))
        pos = end + 1
    return rows


def _cells(text: str, start: int, end: int, collapsed: bool) -> Cells | None:
    """A collapsed row's label and its two last words (a short label and two one-word cells, with any note in
    brackets); () for an aligned row, whose cells its gaps show; None for a line that is no row."""
    if collapsed:
        row = _COLLAPSED_ROW.fullmatch(text, start, end)
        if row is None or row.group("label").rstrip().endswith(":"):
            return None
        return tuple(row.span(name) for name in ("label", "a", "b"))
    line = text[start:end].strip()
    return () if line and not line.endswith(":") and (" " * _GAP in line or "|" in line) else None


def _joined(text: str, rows: list[tuple[int, int, Cells]], layout: Layout, mentions: tuple[Mention, ...],
            ) -> list[tuple[int, int, int, dict[Breast, Spans]]]:
    """The table's rows (start, end, where the label ends, each side's cells), a line with no label joined to the
    row above; a collapsed row's cells stand where its words happen to be."""
    joined: list[tuple[int, int, int, dict[Breast, Spans]]] = []
    for start, end, cells in rows:
        if cells:
            (_, first), (_, second) = layout.columns
            joined.append((start, end, cells[0][1], {first: [cells[1]], second: [cells[2]]}))
            continue
        label_end, by_side = line_cells(text, start, end, layout, within(mentions, start, end))
        if label_end is not None:
            joined.append((start, end, label_end, by_side))
        elif joined:  # "   | microcalcifications, UOQ": the row above goes on
            above = joined[-1]
            for side, spans in by_side.items():
                above[3].setdefault(side, []).extend(spans)
            joined[-1] = (above[0], end, above[2], above[3])
    return joined


def _read_row(
    text: str, start: int, end: int, label_end: int, by_side: dict[Breast, Spans], mentions: tuple[Mention, ...],
    section: SectionKind | None,
) -> tuple[list[Draft], dict[Breast, tuple[Mention, ...]]] | None:
    if not by_side:
        return None
    head = next((m for m in mentions if m.span.end <= label_end and m.has(C.FINDING)), None)
    descriptors = {side: tuple(m for m in mentions for b, e in cells if b <= m.span.start and m.span.end <= e)
                   for side, cells in by_side.items()}
    drafts = []
    for side, spans_of_side in by_side.items():
        cell = cell_text(text, spans_of_side)
        named = [m for m in descriptors[side] if m.has(C.FINDING)]
        if _BLANK.fullmatch(cell) or (head is not None and any(  # "Asymmetry: = the mass above": that lesion
                _SAME_AS.search(text, spans_of_side[0][0], m.span.start) for m in named)):
            continue
        # A label naming no finding ("Axilla") over a cell naming one ("One normal lymph node"): the cell's finding,
        # each of its sentences' ("No mass. No calcification.").
        absent = _ABSENT.match(cell) is not None or (head is not None and bool(parts := named_parts(  # "no adenopathy"
            text, spans_of_side, descriptors[side])) and all(status is Status.ABSENT for _, status, _ in parts))
        said = [(head, Status.ABSENT if absent else Status.PRESENT, descriptors[side])] if head is not None else [
            (own, Status.ABSENT if absent else status, words)
            for own, status, words in named_parts(text, spans_of_side, descriptors[side])] or label_joined(
                text, start, label_end, spans_of_side)
        for own, status, words in said:
            rule = own.reading(C.FINDING)
            if rule is None:
                continue
            gone = status is Status.ABSENT
            draft = Draft(
                kind=FindingKind(rule.value), label=rule.label or rule.literal, term=rule.term, breast=side,
                status=status, stable=not gone and bool(_STABLE.search(cell)),
                evidence=Span(start, end, text[start:end], section), section=section,
                morphology=(Morphology(rule.implies),) if rule.implies and not gone else (),
                misspelt=tuple(written for written, _ in own.misspelt),
            )
            drafts.append(draft if gone else describe(draft, words))
    return drafts, descriptors


def sided(drafts: tuple[Draft, ...], breast: Breast | None) -> tuple[Draft, ...]:
    """The drafts, those whose row names no side on the side of the sub-header over the table ("LEFT" over
    " Lesion #2   3:00 ...")."""
    return tuple(replace(d, breast=breast) if d.breast is None and breast is not None else d for d in drafts)


def describe(draft: Draft, mentions: tuple[Mention, ...]) -> Draft:
    """The draft with the shapes, patterns, margins and other descriptors a cell names (those that fit its kind)."""
    for mention in mentions:
        draft = describe_with(draft, mention)
    return draft


def drop_labels(text: str, heads: list[Mention], sides: list[Span]) -> list[Mention]:
    """The finding words that name findings, not labels. A finding word followed by ':' that introduces another
    finding word is a label, not when that word points back to a lesion ("Calcifications: Yes - grouped, within the
    mass"). A finding word naming a field of a row ("mass shape:", "calc distribution:", no side in it) is none either
    when the field's value is a finding ("mass shape: LYMPH NODE": the node) or when an earlier field of the row named
    the same kind ("calc type: PUNCTATE-PLEOMORPHIC | calc distribution: SEGMENTAL": the fields of one lesion)."""
    kept: list[Mention] = []
    fields: set[str | None] = set()  # the kinds named by the fields of the row so far
    for i, head in enumerate(heads):
        after = heads[i + 1] if i + 1 < len(heads) else None
        is_label = _LABEL.match(text, head.span.end) is not None and after is not None and not _ANAPHORA.search(
            text, max(head.span.end, after.span.start - 60), after.span.start) \
            and not _FIELD_END.search(text, head.span.end, after.span.start)
        field = _FIELD_NAME.match(text, head.span.end)
        if field is not None and not any(head.span.end <= s.start < field.end() for s in sides):
            is_label = is_label or (after is not None and field.end() == after.span.start) or _kind_of(head) in fields
            fields.add(_kind_of(head))
        if not is_label:
            kept.append(head)
    return _bracketed_kinds(text, kept)


def _bracketed_kinds(text: str, heads: list[Mention]) -> list[Mention]:
    """The finding words, a bracket holding only a finding word of another kind read as the kind of the word before
    it: "Hypoechoic area (non-mass lesion)" is one finding, a non-mass lesion, hypoechoic (its own words). Only what a
    mass can turn out to be (a non-mass lesion, a lymph node): "rim calcs (oil cysts)" are calcifications, what
    they show of the oil cysts, and "a mass (fat necrosis)" a mass of that cause."""
    out: list[Mention] = []
    for head in heads:
        last = out[-1] if out else None
        kind, said = _kind_of(last) if last else None, head.reading(C.FINDING)
        if last is not None and said is not None and said.value in _BRACKET_KINDS.get(kind or "", ()) \
                and _OPEN.fullmatch(text, last.span.end, head.span.start) and _CLOSE.match(text, head.span.end):
            out[-1] = Mention(last.span, (said, *(r for r in last.readings if r.category != C.FINDING)), last.misspelt)
            continue
        out.append(head)
    return out


def _kind_of(head: Mention) -> str | None:
    rule = head.reading(C.FINDING)
    return rule.value if rule is not None else None
