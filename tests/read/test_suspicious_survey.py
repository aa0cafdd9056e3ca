"""Several kinds said absent as "suspicious" under one negation ("No suspicious mass or calcifications are seen.")
survey the breasts, not the lesion just described: in a text naming both breasts they are absent in both. Sharing a
plain negation ("No underlying mass or distortion.") they stay with that lesion (control)."""

from __future__ import annotations

import pytest

from readingscan import analyze

OPENING = ("Both breasts show benign vascular calcifications. In the upper outer quadrant of the left breast there is "
           "a 9 mm oval circumscribed mass. ")


def _absent(text: str) -> set[tuple[str, str | None]]:
    return {(f["kind"], f["breast"]) for f in analyze(text, "t").to_dict()["findings"] if f["status"] == "absent"}


@pytest.mark.parametrize("survey", ["No suspicious masses or microcalcifications are identified.",
                                    "There are no other suspicious masses, distortion or calcifications."])
def test_a_suspicious_survey_is_of_both_breasts(survey: str) -> None:
    found = _absent(OPENING + survey)
    assert found and all(side == "both" for _, side in found)


def test_a_plain_shared_negation_stays_with_the_lesion() -> None:
    assert _absent(OPENING + "No underlying calcifications or distortion.") == {
        ("calcification", "left"), ("architectural_distortion", "left")}
