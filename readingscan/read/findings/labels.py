"""Lesions named by a label: "Lesion 1 (left 2:00): ...", "#2. Lt 12H: ...", a "Lesion B" heading over its lines.

A report that numbers its lesions takes them up again by that label ("KINETICS: Lesion 1: fast initial, washout",
"... (Lesion 2)"). A sentence about one label is about that label's lesion, and two labels are two lesions: the label
a sentence is about keeps its words from the lesion described last and keeps lesions of different labels apart.
A structured report rendered as an outline labels its lesions by their containers: the items under "1.7  CONTAINS:
CONTAINER: Finding" ("1.7.2 ... Finding = Mass", "1.7.5 ... Shape = Irregular") are that container's lesion, those
under "1.8" another's (the outermost container, the whole report, labels none).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from readingscan.model import Sentence
from readingscan.rules import cue

_WORD = cue("lesion_block_word").pattern
# The label itself: a number or one capital letter after the block word ("Lesion #3", "Lesion B"), or "#2" alone;
# not a size ("a lesion 8 x 6 mm").
_NAMED = r"(?:" + _WORD + r")[ \t]*#?[ \t]*(?P<n>\d{1,2}|(?-i:[A-Z]))(?![\w.:,]\d|\w|[ \t]*(?:[x×*]|mm|cm)\b)"
_HASH = r"#[ \t]*(?P<h>\d{1,2})(?!\d)"
# A line opening with a label, after a bullet or an item's number ("2. #2 Lt 12H ...", "- Lesion #3: ...").
_OPENS = re.compile(r"[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]+)?\[?(?:" + _NAMED + "|" + _HASH + ")", re.IGNORECASE)
# A label inside a sentence: named with the block word, or "(#1)" in brackets.
_INLINE = re.compile(_NAMED + r"|\([ \t]*" + _HASH + r"[ \t]*\)", re.IGNORECASE)
_NEWLINE = re.compile("\n")
_CONTAINER = cue("outline_container")
_OUTLINE = re.compile(r"[ \t]*(?P<number>\d{1,2}(?:\.\d{1,3}){2,})[ \t]")  # an item two levels down or more
_AND_HASH = re.compile(r"[ \t]*(?:and|&|,|/)[ \t]*" + _HASH, re.IGNORECASE)  # "Lesion #1 and #2": both


def sentence_label(text: str, sentence: Sentence) -> str | None:
    """The one label a sentence is about: the labels it names, else the label its lines' block opens with (the
    nearest line above it, up to a blank line, that opens with one). None when it names two labels or none."""
    start, end = sentence.span.start, sentence.span.end
    named = set(_labels_in(text, start, end))
    line = text.rfind("\n", 0, start) + 1
    if (opening := _OPENS.match(text, line)) is not None and opening.start("n" if opening.group("n") else "h") < end:
        named |= set(_labels_in(text, line, end)) | {_value(opening)}
    if named:
        return named.pop() if len(named) == 1 else None
    if (item := _OUTLINE.match(text, line)) is not None:
        parts = item.group("number").split(".")
        containers = _containers(text)
        return next(("#" + ".".join(parts[:n]) for n in range(len(parts) - 1, 1, -1)
                     if ".".join(parts[:n]) in containers), None)
    starts, above = _blocks(text)
    return above[bisect_right(starts, line) - 1]


@lru_cache(maxsize=4)
def _blocks(text: str) -> tuple[tuple[int, ...], tuple[str | None, ...]]:
    """Each line's start, and the label of the block above it (the nearest line above, up to a blank line, that opens
    with a label; None when that line names two), for every line in one pass: a walk up from each sentence would
    read a long text's lines once per sentence."""
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    found: list[str | None] = [None]
    for above, start in pairwise(starts):
        if not text[above:start - 1].strip():
            found.append(None)
        elif (opening := _OPENS.match(text, above)) is not None:
            labels = set(_labels_in(text, above, start - 1)) | {_value(opening)}
            found.append(labels.pop() if len(labels) == 1 else None)
        else:
            found.append(found[-1])
    return tuple(starts), tuple(found)


@lru_cache(maxsize=4)
def _containers(text: str) -> frozenset[str]:
    """The outline numbers of the items that open a container ("1.7" of "1.7  CONTAINS: CONTAINER: Finding")."""
    return frozenset(m.group("number") for m in _CONTAINER.finditer(text))


def different_labels(first: str | None, second: str | None) -> bool:
    """Whether two lesions carry labels and the labels differ: "Lesion 1" and "Lesion 2" are two lesions."""
    return bool(first and second and first != second)


def _labels_in(text: str, start: int, end: int) -> list[str]:
    out = []
    for match in _INLINE.finditer(text, start, end):
        out.append(_value(match))
        at = match.end()
        while (more := _AND_HASH.match(text, at, end)) is not None:
            out.append(more.group("h"))
            at = more.end()
    return out


def _value(match: re.Match[str]) -> str:
    return (match.group("n") or match.group("h")).upper()
