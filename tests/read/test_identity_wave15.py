"""Lesion identity and binding (wave 15), in our own wording: a pointing phrase in a sentence naming its own side
takes that side; a size
before a word naming a part of the lesion ("a 3 mm mural nodule") is not the lesion's; "both are unchanged"
after ";" is about the clause before; "central" and
"subareolar" are one place; a summary's "additional"
lesion where the findings placed one is that lesion."""

from __future__ import annotations

from typing import Any

import pytest

from readingscan import analyze


def _findings(text: str) -> list[tuple[Any, ...]]:
    found = analyze(text, "wave15").to_dict()["findings"]
    return sorted((f["kind"], f["breast"], f["status"]) for f in found)


# (text, findings as (kind, breast, status)), id
FINDINGS = [
    ("Right breast: a few benign calcifications.\nLeft breast: under the BB marker lies a spiculated mass.",
     [("calcification", "right", "present"), ("mass", "left", "present")], "own-side-label-beats-the-pointer"),
    # control: no side of its own, the pointer still takes the side named before
    ("Right breast: an oval mass at 10 o'clock. At this site there are also fine calcifications.",
     [("calcification", "right", "present"), ("mass", "right", "present")], "pointer-without-own-side"),
    ("A 14 mm spiculated mass in the right breast at 2 o'clock. Biopsy: carcinoma. On the old study a faint distortion"
     " was visible at the same site in the right breast.", [("mass", "right", "present")], "own-side-is-the-pointed-side"),
    # a size before a word naming a part of the lesion is not the lesion's: one cyst, not a second small mass
    ("Left breast: 10 mm cyst at 4 o'clock.\n\nOn re-review the cyst at 4 o'clock in the left breast has a 2 mm thick"
     " septum and a 3 mm mural nodule.", [("mass", "left", "present")], "size-of-a-part"),
    # control: a small mass of its own at the same clock face is another lesion
    ("Left breast: 10 mm cyst at 4 o'clock.\n\nA 4 mm solid mass at 4 o'clock in the left breast.",
     [("mass", "left", "present")] * 2, "size-of-another-mass"),
    # "central" and "subareolar" both place a sign behind the nipple: one retraction said twice
    ("Right breast: nipple retraction in the subareolar region. Nipple retraction at the central region.",
     [("skin", "right", "present")], "central-is-behind-the-nipple"),
    # control: another quadrant is another place
    ("Right breast: skin thickening in the subareolar region. Skin thickening in the upper outer quadrant.",
     [("skin", "right", "present")] * 2, "another-quadrant-another-place"),
    # a summary's "additional" lesion at the place the findings gave one is that lesion said again
    ("FINDINGS:\nLeft breast: a 12 mm oval mass at 3 o'clock. A 7 mm irregular mass at 9 o'clock.\n\nIMPRESSION:\n"
     "Suspicious additional left mass at 9 o'clock.", [("mass", "left", "present")] * 2, "additional-in-summary-placed"),
    # control: at a place no lesion had, it is a new one
    ("FINDINGS:\nLeft breast: a 12 mm oval mass at 3 o'clock. A 7 mm irregular mass at 9 o'clock.\n\nIMPRESSION:\n"
     "Suspicious additional left mass at 6 o'clock.", [("mass", "left", "present")] * 3, "additional-in-summary-new"),
]

# (text, kinds read stable), id
STABLE = [
    ("Right breast: a focal asymmetry with coarse calcifications; both are unchanged since 2021.",
     ["asymmetry", "calcification"], "both-after-a-semicolon"),
    ("Left breast: two oval masses at 3 o'clock; these are stable.", ["mass"], "these-after-a-semicolon"),
    # control: a new clause naming its own finding keeps the stability to itself
    ("Right breast: a focal asymmetry; the calcifications are unchanged since 2021.", ["calcification"],
     "own-subject-after-a-semicolon"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in STABLE], ids=[r[2] for r in STABLE])
def test_stability_restated_after_a_semicolon(text: str, expected: list[str]) -> None:
    found = analyze(text, "wave15").to_dict()["findings"]
    assert sorted(f["kind"] for f in found if f["stable"]) == expected


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in FINDINGS], ids=[r[2] for r in FINDINGS])
def test_findings(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _findings(text) == sorted(expected)
