"""The exam and the next steps on their own (exam.read_exam, read_recommendations), over the sections,
sentences, lexicon mentions and context read by the stages before them."""

from __future__ import annotations

import pytest

from readingscan.model import Breast, Exam, Modality, Purpose, RecommendationKind, Sentence
from readingscan.read.context import modifier_lookup
from readingscan.read.exam import read_exam, read_recommendations
from readingscan.read.lexicon import lexicon_for
from readingscan.read.sections import breast_headers, split_sections
from readingscan.read.sentences import split_sentences
from readingscan.rules.records import LexiconGroup

MG, TOMO, MAG, SPOT = Modality.MAMMOGRAPHY, Modality.TOMOSYNTHESIS, Modality.MAGNIFICATION_VIEWS, Modality.SPOT_COMPRESSION
US, MRI = Modality.ULTRASOUND, Modality.MRI
SCREENING, DIAGNOSTIC = Purpose.SCREENING, Purpose.DIAGNOSTIC


def sentences(text: str) -> tuple[Sentence, ...]:
    sections = split_sections(text)
    return split_sentences(text, sections, breast_headers(text, sections))


def exam(text: str) -> Exam:
    return read_exam(text, split_sections(text), sentences(text), lexicon_for(LexiconGroup.EXAM).find(text),
                     modifier_lookup(text))


# (text, modalities in Modality order), id
MODALITIES = [
    ("LEFT DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS\nFINDINGS: No mass.", [MG, TOMO], "title-line"),
    ("3D mammogram\nFINDINGS: No mass.", [MG, TOMO], "3d-is-a-mammogram"),
    ("TECHNIQUE: Bilateral breast MRI with and without contrast.\nFINDINGS: No suspicious enhancement.", [MRI],
     "technique"),
    ("EXAM: Diagnostic mammogram and ultrasound, left.\nFINDINGS: Simple cyst.", [MG, US], "two-in-the-title"),
    ("LEFT BREAST ULTRASOUND\nCOMPARISON: Mammogram 2023.\nFINDINGS: Simple cyst at 2:00.", [US], "not-comparison"),
    ("EXAM: Bilateral screening mammogram.\nCOMPARISON: Prior MRI 2022 and ultrasound 2021.\nFINDINGS: No mass.", [MG],
     "not-comparison-two"),
    ("EXAM: Left breast ultrasound.\nHISTORY: Abnormal mammogram.\nFINDINGS: Simple cyst.", [US], "not-history"),
    ("EXAM: Bilateral screening mammogram.\nFINDINGS: No mass.\nRECOMMENDATION: Breast MRI and ultrasound.", [MG],
     "not-recommendation"),
    ("Screening mammogram. The breasts are fatty. Recommend ultrasound. BI-RADS 0.", [MG], "one-paragraph-report"),
    ("EXAM: Breast ultrasound.\nFINDINGS: A mammogram was recommended.", [US], "recommended-in-findings"),
    ("HISTORY: Palpable lump.\nFINDINGS: Ultrasound of the left breast shows a simple cyst.", [US],
     "untitled-exam-from-findings"),
    ("FINDINGS: No suspicious mass.", [], "none-named"),
    # a header's fields (a label the section titles do not know, its lines up to the next label) are not the title
    ("BILATERAL BREAST MRI\nClinical question: Screening mammogram 02/2026: new asymmetry in the left upper outer\n"
     "quadrant, ultrasound inconclusive. Problem solving.\nFindings: No suspicious enhancement.", [MRI], "header-field"),
    ("Contrast-enhanced mammography (CEM), both sides\nFragestellung / Question: 39 y. Dense breasts.\nMRI not "
     "possible (cardiac pacemaker).\nRecombined: No enhancement.\nEmpfehlung / Recommendation: targeted ultrasound.",
     [Modality.CONTRAST_ENHANCED_MAMMOGRAPHY], "bilingual-fields"),
    ("MRI MAMMAE / BREAST MRI\n\nMammae sinistra:\n- Regional non-mass enhancement, heterogeneous\n  internal "
     "enhancement. Correlates with the hypoechoic\n  area on USG.\n", [MRI], "label-alone-over-its-lines"),
    ("Patient: Jane Doe\nBILATERAL SCREENING MAMMOGRAM\nFindings: No mass.", [MG], "title-after-a-field"),
    ("Modality: US\nFindings: Simple cyst.", [US], "only-a-field-names-it"),
    ("MR-MAMMOGRAPHIE BEIDSEITS / BILATERAL BREAST MRI\nFindings: No suspicious enhancement.", [MRI], "mr-mammographie"),
    # a modality that guided a procedure names the procedure, not this exam
    ("Modality: MR   Study: MRI BREAST BILAT\n1.1   HAS OBS CONTEXT: Procedure reported = Magnetic resonance imaging\n"
     "1.3   CONTAINS: TEXT: Clinical history = Right breast carcinoma on\n      outside US-guided core biopsy.\n"
     "1.4   CONTAINS: CODE: Finding = Mass", [MRI], "guided-procedure"),
    ("Study: breast MRI\n1.1 Procedure reported = Magnetic resonance imaging\n1.2 History = cancer proven by\n"
     "   ultrasound guided biopsy.", [MRI], "guided-spaced"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in MODALITIES], ids=[r[2] for r in MODALITIES])
def test_modalities_from_the_title_and_technique(text: str, expected: list[Modality]) -> None:
    assert list(exam(text).modalities) == expected


WORKUP = [
    ("EXAM: Right diagnostic mammogram.\nFINDINGS: Spot compression views show the asymmetry persists. "
     "Magnification views show punctate calcifications.", [MG, MAG, SPOT], "performed"),
    ("Bilateral screening mammogram with Rt magnification views\nFINDINGS: No mass.", [MG, MAG], "in-the-title"),
    ("EXAM: Right diagnostic mammogram.\nFINDINGS: Spot compression views are recommended.", [MG], "recommended"),
    ("EXAM: Right diagnostic mammogram.\nFINDINGS: Asymmetry. Recommend spot compression views.", [MG], "recommend"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in WORKUP], ids=[r[2] for r in WORKUP])
def test_workup_views_performed_not_recommended(text: str, expected: list[Modality]) -> None:
    assert list(exam(text).modalities) == expected


@pytest.mark.parametrize("text", [
    "EXAM: Bilateral screening mammogram. No tomosynthesis.\nFINDINGS: No mass.",
    "EXAM: Bilateral screening mammogram.\nTECHNIQUE: No tomosynthesis.\nFINDINGS: No mass.",
    "EXAM: Bilateral screening mammogram.\nTECHNIQUE: Standard views without tomosynthesis.\nFINDINGS: No mass.",
], ids=["no-tomosynthesis-title", "no-tomosynthesis-technique", "without-tomosynthesis"])
def test_a_modality_said_not_done_is_not_the_exam(text: str) -> None:
    assert list(exam(text).modalities) == [MG]


def test_tomosynthesis_named_in_the_title_is_the_exam() -> None:
    text = "EXAM: Bilateral screening mammogram with tomosynthesis.\nFINDINGS: No mass."
    assert list(exam(text).modalities) == [MG, TOMO]


PURPOSES = [
    ("BILATERAL SCREENING MAMMOGRAM\nFINDINGS: No mass.", SCREENING, "screening"),
    ("DIAGNOSTIC BILATERAL MAMMOGRAM\nFINDINGS: No mass.", DIAGNOSTIC, "diagnostic"),
    ("Lakeshore Diagnostic Imaging\nBILATERAL SCREENING MAMMOGRAM\nFINDINGS: No mass.", SCREENING, "not-the-letterhead"),
    ("Northside Screening Center\nLEFT DIAGNOSTIC MAMMOGRAM\nFINDINGS: No mass.", DIAGNOSTIC, "not-the-letterhead-2"),
    ("Right breast ultrasound.\nFINDINGS: No mass.", None, "not-stated"),
    ("EXAM: Bilateral breast MRI.\nFINDINGS: No suspicious enhancement.", None, "not-stated-mri"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in PURPOSES], ids=[r[2] for r in PURPOSES])
def test_purpose_from_the_title_line(text: str, expected: Purpose | None) -> None:
    assert exam(text).purpose == expected


SIDES = [
    ("LEFT BREAST ULTRASOUND\nFINDINGS: Simple cyst.", Breast.LEFT, "left"),
    ("Right breast ultrasound.\nFINDINGS: No mass.", Breast.RIGHT, "right"),
    ("Bilateral screening mammogram.\nFINDINGS: No mass.", Breast.BOTH, "bilateral"),
    ("Bilateral screening mammogram with Rt magnification views\nFINDINGS: No mass.", Breast.BOTH, "bilateral-with-rt"),
    ("EXAM: Diagnostic mammogram and ultrasound, left.\nFINDINGS: Simple cyst.", Breast.LEFT, "side-at-the-end"),
    ("EXAM: Screening mammogram.\nFINDINGS: Cyst in the left breast.", None, "not-from-findings"),
    ("3D mammogram\nFINDINGS: No mass.", None, "not-stated"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in SIDES], ids=[r[2] for r in SIDES])
def test_exam_side(text: str, expected: Breast | None) -> None:
    assert exam(text).breast == expected


def recommendations(text: str) -> list[RecommendationKind]:
    found = read_recommendations(text, sentences(text), lexicon_for(LexiconGroup.RECOMMENDATION).find(text),
                                 modifier_lookup(text))
    for rec in found:
        assert text[rec.evidence.start:rec.evidence.end] == rec.evidence.text
    return [r.kind for r in found]


K = RecommendationKind
RECOMMENDATIONS = [
    ("FINDINGS: Cyst.\nRECOMMENDATION: Ultrasound-guided biopsy.", [K.BIOPSY], "section"),
    ("FINDINGS: Cyst.\nRECOMMENDATION: Annual screening mammogram.", [K.ROUTINE_SCREENING], "section-screening"),
    ("IMPRESSION: Suspicious mass. Recommend ultrasound-guided biopsy. BI-RADS 4.", [K.BIOPSY], "impression-recommend"),
    ("IMPRESSION: Surgical consultation.", [K.SURGICAL_CONSULTATION], "impression-without-verb"),
    ("IMPRESSION: Routine screening in one year.", [K.ROUTINE_SCREENING], "impression-schedule"),
    ("RECOMMENDATION: Diagnostic mammogram and ultrasound. Annual screening thereafter.",
     [K.ADDITIONAL_IMAGING, K.ROUTINE_SCREENING], "in-order-stated"),
    ("RECOMMENDATION: Biopsy and surgical consultation. Biopsy.", [K.BIOPSY, K.SURGICAL_CONSULTATION], "once-each"),
    ("FINDINGS: Cyst. Recommend clinical correlation.", [K.CLINICAL_CORRELATION], "findings-with-verb"),
    ("FINDINGS: Cyst. Continue annual screening.", [K.ROUTINE_SCREENING], "findings-carry-on"),
    # Negated: not a recommendation.
    ("IMPRESSION: Benign cyst. No biopsy is needed. Return to annual screening mammography. BI-RADS 2.",
     [K.ROUTINE_SCREENING], "no-biopsy-needed"),
    ("RECOMMENDATION: No further imaging is needed. Annual screening mammography.", [K.ROUTINE_SCREENING],
     "no-further-imaging"),
    ("RECOMMENDATION: No biopsy.", [], "no-biopsy"),
    # Not advice at all.
    ("IMPRESSION: Biopsy-proven malignancy. BI-RADS 6.", [], "biopsy-proven"),
    ("FINDINGS: Cyst. Ultrasound shows a cyst.", [], "findings-without-verb"),
    ("HISTORY: Recommend biopsy per outside report.\nFINDINGS: Cyst.", [], "history"),
    ("COMPARISON: Prior ultrasound.\nFINDINGS: Cyst.", [], "comparison"),
    # A follow-up names when to image again; the imaging is its means, not additional imaging.
    ("IMPRESSION: Probably benign. Follow-up left breast ultrasound in 6 months.", [K.SHORT_INTERVAL_FOLLOWUP],
     "follow-up-ultrasound"),
    ("RECOMMENDATION: Follow-up in 6 months with diagnostic mammogram.", [K.SHORT_INTERVAL_FOLLOWUP],
     "follow-up-diagnostic-mammogram"),
    ("RECOMMENDATION: Left breast ultrasound.", [K.ADDITIONAL_IMAGING], "imaging-alone"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in RECOMMENDATIONS], ids=[r[2] for r in RECOMMENDATIONS])
def test_recommendations(text: str, expected: list[RecommendationKind]) -> None:
    assert recommendations(text) == expected
