"""Whether a finding said to correspond to another view's or exam's finding ("a hypoechoic mass corresponding to the
mammographic asymmetry") is that lesion, described before, or one we first hear of.
"""

from __future__ import annotations

from readingscan.model import FindingKind, SectionKind, Sentence, Status
from readingscan.read.findings.drafts import Draft
from readingscan.read.lexicon import Mention
from readingscan.rules import cue
from readingscan.rules.records import LexiconCategory as C

_WHICH_BEFORE = cue("correlate_which_before")
_WHICH_AFTER = cue("correlate_which_after")
_CORRELATES_BACK = cue("correlates_back")
_ANAPHORA = cue("anaphora")
_REFERRAL = (SectionKind.HEADER, SectionKind.HISTORY, SectionKind.COMPARISON)


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


def same_place(lesion: Draft, said: Draft) -> bool:
    """Whether the lesion a diagnosis is given for lies where the diagnosis says (its side and clock face, those it
    states): "The finding in the left breast at 3 o'clock is a lymph node" names no lesion of the right breast."""
    return (not said.breast_stated or lesion.breast in (None, said.breast)) \
        and (said.clock is None or lesion.clock in (None, said.clock))


def seen_before(drafts: tuple[Draft, ...], touched: list[int], text: str, sentence: Sentence, mentions: list[Mention],
                ) -> tuple[tuple[Draft, ...], list[int], list[Mention]]:
    """The lesions, those in focus and the sentence's words once it says the lesion just described is one of another
    kind named before it ("... a simple cyst of 8 mm. Its position and size correspond to the focal asymmetry on
    mammography, explained by this cyst."): that lesion seen on another exam, no finding of its own (the last lesion,
    added by the sentence before), nor the words pointing back to it ("this cyst")."""
    head = next((m for m in mentions if m.has(C.FINDING)), None)
    last = len(drafts) - 1
    if head is None or not touched or touched[-1] != last or drafts[last].status is Status.ABSENT \
            or _CORRELATES_BACK.fullmatch(text, sentence.span.start, head.span.start) is None:
        return drafts, touched, mentions
    rule = head.reading(C.FINDING)
    kind, gone = FindingKind(rule.value) if rule is not None else drafts[last].kind, drafts[last].kind
    # Not one only the referral names ("It corresponds to the mammographic asymmetry" the MRI is asked about).
    if kind is gone or not any(d.kind is kind and d.status is not Status.ABSENT and d.section not in _REFERRAL
                               for d in drafts[:last]):
        return drafts, touched, mentions
    kept = [m for m in mentions if not ((r := m.reading(C.FINDING)) is not None and r.value == gone.value
                                        and _ANAPHORA.search(text, max(sentence.span.start, m.span.start - 60), m.span.start))]
    return drafts[:last], [i for i in touched if i != last], kept
