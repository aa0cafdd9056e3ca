"""Where and how big: clock positions and sizes, read from a sentence.

Clock faces come as "2 o'clock", "2:00", "10:30 position", "at 2"; sizes as "8 mm", "1.2 cm",
"0.6 x 0.4 x 0.5 cm" (the largest dimension is kept, in millimetres). A distance from the nipple
("4 cm from the nipple", "4 cm FN") is a location, not a size; a lymph node's cortex ("cortex 4 mm", "cortical
thickness of 3 mm") is measured apart from the node.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readingscan.model import Span
from readingscan.rules import cue

_CLOCK = cue("clock_face")
_NUMBER = r"\d+(?:\.\d+)?"
_SIZE = cue("size")
_CORTEX = cue("cortex_before")
_DISTANCE = cue("distance_before")
_CLOCK_LIST = cue("clock_list_before")
_CLOCK_RANGE = cue("clock_range_before")
_HOUR = re.compile(r"(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?")
SIZE, CORTEX = "size", "cortex"


@dataclass(frozen=True, slots=True)
class Measure:
    span: Span
    value: str | float
    kind: str = SIZE  # SIZE, or CORTEX: the thickness of a lymph node's cortex


def find_clocks(text: str, start: int, end: int) -> tuple[Measure, ...]:
    """Clock positions in text[start:end], each as "H:MM" ("2 o'clock" -> "2:00"); the hours listed before one
    ("at 1 and 3 o'clock") are clock positions too."""
    found = []
    for match in _CLOCK.finditer(text, start, end):
        listed = _CLOCK_LIST.search(text, max(start, match.start() - 40), match.start()) if match.group("h1") else None
        if listed is not None:
            for item in _HOUR.finditer(text, listed.start(1), listed.end(1)):
                value = clock_of(item)
                found.append(Measure(Span(item.start(), item.end(), item.group()), value))
        hour = int(match.group("h1") or match.group("h2"))
        minute = match.group("m1") or match.group("m2") or "00"
        ranged = _CLOCK_RANGE.search(text, max(start, match.start() - 12), match.start())
        at = match.start() if ranged is None else ranged.start()
        value = f"{hour}:{minute}" if ranged is None else _middle(ranged, hour, int(minute))
        found.append(Measure(Span(at, match.end(), text[at:match.end()]), value))
    return tuple(found)


def clock_of(hour: re.Match[str]) -> str:
    """A match's hour (group "h") and minute (group "m", if any) as "H:MM": "11" -> "11:00", "03:30" -> "3:30"."""
    return f"{int(hour.group('h'))}:{hour.group('m') or '00'}"


def _middle(first: re.Match[str], hour: int, minute: int) -> str:
    """The middle of a clock range ("9-10 o'clock" -> "9:30", "11-1 o'clock" -> "12:00"), clockwise from its first
    hour: one lesion spanning the range is at neither end."""
    start = int(first.group("h")) % 12 * 60 + int(first.group("m") or 0)
    end = hour % 12 * 60 + minute
    middle = (start + (end - start) % 720 // 2) % 720
    return f"{middle // 60 or 12}:{middle % 60:02d}"


def find_sizes(text: str, start: int, end: int) -> tuple[Measure, ...]:
    """Sizes in text[start:end], largest dimension in mm; distances ("4 cm from the nipple", "within 5 mm of the
    mass") are skipped, a cortex's thickness is marked CORTEX."""
    found = []
    for match in _SIZE.finditer(text, start, end):
        if match.group("from") or _DISTANCE.search(text, max(start, match.start() - 30), match.start()):
            continue
        dims = [float(d) for d in re.findall(_NUMBER, match.group("dims"))]
        scale = 10.0 if match.group("unit").lower().startswith("c") else 1.0
        largest = round(max(dims) * scale, 1)
        value = int(largest) if largest.is_integer() else largest
        kind = CORTEX if _CORTEX.search(text, max(start, match.start() - 40), match.start()) else SIZE
        found.append(Measure(Span(match.start(), match.end(), match.group()), value, kind))
    return tuple(found)
