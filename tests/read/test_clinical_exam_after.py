"""A sentence saying what was found on the clinical examination after naming it ("A linear bruise had been noted on
examination.", "... felt on physical examination.") tells the clinical examination, not the imaging: its words describe
no lesion. A sentence about the imaging still does (control)."""

from __future__ import annotations

import pytest

from readingscan import analyze

CASE = "Right breast mammogram: coarse calcifications with lucent centres in the upper outer quadrant. "


def _calcs(text: str) -> list[dict[str, object]]:
    return [f for f in analyze(text, "t").to_dict()["findings"] if f["kind"] == "calcification"]


@pytest.mark.parametrize("clinical", [
    "A linear bruise across the chest had been noted on examination after the crash.",
    "Segmental tenderness along the strap line was noted on clinical examination.",
])
def test_a_clinical_examination_describes_no_lesion(clinical: str) -> None:
    calcs = _calcs(CASE + clinical)
    assert len(calcs) == 1 and calcs[0]["distribution"] is None


def test_an_imaging_sentence_still_describes_it() -> None:
    calcs = _calcs(CASE + "On magnification they lie in a linear array.")
    assert len(calcs) == 1 and calcs[0]["distribution"] == "linear"
