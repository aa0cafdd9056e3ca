"""MRI amount of fibroglandular tissue, background parenchymal enhancement and the exam's modalities, as
ultrasound, MRI and contrast-enhanced mammography reports write them (BI-RADS 5th ed. and v2025)."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Modality

MRI = "EXAM: Bilateral breast MRI with and without contrast.\nFINDINGS:\n"
CEM = "EXAM: Bilateral contrast-enhanced mammography.\nFINDINGS:\n"
US = "EXAM: Bilateral breast ultrasound.\nFINDINGS:\n"
MG = "EXAM: Bilateral screening mammogram.\nFINDINGS:\n"

FGT_ROWS = [
    ("Amount of fibroglandular tissue: almost entirely fat.", "a"),
    ("The fibroglandular tissue is almost entirely fatty (ACR a).", "a"),
    ("FGT: a.", "a"),
    ("Amount of fibroglandular tissue: Scattered fibroglandular tissue.", "b"),
    ("FGT: scattered.", "b"),
    ("Fibroglandular tissue: scattered (b).", "b"),
    ("Parenchymal pattern: ACR B (scattered fibroglandular tissue).", "b"),
    ("Both breasts show scattered fibroglandular tissue with moderate background parenchymal enhancement.", "b"),
    ("Heterogeneous fibroglandular tissue. Mild symmetric BPE.", "c"),
    ("Fibroglandular tissue: heterogenous (c).", "c"),
    ("Breast composition: heterogeneous fibroglandular tissue.", "c"),
    ("Background: heterogeneous fibroglandular tissue (c); mild symmetrical BPE.", "c"),
    ("Amount of FGT: heterogeneous.", "c"),
    ("Amount of fibroglandular tissue: extreme fibroglandular tissue (d).", "d"),
    ("Amount of FGT: extreme.", "d"),
    ("Fibroglandular tissue: d.", "d"),
    ("Extreme fibroglandular tisue.", "d"),  # misspelt
    # A letter followed by the words it stands for: bracketed, after a dash, or bare.
    ("Fibroglandular tissue: b (scattered).", "b"),
    ("Amount of FGT: c - heterogeneous.", "c"),
    ("FGT: d (extreme).", "d"),
    ("FGT: b scattered.", "b"),
    ("Amount of fibroglandular tissue is c.", "c"),
    ("Fibroglandualr tissue: c – heterogenous.", "c"),  # misspelt
    # "component" for tissue, as translated reports write it
    ("Fibroglandular component: heterogeneous (c).", "c"),
    ("Fibroglandular component: b.", "b"),
]


@pytest.mark.parametrize(("sentence", "category"), FGT_ROWS, ids=[s for s, _ in FGT_ROWS])
def test_mri_fibroglandular_tissue_and_never_density(sentence: str, category: str) -> None:
    report = analyze(MRI + sentence)
    assert report.fibroglandular_tissue is not None and report.fibroglandular_tissue.category.value == category
    assert report.density is None


def test_a_letter_is_not_read_from_an_article() -> None:
    assert analyze(MRI + "FGT: a heterogeneous amount, patchy.").fibroglandular_tissue is None


@pytest.mark.parametrize("exam", [CEM, US, MG], ids=["cem", "us", "mammogram"])
def test_fibroglandular_tissue_is_an_mri_field(exam: str) -> None:
    assert analyze(exam + "Heterogeneous fibroglandular tissue.").fibroglandular_tissue is None


def test_contrast_mammography_low_energy_images_state_density() -> None:
    report = analyze(CEM + "Low-energy images: Breast density BI-RADS C.\nRecombined: Mild symmetrical BPE.")
    assert report.density is not None and report.density.category.value == "c"
    assert report.background_enhancement is not None and report.background_enhancement.level.value == "mild"


def test_history_density_is_not_todays() -> None:
    report = analyze("EXAM: Right breast ultrasound.\nCOMPARISON: Mammogram 2024 (heterogeneously dense).\n"
                     "FINDINGS:\nA simple cyst.")
    assert report.density is None and report.fibroglandular_tissue is None


BPE_ROWS = [
    (MRI, "Background parenchymal enhancement: Minimal. Symmetric.", "minimal", "symmetric"),
    (MRI, "BPE: minimal and symmetric (decreased from mild on the prior study).", "minimal", "symmetric"),
    (MRI, "Minimal background enhancement, symmetric.", "minimal", "symmetric"),
    (MRI, "BPE: mild, symmetric.", "mild", "symmetric"),
    (MRI, "Mild symmetrical background parenchymal enhancement.", "mild", "symmetric"),
    (MRI, "Background parenchymal enhancement is mild.", "mild", None),
    (MRI, "Background parenchymal enhancment: mild, symetric.", "mild", "symmetric"),  # misspelt
    (MRI, "BPE: moderate, asymmetric (right slightly greater than left), similar to prior.", "moderate", "asymmetric"),
    (MRI, "Moderate BPE, symmetric.", "moderate", "symmetric"),
    (MRI, "BPE: marked, symmetric; increased compared with prior.", "marked", "symmetric"),
    (MRI, "Marked background parenchymal enhancment, symmetrical in both breasts.", "marked", "symmetric"),
    (MRI, "BPE: minimal, asymmetric - lower in the irradiated left breast.", "minimal", "asymmetric"),
    (CEM, "Recombined images: Background parenchymal enhancement is minimal and symmetric.", "minimal", "symmetric"),
    (CEM, "RC: Moderate BPE, symmetric.", "moderate", "symmetric"),
    (CEM, "Recombined: Mild symmetrical background enhancement.", "mild", "symmetric"),
    # a heading or a label alone, its fields on the lines below (v2025 templates)
    (CEM, "BACKGROUND PARENCHYMAL ENHANCEMENT\nLevel: mild. Symmetry: symmetric.", "mild", "symmetric"),
    (MRI, "Background parenchymal enhancement:\n  Level: minimal\n  Symmetry: asymmetric (left > right)", "minimal",
     "asymmetric"),
]


@pytest.mark.parametrize(("exam", "sentence", "level", "symmetry"), BPE_ROWS, ids=[r[1] for r in BPE_ROWS])
def test_background_parenchymal_enhancement(exam: str, sentence: str, level: str, symmetry: str | None) -> None:
    bpe = analyze(exam + sentence).background_enhancement
    assert bpe is not None and bpe.level.value == level
    assert (bpe.symmetry.value if bpe.symmetry else None) == symmetry


@pytest.mark.parametrize("sentence", [
    "A 3 mm focus at 9:00, compatible with background enhancement.",
    "Possible focal non-mass enhancement, which may represent asymmetric background enhancement.",
    "Mild architectural distortion at the scar.",
])
def test_background_enhancement_needs_its_level(sentence: str) -> None:
    assert analyze(MRI + sentence).background_enhancement is None


MG_, TOMO, US_, MRI_, CEM_ = (Modality.MAMMOGRAPHY, Modality.TOMOSYNTHESIS, Modality.ULTRASOUND, Modality.MRI,
                               Modality.CONTRAST_ENHANCED_MAMMOGRAPHY)
MODALITY_ROWS = [
    ("EXAM: BILATERAL SCREENING CONTRAST-ENHANCED MAMMOGRAPHY (CEM)\nTECHNIQUE: Dual-energy CC and MLO views.\n"
     "FINDINGS: Low-energy images: no suspicious mass.", [CEM_]),
    ("CESM, BOTH BREASTS - DIAGNOSTIC WORK-UP\nTechnique: Low-energy (LE) and recombined (RC) images.\n"
     "FINDINGS: Normal.", [CEM_]),
    ("CONTRAST MAMMOGRAPHY AND TARGETED RIGHT BREAST ULTRASOUND\nFINDINGS: Simple cyst.", [US_, CEM_]),
    ("EXAMINATION: DIAGNOSTIC CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL, WITH LEFT DIGITAL BREAST TOMOSYNTHESIS\n"
     "FINDINGS: Distortion.", [TOMO, CEM_]),
    ("CEM - RESPONSE ASSESSMENT AFTER NEOADJUVANT SYSTEMIC THERAPY\nFINDINGS: Residual mass.", [CEM_]),
    ("Contrast enhanced spectral mammography, bilateral\nFINDINGS: Normal.", [CEM_]),
    ("MR mammography, both sides, with contrast medium\nFINDINGS: Normal.", [MRI_]),
    ("MR-Mammography of both breasts\nFINDINGS: Normal.", [MRI_]),
    ("Bilateral Breast MRI - High Risk Screening\nFINDINGS: A 5 mm focus.\n"
     "RECOMMENDATION: Second-look ultrasound is recommended.", [MRI_]),
    ("LEFT BREAST ULTRASOUND - SECOND LOOK\nClinical: Screening MRI showed an enhancing mass.\n"
     "FINDINGS: Oval hypoechoic mass.", [US_]),
    ("USG BOTH BREASTS\nObservations: Simple cysts.", [US_]),
    ("AUTOMATED BREAST ULTRASOUND (ABUS) - BILATERAL SCREENING\nFINDINGS: Normal.", [US_]),
    # a title in the report's own language beside or instead of the English one
    ("ECOGRAFÍA MAMARIA BILATERAL\nHallazgos: Quiste simple.", [US_]),
    ("Échographie mammaire bilatérale\nRésultats: kyste simple.", [US_]),
    ("MRT der Mamma beidseits\nBefund: Kein Herdbefund.", [MRI_]),
    ("RESONANCIA MAGNÉTICA DE MAMAS\nHallazgos: Normal.", [MRI_]),
    ("ANGIOMAMMOGRAPHIE BILATÉRALE\nRésultats: Normal.", [CEM_]),
    ("IRM MAMMAIRE BILATÉRALE\nIndication: Distortion on tomosynthesis.\nResults: Distortion seen on tomosynthesis.",
     [MRI_]),
    ("RM MAMMARIA BILATERALE CON MEZZO DI CONTRASTO\nQuesito clinico: Palpable nodule. Mammography and\n"
     "ultrasound at another centre inconclusive.\nReperto: Oval mass.", [MRI_]),
    ("RISONANZA MAGNETICA DELLE MAMMELLE\nReperto: Oval mass.", [MRI_]),
    ("BILATERAL SCREENING MAMMOGRAM\nFINDINGS: Normal.\nRECOMMENDATION: Breast MRI and contrast-enhanced "
     "mammography are not needed.", [MG_]),
]


@pytest.mark.parametrize(("text", "modalities"), MODALITY_ROWS, ids=[t.split("\n")[0][:50] for t, _ in MODALITY_ROWS])
def test_modalities_from_the_exams_own_title_and_technique(text: str, modalities: list[Modality]) -> None:
    assert list(analyze(text).exam.modalities) == modalities


@pytest.mark.parametrize("sentence", [
    "Amount of fibroglandular tissue: b (scattered fibroglandular tissue).",
    "Fibroglandular tissue: scattered (ACR b).",
], ids=["amount-b-scattered", "scattered-acr-b"])
def test_an_mri_and_mammogram_report_reads_the_mri_tissue_as_fgt_only(sentence: str) -> None:
    """With both exams, the MRI's tissue words are its FGT; the density is the mammogram's own sentence."""
    report = analyze("EXAM: Bilateral mammogram and breast MRI.\nFINDINGS:\nMammogram: the breasts are almost "
                     "entirely fatty.\nMRI: " + sentence)
    assert report.density is not None and report.density.category.value == "a"
    assert report.fibroglandular_tissue is not None and report.fibroglandular_tissue.category.value == "b"
