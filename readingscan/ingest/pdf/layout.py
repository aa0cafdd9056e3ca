"""A PDF page's words -> its lines in reading order, with paragraph breaks.

Words sharing a baseline form a row; on a two-column page the gutter is found and each band is
read left column, then right. A clearly wider vertical gap marks a paragraph break.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["page_lines"]

_MIN_GUTTER = 10.0  # points; wider than any word space, narrower than real column gutters


@dataclass(frozen=True, slots=True)
class _Line:
    words: tuple[dict[str, Any], ...]
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(str(word["text"]) for word in self.words)


def page_lines(page: Any) -> list[str]:
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
