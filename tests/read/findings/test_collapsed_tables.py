"""A right/left form table whose gaps a portal or a paste closed to single spaces reads as the aligned one."""

from __future__ import annotations

import pytest

from readingscan import analyze

ALIGNED = """SCREENING MAMMOGRAM
Item                          Right         Left
Mass                          Yes           No
Calcification                 No            Yes (benign)
Architectural distortion      No            No
"""


def _read(text: str) -> set[tuple[str, str | None, str]]:
    return {(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]}


def _collapsed(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def test_the_collapsed_table_reads_as_the_aligned_one_cell_by_side() -> None:
    expected = {("mass", "right", "present"), ("mass", "left", "absent"), ("calcification", "right", "absent"),
                ("calcification", "left", "present"), ("architectural_distortion", "right", "absent"),
                ("architectural_distortion", "left", "absent")}
    assert _read(ALIGNED) == expected
    assert _read(_collapsed(ALIGNED)) == expected


@pytest.mark.parametrize("prose", [
    "The right breast shows an oval mass and the left breast has no mass.",
    "Benign calcifications are seen in both breasts.",
], ids=["mass-sentence", "calcification-sentence"])
def test_two_side_words_over_prose_make_no_table(prose: str) -> None:
    assert _read(f"SCREENING MAMMOGRAM\nRight Left\n{prose}") == _read(f"SCREENING MAMMOGRAM\n{prose}")
