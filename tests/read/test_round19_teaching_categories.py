"""Round 19 (held_out_34 teaching), each as a mechanism, our own wordings: a double reading's arbitration replaces
the readers' categories for the breasts it names; a conditional on the listener's own report or on a lesion in general
asserts no category; "at that time" after a category dates it to an earlier exam; a side wrapped onto the next line
after "to the" with "breast" after it is the category's side though the sentence goes on."""

from __future__ import annotations

from typing import Any

import pytest

from readingscan import analyze


def _assessment(text: str) -> dict[str, Any]:
    return dict(analyze(text).to_dict()["assessment"])


DOUBLE = """Double reading, screening round 5.

FIRST READER
  Left: new spiculated density upper inner quadrant. BI-RADS 0 left.
  Right: nothing of note. BI-RADS 1 right.

SECOND READER
  Left: density, likely summation. BI-RADS 2 left.
  Right: nothing of note. BI-RADS 1 right.

{heading}
  The left density persists on both views and is new since round 4.
  Decision: Left: BI-RADS 0 - recall for assessment.{right}
"""


@pytest.mark.parametrize("heading", ["ARBITRATION (third radiologist, 03-02-2026)", "Consensus decision:",
                                     "Third reader:"])
def test_an_arbitration_replaces_the_readers_categories(heading: str) -> None:
    found = _assessment(DOUBLE.format(heading=heading, right=" Right: BI-RADS 1."))
    assert found["by_breast"] == {"left": "0", "right": "1"}
    assert found["conflicts"] == []


def test_an_arbitration_naming_one_breast_leaves_the_other_as_read() -> None:
    found = _assessment(DOUBLE.format(heading="Arbitration:", right=""))
    assert found["by_breast"] == {"left": "0", "right": "1"}


def test_control_without_an_arbitration_the_readers_disagree() -> None:
    text = DOUBLE.format(heading="Comment:", right="").replace("  Decision: Left: BI-RADS 0 - recall for assessment.", "")
    found = _assessment(text)
    assert found["by_breast"]["left"] == "0"  # the most serious of the readers' categories, flagged as a conflict
    assert set(found["conflicts"]) >= {"BI-RADS 0", "BI-RADS 2"}


# -- a conditional asserts nothing

@pytest.mark.parametrize("said", [
    "If your results show BI-RADS 4 or 5, a nurse will call you.",
    "When you get a category 3 result, expect a letter about a 6-month check.",
    "Our policy: when a finding classified BI-RADS 4 cannot be biopsied, MRI is covered.",
])
def test_a_conditional_on_a_report_or_a_lesion_in_general_is_no_category(said: str) -> None:
    text = f"IMPRESSION: Right: BI-RADS 1. Left: BI-RADS 2.\n{said}"
    found = _assessment(text)
    assert found["by_breast"] == {"right": "1", "left": "2"}
    assert found["overall"] == "2"
    assert found["conflicts"] == []


def test_control_a_category_stated_to_the_patient_stays() -> None:
    text = "Dear Ms Lee,\nYour mammogram report says BI-RADS 3 for the left breast. We will see you in 6 months."
    assert _assessment(text)["by_breast"] == {"left": "3"}


# -- "at that time" dates a category to the time named before it

def test_a_category_at_that_time_is_an_earlier_exam_s() -> None:
    text = ("Today's mammogram: right breast 12 mm spiculated mass, BI-RADS 5 right.\n"
            "In 2024 a right breast asymmetry was followed, assessed as BI-RADS 3 at that time.")
    found = _assessment(text)
    assert found["by_breast"] == {"right": "5"}
    assert found["conflicts"] == []


def test_control_at_the_time_of_today_s_exam_is_not_earlier() -> None:
    text = "Right breast 12 mm spiculated mass, BI-RADS 5 at the time of this examination."
    assert _assessment(text)["by_breast"] == {"right": "5"}


# -- a side wrapped onto the next line

def test_a_side_wrapped_after_to_the_with_breast_and_the_sentence_going_on() -> None:
    text = ("The radiologist gave BI-RADS 4B to the right breast and BI-RADS 1 to the\n"
            "left breast and advised an ultrasound-guided biopsy.")
    assert _assessment(text)["by_breast"] == {"right": "4B", "left": "1"}


def test_control_a_side_wrapped_without_breast_goes_on_no_sentence() -> None:
    # "left" alone on the next line opening a new statement is no wrapped side of the category
    text = "Right breast: cyst, BI-RADS 2 for the\nleft lateral view only reviewed today."
    assert _assessment(text)["by_breast"] == {"right": "2"}
