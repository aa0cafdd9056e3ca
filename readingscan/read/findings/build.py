"""Build findings: one per described lesion, with its breast, descriptors, status and the reason why.

Per sentence, finding words ("calcifications", "mass", "focal asymmetry") are the heads; descriptors
("fine pleomorphic", "grouped", "spiculated"), sides, clock faces and sizes bind to the nearest head
they fit. Context (context.py) says whether each head is present, possible or absent, and stable.

Then mentions of one lesion are merged (drafts.py) and descriptors bound to their finding (binding.py).
Drafts are frozen: each stage gives new ones, so no stage sees another change what it was given.
"""

from __future__ import annotations

import re
from dataclasses import replace

from readingscan.model import Breast, Finding, FindingKind, Modifier, Morphology, SectionKind, Sentence, Span, Status
from readingscan.read.context import ModifierLookup, assert_target, modifier_lookup
from readingscan.read.findings.binding import bind_descriptors
from readingscan.read.findings.drafts import Draft, freeze, merge_into
from readingscan.read.lexicon import Mention
from readingscan.read.locations import find_clocks
from readingscan.read.sentences import is_prose
from readingscan.rules import cue, word_map
from readingscan.rules.records import LexiconCategory as C

# Which lesion a finding word names (rules/cues.yaml): a pointer back, to another exam, a characterisation, another one.
_ANAPHORA = cue("anaphora")
_POINTER = cue("pointer")
_CHARACTERISES = cue("characterises")
_ANOTHER = cue("another")
_CORRELATE_AFTER = cue("correlate_after")
_RECHARACTERISED = {FindingKind(a): FindingKind(b) for a, b in word_map("recharacterised_kinds").items()}
# A finding word used as a label for what follows ("Lymph nodes: No axillary adenopathy.").
_LABEL = re.compile(r"\s*:")


def build_findings(
    text: str,
    sentences: tuple[Sentence, ...],
    mentions: tuple[Mention, ...],
    exam_breast: Breast | None,
    modifiers: ModifierLookup | None = None,
) -> tuple[Finding, ...]:
    """Findings of the report in order of first mention (see module docstring for the rules)."""
    modifiers = modifiers or modifier_lookup(text)
    drafts: tuple[Draft, ...] = ()
    index = 0
    last_side: Breast | None = None  # the one side the previous sentence named, for "at this site"
    last_clock: str | None = None
    # The side of the lesion being described: the one side the last sentence naming a side named, within
    # one prose section. "Associated calcifications are present." continues that lesion.
    focus: Breast | None = None
    # With no exam side known (a case report), the side the presenting complaint names is the lesion's.
    complaint: Breast | None = None
    section = None
    for sentence in sentences:
        if sentence.span.section is not section:
            section, focus = sentence.span.section, None
        while index < len(mentions) and mentions[index].span.start < sentence.span.start:
            index += 1
        in_sentence = []
        j = index
        while j < len(mentions) and mentions[j].span.end <= sentence.span.end:
            in_sentence.append(mentions[j])
            j += 1
        named = {r.value for m in in_sentence if (r := m.reading(C.LATERALITY)) is not None}
        pointing = "same" in named
        if pointing and last_side is not None:
            in_sentence = [_as_side(m, last_side) if m.has(C.LATERALITY) and m.rule.value == "same" else m for m in in_sentence]
        elif named - {"same"}:
            sides = named - {"same"}
            last_side = Breast(sides.pop()) if len(sides) == 1 else None
        if is_prose(sentence.span.section) and any(m.has(C.FINDING) for m in in_sentence):
            for draft in _read_sentence(text, sentence, tuple(in_sentence), exam_breast, modifiers(sentence),
                                        focus or complaint):
                if pointing:  # "at this site": the place named just before, clock face included
                    draft = replace(draft, clock=draft.clock or last_clock)
                if draft.correlate and not _is_new_lesion(drafts, draft):
                    continue
                drafts = merge_into(drafts, draft)
        if not pointing:
            clocks = {c.value for c in find_clocks(text, sentence.span.start, sentence.span.end)}
            last_clock = str(clocks.pop()) if len(clocks) == 1 else None
        if sentence.span.section is SectionKind.HISTORY and exam_breast is None and len(named - {"same"}) == 1:
            complaint = last_side
        if is_prose(sentence.span.section) and (named - {"same"} or sentence.breast):
            focus = sentence.breast if not named - {"same"} else last_side
    return tuple(freeze(d) for d in drafts)


def _is_new_lesion(drafts: tuple[Draft, ...], correlate: Draft) -> bool:
    """A finding said to correspond to another view's finding is that lesion: merged into one of its kind,
    or (another kind: "a hypoechoic area corresponding to the distortion") no finding of its own. With no
    lesion described before it, it is the first we hear of one."""
    seen = [d for d in drafts if d.status is not Status.ABSENT]
    return not seen or any(d.kind is correlate.kind for d in seen)


def _as_side(mention: Mention, side: Breast) -> Mention:
    """A pointing phrase ("at this site") read as the side it points back to."""
    rule = mention.rule
    return Mention(mention.span, (replace(rule, value=side.value),))


def _read_sentence(
    text: str, sentence: Sentence, mentions: tuple[Mention, ...], exam_breast: Breast | None,
    modifiers: tuple[Modifier, ...], focus: Breast | None = None,
) -> tuple[Draft, ...]:
    """The asserted findings one sentence names, one per finding word, with the words that describe them.

    A finding seen or possibly seen whose sentence names no side continues the lesion in focus (``focus``);
    one said to be absent ("No suspicious calcifications.") is a statement about the exam's breasts.
    """
    span = sentence.span
    heads = _drop_labels(text, [m for m in mentions if m.has(C.FINDING)])
    sides = [(m.span, Breast(r.value)) for m in mentions if (r := m.reading(C.LATERALITY)) is not None and r.value != "same"]
    drafts: list[Draft] = []
    described = False  # a finding of its own named earlier in this sentence, which later words may characterise
    for i, head in enumerate(heads):
        rule = head.reading(C.FINDING)
        assert rule is not None
        assertion = assert_target(head.span, modifiers)
        until = heads[i + 1].span.start if i + 1 < len(heads) else span.end
        stated = _nearest_side(head.span, sides, until) or sentence.breast
        # What is said to be absent is a statement about the exam's breasts when the exam names them; in a
        # text that names no exam (a case report, notes) it belongs to the lesion in focus too.
        continues = assertion.status is not Status.ABSENT or exam_breast is None
        continued = focus if focus in (Breast.LEFT, Breast.RIGHT) and continues else None
        breast = stated or continued or exam_breast
        before = text[max(span.start, head.span.start - 60):head.span.start]
        anaphoric, pointer = bool(_ANAPHORA.search(before)), bool(_POINTER.search(before))
        characterises = described and bool(_CHARACTERISES.search(before))
        pointer = pointer or characterises
        if characterises and drafts and _RECHARACTERISED.get(drafts[-1].kind) is FindingKind(rule.value):
            # "a mass ... consistent with an intramammary lymph node": the mass is the node.
            drafts[-1] = replace(drafts[-1], kind=FindingKind(rule.value), label=rule.label or rule.literal, term=rule.term)
        correlate = bool(_CORRELATE_AFTER.match(text, head.span.end, until))
        drafts.append(
            Draft(
                kind=FindingKind(rule.value), label=rule.label or rule.literal, term=rule.term, breast=breast,
                status=assertion.status, stable=assertion.stable, evidence=span, section=span.section,
                status_trigger=assertion.status_modifier.trigger if assertion.status_modifier else None,
                status_rule=assertion.status_modifier.rule_id if assertion.status_modifier else None,
                stable_trigger=assertion.stable_modifier.trigger if assertion.stable_modifier else None,
                breast_stated=stated is not None, anaphoric=anaphoric, another=bool(_ANOTHER.search(before)),
                pointer=pointer, reference_only=(anaphoric and len(heads) > 1) or pointer, correlate=correlate,
                misspelt=tuple(written for written, _ in head.misspelt),
                morphology=(Morphology(rule.implies),) if rule.implies else (),
                # Kept while descriptors are bound (they belong to it), then left out.
                asserted=not (assertion.historical or assertion.unasserted),
            )
        )
        described = described or not (anaphoric or pointer)
    bound = bind_descriptors(text, span, mentions, heads, tuple(drafts))
    return tuple(d for d in bound if d.asserted)


def _drop_labels(text: str, heads: list[Mention]) -> list[Mention]:
    """A finding word followed by ':' that introduces another finding word is a label, not a finding."""
    kept = []
    for i, head in enumerate(heads):
        is_label = _LABEL.match(text, head.span.end) is not None and i + 1 < len(heads)
        if not is_label:
            kept.append(head)
    return kept


def _nearest_side(target: Span, sides: list[tuple[Span, Breast]], until: int) -> Breast | None:
    if not sides:
        return None
    values = {breast for _, breast in sides}
    if len(values) == 1:
        return next(iter(values))
    # "Arterial calcifications in the left breast but also in the right breast": both sides follow it.
    following = {breast for span, breast in sides if target.end <= span.start < until}
    if {Breast.LEFT, Breast.RIGHT} <= following:
        return Breast.BOTH
    # Prefer a side named before the word ("left breast mass") over one after it, at equal distance.
    return min(sides, key=lambda s: (abs(s[0].start - target.start) + (0 if s[0].start < target.start else 5)))[1]
