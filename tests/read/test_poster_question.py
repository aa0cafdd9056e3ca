"""A forum poster's question signed in brackets ("Question (Dr. X, city):") tells the poster's case: its imaging and
composition are the case's. A quiz's bare "Question:" asks about the case and names no finding of it (control)."""

from __future__ import annotations

import pytest

from readingscan import analyze

CASE = ("{title}\n70-year-old, screening mammogram, extremely dense (D). A new group of punctate calcs in the left "
        "breast at 3 o'clock. Should I biopsy?\n\nReply (Dr. B):\nI would call it BI-RADS 4A, left breast.\n")


@pytest.mark.parametrize("title", ["Question (Dr. Sami Nasser, general radiologist, Zarqa):",
                                   "Question (posted by a resident):"])
def test_a_signed_question_tells_the_case(title: str) -> None:
    result = analyze(CASE.format(title=title), "t").to_dict()
    assert [(f["kind"], f["breast"]) for f in result["findings"]] == [("calcification", "left")]
    assert result["density"] is not None and result["density"]["category"] == "d"


def test_a_quiz_question_names_no_finding() -> None:
    text = ("Stem: Left breast mammography shows a spiculated mass at 2 o'clock.\n\n"
            "Question:\nWhich of the following is true of fine linear calcifications and skin thickening?\n")
    kinds = [f["kind"] for f in analyze(text, "t").to_dict()["findings"]]
    assert kinds == ["mass"]
