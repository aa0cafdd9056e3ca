"""Whether a finding said to correspond to another view's or exam's finding ("a hypoechoic mass corresponding to the
mammographic asymmetry") is that lesion, described before, or one we first hear of.
"""

from __future__ import annotations

from readingscan.model import FindingKind, Status
from readingscan.read.findings.drafts import Draft
from readingscan.read.lexicon import Mention
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C

_WHICH_BEFORE = cue("correlate_which_before")
_WHICH_AFTER = cue("correlate_which_after")


def is_new_lesion(drafts: tuple[Draft, ...], correlate: Draft, seen_as: FindingKind | None) -> bool:
    """A finding said to correspond to another view's finding is that lesion: merged into one of its kind,
    or (another kind: "a hypoechoic area corresponding to the distortion") no finding of its own. With no
    lesion described before it (the asymmetry only the history names), or none of the kind it is said to be
    ("an oval mass ..., corresponding to a fibroadenoma" after a non-mass enhancement), it is the first we hear of one."""
    seen = [d.kind for d in drafts if d.status is not Status.ABSENT]
    return not (seen_as not in (None, correlate.kind) and seen_as in seen) and (not seen or correlate.kind in seen
                                                                               or seen_as not in (None, *seen))


def corresponds_back(text: str, heads: list[Mention], at: int, until: int) -> FindingKind | None:
    """The kind of the lesion named just before the finding word ``heads[at]`` when a relative clause makes that word
    its view on another exam ("a new focal asymmetry ..., to which an 8 mm hypoechoic area corresponds on
    ultrasound"); None otherwise. ``until``: where the next finding word begins."""
    if at == 0:
        return None
    head, before = heads[at], heads[at - 1]
    after = _WHICH_AFTER.match(text, head.span.end, until)
    if after is None or _WHICH_BEFORE.match(text, before.span.end, head.span.start) is None:
        return None
    rule = before.reading(C.FINDING)
    return FindingKind(rule.value) if rule is not None else None
