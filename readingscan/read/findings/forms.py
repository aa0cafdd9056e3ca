"""A form's option boxes: only the options ticked are what the form says.

    Shape:   [ ] oval  [ ] round  [x] irregular
    Margin:  [x] circumscribed  [ ] not circumscribed -> [ ] indistinct [x] angular

says irregular and circumscribed ... angular; "oval", "round", "not circumscribed" and "indistinct" are options left
empty and describe nothing. A word belongs to the nearest box before it on its line when no other box, field label
(":"), arrow, bracket or gap stands between them; on a line whose boxes all end it or a gap ("Shape:  oval (x)
round ( )"), to the nearest box after it. "Mass [ ] Yes [x] No" is no option "Mass": its boxes are followed by words.
"""

from __future__ import annotations

import re

from readingscan.read.lexicon import Mention, lexicon_for
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C
from readingscan.rules.records import LexiconGroup

_BOX = cue("option_box")
# What ends an option: another box, a field label, an arrow, a note in brackets, a "|" or a gap of two spaces.
_BREAK = re.compile(r"[:\[\]()|☐☒☑\n]|->|→|[ \t]{2,}")


def ticked_only(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions, less the words of options whose box is left empty, each field line's words its own."""
    mentions = answered_by_side(text, field_by_field(text, mentions))
    if not any(_is_empty(box) for box in _BOX.finditer(text)):
        return mentions
    return tuple(m for m in mentions if not _unticked(text, m.span.start, m.span.end))


def _is_empty(box: re.Match[str]) -> bool:
    return bool(box.group("empty")) or (box.group(0)[0] in "[(" and not (box.group("tick") or box.group("tick2")))


def _unticked(text: str, start: int, end: int) -> bool:
    """Whether the word (start to end) is an option whose box is empty. A word reaching back over its field's label
    ("Vascularity:  [ ] absent") is its last words' option."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    boxes = list(_BOX.finditer(text, line_start, line_end))
    if not boxes:
        return False
    if _trailing(text, boxes, line_end):
        box = next((b for b in boxes if b.start() >= end), None)
        # past a gap: a label read with the value after it ("Vascularity:  absent ( )") is that value's option
        return box is not None and _is_empty(box) and _BREAK.search(text, _past_space(text, end), box.start()) is None
    box = next((b for b in reversed(boxes) if b.end() <= end), None)
    return box is not None and _is_empty(box) and _BREAK.search(text, _past_space(text, box.end()),
                                                                 max(box.end(), start)) is None


def _trailing(text: str, boxes: list[re.Match[str]], line_end: int) -> bool:
    """Whether the line's boxes follow their options: each ends the line or a gap of two spaces comes after it."""
    return all(_GAP_AFTER.match(text, box.end(), line_end) for box in boxes)


def _past_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


_GAP_AFTER = re.compile(r"[ \t]{2,}|[ \t]*$")
_LABEL = re.compile(r"^[ \t]*(?P<name>[^\W\d_][\w ./&-]{0,30}?)[ \t]*:", re.MULTILINE)


def ticked_options(text: str, start: int, end: int) -> tuple[tuple[str, str], ...]:
    """(field name, option) for each option ticked on a form's field line between start and end ("Vascularity:
    [ ] absent [x] internal": ("Vascularity", "internal")): what a column's header and cell are to a table."""
    found = []
    for label in _LABEL.finditer(text, start, end):
        line_end = text.find("\n", label.end(), end)
        line_end = end if line_end < 0 else line_end
        boxes = list(_BOX.finditer(text, label.end(), line_end))
        trailing = bool(boxes) and _trailing(text, boxes, line_end)
        for i, box in enumerate(boxes):
            if _is_empty(box):
                continue
            if trailing:
                option = _BREAK.split(text[boxes[i - 1].end() if i else label.end():box.start()].rstrip())[-1]
            else:
                option = _BREAK.split(text[_past_space(text, box.end()):line_end])[0]
            found.append((label.group("name"), option.strip()))
    return tuple(found)


def field_by_field(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions with a phrase read across a line break into the next line's field label read again on each line:
    "Calcifications: No" over "Vascularity: Absent" is no "no vascularity" - the answer of one field and the label of
    the next, each read with its own line."""
    if not any("\n" in m.span.text for m in mentions):
        return mentions
    out: list[Mention] = []
    words = lexicon_for(LexiconGroup.FINDINGS)
    for i, mention in enumerate(mentions):
        brk = text.find("\n", mention.span.start, mention.span.end)
        nxt = brk + 1
        if brk < 0 or not _NEXT_LABEL.match(text, nxt):
            out.append(mention)
            continue
        line_end = text.find("\n", nxt)
        line_end = len(text) if line_end < 0 else line_end
        taken = mentions[i + 1].span.start if i + 1 < len(mentions) else len(text)
        out += [m for m in words.find(text, mention.span.start, brk) if m.span.end <= brk]
        out += [m for m in words.find(text, nxt, line_end) if m.span.end <= taken]
    return tuple(out)


# A field's label opening a line, no sentence's words wrapped onto it ("vascularity. Elastography:" is prose).
_NEXT_LABEL = re.compile(r"[ \t]*[^\W\d_][\w /&-]{0,40}:")
_SIDE_LABEL = re.compile(r"[ \t]*:")  # what follows a field's or a side's label


def answered_by_side(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions with each later side's label of a field answered side by side read as naming the field's finding
    too: in "Axillary nodes: Right: Yes - enlarged.  Left: No" the left answer, a sentence of its own, is of the nodes
    as the right one is (its side label stands for the field's finding word: "Left: No" is no left node)."""
    out = list(mentions)
    for i, field in enumerate(mentions):
        label_end = _LABEL.match(text, text.rfind("\n", 0, field.span.start) + 1)
        if not field.has(C.FINDING) or label_end is None or label_end.end() < field.span.end \
                or not _SIDE_LABEL.match(text, field.span.end):
            continue
        line_end = text.find("\n", field.span.end)
        line_end = len(text) if line_end < 0 else line_end
        sides = []
        for j in range(i + 1, len(mentions)):
            if mentions[j].span.end > line_end:
                break
            if mentions[j].has(C.LATERALITY) and _SIDE_LABEL.match(text, mentions[j].span.end):
                sides.append(j)
        # its first side answers with the field's own words; each later one is read as the field's finding too
        if not sides or mentions[sides[0]].span.start > label_end.end() + 2:
            continue
        rule = field.reading(C.FINDING)
        for j in sides[1:]:
            out[j] = Mention(mentions[j].span, (rule, *mentions[j].readings)) if rule else out[j]
    return tuple(out)
