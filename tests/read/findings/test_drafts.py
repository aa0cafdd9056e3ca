"""Merging mentions of one lesion (drafts.merge_into) and freezing a draft, each on its own."""

from __future__ import annotations

import copy
from dataclasses import FrozenInstanceError, replace
from typing import Any

import pytest

from readingscan.model import Breast, Distribution, FindingKind, Morphology, Quadrant, SectionKind, Span, Status
from readingscan.read.findings.drafts import Draft, freeze, merge_into, with_descriptor


def sentence(n: int, section: SectionKind = SectionKind.FINDINGS) -> Span:
    """The n-th sentence of a made-up report (only its identity and section matter here)."""
    return Span(100 * n, 100 * n + 50, f"sentence {n}", section)


def draft(
    kind: FindingKind = FindingKind.MASS, label: str = "mass", n: int = 0, section: SectionKind = SectionKind.FINDINGS,
    **fields: Any,
) -> Draft:
    """A mention in sentence ``n``: present, left breast, unless ``fields`` say otherwise."""
    at = sentence(n, section)
    base = Draft(
        kind=kind, label=label, term=label.replace(" ", "_"), breast=Breast.LEFT, status=Status.PRESENT,
        stable=False, evidence=at, section=section,
    )
    return replace(base, **fields)


def merge_all(*mentions: Draft) -> tuple[Draft, ...]:
    drafts: tuple[Draft, ...] = ()
    for mention in mentions:
        drafts = merge_into(drafts, mention)
    return drafts


CALCS = FindingKind.CALCIFICATION


def test_the_impression_repeating_a_finding_merges_into_it() -> None:
    described = draft(
        CALCS, "calcifications", 0, morphology=(Morphology.FINE_PLEOMORPHIC,), distribution=Distribution.GROUPED,
        clock="2:00",
    )
    repeated = draft(CALCS, "calcifications", 1, section=SectionKind.IMPRESSION, morphology=(Morphology.FINE_PLEOMORPHIC,))
    (merged,) = merge_all(described, repeated)
    assert merged.evidence == described.evidence  # the first mention stays the finding's evidence
    assert merged.extra == (repeated.evidence,)
    assert (merged.morphology, merged.distribution, merged.clock) == (
        (Morphology.FINE_PLEOMORPHIC,), Distribution.GROUPED, "2:00",
    )


def test_a_later_mention_adds_what_the_first_did_not_say_and_keeps_what_it_did() -> None:
    first = draft(n=0, descriptors=(("shape", "oval"),), clock="10:00")
    later = draft(n=1, descriptors=(("margin", "circumscribed"), ("shape", "round")), size_mm=8.0, stable=True)
    (merged,) = merge_all(first, later)
    assert merged.descriptors == (("margin", "circumscribed"), ("shape", "oval"))
    assert (merged.size_mm, merged.stable, merged.clock) == (8.0, True, "10:00")


def test_shapes_are_added_in_the_order_they_were_said() -> None:
    first = draft(CALCS, "calcifications", 0, morphology=(Morphology.COARSE,))
    later = draft(CALCS, "calcifications", 1, morphology=(Morphology.PUNCTATE, Morphology.COARSE, Morphology.ROUND))
    (merged,) = merge_all(first, later)
    assert merged.morphology == (Morphology.COARSE, Morphology.PUNCTATE, Morphology.ROUND)


@pytest.mark.parametrize(("another", "anaphoric", "findings"), [
    (False, False, 1),
    (True, False, 2),
    (True, True, 1),  # "the other mass" points back to one already there
], ids=["plain-merges", "another-stays-separate", "the-other-points-back"])
def test_another_mass_stays_separate(another: bool, anaphoric: bool, findings: int) -> None:
    first = draft(n=0, size_mm=10.0)
    second = draft(n=1, size_mm=11.0, another=another, anaphoric=anaphoric)
    assert len(merge_all(first, second)) == findings


def test_absent_kinds_are_kept_once_per_kind_and_side() -> None:
    absent = Status.ABSENT
    merged = merge_all(
        draft(n=0, status=absent, breast=Breast.RIGHT),
        draft(n=1, status=absent, breast=Breast.RIGHT, quadrant=Quadrant.UPPER_OUTER),
        draft(n=2, status=absent, breast=Breast.LEFT),
        draft(CALCS, "calcifications", 3, status=absent, breast=Breast.RIGHT),
        draft(n=4, status=absent, breast=Breast.RIGHT, quadrant=Quadrant.LOWER_INNER),
    )
    assert [(d.kind, d.breast) for d in merged] == [
        (FindingKind.MASS, Breast.RIGHT), (FindingKind.MASS, Breast.LEFT), (CALCS, Breast.RIGHT),
    ]
    # The repeat adds a place the first did not have; a later place does not replace it.
    assert merged[0].quadrant is Quadrant.UPPER_OUTER
    assert merged[0].extra == ()  # absent kinds keep their first sentence only


def test_an_absent_kind_and_a_present_one_stay_apart() -> None:
    merged = merge_all(draft(n=0, status=Status.ABSENT), draft(n=1))
    assert [d.status for d in merged] == [Status.ABSENT, Status.PRESENT]


@pytest.mark.parametrize(("first", "second", "label", "findings"), [
    ("mass", "cyst", "cyst", 1),
    ("cyst", "mass", "cyst", 1),
    ("cyst", "fibroadenoma", "cyst", 2),
], ids=["generic-takes-specific", "specific-keeps-its-name", "two-specific-names-apart"])
def test_a_generic_label_takes_the_specific_one(first: str, second: str, label: str, findings: int) -> None:
    merged = merge_all(draft(label=first, n=0, clock="3:00"), draft(label=second, n=1, clock="3:00"))
    assert len(merged) == findings
    assert (merged[0].label, merged[0].term) == (label, label)


@pytest.mark.parametrize(("first", "second", "findings"), [
    (10.0, 13.0, 1),
    (10.0, 15.0, 1),  # 5 mm apart, within 35 % of 15
    (10.0, 16.0, 2),  # 6 mm apart, beyond 35 % of 16 (5.6)
    (10.0, 30.0, 2),
], ids=["close", "at-the-edge", "just-beyond", "far-beyond"])
def test_sizes_beyond_tolerance_do_not_merge(first: float, second: float, findings: int) -> None:
    merged = merge_all(draft(n=0, size_mm=first), draft(n=1, size_mm=second))
    assert len(merged) == findings
    assert merged[0].size_mm == first


@pytest.mark.parametrize(("field", "first", "second"), [
    ("clock", "2:00", "10:00"),
    ("quadrant", Quadrant.UPPER_OUTER, Quadrant.LOWER_INNER),
    ("breast", Breast.LEFT, Breast.RIGHT),
], ids=["clock", "quadrant", "side"])
def test_different_places_do_not_merge(field: str, first: object, second: object) -> None:
    assert len(merge_all(draft(n=0, **{field: first}), draft(n=1, **{field: second}))) == 2


def test_a_side_from_the_exam_title_gives_way_to_a_stated_one() -> None:
    from_title = draft(n=0, breast=Breast.RIGHT, breast_stated=False)
    (merged,) = merge_all(from_title, draft(n=1, breast=Breast.LEFT))
    assert (merged.breast, merged.breast_stated) == (Breast.LEFT, True)


def test_a_mention_fitting_two_findings_equally_goes_to_the_later_one() -> None:
    upper, lower = draft(n=0, clock="2:00"), draft(n=1, clock="8:00")
    merged = merge_all(upper, lower, draft(n=2, size_mm=9.0))
    assert [d.size_mm for d in merged] == [None, 9.0]


def test_a_shared_place_outweighs_recency() -> None:
    upper, lower = draft(n=0, clock="2:00", size_mm=10.0), draft(n=1, quadrant=Quadrant.LOWER_INNER, size_mm=30.0)
    merged = merge_all(upper, lower, draft(n=2, clock="2:00", descriptors=(("margin", "spiculated"),)))
    assert [d.descriptors for d in merged] == [(("margin", "spiculated"),), ()]


def test_a_summary_leaves_a_shape_with_the_finding_that_has_it() -> None:
    vascular = draft(CALCS, "calcifications", 0, morphology=(Morphology.VASCULAR,))
    secretory = draft(CALCS, "calcifications", 1, morphology=(Morphology.LARGE_ROD_LIKE,))
    summary = draft(
        CALCS, "calcifications", 2, section=SectionKind.IMPRESSION,
        morphology=(Morphology.LARGE_ROD_LIKE, Morphology.VASCULAR),
    )
    merged = merge_all(vascular, secretory, summary)
    assert [d.morphology for d in merged] == [(Morphology.VASCULAR,), (Morphology.LARGE_ROD_LIKE,)]
    assert merged[1].extra == (summary.evidence,)


def test_a_reference_back_adds_only_stability() -> None:
    mass = draft(n=0, clock="2:00")
    passing = draft(n=1, reference_only=True, stable=True, size_mm=20.0, clock="9:00")
    (merged,) = merge_all(mass, passing)
    assert merged == replace(mass, stable=True)


@pytest.mark.parametrize(("pointer", "findings"), [(False, 1), (True, 0)], ids=["first-we-hear", "pointer"])
def test_a_reference_with_nothing_before_it(pointer: bool, findings: int) -> None:
    merged = merge_all(draft(n=0, reference_only=True, pointer=pointer))
    assert len(merged) == findings
    assert not any(d.reference_only for d in merged)


def test_merging_does_not_change_its_inputs() -> None:
    drafts = merge_all(
        draft(CALCS, "calcifications", 0, morphology=(Morphology.COARSE,), descriptors=(("site", "x"),)),
        draft(n=1, status=Status.ABSENT),
    )
    new = draft(CALCS, "calcifications", 2, morphology=(Morphology.PUNCTATE, Morphology.COARSE), clock="1:00")
    before, new_before = copy.deepcopy(drafts), copy.deepcopy(new)
    merged = merge_into(drafts, new)
    assert merged[0].morphology == (Morphology.COARSE, Morphology.PUNCTATE)
    assert drafts == before and new == new_before
    assert drafts[0].morphology == (Morphology.COARSE,) and drafts[0].clock is None
    with pytest.raises(FrozenInstanceError):
        drafts[0].clock = "1:00"  # type: ignore[misc]


def test_the_first_descriptor_stands_and_descriptors_stay_sorted() -> None:
    descriptors = with_descriptor((("shape", "oval"),), "margin", "spiculated")
    assert descriptors == (("margin", "spiculated"), ("shape", "oval"))
    assert with_descriptor(descriptors, "shape", "round") == descriptors


def test_freeze_drops_what_describes_an_absent_finding() -> None:
    absent = draft(
        CALCS, "calcifications", 0, status=Status.ABSENT, morphology=(Morphology.AMORPHOUS,),
        distribution=Distribution.GROUPED, quadrant=Quadrant.UPPER_OUTER,
    )
    finding = freeze(absent)
    assert (finding.morphology, finding.distribution) == ((), None)
    assert finding.location is not None and finding.location.quadrant is Quadrant.UPPER_OUTER
    assert absent.morphology == (Morphology.AMORPHOUS,)  # the draft itself is left as it was


def test_freeze_keeps_every_field_of_a_present_finding() -> None:
    mass = draft(
        n=0, descriptors=(("margin", "spiculated"), ("shape", "irregular")), size_mm=9.0, clock="2:00",
        extra=(sentence(1),),
    )
    finding = freeze(mass)
    assert finding.location is not None and finding.location.clock == "2:00"
    assert (finding.size_mm, finding.descriptors, finding.extra_evidence) == (9.0, mass.descriptors, (sentence(1),))
    assert freeze(draft(n=0)).location is None
