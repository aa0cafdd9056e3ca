"""Round 20 (held_out_35 impressions, held_out_36, held_out_34 as portal PDFs): an exam block's title names its side
("US RIGHT BREAST" over its own category); a line-numbered report keeps its numbers off blank lines too; a dated work-up's
category stands when the note gives no other; a category marker opening a line wrapped mid-sentence goes on with it; a
row of the marker and its values under a header of sides whose gaps a PDF writer collapsed. Our own wordings."""

from __future__ import annotations

from readingscan import analyze


def _by_breast(text: str) -> dict[str, str]:
    return dict(analyze(text).to_dict()["assessment"]["by_breast"])


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


BLOCKS = ("ULTRASOUND LEFT BREAST\nConclusion: Oval circumscribed mass at 2 o'clock, 9 mm, probably a fibroadenoma. BI-RADS 3.\n\n"
          "ULTRASOUND RIGHT BREAST\nConclusion: Two simple cysts. No solid mass. BI-RADS 2.")


def test_an_exam_block_title_gives_its_side_to_the_block() -> None:
    assert _by_breast(BLOCKS) == {"left": "3", "right": "2"}
    assert ("mass", "right", "absent") in _findings(BLOCKS)


def test_a_both_breasts_block_among_one_sided_blocks_is_both_breasts() -> None:
    text = ("MAMMOGRAPHY BOTH BREASTS\nConclusion: No mass or suspicious calcification. BI-RADS 1.\n\n"
            "US LEFT BREAST\nConclusion: 6 mm irregular hypoechoic mass at 4 o'clock. BI-RADS 4A.")
    assert _by_breast(text) == {"left": "4A", "right": "1"}


def test_a_single_bilateral_title_stays_the_exams() -> None:  # control: the category is the overall, no side
    text = "MAMMOGRAPHY BOTH BREASTS\nConclusion: No mass or suspicious calcification. BI-RADS 1."
    assert _by_breast(text) == {}


def test_an_exam_named_in_a_sentence_is_no_block_title() -> None:  # control: no title alone on its line
    text = "Conclusion: US of the right breast was normal. A cyst at 3 o'clock in the left breast. BI-RADS 2."
    assert _by_breast(text) != {"right": "2"}


NUMBERED = ("1  Findings:\n2  Small cyst in the right breast.\n3  \n4  Impression:\n5  1. Right breast: a complicated cyst.\n"
            "6     BI-RADS 3. Follow-up in 6 months.\n7  2. Left breast: negative. BI-RADS 1.\n8  \n9  Signed.")


def test_blank_numbered_lines_keep_a_run_of_line_numbers() -> None:
    assert _by_breast(NUMBERED) == {"right": "3", "left": "1"}


def test_a_short_numbered_list_keeps_its_numbers() -> None:  # control: too few numbered lines of text to be a margin
    text = "1  Right breast: cyst. BI-RADS 2.\n2  \n3  Left breast: negative. BI-RADS 1."
    assert analyze(text).text.startswith("1  Right")


def test_a_dated_work_up_category_stands_when_no_other_is_given() -> None:
    text = ("Procedure date: 10.03.2026. Stereotactic biopsy of the right breast.\n"
            "Work-up assessment (mammogram 02.02.2026): BI-RADS 4A, right breast. BI-RADS 2, left breast.\n"
            "Pathology: fibroadenoma. Concordant benign.")
    assert _by_breast(text) == {"right": "4A", "left": "2"}


def test_a_dated_work_up_category_gives_way_to_todays() -> None:  # control: the post-biopsy category is today's
    text = ("Procedure date: 10.03.2026. Stereotactic biopsy of the right breast.\n"
            "Work-up assessment (mammogram 02.02.2026): BI-RADS 4A, right breast.\n"
            "Pathology: fibroadenoma.\nPost-biopsy assessment: BI-RADS 2 - Benign.")
    assert analyze(text).to_dict()["assessment"]["overall"] == "2"


def test_a_marker_opening_a_line_wrapped_mid_sentence_goes_on_with_it() -> None:
    text = "Host: and the verdict? Guest: I called the left one BI-RADS 4A, and the right one was\nBI-RADS 3 in my view."
    assert _by_breast(text) == {"left": "4A", "right": "3"}


def test_a_marker_opening_its_own_sentence_opens_its_own_statement() -> None:  # control: a terse line above
    text = "Impression\nStable benign calcifications left breast\nBIRADS: 2\nAnnual screening"
    assert _by_breast(text) == {}


def test_a_marker_row_under_collapsed_side_columns() -> None:
    text = ("CALCIFICATION FORM\nRt Lt\nMorphology Fine pleomorphic Punctate\nDistribution Segmental Scattered\n"
            "BIRADS 4C 2\n\nConclusion: biopsy of the right breast.")
    assert _by_breast(text) == {"right": "4C", "left": "2"}


def test_a_marker_row_with_another_count_of_values_is_not_split() -> None:  # control: three values, two sides
    text = "FORM\nR L\nBIRADS 4C 2 3\n\nConclusion: see text."
    assert _by_breast(text) == {}
