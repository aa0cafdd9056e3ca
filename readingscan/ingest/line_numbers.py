"""A transcript's line numbers (a deposition's, a court record's): " 9   A.  The breasts were ..." numbers each line
in the margin, and a sentence wrapped over two lines ("They were\\n13       unchanged.") reads the number as a word.

A run of at least _RUN lines, each opening with a number one more than the line before's followed by two spaces, a
tab or a bar (an EHR paste's "12| "), loses its numbers; spaces take their place so the columns stay where they were.
"""

from __future__ import annotations

import re

from readingscan.model import line_end

# An EHR paste's gutter is a number and a bar (" 10| There is ..."); the bar goes with the number.
# A blank line keeps its number alone ("06"): it goes on with the run (only lines of text count towards _RUN).
_NUMBERED = re.compile(r"^([ \t]{0,3})(\d{1,3})(\|?)(?=(?<=\|)(?:[ \t]|$)|[ \t]{2,}\S|\t\S|[ \t]*$)", re.MULTILINE)
_RUN = 5


def _blank(text: str, match: re.Match[str]) -> bool:
    """Whether the numbered line holds nothing but its number."""
    return not text[match.end():line_end(text, match.end())].strip()


def drop_line_numbers(text: str) -> str:
    """The text without the margin numbers of its runs of consecutively numbered lines."""
    if "  " not in text and "\t" not in text:
        return text
    runs: list[list[re.Match[str]]] = []
    for match in _NUMBERED.finditer(text):
        last = runs[-1][-1] if runs else None
        # the very next line, numbered one more
        if last is not None and int(match.group(2)) == int(last.group(2)) + 1 \
                and text.count("\n", last.end(), match.start()) == 1:
            runs[-1].append(match)
        else:
            runs.append([match])
    out, at = [], 0
    for run in (r for r in runs if sum(not _blank(text, m) for m in r) >= _RUN):
        for match in run:
            out.append(text[at:match.start(2)])
            out.append(" " * (match.end(3) - match.start(2)))
            at = match.end(3)
    out.append(text[at:])
    return "".join(out)
