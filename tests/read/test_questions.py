"""A question that opens its statement asks about a finding and reports none (a transcript's, a forum's or a
quiz's "Any mass?"); the answer that follows is what counts. A form's answered question still counts."""

from __future__ import annotations

import pytest

from readingscan import analyze

CASE = "Left breast: grouped fine pleomorphic calcifications at 3 o'clock.\n"

QUESTIONS = [
    ("DR A: Any mass? Any distortion on the tomo?\nDR B: I went through every slice.", []),
    ("Were there masses on the baseline? I could not tell.", []),
    ("Q: Is there a lymph node in the axilla?\nA: I would look again.", []),
    ("Did you see skin thickening on the MLO? We will check.", []),
    ("- Any mass? - Any distortion on the tomo?", []),
    ("Any mass? Any distortion on the tomo?\nNo mass, no distortion.",
     [("mass", "absent"), ("architectural_distortion", "absent")]),
    ("Any mass? No", [("mass", "absent")]),
    ("Any mass? [x] No", [("mass", "absent")]),
    ("There is a 9 mm mass at 2 o'clock.", [("mass", "present")]),
    ("A mass at 2 o'clock, with any change since 2023?", [("mass", "present")]),
]


@pytest.mark.parametrize(("text", "found"), QUESTIONS)
def test_a_question_reports_no_finding(text: str, found: list[tuple[str, str]]) -> None:
    findings = analyze(CASE + text).to_dict()["findings"]
    assert [(f["kind"], f["status"]) for f in findings if f["kind"] != "calcification"] == found
