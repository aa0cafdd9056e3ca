"""An absence on a line of its own in a summary that has named each breast: about the breasts, not the last one.

    Complex cystic lesion in the right breast. BI-RADS 4B right.
    Left breast shows a few simple cysts. BI-RADS 2 left.
    No axillary lymphadenopathy.

The last line names no side and follows lines that named the right and the left breast each: like the next item of a
numbered list it is a statement of its own, so it takes no side from the lesion in focus (unsided_absences then reads
it as both breasts'). A sentence going on within the line of a lesion ("Left: cysts. No calcifications.") keeps it.

So does a form's field answered on a line under no breast's label after its fields named the right and the left
breast each ("Right breast:\n  Mass: Yes ...\nLeft breast:\n  Mass: No\nSkin thickening: No"): of both breasts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from readingscan.model import Breast, SectionKind, Sentence, Status
from readingscan.read.findings.drafts import Draft

_SUMMARIES = frozenset({SectionKind.IMPRESSION, SectionKind.ASSESSMENT})
_EACH = frozenset({Breast.LEFT.value, Breast.RIGHT.value})
_FIELD = re.compile(r"[ \t]*[^\W\d_][\w /&-]{0,40}?[ \t]*(?=:)")  # a field's label, up to its colon


def off_focus(text: str, sentence: Sentence, draft: Draft, named_before: set[str]) -> Draft:
    """The draft with no side when it is such an absence (``named_before``: the sides its section named so far)."""
    if draft.status is not Status.ABSENT or draft.breast_stated or draft.breast not in (Breast.LEFT, Breast.RIGHT) \
            or sentence.breast is not None or not named_before >= _EACH:
        return draft
    line_start = text.rfind("\n", 0, sentence.span.start) + 1
    if text[line_start:sentence.span.start].strip():
        return draft
    if sentence.span.section in _SUMMARIES:
        return replace(draft, breast=None)
    trigger = draft.status_trigger
    answered = trigger is not None and field_answer_denies(text, line_start, sentence.span.end, trigger.start)
    return replace(draft, breast=Breast.BOTH) if answered else draft


def field_answer_denies(text: str, start: int, end: int, denied_at: int) -> bool:
    """Whether the text from ``start`` is a field ("Calcifications : None") whose own answer is the denial at
    ``denied_at``, just after its colon, not a sentence that goes on after a label."""
    field = _FIELD.match(text, start, end)
    return field is not None and field.end() <= denied_at + 1 <= field.end() + 3
