"""A reader's choice of the exam's category ("or you could just call it negative", "I'd read this as negative") is a
verdict on the study, not an absence of the lesion named before it. A lesion said negative itself still is (control)."""

from __future__ import annotations

import pytest

from readingscan import analyze

NODE = "Left breast: a benign intramammary lymph node with a fatty hilum. "


def _nodes(text: str) -> set[tuple[str | None, str]]:
    return {(f["breast"], f["status"]) for f in analyze(text, "t").to_dict()["findings"] if f["kind"] == "lymph_node"}


@pytest.mark.parametrize("verdict", ["Category 2 for that node, or one might call it negative.",
                                     "Given the node, I would still read the study as negative."])
def test_a_verdict_on_the_study_denies_no_lesion(verdict: str) -> None:
    assert _nodes(NODE + verdict) == {("left", "present")}


def test_a_lesion_said_negative_is_absent() -> None:
    assert ("left", "absent") in _nodes("Left breast: no mass. Left axillary lymph nodes: negative.")
