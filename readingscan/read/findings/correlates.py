"""Whether a finding said to correspond to another view's or exam's finding ("a hypoechoic mass corresponding to the
mammographic asymmetry") is that lesion, described before, or one we first hear of.
"""

from __future__ import annotations

from readingscan.model import FindingKind, Status
from readingscan.read.findings.drafts import Draft


def is_new_lesion(drafts: tuple[Draft, ...], correlate: Draft, seen_as: FindingKind | None) -> bool:
    """A finding said to correspond to another view's finding is that lesion: merged into one of its kind,
    or (another kind: "a hypoechoic area corresponding to the distortion") no finding of its own. With no
    lesion described before it (the asymmetry only the history names), or none of the kind it is said to be
    ("an oval mass ..., corresponding to a fibroadenoma" after a non-mass enhancement), it is the first we hear of one."""
    seen = [d.kind for d in drafts if d.status is not Status.ABSENT]
    return not (seen_as not in (None, correlate.kind) and seen_as in seen) and (not seen or correlate.kind in seen
                                                                               or seen_as not in (None, *seen))
