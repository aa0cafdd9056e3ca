"""Whether a category mention is asserted at all: said of this patient (not of a friend the patient tells of), not
negated, hypothetical, asked about, a legend of the scale, a statistic (a row of a table of shares), a class of lesions,
an option left unticked or a quiz answer marked wrong."""

from __future__ import annotations

import re

from readingscan.read.category_tables import CategoryMention
from readingscan.read.statements import line_bounds
from readingscan.rules import cue

_NEGATED_BEFORE = cue("negated_category_before")
_DECLINED_BEFORE = cue("declined_category_before")  # "We do not regard it as BI-RADS 3", "excessive to call it 5"
_DECLINED_AFTER = cue("declined_category_after")  # "A classification as BI-RADS 5 is not justified"
_HYPOTHETICAL_BEFORE = cue("hypothetical_before")
_OTHER_PERSON = cue("other_person_before")
_HYPOTHETICAL_AFTER = cue("hypothetical_after")
_QUESTION_BEFORE = cue("question_before")
_QUESTION_AFTER = cue("question_after")
_LEGEND_LINE = cue("legend_line")
_LEGEND_AFTER = cue("legend_after")
_CLASS_AFTER = cue("class_after")
_COUNTED_BEFORE = cue("counted_before")
_UNTICKED = cue("unticked_before")
_MARKED_WRONG = cue("marked_wrong_after")
_STATISTIC = cue("statistic_after")
_SHARE_CELL = cue("share_cell_end")
_SHARE_HEADER = cue("share_header")
_HEADER_REACH = 8
_OPTION = re.compile(r"[ \t]*\(?[A-Ea-e][.)][ \t]+\S")  # a question's lettered option opening its line
_LOOK_BACK = 80


def is_asserted(text: str, mention: CategoryMention) -> bool:
    """Said, not negated ("no findings of category 4"), hypothetical ("would be BI-RADS 4 if .."), a legend, a class
    of lesions ("BI-RADS 4A lesions"), an option left unticked or an answer marked wrong."""
    line_start, line_end = line_bounds(text, mention.span.start)
    before = text[max(line_start, mention.span.start - _LOOK_BACK):mention.span.start]
    if _NEGATED_BEFORE.search(before) or _HYPOTHETICAL_BEFORE.search(before) or _OTHER_PERSON.search(before) \
            or _DECLINED_BEFORE.search(before) or _DECLINED_AFTER.match(text, mention.span.end, line_end):
        return False  # negated, or declined: "We do not regard it as BI-RADS 3 ...: BI-RADS 4A" asserts only the 4A
    if _QUESTION_BEFORE.search(before) and _QUESTION_AFTER.match(text, mention.span.end, line_end):
        return False  # asked about: "Did you consider a BI-RADS 3 or a recall?"
    if _HYPOTHETICAL_AFTER.match(text, mention.span.end, line_end) or _LEGEND_AFTER.match(text, mention.span.end) \
            or _STATISTIC.match(text, mention.span.end, line_end) or _share_row(text, line_start, line_end):
        return False  # a statistic: "(BI-RADS 4-5) 23%"
    if _UNTICKED.search(before) or _MARKED_WRONG.match(text, mention.span.end, line_end) or _option(text, line_start):
        return False  # an option left unticked ("( ) BI-RADS 3") or offered ("B. BI-RADS 4A"), an answer marked wrong
    if _CLASS_AFTER.match(text, mention.span.end, line_end) and not _COUNTED_BEFORE.search(before):
        return False  # a class of lesions: "many centres biopsy BI-RADS 4A lesions"
    return not _LEGEND_LINE.match(text, line_start, line_end)


def _option(text: str, line_start: int) -> bool:
    """Whether the line is one of a question's lettered options ("Which assessment?" over "A. BI-RADS 3" and "B.
    BI-RADS 4A"): it opens with a letter and a stop, as do the lines up to the question above them (a lettered list of
    an impression, "(a) Right breast: ... BIRADS III.", asks nothing)."""
    if _OPTION.match(text, line_start) is None:
        return False
    below = text.find("\n", line_start) + 1
    options, at = 1 + (below > 0 and _OPTION.match(text, below) is not None), line_start
    while at > 0:  # a transcript's "Q. ...?" over "A. BI-RADS 2" is one answer, no options
        at = text.rfind("\n", 0, at - 1) + 1
        if _OPTION.match(text, at) is None:
            return options > 1 and "?" in text[at:text.find("\n", at)]
        options += 1
    return False


def _share_row(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line is a row of a table of shares: it closes with a number cell, and a line above it in its block
    (no blank line between) names a share or a count ("Outcome (n = 3,912)    %" over "BI-RADS 3 (review)    9.8")."""
    if not _SHARE_CELL.search(text, line_start, line_end):
        return False
    at = line_start
    for _ in range(_HEADER_REACH):
        if at == 0:
            return False
        at = text.rfind("\n", 0, at - 1) + 1
        line = text[at:text.find("\n", at)]
        if not line.strip():
            return False
        if _SHARE_HEADER.search(line):
            return True
    return False
