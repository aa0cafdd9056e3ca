"""A lesion called another of its kind ("a second mass", "another cyst") that names no breast, told where no one
breast is in focus, is in the breast of the last lesion of its kind."""

from __future__ import annotations

import pytest

from readingscan import analyze

FIRST = "A 6 mm round mass in the upper inner quadrant of the right breast was noted. "
SECOND = [
    (FIRST + "Both breasts showed vascular calcifications. A possible second mass, 4 mm, was seen posterior to it.",
     ("mass", "right", "possible")),
    (FIRST + "Both breasts showed vascular calcifications. Another mass, 5 mm, lies 2 cm lateral to it.",
     ("mass", "right", "present")),
    # Its own breast named: that one.
    (FIRST + "Both breasts showed vascular calcifications. A second mass is seen in the left breast.",
     ("mass", "left", "present")),
]


@pytest.mark.parametrize(("text", "second"), SECOND)
def test_a_second_lesion_takes_the_first_ones_breast(text: str, second: tuple[str, str, str]) -> None:
    findings = [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]
    assert findings[0] == ("mass", "right", "present")
    assert findings[-1] == second
