"""A signature block ("INTERPRETED BY: ..., MC, USA", "Electronically signed by ...") names the reader, no finding:
its letters are no finding words."""

from __future__ import annotations

import pytest

from readingscan import analyze

BODY = "FINDINGS:\nRIGHT: No suspicious mass or calcifications.\nIMPRESSION: BI-RADS 1.\n\n"
SIGNED = [
    BODY + "INTERPRETED BY: CDR Anna Reyes, MC, USN, Breast Imaging\n",
    BODY + "Electronically signed by: LTC M. Ortiz, MC, USA\n",
    BODY + "Dictated by Maria Lopez, MC, USAF\nSigned: 03 JUN 2026 1012\n",
]


@pytest.mark.parametrize("text", SIGNED)
def test_a_signature_names_no_finding(text: str) -> None:
    assert {(f["kind"], f["status"]) for f in analyze(text).to_dict()["findings"]} == {("mass", "absent"),
                                                                                    ("calcification", "absent")}
