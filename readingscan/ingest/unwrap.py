"""Hard-wrapped lines: rejoin what a PDF broke for width, keep the breaks that carry meaning.

Titles, labelled lines, list items and blank lines keep their breaks; words split by a hyphen
at a line end are mended, and compounds keep their hyphen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

__all__ = ["unwrap_lines"]

_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[A-Za-z][.)]|[-–—•*·▪●○])\s")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-$")
_LABEL = re.compile(r"[A-Z][A-Za-z0-9 /&()'-]{0,40}:(?:\s|$)")  # "IMPRESSION:", "Breast density: C"
_FULL_LINE = 40  # characters: shorter lines are titles or ends of paragraphs, never wrapped
_PART, _TAIL = 4096, 128  # joining looks at most at the last _TAIL characters of a paragraph so far
_WORD = 48  # characters: no word of a report is longer, so a broken word's first half is within these
# A line ending in one of these words cannot end a sentence, so the next line continues it even when
# it starts with a capital ("compared to\nMarch 2023").
_CONTINUING_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "to", "in", "with", "at", "for", "on", "by", "from", "than",
    "no", "without", "is", "are", "was", "were", "has", "have", "measuring", "within",
})
_FORM_ANSWERS = frozenset({"no"})  # continuing words that are also the cells of a form's yes/no rows
# First halves of hyphenated compounds common in reports: "well-\ndefined" keeps its hyphen.
_COMPOUND_FIRST = frozenset({
    "well", "ill", "non", "self", "follow", "short", "long", "mid", "high", "low",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
})


def unwrap_lines(text: str) -> str:
    """Rejoin lines a PDF broke for width; keep breaks that carry meaning.

    "The breasts are heterogeneously dense, which may obscure small\\nmasses." becomes one line, and
    "grouped calcifi-\\ncations" becomes "grouped calcifications". Titles ("IMPRESSION"), labelled
    lines ("DENSITY: C"), lines ending with ":" and list items ("1.", "-") keep their line breaks;
    blank lines stay. All-capitals reports are rejoined where a line runs the full width.
    """
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    full = max(_FULL_LINE, 0.75 * lengths[int(0.9 * (len(lengths) - 1))]) if lengths else math.inf
    # Each output line as parts, of which only the last is joined onto: a paragraph thousands of lines
    # long is then rejoined in linear time (joining onto the whole of it each time was quadratic).
    joined: list[list[str]] = []
    spelled = _spelled_in(text)
    for previous, line in zip(["", *lines], lines, strict=False):
        if joined and _continues(previous, line, full):
            parts = joined[-1]
            parts[-1] = _join(parts[-1], line.strip(), spelled)
            if len(parts[-1]) > _PART:
                parts[-1:] = [parts[-1][:-_TAIL], parts[-1][-_TAIL:]]
        else:
            joined.append([line])
    return "\n".join("".join(parts) for parts in joined)


def _is_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _continues(previous: str, line: str, full: float) -> bool:
    """Whether ``line`` carries on the sentence that the line above it (``previous``) broke off."""
    previous, line = previous.rstrip(), line.strip()
    if not previous or not line or _LIST_ITEM.match(line) or _LABEL.match(line) or previous.endswith(":"):
        return False
    first, last = line[0], previous[-1]
    if previous.endswith("-") and first.islower():
        return True
    if _SENTENCE_END.search(previous):
        return False
    last_word = previous.split()[-1].lower()
    # ...except a form's answer ("Mass Yes No" over "Calcification No Yes"): a short line ending in one, with
    # a capital after it, is a row of its own; a line broken for width runs (nearly) full.
    if last_word in _CONTINUING_WORDS and not (last_word in _FORM_ANSWERS and first.isupper() and len(previous) < full):
        return True
    if _is_capitals(previous) != _is_capitals(line):  # a title above or below running text
        return False
    if first.islower() or first in ",;)]%" or (first.isdigit() and (last.islower() or last == ",")):
        return True
    # In all-capitals text case says nothing, so a line running (nearly) the full width was broken
    # for width. Mixed-case terse reports drop full stops, so there a capital starts a new line.
    return _is_capitals(line) and len(previous) >= full


def _spelled_in(text: str) -> Callable[[str], bool]:
    """Whether a compound appears in ``text``, each compound searched for once."""
    known: dict[str, bool] = {}

    def spelled(whole: str) -> bool:
        if whole not in known:
            known[whole] = whole in text
        return known[whole]

    return spelled


def _join(previous: str, line: str, spelled: Callable[[str], bool]) -> str:
    previous = previous.rstrip()
    if previous.endswith(" -") or line[0] in ",;)]%":
        return f"{previous} {line}" if previous.endswith(" -") else previous + line
    # Only the end of ``previous`` is looked at: it grows as a paragraph is rejoined, and scanning it
    # whole on every join made unwrapping quadratic ("calci-" on 20,000 lines took over a minute).
    if _BROKEN_WORD.search(previous[-2:]):
        head = previous[-_WORD:].rsplit(None, 1)[-1][:-1]
        tail = re.match(r"[^\s.,;:!?)]*", line)
        whole = f"{head}-{tail.group() if tail else ''}"
        # A compound keeps its hyphen when it is a known one or the report spells it so elsewhere.
        if head.lower() in _COMPOUND_FIRST or spelled(whole):
            return previous + line
        return previous[:-1] + line
    if previous.endswith("-"):  # "6-\nmonth": the hyphen of a compound, never a broken word
        return previous + line
    return f"{previous} {line}"
