"""Lesion identity and binding, in our own wording: a dated side in brackets after the exam title is history,
a side after a listed finding's description is the next finding's, a key=value answer negates, a clinical lump
is no imaging finding to point back to."""

from __future__ import annotations

from typing import Any

import pytest

from readingscan import analyze
from readingscan.model import Breast
from tests.read.test_exam import exam


def _findings(text: str) -> list[tuple[Any, ...]]:
    found = analyze(text, "identity").to_dict()["findings"]
    return sorted((f["kind"], f["breast"], f["status"]) for f in found)


# (text, exam side), id
EXAM_SIDES = [
    ("RIGHT BREAST ULTRASOUND (left lumpectomy 2021)\nFINDINGS: Simple cyst.", Breast.RIGHT, "dated-history-bracket"),
    ("BILATERAL MAMMOGRAM (left mastectomy 03/2018)\nFINDINGS: No mass.", Breast.BOTH, "dated-history-bracket-both"),
    ("Diagnostic mammogram (RIGHT)\nFINDINGS: No mass.", Breast.RIGHT, "side-alone-in-brackets"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in EXAM_SIDES], ids=[r[2] for r in EXAM_SIDES])
def test_a_dated_side_in_brackets_is_history(text: str, expected: Breast) -> None:
    assert exam(text).breast == expected


# (text, findings as (kind, breast, status)), id
FINDINGS = [
    ("Bilateral scattered round benign-looking calcifications and a new right intramammary lymph node.",
     [("calcification", "both", "present"), ("lymph_node", "right", "present")], "described-before-the-next-side"),
    ("Bilateral simple-appearing cysts, an enlarging left fibroadenoma.",
     [("mass", "both", "present"), ("mass", "left", "present")], "described-after-a-comma"),
    ("Calc=yes; Mass=no", [("calcification", None, "present"), ("mass", None, "absent")], "key-equals-no"),
    ("Distortion=not seen", [("architectural_distortion", None, "absent")], "key-equals-not-seen"),
    ("Right breast: the area of clinical concern corresponds to a complicated cyst on ultrasound.",
     [("mass", "right", "present")], "clinical-concern-corresponds-to-a-finding"),
    ("Left breast: The palpable abnormality correlates with a 12 mm fibroadenoma.",
     [("mass", "left", "present")], "palpable-abnormality-correlates-with-a-finding"),
    ("Good response to treatment. Resolution of the right non-mass enhancement.",
     [("non_mass", "right", "absent")], "resolution-of-makes-it-absent"),
    ("Partial resolution of the right non-mass enhancement.", [("non_mass", "right", "present")], "partial-resolution"),
    ("The left breast mass, previously 30 mm, has decreased after chemotherapy. Residual 11 mm mass.",
     [("mass", "left", "present")], "a-resized-lesion-is-one-lesion"),
    ("Left breast: a 30 mm mass. A 9 mm mass.", [("mass", "left", "present")] * 2, "two-sizes-two-lesions"),
    ("Both breasts contain several oval circumscribed masses, the largest on the right at 7 o'clock.",
     [("mass", "both", "present")], "the-largest-of-a-bilateral-group"),
    ("Left breast: a 9 mm mass. On ultrasound this corresponds to a simple cyst.",
     [("mass", "left", "present")], "a-pointer-still-points-back"),
    # the fields of one row name one lesion; a field whose value is a finding names that finding
    ("LEFT_CC | calc type: AMORPHOUS-PUNCTATE | calc distribution: REGIONAL",
     [("calcification", "left", "present")], "calc-fields-of-one-row"),
    ("RIGHT_MLO | mass shape: FOCAL_ASYMMETRIC_DENSITY | mass margins: OBSCURED",
     [("asymmetry", "right", "present")], "mass-field-valued-by-another-kind"),
    ("Mass left: oval | Mass right: round", [("mass", "left", "present"), ("mass", "right", "present")],
     "a-field-naming-a-side-is-its-own-lesion"),
    # a clock range is one place, its middle: the same lesion as one at the half hour
    ("Left breast: 15 mm mass at 2-3 o'clock. Ultrasound: 16 mm irregular mass at 2:30.",
     [("mass", "left", "present")], "clock-range-holds-the-half-hour"),
    ("Left breast: 15 mm mass at 2 o'clock. Ultrasound: 16 mm irregular mass at 2:30.",
     [("mass", "left", "present")] * 2, "different-clocks-stay-apart"),
    # a definite reference with a new shape describes the one lesion of its kind it can point to
    ("Right breast: a cluster of amorphous calcifications, 4 mm. On the spot views some of the calcifications "
     "appear coarse heterogeneous.", [("calcification", "right", "present")], "the-calcifications-with-a-new-shape"),
    # a summary line naming both breasts is its own lesion beside one of one side the same summary named
    ("IMPRESSION:\nIrregular mass, right breast, 10 o'clock (BI-RADS 4B).\nSeveral cysts, bilateral (BI-RADS 2).",
     [("mass", "right", "present"), ("mass", "both", "present")], "a-bilateral-summary-line-beside-a-one-sided-one"),
    # "X is a Y": the second finding word names what the first lesion is; "there is a Y" brings in another
    ("FINDINGS: An oval 7 mm nodule in the left upper outer quadrant is a benign intramammary node.",
     [("lymph_node", "left", "present")], "a-lesion-is-what-the-next-finding-word-names"),
    ("FINDINGS: Left breast: grouped calcifications at 3 o'clock, and there is a mass at 9 o'clock.",
     [("calcification", "left", "present"), ("mass", "left", "present")], "there-is-a-brings-in-another-lesion"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in FINDINGS], ids=[r[2] for r in FINDINGS])
def test_identity_and_binding(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _findings(text) == sorted(expected)


def test_side_b_in_a_key_value_list_is_both_breasts() -> None:
    report = analyze("side=B; asses=N (negative, BI-RADS 1)", "identity").to_dict()
    assert report["assessment"]["by_breast"] == {"right": "1", "left": "1"}


def test_a_nodes_enhancement_and_kinetics_are_its_own() -> None:
    text = "MRI BREASTS: Right axilla: an oval circumscribed lymph node with homogeneous enhancement, persistent kinetics."
    nodes = [f for f in analyze(text, "identity").to_dict()["findings"] if f["kind"] == "lymph_node"]
    assert len(nodes) == 1
    assert nodes[0]["descriptors"]["internal_enhancement"] == "homogeneous"
    assert nodes[0]["descriptors"]["kinetics_delayed"] == "persistent"


# Absences each said of its own "the X" after the noun, in one sentence: no X points back to a lesion.
POSTPOSED_ABSENCES = [
    ("Left breast: the skin is not thickened, the nipple is not retracted.", [("skin", "left", "absent")]),
    ("FINDINGS: The nipple was not retracted and the skin was not thickened.", [("skin", None, "absent")]),
]


@pytest.mark.parametrize(("text", "expected"), POSTPOSED_ABSENCES, ids=["skin-then-nipple", "nipple-then-skin"])
def test_absences_said_after_each_the_noun_are_statements_of_their_own(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _findings(text) == expected


def test_a_lesion_that_resolves_into_another_is_no_absence_of_its_own() -> None:
    """"The asymmetry ... resolves into a mass": the absence keeps pointing back (not a statement of its own)."""
    text = "FINDINGS: The focal asymmetry in the right breast resolves into an oval mass on spot views."
    assert ("asymmetry", "right", "absent") not in _findings(text)


# A finding word said of both breasts, then each side with a size or clock face of its own: one lesion per side.
PER_SIDE = [
    ("FINDINGS: Bilateral simple cysts: left 12 mm at 2 o'clock; right 7 mm at 9 o'clock.",
     [("mass", "left", "present"), ("mass", "right", "present")], "each-with-size-and-clock"),
    ("IMPRESSION: Bilateral oval masses, R 15 mm, L 9 mm, likely fibroadenomas.",
     [("mass", "left", "present"), ("mass", "right", "present")], "side-letters-with-sizes"),
    # a member of the group named on one side only stays one finding of both breasts
    ("FINDINGS: Bilateral simple cysts, the largest on the left measuring 12 mm.", [("mass", "both", "present")],
     "largest-on-one-side"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in PER_SIDE], ids=[r[2] for r in PER_SIDE])
def test_both_breasts_then_each_side_with_its_own_lesion(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _findings(text) == expected


# A sentence that opens by saying what its finding corresponds to: the lesion described before, seen otherwise.
CORRELATE_FIRST = [
    ("FINDINGS: Focal asymmetry in the right breast at 7 o'clock.\nULTRASOUND: Corresponding to the mammographic "
     "asymmetry, at 7 o'clock, an ill-defined hypoechoic area of 9 mm.", [("asymmetry", "right", "present")],
     "correlate-opens-the-sentence"),
    # what corresponds to what the patient feels is a finding of its own
    ("FINDINGS: Focal asymmetry in the right breast at 7 o'clock.\nULTRASOUND: Corresponding to the palpable lump, "
     "at 11 o'clock, a 9 mm oval hypoechoic mass.", [("asymmetry", "right", "present"), ("mass", "right", "present")],
     "palpable-lump-is-no-correlate"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in CORRELATE_FIRST], ids=[r[2] for r in CORRELATE_FIRST])
def test_a_sentence_opening_with_its_correlate_names_the_same_lesion(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _findings(text) == expected


def test_a_hedged_diagnosis_in_a_later_sentence_about_the_lesion_hedges_what_it_is() -> None:
    """"? fibroadenoma" beside a mass the impression repeats from the findings is that mass's likely diagnosis."""
    text = ("FINDINGS: An oval circumscribed mass in the right breast at 9 o'clock.\n"
            "IMPRESSION: Right breast circumscribed mass, probably benign (?fibroadenoma, ?papilloma).")
    assert _findings(text) == [("mass", "right", "present")]


@pytest.mark.parametrize("text", [
    "FINDINGS: The left nipple is retracted, and the local skin is thickened.",
    "FINDINGS: Left breast: the skin is thickened and the nipple appears retracted.",
])
def test_the_skin_and_the_nipple_named_with_an_article_are_two_signs(text: str) -> None:
    """"The nipple is retracted, and the skin is thickened": "the" goes with the organ, not with a sign described
    before; a sign of another name is another finding, not a reference to the first."""
    labels = sorted(f.label for f in analyze(text).findings)
    assert labels == ["nipple retraction", "skin thickening"]


def test_similar_lesions_after_a_mass_are_masses() -> None:
    """"Two other smaller similar lesions" after a mass: two more masses, one per size."""
    text = ("FINDINGS: Left breast: at 10 o'clock an oval hypoechoic mass of 3.4 cm. There are two other smaller "
            "similar lesions at 11 o'clock (0.8 cm) and 1 o'clock (1.1 cm).")
    found = analyze(text).findings
    assert sorted(f.size_mm for f in found if f.kind.value == "mass") == [8.0, 11.0, 34.0]


# A generic ultrasound lesion word restating in apposition the non-mass lesion just named is that lesion, with its
# descriptors; one named apart ("and a separate hypoechoic lesion") is a mass of its own.
RESTATED = [
    ("RIGHT BREAST ULTRASOUND\nAt 11 o'clock there is a non-mass lesion measuring 18 x 7 mm - an ill-defined hypoechoic "
     "area with internal vascularity.", [("non_mass", "right", "present")], {"echo_pattern": "hypoechoic"}),
    ("LEFT BREAST ULTRASOUND\n2 o'clock: non-mass lesion, hypoechoic area 18 x 6 mm, hard on elastography.",
     [("non_mass", "left", "present")], {"echo_pattern": "hypoechoic", "elasticity": "hard"}),
    ("LEFT BREAST ULTRASOUND\n2 o'clock: non-mass lesion, 18 mm, and a separate hypoechoic lesion at 4 o'clock, 6 mm.",
     [("mass", "left", "present"), ("non_mass", "left", "present")], {}),
]


@pytest.mark.parametrize(("text", "expected", "descriptors"), RESTATED)
def test_a_generic_word_restating_a_non_mass_lesion_is_that_lesion(
    text: str, expected: list[tuple[Any, ...]], descriptors: dict[str, str]
) -> None:
    assert _findings(text) == expected
    found = analyze(text).to_dict()["findings"]
    non_mass = next(f for f in found if f["kind"] == "non_mass")
    assert {k: v for k, v in (non_mass.get("descriptors") or {}).items() if k in descriptors} == descriptors


def test_lesion_blocks_with_their_own_side_field_stay_apart() -> None:
    """Two lesion blocks, each with its "Side:" field: two lesions, each in its breast with its own descriptors."""
    block = "Lesion {n}\nSide: {side}\nPosition: {clock} o'clock\nType: mass\nShape: oval\nMargin: {margin}\n"
    text = "MRI BREASTS\n\n" + block.format(n=1, side="Left", clock=2, margin="irregular") + "\n" + block.format(
        n=2, side="Right", clock=8, margin="circumscribed")
    found = [(f["kind"], f["breast"], (f.get("descriptors") or {}).get("margin")) for f in analyze(text).to_dict()["findings"]]
    assert sorted(found) == [("mass", "left", "irregular"), ("mass", "right", "circumscribed")]
