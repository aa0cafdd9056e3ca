"""How a sentence takes up lesions described before without naming them anew.

"Both are oval ..." describes the last two lesions named, "These are unchanged." makes the last sentence's lesions
stable, and "The punctate calcifications ... are no longer seen." says a lesion described before is gone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from readingscan.model import Breast, FindingKind, Modifier, Sentence, Span, Status
from readingscan.read.context import assert_target
from readingscan.read.findings.drafts import Draft, replace_at
from readingscan.read.findings.frozen import told_later
from readingscan.read.lexicon import Mention
from readingscan.rules import cue, word_map, words
from readingscan.rules.records import ContextCategory
from readingscan.rules.records import LexiconCategory as C

_PLURAL_COUNTS = word_map("plural_pointers")
_PLURAL_WORDS = "|".join(sorted(map(re.escape, _PLURAL_COUNTS), key=len, reverse=True))
_PLURAL = re.compile(rf"\s*({_PLURAL_WORDS})\b", re.IGNORECASE)
_LOOK_BACK = 20
_TAKEN_UP_COUNTS = word_map("lesion_taken_up")
# After a time or place said first ("At 36 months (this study), they remain stable.", "On today's images it is unchanged.").
_OPENING = r"(?:(?:at|after|on|in|by)\s+[^.;:,()\n]{1,30}?(?:\s*\([^()\n]{1,30}\))?\s*,?\s+)?"
_TAKEN_UP = re.compile(r"\W*" + _OPENING + "(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
    _TAKEN_UP_COUNTS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_GONE = frozenset(words("gone_rules"))  # the negations saying a lesion described before is gone
_LEADING = " \t\n-*•:"
_NEXT_TO = 3  # the space between two sentences
_FROM_THE_LESION = cue("from_the_lesion")
_ANAPHORA = cue("anaphora")


def several(sentence: str) -> int:
    """How many of the lesions just named a sentence describes: "Both are oval ..." two, "They are ..." all."""
    found = _PLURAL.match(sentence)
    if found is None:
        return 1
    count = _PLURAL_COUNTS[found.group(1).lower()]
    return int(count) if count.isdigit() else _LOOK_BACK


def said_stable(drafts: tuple[Draft, ...], span: Span, lesions: list[int], context: tuple[Modifier, ...]
                 ) -> tuple[Draft, ...]:
    """The drafts with the lesions a sentence takes up without naming them made stable when it says they are:
    "These are unchanged." (all of the last sentence's lesions), "It is stable compared with 2022." (its first)."""
    taken = _TAKEN_UP.match(span.text)
    if not lesions:
        return drafts
    if taken is None:  # a sentence that opens saying so, naming nothing ("Stable since 2023.", "Unchanged."): all of them
        return _opens_stable(drafts, span, lesions, context)
    said = assert_target(Span(span.start + taken.start(1), span.start + taken.end(1), taken.group(1)), context)
    if not said.stable or said.status is not Status.PRESENT or said.stable_modifier is None:
        return drafts
    count = _TAKEN_UP_COUNTS[" ".join(taken.group(1).lower().split())]
    for i in lesions[:int(count) if count.isdigit() else len(lesions)]:
        # "At 36 months (this exam) they remain stable." after an earlier course's "unchanged": stable on this exam.
        trigger = (not told_later(drafts[i]) and drafts[i].stable_trigger) or said.stable_modifier.trigger
        drafts = replace_at(drafts, i, replace(drafts[i], stable=True, stable_trigger=trigger))
    return drafts


def _opens_stable(drafts: tuple[Draft, ...], span: Span, lesions: list[int], context: tuple[Modifier, ...]
                  ) -> tuple[Draft, ...]:
    opening = span.start + len(span.text) - len(span.text.lstrip(_LEADING))
    said = next((m for m in context if m.category == ContextCategory.STABLE and m.trigger.start == opening), None)
    if said is None or any(m.category != ContextCategory.STABLE for m in context):  # "No change in the plan?" etc.
        return drafts
    last_said = max((e.end for i in lesions for e in (drafts[i].evidence, *drafts[i].extra)), default=0)
    if span.start - last_said > _NEXT_TO:  # only just after the sentence naming them, not an addendum later on
        return drafts
    for i in lesions:
        trigger = (not told_later(drafts[i]) and drafts[i].stable_trigger) or said.trigger
        drafts = replace_at(drafts, i, replace(drafts[i], stable=True, stable_trigger=trigger))
    return drafts


def gone_from(drafts: tuple[Draft, ...], draft: Draft) -> int | None:
    """The lesion described before that a negation saying it is gone ("no longer seen", "has resolved") is about:
    the last one seen of the draft's kind whose side and shape fit; else the last one already said to be gone ("The
    NME seen at baseline has resolved." then, in the summary, "Resolution of the non-mass enhancement."): said again."""
    if draft.status is not Status.ABSENT or not _said_gone(draft):
        return None
    fits = [i for i, d in enumerate(drafts) if d.kind is draft.kind and (d.status is not Status.ABSENT or _said_gone(d))
            and (d.breast is None or draft.breast is None or d.breast is draft.breast or not draft.breast_stated)
            and (not d.morphology or not draft.morphology or set(d.morphology) & set(draft.morphology))]
    return next((i for i in reversed(fits) if drafts[i].status is not Status.ABSENT), fits[-1] if fits else None)


def _said_gone(draft: Draft) -> bool:
    return (draft.status_rule or "").rpartition(".")[2] in _GONE


def went_from(drafts: tuple[Draft, ...], gone: int, draft: Draft) -> tuple[Draft, ...]:
    """The drafts with lesion ``gone`` absent, as ``draft`` says; one said to be gone before keeps why it was."""
    old = drafts[gone]
    why = old if old.status is Status.ABSENT else draft
    return replace_at(drafts, gone, replace(old, status=Status.ABSENT, stable=False, status_trigger=why.status_trigger,
                                            status_rule=why.status_rule, extra=(*old.extra, draft.evidence)))


def item_focus(sentence: Sentence, focus: Breast | None) -> Breast | None:
    """The side in focus for a list item that opens with no side of its own: none (a new item is a new statement),
    unless it takes up the lesion described before ("2. Segmental NME extending from the mass toward the nipple"),
    whose side stays in focus."""
    if sentence.breast is not None or focus not in (Breast.LEFT, Breast.RIGHT):
        return sentence.breast
    return focus if _FROM_THE_LESION.search(sentence.span.text) else None


def subject_side(text: str, sentence: Sentence, mentions: list[Mention], drafts: tuple[Draft, ...]) -> Breast | None:
    """The side of the lesion a sentence naming no side points back to with its first finding word ("The mass itself
    contained no calcifications." after "Both breasts showed vascular calcifications."): the last lesion of that kind
    seen, when it lies in one breast; what the sentence says goes with it, not with the sentence before."""
    head = next((m for m in mentions if m.has(C.FINDING)), None)
    rule = head.reading(C.FINDING) if head is not None else None
    if head is None or rule is None or not _ANAPHORA.search(text[sentence.span.start:head.span.start]):
        return None
    last = next((d for d in reversed(drafts) if d.kind is FindingKind(rule.value) and d.status is not Status.ABSENT), None)
    return last.breast if last is not None and last.breast in (Breast.LEFT, Breast.RIGHT) else None


def headed(draft: Draft, focus: Breast | None, unplaced: bool) -> Draft:
    """The draft of a lesion whose side is the one the sentence before, naming no finding, placed it in ("Finding 2:
    Left breast, 4 o'clock. Irregular mass, 8 mm."): that side is stated, as a sub-header's is, so the lesion is not
    one of the other breast's described before. Not when that sentence described a lesion or placed none (``unplaced``:
    "Right breast without changes.", whose side the next sentence's words need not be)."""
    if draft.breast_stated or unplaced or focus not in (Breast.LEFT, Breast.RIGHT) or draft.breast is not focus:
        return draft
    return replace(draft, breast_stated=True)
