"""Which breast a finding is in when a sentence names two sides. Two findings joined by "and", the second with its
own side written just before it ("a mass in the left breast and an enlarged right axillary node"): that side is the
second one's, not also the first's; a side both follow ("in the left breast but also in the right breast") is still
both. A side named only as what the lesion's breast is compared with is the reference, not the finding's. An
abscess named as a breast's is a finding; a question about one is not."""

from __future__ import annotations

import pytest

from readingscan import analyze

ROWS = [
    ("There is a spiculated mass in the left breast and an enlarged right axillary lymph node.",
     [("mass", "left"), ("lymph_node", "right")]),
    ("Grouped calcifications in the right breast and a left intramammary lymph node.",
     [("calcification", "right"), ("lymph_node", "left")]),
    ("A complicated cyst at 2 o'clock in the right breast as well as a left axillary node with a thick cortex.",
     [("mass", "right"), ("lymph_node", "left")]),
    # The mass named before goes on; "bilateral" is the nodes' own.
    ("A 45 mm round mass in the left breast was palpable. Ultrasound found a hypoechoic mass with posterior enhancement, "
     "and bilateral axillary adenopathies.", [("mass", "left"), ("lymph_node", "both")]),
    # Controls: one finding followed by both sides; a side after a clause's comma stays the finding's.
    ("Arterial calcifications in the left breast but also in the right breast.", [("calcification", "both")]),
    ("Compared with 03/2024 (benign biopsy, fibroadenoma), the biopsied left breast mass is unchanged.", [("mass", "left")]),
    # The second one's side before it with its clock face and size between: still the second one's.
    ("Impression: Rt 9 o'clock 5mm cyst & Lt 3 o'clock 7 mm cyst.", [("mass", "right"), ("mass", "left")]),
    ("Right 1:30 small cyst and left 10:00 8 mm cyst, both simple.", [("mass", "right"), ("mass", "left")]),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_a_side_written_before_the_next_finding_is_its_own(text: str, want: list[tuple[str, str]]) -> None:
    got = [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]
    assert got == want


# The side a lesion is compared with is the reference, not where it is, also with a measurement between.
COMPARED = [
    ("Diffuse skin thickening of the right breast, measuring 8 mm compared with 2 mm on the left.", [("skin", "right")]),
    ("The left breast is larger and denser than the right, with skin thickening.", [("skin", "left")]),
    ("Skin thickening of the left breast, 6 mm vs. 2 mm in the right.", [("skin", "left")]),
]


@pytest.mark.parametrize(("text", "want"), COMPARED)
def test_a_side_compared_with_is_no_side_of_the_finding(text: str, want: list[tuple[str, str]]) -> None:
    got = [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]
    assert got == want


# An abscess named as a breast's is one seen; a question about one is not.
ABSCESS = [
    ("CONCLUSION: RIGHT BREAST ABSCESS WITH OVERLYING SKIN THICKENING.", [("other", "right"), ("skin", "right")]),
    ("Clinical question: ? breast abscess.\nFindings: No mass.", []),
]


@pytest.mark.parametrize(("text", "want"), ABSCESS)
def test_a_breasts_abscess_is_a_finding(text: str, want: list[tuple[str, str]]) -> None:
    got = [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]
    assert got == want


# A sub-header that names the exam first ("Ultrasound right UOQ:", "MRI of the left breast:") sets the breast of the
# lines under it, as "Right breast:" does; a lesion there is not the breast named last above it.
EXAM_FIRST_HEADERS = [
    ("Right: asymmetry in the UOQ.\nLeft: Normal.\n\nUltrasound right UOQ:\nAt 10 o'clock, a 7mm ill-defined hypoechoic "
     "area.", [("asymmetry", "right"), ("mass", "right")]),
    ("Left breast: normal. No mass or calcification.\n\nUltrasound right breast:\nAt 9 o'clock, an ill-defined hypoechoic "
     "area, 9 mm.", [("mass", "right")]),
    ("MRI of the left breast:\nAt 2 o'clock an enhancing mass.", [("mass", "left")]),
]


@pytest.mark.parametrize(("text", "want"), EXAM_FIRST_HEADERS)
def test_a_subheader_naming_the_exam_first_sets_the_breast(text: str, want: list[tuple[str, str]]) -> None:
    got = [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]
    assert got == want


def test_what_this_corresponds_to_is_the_lesion_seen_otherwise() -> None:
    text = "Left breast: new focal asymmetry. On ultrasound this corresponds to a 7 mm oval hypoechoic mass at 2 o'clock."
    assert [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"]] == [("asymmetry", "left")]


# A "Bilateral mammogram -" line is the exam's: an "associated" finding under it keeps the side of the lesion it goes
# with; under a "Both breasts:" header with nothing sided before, it is of both.
BOTH_HEADER = [
    ("Imaging:\nBilateral mammogram - ACR B.\nRt LOQ irregular mass 2 cm. Associated fine pleomorphic calcifications.",
     [("mass", "right"), ("calcification", "right")]),
    ("Both breasts:\nScattered benign calcifications. No associated mass.", [("calcification", "both")]),
]


@pytest.mark.parametrize(("text", "want"), BOTH_HEADER)
def test_what_goes_with_a_lesion_under_a_bilateral_line_keeps_its_side(text: str, want: list[tuple[str, str]]) -> None:
    got = [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]
    assert got == want
