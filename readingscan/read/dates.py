"""The exam's date, read from its label in the report's header, so two reports can be put in order.

Written numerically the day and month can be either way round ("09/02/2023"); a part over 12 settles
it, else the month comes first (US templates; a UK report writes "14/01/2025", settled by the 14). The
parsing itself is python-dateutil's.
"""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateparser

from readingscan.model import Section, SectionKind
from readingscan.rules import cue

_EXAM_DATE = cue("exam_date")
_WHERE = (SectionKind.HEADER, SectionKind.TECHNIQUE)
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}$")


def read_exam_date(text: str, sections: tuple[Section, ...]) -> date | None:
    """The first labelled date of the header or technique, or None (a comparison's dates are not the exam's)."""
    for section in sections:
        if section.kind not in _WHERE:
            continue
        for match in _EXAM_DATE.finditer(text, section.body.start, section.body.end):
            written = match.group("date")
            numeric = _NUMERIC.match(written)
            day_first = bool(numeric) and int(numeric.group(1)) > 12  # type: ignore[union-attr]
            try:
                found = dateparser.parse(written, dayfirst=day_first, fuzzy=False).date()
            except (ValueError, OverflowError):
                continue
            if 1950 <= found.year <= 2100:
                return found
    return None
