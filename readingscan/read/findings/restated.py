"""A summary's "additional" lesion that the findings already placed: the same lesion said again, not a new one.

"IMPRESSION: ... an additional left mass at 10:00" after a findings table with a left mass at 10:00 restates that
mass ("additional" to the known cancer, not to the findings).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from readingscan.model import SectionKind, Status

if TYPE_CHECKING:
    from readingscan.read.findings.drafts import Draft

_SUMMARIES = (SectionKind.IMPRESSION, SectionKind.ASSESSMENT)


def placed_before(drafts: Sequence[Draft], new: Draft) -> bool:
    """Whether a summary's lesion named as another one has the kind, side and clock face of a lesion another
    section described."""
    return new.section in _SUMMARIES and new.clock is not None and any(
        d.kind is new.kind and d.breast is new.breast and d.clock == new.clock and d.section is not new.section
        and d.status is not Status.ABSENT for d in drafts)
