"""Where a breast's block of indented rows ends: a sub-header alone on its line heads the rows indented under it; a
line indented no further than the sub-header after them stands beside the breasts' blocks, not in that breast's.

    Left breast
      Mass: No
      NME: No

    Abnormal axillary nodes: No
"""

from __future__ import annotations

from readingscan.model import indent, line_end
from readingscan.read.sections import BreastHeader


def past_rows(text: str, header: BreastHeader, at: int) -> bool:
    """Whether ``at`` lies past the rows indented under a sub-header alone on its line, on a line indented no further
    than the sub-header ("Left breast\n  Mass: No\n  NME: No\n\nAbnormal axillary nodes: No"): a field beside the
    breasts' blocks, no longer one of that breast's rows."""
    line_start = text.rfind("\n", 0, header.header.start) + 1
    line_end = text.find("\n", header.header.end)
    if line_end < 0 or text[header.header.end:line_end].strip(" \t:-"):
        return False
    own, indented = indent(text, line_start), False
    row = line_end + 1
    while row <= at:
        end = text.find("\n", row)
        end = len(text) if end < 0 else end
        if text[row:end].strip():
            if indent(text, row) <= own:
                return indented
            indented = True
        row = end + 1
    return False


def hangs_under(text: str, header: BreastHeader, at: int) -> bool:
    """Whether ``at`` lies on a line indented further than the label's own line, every line from the label's down to
    it so indented, none blank ("L: The asymmetry persists.\n   No enhancing mass."): the label's item goes on."""
    line_start = text.rfind("\n", 0, header.header.start) + 1
    own = indent(text, line_start)
    row = text.find("\n", header.header.end) + 1
    if not row or row > at:
        return False
    while row <= at:
        if not text[row:line_end(text, row)].strip() or indent(text, row) <= own:
            return False
        row = text.find("\n", row) + 1
        if not row:
            break
    return True
