"""Words that describe a lesion before any word names it, kept for the lesion the next sentence names.

"Left breast 6 o'clock: 22 mm lesion with central fat signal and thin rim enhancement, slow initial rise and
persistent delayed kinetics. Features typical of fat necrosis.": the first sentence names no finding ("lesion"
alone is none), the second names it; the clock face, size and descriptors are that fat necrosis's.
A sentence that recommends ("MRI is suggested to evaluate the extent of free silicone") describes no lesion.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from readingscan.model import Modifier, Sentence, Status
from readingscan.read.context import assert_target
from readingscan.read.findings.describe import describe_with, describes, kinds_described
from readingscan.read.findings.drafts import Draft
from readingscan.read.lexicon import Mention
from readingscan.read.locations import SIZE, find_clocks, find_sizes
from readingscan.rules import cue

_RECOMMENDING = cue("recommending")


@dataclass(frozen=True, slots=True)
class Pending:
    """What a sentence naming no finding said of the lesion it describes."""

    mentions: tuple[Mention, ...]
    context: tuple[Modifier, ...]
    clock: str | None
    size_mm: float | None


def recommends(sentence: Sentence) -> bool:
    """Whether a sentence advises what to do next: its words describe no lesion."""
    return bool(_RECOMMENDING.search(sentence.span.text))


def pending_from(text: str, sentence: Sentence, mentions: tuple[Mention, ...], context: tuple[Modifier, ...]
                 ) -> Pending | None:
    """What a sentence that names no finding says of a lesion it places or measures (None: it describes none, or it
    recommends)."""
    describing = tuple(m for m in mentions if describes(m))
    if not describing or recommends(sentence):
        return None
    span = sentence.span
    clocks = {str(c.value) for c in find_clocks(text, span.start, span.end)}
    sizes = [float(m.value) for m in find_sizes(text, span.start, span.end)
             if m.kind == SIZE and isinstance(m.value, (int, float))]
    if not clocks and not sizes:  # a lesion is placed or measured; "Screening round: 3" describes none
        return None
    return Pending(describing, context, clocks.pop() if len(clocks) == 1 else None, sizes[0] if sizes else None)


def given(draft: Draft, pending: Pending | None) -> Draft:
    """The draft of a lesion seen with what the sentence before said of it, when its words can describe that kind."""
    if pending is None or draft.status is Status.ABSENT or draft.reference_only \
            or not any(draft.kind in kinds_described(m) for m in pending.mentions):
        return draft
    for mention in pending.mentions:
        draft = describe_with(draft, mention, assert_target(mention.span, pending.context))
    return replace(draft, clock=draft.clock or pending.clock, size_mm=draft.size_mm or pending.size_mm)
