"""A category's side written after it reaches to the end of its statement, not into the next statement its line
holds when that one opens with a breast's label (a dictated impression run into one line); a bracketed side after the
category's sentence on the same line is still its own. Our own wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze

DICTATED = """EXAM BILATERAL MAMMOGRAPHY
CLINICAL INFORMATION SCREENING NEW PARAGRAPH
FINDINGS THE BREASTS ARE SCATTERED FIBROGLANDULAR NEW PARAGRAPH
RIGHT BREAST THERE IS A ROUND CIRCUMSCRIBED MASS AT NINE OCLOCK MEASURING 9 MM NEW PARAGRAPH
LEFT BREAST THERE ARE NO SUSPICIOUS CALCIFICATIONS NEW PARAGRAPH
IMPRESSION {impression} NEW PARAGRAPH
ADVICE FOLLOW UP AS ADVISED
"""


def _by_breast(text: str) -> dict[str, str]:
    return dict(analyze(text).to_dict()["assessment"]["by_breast"])


@pytest.mark.parametrize(("impression", "want"), [
    ("RIGHT BREAST PROBABLY BENIGN MASS BIRADS 3 LEFT BREAST NEGATIVE BIRADS 1", {"right": "3", "left": "1"}),
    ("RIGHT BREAST SUSPICIOUS ROUND MASS WITH NODES BIRADS 4B LEFT BREAST BENIGN CALCIFICATIONS BIRADS 2",
     {"right": "4B", "left": "2"}),
])
def test_a_dictated_categorys_side_stays_in_its_statement(impression: str, want: dict[str, str]) -> None:
    assert _by_breast(DICTATED.format(impression=impression)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("ASSESSMENT:\nCategory 3: Probably benign - short interval follow-up. (Left breast)\nCategory 1: Negative. (Right breast)",
     {"left": "3", "right": "1"}),
    ("IMPRESSION: BI-RADS 4A left breast. BI-RADS 1 right breast.", {"left": "4A", "right": "1"}),
])
def test_a_side_after_its_categorys_sentence_on_its_line_is_still_its_own(text: str, want: dict[str, str]) -> None:
    assert _by_breast(text) == want
