"""PDF text in reading order: two-column pages, running headers and footers, hard-wrapped lines.

Used only by ``readingscan.ingest``; raises ReadingError with a sentence fit to show a person.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from .models import ReadingError

__all__ = ["PdfText", "read_pdf", "unwrap_lines"]

ENCRYPTED = "This PDF is password-protected. Save a copy without a password and try again."
CORRUPT = (
    "The PDF appears damaged or incomplete, so it cannot be read. "
    "Download or export it again and upload the new copy."
)
SCAN = (
    "This PDF has no text layer; it looks like a scan or photo of paper. Reading scans is not "
    "available yet — please paste the text or upload a text PDF."
)
TRUNCATED_WARNING = "The PDF seems to be incomplete (its end is missing); some text may be missing."

_PDF_HEADER = re.compile(rb"%PDF-\d")
_EOF_MARK = b"%%EOF"
_RUNNING_ZONE = 3  # a running header or footer sits within the first or last 3 lines of a page
_MIN_LETTERS = 40  # fewer letters than a one-line report holds
_MIN_GUTTER = 10.0  # points; wider than any word space, narrower than real column gutters


@dataclass(frozen=True, slots=True)
class PdfText:
    """The text of a PDF before canonicalisation, with its page count and anything to warn about."""

    text: str
    pages: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Line:
    words: tuple[dict[str, Any], ...]
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(str(word["text"]) for word in self.words)


def pdf_offset(data: bytes) -> int | None:
    """Where the PDF starts: readers accept a little junk before ``%PDF-`` (within 1024 bytes)."""
    match = _PDF_HEADER.search(data, 0, 1024 + 8)
    return match.start() if match and match.start() <= 1024 else None


def read_pdf(data: bytes, max_pages: int) -> PdfText:
    """Every page's text in reading order, running headers/footers dropped, paragraphs unwrapped."""
    data = data[pdf_offset(data) or 0 :]
    pages, pictured = _extract(data, max_pages)
    pages = drop_running_lines(pages)
    letters = sum(c.isalpha() for lines in pages for line in lines for c in line)
    # A scan often carries a little text of its own ("Scanned by ..."): that is still a scan.
    if letters == 0 or (letters < _MIN_LETTERS and any(pictured)):
        raise ReadingError(SCAN, code="scan")
    warnings = [
        f"Page {number} has no text layer (it looks like a scan); its content was not read."
        for number, (lines, picture) in enumerate(zip(pages, pictured, strict=True), start=1)
        if picture and not lines
    ]
    if _EOF_MARK not in data[-2048:]:
        warnings.append(TRUNCATED_WARNING)
    body = "\n".join("\n".join(lines) for lines in pages)
    return PdfText(unwrap_lines(body), len(pages), tuple(warnings))


def _extract(data: bytes, max_pages: int) -> tuple[list[list[str]], list[bool]]:
    """Each page's lines, and whether it holds a picture; pdfminer's failures become ReadingErrors."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            # The declared count first, so a file claiming 100,000 pages is refused cheaply.
            count = _declared_pages(pdf.doc)
            count = count if count > max_pages else len(pdf.pages)
            if count > max_pages:
                raise ReadingError(
                    f"The PDF has {count} pages; the limit is {max_pages}. "
                    "Upload only the pages with the report.",
                    code="too_many_pages",
                )
            if count == 0:
                raise ReadingError(CORRUPT, code="corrupt")
            return [_page_lines(page) for page in pdf.pages], [bool(page.images) for page in pdf.pages]
    except ReadingError:
        raise
    except PdfminerException as error:
        if error.args and isinstance(error.args[0], PDFEncryptionError):
            raise ReadingError(ENCRYPTED, code="encrypted") from None
        raise ReadingError(CORRUPT, code="corrupt") from None
    except Exception:  # pdfminer and pdfplumber fail in many ways on damaged files
        raise ReadingError(CORRUPT, code="corrupt") from None


def _declared_pages(document: PDFDocument) -> int:
    try:
        count = resolve1(resolve1(document.catalog["Pages"])["Count"])
    except Exception:  # a damaged page tree: let pdfplumber walk it and decide
        return 0
    return count if isinstance(count, int) else 0


# --- lines and columns ---------------------------------------------------------------------------


def _page_lines(page: Any) -> list[str]:
    """The page's lines in reading order; "" marks a paragraph break (a wider vertical gap)."""
    words: list[dict[str, Any]] = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines = _reading_order(_rows(words))
    return _with_paragraph_breaks(lines)


def _rows(words: Iterable[dict[str, Any]]) -> list[_Line]:
    """Group words sharing a baseline; words of both columns at one height land in the same row."""
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        tolerance = max(2.0, 0.5 * float(word["bottom"] - word["top"]))
        if rows and abs(float(word["top"]) - float(rows[-1][0]["top"])) <= tolerance:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [_line(row) for row in rows]


def _line(words: Sequence[dict[str, Any]]) -> _Line:
    ordered = tuple(sorted(words, key=lambda w: float(w["x0"])))
    return _Line(ordered, min(float(w["top"]) for w in words), max(float(w["bottom"]) for w in words))


def _reading_order(rows: list[_Line]) -> list[_Line]:
    """Rows top to bottom, except on a two-column page: left column, then right, band by band.

    A row crossing the gutter (a full-width title) ends a band, so text above it is read first.
    """
    gutter = _find_gutter(rows)
    if gutter is None:
        return rows
    start, end = gutter
    ordered: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for row in rows:
        if _crosses(row, gutter):
            ordered += left + right + [row]
            left, right = [], []
            continue
        left_words = [w for w in row.words if w["x1"] <= start]
        right_words = [w for w in row.words if w["x0"] >= end]
        left += [_line(left_words)] if left_words else []
        right += [_line(right_words)] if right_words else []
    return ordered + left + right


def _find_gutter(rows: list[_Line]) -> tuple[float, float] | None:
    """The x-range of a column gutter, if the page is set in two columns.

    The gutter is the widest vertical strip in the middle of the text that almost no row crosses
    (a full-width title may). It only counts when both sides hold several lines of running text
    (not a label/value form) and the two columns run side by side over half the text's height.
    """
    if len(rows) < 6:
        return None
    x_min = min(float(w["x0"]) for row in rows for w in row.words)
    x_max = max(float(w["x1"]) for row in rows for w in row.words)
    span = x_max - x_min
    if span < 200:
        return None
    low, high = int(x_min + 0.3 * span), int(x_min + 0.7 * span)
    allowed = max(1, len(rows) // 5)
    clear = [count <= allowed for count in _crossings(rows, low, high)]
    start, end = _longest_run(clear)
    if end - start < _MIN_GUTTER:
        return None
    gutter = (float(low + start), float(low + end))
    return gutter if _looks_like_columns(rows, gutter) else None


def _crossings(rows: list[_Line], low: int, high: int) -> list[int]:
    """For each x from ``low`` to ``high``, how many rows have a word over it."""
    counts = [0] * (high - low + 1)
    for row in rows:
        covered: set[int] = set()
        for word in row.words:
            first, last = max(low, math.floor(word["x0"])), min(high, math.ceil(word["x1"]))
            covered.update(range(first - low, last - low + 1))
        for index in covered:
            counts[index] += 1
    return counts


def _longest_run(flags: Sequence[bool]) -> tuple[int, int]:
    """First and last index of the longest stretch of True."""
    best, run_start = (0, -1), None
    for index, flag in enumerate([*flags, False]):
        if flag and run_start is None:
            run_start = index
        elif not flag and run_start is not None:
            best = max(best, (run_start, index - 1), key=lambda run: run[1] - run[0])
            run_start = None
    return best


def _crosses(row: _Line, gutter: tuple[float, float]) -> bool:
    return any(w["x0"] < gutter[1] and w["x1"] > gutter[0] for w in row.words)


def _looks_like_columns(rows: list[_Line], gutter: tuple[float, float]) -> bool:
    start, end = gutter
    beside = [row for row in rows if not _crosses(row, gutter)]
    ranges = []
    for side in (
        [(row, [w for w in row.words if w["x1"] <= start]) for row in beside],
        [(row, [w for w in row.words if w["x0"] >= end]) for row in beside],
    ):
        used = [(row, words) for row, words in side if words]
        # Running text has several words per line; a column of labels ("Density:") does not.
        if len(used) < 3 or statistics.median(len(words) for _, words in used) < 3:
            return False
        ranges.append((used[0][0].top, used[-1][0].bottom))
    overlap = min(ranges[0][1], ranges[1][1]) - max(ranges[0][0], ranges[1][0])
    return overlap >= 0.5 * (rows[-1].bottom - rows[0].top)


def _with_paragraph_breaks(lines: Sequence[_Line]) -> list[str]:
    """Line texts, with "" where the gap down to the next line is clearly wider than usual."""
    steps = [b.top - a.top for a, b in itertools.pairwise(lines) if b.top > a.top]
    pitch = statistics.median(steps) if steps else 0.0
    texts: list[str] = []
    for previous, line in zip([None, *lines], lines, strict=False):
        if previous is not None and pitch and line.top - previous.top > 1.6 * pitch:
            texts.append("")
        texts.append(line.text)
    return texts


# --- running headers and footers -----------------------------------------------------------------


def _shape(line: str) -> str:
    """What stays the same on every page: "Page 1 of 3" and "Page 2 of 3" share "page # of #"."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop lines repeated at the top or bottom of most pages (letterhead, "Page 1 of 3").

    A repeated header without numbers (the centre's name, the exam title) is kept once, on the first
    page, where it reads like a letterhead; footers and numbered headers are dropped everywhere.
    """
    if len(pages) < 2:
        return pages
    heads: Counter[str] = Counter()
    feet: Counter[str] = Counter()
    for lines in pages:
        content = [line for line in lines if line]
        heads.update({_shape(line) for line in content[:_RUNNING_ZONE]})
        feet.update({_shape(line) for line in content[-_RUNNING_ZONE:]})
    most = max(2, len(pages) // 2 + 1)
    running_heads = {shape for shape, count in heads.items() if count >= most}
    running_feet = {shape for shape, count in feet.items() if count >= most}
    return [
        _without(lines, running_heads, running_feet, keep_letterhead=number == 0)
        for number, lines in enumerate(pages)
    ]


def _without(lines: list[str], heads: set[str], feet: set[str], *, keep_letterhead: bool) -> list[str]:
    positions = [index for index, line in enumerate(lines) if line]
    top, bottom = set(positions[:_RUNNING_ZONE]), set(positions[-_RUNNING_ZONE:])
    kept = []
    for index, line in enumerate(lines):
        shape = _shape(line)
        drop_head = index in top and shape in heads and not (keep_letterhead and "#" not in shape)
        if not (drop_head or (index in bottom and shape in feet)):
            kept.append(line)
    while kept and not kept[0]:
        kept.pop(0)
    while kept and not kept[-1]:
        kept.pop()
    return kept


# --- hard-wrapped lines --------------------------------------------------------------------------

_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[A-Za-z][.)]|[-–—•*·▪●○])\s")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-$")
_LABEL = re.compile(r"[A-Z][A-Za-z0-9 /&()'-]{0,40}:(?:\s|$)")  # "IMPRESSION:", "Breast density: C"
_FULL_LINE = 40  # characters: shorter lines are titles or ends of paragraphs, never wrapped
# A line ending in one of these words cannot end a sentence, so the next line continues it even when
# it starts with a capital ("compared to\nMarch 2023").
_CONTINUING_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "to", "in", "with", "at", "for", "on", "by", "from", "than",
    "no", "without", "is", "are", "was", "were", "has", "have", "measuring", "within",
})
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
    joined: list[str] = []
    for previous, line in zip(["", *lines], lines, strict=False):
        if joined and _continues(previous, line, full):
            joined[-1] = _join(joined[-1], line.strip(), text)
        else:
            joined.append(line)
    return "\n".join(joined)


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
    if previous.split()[-1].lower() in _CONTINUING_WORDS:
        return True
    if _is_capitals(previous) != _is_capitals(line):  # a title above or below running text
        return False
    if first.islower() or first in ",;)]%" or (first.isdigit() and (last.islower() or last == ",")):
        return True
    # In all-capitals text case says nothing, so a line running (nearly) the full width was broken
    # for width. Mixed-case terse reports drop full stops, so there a capital starts a new line.
    return _is_capitals(line) and len(previous) >= full


def _join(previous: str, line: str, text: str) -> str:
    previous = previous.rstrip()
    if previous.endswith(" -") or line[0] in ",;)]%":
        return f"{previous} {line}" if previous.endswith(" -") else previous + line
    if _BROKEN_WORD.search(previous):
        head = previous.split()[-1][:-1]
        tail = re.match(r"[^\s.,;:!?)]*", line)
        whole = f"{head}-{tail.group() if tail else ''}"
        # A compound keeps its hyphen when it is a known one or the report spells it so elsewhere.
        if head.lower() in _COMPOUND_FIRST or text.count(whole) > 0:
            return previous + line
        return previous[:-1] + line
    if previous.endswith("-"):  # "6-\nmonth": the hyphen of a compound, never a broken word
        return previous + line
    return f"{previous} {line}"
