"""A teaching text's commentary (critique, learning or teaching points, take-home message, keywords) describes no
imaging of the patient: its words give no finding, but a category stated in it or after it is still the case's."""

from __future__ import annotations

import pytest

from readingscan import analyze

CASE = "Case 4. Left CC and MLO: a 9 mm spiculated mass at 2 o'clock.\n\n"
COMMENTARY = [
    "Critique: Ultrasound should not replace biopsy of suspicious calcifications. The lesion was assessed as BI-RADS 5.",
    "Learning points: there is no associated skin thickening here.\n\nBI-RADS 5.",
    "Take-home message: enlarged axillary lymph nodes can hide behind the pectoralis.\nBI-RADS 5.",
    "Keywords: spiculated mass; skin thickening; fine linear calcifications\nBI-RADS 5.",
]


@pytest.mark.parametrize("commentary", COMMENTARY)
def test_commentary_gives_no_finding_but_keeps_the_category(commentary: str) -> None:
    result = analyze(CASE + commentary).to_dict()
    assert [(f["kind"], f["status"]) for f in result["findings"]] == [("mass", "present")]
    assert result["assessment"]["overall"] == "5"
