"""Case texts (journal cases, conferences, figure legends, peer-learning notes): what the examiner's hands found and who
speaks are no imaging, a legend's panels are one case, and a report replaced by a later one gives no finding."""

from __future__ import annotations

import pytest

from readingscan import analyze

IMAGING = "\n\nImaging findings\nMammography showed a 9 mm spiculated mass in the left breast at 2 o'clock.\n"
CLINICAL_EXAMINATIONS = [
    "Clinical examination found a poorly defined induration in the upper outer quadrant, without skin changes or "
    "palpable axillary nodes.",
    "On examination there was a 3 cm firm, mobile lump in the left breast and a small mobile node in the left axilla.",
    "Physical examination revealed skin thickening of the left breast and an enlarged axillary lymph node.",
    "On palpation, there was a hard mass with nipple retraction.",
    "Case\nA 52-year-old woman had a lump. Breast exam showed a firm mass and skin dimpling, with no axillary nodes.",
]


@pytest.mark.parametrize("examination", CLINICAL_EXAMINATIONS)
def test_the_clinical_examination_gives_no_finding(examination: str) -> None:
    result = analyze(examination + IMAGING).to_dict()
    assert [(f["kind"], f["breast"], f["status"]) for f in result["findings"]] == [("mass", "left", "present")]


@pytest.mark.parametrize("speaker", ["Dr. Adeyemi (Surgery): ", "DR. SHAH (PGY-3): ", "Prof Mensah: "])
def test_a_speaker_does_not_hide_how_a_sentence_opens(speaker: str) -> None:
    text = (speaker + "A 47-year-old woman was seen because of a lump in the right breast that she felt had grown. "
            + "On examination there was a 3 cm firm mass in the right breast." + IMAGING)
    result = analyze(text).to_dict()
    assert [(f["kind"], f["breast"], f["status"]) for f in result["findings"]] == [("mass", "left", "present")]


def test_a_legends_panels_at_the_margin_are_one_case() -> None:
    text = ("Figure 2. Diagnostic mammograms of a 61-year-old woman.\n"
            "(a) Right CC view shows a group of amorphous calcifications in the outer breast.\n"
            "(b) Magnified view confirms the group. No associated mass.\n")
    result = analyze(text).to_dict()
    assert ("mass", "right", "absent") in [(f["kind"], f["breast"], f["status"]) for f in result["findings"]]


def test_a_numbered_list_at_the_margin_still_takes_no_side_from_the_item_before() -> None:
    text = "IMPRESSION:\n(a) Right breast: spiculated mass, BI-RADS 5.\n(b) No axillary lymphadenopathy.\n"
    result = analyze(text).to_dict()
    assert ("lymph_node", "right", "absent") not in [(f["kind"], f["breast"], f["status"]) for f in result["findings"]]


REPLACED = [
    ('Original report (as signed):\n"RIGHT BREAST ULTRASOUND: At 3 o\'clock there is a 14 mm irregular mass. '
     'BI-RADS 4C."\n\nCorrected report (addendum):\n"LEFT BREAST ULTRASOUND: At 3 o\'clock there is a 14 mm irregular '
     'mass. BI-RADS 4C, left breast."\n', [("mass", "left", "present")]),
    ("PRELIMINARY REPORT (resident):\nFINDINGS: Right breast: a 6 mm oval mass at 10 o'clock. Skin thickening.\n\n"
     "FINAL REPORT (attending):\nFINDINGS: Right breast: an intramammary lymph node at 10 o'clock.\n"
     "IMPRESSION: BI-RADS 2.\n", [("lymph_node", "right", "present")]),
]


@pytest.mark.parametrize(("text", "found"), REPLACED)
def test_a_report_replaced_by_a_later_one_gives_no_finding(text: str, found: list[tuple[str, str, str]]) -> None:
    result = analyze(text).to_dict()
    assert [(f["kind"], f["breast"], f["status"]) for f in result["findings"]] == found


def test_a_final_report_agreeing_with_the_preliminary_keeps_its_findings() -> None:
    text = ("*** PRELIMINARY REPORT - RESIDENT ***\nFINDINGS: Right breast: grouped punctate calcifications. "
            "No associated mass.\n\n*** FINAL REPORT - ATTENDING ***\nI agree with the preliminary report, with the "
            "following change: some of the calcifications are amorphous.\nIMPRESSION: BI-RADS 4B, right breast.\n")
    result = analyze(text).to_dict()
    assert ("mass", "right", "absent") in [(f["kind"], f["breast"], f["status"]) for f in result["findings"]]


def test_the_readers_recall_reason_is_no_finding_of_the_assessment() -> None:
    text = ('Screening round 3. Both readers recalled the left breast: "L UOQ ?distortion, CC and MLO".\n\n'
            "Assessment\nTomosynthesis of the left breast confirmed an architectural distortion of 12 mm.\n")
    result = analyze(text).to_dict()
    assert [(f["kind"], f["breast"], f["status"]) for f in result["findings"]] == [
        ("architectural_distortion", "left", "present")]


def test_advice_to_a_class_of_readers_gives_no_finding() -> None:
    text = ("Answer: simple cyst. The image shows a 2 cm oval anechoic mass in the left breast.\n"
            "Family physicians should request diagnostic imaging - not a screening mammogram - for any new lump.\n")
    result = analyze(text).to_dict()
    assert [(f["kind"], f["breast"], f["status"]) for f in result["findings"]] == [("mass", "left", "present")]


@pytest.mark.parametrize("article", [
    "The authors suggest that multiple bilateral circumscribed masses may be followed less often.",
    "Retrospective study of 1,204 masses; 0.9% were malignant.",
    "This study found no skin thickening in most benign cases.",
])
def test_what_an_article_says_gives_no_finding(article: str) -> None:
    result = analyze(article + "\nIllustrative case: a 9 mm spiculated mass in the left breast.\n").to_dict()
    assert [(f["kind"], f["breast"], f["status"]) for f in result["findings"]] == [("mass", "left", "present")]


@pytest.mark.parametrize("comparison", ["than the right", "compared with the right breast", "relative to the right"])
def test_the_side_a_breast_is_compared_with_is_not_the_findings(comparison: str) -> None:
    text = f"Mammography showed the left breast to be larger and denser {comparison}, with diffuse skin thickening.\n"
    result = analyze(text).to_dict()
    assert [(f["kind"], f["breast"]) for f in result["findings"]] == [("skin", "left")]
