"""Which side a lesion is in when a sentence names it relative to another, and fields of one line (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.rules import cue


def _kinds(text: str) -> set[tuple[str, str | None, str]]:
    return {(f.kind.value, f.breast.value if f.breast else None, f.status.value) for f in analyze(text).findings}


# A side named relative to the lesion described: the same side, or the other breast.
RELATIVE = [
    # (report, finding expected)
    ("Case discussion\nA 3 cm irregular mass was seen in the left breast at 2 o'clock. The right breast was clear.\n"
     "Ultrasound showed an irregular hypoechoic mass. Three abnormal lymph nodes were found on the same side.",
     ("lymph_node", "left", "present")),
    ("Case\nAn oval circumscribed mass lies in the upper inner quadrant of the left breast. The contralateral breast "
     "contains coarse popcorn calcifications.", ("calcification", "right", "present")),
    ("Quiz\nA spiculated mass is seen at 9 o'clock in the right breast. Benign round calcifications are scattered in "
     "the opposite breast.", ("calcification", "left", "present")),
    ("Case\nA 2 cm irregular mass is present in the right breast at 10 o'clock. An ipsilateral axillary node has a "
     "thickened cortex.", ("lymph_node", "right", "present")),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE, ids=["same-side", "contralateral", "opposite", "ipsilateral"])
def test_a_side_named_relative_to_the_lesion_described(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _kinds(text)


@pytest.mark.parametrize(("words", "names"), [
    ("seen on the same side", "same"), ("an ipsilateral axillary node", "same"), ("the contralateral breast", "opposite"),
    ("in the other breast", "opposite"),
    # The arm's side, a history, another lesion of any breast: no place relative to the lesion.
    ("ipsilateral to a recent vaccination", None), ("history of contralateral cancer", None),
    ("no other breast lesion", None),
])
def test_which_words_name_a_side_relative_to_the_lesion(words: str, names: str | None) -> None:
    match = cue("relative_side").search(words)
    assert (match.lastgroup if match else None) == names


def test_finding_labels_in_fields_split_by_bars_are_findings_of_their_own() -> None:
    # "Calcifications:" ends its field at the bar: it is no label of the next field's finding word.
    text = ("Structured report\n  RIGHT - Mass: absent | Calcifications: Yes, amorphous, grouped | Asymmetry: No\n"
            "  LEFT - Mass: absent | Asymmetry: No")
    assert ("calcification", "right", "present") in _kinds(text)


def test_a_sentence_about_this_lesion_with_a_generic_adverb_still_describes_it() -> None:
    # "typically" in a sentence whose subject is the lesion described is no generic teaching statement.
    text = "FINDINGS:\nThe calcifications in the left breast are now typically dystrophic."
    assert ("calcification", "left", "present") in _kinds(text)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # A side just before the next finding word of a list is that word's alone.
    ("FINDINGS:\nBenign findings: cysts and a R intramammary lymph node.", ("lymph_node", "right", "present"),
     ("mass", "right", "present")),
    # A side after a finding word, not just before the next one, is the side of both.
    ("FINDINGS:\nThere is a mass in the right breast and calcifications.", ("calcification", "right", "present"), None),
    # The next item names its own side after it: the side before the list break was the earlier item's.
    ("IMPRESSION:\nBenign: a lipoma in the right breast and a calcified intramammary node in the left breast.",
     ("calcification", "left", "present"), ("calcification", "right", "present")),
    ("IMPRESSION:\nStable simple cyst on the left, and a calcified fibroadenoma on the right.",
     ("mass", "right", "present"), ("calcification", "left", "present")),
], ids=["side-of-the-next-word", "side-of-both", "own-side-after", "own-side-after-comma"])
def test_a_side_before_the_next_word_of_a_list_is_its_own(
    text: str, expected: tuple[str, str, str], not_expected: tuple[str, str, str] | None,
) -> None:
    kinds = _kinds(text)
    assert expected in kinds and not_expected not in kinds
