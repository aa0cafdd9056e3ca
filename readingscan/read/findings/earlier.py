"""A lesion named again with no breast of its own, or as in both breasts, read against the lesions described before.

"Masses in both breasts" after the right breast's and the left breast's masses were each described is a recap of
those lesions, not a lesion of its own in both breasts.
"""

from __future__ import annotations

from dataclasses import replace

from readingscan.model import OTHER_BREAST, Breast, SectionKind, Status
from readingscan.read.findings.drafts import Draft
from readingscan.read.findings.names import GENERIC_LABELS, named_alike
from readingscan.read.findings.own_line import field_answer_denies
from readingscan.rules import cue

__all__ = ["of_its_block", "pointed_back", "recap_of_both", "second_of_its_kind"]

_SUMMING_UP = cue("summing_up")
_SIDE_WORD = cue("side_word")
_SUMMARIES = frozenset({SectionKind.IMPRESSION, SectionKind.ASSESSMENT})


def second_of_its_kind(draft: Draft, drafts: tuple[Draft, ...]) -> Draft:
    """A lesion called another of a kind ("a possible second mass, 4 mm, 1 cm posterior to it") that names no breast,
    read where no one breast is in focus (after "Both breasts showed vascular calcifications."): in the breast of the
    last lesion of its kind described, when that is one breast. A lesion pointed back to (pointed_back) keeps its own;
    a recap in both breasts (recap_of_both) names the lesions described."""
    draft = recap_of_both(pointed_back(of_its_block(draft, drafts), drafts), drafts)
    if not draft.another or draft.breast_stated or draft.breast in OTHER_BREAST or draft.status is Status.ABSENT:
        return draft
    first = next((d for d in reversed(drafts) if d.kind is draft.kind and d.status is not Status.ABSENT), None)
    return replace(draft, breast=first.breast) if first is not None and first.breast in OTHER_BREAST else draft


def of_its_block(draft: Draft, drafts: tuple[Draft, ...]) -> Draft:
    """An absence answered among a labelled lesion's fields with no side of its own ("LESION 1 / Side: Left / ... /
    Calcifications: None"): none goes with that lesion, so it is of the breast of the lesion the label names, not of
    the exam's breasts."""
    trigger, evidence = draft.status_trigger, draft.evidence
    # A field whose own answer denies it ("Calcifications : None"), not a sentence under the label's line ("Lesion 3 -
    # Left breast. Focus.\nNo non-mass enhancement.": of the exam's breasts).
    if draft.status is not Status.ABSENT or draft.breast_stated or draft.tag is None or trigger is None \
            or not field_answer_denies(evidence.text, 0, len(evidence.text), trigger.start - evidence.start):
        return draft
    sides = {d.breast for d in drafts if d.tag == draft.tag and d.status is not Status.ABSENT}
    side = sides.pop() if len(sides) == 1 else None
    return replace(draft, breast=side) if side in OTHER_BREAST and side is not draft.breast else draft


def pointed_back(draft: Draft, drafts: tuple[Draft, ...]) -> Draft:
    """A lesion pointed back to with no side of its own ("the clipped node now has a normal cortex" after "Right breast
    normal.") in the breast of the one lesion of its kind described, not the breast last in focus; one pointed back to
    by its place ("biopsy of the upper outer nodule" under the other breast's label) is the one described there."""
    if not draft.anaphoric or draft.another or draft.status is Status.ABSENT:
        return draft
    if draft.breast_stated:
        return _by_its_place(draft, drafts)
    alike = {d.breast for d in drafts if d.kind is draft.kind and d.status is not Status.ABSENT}
    side = alike.pop() if len(alike) == 1 else None
    return replace(draft, breast=side) if side in OTHER_BREAST and side is not draft.breast else draft


def _by_its_place(draft: Draft, drafts: tuple[Draft, ...]) -> Draft:
    """A lesion pointed back to by its place with no side in its own words, whose side came from a label: in the one
    breast where the lesions of its kind at that place were described, when none was in the label's breast."""
    if not (draft.quadrant or draft.clock) or _SIDE_WORD.search(draft.evidence.text):
        return draft
    there = {d.breast for d in drafts if d.kind is draft.kind and d.status is not Status.ABSENT
             and ((draft.quadrant and d.quadrant is draft.quadrant) or (draft.clock and d.clock == draft.clock))}
    side = there.pop() if len(there) == 1 else None
    return replace(draft, breast=side) if side in OTHER_BREAST and side is not draft.breast else draft


def recap_of_both(draft: Draft, drafts: tuple[Draft, ...]) -> Draft:
    """A lesion seen in both breasts, with no size or clock face of its own, after lesions of its kind were described
    in the right and in the left breast each: it names those (a pointer, merged or dropped), not one more lesion. Not
    one of another name ("simple cysts in both breasts" after a mass and a complicated cyst) or of a calcification's
    form none of them has ("dermal calcifications" after vascular ones): a lesion of its own.
    A name that says what the lesions are (a diagnosis, a summary's) may be theirs by any name."""
    if draft.breast is not Breast.BOTH or draft.status is Status.ABSENT or draft.size_mm or draft.clock or draft.another:
        return draft  # "Several additional tiny foci are seen bilaterally": more lesions, not those again
    summary = draft.label in GENERIC_LABELS or draft.diagnosis or draft.pointer or draft.section in _SUMMARIES \
        or bool(_SUMMING_UP.search(draft.evidence.text))
    alike = [d for d in drafts if d.kind is draft.kind and d.status is not Status.ABSENT
             and (not draft.morphology or set(draft.morphology) & set(d.morphology))
             and (summary or d.label == draft.label or (named_alike(d.label, draft.label) and d.label not in GENERIC_LABELS))]
    return replace(draft, reference_only=True, pointer=True) if set(OTHER_BREAST) <= {d.breast for d in alike} else draft
