"""Teaching texts: a speaker's "right here" / "right now" / "all right" names no side; a lesion seen on another exam
"at the location of" the first one is that lesion; a column's name over a piece's Title Case title ("Pearls and
Pitfalls: The ...") opens the case told under it, not a section of lessons."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _found(text: str, kind: str) -> list[tuple[str, str]]:
    return [(f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"] if f["kind"] == kind]


SIDES = [
    ("Next case, a 58-year-old. On the left MLO view you can see a spiculated mass, right here at the top.",
     "mass", [("left", "present")]),
    ("So, all right, the left breast: a cluster of amorphous calcifications. Let me show you them right now.",
     "calcification", [("left", "present")]),
    # Control: a side written as a side still counts.
    ("On the left MLO view there is nothing. Right here in the right breast, a spiculated mass.",
     "mass", [("right", "present")]),
    ("Left breast normal. Right breast: an oval circumscribed mass.", "mass", [("right", "present")]),
]


@pytest.mark.parametrize(("text", "kind", "want"), SIDES)
def test_a_speakers_right_here_names_no_side(text: str, kind: str, want: list[tuple[str, str]]) -> None:
    assert _found(text, kind) == want


SAME_PLACE = [
    ("Mammography showed a developing asymmetry in the right upper outer quadrant. Sonography of the right breast "
     "found a 7 mm irregular hypoechoic mass at 10 o'clock, at the same location of the asymmetry.",
     "mass", []),
    # Control: a mass at the site of a procedure is a lesion of its own.
    ("Mammography showed a developing asymmetry in the right upper outer quadrant. Sonography of the right breast "
     "found a 7 mm irregular hypoechoic mass at the site of the previous biopsy.",
     "mass", [("right", "present")]),
]


@pytest.mark.parametrize(("text", "kind", "want"), SAME_PLACE)
def test_a_lesion_at_the_location_of_another_is_that_lesion(text: str, kind: str, want: list[tuple[str, str]]) -> None:
    assert _found(text, kind) == want


COLUMN = ("Pearls and Pitfalls: The Lump Nobody Saw\nA. Author, MD\n\nThe case. A 52-year-old woman had screening. "
          "The breasts were heterogeneously dense. A 12 mm spiculated mass was seen in the right breast.\n\n"
          "Pearls\n- A spiculated mass in a dense breast needs ultrasound.\n")


def test_a_columns_name_over_a_title_opens_the_case() -> None:
    report = analyze(COLUMN).to_dict()
    assert _found(COLUMN, "mass") == [("right", "present")]
    assert report["density"]["category"] == "c"


def test_pearls_and_pitfalls_over_lessons_stays_a_lesson_section() -> None:
    text = ("Case: right breast, 9 mm oval circumscribed mass.\n\nPearls and pitfalls:\n- An irregular mass in the "
            "left breast is suspicious until proven otherwise.\n")
    assert _found(text, "mass") == [("right", "present")]
