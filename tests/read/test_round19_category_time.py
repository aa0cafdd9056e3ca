"""Round 19, our own wordings: a bracketed category closing a finding that is compared with an earlier exam is
today's; a category the writer declines to give ("we do not regard it as ...", "... is not justified") is not
asserted, and the one the sentence gives instead is; a side label holding a bracketed aside labels its line."""

from __future__ import annotations

from typing import Any

import pytest

from readingscan import analyze


def _assessment(text: str) -> dict[str, Any]:
    return dict(analyze(text).to_dict()["assessment"])


# -- a comparison trailing a finding's words dates the finding; the bracket closing it is today's category

TRAILING = """IMPRESSION:
1. Irregular mass in the left breast at 2 o'clock, 14 mm, suspicious (BI-RADS 4B).
2. Oval cyst in the right breast at 8 o'clock, 9 mm, {change} compared with the mammogram of 3 March 2023 (BI-RADS 2).
"""


@pytest.mark.parametrize("change", ["unchanged", "slightly smaller", "stable"])
def test_a_bracket_closing_a_finding_compared_with_an_earlier_exam_is_today_s(change: str) -> None:
    assert _assessment(TRAILING.format(change=change))["by_breast"] == {"left": "4B", "right": "2"}


@pytest.mark.parametrize("opening", ["Compared with the mammogram of 3 March 2023",
                                     "In comparison with the study of 2023"])
def test_control_a_comparison_opening_its_sentence_names_the_earlier_exam_s_category(opening: str) -> None:
    text = f"IMPRESSION: {opening} (BI-RADS 3), the left breast mass has grown to 15 mm. BI-RADS 4B, left breast."
    found = _assessment(text)
    assert found["by_breast"] == {"left": "4B"}
    assert found["conflicts"] == []


# -- a category declined is not asserted; the one given instead is

@pytest.mark.parametrize("declined", [
    "We would not classify this as BI-RADS 2 given the new margin: BI-RADS 4B.",
    "It cannot be downgraded to BI-RADS 2 given the new margin: BI-RADS 4B.",
    "We don't consider it BI-RADS 2 given the new margin: BI-RADS 4B.",
    "BI-RADS 4B. Calling it BI-RADS 5 would be excessive given its size.",
    "BI-RADS 4B. An assessment of BI-RADS 5 is not warranted given its size.",
    "BI-RADS 4B. It would be inappropriate to assign BI-RADS 5 given its size.",
])
def test_a_declined_category_is_not_asserted(declined: str) -> None:
    text = f"Assessment:\nLeft breast: 8 mm irregular mass at 4 o'clock. {declined}\nRight breast: BI-RADS 1."
    found = _assessment(text)
    assert found["by_breast"] == {"left": "4B", "right": "1"}
    assert found["overall"] == "4B"
    assert found["conflicts"] == []


@pytest.mark.parametrize("said", [
    "The mass, not palpable, is classified as BI-RADS 4B.",
    "It is not new; BI-RADS 4B is appropriate.",
    "BI-RADS 4B. Biopsy is not required elsewhere.",
])
def test_control_a_category_given_near_a_negation_stays_asserted(said: str) -> None:
    text = f"Assessment:\nLeft breast: 8 mm irregular mass at 4 o'clock. {said}\nRight breast: BI-RADS 1."
    assert _assessment(text)["by_breast"] == {"left": "4B", "right": "1"}


# -- a side label holding a bracketed aside labels its line

def test_a_side_label_with_a_bracketed_aside_labels_its_line() -> None:
    text = ("Conclusion:\n{label} 9 mm irregular mass, taller than wide. We regard it as more than probably benign "
            "because of the angular margin: BI-RADS 4B. Core biopsy is advised.\nLeft breast BI-RADS 1.")
    assert _assessment(text.format(label="Right breast, D area (lower outer):"))["by_breast"] == {"right": "4B", "left": "1"}


def test_control_a_long_opening_with_no_side_labels_no_line() -> None:
    text = ("Conclusion:\nOn the ultrasound of the outer (lower) quadrant: 9 mm irregular mass, taller than wide. We regard "
            "it as more than probably benign because of the angular margin: BI-RADS 4B.\nLeft breast BI-RADS 1.")
    assert _assessment(text)["by_breast"] == {"left": "1"}
