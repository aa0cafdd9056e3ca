"""Blocks of a text that are an earlier exam's: a block under a heading naming an earlier exam, and a row of a table of
exams by date dated before the latest exam the text dates.

A newsletter's case heads a paragraph "Earlier screen (May 2023, routine screen)" and the next one "Today's diagnostic
examination (...)"; a chronology tabulates three exams by date, one row each, the latest written out below it. The
earlier exam's categories and findings are a comparison's, not today's: the sentence splitter reads the sentences of
these blocks as a comparison's, as it does a struck-out earlier version (sentences.py). A heading naming today's exam
never makes its block an earlier one's; a labelled line ("Comparison: prior mammogram 2023.") heads no block.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from readingscan.read.dates import YEAR, written_date
from readingscan.rules import cue

_EARLIER = cue("earlier_exam_heading")
_TODAY = cue("today_exam_heading")
_EXAM_WORD = cue("heading_exam_word")
_DATE = cue("heading_date")
_DATE_CELL = cue("exam_table_date_cell")
_EXAM_CELL = cue("exam_table_exam_cell")
_LINE = re.compile(r"[^\n]*")
_RULE = re.compile(r"[ \t]*[-=_*~+|]{3,}[ \t]*$")  # a drawn line ("------", "----+-----")
_HEADING_MAX = 100  # a heading is a short line
# Exams a few weeks apart are one work-up ("1. Mammography (02.03.2026)", "3. Breast MRI (03.03.2026)"), all today's;
# an earlier exam is one done before it (a screen, a follow-up months or years before).
_EPISODE = timedelta(days=60)


def earlier_blocks(text: str) -> list[tuple[int, int]]:
    """Where the blocks of earlier exams run: a heading's block (its own line to the next blank line or heading) and
    an earlier row of a table of exams by date (its lines); dated, before the latest exam's work-up."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    headings = [i for i in range(len(lines)) if _heads_block(text, lines, i)]
    rows = _table_rows(text, lines)
    dated = {i: when for i in headings if (when := _heading_date(text, *lines[i])) is not None}
    latest = max([*dated.values(), *(when for _, _, when in rows)], default=None)
    out = []
    for n, i in enumerate(headings):
        line = text[lines[i][0]:lines[i][1]]
        if _TODAY.search(line):
            continue
        if _EARLIER.match(line) or (i in dated and latest is not None and dated[i] < latest - _EPISODE):
            stop = headings[n + 1] if n + 1 < len(headings) else len(lines)
            end = next((j for j in range(i + 1, stop) if not text[lines[j][0]:lines[j][1]].strip()), stop)
            out.append((lines[i][0], lines[end - 1][1]))
    out += [(start, end) for start, end, when in rows if latest is not None and when < latest - _EPISODE]
    return out


def _heads_block(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` is a heading over a block: a short line after a blank or drawn line (or opening the text),
    with a line of text under it, ending with no stop and holding no label's value ("Comparison: prior 2023")."""
    line = text[lines[i][0]:lines[i][1]].strip()
    before = text[lines[i - 1][0]:lines[i - 1][1]] if i else ""
    after = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
    if not line or len(line) > _HEADING_MAX or line[-1] in ".;,!?\"'" or ":" in line[:-1] or "|" in line:
        return False
    return (not before.strip() or bool(_RULE.match(before))) and bool(after.strip()) and not _RULE.match(after)


def _heading_date(text: str, start: int, end: int) -> date | None:
    """The date a heading naming an exam gives it ("Screening mammogram (14/03/2022)"), or None."""
    line = text[start:end]
    found = _DATE.search(line)
    return written_date(found.group("date")) if found and _EXAM_WORD.search(line) else None


def _table_rows(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, date]]:
    """The rows of each table of exams by date, from each row's first line to its last: a heading row with a date cell
    and an exam's (or report's) cell, each row opening with a date in the date cell, its other lines leaving it empty."""
    rows: list[tuple[int, int, date]] = []
    column: int | None = None
    for start, end in lines:
        line = text[start:end]
        if column is not None and _RULE.match(line):
            continue  # a drawn line under the heading row or between rows ("----+-----")
        if "|" not in line:
            column = None  # a table ends where its lines of cells end
            continue
        cells = line.split("|")
        if column is None:
            at = next((k for k, cell in enumerate(cells) if _DATE_CELL.fullmatch(cell)), None)
            column = at if at is not None and any(_EXAM_CELL.search(cell) for cell in cells) else None
            continue
        if len(cells) <= column:
            continue
        cell = cells[column].strip()
        when = written_date(cell) if YEAR.search(cell) else None
        if when is not None:
            rows.append((start, end, when))
        elif not cell and rows and text.count("\n", rows[-1][1], start) == 1:
            rows[-1] = (rows[-1][0], end, rows[-1][2])  # a row's next line
    return rows
