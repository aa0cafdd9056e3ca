"""Tables for the structural readings: sections, sentences, categories, density, exam, next steps."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import SectionKind
from readingscan.read.sections import breast_headers, split_sections
from readingscan.read.sentences import split_sentences

# --- categories, in every common form -------------------------------------------------------------
CATEGORY_FORMS = [
    ("IMPRESSION: Suspicious calcifications. BI-RADS 4B.", "4B", {}),
    ("ASSESSMENT: BIRADS: 2", "2", {}),
    ("IMPRESSION: Bi-Rads Category 3 - probably benign.", "3", {}),
    ("ACR BI-RADS® Category 0 – Incomplete: need additional imaging evaluation.", "0", {}),
    ("IMPRESSION: Category 4: Suspicious.", "4", {}),
    ("Assessment: 4C", "4C", {}),
    ("IMPRESSION: BI-RADS IV.", "4", {}),
    ("IMPRESSION: BI-RADS V, highly suggestive of malignancy.", "5", {}),
    ("IMPRESSION: BI-RADS VI known biopsy-proven malignancy.", "6", {}),
    ("BI-RADS 4a", "4A", {}),
    ("OVERALL ASSESSMENT: BI-RADS 1 Negative", "1", {}),
    ("IMPRESSION:\nRIGHT: BI-RADS 5\nLEFT: BI-RADS 2", "5", {"right": "5", "left": "2"}),
    ("IMPRESSION: Right breast: BI-RADS 1. Left breast: BI-RADS 4B.", "4B", {"right": "1", "left": "4B"}),
    ("IMPRESSION: BI-RADS 2 right breast, BI-RADS 0 left breast.", "0", {"right": "2", "left": "0"}),
    ("IMPRESSION:\nRight: BI-RADS 3\nLeft: BI-RADS 6", "6", {"right": "3", "left": "6"}),
    ("RIGHT BREAST: Benign cyst. BI-RADS 2.\nLEFT BREAST: Negative. BI-RADS 1.", "2", {"right": "2", "left": "1"}),
    ("IMPRESSION: Left: BI-RADS 4A. Right: BI-RADS 1. Overall: BI-RADS 4A.", "4A", {"left": "4A", "right": "1"}),
    ("IMPRESSION: Benign findings. No category given.", None, {}),
    ("HISTORY: Prior BI-RADS 3.\nIMPRESSION: Benign. BI-RADS 2.", "2", {}),
    ("FINDINGS: Breast density category 3.\nIMPRESSION: Benign.", None, {}),
]


@pytest.mark.parametrize(("text", "overall", "by_breast"), CATEGORY_FORMS, ids=[t[:40] for t, *_ in CATEGORY_FORMS])
def test_category_forms(text: str, overall: str | None, by_breast: dict[str, str]) -> None:
    assessment = analyze(text).to_dict()["assessment"]
    assert assessment["overall"] == overall
    assert assessment["by_breast"] == by_breast


def test_per_breast_only_takes_the_more_serious_by_the_atlas_order() -> None:
    # 6 is less serious than 0 in the Atlas order: an incomplete exam outranks a known cancer.
    assessment = analyze("IMPRESSION:\nRight: BI-RADS 6\nLeft: BI-RADS 0").assessment
    assert assessment.overall is not None and assessment.overall.value == "0"
    assert not assessment.stated_overall


# --- density ---------------------------------------------------------------------------------------
DENSITY_FORMS = [
    ("The breasts are almost entirely fatty.", "a"),
    ("There are scattered areas of fibroglandular density.", "b"),
    ("The breasts are heterogeneously dense, which may obscure small masses.", "c"),
    ("The breasts are extremely dense, which lowers the sensitivity of mammography.", "d"),
    ("Breast density: ACR c.", "c"),
    ("Category B density.", "b"),
    ("Fatty replaced breasts.", "a"),
    ("Breast composition: D", "d"),
    ("ACR density 2.", "b"),
    ("Density: C - heterogeneously dense.", "c"),
]


@pytest.mark.parametrize(("sentence", "letter"), DENSITY_FORMS, ids=[s[:40] for s, _ in DENSITY_FORMS])
def test_density_forms(sentence: str, letter: str) -> None:
    report = analyze(f"EXAM: Bilateral screening mammogram.\nFINDINGS: {sentence}\nIMPRESSION: BI-RADS 1.")
    assert report.density is not None and report.density.category.value == letter
    assert report.text[report.density.evidence.start:report.density.evidence.end] == report.density.evidence.text


@pytest.mark.parametrize("text", [
    "EXAM: Bilateral breast MRI.\nFINDINGS: Amount of fibroglandular tissue: scattered fibroglandular tissue. Minimal background parenchymal enhancement.",
    "EXAM: Bilateral breast MRI.\nFINDINGS: Heterogeneous fibroglandular tissue. Mild background enhancement.",
    "EXAM: Left breast ultrasound.\nFINDINGS: Heterogeneous background echotexture. No mass.",
], ids=["mri-fgt-scattered", "mri-fgt-heterogeneous", "ultrasound-echotexture"])
def test_mri_fibroglandular_tissue_is_not_density(text: str) -> None:
    assert analyze(text).density is None


# --- sections and sub-headers ------------------------------------------------------------------------
def test_sections_in_many_shapes() -> None:
    text = (
        "Clinical history: screening.\ncomparison - 2021\nTECHNIQUE\nCC and MLO views.\n"
        "Findings\nNo mass.\nIMPRESSION: Benign. BI-RADS 2.\nRecommendations: Annual screening."
    )
    kinds = [s.kind for s in split_sections(text)]
    assert kinds == [SectionKind.HISTORY, SectionKind.COMPARISON, SectionKind.TECHNIQUE, SectionKind.FINDINGS,
                     SectionKind.IMPRESSION, SectionKind.RECOMMENDATION]


def test_a_word_that_starts_a_sentence_is_not_a_title() -> None:
    kinds = [s.kind for s in split_sections("FINDINGS:\nFindings are stable.\nImpression of the radiologist follows.")]
    assert kinds == [SectionKind.FINDINGS]


def test_sub_headers_set_the_breast() -> None:
    text = "FINDINGS:\nRIGHT BREAST: No suspicious mass.\nLeft:\nA 5 mm cyst at 2:00.\nIMPRESSION: BI-RADS 2."
    sides = {(f.kind.value, f.status.value): f.breast.value for f in analyze(text).findings if f.breast}
    assert sides == {("mass", "absent"): "right", ("mass", "present"): "left"}


# --- sentences -------------------------------------------------------------------------------------
SENTENCE_CASES = [
    ("Seen by Dr. Smith approx. 2 cm away. Next one.", 2),
    ("Mass at 2 o'clock measures 1.2 cm. The 10:30 cyst is stable.", 2),
    ("1. Benign cyst.\n2. Stable calcifications.", 2),
    ("IMPRESSION: 1. Benign. 2. Cyst. 3. Annual screening.", 3),
    ("No suspicious mass\nNo suspicious calcifications", 2),
    ("There are grouped fine pleomorphic calcifications in\nthe upper outer quadrant of the left breast.", 1),
]


@pytest.mark.parametrize(("text", "count"), SENTENCE_CASES, ids=[t[:30] for t, _ in SENTENCE_CASES])
def test_sentences(text: str, count: int) -> None:
    sections = split_sections(text)
    sentences = split_sentences(text, sections, breast_headers(text, sections))
    body = [s for s in sentences if any(ch.isalpha() for ch in s.span.text) and s.span.text.strip().upper() != "IMPRESSION:"]
    assert len(body) == count, [s.span.text for s in body]


def test_all_caps_hard_wrapped_sentence_stays_whole() -> None:
    text = (
        "FINDINGS:\nTHERE ARE NO SUSPICIOUS MASSES, ARCHITECTURAL DISTORTION OR SUSPICIOUS\n"
        "CALCIFICATIONS IN EITHER BREAST. THE SKIN AND NIPPLES ARE NORMAL IN APPEARANCE.\n"
        "SCATTERED BENIGN VASCULAR CALCIFICATIONS ARE PRESENT BILATERALLY AND ARE STABLE.\n"
        "IMPRESSION: NO MAMMOGRAPHIC EVIDENCE OF MALIGNANCY. BI-RADS 2: BENIGN."
    )
    found = sorted((f.kind.value, f.status.value, f.breast.value if f.breast else None) for f in analyze(text).findings)
    assert found == [("architectural_distortion", "absent", "both"), ("calcification", "absent", "both"),
                     ("calcification", "present", "both"), ("mass", "absent", "both")]


# --- exam and next steps -------------------------------------------------------------------------------
def test_exam_from_the_title_not_the_comparison() -> None:
    report = analyze("LEFT BREAST ULTRASOUND\nCOMPARISON: Mammogram 2023.\nFINDINGS: Simple cyst at 2:00.\nIMPRESSION: BI-RADS 2.")
    assert [m.value for m in report.exam.modalities] == ["ultrasound"]
    assert report.exam.breast is not None and report.exam.breast.value == "left"
    assert report.findings[0].breast is not None and report.findings[0].breast.value == "left"


def test_negated_recommendation_is_not_a_recommendation() -> None:
    report = analyze("IMPRESSION: Benign cyst. No biopsy is needed. Return to annual screening mammography. BI-RADS 2.")
    assert [r.kind.value for r in report.recommendations] == ["routine_screening"]


def test_a_report_about_another_body_part_gives_no_breast_findings() -> None:
    report = analyze("CHEST X-RAY, PA AND LATERAL\nFINDINGS: No suspicious pulmonary nodule or mass. Heart size normal.")
    assert report.findings == ()
    assert any("no breast imaging terms" in w for w in report.warnings)
