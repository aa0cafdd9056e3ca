"""A finding placed at the site of a lesion already described ("at the sites of the asymmetries", "... at the site.")
is that lesion seen on another view, not a new one; at the site of something else (the lump she feels) it is new."""

from __future__ import annotations

import pytest

from readingscan import analyze

ASYMMETRY = "Mammography showed a focal asymmetry in the upper outer quadrant of the left breast. "
DISTORTION = "Tomosynthesis of the right breast showed an architectural distortion of 10 mm at 10 o'clock. "
CASES = [
    (ASYMMETRY + "Ultrasound revealed an irregular hypoechoic area with shadowing at the site of the asymmetry.",
     {("asymmetry", "left", "present")}),
    (ASYMMETRY + "Targeted ultrasound showed a 9 mm irregular hypoechoic area with posterior shadowing at the site.",
     {("asymmetry", "left", "present")}),
    (DISTORTION + "On ultrasound, at the sites of the mammographic findings, there were ill-defined hypoechoic areas.",
     {("architectural_distortion", "right", "present")}),
    # Two lesions, one in each breast, each at its own site.
    ("An asymmetry was seen in the right breast at 9 o'clock; the left breast showed a similar, smaller asymmetry. "
     "Ultrasound revealed hypoechoic areas at the sites of the asymmetries, in the right breast at 9 o'clock (2.1 cm) "
     "and in the left breast at 2 o'clock (1.4 cm).",
     {("asymmetry", "right", "present"), ("asymmetry", "left", "present")}),
    # The site of something else: a lesion of its own.
    (ASYMMETRY + "Ultrasound showed a 12 mm oval mass at the site of the palpable lump in the right breast.",
     {("asymmetry", "left", "present"), ("mass", "right", "present")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_finding_at_the_earlier_lesions_site_is_that_lesion(text: str, expected: set[tuple[str, str, str]]) -> None:
    findings = {(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]}
    assert findings == expected


# What is said of the place a skin marker marks (over the lump the sentence before placed in one breast) is of that
# breast, in an exam of both.
AT_THE_MARKER = [
    ("EXAM: Bilateral diagnostic mammogram.\nFINDINGS: A BB marker was placed on the palpable area in the left upper "
     "outer quadrant. No mass or suspicious calcifications are seen at the marker.", "left"),
    ("EXAM: Bilateral mammography.\nFINDINGS: Skin marker over the right breast lump at 10 o'clock. No underlying "
     "mass or distortion beneath the skin marker.", "right"),
]


@pytest.mark.parametrize(("text", "side"), AT_THE_MARKER)
def test_what_is_absent_at_a_marker_is_of_the_marked_breast(text: str, side: str) -> None:
    sides = [f["breast"] for f in analyze(text).to_dict()["findings"] if f["status"] == "absent"]
    assert len(sides) == 2 and set(sides) == {side}, sides
