"""Clock faces and sizes on their own (locations.find_clocks, find_sizes), read from a sentence."""

from __future__ import annotations

import pytest

from readingscan.read.locations import find_clocks, find_sizes


def clocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str | float]]:
    found = find_clocks(text, start, len(text) if end is None else end)
    for measure in found:
        assert text[measure.span.start:measure.span.end] == measure.span.text
    return [(m.span.text, m.value) for m in found]


def sizes(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str | float]]:
    found = find_sizes(text, start, len(text) if end is None else end)
    for measure in found:
        assert text[measure.span.start:measure.span.end] == measure.span.text
    return [(m.span.text, m.value) for m in found]


# (sentence, clock faces as (words, "H:MM")), id
CLOCKS = [
    ("Mass at 2 o'clock.", [("2 o'clock", "2:00")], "o-clock"),
    ("Cyst at 10 o'clock.", [("10 o'clock", "10:00")], "ten-o-clock"),
    ("Cyst at 9 O'CLOCK.", [("9 O'CLOCK", "9:00")], "capitals"),
    ("Cyst at 12 o’clock.", [("12 o’clock", "12:00")], "curly-apostrophe"),
    ("Mass at 2 oclock.", [("2 oclock", "2:00")], "no-apostrophe"),
    ("The 3-o-clock cyst.", [("3-o-clock", "3:00")], "hyphens"),
    ("Cyst at 2:00.", [("2:00", "2:00")], "colon"),
    ("Cyst at the 10:30 position.", [("10:30", "10:30")], "half-hour"),
    ("Mass at 11:30 o'clock.", [("11:30 o'clock", "11:30")], "colon-and-o-clock"),
    ("Benign calcifications at 10:30 and 2:00.", [("10:30", "10:30"), ("2:00", "2:00")], "two"),
    ("Two groups at 1 and 3 o'clock.", [("1", "1:00"), ("3 o'clock", "3:00")], "hours-listed-before-one"),
    ("Cysts at 10, 12 and 2 o'clock.", [("10", "10:00"), ("12", "12:00"), ("2 o'clock", "2:00")], "three-listed"),
    ("Sizes 8 mm and 12 mm at 2 o'clock.", [("2 o'clock", "2:00")], "sizes-are-no-hours"),
    ("Seen at 10:30 am.", [], "time-am"),
    ("Exam at 2:45 PM.", [], "time-pm"),
    ("Cyst at 13:00.", [], "no-hour-13"),
    ("Acquired 14:30.", [], "twenty-four-hour-time"),
    ("Ratio 1:2.", [], "ratio"),
    ("Mass measures 1.2 cm.", [], "decimal"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in CLOCKS], ids=[r[2] for r in CLOCKS])
def test_clock_faces(text: str, expected: list[tuple[str, str]]) -> None:
    assert clocks(text) == expected


# (sentence, sizes as (words, largest dimension in mm)), id
SIZES = [
    ("An 8 mm mass.", [("8 mm", 8)], "mm"),
    ("A 5mm cyst.", [("5mm", 5)], "no-space"),
    ("A 1.2 cm mass.", [("1.2 cm", 12)], "cm-to-mm"),
    ("A 0.55 cm focus.", [("0.55 cm", 5.5)], "cm-to-fractional-mm"),
    ("A 2.0 cm mass.", [("2.0 cm", 20)], "whole-number"),
    ("Mass 0.6 x 0.4 x 0.5 cm.", [("0.6 x 0.4 x 0.5 cm", 6)], "largest-first"),
    ("Mass 1.5 x 2 cm.", [("1.5 x 2 cm", 20)], "largest-last"),
    ("Mass 10 x 12 x 9 mm.", [("10 x 12 x 9 mm", 12)], "largest-middle"),
    ("Mass 1 by 2 cm.", [("1 by 2 cm", 20)], "by"),
    ("Mass 8 × 6 mm.", [("8 × 6 mm", 8)], "times-sign"),
    ("Cyst 3 millimeters.", [("3 millimeters", 3)], "millimeters"),
    ("Mass 2 centimeters.", [("2 centimeters", 20)], "centimeters"),
    ("A 1.2 CM mass.", [("1.2 CM", 12)], "capitals"),
    ("Mass 4 cm from the nipple.", [], "from-the-nipple"),
    ("Mass 4 cm FN.", [], "fn"),
    ("A 1.2 cm mass, 3 cm from nipple.", [("1.2 cm", 12)], "size-and-distance"),
    ("Mass 3 cm deep to the skin.", [], "deep-to"),
    ("Mass 2 cm from the skin.", [], "from-the-skin"),
    ("Two masses, 8 mm and 1.1 cm.", [("8 mm", 8), ("1.1 cm", 11)], "two"),
    ("The marker lies within 4 mm of the lesion.", [], "within-of-a-target"),
    ("Both markers were within about 2 mm of their targets.", [], "within-about-of-targets"),
    ("The clip sits 6 mm away from the cyst.", [], "away-from"),
    ("The marker is 1 cm from the mass.", [], "from-a-lesion"),
    ("A 9 mm mass within 2 cm of the scar.", [("9 mm", 9)], "size-and-within-of"),
    ("A mass within the breast, 7 mm.", [("7 mm", 7)], "within-is-no-distance-alone"),
    ("It grew to 8 mm from 6 mm.", [("8 mm", 8), ("6 mm", 6)], "grew-from-a-size"),
    ("Two cysts 2 cm apart.", [], "apart"),
    ("At 2 o'clock, no mass.", [], "no-size"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in SIZES], ids=[r[2] for r in SIZES])
def test_sizes(text: str, expected: list[tuple[str, float]]) -> None:
    assert sizes(text) == expected


def test_only_within_the_bounds() -> None:
    text = "Cyst at 2:00, 8 mm. Mass at 10 o'clock, 1.5 cm."
    second = text.index("Mass")
    assert clocks(text, second) == [("10 o'clock", "10:00")]
    assert sizes(text, second) == [("1.5 cm", 15)]
    assert clocks(text, 0, second) == [("2:00", "2:00")]
    assert sizes(text, 0, second) == [("8 mm", 8)]
