"""What the patient came with ends a negation of her history said before it in the same sentence ("without
particular antecedents, consulted for a nodule"): the complaint is not said to be absent."""

from __future__ import annotations

import pytest

from readingscan import analyze

ROWS = [
    "Case. Mrs. A., 52 years old, without particular antecedents, consulted for a nodule of the left breast.",
    "Case. A 61-year-old woman, without particular history, presented with a nodule of the right breast.",
    "Case. Patient aged 39, without risk factors, consults for a nodule in the left breast.",
]


@pytest.mark.parametrize("text", ROWS)
def test_a_complaint_after_a_negated_history_is_not_absent(text: str) -> None:
    statuses = [f["status"] for f in analyze(text).to_dict()["findings"] if f["kind"] == "mass"]
    assert "absent" not in statuses
