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


# "The biopsied node ..." pointing back, with no side of its own, after the other breast was said normal: the one
# lesion of its kind described, in its breast.
POINTED_BACK = [
    "Left axillary lymph node with a 7 mm cortex, clipped. Right breast unremarkable.\n\n"
    "Follow-up: the clipped node now has a thin cortex.",
    "Left axillary node with an 8 mm cortex, clipped. Right breast normal.\n\nAfter chemotherapy: the clipped node now "
    "has a normal 2 mm cortex.",
    "A 2 cm mass at 3 o'clock in the right breast. The left breast is normal.\n\nAfter treatment the mass now measures "
    "8 mm.",
]


@pytest.mark.parametrize("text", POINTED_BACK)
def test_a_lesion_pointed_back_to_keeps_its_breast(text: str) -> None:
    findings = [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]
    assert len(findings) == 1
