"""One sentence's findings: one draft per finding word, with its side, status and the words that describe it.

Which lesion a finding word names is read from the words before it: a pointer back ("the mass"), to another
exam ("corresponding to the mammographic asymmetry"), a characterisation of the lesion just named ("a mass
consistent with an intramammary lymph node"), a diagnosis of one described before ("The appearances were
diagnostic of fat necrosis"), or another lesion ("a second, smaller cyst").
"""

from __future__ import annotations

import re
from dataclasses import replace

from readingscan.model import Breast, FindingKind, Modality, Modifier, Morphology, SectionKind, Sentence, Span, Status
from readingscan.read.context import Assertion, assert_target
from readingscan.read.findings.binding import bind_descriptors
from readingscan.read.findings.correlates import corresponds_back
from readingscan.read.findings.describe import describe_with, own_words, settle_implant
from readingscan.read.findings.drafts import GENERIC_LABELS, Draft
from readingscan.read.findings.item_side import stated_side
from readingscan.read.findings.several import one_each
from readingscan.read.findings.tables import drop_labels
from readingscan.read.lexicon import Mention, lexicon_for
from readingscan.read.matcher import word_starts
from readingscan.rules import cue, word_map
from readingscan.rules.records import LexiconCategory as C
from readingscan.rules.records import LexiconGroup, Rule

_ANAPHORA = cue("anaphora")
_POINTER = cue("pointer")
_CLINICAL_SUBJECT = cue("clinical_subject")
_RESTATED = cue("restated_in_apposition")
_CHARACTERISES = cue("characterises")
_DIAGNOSIS = cue("diagnosis_before")
_NEW_LESION = cue("new_lesion")
_UNNAMED_IS = cue("unnamed_subject_is")
_ANOTHER = cue("another")
_CORRELATE_AFTER = cue("correlate_after")
_CORRELATE_NAMED = cue("correlate_named")
_CORRELATE_BEFORE = cue("correlate_before")
_WITH_THE_LESION = cue("with_the_lesion")
_BILATERAL_EXAM = cue("bilateral_exam")
_RECHARACTERISED = {FindingKind(a): FindingKind(b) for a, b in word_map("recharacterised_kinds").items()}
_MASS_BECOMES = frozenset({FindingKind.NON_MASS, FindingKind.OTHER})
# A field of its own between a label and the next finding word: "Mass: No | Calcifications: Yes, punctate".
# A finding word that names a field left empty ("mass shape=;", "Calc-type: |"): the field says nothing.
_EMPTY_FIELD = re.compile(r"(?:[ \t_-]*[^\W\d_]+){0,2}[ \t]*(?:=[ \t]*(?:[;|,]|$)|:[ \t]*[;|])", re.MULTILINE)
_POINTING = frozenset({"same", "operated"})
_OWN_SIDES = (Breast.LEFT, Breast.RIGHT)
_SUMMARIES = frozenset({SectionKind.IMPRESSION, SectionKind.ASSESSMENT})
_SEVERAL_WORDS = re.compile(r"\w[\s-]+\w")
# After a finding word: lesions said to lie near the one described or elsewhere ("Several smaller cysts nearby.",
# "two cysts adjacent to it") are others, not it.
_ELSEWHERE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:nearby|close\s+by|elsewhere|in\s+the\s+vicinity|(?:around|beside)\s+it"
                        r"|(?:adjacent|next|close)\s+to\s+(?:it|this|them|these)\b|adjacent(?=\s*(?:[.,;]|$)))", re.IGNORECASE)


def read_sentence(
    text: str, sentence: Sentence, mentions: tuple[Mention, ...], exam_breast: Breast | None,
    modifiers: tuple[Modifier, ...], focus: Breast | None = None, described_before: bool = False,
    label_passed: bool = False, modalities: tuple[Modality, ...] = (),
) -> tuple[Draft, ...]:
    """The asserted findings one sentence names, one per finding word, with the words that describe them.

    A finding seen or possibly seen whose sentence names no side continues the lesion in focus (``focus``);
    one said to be absent ("No suspicious calcifications.") is a statement about the exam's breasts, unless
    it goes with the lesion just described ("No associated mass.", "Otherwise, no mass.").
    ``described_before``: the report has described a lesion seen before this sentence. ``label_passed``: the
    sentence's sub-header side is a label that opened an earlier line with a statement of its own (focus.py).
    ``modalities``: the exam's, so a word of another exam describes nothing (describe_with).
    """
    span = sentence.span
    modifiers = own_words(modifiers, mentions)
    sides = _lesion_sides(text, span, [(m.span, Breast(r.value)) for m in mentions
                                       if (r := m.reading(C.LATERALITY)) is not None and r.value not in _POINTING])
    words = [m for m in mentions if m.has(C.FINDING) and not _EMPTY_FIELD.match(text, m.span.end)]
    heads = drop_labels(text, words, [s for s, _ in sides])
    kept = set(heads)  # a set: a list of thousands of words ("calcifications, calcifications, ...") is tested in linear time
    labels = [m for m in words if m not in kept]  # finding words that label a field ("Non-mass lesion: ...")
    with_lesion = bool(_WITH_THE_LESION.search(span.text))
    drafts: list[Draft] = []
    described = False  # a finding of its own named earlier in this sentence, which later words may characterise
    for i, head in enumerate(heads):
        rule = head.reading(C.FINDING)
        assert rule is not None
        assertion = assert_target(head.span, modifiers)
        until = heads[i + 1].span.start if i + 1 < len(heads) else span.end
        # "Right breast: No mass.\nNo axillary adenopathy.": the label's side was that line's, not this absence's;
        # its skin and nipple still are that breast's ("Left breast: ...\nNo skin thickening.").
        unlabelled = label_passed and assertion.status is Status.ABSENT and not with_lesion and rule.value != FindingKind.SKIN
        # A "Bilateral mammogram -" header is the exam's: what goes with the lesion just described keeps its side.
        header = None if unlabelled or (with_lesion and sentence.breast is Breast.BOTH and focus in _OWN_SIDES) else sentence.breast
        stated = stated_side(text, span, heads, i, sides, until) or header
        # What is said to be absent is a statement about the exam's breasts when the exam names them; in a
        # text that names no exam (a case report, notes) it belongs to the lesion in focus too.
        continues = (assertion.status is not Status.ABSENT or exam_breast is None or with_lesion) and not unlabelled
        # "Faint calcifications in both breasts. No associated mass.": the lesion continued may lie in both.
        continued = focus if continues and (focus in (Breast.LEFT, Breast.RIGHT) or (focus and with_lesion)) else None
        breast = stated or continued or exam_breast
        before = text[max(span.start, head.span.start - 60):head.span.start]
        anaphoric, pointed = bool(_ANAPHORA.search(before)), _POINTER.search(before)
        # "The palpable lump corresponds to a simple cyst": what a clinical lump corresponds to is a finding of its own.
        pointed_from = max(span.start, head.span.start - 60) + pointed.start() if pointed else span.start
        pointer = bool(pointed) and (any(span.start <= h.span.start < pointed_from for h in heads[:i])
                                     or not _CLINICAL_SUBJECT.search(text, span.start, pointed_from))
        characterises = described and bool(_CHARACTERISES.search(before))
        # "Could be a cyst or fibroadenoma.": what the lesion described before is, in a sentence of no side.
        # The line's label counts too ("Diagnosis: intramammary lymph node.", the label a header of its own).
        line_start = min(span.start, text.rfind("\n", 0, head.span.start) + 1)
        # "The finding in the left breast at 3 o'clock is a lymph node": the lesion there (build.py: of that place).
        unnamed = _UNNAMED_IS.fullmatch(text, span.start, head.span.start) is not None
        diagnosis = (not described and (not sides or unnamed) and described_before
                     and (unnamed or bool(_DIAGNOSIS.search(text[max(line_start, head.span.start - 60):head.span.start])))
                     and not _NEW_LESION.search(text, span.start, head.span.start))
        pointer = pointer or characterises or (diagnosis and not unnamed)  # of no lesion there, one of its own
        if characterises and drafts and drafts[-1].status is not Status.ABSENT and recharacterised(
                drafts[-1], FindingKind(rule.value)):
            # "a mass ... consistent with an intramammary lymph node": the mass is the node.
            drafts[-1] = replace(drafts[-1], kind=FindingKind(rule.value), label=rule.label or rule.literal, term=rule.term)
        elif characterises and drafts and drafts[-1].kind.value == rule.value and drafts[-1].label in GENERIC_LABELS \
                and (rule.label or rule.literal) not in GENERIC_LABELS and drafts[-1].status is not Status.ABSENT \
                and span.section not in _SUMMARIES:
            # "a hypoechoic lesion ... - probably a fibroadenoma": the lesion has that name (so "few simple cysts" after
            # it are not it); a summary's names are matched to the lesions described under theirs.
            drafts[-1] = replace(drafts[-1], label=rule.label or rule.literal, term=rule.term)
        # "coarse calcifications (involuting fibroadenoma)": the diagnosis of the lesion just named, of another kind,
        # is no lesion of its own, nor the one of its kind described elsewhere.
        names_last = characterises and bool(drafts) and drafts[-1].status is not Status.ABSENT \
            and drafts[-1].kind is not FindingKind(rule.value)
        after = _CORRELATE_AFTER.match(text, head.span.end, span.end)  # sees "where the scar is": no correlate
        correlate = bool((after and after.end() <= until) or _CORRELATE_NAMED.match(text, head.span.end, until)
                         or (not described and _CORRELATE_BEFORE.match(text, span.start, head.span.start)))
        # "a hypoechoic area corresponding to the left distortion": the kind of the lesion it is seen otherwise.
        seen_as = FindingKind(r.value) if correlate and until < span.end and (r := heads[i + 1].reading(C.FINDING)) else None
        if not correlate and (back := corresponds_back(text, heads, i, until)) is not None:
            correlate, seen_as = True, back  # "an asymmetry ..., to which a hypoechoic area corresponds"
        drafts.append(
            Draft(
                kind=FindingKind(rule.value), label=rule.label or rule.literal, term=rule.term, breast=breast,
                status=assertion.status, stable=assertion.stable, evidence=span, section=span.section,
                status_trigger=assertion.status_modifier.trigger if assertion.status_modifier else None,
                status_rule=assertion.status_modifier.rule_id if assertion.status_modifier else None,
                stable_trigger=assertion.stable_modifier.trigger if assertion.stable_modifier else None,
                breast_stated=stated is not None, anaphoric=anaphoric,
                another=bool(_ANOTHER.search(before) or _ELSEWHERE.match(text, head.span.end, until)),
                pointer=pointer, reference_only=(anaphoric and len(heads) > 1) or pointer, correlate=correlate,
                diagnosis=diagnosis and not anaphoric, misspelt=tuple(written for written, _ in head.misspelt),
                morphology=(Morphology(rule.implies),) if rule.implies else (),
                # Kept while descriptors are bound (they belong to it), then left out.
                asserted=not (assertion.historical or assertion.unasserted or names_last), seen_as=seen_as,
            )
        )
        drafts[-1] = _self_described(text, head, drafts[-1], assertion)
        if i and len(drafts) > 1 and _restates(text, heads[i - 1], head, last := drafts[-2]):  # "non-mass lesion - hypoechoic area"
            drafts[-1] = replace(drafts[-1], kind=last.kind, label=last.label, term=last.term, reference_only=True, pointer=True)
        elif (label := _labelled_as(text, labels, head)) is not None:  # "Non-mass lesion: hypoechoic area ...": its kind
            drafts[-1] = replace(drafts[-1], kind=FindingKind.NON_MASS, label=label.label or label.literal, term=label.term)
        described = described or not (anaphoric or pointer)
    if all(d.status is Status.ABSENT and not d.pointer for d in drafts):
        # "The nipple is not retracted, the skin is not thickened.": each "the X is not ..." is a statement of its own.
        drafts = [replace(d, reference_only=False) if d.status_trigger and d.status_trigger.start > d_head.span.end
                  else d for d, d_head in zip(drafts, heads, strict=True)]
    bound = bind_descriptors(text, span, mentions, heads, tuple(drafts), modifiers, modalities)
    bound = one_each(text, span, heads, bound, sides)
    return tuple(settle_implant(d) for d in bound if d.asserted)


def _lesion_sides(text: str, span: Span, sides: list[tuple[Span, Breast]]) -> list[tuple[Span, Breast]]:
    """The sides a sentence names for its lesions: not the exam's "bilateral" when it names a lesion's side too
    ("Bilateral mammograms show a mass in the upper outer quadrant of the left breast": the mass is the left's)."""
    exams = [m.span() for m in _BILATERAL_EXAM.finditer(text, span.start, span.end)]
    lesions = [(s, b) for s, b in sides if not any(a <= s.start < e for a, e in exams)]
    return lesions if lesions else sides


def _self_described(text: str, head: Mention, draft: Draft, assertion: Assertion) -> Draft:
    """The draft with the descriptors its own words hold ("hypoechoic lesion", "complex cystic and solid mass")."""
    if not _SEVERAL_WORDS.search(head.span.text):
        return draft
    starts = [head.span.start + at for at in word_starts(head.span.text)]
    for word in lexicon_for(LexiconGroup.DESCRIPTORS).find(text, head.span.start, head.span.end, starts):
        draft = describe_with(draft, word, assertion)
    return draft


def _restates(text: str, before: Mention, head: Mention, last: Draft) -> bool:
    """Whether ``head``, a generic ultrasound lesion word, restates in apposition the non-mass lesion just named."""
    rule = head.reading(C.FINDING)
    return bool(rule and last.kind is FindingKind.NON_MASS and last.status is not Status.ABSENT and rule.value == FindingKind.MASS
                and (rule.label or rule.literal) in GENERIC_LABELS and _RESTATED.fullmatch(text, before.span.end, head.span.start))


def _labelled_as(text: str, labels: list[Mention], head: Mention) -> Rule | None:
    """The non-mass lesion a field's label names for ``head``, a generic ultrasound lesion word given as its value
    ("Non-mass lesion: hypoechoic area 18 x 7 mm"), or None."""
    rule = head.reading(C.FINDING)
    if not rule or rule.value != FindingKind.MASS or (rule.label or rule.literal) not in GENERIC_LABELS:
        return None
    label = next((m for m in reversed(labels) if m.span.end <= head.span.start), None)
    said = label.reading(C.FINDING) if label else None
    return said if label and said and said.value == FindingKind.NON_MASS \
        and _RESTATED.fullmatch(text, label.span.end, head.span.start) else None


def recharacterised(draft: Draft, said: FindingKind) -> bool:
    """Whether a lesion of ``kind`` characterised as ``said`` is one: "a mass ... consistent with an intramammary
    lymph node", "a hypoechoic area ..., consistent with a non-mass lesion", "a 9 mm oval hyperechoic area ...,
    consistent with fat necrosis" (an `other` lesion: a seroma, fat necrosis; not "an oil cyst, a form of fat
    necrosis": a mass named by its diagnosis stays that)."""
    kind = draft.kind
    if said is FindingKind.OTHER and draft.label not in GENERIC_LABELS:
        return False
    return _RECHARACTERISED.get(kind) is said or (kind is FindingKind.MASS and said in _MASS_BECOMES)
