"""The exam's date, read from its label in the report's header, so two reports can be put in order; and whether a
line's label or a clause's "in <year> ... was" dates an earlier exam than the one reported.

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
_WRITTEN_DATE = cue("written_date")
_DATED_LABEL = cue("dated_label")
_YEAR_LABEL = cue("year_label_line")
_WHERE = (SectionKind.HEADER, SectionKind.TECHNIQUE)
_NUMERIC = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}$")
# A clause dating what it says "in <year>" and saying it was so, up to a category: "Early in 2021 the advice was".
_YEAR_WAS = re.compile(r"\bin\s+(?:early\s+|late\s+|mid-?\s*)?(?P<year>(?:19|20)\d\d)\b[^.;,\n]{0,40}?\b(?:was|were|had)\b"
                       r"[^.;,\n]{0,20}$", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year written alone (also assessment.py)


def written_date(written: str) -> date | None:
    """The date ``written`` ("01/22/26", "14/01/2025", "March 3, 2026"), or None; day first when the first number
    cannot be a month."""
    numeric = _NUMERIC.match(written)
    day_first = bool(numeric) and int(numeric.group(1)) > 12  # type: ignore[union-attr]
    try:
        found = dateparser.parse(written, dayfirst=day_first, fuzzy=False).date()
    except (ValueError, OverflowError):
        return None
    return found if 1950 <= found.year <= 2100 else None


def read_exam_date(text: str, sections: tuple[Section, ...]) -> date | None:
    """The first labelled date of the header or technique, or None (a comparison's dates are not the exam's)."""
    for section in sections:
        if section.kind not in _WHERE:
            continue
        for match in _EXAM_DATE.finditer(text, section.body.start, section.body.end):
            found = written_date(match.group("date"))
            if found is not None:
                return found
    return None


def exam_dates(text: str, sections: tuple[Section, ...]) -> tuple[date, ...]:
    """Every date the header or technique writes (the exam's, a procedure's), labelled or not."""
    return tuple(found for section in sections if section.kind in _WHERE
                 for match in _WRITTEN_DATE.finditer(text, section.body.start, section.body.end)
                 if (found := written_date(match.group("date"))) is not None)


def dated_earlier(text: str, line_start: int, offset: int, dates: tuple[date, ...]) -> bool:
    """Whether the label of the line from ``line_start`` dates an exam before one of the exam's ``dates``: "Imaging
    target (diagnostic US 01/28/2026): ..." in a note of a biopsy done on 02/11/2026 is the earlier exam's."""
    label = _DATED_LABEL.match(text, line_start, offset)
    when = written_date(label.group("date")) if label else None
    return when is not None and any(when < found for found in dates)


def year_before_latest(text: str, before: str) -> bool:
    """Whether the clause ``before`` a category dates it "in <year>" as what was so ("Early in 2021 the advice was
    BI-RADS 3"), a year before the latest the text names (a letter dated 2026): that time's, not today's."""
    said = _YEAR_WAS.search(before)
    return said is not None and int(said.group("year")) < max(int(y) for y in YEAR.findall(text))


def latest_year(text: str, phrase: str) -> bool:
    """Whether ``phrase`` names the latest of two or more years the text names: "BI-RADS 4C was assigned at the 2024
    diagnostic examination" in legends of 2018, 2022 and 2024 images is today's exam's."""
    years, named = {int(y) for y in YEAR.findall(text)}, [int(y) for y in YEAR.findall(phrase)]
    return len(years) > 1 and bool(named) and max(named) == max(years)


def latest_year_line(text: str, line_start: int) -> bool:
    """Whether the line from ``line_start`` is labelled with the latest of two or more years labelling lines
    ("2021: ... reported as negative.\n2023: ... BI-RADS 5.": the second)."""
    years = {m.start(): int(m.group("year")) for m in _YEAR_LABEL.finditer(text)}
    return line_start in years and len(years) > 1 and years[line_start] == max(years.values()) \
        and list(years.values()).count(years[line_start]) == 1
