"""Round 21 (held_out_37 impressions, held_out_38): category forms and sides. The value's name in brackets between the
value and its side; a grade abbreviation between marker and value; agreeing with or quoting the signed report makes a
category today's; a side label's lines up to the other side's label; a side named relative to the one before; a ditto
mark in a table; a counterfactual condition; a lesion number carrying its paragraph's side. Our own wordings."""

from __future__ import annotations

from readingscan import analyze


def _assessment(text: str) -> tuple[str | None, dict[str, str]]:
    found = analyze(text).to_dict()["assessment"]
    return found["overall"], dict(found["by_breast"])


def test_a_bracketed_value_name_before_the_side() -> None:
    text = "IMPRESSION:\nBI-RADS 5 (highly suggestive) for the left, and BI-RADS 2 (benign) for the right."
    assert _assessment(text)[1] == {"left": "5", "right": "2"}


def test_a_bracketed_note_with_no_side_after_it() -> None:  # control: the bracket alone gives no side
    text = "IMPRESSION:\nBI-RADS 3 (probably benign), short-interval follow-up in six months."
    assert _assessment(text) == ("3", {})


def test_a_grade_abbreviation_between_marker_and_value() -> None:
    text = ("CONCLUSION:\nLeft breast: BI-RADS Gr. 5. Irregular mass, 18 mm.\n"
            "Right breast: BI-RADS grade 1. Nothing abnormal.")
    assert _assessment(text)[1] == {"left": "5", "right": "1"}


def test_agreeing_with_the_outside_category_makes_it_todays() -> None:
    text = ("IMPRESSION:\nRight breast: 9 mm irregular mass. Outside BI-RADS 3; we assess as BI-RADS 4B.\n"
            "Left breast: normal. We concur with the outside reading of BI-RADS 1 for the left breast.")
    assert _assessment(text) == ("4B", {"right": "4B", "left": "1"})


def test_an_outside_category_not_agreed_with_stays_the_outsides() -> None:  # control
    text = ("IMPRESSION:\nLeft breast: normal. We do not agree with the outside reading of BI-RADS 3 for the left breast;"
            " BI-RADS 1.")
    assert _assessment(text) == ("1", {"left": "1"})


def test_the_signed_reports_quoted_category_is_todays_not_the_drafts() -> None:
    text = ('In my draft I wrote "BI-RADS 0 for the right breast" because I was unsure.\n'
            'The version we finally signed read: "Left breast BI-RADS 5; right breast BI-RADS 2."')
    assert _assessment(text) == ("5", {"left": "5", "right": "2"})


def test_a_side_labels_next_line_until_the_other_sides_label() -> None:
    text = ("IMPRESSION:\nLEFT: Asymmetry in the lower outer quadrant, only on the CC view.\n"
            "BI-RADS 0: spot compression views are needed.\nRIGHT: Benign vascular calcifications. BI-RADS 2.")
    assert _assessment(text)[1] == {"left": "0", "right": "2"}


def test_a_category_after_the_last_side_label_keeps_its_own_reading() -> None:  # control: no label follows
    text = "IMPRESSION:\nLEFT: Normal.\nRIGHT: Normal.\nBI-RADS 1."
    assert _assessment(text) == ("1", {})


def test_contralateral_names_the_other_side_of_the_one_before() -> None:
    text = ("IMPRESSION:\n1. L 4 o'clock: 11 mm irregular mass with angular margins. BI-RADS 4C.\n"
            "2. Contralateral 8 o'clock: 6 mm oval circumscribed mass. BI-RADS 3.")
    assert _assessment(text)[1] == {"left": "4C", "right": "3"}


def test_ipsilateral_names_the_same_side() -> None:
    text = ("IMPRESSION:\n1. R 7 o'clock: 5 mm simple cyst. BI-RADS 2.\n"
            "2. Ipsilateral 1 o'clock: 10 mm irregular mass. BI-RADS 4B.")
    assert _assessment(text)[1] == {"right": "4B"}


def test_a_ditto_mark_repeats_the_category_above() -> None:
    text = ("SUMMARY\n\nSide    Finding                                  BI-RADS\n"
            "Left    2:00, 8 mm oval mass                     3\n"
            "Right   9:00, 6 mm oval mass                     \"\n")
    assert _assessment(text)[1] == {"left": "3", "right": "3"}


def test_a_ditto_mark_with_nothing_above_is_no_category() -> None:  # control
    text = ("SUMMARY\n\nSide    Finding                                  BI-RADS\n"
            "Left    2:00, 8 mm oval mass                     \"\n")
    assert _assessment(text)[1] == {}


def test_a_counterfactual_condition_states_no_category() -> None:
    text = ("Impression: left breast cyst - BI-RADS 2.\n"
            "Question 2. If the scan had shown BI-RADS 5, who would you refer her to?")
    assert _assessment(text) == ("2", {"left": "2"})


def test_a_lesion_number_carries_its_paragraphs_side() -> None:
    text = ("FINDINGS:\nLeft breast:\n(1) At 2 o'clock there is an 8 mm irregular mass.\n\n"
            "Right breast:\n(2) At 10 o'clock a 5 mm simple cyst.\n\n"
            "IMPRESSION:\nLesion 1: BI-RADS 4B.\nLesion 2: BI-RADS 2.")
    assert _assessment(text) == ("4B", {"left": "4B", "right": "2"})
