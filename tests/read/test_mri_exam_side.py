"""A breast MRI images both breasts at once: an MRI whose title names no side ("MRI BREASTS (DCE)", "Breast MRI",
"MRI OF THE MAMMARY GLANDS") is of both breasts, so what it says is absent with no side of its own ("No axillary
lymphadenopathy.") is absent in both. A side the title names still holds, and other exams keep no side."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Breast

BODY = "\n\nFindings:\nNo suspicious enhancement. No axillary lymphadenopathy.\n\nImpression: BI-RADS 1."
ROWS = [
    ("MRI BREASTS (DCE) - STAGING", Breast.BOTH),
    ("Breast MRI (IRM mammaire)", Breast.BOTH),
    ("MRI OF THE MAMMARY GLANDS WITH DYNAMIC CONTRAST ENHANCEMENT", Breast.BOTH),
    ("LEFT BREAST MRI WITH CONTRAST", Breast.LEFT),
    ("SCREENING MAMMOGRAM", None),
    ("BREAST ULTRASOUND", None),
]


@pytest.mark.parametrize(("title", "side"), ROWS, ids=[r[0][:30] for r in ROWS])
def test_an_mri_naming_no_side_is_of_both_breasts(title: str, side: Breast | None) -> None:
    assert analyze(title + BODY, "mri side").exam.breast is side


def test_an_unsided_absence_on_mri_is_absent_in_both() -> None:
    findings = analyze("MRI BREASTS (WITH CONTRAST)" + BODY, "mri side").findings
    nodes = [f for f in findings if f.kind.value == "lymph_node"]
    assert [(f.breast, f.status.value) for f in nodes] == [(Breast.BOTH, "absent")]
