"""A negation about an earlier exam ("not present 2 years ago", "not seen 18 months earlier", "not visible
previously") says when the finding appeared, not that it is absent today: the finding stays present."""

from __future__ import annotations

import pytest

from readingscan import analyze

ROWS = [
    ("Screening DBT. Left breast, upper outer quadrant: new 5 mm group of amorphous calcs, not present 3 years ago.",
     "calcification", "present"),
    ("Right breast 10 o'clock: an 8 mm irregular mass, not seen 18 months earlier.", "mass", "present"),
    ("Left breast: a focal asymmetry at 2 o'clock, not visible previously.", "asymmetry", "present"),
    ("Left breast: a focal asymmetry, not identified a year ago on the prior study.", "asymmetry", "present"),
    # The earlier exam named by what it was of ("the mammogram from the previous year").
    ("Left breast: an 11 mm oval mass with indistinct margins, not present on the examination of the preceding year.",
     "mass", "present"),
    ("Right breast: a 6 mm group of amorphous calcifications, not seen in the images of the prior screen.",
     "calcification", "present"),
    # Still a negation of today's finding.
    ("Right breast: no calcifications are present.", "calcification", "absent"),
]


@pytest.mark.parametrize(("text", "kind", "status"), ROWS)
def test_negation_about_an_earlier_exam_keeps_the_finding(text: str, kind: str, status: str) -> None:
    found = [f["status"] for f in analyze(text).to_dict()["findings"] if f["kind"] == kind]
    assert found == [status]
