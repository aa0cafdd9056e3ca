"""Values on a report's own scale that the report itself equates with BI-RADS ("C4b (BI-RADS 4B)" in a Korean
report): its other values with the same prefix ("3. Rt small cysts -> C2.") are BI-RADS values as written. A scale
the report never equates with BI-RADS is never read as BI-RADS (rules/cues.yaml: equated_scale), nor are the UK RCR
scores, read on their own scale even beside a BI-RADS value ("M5 U5 (BI-RADS 5)", "M1 U1")."""

from __future__ import annotations

import re

from readingscan.read.category_tables import CategoryMention, category_of, span_of
from readingscan.rules import cue

_EQUATED = cue("equated_scale")
_OTHER_SCALE = cue("rcr_score")  # read on its own scale (scores.py) even when equated ("U5 (BI-RADS 5)")


def equated_mentions(text: str) -> list[CategoryMention]:
    """The values of every prefix the report equates with BI-RADS, but the equations' own scale values."""
    prefixes: set[str] = set()
    own: set[int] = set()
    for match in _EQUATED.finditer(text):
        same = match.group("num") == match.group("num2") and (match.group("sub") or "").lower() == (
            match.group("sub2") or "").lower()
        if same and not _OTHER_SCALE.match(text, match.start()):
            prefixes.add(match.group("prefix"))
            own.add(match.start())
    found: list[CategoryMention] = []
    for prefix in sorted(prefixes):
        value = re.compile(rf"(?<![\w]){re.escape(prefix)}[ \t]?(?P<num>[0-6])(?P<sub>(?i:[abc]))?(?![\w])")
        found += [CategoryMention(category, span_of(text, m.start(), m.end()), marker=False)
                  for m in value.finditer(text)
                  if m.start() not in own and (category := category_of(m.group("num"), m.group("sub"))) is not None]
    return found
