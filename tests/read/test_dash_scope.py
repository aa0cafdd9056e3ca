"""A spaced dash before a conclusion ends a negation's forward scope: "fat-containing mass 20 mm, no enhancement -
lipoma" says the mass is there and is a lipoma, not that no lipoma is."""

from __future__ import annotations

import pytest

from readingscan import analyze

CASES = [
    ("Left breast, 3h: fat-containing mass 15 mm, no enhancement - lipoma.", {("mass", "left", "present")}),
    ("Right breast at 10 o'clock: oval circumscribed mass 8 mm, no internal vascularity – likely fibroadenoma.",
     {("mass", "right", "present")}),
    # A negation before the dash keeps its words; one after the dash has its own.
    ("No suspicious mass - left breast.", {("mass", "left", "absent")}),
    ("No suspicious mass in the left breast - no suspicious calcifications.",
     {("mass", "left", "absent"), ("calcification", "left", "absent")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_dash_ends_a_negation(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]} == expected
