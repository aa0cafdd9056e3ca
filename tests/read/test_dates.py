"""The exam's date from its header label; never a birth date, never a comparison's date."""

from __future__ import annotations

from datetime import date

import pytest

from readingscan import analyze

CASES = [
    ("Date of Service: 09/02/2023\nFINDINGS: Negative.", date(2023, 9, 2)),  # month first unless settled
    ("Study date: 14/01/2025\nFINDINGS: Negative.", date(2025, 1, 14)),  # 14 settles day first
    ("Exam date: 2024-03-01\nFINDINGS: Negative.", date(2024, 3, 1)),
    ("DATE OF EXAMINATION: 14 March 2025\nFINDINGS: Negative.", date(2025, 3, 14)),
    ("Birth date: 04/27/1957   Study date: 02/14/2025\nFINDINGS: Negative.", date(2025, 2, 14)),
    ("DOB: 04/27/1957\nFINDINGS: Negative.", None),
    ("COMPARISON: 01/02/2020\nFINDINGS: Negative.", None),
]


@pytest.mark.parametrize(("text", "when"), CASES, ids=["us", "uk", "iso", "words", "not-birth-date", "dob", "comparison"])
def test_exam_date(text: str, when: date | None) -> None:
    assert analyze(text).exam.date == when
