"""Round 19 (held_out_33 impressions, category forms), each as a mechanism: a row of values under a header of sides
(pipe-parted or in wide gaps) under a marker line; two sides named after a marker, then their values in the same
order; a 4 in words with its subcategory letter before a dash and the category's name; a view label ("RMLO", "LCC") in
the statement a category closes names that statement's side. Our own wordings."""

from __future__ import annotations

from readingscan import analyze


def _by_breast(text: str) -> dict[str, str]:
    return dict(analyze(text).to_dict()["assessment"]["by_breast"])


def _overall(text: str) -> str | None:
    return analyze(text).to_dict()["assessment"]["overall"]


def test_values_row_under_a_piped_header_of_sides() -> None:
    text = ("IMPRESSION:\nLeft breast: 9 mm irregular mass at 2 o'clock. Core biopsy advised.\n"
            "Right breast: negative.\nCategory\nLeft | Right\n4C   | 1\nDiscussed with the patient.")
    assert _by_breast(text) == {"left": "4C", "right": "1"}
    # with outer pipes and a rule under the header, the same
    framed = text.replace("Left | Right\n4C   | 1", "| Left | Right |\n|---|---|\n| 4C | 1 |")
    assert _by_breast(framed) == {"left": "4C", "right": "1"}


def test_values_row_in_wide_gaps_under_a_header_of_sides() -> None:
    text = ("IMPRESSION:\nLeft breast: 9 mm irregular mass at 2 o'clock.\nRight breast: negative.\n"
            "BI-RADS:\n    RIGHT     LEFT\n    1         4C\n")
    assert _by_breast(text) == {"left": "4C", "right": "1"}


def test_sides_header_without_a_marker_line_reads_no_values() -> None:
    # control: no line naming the category above the header: the numbers are not categories
    text = "IMPRESSION:\nNodes counted.\nRight | Left\n3     | 2\nNo suspicious finding. BI-RADS 1."
    assert _by_breast(text) == {}
    assert _overall(text) == "1"


def test_sides_named_after_a_marker_then_values_in_order() -> None:
    text = ("IMPRESSION:\nLeft breast: 14 mm spiculated mass at 1 o'clock.\nRight breast: benign cyst.\n"
            "BI-RADS for the left and right breasts are 5 and 2 respectively.")
    assert _by_breast(text) == {"left": "5", "right": "2"}
    colon = text.replace("are 5 and 2 respectively.", ": 5 and 2.")
    assert _by_breast(colon) == {"left": "5", "right": "2"}
    # control: values before the sides ("respectively" after them), read as before
    before = text.replace("BI-RADS for the left and right breasts are 5 and 2 respectively.",
                          "BI-RADS 5 and 2 for the left and right breasts, respectively.")
    assert _by_breast(before) == {"left": "5", "right": "2"}


def test_four_in_words_with_its_letter_before_a_dash() -> None:
    text = ("ASSESSMENT:\nRight breast: new focal asymmetry at 11 o'clock. BI-RADS category Four B - moderate "
            "suspicion. Biopsy is advised.\nLeft breast: scattered benign calcifications. BI-RADS category Two - benign.")
    assert _by_breast(text) == {"right": "4B", "left": "2"}
    # control: "four" with no letter and a dash after it stays a word ("four - ..." is no subcategory)
    assert _overall("ASSESSMENT:\nLeft breast: four cysts. BI-RADS 2.") == "2"


def test_view_label_names_the_statement_a_category_closes() -> None:
    text = ("CONCLUSION:\nArchitectural distortion seen only on the LMLO view, upper half, not on the CC view. "
            "BI-RADS 0; spot compression advised.\nRound benign calcifications in RCC and RMLO. BI-RADS 2.")
    assert _by_breast(text) == {"left": "0", "right": "2"}
    # control: side words already named the statement's side
    words = text.replace("on the LMLO view", "in the left breast").replace("in RCC and RMLO", "in the right breast")
    assert _by_breast(words) == {"left": "0", "right": "2"}
