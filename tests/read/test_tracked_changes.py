"""A report with a reviewer's edits shown ("compare versions", tracked changes): the struck-out words are an earlier
version's and give no finding of today's; the inserted words are the report's."""

from __future__ import annotations

import pytest

from readingscan import analyze

EDITS = [
    ("Left breast: a 12 mm oval mass. [-No associated calcifications.-]{+Coarse calcifications are present within it.+}",
     [("mass", "left", "present"), ("calcification", "left", "present")]),
    ("Left breast: a 12 mm oval mass. ~~No associated calcifications.~~ Coarse calcifications are present within it.",
     [("mass", "left", "present"), ("calcification", "left", "present")]),
    ("Left breast: a 12 mm oval mass. <del>No associated calcifications.</del><ins>Coarse calcifications are present "
     "within it.</ins>", [("mass", "left", "present"), ("calcification", "left", "present")]),
    ("Left breast: a 12 mm [-oval circumscribed mass-]{+oval mass with obscured margins+}.\n"
     "Right breast: [-Negative.-]{+A benign intramammary lymph node is unchanged.+}",
     [("mass", "left", "present"), ("lymph_node", "right", "present")]),
    ("Right breast: [-No suspicious mass or calcifications.\nNo skin thickening.-]\n{+Skin thickening is present.+}",
     [("skin", "right", "present")]),
]


@pytest.mark.parametrize(("text", "found"), EDITS)
def test_struck_out_words_give_no_finding(text: str, found: list[tuple[str, str, str]]) -> None:
    findings = analyze(text).to_dict()["findings"]
    assert [(f["kind"], f["breast"], f["status"]) for f in findings] == found


def test_a_number_in_brackets_is_no_edit() -> None:
    """A bracket opening with a minus sign and a number ("[-2 to +2]") strikes nothing out."""
    findings = analyze("Left breast: a 12 mm oval mass [-2 to +2-] and no calcifications.").to_dict()["findings"]
    assert [(f["kind"], f["status"]) for f in findings] == [("mass", "present"), ("calcification", "absent")]
