"""The sentence splitter on its own (sentences.split_sentences), over sections and sub-headers read by the
stages before it: full stops that do not end a sentence, lists, hard-wrapped lines, the breast of each
sentence, and offsets into the canonical text."""

from __future__ import annotations

import pytest

from readingscan.model import Breast, SectionKind, Sentence
from readingscan.read.sections import breast_headers, split_sections
from readingscan.read.sentences import is_prose, split_sentences


def sentences(text: str) -> tuple[Sentence, ...]:
    sections = split_sections(text)
    found = split_sentences(text, sections, breast_headers(text, sections))
    for sentence in found:  # every sentence is the text at its offsets, trimmed
        assert text[sentence.span.start:sentence.span.end] == sentence.span.text
        assert sentence.span.text == sentence.span.text.strip()
    return found


def texts(text: str) -> list[str]:
    return [s.span.text for s in sentences(text)]


# (body written after "FINDINGS: ", the sentences a reader sees), id
SPLITS = [
    ("Seen by Dr. Smith approx. 2 cm away. Next one.", ["Seen by Dr. Smith approx. 2 cm away.", "Next one."], "dr-approx"),
    ("Cyst vs. fibroadenoma, e.g. a complicated cyst. Biopsy.",
     ["Cyst vs. fibroadenoma, e.g. a complicated cyst.", "Biopsy."], "vs-eg"),
    ("Mass at 2 o'clock measures 1.2 cm. The 10:30 cyst is stable.",
     ["Mass at 2 o'clock measures 1.2 cm.", "The 10:30 cyst is stable."], "decimal-and-clock-faces"),
    ("A cyst measures 8 mm. The mass measures 1.2 cm. in size.",
     ["A cyst measures 8 mm.", "The mass measures 1.2 cm. in size."], "unit-then-lower-case"),
    ("Benign calcifications at 10:30 and 2:00 in the left breast.",
     ["Benign calcifications at 10:30 and 2:00 in the left breast."], "two-clock-faces"),
    ("No mass (see image 3). Stable calcs!  Is there skin thickening? No.",
     ["No mass (see image 3).", "Stable calcs!", "Is there skin thickening?", "No."], "other-stops"),
    ("right breast oval mass period circumscribed margins period new paragraph left breast negative period",
     ["right breast oval mass period", "circumscribed margins period", "new paragraph", "left breast negative period"],
     "spoken-stops-of-a-transcript"),
    ("A short follow-up period of six months. The stable period continues.",
     ["A short follow-up period of six months.", "The stable period continues."], "period-as-a-word"),
]


@pytest.mark.parametrize(("body", "expected"), [r[:2] for r in SPLITS], ids=[r[2] for r in SPLITS])
def test_full_stops(body: str, expected: list[str]) -> None:
    assert texts("FINDINGS: " + body) == expected


LISTS = [
    ("IMPRESSION:\n1. Benign cyst.\n2. Stable calcifications.", ["1. Benign cyst.", "2. Stable calcifications."],
     "one-per-line"),
    ("IMPRESSION: 1. Benign. 2. Cyst. 3. Annual screening.", ["1. Benign.", "2. Cyst.", "3. Annual screening."],
     "inline"),
    ("IMPRESSION:\n1) Benign cyst\n2) Annual screening", ["1) Benign cyst", "2) Annual screening"], "parenthesis"),
    ("IMPRESSION:\n- Benign cyst\n- Annual screening", ["- Benign cyst", "- Annual screening"], "dashes"),
    ("IMPRESSION: 1. Cyst measuring 1.2 cm at 10:30. 2. BI-RADS 2.",
     ["1. Cyst measuring 1.2 cm at 10:30.", "2. BI-RADS 2."], "inline-with-decimal"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in LISTS], ids=[r[2] for r in LISTS])
def test_numbered_lists(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


WRAPS = [
    ("FINDINGS:\nThere are grouped fine pleomorphic calcifications in the upper outer quadrant of\n"
     "the left breast. A cyst is seen.",
     ["There are grouped fine pleomorphic calcifications in the upper outer quadrant of\nthe left breast.",
      "A cyst is seen."], "lower-case-continuation"),
    ("FINDINGS:\nThere are grouped calcifications in the upper outer quadrant of the\nLeft breast. A cyst is seen.",
     ["There are grouped calcifications in the upper outer quadrant of the\nLeft breast.", "A cyst is seen."],
     "line-ending-in-the"),
    ("FINDINGS:\nAn oval mass is seen\n(image 4) in the left breast.",
     ["An oval mass is seen\n(image 4) in the left breast."], "parenthesis-continuation"),
    ("FINDINGS:\nNo suspicious mass\nNo suspicious calcifications",
     ["No suspicious mass", "No suspicious calcifications"], "line-per-statement"),
    ("FINDINGS:\nNo suspicious mass.\nthe skin is normal.", ["No suspicious mass.", "the skin is normal."],
     "full-stop-ends-the-line"),
    ("FINDINGS:\nSkin and nipples:\nnormal in appearance", ["Skin and nipples:", "normal in appearance"],
     "label-line-ends"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in WRAPS], ids=[r[2] for r in WRAPS])
def test_hard_wrapped_lines(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


CAPITALS = (
    "FINDINGS:\n"
    "THERE ARE NO SUSPICIOUS MASSES, ARCHITECTURAL DISTORTION OR SUSPICIOUS\n"
    "CALCIFICATIONS IN EITHER BREAST. THE SKIN AND NIPPLES ARE NORMAL IN APPEARANCE.\n"
    "SCATTERED BENIGN VASCULAR CALCIFICATIONS ARE PRESENT BILATERALLY AND ARE STABLE.\n"
    "NO SUSPICIOUS MASS\n"
    "NO AXILLARY ADENOPATHY\n"
    "IMPRESSION: NO MAMMOGRAPHIC EVIDENCE OF MALIGNANCY. BI-RADS 2: BENIGN."
)


def test_capital_lines_at_the_wrap_width_are_joined_short_ones_are_not() -> None:
    assert texts(CAPITALS) == [
        "THERE ARE NO SUSPICIOUS MASSES, ARCHITECTURAL DISTORTION OR SUSPICIOUS\nCALCIFICATIONS IN EITHER BREAST.",
        "THE SKIN AND NIPPLES ARE NORMAL IN APPEARANCE.",
        "SCATTERED BENIGN VASCULAR CALCIFICATIONS ARE PRESENT BILATERALLY AND ARE STABLE.",
        "NO SUSPICIOUS MASS",
        "NO AXILLARY ADENOPATHY",
        "NO MAMMOGRAPHIC EVIDENCE OF MALIGNANCY.",
        "BI-RADS 2: BENIGN.",
    ]


def test_capital_line_ending_in_a_word_that_cannot_end_is_joined() -> None:
    text = "FINDINGS:\nNO SUSPICIOUS CALCIFICATIONS IN\nTHE LEFT BREAST.\nNO MASS."
    assert texts(text) == ["NO SUSPICIOUS CALCIFICATIONS IN\nTHE LEFT BREAST.", "NO MASS."]


def test_each_sentence_carries_its_section() -> None:
    text = "HISTORY: Screening.\nFINDINGS: No mass. No calcifications.\nIMPRESSION: Benign."
    assert [(s.span.section, s.span.text) for s in sentences(text)] == [
        (SectionKind.HISTORY, "Screening."), (SectionKind.FINDINGS, "No mass."),
        (SectionKind.FINDINGS, "No calcifications."), (SectionKind.IMPRESSION, "Benign."),
    ]


SIDES = [
    ("FINDINGS:\nRIGHT BREAST: No mass. No calcifications.\nLEFT BREAST:\nA cyst at 2:00.\nLymph nodes: Normal.\n"
     "IMPRESSION: BI-RADS 2.",
     [("RIGHT BREAST: No mass.", Breast.RIGHT), ("No calcifications.", Breast.RIGHT), ("LEFT BREAST:", Breast.LEFT),
      ("A cyst at 2:00.", Breast.LEFT), ("Lymph nodes: Normal.", None), ("BI-RADS 2.", None)], "until-label-and-title"),
    ("FINDINGS: Left breast: cyst. Right breast: normal.",
     [("Left breast: cyst.", Breast.LEFT), ("Right breast: normal.", Breast.RIGHT)], "inline"),
    ("FINDINGS:\nBilateral:\nScattered benign calcifications.\nR:\nCyst.",
     [("Bilateral:", Breast.BOTH), ("Scattered benign calcifications.", Breast.BOTH), ("R:", Breast.RIGHT),
      ("Cyst.", Breast.RIGHT)], "both-then-right"),
    ("FINDINGS: A cyst in the left breast. No mass.", [("A cyst in the left breast.", None), ("No mass.", None)],
     "no-subheader"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in SIDES], ids=[r[2] for r in SIDES])
def test_the_subheaders_breast_on_each_sentence(text: str, expected: list[tuple[str, Breast | None]]) -> None:
    assert [(s.span.text, s.breast) for s in sentences(text)] == expected


OFFSETS = [
    ("Jane Doe\nBILATERAL MAMMOGRAM\n\nFINDINGS:\nNo mass.  \n\n  Cyst at 2:00 .\nIMPRESSION:\n\n",
     ["Jane Doe", "BILATERAL MAMMOGRAM", "No mass.", "Cyst at 2:00 ."], "blank-lines-and-spaces"),
    ("IMPRESSION: 1. Benign. 2. Cyst.\n\n\nRECOMMENDATION:  Annual screening mammogram…",
     ["1. Benign.", "2. Cyst.", "Annual screening mammogram…"], "trailing-space"),
    ("FINDINGS:\n\n\n", [], "empty-section"),
    ("", [], "empty"),
]


@pytest.mark.parametrize(("text", "expected"), [r[:2] for r in OFFSETS], ids=[r[2] for r in OFFSETS])
def test_offsets_are_the_text(text: str, expected: list[str]) -> None:
    found = sentences(text)  # the helper checks text[start:end] == span.text for every sentence
    assert [s.span.text for s in found] == expected
    assert [s.span.start for s in found] == sorted(s.span.start for s in found)


def test_offsets_of_capital_report() -> None:
    found = sentences(CAPITALS)
    assert len(found) == 7
    assert all(CAPITALS[s.span.start:s.span.end] == s.span.text for s in found)


@pytest.mark.parametrize(("section", "prose"), [
    (SectionKind.FINDINGS, True), (SectionKind.IMPRESSION, True), (SectionKind.ASSESSMENT, True),
    (SectionKind.HEADER, True), (None, True), (SectionKind.HISTORY, False), (SectionKind.COMPARISON, False),
    (SectionKind.TECHNIQUE, False), (SectionKind.RECOMMENDATION, False),
], ids=lambda v: str(v))
def test_is_prose(section: SectionKind | None, prose: bool) -> None:
    assert is_prose(section) is prose
