"""Speech recognition that writes the punctuation it heard as words ("Findings colon", "dense comma which may ...",
"no associated mass period", "new line"): a text that does so again and again has them read as the marks they name, so that its
sections, sentences and list items ("1 period Suspicious ...") read as typed ones do. Once or twice is no dictation
("a period of 6 months", "a comma-shaped ..."): the text stays as written.
"""

from __future__ import annotations

import re

from readingscan.model import line_end
from readingscan.rules import cue

_SPOKEN = cue("spoken_mark")
_MARKS = {"stop": ".", "item": ".", "pause": ",", "list": ";", "label": ":", "line": "\n", "paragraph": "\n\n"}
_AT_LEAST = 4  # spoken marks, of two kinds or more, make a text dictated
_LABEL_WORDS = 4  # a label spoken before its colon: at most a few words opening the line ("Clinical history colon")
_WORD = re.compile(r"[^\W\d_]+")


def _mark(text: str, match: re.Match[str]) -> str | None:
    """The mark a spoken word stands for, or None where it is a word: a colon not closing its line nor a label."""
    kind = match.lastgroup or ""
    if kind == "label":
        line_start = text.rfind("\n", 0, match.start()) + 1
        stop = line_end(text, match.end())
        if text[match.end():stop].strip() and len(_WORD.findall(text, line_start, match.start())) > _LABEL_WORDS:
            return None
    return _MARKS.get(kind)


def spoken_marks(text: str) -> str:
    """``text`` with its spoken punctuation written as marks, when it is dictated; else ``text`` itself."""
    found = [(m, mark) for m in _SPOKEN.finditer(text) if (mark := _mark(text, m))]
    if len(found) < _AT_LEAST or len({mark for _, mark in found}) < 2:
        return text
    out, at = [], 0
    for match, mark in found:
        out += [text[at:match.start()], mark]
        at = match.end()
    return "".join(out) + text[at:]
