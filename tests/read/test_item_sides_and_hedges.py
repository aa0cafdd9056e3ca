"""Sides, lesion identity and stability across the items and sentences of an impression, in our own wording:
a numbered item takes no side from the item before it unless it takes up its lesion ("extending from the
mass"), and what an impression of a report naming each breast says
is absent with no side is absent in both; a hedged diagnosis in the lesion's own sentence is that lesion; a denial
after "confirms" is no diagnosis of the lesion described; a sentence that opens saying "stable" takes up the
lesions of the sentence just before it, and only that one; a sentence opening with why the patient was recalled
names no finding of today's exam.
"""

from __future__ import annotations

import pytest

from readingscan import analyze

# (text, findings expected as (kind, breast, status, stable), in any order)
CASES = [
    # An item with no side of its own that takes up the lesion of the item before by where it lies from it: that side.
    ("BILATERAL BREAST MRI\n\nIMPRESSION:\n1. Known left breast cancer at 10:00: irregular mass, 24 mm. BI-RADS 6.\n"
     "2. Segmental clumped non-mass enhancement extending from the mass toward the nipple. BI-RADS 4B.",
     {("mass", "left", "present", False), ("non_mass", "left", "present", False)}),
    ("BILATERAL BREAST MRI\n\nIMPRESSION:\n1. Right breast: irregular mass at 9:00, biopsy-proven carcinoma. BI-RADS 6.\n"
     "2. An enhancing focus adjacent to the known cancer, 4 mm. BI-RADS 4A.",
     {("mass", "right", "present", False), ("focus", "right", "present", False)}),
    # Without such a tie a new item is a new statement: the exam's side.
    ("BILATERAL BREAST MRI\n\nIMPRESSION:\n1. Known left breast cancer at 10:00: irregular mass, 24 mm. BI-RADS 6.\n"
     "2. Segmental clumped non-mass enhancement, 52 mm. BI-RADS 4B.",
     {("mass", "left", "present", False), ("non_mass", "both", "present", False)}),
    ("IMPRESSION:\n1. Right breast: simple cyst at 10 o'clock, 8 mm. BI-RADS 2.\n2. Left breast: normal. BI-RADS 1.\n"
     "3. No suspicious axillary adenopathy.",
     {("mass", "right", "present", False), ("lymph_node", "both", "absent", False)}),
    ("IMPRESSION:\n(i) Left breast: 11 mm oval circumscribed mass at 4 o'clock. BI-RADS 3.\n(ii) Right breast: normal.\n"
     "(iii) No axillary lymphadenopathy.",
     {("mass", "left", "present", False), ("lymph_node", "both", "absent", False)}),
    # One side named, or only "bilateral": the absence stays unsided.
    ("IMPRESSION:\n1. Left breast: 11 mm oval circumscribed mass at 4 o'clock. BI-RADS 3.\n2. No axillary lymphadenopathy.",
     {("mass", "left", "present", False), ("lymph_node", None, "absent", False)}),
    ("IMPRESSION: Intact bilateral saline implants. BI-RADS 2 bilaterally. No suspicious calcifications.",
     {("implant", "both", "present", False), ("calcification", None, "absent", False)}),
    # A hedged diagnosis in the lesion's own sentence hedges what it is, not whether it is there.
    ("IMPRESSION: Right breast: several oval hypoechoic masses, the largest 14 mm at 9 o'clock - ? fibroadenomas. "
     "BI-RADS 3.",
     {("mass", "right", "present", False)}),
    ("IMPRESSION: Left breast: 10 mm oval mass at 1 o'clock, possibly a fibroadenoma. BI-RADS 3.",
     {("mass", "left", "present", False)}),
    # "confirms ... without mass": the mass is denied, not named as what the lesion is.
    ("IMPRESSION: Right breast focal asymmetry at 11 o'clock. Repeat views confirm the asymmetry remains, without mass "
     "or calcifications. BI-RADS 3.",
     {("asymmetry", "right", "present", False), ("mass", "right", "absent", False),
      ("calcification", "right", "absent", False)}),
    # Why the patient was recalled is an earlier exam's finding, in an impression too.
    ("IMPRESSION:\nPatient recalled from screening (BI-RADS 0, 02/2026) for left breast focal asymmetry. Tomosynthesis "
     "views show no persistent abnormality, consistent with overlapping tissue. BI-RADS 1 left.",
     set()),
    # So is what a screening recalled the patient for, said as the screen's recall or as a dated timeline item with
    # category 0: the diagnostic exam's lesion is the finding.
    ("Tomosynthesis screening recall for a possible right breast mass. Targeted US:\nSite 1: RIGHT 10:00, 8 mm oval "
     "circumscribed hypoechoic mass.\nSite 2: RIGHT 7:00, 5 mm round mass, apart from site 1.\nBI-RADS 3.",
     {("mass", "right", "present", False)}),
    ("Imaging to date:\n* 3/4/2025 screening mammogram - BI-RADS 0, R breast focal asymmetry, recalled.\n"
     "* 3/19/2025 diagnostic mammogram and US: 11 mm irregular mass R 9:00. BI-RADS 4B.",
     {("mass", "right", "present", False)}),
    ("We met a 61-year-old at the assessment clinic today, recalled with an asymmetric density of the left breast. "
     "Tomosynthesis: 6 mm spiculated mass at 2 o'clock, left breast. BI-RADS 5.",
     {("mass", "left", "present", False)}),
    # ... but a screening report's own category 0 finding is its finding.
    ("SCREENING MAMMOGRAM\nFindings: Focal asymmetry in the left breast, upper outer quadrant. BI-RADS 0, recall for "
     "spot views.",
     {("asymmetry", "left", "present", False)}),
    # A sentence opening with "stable"/"unchanged" takes up the lesion just named ...
    ("IMPRESSION: 7 mm circumscribed oval mass in the left breast at 2 o'clock, likely a fibroadenoma. Unchanged since "
     "2022. BI-RADS 2.",
     {("mass", "left", "present", True)}),
    # ... but not from an addendum sentences later.
    ("IMPRESSION: Grouped punctate calcifications in the right breast, probably benign. BI-RADS 3.\n\nADDENDUM: Reviewed "
     "at the breast imaging conference. Agreed with the assessment. No change to the report.",
     {("calcification", "right", "present", False)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_item_sides_and_hedges(text: str, expected: set[tuple[str, str | None, str, bool]]) -> None:
    findings = analyze(text).to_dict()["findings"]
    got = {(f["kind"], f["breast"], f["status"], f["stable"]) for f in findings}
    assert got == expected
