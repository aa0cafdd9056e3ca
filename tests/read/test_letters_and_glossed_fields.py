"""Ultrasound, MRI and contrast-mammography reports as patients get them: a field label glossed in brackets
("Breast composition (amount of fibroglandular tissue): c") and a letter whose prose wraps across lines (a
modality in a wrapped recommendation is not the exam's)."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Modality

MRI = "EXAM: Bilateral breast MRI with and without contrast.\nFINDINGS:\n"

# A label with a bracketed gloss before its colon: the gloss is the label's, the letter after the colon the value.
GLOSSED_FGT = [
    ("Breast composition (amount of fibroglandular tissue): c.", "c"),
    ("Tissue composition (amount of FGT): b.", "b"),
    ("Fibroglandular tissue (FGT): d.", "d"),
    ("Amount of fibroglandular tissue (ACR): a.", "a"),
    ("Amount of FGT (BI-RADS v2025): b - scattered.", "b"),
]


@pytest.mark.parametrize(("sentence", "category"), GLOSSED_FGT, ids=[s for s, _ in GLOSSED_FGT])
def test_a_glossed_fgt_label_states_the_letter_after_it(sentence: str, category: str) -> None:
    report = analyze(MRI + sentence)
    assert report.fibroglandular_tissue is not None and report.fibroglandular_tissue.category.value == category
    assert report.density is None


def test_a_bracketed_gloss_is_no_value() -> None:
    """The bracket is the label's gloss only before a colon: "FGT (c)" alone still reads its letter, and a gloss
    with no letter after it says no category."""
    assert analyze(MRI + "Amount of fibroglandular tissue (ACR): not assessed.").fibroglandular_tissue is None


LETTER = (
    "Breast Imaging Centre\n\nDear Dr Smith,\n\n"
    "Re: Ms A, Breast MRI, 6-month follow-up\n\n"
    "Thank you for referring her for her follow-up MRI. The focal non-mass enhancement in the left breast is\n"
    "unchanged. BI-RADS 2. I suggest she returns to her routine annual\n"
    "{wrapped} in a year.\n\nKind regards,\nDr B\n"
)


@pytest.mark.parametrize("wrapped", ["Mammography and MRI", "Ultrasound", "Tomosynthesis"])
def test_a_modality_on_a_line_wrapped_from_prose_is_not_the_exam(wrapped: str) -> None:
    assert list(analyze(LETTER.format(wrapped=wrapped)).exam.modalities) == [Modality.MRI]


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        # title lines: the line above is a letterhead or a label, not a sentence going on
        ("Waitemata Breast Imaging - Röntgen Department\nBilateral breast ultrasound\nFINDINGS:\nNo mass.",
         [Modality.ULTRASOUND]),
        ("Dr Sarah Whitaker, Milford Medical Centre,\nMammogram and ultrasound of the left breast\nFINDINGS:\nNo mass.",
         [Modality.MAMMOGRAPHY, Modality.ULTRASOUND]),
        # a full sentence above: the next line starts anew
        ("A 47-year-old woman with a red, swollen left breast for 3 weeks.\nLeft diagnostic mammogram: skin "
         "thickening.\nBI-RADS 5.", [Modality.MAMMOGRAPHY]),
    ],
)
def test_a_line_after_a_title_or_a_full_sentence_still_names_the_exam(text: str, modalities: list[Modality]) -> None:
    assert list(analyze(text).exam.modalities) == modalities



@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Right implant: small foci of water signal within the silicone (water droplets).", set()),
    ("Left breast: a focus of low T1 signal void at 3 o'clock.", set()),
    ("Left 3:00: a focus of silicone signal outside the capsule.", set()),
    # a focus of enhancement, or of a size, is the MRI focus
    ("Right breast: focus of 4 mm at 10 o'clock with a persistent curve.", {"focus"}),
    ("Left breast: a 4 mm focus of punctate enhancement at 2 o'clock.", {"focus"}),
    ("Left breast: a 3 mm focus at 2 o'clock, T2 bright.", {"focus"}),
])
def test_a_focus_of_signal_is_no_mri_focus(sentence: str, kinds: set[str]) -> None:
    assert {f.kind.value for f in analyze(MRI + sentence).findings} == kinds
