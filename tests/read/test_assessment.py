"""The BI-RADS category and breast density on their own (assessment.read_assessment, read_density), over the
sections, sub-headers, sentences and mentions read by the stages before them."""

from __future__ import annotations

import pytest

from readingscan.model import Assessment, Breast, Category, DensityReading, Modality, SectionKind
from readingscan.read.assessment import read_assessment
from readingscan.read.density import read_density
from readingscan.read.lexicon import lexicon_for
from readingscan.read.sections import breast_headers, split_sections
from readingscan.read.sentences import split_sentences
from readingscan.rules.records import LexiconGroup

L, R = Breast.LEFT, Breast.RIGHT


def assess(text: str) -> Assessment:
    sections = split_sections(text)
    headers = breast_headers(text, sections)
    assessment = read_assessment(text, sections, split_sentences(text, sections, headers), headers)
    for span in assessment.evidence:
        assert text[span.start:span.end] == span.text
    return assessment


def overall(text: str) -> str | None:
    found = assess(text).overall
    return found.value if found else None


# (text, category, the words that state it), id
FORMS = [
    ("IMPRESSION: Suspicious calcifications. BI-RADS 4B.", "4B", "BI-RADS 4B", "bi-rads-4b"),
    ("IMPRESSION: BIRADS: 2", "2", "BIRADS: 2", "birads-colon"),
    ("IMPRESSION: Bi-Rads Category 3 - probably benign.", "3", "Bi-Rads Category 3", "bi-rads-category"),
    ("IMPRESSION: Category 4: Suspicious.", "4", "Category 4", "category-colon-suspicious"),
    ("IMPRESSION: ACR BI-RADS® Category 0 – Incomplete.", "0", "ACR BI-RADS® Category 0", "acr-registered"),
    ("Assessment: 4C", "4C", "Assessment: 4C", "assessment-4c"),
    ("IMPRESSION: BI-RADS IV.", "4", "BI-RADS IV", "roman-iv"),
    ("IMPRESSION: BI-RADS V, highly suggestive of malignancy.", "5", "BI-RADS V", "roman-v"),
    ("IMPRESSION: BI-RADS 4 a.", "4A", "BI-RADS 4 a", "4-space-a"),
    ("ASSESSMENT: 2 Benign.", "2", "2", "bare-number-same-line"),
    ("FINDINGS: No change from prior\nASSESSMENT: 4C", "4C", "4C", "bare-number-after-prior"),
]


@pytest.mark.parametrize(("text", "category", "words"), [r[:3] for r in FORMS], ids=[r[3] for r in FORMS])
def test_category_forms(text: str, category: str, words: str) -> None:
    assessment = assess(text)
    assert assessment.overall == Category(category)
    assert assessment.stated_overall
    assert assessment.by_breast == ()
    assert [span.text.endswith(words) for span in assessment.evidence] == [True]


@pytest.mark.parametrize("text", [
    "FINDINGS: 2 cysts.\nIMPRESSION: Benign.",
    "ASSESSMENT: 12 cysts are benign.",
    "IMPRESSION: BI-RADS 7.",
    "FINDINGS: Breast density category 3.\nIMPRESSION: Benign.",
    "IMPRESSION: Benign findings. No category given.",
], ids=["number-in-findings", "number-not-a-category", "no-category-7", "density-category", "none-stated"])
def test_no_category_is_invented(text: str) -> None:
    assessment = assess(text)
    assert (assessment.overall, assessment.by_breast) == (None, ())


# (text, per breast), id: the exam's category is then the more serious (Atlas order).
SIDES = [
    ("IMPRESSION: RIGHT: BI-RADS 5", {R: "5"}, "label-before"),
    ("IMPRESSION:\nRight: BI-RADS 1\nLeft breast - BI-RADS 2", {R: "1", L: "2"}, "labels-on-lines"),
    ("IMPRESSION: Lt: BI-RADS 3", {L: "3"}, "abbreviated-label"),
    ("IMPRESSION: BI-RADS 2 right breast.", {R: "2"}, "side-after"),
    ("IMPRESSION: BI-RADS 4B (left).", {L: "4B"}, "side-after-in-brackets"),
    ("IMPRESSION: BI-RADS 4, left.", {L: "4"}, "side-after-comma"),
    ("IMPRESSION: left breast BI-RADS 4A.", {L: "4A"}, "side-before"),
    ("IMPRESSION: BI-RADS 2 right breast, BI-RADS 0 left breast.", {R: "2", L: "0"}, "two-sides-after"),
    ("IMPRESSION:\n- Left breast UOQ spiculated mass, highly suspicious: BIRADS-5\n- Right breast: benign, BI-RADS 2",
     {L: "5", R: "2"}, "line-about-one-side"),
    ("FINDINGS:\nLEFT BREAST:\nSpiculated mass. BI-RADS 5.\nRIGHT BREAST:\nNegative. BI-RADS 1.", {L: "5", R: "1"},
     "subheaders"),
]


@pytest.mark.parametrize(("text", "by_breast"), [r[:2] for r in SIDES], ids=[r[2] for r in SIDES])
def test_side_bindings(text: str, by_breast: dict[Breast, str]) -> None:
    assessment = assess(text)
    assert dict(assessment.by_breast) == {b: Category(c) for b, c in by_breast.items()}
    assert not assessment.stated_overall


@pytest.mark.parametrize("text", [
    "IMPRESSION:\n- Left breast mass and right breast cyst: BI-RADS 4",
    "FINDINGS:\nRight breast: negative.\nBI-RADS 4.",
    "FINDINGS:\nLEFT BREAST:\nNegative.\n\nBI-RADS 1.",
], ids=["line-about-both-sides", "next-line-after-inline-subheader", "after-a-blank-line"])
def test_a_category_not_bound_to_one_side_is_the_exams(text: str) -> None:
    assessment = assess(text)
    assert assessment.by_breast == ()
    assert assessment.overall is not None and assessment.stated_overall


@pytest.mark.parametrize("text", ["IMPRESSION: Bilateral BI-RADS 2.", "IMPRESSION: Both breasts: BI-RADS 2."],
                         ids=["bilateral", "both-breasts"])
def test_a_category_for_both_breasts(text: str) -> None:
    assessment = assess(text)
    assert assessment.overall == Category.C2
    assert {c for _, c in assessment.by_breast} <= {Category.C2}


# Per-breast categories only: the overall is the more serious by the Atlas, 1 < 2 < 3 < 6 < 0 < 4 < 4A < 4B < 4C < 5.
ATLAS = [("1", "2", "2"), ("2", "3", "3"), ("3", "6", "6"), ("6", "0", "0"), ("0", "4", "4"), ("4", "4A", "4A"),
         ("4A", "4B", "4B"), ("4B", "4C", "4C"), ("4C", "5", "5"), ("1", "0", "0"), ("2", "6", "6"), ("5", "6", "5")]


@pytest.mark.parametrize(("right", "left", "worst"), ATLAS, ids=[f"{r}-{lf}" for r, lf, _ in ATLAS])
def test_overall_from_per_breast_categories_by_atlas_order(right: str, left: str, worst: str) -> None:
    for text in (f"IMPRESSION:\nRight: BI-RADS {right}\nLeft: BI-RADS {left}",
                 f"IMPRESSION:\nLeft: BI-RADS {left}\nRight: BI-RADS {right}"):
        assessment = assess(text)
        assert assessment.overall == Category(worst)
        assert dict(assessment.by_breast) == {R: Category(right), L: Category(left)}
        assert not assessment.stated_overall


@pytest.mark.parametrize(("text", "stated"), [
    ("IMPRESSION: Left: BI-RADS 4A. Right: BI-RADS 1. Overall: BI-RADS 4A.", "4A"),
    ("IMPRESSION: Right: BI-RADS 1. Left: BI-RADS 2. Overall BI-RADS 0.", "0"),
], ids=["overall-same-as-worst", "overall-differs"])
def test_a_stated_overall_category_is_kept(text: str, stated: str) -> None:
    assessment = assess(text)
    assert assessment.overall == Category(stated) and assessment.stated_overall
    assert len(assessment.by_breast) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("HISTORY: BI-RADS 3 in 2022.\nIMPRESSION: Benign.", None),
    ("COMPARISON: Outside exam 2023, BI-RADS 4.\nIMPRESSION: Benign.", None),
    ("TECHNIQUE: BI-RADS 2 protocol.\nIMPRESSION: Benign.", None),
    ("HISTORY: BI-RADS 3 in 2022.\nIMPRESSION: Benign. BI-RADS 2.", "2"),
    ("IMPRESSION: Previously BI-RADS 3, now BI-RADS 2.", "2"),
], ids=["history", "comparison", "technique", "history-then-impression", "previously"])
def test_categories_outside_the_exams_assessment_are_ignored(text: str, expected: str | None) -> None:
    assert overall(text) == expected


def density(text: str, modalities: tuple[Modality, ...] = (Modality.MAMMOGRAPHY,)) -> DensityReading | None:
    sections = split_sections(text)
    found = split_sentences(text, sections, breast_headers(text, sections))
    reading = read_density(found, lexicon_for(LexiconGroup.FINDINGS).find(text), modalities)
    if reading is not None:
        assert text[reading.evidence.start:reading.evidence.end] == reading.evidence.text
    return reading


DENSITY = [
    ("The breasts are almost entirely fatty.", "a", "atlas-a"),
    ("There are scattered areas of fibroglandular density.", "b", "atlas-b"),
    ("The breasts are heterogeneously dense, which may obscure small masses.", "c", "atlas-c"),
    ("The breasts are extremely dense, which lowers the sensitivity of mammography.", "d", "atlas-d"),
    ("Breast density: ACR c.", "c", "acr-letter"),
    ("Breast composition: D", "d", "composition-letter"),
    ("Category B density.", "b", "category-letter"),
    ("ACR density 2.", "b", "acr-number"),
    ("Breast density category 3.", "c", "density-category-number"),
    ("Density: C - heterogeneously dense.", "c", "letter-and-words"),
    ("The right breast is heterogeneously dense. The left breast is extremely dense.", "d", "denser-left-wins"),
    ("The left breast is extremely dense. The right breast is heterogeneously dense.", "d", "denser-first-wins"),
    ("The left breast has scattered fibroglandular density. The right breast is heterogeneously dense.", "c",
     "denser-right-wins"),
]


@pytest.mark.parametrize(("sentence", "letter"), [r[:2] for r in DENSITY], ids=[r[2] for r in DENSITY])
def test_density(sentence: str, letter: str) -> None:
    reading = density("FINDINGS: " + sentence)
    assert reading is not None and reading.category.value == letter
    assert reading.evidence.section is SectionKind.FINDINGS


def test_density_under_its_own_title() -> None:
    reading = density("BREAST DENSITY: b\nIMPRESSION: BI-RADS 1.")
    assert reading is not None and reading.category.value == "b"


@pytest.mark.parametrize(("text", "letter"), [
    ("COMPARISON: Prior mammogram, extremely dense breasts.\nFINDINGS: The breasts are heterogeneously dense.", "c"),
    ("HISTORY: Extremely dense breasts.\nFINDINGS: Scattered fibroglandular density.", "b"),
    ("HISTORY: Extremely dense breasts.\nFINDINGS: No mass.", None),
], ids=["comparison", "history", "history-only"])
def test_density_in_history_or_comparison_is_not_this_exams(text: str, letter: str | None) -> None:
    reading = density(text)
    assert (reading.category.value if reading else None) == letter


@pytest.mark.parametrize(("text", "modalities"), [
    ("FINDINGS: Amount of fibroglandular tissue: scattered fibroglandular tissue.", (Modality.MRI,)),
    ("FINDINGS: Heterogeneous fibroglandular tissue. Mild background enhancement.", (Modality.MRI,)),
    ("FINDINGS: The breasts are extremely dense.", (Modality.MRI,)),
    ("FINDINGS: Amount of fibroglandular tissue: heterogeneous fibroglandular tissue.", (Modality.MAMMOGRAPHY,)),
    ("FINDINGS: Heterogeneous background echotexture.", (Modality.ULTRASOUND,)),
    ("FINDINGS: The breasts are heterogeneously dense.", (Modality.ULTRASOUND,)),
    ("FINDINGS: No mass.", (Modality.MAMMOGRAPHY,)),
], ids=["mri-fgt", "mri-heterogeneous-fgt", "mri-dense-words", "fgt-amount-words", "us-echotexture", "us-dense-words",
        "no-density-words"])
def test_mri_and_ultrasound_tissue_is_never_density(text: str, modalities: tuple[Modality, ...]) -> None:
    assert density(text, modalities) is None


@pytest.mark.parametrize("modalities", [(Modality.TOMOSYNTHESIS,), (Modality.MRI, Modality.MAMMOGRAPHY), ()],
                         ids=["tomosynthesis", "mri-and-mammogram", "exam-unknown"])
def test_density_read_when_a_mammogram_may_have_been_done(modalities: tuple[Modality, ...]) -> None:
    reading = density("FINDINGS: The breasts are heterogeneously dense.", modalities)
    assert reading is not None and reading.category.value == "c"
