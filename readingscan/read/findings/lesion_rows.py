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

from readingscan.model import Breast, FindingKind, SectionKind, Span, Status
from readingscan.read.findings.column_values import column_descriptors, field_descriptors
from readingscan.read.findings.describe import describe_with
from readingscan.read.findings.drafts import Draft
from readingscan.read.findings.values import with_descriptor
from readingscan.read.lexicon import Mention, within
from readingscan.read.locations import find_clocks, find_sizes
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C

# A row's number in a cell of its own ("1 | Rt 10h", "#2  R  7 o'clock"), and a line going on with the row above.
# A worksheet's block names its lesion ("Lesion #1   9:00   3 cm FN"); a spreadsheet pasted splits cells by one tab.
_NUMBERED = re.compile(r"[ \t]*(?:(?:" + cue("lesion_block_word").pattern + r")[ \t]*)?#?\d{1,2}"
                       r"(?:[ \t]*\||\t|[ \t]{2,})[ \t]*\S", re.IGNORECASE)
_GOES_ON = re.compile(r"[ \t]+(?:\|[ \t]*)*\S")
_INDENT = re.compile(r"[ \t]*")
_MASS_WORDS = (C.MASS_SHAPE, C.MASS_MARGIN, C.ORIENTATION)
_STABLE = cue("table_stable")
_MASS = FindingKind.MASS
_CLOCK_GAP = 3  # spaces at most between a clock face and its distance from the nipple


def lesion_rows(
    text: str, mentions: tuple[Mention, ...], section_at: Callable[[int], SectionKind | None],
    measures: Callable[[str, int], bool],
) -> tuple[tuple[int, int, Draft], ...]:
    """The rows (start, end) of the text's lesion tables that name no finding and describe a mass, with that mass:
    its side, clock face, size (the first the row gives that ``measures`` the lesion, as a "Size" column's) and
    whether the row says it is unchanged. Its place and size keep it apart from the next row's lesion."""
    found = []
    for start, end in _rows(text):
        words = within(mentions, start, end)
        if any(m.has(C.FINDING) for m in words) or not any(m.has(c) for m in words for c in _MASS_WORDS):
            continue
        sides = {Breast(r.value) for m in words if (r := m.reading(C.LATERALITY)) is not None
                 and r.value in (Breast.LEFT.value, Breast.RIGHT.value)}
        clocks = find_clocks(text, start, end)
        # "10 o'clock 3cm": the distance from the nipple that follows a clock face is no size.
        after_clock = {c.span.end for c in clocks}
        sizes = [s.value for s in find_sizes(text, start, end) if measures(text, s.span.start)
                 and not after_clock & set(range(s.span.start - _CLOCK_GAP, s.span.start + 1))]
        draft = Draft(
            kind=_MASS, label=_MASS.value, term=_MASS.value, breast=sides.pop() if len(sides) == 1 else None,
            status=Status.PRESENT, stable=bool(_STABLE.search(text, start, end)),
            evidence=Span(start, end, text[start:end], section_at(start)), section=section_at(start),
            clock=str(clocks[0].value) if clocks else None, size_mm=float(sizes[0]) if sizes else None, another=True,
        )
        # What a cell's column says it is comes first: "Enhancement" under "Posterior" is no MRI enhancement.
        for key, value in column_descriptors(text, start, end) + field_descriptors(text, start, end):
            draft = replace(draft, descriptors=with_descriptor(draft.descriptors, key, value))
        for mention in words:
            draft = describe_with(draft, mention)
        found.append((start, end, draft))
    return tuple(found)


def _rows(text: str) -> list[tuple[int, int]]:
    """Each numbered row (start, end), its indented lines that go on with it included."""
    rows: list[tuple[int, int]] = []
    pos, row = 0, None
    while pos <= len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if _NUMBERED.match(text, pos, end):
            if row is not None:
                rows.append(row)
            row = (pos, end)
        # Going on only when indented past the row's start: " Other: ..." under " Lesion #1" is a line of its own.
        elif row is not None and _GOES_ON.match(text, pos, end) and _indent(text, pos) > _indent(text, row[0]):
            row = (row[0], end)
        elif row is not None:
            rows.append(row)
            row = None
        pos = end + 1
    if row is not None:
        rows.append(row)
    return rows


def _indent(text: str, pos: int) -> int:
    match = _INDENT.match(text, pos)
    return match.end() - pos if match else 0
