"""What next steps the report recommends (biopsy, follow-up, additional imaging ...), once each, in the order stated."""

from __future__ import annotations

from readingscan.model import Recommendation, RecommendationKind, SectionKind, Sentence, Span, Status
from readingscan.read.context import ModifierLookup, assert_target
from readingscan.read.lexicon import Mention, within
from readingscan.rules import cue

# A follow-up names when to image again, the imaging its means: "Follow-up US in 6 months" is no additional imaging.
_SUBSUMES = dict.fromkeys((RecommendationKind.SHORT_INTERVAL_FOLLOWUP, RecommendationKind.ROUTINE_SCREENING),
                          RecommendationKind.ADDITIONAL_IMAGING)
# "Routine screening in one year.", "Surgical consultation." are advice even without a verb; "biopsy-proven" is not.
_SCHEDULE_ONLY = cue("schedule_only")
# "Continue annual screening ...", "Return to routine screening": advice even in an unlabelled body.
_CARRY_ON = cue("carry_on")
# Findings text recommends only with a plain verb; "24-month follow-up" in a title is not advice.
_ADVISING = cue("advising")
_RECOMMENDING = cue("recommending")


def read_recommendations(
    text: str, sentences: tuple[Sentence, ...], words: tuple[Mention, ...], modifiers: ModifierLookup
) -> tuple[Recommendation, ...]:
    """Kinds of next step the report recommends, once each, in the order first stated: from the recommendation section,
    and impression / assessment sentences that recommend. A negated one ("No biopsy is needed.") does not count."""
    found: dict[RecommendationKind, Recommendation] = {}
    for sentence in sentences:
        span = sentence.span
        if span.section is SectionKind.RECOMMENDATION:
            pass
        elif span.section in (SectionKind.IMPRESSION, SectionKind.ASSESSMENT):
            if not _RECOMMENDING.search(span.text) and not _SCHEDULE_ONLY.search(span.text):
                continue
        elif span.section in (SectionKind.FINDINGS, SectionKind.HEADER):
            if not (_ADVISING.search(span.text) or _SCHEDULE_ONLY.search(span.text) or _CARRY_ON.match(span.text)):
                continue
        else:
            continue
        in_scope = modifiers(sentence)
        kinds = [
            RecommendationKind(m.rule.value) for m in within(words, span.start, span.end)
            if assert_target(m.span, in_scope).status is not Status.ABSENT
        ]
        subsumed = {_SUBSUMES[k] for k in kinds if k in _SUBSUMES}
        for kind in kinds:
            if kind not in found and kind not in subsumed:
                found[kind] = Recommendation(kind, Span(span.start, span.end, span.text, span.section))
    return tuple(found.values())
