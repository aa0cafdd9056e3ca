"""An unsided negation in a text that names no exam side: both breasts named as such ("bilateral", "both breasts")
beside a one-sided lesion make it absent in both, in a case's narrative too; a plural alone ("The breasts are fatty")
or "bilateral" naming only a finding with no side anywhere leaves it unsided (held_out_2's decisions); both breasts
said normal or negative ("Both breasts: negative") tell that both were examined."""

from __future__ import annotations

import pytest

from readingscan import analyze

ROWS = [
    # Both breasts said normal or negative: both were examined, so the unsided absences are of both.
    ("Conclusion: Both breasts are normal. No suspicious mass, calcification or distortion.", "mass", "both"),
    ("IMPRESSION: Both breasts: negative. No suspicious microcalcifications. Routine screening in 2 years.",
     "calcification", "both"),
    ("Case report. Mammography showed ill-defined densities in both breasts, the larger on the right. "
     "No microcalcifications were seen.", "calcification", "both"),
    ("Findings:\nBilateral benign-appearing scarring after reduction surgery. No architectural distortion.\n"
     "Left breast, 2 o'clock: 12 mm oil cyst.", "architectural_distortion", "both"),
    ("MRI: a 7 mm irregular enhancing mass at right 8 o'clock. No other suspicious enhancement in either breast. "
     "No axillary lymphadenopathy.", "lymph_node", "both"),
    ("Mammography: The breasts are fatty. No clusters of microcalcifications. A 7 mm cyst at left 3 o'clock is "
     "unchanged. At right 9 o'clock a new 5 mm oval mass.", "calcification", None),
    ("IMPRESSION: Stable bilateral silicone implants, intact. No suspicious mass.", "mass", None),
    # An impression whose lesion lies in both breasts is about both: its unsided absences are too (a device's
    # "bilateral" above names no lesion; a case's narrative stays unsided).
    ("IMPRESSION: Unchanged benign-appearing calcifications in both breasts. No suspicious mass or distortion.\n"
     "BI-RADS 2.", "architectural_distortion", "both"),
    ("Conclusion: Multiple simple cysts bilaterally, stable since 2023. No new solid mass. BI-RADS 2, both breasts.",
     "mass", "both"),
    ("Case: Bilateral coarse calcifications. No mass was seen.", "mass", None),
    # Several kinds, each with its own negation, after a sided lesion: a survey of the breasts, not that lesion.
    ("Teaching case. Scattered fibroglandular densities in both breasts. Right 9 o'clock: an 8 mm oval mass, "
     "unchanged since 2021. No suspicious microcalcifications, no distortion, no new masses.", "architectural_distortion",
     "both"),
    # One negation over several kinds continues the lesion ("no underlying mass or distortion").
    ("Teaching case. Benign calcifications in both breasts. A developing asymmetry in the right breast. On "
     "tomosynthesis no underlying mass or distortion was seen.", "architectural_distortion", "right"),
]


@pytest.mark.parametrize(("text", "kind", "breast"), ROWS)
def test_unsided_absence_takes_both_breasts_only_when_named_as_such(text: str, kind: str, breast: str | None) -> None:
    absent = [f["breast"] for f in analyze(text).to_dict()["findings"] if f["kind"] == kind and f["status"] == "absent"]
    assert absent == [breast]


# A sentence after one that opens a line below an inline label ("Right breast: ... stable.\nSurgical clips in the
# left axilla. No axillary lymphadenopathy."), after a full stop or a blank line: not the label's, the exam's breasts.
PAST_LABEL = [
    "EXAM: MRI of both breasts.\nFINDINGS:\nLeft breast: a 6 mm focus at 3 o'clock, benign.\nRight breast: scattered "
    "foci, stable. No suspicious mass.\nBiopsy clip in the left breast. No axillary adenopathy.",
    "EXAM: MRI of both breasts.\nFINDINGS:\nLeft breast: a 6 mm focus at 3 o'clock, benign.\nRight breast: stable 5 mm "
    "oval mass at 8 o'clock with dark septations and\npersistent kinetics, likely a fibroadenoma.\n\nNo new suspicious "
    "enhancement. No axillary lymphadenopathy.",
]


@pytest.mark.parametrize("text", PAST_LABEL)
def test_an_absence_on_a_later_line_than_an_inline_label_is_the_exams(text: str) -> None:
    nodes = [f["breast"] for f in analyze(text).to_dict()["findings"] if f["kind"] == "lymph_node"]
    assert nodes == ["both"]
