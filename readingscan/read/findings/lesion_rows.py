"""A lesion table's rows that name no finding: each row a mass with the descriptors its cells give.

     # | Site        | Size   | Description
     1 | Rt 10h 2cm  | 0.9 cm | irregular, not parallel, indistinct margin, hypoechoic,
       |             |        | combined posterior features, internal vascularity
     2 | Rt 7h 4cm   | 0.5 cm | clustered microcysts

gives a right mass (irregular, not parallel, ...) for row 1; row 2 names its finding and is read as prose is. A row
starts with its number in a cell of its own (cells split by "|" or by a gap of two spaces or more) and goes on over
the indented lines after it ("   |      |   | combined ..."), up to the next numbered line, a blank line or a line
that is not indented. A row says it describes a mass when a word of its cells gives a mass's shape, margin or
orientation: words that describe a lesion without naming one, as a Description column writes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from readingscan.model import Breast, FindingKind, SectionKind, Span, Status, indent
from readingscan.read.findings.column_values import (
    column_cells,
    column_clock,
    column_descriptors,
    field_descriptors,
    read_cell,
)
from readingscan.read.findings.describe import describe_with
from readingscan.read.findings.drafts import Draft
from readingscan.read.findings.forms import ticked_options
from readingscan.read.findings.values import with_descriptor
from readingscan.read.lexicon import Mention, within
from readingscan.read.locations import clock_of, find_clocks, find_sizes
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C

# A row's number in a cell of its own ("1 | Rt 10h", "| 3 | Lt |", "#2  R  7 o'clock"), and a line going on with
# the row above.
# A worksheet's block names its lesion ("Lesion #1   9:00   3 cm FN"); a spreadsheet pasted splits cells by one tab.
_BLOCK_WORD = cue("lesion_block_word").pattern
_NUMBERED = re.compile(r"[ \t]*(?:\|[ \t]*)?(?:(?:" + _BLOCK_WORD + r")[ \t]*)?#?\d{1,2}:?"
                       r"(?:[ \t]*\||\t|[ \t]{2,})[ \t]*\S", re.IGNORECASE)
# A lesion's block of fields: its heading ("[LESION 2]", "Lesion B", "Lesion #1   Side: Lt") and the "Name: value"
# lines under it, indented or not, up to a blank line or the next heading. Possessive blanks: a line of spaces is
# read in one pass, not tried at every split.
_HEADING = re.compile(r"[ \t]*+(?:\[[ \t]*+)?(?:" + _BLOCK_WORD + r")[ \t]*#?(?:\d{1,2}|[A-Z])[ \t]*\]?:?(?:[ \t]*$|[ \t]{2,}"
                      r"[^\W\d_][\w ]{0,20}?[ \t]*(?::|[\[(☐☒]))", re.IGNORECASE)
_WORKLIST = cue("worklist_lesion_line")  # "L 2:00  6cmFN  round, indistinct ...": one lesion a line
_FIELD_LINE = re.compile(r"[ \t]*[^\W\d_][\w ./()&-]{0,30}:")
_GOES_ON = re.compile(r"[ \t]+(?:\|[ \t]*)*\S")
_MASS_WORDS = (C.MASS_SHAPE, C.MASS_MARGIN, C.ORIENTATION)
_STABLE = cue("table_stable")
_MASS = FindingKind.MASS
_SIZE_COLUMN = cue("size_column")
_CLOCK_FIELD = cue("clock_field")  # "Clock: 10": a bare hour under its field's name
_CLOCK_GAP = 3  # spaces at most between a clock face and its distance from the nipple


def lesion_rows(
    text: str, mentions: tuple[Mention, ...], section_at: Callable[[int], SectionKind | None],
    measures: Callable[[str, int], bool],
) -> tuple[tuple[int, int, Draft], ...]:
    """The rows (start, end) of the text's lesion tables that name no finding and describe a mass, with that mass:
    its side, clock face, size (the first the row gives that ``measures`` the lesion, as a "Size" column's) and
    whether the row says it is unchanged. Its place and size keep it apart from the next row's lesion."""
    found = []
    for start, end, block in _rows(text):
        words = within(mentions, start, end)
        # A lesion's block may name its mass in a field ("Dx: simple cyst", "Type: [x] mass"): still the one mass.
        kinds = {r.value for m in words if (r := m.reading(C.FINDING)) is not None}
        if (kinds and (not block or kinds != {_MASS.value})) or not any(m.has(c) for m in words for c in _MASS_WORDS):
            continue
        sides = {Breast(r.value) for m in words if (r := m.reading(C.LATERALITY)) is not None
                 and r.value in (Breast.LEFT.value, Breast.RIGHT.value)}
        clocks = find_clocks(text, start, end)
        # "10 o'clock 3cm": the distance from the nipple that follows a clock face is no size.
        after_clock = {c.span.end for c in clocks}
        sizes = [s.value for s in find_sizes(text, start, end) if measures(text, s.span.start)
                 and not after_clock & set(range(s.span.start - _CLOCK_GAP, s.span.start + 1))]
        # A "Size" column's cell is the size: not the "FN" column's distance before it ("1:00   5 cm  6 mm").
        sizes = [z.value for title, cell in column_cells(text, start, end) if _SIZE_COLUMN.search(title)
                 for z in find_sizes(cell, 0, len(cell))][:1] or sizes
        draft = Draft(
            kind=_MASS, label=_MASS.value, term=_MASS.value, breast=sides.pop() if len(sides) == 1 else None,
            status=Status.PRESENT, stable=bool(_STABLE.search(text, start, end)),
            evidence=Span(start, end, text[start:end], section_at(start)), section=section_at(start),
            clock=str(clocks[0].value) if clocks else column_clock(text, start, end) or _clock_field(text, start, end),
            size_mm=float(sizes[0]) if sizes else None,
            # a worklist's line may be the lesion the report names elsewhere ("palpable lump at 2:00"): merged by place
            another=_WORKLIST.match(text, start, end) is None,
        )
        # What a cell's column says it is comes first: "Enhancement" under "Posterior" is no MRI enhancement.
        ticked = tuple(pair for name, option in ticked_options(text, start, end) for pair in read_cell(name, option))
        for key, value in column_descriptors(text, start, end) + field_descriptors(text, start, end) + ticked:
            draft = replace(draft, descriptors=with_descriptor(draft.descriptors, key, value))
        for mention in words:
            draft = describe_with(draft, mention)
        found.append((start, end, draft))
    return tuple(found)


def _rows(text: str) -> list[tuple[int, int, bool]]:
    """Each numbered row (start, end, whether a lesion's block of fields), its lines that go on with it included."""
    rows: list[tuple[int, int, bool]] = []
    pos, row, block = 0, None, False
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        heading = _HEADING.match(text, pos, end) is not None
        if heading or _NUMBERED.match(text, pos, end) or _WORKLIST.match(text, pos, end):
            if row is not None:
                rows.append((*row, block))
            row, block = (pos, end), heading
        # Going on only when indented past the row's start: " Other: ..." under " Lesion #1" is a line of its own;
        # a block's field lines go on with it however indented.
        elif row is not None and ((block and _FIELD_LINE.match(text, pos, end)) or (
                _GOES_ON.match(text, pos, end) and indent(text, pos) > indent(text, row[0]))):
            row = (row[0], end)
        elif row is not None:
            rows.append((*row, block))
            row = None
        pos = end + 1
    if row is not None:
        rows.append((*row, block))
    return rows


def _clock_field(text: str, start: int, end: int) -> str | None:
    field = _CLOCK_FIELD.search(text, start, end)
    return clock_of(field) if field else None
