"""An ultrasound lesion said to lie where a mammographic one is ("..., right where the asymmetry is") is that lesion's
correlate: one lesion. "right where" names no side. A lesion where a scar or a clip is stays a lesion of its own."""

from __future__ import annotations

import pytest

from readingscan import analyze

MAMMO = "Mammography: a focal asymmetry in the left breast upper inner quadrant.\n"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(f["kind"], f["breast"]) for f in analyze(text, "t").to_dict()["findings"]]


@pytest.mark.parametrize("us", [
    "Ultrasound at 11 o'clock shows an irregular hypoechoic mass, 6 mm, right where the asymmetry is.",
    "Sonography finds a vague shadowing hypoechoic area, just where the asymmetry lies on the mammogram.",
    "Targeted US shows an irregular hypoechoic mass, where the asymmetry was seen.",
])
def test_where_the_lesion_is_names_its_correlate(us: str) -> None:
    assert _kinds(MAMMO + us) == [("asymmetry", "left")]


@pytest.mark.parametrize("us", [
    "Ultrasound at 11 o'clock shows an irregular hypoechoic mass, 6 mm, right where the scar is.",
    "Ultrasound at 11 o'clock shows an irregular hypoechoic mass, 6 mm, at the site of the scar.",
])
def test_a_mass_where_a_scar_is_is_its_own(us: str) -> None:
    found = _kinds(MAMMO + us)
    assert ("mass", "left") in found and ("asymmetry", "left") in found
    assert all(side == "left" for _, side in found)
