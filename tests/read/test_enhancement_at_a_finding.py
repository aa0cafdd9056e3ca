"""No enhancement where a finding lies says the finding is there and does not enhance: the finding is not absent
(modalities_17 first-look cause). Our own wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _kinds(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.kind.value, f.breast.value if f.breast else None, f.status.value) for f in analyze(text).findings]


@pytest.mark.parametrize(("text", "want"), [
    ("No abnormal enhancement related to the right calcifications.", [("calcification", "right", "present")]),
    ("RC: No enhancement at the site of the right calcifications.", [("calcification", "right", "present")]),
    ("Recombined: no suspicious enhancement within the left mass.", [("mass", "left", "present")]),
    ("Subtraction images: no enhancement in the region of the left asymmetry.", [("asymmetry", "left", "present")]),
    # controls: a finding itself negated stays absent
    ("No enhancing mass or calcifications.", [("mass", None, "absent"), ("calcification", None, "absent")]),
    ("No abnormal enhancement. No suspicious calcifications in the left breast.", [("calcification", "left", "absent")]),
])
def test_no_enhancement_at_a_finding_leaves_the_finding_there(text: str, want: list) -> None:
    assert _kinds(text) == want
