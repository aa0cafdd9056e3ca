"""A later sentence that says what the lesion just described is ("This is thus a classic intramammary node") names
that lesion, of the kind it says: no second lesion beside it. A lesion of that kind named with a side of its own is
one more."""

from __future__ import annotations

import pytest

from readingscan import analyze

LESION = "Tomosynthesis showed an 8 mm oval circumscribed mass at 10 o'clock in the right breast. A fatty centre was seen. "
NAMED = [
    LESION + "This is thus a classic intramammary lymph node.",
    LESION + "It is a typical intramammary lymph node and needs no recall.",
    LESION + "It was hence an intramammary lymph node.",
]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(f["kind"], f["breast"]) for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]


@pytest.mark.parametrize("text", NAMED)
def test_the_lesion_described_is_what_the_sentence_says(text: str) -> None:
    assert _kinds(text) == [("lymph_node", "right")]


def test_a_node_with_a_side_of_its_own_is_another_lesion() -> None:
    assert _kinds(LESION + "An intramammary lymph node is seen in the left breast.") == [
        ("mass", "right"), ("lymph_node", "left")]
