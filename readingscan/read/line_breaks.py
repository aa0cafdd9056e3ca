"""Where a line break ends a sentence and where it is only a hard wrap (split from sentences.py).

A report punctuated as prose ends its sentences with full stops: a line cut at the wrap width without one carries
on. A line-per-statement report ends each statement at its line. A dictation transcript with no punctuation at all
("findings both breasts were scanned ...\\nright breast at 10 o'clock ...") says nothing by its capitals: each of its
lines is a statement of its own unless it was cut at the wrap width or on a word no sentence ends on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from statistics import quantiles

from readingscan.model import line_above
from readingscan.rules import cue, words

_LIST_ITEM = re.compile(r"^[ \t]*(?:\(?\d{1,2}[.)]|[-*•]|[a-z][.)])\s+", re.IGNORECASE)
# A line ending in one of these words was cut mid-sentence.
_CANNOT_END = frozenset(words("cannot_end"))
_HEADERISH = re.compile(r"^[ \t]*[A-Z][A-Za-z /&-]{1,40}:\s*$")
# A form's field with its answer ("Mass: No", "Calcifications: Yes - scattered"): a line of its own.
_ASKED = re.compile(r"[:?]|\.{3,}|…")
_FIELD = re.compile(r"^[ \t]*(?:[-*•]\s*)?[A-Z][A-Za-z /&()-]{1,40}:[ \t]*\S")
_FORM_ANSWER = cue("form_answer")
# A mark that ends a sentence or a label: a stop, a colon or semicolon before a space or the line's end.
_STOP = re.compile(r"[.!?;:](?=\s|$)")
# A sentence ended inside a line and another begun after it: the writer writes full stops.
_INNER_STOP = re.compile(r"[a-z)\d][.!?]\s+[A-Z(]")
_SIDE_LABEL = cue("dictated_side_label")
# A table's row: cells apart by a bar, a tab or a run of spaces.
_COLUMNS = re.compile(r"[|\t]| {2,}")
# A line's frame, not its words: a box's side bars ("| ... text ...    |", no bar between them), or a record's fields
# before and after its text (an export's "ABC|5|TX|code^name||text ...||||||F": the text is the fifth field).
_BOXED = re.compile(r"[ \t]*[|│║][ \t]?(?P<words>[^|│║\n]*?)[ \t]*[|│║][ \t]*$")
_RECORD = re.compile(r"[A-Z][A-Z0-9]{2}\|\d+\|(?:[^|\n]*\|){3}(?P<words>[^|\n]*)(?:\|[^|\n]*)*$")
# Markup's line break inside a line ("... since 2025.<br>No mass ...", "... density.\\par"): a line ends there.
_MARKUP_BREAK = re.compile(r"<br\s*/?>|\\par\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Layout:
    """How a text's lines are laid out: the width they were wrapped at, whether it writes no punctuation, and whether
    it was hard-wrapped at all (several lines reach the width, not one long line among short ones)."""

    width: int
    dictated: bool
    wrapped: bool = True


@lru_cache(maxsize=4)  # split_sections and split_sentences both ask for the same text's
def layout_of(text: str) -> Layout:
    width = wrap_width(text)
    reach = sum(_reaches(line.rstrip(), width) for line in text.split("\n"))
    return Layout(width, unpunctuated(text), reach >= 3)


def _reaches(line: str, width: int) -> bool:
    return len(line) >= width - 18 and len(line) > 40


def carried_on(text: str, offset: int, layout: Layout) -> bool:
    """Whether the line holding ``offset`` carries on a line above that was cut at the wrap width."""
    line_start = text.rfind("\n", 0, offset) + 1
    return line_start > 0 and layout.wrapped and _reaches(line_above(text, line_start), layout.width)


def wrap_width(text: str) -> int:
    """The width hard-wrapped lines were wrapped at, judged from the longer lines of the report."""
    lengths = [len(line) for line in text.split("\n") if len(line.strip()) > 20]
    if len(lengths) < 4:
        return 10_000
    return int(quantiles(lengths, n=10)[-1])


def unpunctuated(text: str) -> bool:
    """A transcript that writes no punctuation: of its lines of prose (six words or more, not a table's row with its
    columns apart), hardly any holds a stop, a colon or a semicolon ("FINDINGS BREAST COMPOSITION ACR C ...")."""
    prose = [line for line in text.split("\n") if len(line.split()) >= 6 and not _COLUMNS.search(line.strip())]
    stopped = sum(bool(_STOP.search(line)) for line in prose)
    return len(prose) - stopped >= 3 and stopped * 4 <= len(prose) - stopped


def lines_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of text[start:end], each its words without its frame (words_of); a markup line break ("<br>", RTF's
    "\\par") ends a line too (kept on its end)."""
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        cut = pos
        for br in _MARKUP_BREAK.finditer(text, pos, line_end):
            if text[br.end():line_end].strip():
                out.append((cut, br.end()))
                cut = br.end()
        out.append(words_of(text, (cut, line_end)))
        pos = line_end + 1
    return out


def words_of(text: str, line: tuple[int, int]) -> tuple[int, int]:
    """Where a line's words are, its frame left out: a box's side bars, a record's fields around its text."""
    framed = _BOXED.fullmatch(text, *line) or _RECORD.fullmatch(text, *line)
    return framed.span("words") if framed else line


def continues(text: str, line: tuple[int, int], nxt: tuple[int, int], layout: Layout) -> bool:
    """Does the next line carry on the sentence of this one (a hard wrap) rather than start anew? Judged on the lines'
    words (words_of): a box's lines and an export's records carry on as plain lines do; a markup break ends its line."""
    if _MARKUP_BREAK.search(text, max(line[0], line[1] - 8), line[1]):
        return False
    this = text[line[0]:line[1]].rstrip()
    following = text[nxt[0]:nxt[1]].strip()
    if not this.strip() or not following:
        return False
    if _LIST_ITEM.match(text[nxt[0]:nxt[1]]) or _HEADERISH.match(text[nxt[0]:nxt[1]]):
        return False
    if _FIELD.match(text[nxt[0]:nxt[1]]) and _FIELD.match(text[line[0]:line[1]]):
        return False
    if this.endswith((".", ":", "!", "?", ";")) or _answered(this):
        return False
    last_word = this.rsplit(None, 1)[-1].lower()
    # Measured on the whole line: a title may open it ("IMPRESSION RIGHT BREAST ..." has its body after the title).
    cut = _reaches(text[text.rfind("\n", 0, line[0]) + 1:line[1]].rstrip(), layout.width)
    # With no punctuation at all, neither a stop nor a capital tells where a statement ends: the line does, unless it
    # was cut at the wrap width or on a word no sentence ends on.
    if layout.dictated:
        return (cut and layout.wrapped) or last_word in _CANNOT_END
    if following[0].islower() or following[0] in "(,&":
        return True
    if last_word in _CANNOT_END:
        return True
    # In capitals every line starts upper-case: a line that reaches the wrap width was cut, not ended.
    # In mixed case a capital after an unfinished line starts a new line-per-sentence statement, unless the line
    # reaches the wrap width in prose that writes its full stops ("... visualised. Small round circumscribed\n
    # T2-hyperintense cyst ..."): then it was cut.
    if this.isupper():
        return cut
    prose = not _COLUMNS.search(this.strip()) and not _FIELD.match(text[nxt[0]:nxt[1]])  # no table's row ("No.\tSide ...")
    return cut and prose and bool(_INNER_STOP.search(this))


def _answered(line: str) -> bool:
    """A form's field that ends in its answer ("  Mass ........ No", "Calcifications? No"), or in its answer's boxes
    ("Mass ....... [x] Yes  [ ] No"): a statement of its own."""
    asked = [m.end() for m in _ASKED.finditer(line)]
    answer = _FORM_ANSWER.match(line, asked[-1]) if asked else None
    while answer is not None and line[answer.end():].strip():
        answer = _FORM_ANSWER.match(line, answer.end()) if answer.end() > answer.start() else None
    return answer is not None


def side_cuts(chunk: str) -> list[int]:
    """Where, in a statement of a transcript with no punctuation that opens with one breast's label, the other breast's
    label opens a statement of its own ("RIGHT BREAST SPICULATED MASS BIRADS 5 | LEFT BREAST NORMAL BIRADS 1"): the
    writer names each breast before its words. Not after a word no statement ends on ("... than in the left breast")."""
    labels = list(_SIDE_LABEL.finditer(chunk))
    if not labels or chunk[:labels[0].start()].strip():
        return []
    side, cuts = labels[0].group("side")[0].lower(), []
    for label in labels[1:]:
        before = chunk[max(0, label.start() - 40):label.start()].split()
        if label.group("side")[0].lower() != side and before and before[-1].lower() not in _CANNOT_END:
            side = label.group("side")[0].lower()
            cuts.append(label.start())
    return cuts
