"""Round 17 leftovers, our own wordings: a lesion said to correspond to a diagnosis no earlier lesion has; words of an
earlier exam in a bracketed aside; a lesion said again to be gone; an absence among a labelled lesion's fields; an
elastography value after a decimal ratio; a group's largest member sized with a decimal; absences in a summary that
said others were absent in either breast."""

from __future__ import annotations

from typing import Any

import pytest

from readingscan import analyze


def _findings(text: str) -> list[dict[str, Any]]:
    return list(analyze(text).to_dict()["findings"])


def _of(text: str, kind: str) -> list[dict[str, Any]]:
    return [f for f in _findings(text) if f["kind"] == kind]


# -- a correlate of a kind no lesion described before has is a lesion of its own

CORRELATE = """BREAST MRI, BILATERAL

Findings:
Left: A clumped non-mass enhancement in the lower outer quadrant, 30 mm.
Right: {right}
"""


def test_a_mass_corresponding_to_a_diagnosis_after_another_kind_is_kept_with_its_words() -> None:
    right = "Round, circumscribed mass at 11 o'clock, 8 mm, with persistent kinetics, corresponding to a lymph node."
    masses = [f for f in _findings(CORRELATE.format(right=right)) if f["kind"] in ("mass", "lymph_node")]
    assert len(masses) == 1
    assert masses[0]["breast"] == "right"
    assert masses[0]["descriptors"].get("shape") == "round"
    assert masses[0]["descriptors"].get("margin") == "circumscribed"


def test_control_a_correlate_of_the_kind_described_before_is_that_lesion() -> None:
    text = ("MAMMOGRAPHY AND ULTRASOUND, LEFT\n\nFindings:\nMammography: an irregular mass at 3 o'clock, 12 mm.\n"
            "Ultrasound: an irregular hypoechoic mass at 3 o'clock, 11 mm, corresponding to the mammographic mass.\n")
    assert len(_of(text, "mass")) == 1


# -- a bracketed aside of an earlier exam describes the lesion as it was, not now

def test_words_and_size_of_an_earlier_aside_are_not_the_lesions_now() -> None:
    text = ("MRI BREASTS AFTER CHEMOTHERAPY\n\nFindings:\nRIGHT: The known mass at 7 o'clock (pre-treatment 41 mm, "
            "round, spiculated) has decreased. A residual round enhancing mass of 6 mm remains.\n")
    mass = _of(text, "mass")[0]
    assert "margin" not in mass["descriptors"]
    assert mass["descriptors"].get("shape") == "round"
    assert mass["size_mm"] == 6


def test_control_an_aside_of_todays_words_describes_the_lesion() -> None:
    text = "MRI BREASTS\n\nFindings:\nRIGHT: A mass at 7 o'clock (round, spiculated, 12 mm) is seen.\n"
    mass = _of(text, "mass")[0]
    assert mass["descriptors"].get("margin") == "spiculated"
    assert mass["size_mm"] == 12


# -- a lesion said again to be gone is the one gone, not another in both breasts

GONE = """MRI BREASTS, BILATERAL

Findings:
RIGHT: The regional non-mass enhancement seen at baseline has resolved.
LEFT: No mass.

Impression:
{summary}
"""


def test_a_lesion_said_again_to_be_gone_is_the_one_gone() -> None:
    found = _of(GONE.format(summary="Resolution of the non-mass enhancement."), "non_mass")
    assert [(f["breast"], f["status"]) for f in found] == [("right", "absent")]


def test_control_an_absence_of_another_kind_in_the_summary_stays_its_own() -> None:
    found = _of(GONE.format(summary="Resolution of the non-mass enhancement. No calcifications."), "calcification")
    assert [(f["breast"], f["status"]) for f in found] == [("both", "absent")]


# -- an absence among a labelled lesion's fields is of that lesion's breast

BLOCK = """BREAST ULTRASOUND (BILATERAL)

LESION B
  Side       : {side}, 4 o'clock
  Type       : Mass
  Shape      : Round
  Calcifications : None

{after}
"""


@pytest.mark.parametrize("side", ["Right", "Left"])
def test_an_absence_among_a_labelled_lesions_fields_is_of_its_breast(side: str) -> None:
    found = _of(BLOCK.format(side=side, after="Axillae: normal."), "calcification")
    assert [(f["breast"], f["status"]) for f in found] == [(side.lower(), "absent")]


def test_control_an_absence_after_the_block_is_of_the_exams_breasts() -> None:
    text = BLOCK.format(side="Right", after="No calcifications.").replace("  Calcifications : None\n", "")
    found = _of(text, "calcification")
    assert [(f["breast"], f["status"]) for f in found] == [("both", "absent")]


def test_control_a_sentence_under_a_lesions_label_line_is_of_the_exams_breasts() -> None:
    text = ("BREAST MRI, BILATERAL\n\nFindings:\nLesion 2 - Right breast, 8 o'clock. Focus, 4 mm.\n"
            "No non-mass enhancement. No enlarged axillary nodes.\n")
    assert [f["breast"] for f in _of(text, "non_mass")] == ["both"]


# -- an elastography value after a decimal ratio or speed

@pytest.mark.parametrize(("said", "want"), [
    ("Elastography: strain ratio 5.2, hard.", "hard"),
    ("Shear-wave speed 2.4 m/s, soft.", "soft"),
])
def test_an_elastography_value_after_a_decimal_is_read(said: str, want: str) -> None:
    text = f"Findings:\nAn irregular hypoechoic mass at 2 o'clock, 9 mm. {said}\n"
    assert _of(text, "mass")[0]["descriptors"].get("elasticity") == want


def test_control_a_sentence_break_still_ends_the_elastography_reach() -> None:
    text = "Findings:\nAn oval mass at 2 o'clock, 9 mm. Strain ratio 1.3. Hard copy films were reviewed.\n"
    assert "elasticity" not in _of(text, "mass")[0]["descriptors"]


# -- a group's largest member sized with a decimal: the group stays in both breasts

def test_a_groups_largest_member_with_a_decimal_size_leaves_the_group_in_both() -> None:
    text = "IMPRESSION:\nBilateral multiple smooth round anechoic cysts, the largest 3.4 cm in the left breast.\n"
    assert [f["breast"] for f in _of(text, "mass")] == ["both"]


def test_control_a_single_mass_with_a_decimal_size_keeps_its_side() -> None:
    text = "IMPRESSION:\nA smooth round anechoic cyst, 3.4 cm, in the left 2 o'clock, benign.\n"
    assert [f["breast"] for f in _of(text, "mass")] == ["left"]


# -- a summary that said absences in either breast: its other unsided absences are of both

def test_an_absence_after_one_said_in_either_breast_is_of_both() -> None:
    text = "IMPRESSION:\nNo suspicious calcifications or distortion in either breast.\nNo enlarged axillary nodes.\n"
    assert [f["breast"] for f in _of(text, "lymph_node")] == ["both"]


def test_control_an_absence_with_no_breast_named_anywhere_stays_unsided() -> None:
    text = "IMPRESSION:\nNo suspicious calcifications or distortion.\nNo enlarged axillary nodes.\n"
    assert [f["breast"] for f in _of(text, "lymph_node")] == [None]
