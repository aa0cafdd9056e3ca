"""Category forms blind round 17 showed the engine misread (held_out_31, held_out_32, modalities_23), each as a
mechanism: the scale's modality edition after its name ("BI-RADS-US"); a foreign side word glossed in brackets; a
misspelt "breast" after a side; a numbered site's side letter; a follow-up counted from the first assessment; a
category wrapped onto a line of its own after a comma; a lesion taken up by its label; dotted leaders; a table of
shares; a reader's supposed choice; someone else's category; what a value means; a side wrapped after "for the".
Our own wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _categories(text: str) -> tuple[str | None, dict[str, str]]:
    assessment = analyze(text).to_dict()["assessment"]
    return assessment["overall"], assessment["by_breast"]


@pytest.mark.parametrize(("text", "want"), [
    ("Summary:\nCyst right, irregular nodule left.\nBI-RADS-US: right 2, left 4B.", ("4B", {"left": "4B", "right": "2"})),
    ("Summary:\nEnhancing mass on the right.\nBI-RADS MRI: R 4A / L 1.", ("4A", {"left": "1", "right": "4A"})),
    ("Impression:\nSmall oval nodule in the left breast, BI-RADS-US 3.", ("3", {"left": "3"})),
    # control: the scale with no edition written reads as before
    ("Summary:\nCyst right, nodule left.\nBI-RADS: right 2, left 4B.", ("4B", {"left": "4B", "right": "2"})),
])
def test_modality_edition_after_the_scale(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("CONCLUSION:\nNodule left, cyst right.\nBI-RADS droite (right) 2 / gauche (left) 4A.", ("4A", {"left": "4A", "right": "2"})),
    ("CONCLUSION:\nNodule left, cyst right.\nBI-RADS rechts (right) 3 / links (left) 5.", ("5", {"left": "5", "right": "3"})),
    # control: a bracketed side after a word and a size is no category
    ("CONCLUSION:\nNodule (left) 2 cm, BI-RADS 4A.", ("4A", {"left": "4A"})),
])
def test_foreign_side_glossed_in_brackets(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("IMPRESSION: Spiculated mass on the left.\nBI-RADS 5 left breast / BI-RADS 1 right brest.", ("5", {"left": "5", "right": "1"})),
    # control: spelt right
    ("IMPRESSION: Spiculated mass on the left.\nBI-RADS 5 left breast / BI-RADS 1 right breast.", ("5", {"left": "5", "right": "1"})),
])
def test_misspelt_breast_after_a_side(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("IMPRESSION:\nSite A (R 2:00, 3 cmFN): 9 mm irregular mass. BI-RADS 4B.\nSite B (L 8:00): 3 mm cyst. BI-RADS 2.",
     ("4B", {"left": "2", "right": "4B"})),
    # control: a line with no label and no side stays unsided
    ("IMPRESSION:\nAt 2:00, 3 cmFN: 9 mm irregular mass. BI-RADS 4B.", ("4B", {})),
])
def test_numbered_site_side_letter(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("IMPRESSION:\n1. Left breast 4:00 oval mass, unchanged over 3 years since the original BI-RADS 3 call, benign.\n"
     "BI-RADS 2 bilaterally.", ("2", {"left": "2", "right": "2"})),
    # control: a category after "since" with no earlier exam named is today's
    ("IMPRESSION:\nLeft breast mass enlarging since March, BI-RADS 4B.", ("4B", {"left": "4B"})),
])
def test_follow_up_counted_from_the_first_assessment(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("IMPRESSION:\nSuspicious mass in the right breast. BI-RADS 4B for the right breast, biopsy advised. The left\n"
     "breast shows a small cyst only,\nBI-RADS 2.", ("4B", {"left": "2", "right": "4B"})),
    # control: a category after a full stop on its own line after two sides stays the exam's
    ("IMPRESSION:\nRight breast: cyst. Left breast: cyst.\nBI-RADS 2.", ("2", {})),
])
def test_category_wrapped_after_a_comma(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("FINDINGS\nLesion A: Left breast, 2 o'clock. Irregular mass, 9 mm.\nLesion B: Right breast, 9 o'clock. Oval mass.\n\n"
     "IMPRESSION\nLesion A is suspicious, BI-RADS 4B.\nLesion B is a fibroadenoma, BI-RADS 2.",
     ("4B", {"left": "4B", "right": "2"})),
    # control: a label never defined with a side stays unsided
    ("IMPRESSION\nLesion C is suspicious, BI-RADS 4B.", ("4B", {})),
])
def test_lesion_taken_up_by_its_label(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Assessment:\nLeft breast ....................... BI-RADS 5: Highly suggestive of malignancy\n"
     "Right breast ...................... BI-RADS 1: Negative", ("5", {"left": "5", "right": "1"})),
    # control: a colon label still labels
    ("Assessment:\nLeft breast: BI-RADS 5: Highly suggestive of malignancy\nRight breast: BI-RADS 1: Negative",
     ("5", {"left": "5", "right": "1"})),
])
def test_dotted_leader_labels(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Audit 2025\n  Result of recall (n = 1,204)        %\n  BI-RADS 2 (routine)               80.1\n"
     "  BI-RADS 4 (biopsy)                 15.3\n\nCase: the right breast was assessed as BI-RADS 3.", ("3", {"right": "3"})),
    # control: a table of lesions with a size column is no table of shares
    ("Lesion table\n  Lesion   Side   BI-RADS    Size mm\n  Mass     Right  BI-RADS 4A   12", ("4A", {"right": "4A"})),
])
def test_table_of_shares(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Answer: BI-RADS 3 for the left breast. If you picked BI-RADS 4A, look again at the margins.", ("3", {"left": "3"})),
    ("Patient post: my results say BI-RADS 3 on the left. My sister had a BI-RADS 5 and needed surgery.", ("3", {"left": "3"})),
    ("Reply: BI-RADS 4 means the doctor wants a biopsy. Yours is BI-RADS 3, left breast.", ("3", {"left": "3"})),
    # control: the patient's own category after "if" as a plan stays today's
    ("Answer: BI-RADS 4A for the left breast; biopsy is advised.", ("4A", {"left": "4A"})),
])
def test_who_said_what(text: str, want: tuple) -> None:
    assert _categories(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Fig. 3  Ultrasound of the left breast: irregular mass. Final assessment BI-RADS 4C for the left breast and "
     "BI-RADS 1 for the\nright breast. Biopsy: carcinoma.", ("4C", {"left": "4C", "right": "1"})),
    # control: a side alone on the next line still closes it
    ("Impression: BI-RADS 5 left, BI-RADS 1\n   right.", ("5", {"left": "5", "right": "1"})),
])
def test_side_wrapped_after_for_the(text: str, want: tuple) -> None:
    assert _categories(text) == want
