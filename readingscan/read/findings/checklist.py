"""A checklist of statements: each line a box and a sentence to tick when it is said ("[ ] Left breast: an irregular
mass, 22 mm."). The box asks whether someone made the point, not whether the report says it: the sentence says what
it says, the box empty or not. An option of a form ("[ ] oval  [x] round") is no sentence and stays an option
(forms.py)."""

from __future__ import annotations

import re

from readingscan.read.findings.forms import ticked_only
from readingscan.read.lexicon import Mention
from readingscan.rules import cue

__all__ = ["statements_kept"]

_BOX = cue("option_box")
# A line opened by its one box, then a sentence: three words or more, ending with a full stop.
_ITEM = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(?P<box>\[[ \t]*\S?[ \t]*\]|\([ \t]*\S?[ \t]*\)|[☐☒☑])[ \t]+(?P<said>[^\n]*?\w[^\n]*?[.!])[ \t]*$", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+")
_WORDS = 3


def statements_kept(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions a form's boxes leave (forms.ticked_only), and the words of a checklist's sentences, their box empty
    or not."""
    kept = ticked_only(text, mentions)
    lines = _statement_lines(text)
    if not lines:
        return kept
    have = {(m.span.start, m.span.end) for m in kept}
    back = [m for m in mentions if (m.span.start, m.span.end) not in have and any(a <= m.span.start < b for a, b in lines)]
    return tuple(sorted((*kept, *back), key=lambda m: (m.span.start, m.span.end))) if back else kept


def _statement_lines(text: str) -> list[tuple[int, int]]:
    """Where the sentences of a checklist's lines are (start, end)."""
    found = []
    for item in _ITEM.finditer(text):
        box = _BOX.fullmatch(item.group("box"))
        if box is None or _BOX.search(item.group("said")) or len(_WORD.findall(item.group("said"))) < _WORDS:
            continue
        found.append((item.start("said"), item.end("said")))
    return found
