"""The exam and the breast tissue as less usual reports state them.

- Exams headed in the body name exams done: an addendum's title ("ADDENDUM - Targeted ultrasound of the right
  breast") and a heading alone on its line (an MDT summary's "MRI breasts (20/11/2026)"); an exam listed, recommended
  or in the history is none.
- "US" in capitals is ultrasound; the pronoun ("with us") is no exam.
- An exam word as the title's label takes the side after it ("SONAR: LEFT BREAST (RECONSTRUCTED) AND LEFT AXILLA").
- A density letter may go on to the breasts it holds for ("Density c on both sides").
- A BPE name wrapped over a blank line ("Background parenchymal" / "enhancement is mild") still states its level.
- On MRI the tissue's own words outrank a mammogram's in one sentence ("predominantly fatty, with scattered
  fibroglandular tissue (category b)" is b).
"""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Modality

CEM, US, MRI, MG = (Modality.CONTRAST_ENHANCED_MAMMOGRAPHY, Modality.ULTRASOUND, Modality.MRI,
                    Modality.MAMMOGRAPHY)

HEADED = [
    ("CONTRAST-ENHANCED MAMMOGRAPHY, BILATERAL\n\nFindings: Right breast mass, 13 mm.\n\nImpression: BI-RADS 0.\n\n"
     "ADDENDUM (same day) - Targeted ultrasound of the right breast\nOval circumscribed mass, 14 mm.\n"
     "Final assessment: BI-RADS 4A.", (US, CEM)),
    ("ADDENDUM: sonography of the left breast was performed\n\nSimple cyst.", (US,)),
    ("BREAST TUMOUR BOARD - RADIOLOGY SUMMARY\n\nDiagnosis: Right breast carcinoma.\n\nMRI breasts (20/11/2026)\n"
     " Right: irregular mass, 31 mm.\n Left: no lesion.\n\nBI-RADS: Right 6. Left 1.", (MRI,)),
    # an exam in a list, a sentence, a recommendation or the history is no heading
    ("BREAST TUMOUR BOARD - RADIOLOGY SUMMARY\n\nDiagnosis: Right breast carcinoma.\n\nImaging reviewed:\n"
     " - Mammogram and ultrasound 06/11/2026 (reported separately): right mass.\n\nMRI breasts (20/11/2026)\n"
     " Right: irregular mass, 31 mm.\n\nBI-RADS: Right 6.", (MRI,)),
    ("BILATERAL MAMMOGRAM\n\nFindings: A right mass.\n\nImpression: BI-RADS 0.\n\nTargeted ultrasound recommended\n"
     "for the right breast.", (MG,)),
    ("BILATERAL MAMMOGRAM\n\nHistory:\n\nMRI 2024\nbenign.\n\nFindings: No mass.\n\nImpression: BI-RADS 1.", (MG,)),
    *((f"BILATERAL MAMMOGRAM\n\nFindings: No mass.\n\n{line}\nDue to a pacemaker.\n\nImpression: BI-RADS 1.", (MG,))
      for line in ("MRI not possible", "Prior MRI 2024", "MRI correlation", "Comparison MRI")),
]


@pytest.mark.parametrize(("text", "modalities"), HEADED, ids=[str(i) for i in range(len(HEADED))])
def test_an_exam_headed_in_the_body_is_an_exam_done(text: str, modalities: tuple[Modality, ...]) -> None:
    assert analyze(text, "headed").exam.modalities == modalities


def test_the_pronoun_us_is_no_ultrasound() -> None:
    text = ("Hi Anele,\n\nI've looked at her contrast-enhanced mammogram (CEM) from this afternoon.\n\n"
            "Irregular mass at 9 o'clock, 35 mm. BI-RADS 5.\n\nI've booked her for a biopsy tomorrow with us. Most of "
            "us would.\n")
    assert analyze(text, "us").exam.modalities == (CEM,)


@pytest.mark.parametrize("said", ["Density c on both sides.", "ACR c bilaterally.", "Breast density C on the right."])
def test_a_density_letter_goes_on_to_its_breasts(said: str) -> None:
    text = f"BILATERAL DIAGNOSTIC MAMMOGRAM\n\nFindings: {said} No mass.\n\nImpression: BI-RADS 1."
    density = analyze(text, "density").density
    assert density is not None and density.category.value == "c"


def test_a_bpe_name_wrapped_over_a_blank_line_states_its_level() -> None:
    text = ("MRI BREAST BILATERAL\n\n\nFINDINGS: There are scattered areas of\n\nfibroglandular tissue. Background "
            "parenchymal\n\nenhancement is mild and symmetric, decreased since\n\nthe baseline study.\n\n"
            "IMPRESSION: BI-RADS 2.")
    bpe = analyze(text, "bpe").background_enhancement
    assert bpe is not None and (bpe.level.value, bpe.symmetry and bpe.symmetry.value) == ("mild", "symmetric")


@pytest.mark.parametrize("said", [
    "Breast parenchyma: predominantly fatty, with scattered fibroglandular tissue (category b).",
    "Predominantly fatty breasts with scattered fibroglandular tissue.",
])
def test_on_mri_the_tissue_s_own_words_outrank_a_mammogram_s(said: str) -> None:
    text = f"MRI OF THE BREASTS\n\nFindings:\n{said}\nNo suspicious enhancement.\n\nImpression: BI-RADS 1."
    fgt = analyze(text, "fgt").fibroglandular_tissue
    assert fgt is not None and fgt.category.value == "b"


@pytest.mark.parametrize(("title", "side"), [
    ("SONAR: LEFT BREAST (RECONSTRUCTED) AND LEFT AXILLA", "left"),
    ("Ultrasound: right breast", "right"),
    ("MAMMOGRAM: BILATERAL", "both"),
    # a side before the exam word with a label's colon between names no exam ("Right breast: mammogram normal")
    ("History: Right breast: mammogram and sonar normal 09/2026.", None),
])
def test_an_exam_word_as_the_title_s_label_takes_the_side_after_it(title: str, side: str | None) -> None:
    exam = analyze(f"{title}\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", "side").exam
    assert (exam.breast.value if exam.breast else None) == side


def test_an_exam_word_labelling_a_sentence_names_no_exam_side() -> None:
    text = ("Teaching file: nodes\n\nMammogram: Right axillary lymph nodes are enlarged and dense; the largest measures"
            " 25 mm.\n\nAssessment: BI-RADS 4.")
    assert analyze(text, "side").exam.breast is None
