"""A sentence about the other breast that names it only relative to the lesion ("The contralateral breast was
negative.") describes no lesion: the lesion described before stays in focus, so what follows with no side of its own
("Ipsilateral axillary nodes ...", "Reactive axillary lymph nodes.") is still that lesion's side. So is what a figure
legend numbered "Fig. 2." says: the number opens no list item of its own."""

from __future__ import annotations

import pytest

from readingscan import analyze

ROWS = [
    ("Case report. In the left breast a 14 mm irregular mass was documented. The contralateral breast was negative. "
     "Ultrasound showed a 15 mm hypoechoic mass. Axillary lymph nodes of reactive aspect.", "lymph_node", ["left"]),
    ("Case report. At right 10 o'clock a 9 mm spiculated mass. The opposite breast was unremarkable. Ipsilateral "
     "axillary lymph nodes were enlarged.", "lymph_node", ["right"]),
    # A figure's number ("Fig. 2.") opens no numbered item: the legends go on about the lesion in focus.
    ("Fig. 1. Left CC and MLO views show regional amorphous calcifications. Fig. 2. Magnification shows that they "
     "extend over 3 cm. No associated mass.", "mass", ["left"]),
    # Nor does a figure's panel letter inside the legend ("(b) ..."): another view of the same case.
    ("Figure 3. (a) Right CC view shows a 12 mm spiculated mass. (b) Spot compression confirms the mass. No "
     "calcifications are seen.", "calcification", ["right"]),
    # A sentence saying the other breast shows nothing names no lesion: the lesion described stays in focus.
    ("Case report. Mammography showed a 9 mm spiculated mass in the left breast. No abnormality was seen in the right "
     "breast. Axillary lymph nodes were enlarged.", "lymph_node", ["left"]),
    # A finding of its own in the other breast still goes there.
    ("Case report. At right 10 o'clock a 9 mm spiculated mass. The contralateral breast shows a 6 mm oval mass.",
     "mass", ["right", "left"]),
]


@pytest.mark.parametrize(("text", "kind", "breasts"), ROWS)
def test_a_sentence_about_the_other_breast_keeps_the_lesion_in_focus(text: str, kind: str, breasts: list[str]) -> None:
    sides = [f["breast"] for f in analyze(text).to_dict()["findings"] if f["kind"] == kind]
    assert sides == breasts
