"""Round 21 (held_out_36, held_out_38): an earlier exam's block inside today's text. A line heading a block that names
an earlier exam (or dates an exam before the latest one the text dates) makes its block a comparison's; so does a row
of a table of exams by date dated before the latest. A heading naming today's exam, a report's own "Comparison:" line
and a history paragraph stay as they are. Our own wordings, each with a control."""

from __future__ import annotations

from readingscan import analyze
from readingscan.read.earlier_blocks import earlier_blocks


def _read(text: str) -> tuple[list[tuple[str, str | None, str]], dict[str, str]]:
    report = analyze(text).to_dict()
    return [(f["kind"], f["breast"], f["status"]) for f in report["findings"]], report["assessment"]["by_breast"]


_TODAY = ("Current diagnostic mammogram (Riverside clinic, 3 March 2026)\n"
          "A 15 mm irregular mass in the left breast at 10 o'clock. Left breast BI-RADS 4C. Right breast BI-RADS 1.\n")


def test_a_block_under_a_heading_naming_an_earlier_exam_is_a_comparison() -> None:
    for heading in ("Previous screening mammogram (June 2024)", "Prior examination, 2023", "Last year's screen"):
        text = (f"Teaching case 4\n\n{heading}\nRight breast: 9 mm oval mass at 6 o'clock, BI-RADS 3. Left breast "
                f"BI-RADS 1.\n\n{_TODAY}")
        findings, by_breast = _read(text)
        assert by_breast == {"left": "4C", "right": "1"}, heading
        assert ("mass", "right", "present") not in findings, heading


def test_a_block_under_a_heading_dated_before_the_latest_exam_is_a_comparison() -> None:
    text = ("Mammogram 12 May 2024\nRight breast: 9 mm oval mass at 6 o'clock, BI-RADS 3.\n\n"
            "Mammogram 3 March 2026\nA 15 mm irregular mass in the left breast. Left breast BI-RADS 4C. Right breast "
            "BI-RADS 1.\n")
    assert _read(text)[1] == {"left": "4C", "right": "1"}
    # Control: a later heading that names no exam (an addendum) dates no exam.
    text = ("Mammogram 12 May 2024\nRight breast: 9 mm oval mass at 6 o'clock, BI-RADS 3.\n\n"
            "Addendum 20 May 2024\nDiscussed with the referrer.\n")
    assert earlier_blocks(text) == []
    # Control: exams a day apart are one work-up, all today's.
    text = ("1. Mammogram (10.03.2026)\nRight breast: 9 mm oval mass at 6 o'clock.\n\n"
            "2. Breast ultrasound (11.03.2026)\nRight 6 o'clock: 9 mm hypoechoic mass. Right breast BI-RADS 4A.\n")
    assert earlier_blocks(text) == []


def test_a_heading_naming_today_or_no_earlier_exam_changes_nothing() -> None:
    text = ("Today's examination (3 March 2026)\nRight breast: 9 mm oval mass at 6 o'clock, BI-RADS 3.\n")
    assert earlier_blocks(text) == []
    assert _read(text)[1] == {"right": "3"}
    # A heading comparing today's exam with the earlier one is today's.
    assert earlier_blocks("Previous and current mammograms compared\nNew right mass, BI-RADS 4B.\n") == []


def test_a_comparison_line_and_a_history_paragraph_stay_as_they_are() -> None:
    text = ("Comparison: prior mammogram 2023\nRight breast: 9 mm oval mass at 6 o'clock, BI-RADS 3.\n")
    assert earlier_blocks(text) == []
    text = ("Previous mammogram in 2023 was normal. She now has a lump.\n"
            "Right breast: 9 mm oval mass at 6 o'clock, BI-RADS 3.\n")
    assert earlier_blocks(text) == []
    assert _read(text)[1] == {"right": "3"}


_TABLE = ("Imaging chronology\n\n"
          "# | Date       | Study                | Result as reported\n"
          "--+------------+----------------------+--------------------------------------\n"
          "a | 11/02/2021 | screening mammogram  | No mass or calcification in either\n"
          "  |            |                      | breast. BI-RADS 1.\n"
          "b | 19/08/2025 | diagnostic mammogram | Left 12 mm spiculated mass, BI-RADS 5.\n")


def test_a_table_row_of_an_exam_dated_before_the_latest_is_a_comparison() -> None:
    findings, by_breast = _read(_TABLE)
    assert by_breast == {"left": "5"}
    assert findings == [("mass", "left", "present")]  # not the 2021 row's "No mass or calcification"


def test_a_table_of_one_exam_or_without_dates_changes_nothing() -> None:
    one = _TABLE.split("b | ")[0]
    assert earlier_blocks(one) == []
    # A table whose heading row names no exam, report or findings is no table of exams.
    assert earlier_blocks(_TABLE.replace("Study", "Payer").replace("Result as reported", "Amount billed")) == []
