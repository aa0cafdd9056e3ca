"""Round 21 (held_out_38 teaching and reports, held_out_37 impressions): which lesion a sentence talks about. An
e-learning page's reveal button opens the answer (the case's reading); "neither breast" names both; "contralateral" before
a clock face is the other breast; a lesion at the site of an injury is no correlate; "to which a ... corresponds" makes
the second finding word a view of the first; "one ... in the right breast, and one ... in the left" placed before each
side; lesions seen in each breast make an unsided absence both. Our own wordings."""

from __future__ import annotations

from readingscan import analyze


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def _morphology(text: str) -> list[str]:
    return [m for f in analyze(text).to_dict()["findings"] for m in f["morphology"]]


QUIZ = ("TEACHING CASE\n\nIMAGES\nImage 1  Left CC and MLO\n\nQuestion 1.  What do you see on the left?\n[Show answer]\n"
        "   A 12 mm irregular mass with spiculated margins in the left breast at 3 o'clock.\n")


def test_a_reveal_button_opens_the_answer() -> None:
    assert ("mass", "left", "present") in _findings(QUIZ)


def test_a_bracketed_word_in_a_sentence_is_no_reveal_button() -> None:  # control: not alone on its line
    text = QUIZ.replace("[Show answer]\n   ", "Click [show] for the answer: ")
    assert ("mass", "left", "present") not in _findings(text)


def test_an_ordinal_screening_round_is_no_shape() -> None:
    text = "Findings: Grouped amorphous calcifications in the right breast, not seen at the second round."
    assert "round" not in _morphology(text)
    assert "round" in _morphology("Findings: Scattered round calcifications in the right breast.")  # control


def test_neither_breast_names_both_breasts() -> None:
    text = "Findings: A 9 mm oval mass in the right breast. Neither breast shows suspicious calcifications."
    assert ("calcification", "both", "absent") in _findings(text)
    control = "Findings: A 9 mm oval mass in the right breast. No suspicious calcifications."
    assert ("calcification", "both", "absent") not in _findings(control)


def test_contralateral_before_a_clock_face_is_the_other_breast() -> None:
    text = "IMPRESSION:\n1. Left 4 o'clock: 11 mm irregular mass. BI-RADS 4A.\n2. Contralateral 9 o'clock: 6 mm simple cyst."
    assert ("mass", "right", "present") in _findings(text)
    control = "IMPRESSION:\n1. Left 4 o'clock: 11 mm irregular mass. BI-RADS 4A.\n2. At 9 o'clock: 6 mm simple cyst."
    assert ("mass", "right", "present") not in _findings(control)


def test_a_lesion_at_the_site_of_an_injury_is_its_own() -> None:
    text = ("Right breast: Focal asymmetry in the upper inner quadrant. BI-RADS 3.\n"
            "Left breast: 9 mm oil cyst at the site of the old sports injury. BI-RADS 2.")
    assert ("mass", "left", "present") in _findings(text)
    control = ("Left breast: Focal asymmetry in the upper inner quadrant. BI-RADS 3.\n"
               "Left breast: 9 mm hypoechoic mass at the site of the asymmetry. BI-RADS 3.")
    assert ("mass", "left", "present") not in _findings(control)


def test_to_which_a_lesion_corresponds_is_that_lesion() -> None:
    text = ("CONCLUSION: Right breast BI-RADS 4A because of a developing asymmetry in the lower inner quadrant, "
            "to which a 7 mm hypoechoic area corresponds at ultrasound.")
    assert _findings(text) == [("asymmetry", "right", "present")]
    control = ("CONCLUSION: Right breast BI-RADS 4A because of a developing asymmetry in the lower inner quadrant, "
               "and a 7 mm hypoechoic area at ultrasound.")
    assert ("mass", "right", "present") in _findings(control)


def test_one_lesion_per_breast_placed_before_each_side() -> None:
    text = ("Ultrasound shows two cysts: one at 2 o'clock in the right breast, 8 mm, and one at 7 o'clock in the left "
            "breast.")
    assert sorted(_findings(text)) == [("mass", "left", "present"), ("mass", "right", "present")]
    control = "Ultrasound shows two cysts in the right breast and one mass in the left breast."
    assert ("mass", "right", "present") in _findings(control)


def test_lesions_in_each_breast_make_an_unsided_absence_both() -> None:
    text = ("A 52-year-old woman. Ultrasound shows an 8 mm cyst at 2 o'clock in the right breast and a 6 mm "
            "fibroadenoma at 7 o'clock in the left breast. No axillary lymphadenopathy.")
    assert ("lymph_node", "both", "absent") in _findings(text)
    control = ("A 52-year-old woman. Ultrasound shows an 8 mm cyst at 2 o'clock in the right breast. "
               "No axillary lymphadenopathy.")
    assert ("lymph_node", "both", "absent") not in _findings(control)
