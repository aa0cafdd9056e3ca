"""Whether a category mention is asserted at all: said of this patient, not negated, hypothetical, asked about, a
legend of the scale, a class of lesions, an option left unticked or a quiz answer marked wrong."""

from __future__ import annotations

from readingscan.read.category_tables import CategoryMention
from readingscan.read.statements import line_bounds
from readingscan.rules import cue

_NEGATED_BEFORE = cue("negated_category_before")
_HYPOTHETICAL_BEFORE = cue("hypothetical_before")
_HYPOTHETICAL_AFTER = cue("hypothetical_after")
_QUESTION_BEFORE = cue("question_before")
_QUESTION_AFTER = cue("question_after")
_LEGEND_LINE = cue("legend_line")
_LEGEND_AFTER = cue("legend_after")
_CLASS_AFTER = cue("class_after")
_COUNTED_BEFORE = cue("counted_before")
_UNTICKED = cue("unticked_before")
_MARKED_WRONG = cue("marked_wrong_after")
_LOOK_BACK = 80


def is_asserted(text: str, mention: CategoryMention) -> bool:
    """Said, not negated ("no findings of category 4"), hypothetical ("would be BI-RADS 4 if .."), a legend, a class
    of lesions ("BI-RADS 4A lesions"), an option left unticked or an answer marked wrong."""
    line_start, line_end = line_bounds(text, mention.span.start)
    before = text[max(line_start, mention.span.start - _LOOK_BACK):mention.span.start]
    if _NEGATED_BEFORE.search(before) or _HYPOTHETICAL_BEFORE.search(before):
        return False
    if _QUESTION_BEFORE.search(before) and _QUESTION_AFTER.match(text, mention.span.end, line_end):
        return False  # asked about: "Did you consider a BI-RADS 3 or a recall?"
    if _HYPOTHETICAL_AFTER.match(text, mention.span.end, line_end) or _LEGEND_AFTER.match(text, mention.span.end):
        return False
    if _UNTICKED.search(before) or _MARKED_WRONG.match(text, mention.span.end, line_end):
        return False  # an option left unticked ("( ) BI-RADS 3"), an answer marked wrong ("BI-RADS 3 [INCORRECT]")
    if _CLASS_AFTER.match(text, mention.span.end, line_end) and not _COUNTED_BEFORE.search(before):
        return False  # a class of lesions: "many centres biopsy BI-RADS 4A lesions"
    return not _LEGEND_LINE.match(text, line_start, line_end)
