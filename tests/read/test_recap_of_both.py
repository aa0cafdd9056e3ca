"""Lesions of one kind described in the right and in the left breast each, then summed up as in both breasts ("the
impression was bilateral fibroadenomas"): the summary names those lesions, it is no lesion of its own in both."""

from __future__ import annotations

import pytest

from readingscan import analyze

EACH = ("Ultrasound showed a 15 mm oval circumscribed solid mass at 2 o'clock in the right breast. "
        "The left breast showed a 9 mm oval solid mass at 8 o'clock. ")
RECAPS = [
    EACH + "Our overall impression was bilateral fibroadenomas, BI-RADS 3.",
    EACH + "The conclusion: benign-looking masses in both breasts.",
    EACH + "In summary, probable fibroadenomas in both breasts were followed.",
]
# Near misses: a lesion of another name seen afresh in both breasts, a calcification form none had, or no lesion of
# the kind on one side before: each a lesion of its own in both breasts.
OWN = [
    EACH + "Scattered small simple cysts were seen in both breasts.",
    "Fine vascular calcifications lie in the right breast. The left breast has vascular calcifications too. "
    "There are dermal calcifications with lucent centres in both breasts.",
    "A 9 mm oval mass at 2 o'clock in the right breast. Our overall impression was masses in both breasts.",
]


def _sides(text: str, kind: str) -> list[str]:
    return sorted(f["breast"] for f in analyze(text).to_dict()["findings"] if f["kind"] == kind and f["status"] != "absent")


@pytest.mark.parametrize("text", RECAPS)
def test_a_recap_in_both_breasts_names_the_lesions_described(text: str) -> None:
    assert _sides(text, "mass") == ["left", "right"]


@pytest.mark.parametrize(("text", "kind"), [(OWN[0], "mass"), (OWN[1], "calcification"), (OWN[2], "mass")])
def test_a_lesion_of_its_own_in_both_breasts_stays(text: str, kind: str) -> None:
    assert "both" in _sides(text, kind)


def test_additional_lesions_in_both_breasts_are_more_lesions() -> None:
    # "additional" says these are not the lesions described, though their kind and both sides are
    text = EACH + "Several additional tiny masses are seen bilaterally."
    assert "both" in _sides(text, "mass")
