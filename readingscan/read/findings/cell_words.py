"""A table's bare cells read as the words their column names: a row that names its lesion ("| 2 | R | Mass |")
is read as prose is, and a cell that alone says nothing ("Fast", "Persistent", "I") says, under its header,
what the prose would have written in full:

    | # | Side | Type | Initial phase | Delayed phase | Curve type |
    | 1 | R    | Mass | Fast          | Persistent    | I          |

gives the row's words a fast initial phase and persistent (type I) delayed kinetics, as "fast initial enhancement,
persistent delayed enhancement" would. A cell is read so when its whole text is a value of the descriptor its
header names (column_values.read_cell) and no word of the lexicon is read in it already ("Washout" is read as
itself). The header is the first line of the block of lines split by "|" (or by tabs) the row is in, rule lines
("|---|---|") left out. A header cell that names two descriptors ("Shape / margin") over a cell of as many parts
("irregular / irregular") reads each part under its own: the second an irregular margin, whatever the lexicon
reads the word as alone (a shape).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from readingscan.model import Span
from readingscan.model.descriptors import Descriptor
from readingscan.read.findings.column_values import RULE_LINE, read_cell
from readingscan.read.lexicon import Mention
from readingscan.rules import Rule, RuleFile, load_rules
from readingscan.rules.records import LexiconCategory as C

_SEPARATORS = ("|", "\t")
_WORDS = re.compile(r"\S(?:.*\S)?")  # a cell's words, its padding left out
_PART = re.compile(r"[^/]+")  # one part of a cell or a header cell split by "/"
# The lexicon category of a descriptor whose name is not its category's.
_CATEGORY: dict[str, str] = {Descriptor.SHAPE: C.MASS_SHAPE, Descriptor.MARGIN: C.MASS_MARGIN}


def cell_mentions(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions, with one for each bare cell its column reads (in text order)."""
    added = []
    taken = [(m.span.start, m.span.end) for m in mentions]
    dropped: set[tuple[int, int]] = set()  # words the lexicon read otherwise than a part's column reads them
    for title, start, end, part in _cells(text):
        found = read_cell(title, text[start:end])
        rule = _rule(*found[0]) if found else None
        if rule is None:
            continue
        over = [m for m in mentions if m.span.start < end and start < m.span.end]
        if part and over and not any(m.has(rule.category) for m in over):
            dropped |= {(m.span.start, m.span.end) for m in over}
        elif any(s < end and start < e for s, e in taken):
            continue
        added.append(Mention(Span(start, end, text[start:end]), (rule,)))
    if not added:
        return mentions
    kept = (m for m in mentions if (m.span.start, m.span.end) not in dropped)
    return tuple(sorted((*kept, *added), key=lambda m: (m.span.start, m.span.end)))


def _cells(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """(header, start, end, whether a part of a cell) for each cell's words in a row of a table split by "|" or
    tabs, under a header."""
    for sep in _SEPARATORS:
        if sep not in text:
            continue
        header: list[str] | None = None
        pos = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if sep not in line:
                header = None
            elif not RULE_LINE.fullmatch(line):
                if header is None:
                    header = line.split(sep)
                else:
                    yield from _row(header, line, pos, sep)
            pos = end + 1


def _row(header: list[str], line: str, pos: int, sep: str) -> Iterator[tuple[str, int, int, bool]]:
    start = pos
    for title, cell in zip(header, line.split(sep), strict=False):
        titles, parts = _PART.findall(title), list(_PART.finditer(cell))
        if len(titles) > 1 and len(parts) == len(titles) and "(" not in title:  # "Shape / margin": each its own
            for name, part in zip(titles, parts, strict=True):
                if (words := _WORDS.search(part.group())) is not None:
                    yield name, start + part.start() + words.start(), start + part.start() + words.end(), True
        elif (words := _WORDS.search(cell)) is not None:
            yield title, start + words.start(), start + words.end(), False
        start += len(cell) + len(sep)


@cache
def _rule(key: str, value: str) -> Rule | None:
    """The lexicon's word for the value (its label and term with it): "fast initial enhancement" for a fast one."""
    category = _CATEGORY.get(key, key)
    return next((r for r in load_rules(RuleFile.LEXICON) if r.category == category and r.value == value), None)
