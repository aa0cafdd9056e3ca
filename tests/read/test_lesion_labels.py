"""A lesion named by a label ("Lesion A", "#2", a "Lesion 3" heading) is taken up by that label: the words of a
line about one label describe that label's lesion, and two labels are two lesions (findings/labels.py)."""

from __future__ import annotations

from typing import Any

import pytest

from readingscan import analyze


def _present(text: str) -> list[dict[str, Any]]:
    return [f for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]


def _kinetics(finding: dict[str, Any]) -> tuple[Any, Any]:
    return finding["descriptors"].get("kinetics_initial"), finding["descriptors"].get("kinetics_delayed")


# Kinetics listed by label in a section after the lesions: each line to its own lesion, not the last one described.
LATER_KINETICS = [
    "FINDINGS:\nLesion A (right 9:00): 12 mm irregular mass with spiculated margins.\n"
    "Lesion B (left 3:00): 20 mm segmental non-mass enhancement.\n\n"
    "CURVE ANALYSIS:\nLesion A: fast initial enhancement, washout.\nLesion B: slow initial enhancement, persistent "
    "enhancement.\n",
    "FINDINGS:\n#1. Rt 9H: 1.2 cm irregular mass with spiculated margin.\n"
    "#2. Lt 3H: 2 cm segmental non-mass enhancement.\n\n"
    "Curves:\n#1: rapid initial enhancement, washout.\n#2: slow initial enhancement, persistent enhancement.\n",
]


@pytest.mark.parametrize("text", LATER_KINETICS)
def test_kinetics_by_label_go_to_the_labelled_lesion(text: str) -> None:
    by_kind = {f["kind"]: f for f in _present(text)}
    assert _kinetics(by_kind["mass"]) == ("fast", "washout")
    assert _kinetics(by_kind["non_mass"]) == ("slow", "persistent")
    assert by_kind["mass"]["breast"] == "right" and by_kind["non_mass"]["breast"] == "left"


def test_lesions_under_different_label_headings_stay_apart() -> None:
    text = ("FINDINGS:\nLesion #1\nLeft breast. Oval hypoechoic mass with circumscribed margins.\n\n"
            "Lesion #2\nLeft breast. Alike oval hypoechoic mass with indistinct margins.\n")
    masses = [f for f in _present(text) if f["kind"] == "mass"]
    assert [m["descriptors"].get("margin") for m in masses] == ["circumscribed", "indistinct"]


# Controls: a kinetics line naming no label still describes the lesion described last; a size after the word
# "lesion" is no label; a line about two labels names neither.
def test_an_unlabelled_kinetics_line_describes_the_last_lesion() -> None:
    text = ("FINDINGS:\nRight 9:00: 12 mm irregular mass with spiculated margins.\n"
            "Left 3:00: 20 mm segmental non-mass enhancement.\nKinetics: fast initial enhancement, washout.\n")
    by_kind = {f["kind"]: f for f in _present(text)}
    assert _kinetics(by_kind["non_mass"]) == ("fast", "washout")
    assert _kinetics(by_kind["mass"]) == (None, None)


def test_a_size_after_the_word_lesion_is_no_label() -> None:
    text = ("FINDINGS:\nLesion #1\nRight breast. Irregular hypoechoic lesion 9 x 7 mm with angular margins.\n"
            "Another irregular hypoechoic lesion 4 x 3 mm with angular margins at 2 o'clock.\n")
    assert len([f for f in _present(text) if f["kind"] == "mass"]) == 2
    assert all(f["breast"] == "right" for f in _present(text))


def test_a_line_about_two_labels_describes_neither_alone() -> None:
    text = ("FINDINGS:\nLesion 1 (right 9:00): 12 mm irregular mass with spiculated margins.\n"
            "Lesion 2 (right 6:00): 5 mm oval mass with circumscribed margins.\n\n"
            "KINETICS:\nLesion 1 and Lesion 2: fast initial enhancement, washout.\n")
    masses = [f for f in _present(text) if f["kind"] == "mass"]
    assert len(masses) == 2
    assert _kinetics(masses[0]) == (None, None)


# A lesion table aligned by spaces: the "Size" column's cell is the lesion's size, not the "FN" distance before it.
def test_an_aligned_lesion_row_takes_its_size_column() -> None:
    text = ("FINDINGS:\nLesions:\nNo.  Side   Clock    FN      Size    Description\n"
            "1    Left   4:00     3 cm    8 mm    oval, circumscribed, parallel\n"
            "2    Right  11:00    6 cm    12 mm   irregular, angular, not parallel\n")
    assert [f["size_mm"] for f in _present(text)] == [8.0, 12.0]


def test_an_aligned_lesion_row_without_a_size_column_keeps_its_size() -> None:  # control
    text = ("FINDINGS:\nLesions:\nNo.  Side   Clock    Description\n"
            "1    Left   4:00     9 mm oval, circumscribed, parallel\n")
    assert [f["size_mm"] for f in _present(text)] == [9.0]
