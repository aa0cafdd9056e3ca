"""Where a line names its exam: the first sentence of each line of a title block, not prose wrapped from the line
above nor a section's title run into the line (read/exam.py reads the exam from these)."""

from __future__ import annotations

import re
from bisect import bisect_left

from readingscan.model import SectionKind
from readingscan.read.lexicon import Mention
from readingscan.read.matcher import compile_alternation
from readingscan.rules import RuleFile, load_rules

_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_WORDS = re.compile(r"[^\W\d_]+")
# The title of a section that names no exam, inside a line before a colon (a report run into one paragraph).
_NOT_TITLES = [r for r in load_rules(RuleFile.SECTIONS)
               if SectionKind(r.category) not in {SectionKind.HEADER, SectionKind.TECHNIQUE}]
_INLINE_TITLE = re.compile(r"(?<=\S[ \t])(?:" + compile_alternation(_NOT_TITLES).pattern + r")(?=[ \t]*:)", re.I)


def by_line(text: str, mentions: list[Mention]) -> dict[int, list[Mention]]:
    """Mentions grouped by line (line number -> mentions), each line's first sentence only: a report written as one
    paragraph names its exam in the first sentence, its findings after; a line wrapped from prose above names none."""
    newlines = [m.start() for m in re.finditer("\n", text)]
    by_line: dict[int, list[Mention]] = {}
    first_break: dict[int, int] = {}  # line -> where its first sentence ends
    for mention in mentions:
        line = bisect_left(newlines, mention.span.start)
        if line not in first_break:
            line_start = newlines[line - 1] + 1 if line else 0
            line_end = newlines[line] if line < len(newlines) else len(text)
            found = _SENTENCE_BREAK.search(text, line_start, line_end)
            end = found.start() if found else line_end
            # "BREAST MRI - SCREENING INDICATION: dense breasts on mammography": a section's title (capitals) ends it.
            # A title ends before a colon: a line with none before ``end`` has none (most lines; the search is slow).
            if text.find(":", line_start, end) != -1:
                end = next((m.start() for m in _INLINE_TITLE.finditer(text, line_start, end) if m.group().isupper()), end)
            first_break[line] = -1 if carries_on(text, line_start) else end
        if mention.span.start <= first_break[line]:
            by_line.setdefault(line, []).append(mention)
    return by_line


def carries_on(text: str, start: int) -> bool:
    """A line going on with prose wrapped from the line above ("I suggest she returns to her annual" / "MRI and
    mammography."): four words or more above, no label's colon, the last in lower case with no stop after it; not a
    line opening with two words in capitals, a title under a letterhead ("Radiologisk avdeling" / "ULTRASOUND, RIGHT
    BREAST")."""
    tail = _SENTENCE_BREAK.split(text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)])[-1].rstrip()
    words, last = _WORDS.findall(tail), tail[-1:]
    line_end = text.find("\n", start)
    opening = _WORDS.findall(text, start, len(text) if line_end < 0 else line_end)[:2]
    titled = len(opening) == 2 and all(len(w) > 1 and w.isupper() for w in opening)
    return ":" not in tail and len(words) >= 4 and (last.isalpha() or last == ",") and words[-1][0].islower() \
        and not titled
