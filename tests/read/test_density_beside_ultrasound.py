"""A text read as ultrasound alone (a clinic's minutes, a chat thread, a case note whose "MMG" or
"sono-mammography" names no mammogram the exam reader knows) still states the mammogram's composition when it
names the letter under its own label ("ACR C", "Density B", "dense breasts (ACR D)"). Tissue words alone, a letter
under "category" (the assessment's word on ultrasound), and an MRI keep no density."""

from __future__ import annotations

import pytest

from readingscan import analyze

ROWS = [
    # (text, density)
    ("Radiology review: MMG and USG from the district hospital.\n- Breast composition ACR B.\n"
     "- Right 9 o'clock irregular hypoechoic mass 14 mm.\n- BIRADS 4C right.", "b"),
    ("Dr Rao: USG today. Density C. Left 2 o'clock oval hypoechoic mass 9 mm, parallel, circumscribed. BIRADS 3", "c"),
    ("Sonomammography: breasts almost entirely fatty (ACR A). Left breast simple cyst 12 mm. BI-RADS 2.", "a"),
    ("Targeted ultrasound, left breast.\nFindings: Same-day mammogram: extremely dense breasts (ACR D). "
     "No sonographic mass at the palpable site. BI-RADS 1.", "d"),
    # no letter under a density label: the ultrasound's own tissue, or the assessment's scale
    ("Breast ultrasound. The breast tissue is predominantly fatty. No mass. BI-RADS 1.", None),
    ("Breast ultrasound. Her outside mammogram was reported with heterogeneously dense breasts (category c). "
     "No sonographic abnormality. BI-RADS 1.", None),
    ("Breast MRI and second-look ultrasound. Composition ACR C. Scattered fibroglandular tissue. No mass. BI-RADS 1.",
     None),
]


@pytest.mark.parametrize(("text", "density"), ROWS, ids=[r[0][:45] for r in ROWS])
def test_an_ultrasound_text_states_the_mammogram_s_labelled_composition(text: str, density: str | None) -> None:
    reading = analyze(text, "density_beside_us").density
    assert (reading.category.value if reading else None) == density
