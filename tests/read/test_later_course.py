"""A case's later course told as its outcome over several follow-ups ("The cysts were unchanged after 6 and 12
months.") is no stability on the exam the case reads; today's comparison ("has been stable at 6 and 12 months") is. A
sentence taking up the lesions after a time said first ("At 48 months (this exam), they remain stable.") makes them
stable on this exam."""

from __future__ import annotations

import pytest

from readingscan import analyze

CASE = "Ultrasound showed two oval circumscribed masses in the left breast, assessed as BI-RADS 3. "


def _stable(text: str) -> list[bool]:
    return [f["stable"] for f in analyze(text, "t").to_dict()["findings"] if f["status"] == "present"]


@pytest.mark.parametrize("course", [
    "Excision was not done; the masses were kept on follow-up and were unchanged after 6 and 12 months.",
    "Sonographic follow-up at six and twelve months showed stable masses.",
])
def test_a_later_course_is_not_this_exam(course: str) -> None:
    assert _stable(CASE + course) == [False]


def test_a_comparison_today_is_stable() -> None:
    assert _stable(CASE + "The masses have been stable at 6 and 12 months.") == [True]


def test_a_sentence_after_a_time_said_first_takes_them_up() -> None:
    text = (CASE + "Ultrasound at 6, 12 and 24 months showed the masses to be unchanged. "
            "At 48 months (this exam), they remain stable.")
    assert _stable(text) == [True]


def test_a_time_said_first_alone() -> None:
    assert _stable(CASE + "On the present images, they are unchanged.") == [True]
