"""Whether a line between a side's label and a sentence closes the label's block: a heading of its own alone on its
line ("[AXILLAE]") or a rule across the page ("-----"). What follows it is no longer said of that side."""

from __future__ import annotations

import re

from readingscan.read.sections import BreastHeader

__all__ = ["past_heading"]

_CLOSING = re.compile(r"^[ \t]*(?:\[[^\[\]\n]{2,40}\]|[-=_*~]{5,})[ \t]*$", re.MULTILINE)


def past_heading(text: str, header: BreastHeader, at: int) -> bool:
    """Whether a heading or rule line lies between the end of ``header``'s line and ``at``."""
    line_end = text.find("\n", header.header.end)
    return 0 <= line_end < at and _CLOSING.search(text, line_end, at) is not None
