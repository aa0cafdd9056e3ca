"""An absence of the lesion's own centre ("no central mass" in a distortion) goes with the lesion just described,
even beside another absence; two plain absences after it ("no mass and no calcifications") stay a survey of the
breasts when the text names no exam side."""

from __future__ import annotations

import pytest

from readingscan import analyze

LESION = "On the left, in the lower inner quadrant, a 12 mm architectural distortion with thin spicules was found. "
CASES = [
    (LESION + "There was no central mass, and no calcifications were present.", "left"),
    (LESION + "No central mass and no calcifications were seen.", "left"),
    # Near miss: no word of its centre, two kinds each denied on their own: about the breasts, no side.
    (LESION + "We saw no mass and no microcalcifications.", None),
]


@pytest.mark.parametrize(("text", "side"), CASES)
def test_an_absent_centre_is_the_lesions(text: str, side: str | None) -> None:
    absent = {f["breast"] for f in analyze(text).to_dict()["findings"] if f["status"] == "absent"}
    assert absent == {side}
