"""A form's change field, an addendum after the advice, and finding words of infection and duct ectasia, end to end."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Breast, FindingKind, Status

CHANGE_FIELDS = [
    # (a form's row, whether its finding is stable)
    ("Lesion A | Right | Mass | Change: Stable", True),
    ("Finding 1 | Left | Calcifications, grouped | Interval change: unchanged", True),
    ("Lesion 2 | Left | Asymmetry | Evolution - no change", True),
    ("Finding 1 | Left | Mass | Change: New", False),
    # Several labelled cells between the finding and its change field: still that row's lesion.
    ("Lesion 3 | Side: Left | Kind: Mass | Shape: Round | Margins: Circumscribed | Site: 2:00 | Change: Unchanged", True),
    ("No. 1 | Right | Focal asymmetry | Upper outer quadrant | Depth: Middle | Stable", True),
    ("No. 2 | Left | Mass | Shape: Oval | Margin: Indistinct | Change: New", False),
]


@pytest.mark.parametrize(("row", "stable"), CHANGE_FIELDS, ids=["change-stable", "interval-unchanged", "evolution-dash",
                                                                 "change-new", "labelled-cells", "bare-stable-cell",
                                                                 "labelled-new"])
def test_a_change_field_after_the_finding_cell_says_whether_it_is_stable(row: str, stable: bool) -> None:
    (finding,) = analyze(f"FINDINGS:\n{row}\n").findings
    assert finding.stable is stable


ADDENDA = [
    # (report with an addendum after its advice, kind and side of the lesion the addendum calls stable)
    ("FINDINGS:\nA 9 mm oval mass in the right breast at 10 o'clock.\nRECOMMENDATION: Diagnostic workup.\n\n"
     "ADDENDUM (03/04/2025):\nPrior films were reviewed. The right breast mass at 10 o'clock is unchanged since 2019.",
     FindingKind.MASS, Breast.RIGHT),
    ("FINDINGS:\nGrouped amorphous calcifications, left breast.\nRECOMMENDATION:\nMagnification views.\n\nAddendum:\n"
     "Comparison with 2021 now available: the left calcifications are stable.",
     FindingKind.CALCIFICATION, Breast.LEFT),
]


@pytest.mark.parametrize(("text", "kind", "side"), ADDENDA, ids=["dated-title", "title-alone"])
def test_an_addendum_after_the_advice_still_describes_the_imaging(text: str, kind: FindingKind, side: Breast) -> None:
    (finding,) = [f for f in analyze(text).findings if f.kind is kind]
    assert (finding.breast, finding.stable) == (side, True)


OTHER_FINDINGS = [
    # (sentence, side of its "other" finding)
    ("Left breast: several ducts ectasia behind the nipple.", Breast.LEFT),
    ("Right breast abscess cavity measuring 2 cm at 9 o'clock.", Breast.RIGHT),
    ("Two small abscesses in the left breast, drained under ultrasound.", Breast.LEFT),
    # An abscess given a place or a size is one seen, not the clinical question.
    ("Left breast abscess at 2 o'clock, about 25 mm, with surrounding oedema.", Breast.LEFT),
    ("Loculated abscess measuring 4.1 x 2.0 cm in the right retroareolar region.", Breast.RIGHT),
    ("Right breast: abscess of 30 cc at the 10 o'clock position.", Breast.RIGHT),
]


@pytest.mark.parametrize(("sentence", "side"), OTHER_FINDINGS, ids=["ducts-ectasia", "abscess-cavity", "abscesses",
                                                                    "abscess-at-clock", "abscess-measuring",
                                                                    "abscess-of-volume"])
def test_duct_ectasia_and_abscesses_are_other_findings(sentence: str, side: Breast) -> None:
    found = [(f.kind, f.breast, f.status) for f in analyze(f"IMPRESSION:\n{sentence}").findings]
    assert (FindingKind.OTHER, side, Status.PRESENT) in found


NEEDLE_RESULTS = [
    # (sentence, side of its node, which is there: the sample's result says what it is, not that none is seen)
    ("Right axilla: a node with a 5 mm cortex, FNAC negative.", Breast.RIGHT),
    ("Left axillary node with eccentric cortical thickening; core biopsy was negative for malignancy.", Breast.LEFT),
    ("Left axilla: single node of 4 mm cortex (cytology: negative).", Breast.LEFT),
]


@pytest.mark.parametrize(("sentence", "side"), NEEDLE_RESULTS, ids=["fnac", "core-biopsy-was", "cytology-colon"])
def test_a_negative_needle_sample_leaves_its_node_present(sentence: str, side: Breast) -> None:
    found = [(f.kind, f.breast, f.status) for f in analyze(f"IMPRESSION:\n{sentence}").findings]
    assert found == [(FindingKind.LYMPH_NODE, side, Status.PRESENT)]


OWN_LINES = [
    # (impression naming each breast on a line, then an unsided absence; the absence's side)
    ("IMPRESSION:\nRight 10 o'clock solid mass, 15 mm. BI-RADS 4A right.\nLeft breast with two benign cysts. BI-RADS 2 left.\n"
     "No enlarged axillary nodes.", Breast.BOTH),
    ("Summary:\nLeft breast normal.\nRight breast shows clustered microcysts at 9 o'clock.\nNo suspicious calcification.",
     Breast.BOTH),
    # On the line of the lesion it goes on about that lesion's breast.
    ("IMPRESSION:\nRight breast is normal.\nLeft breast shows a few simple cysts. No suspicious calcification.", Breast.LEFT),
]


@pytest.mark.parametrize(("text", "side"), OWN_LINES, ids=["after-right-then-left", "after-left-then-right",
                                                            "same-line-keeps-focus"])
def test_an_absence_on_its_own_line_after_both_breasts_is_about_both(text: str, side: Breast) -> None:
    (absent,) = [f for f in analyze(text).findings if f.status is Status.ABSENT]
    assert absent.breast is side


@pytest.mark.parametrize("line", [
    "Axillary regions with lymph nodes of normal appearance.",
    "Axillary areas: reactive-looking lymph nodes.",
], ids=["regions", "areas"])
def test_the_axillary_regions_in_the_plural_are_both_sides(line: str) -> None:
    found = [(f.kind, f.breast) for f in analyze(f"FINDINGS:\nLeft breast: no suspicious mass.\n{line}").findings]
    assert (FindingKind.LYMPH_NODE, Breast.BOTH) in found


@pytest.mark.parametrize("question", ["? abscess.", "rule out abscess at the 3 o'clock site of pain.",
                                      "query abscess in the left breast."], ids=["query-mark", "rule-out", "query"])
def test_abscess_alone_as_the_clinical_question_names_no_lesion(question: str) -> None:
    text = f"INDICATION: Painful red breast, {question}\nIMPRESSION:\nNormal breasts."
    assert [f for f in analyze(text).findings if f.status is not Status.ABSENT] == []
