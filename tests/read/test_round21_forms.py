"""Round 21 (held_out_37 phrases, held_out_38): word forms. A side's abbreviation glued to a quadrant's ("LtUIQ");
"AD" after a lone side letter; a side letter in a column of its own of a table aligned by spaces. Our own wordings,
each with a control."""

from __future__ import annotations

from readingscan import analyze
from readingscan.read.lexicon import lexicon_for
from readingscan.read.spelling import Spelling
from readingscan.rules.records import LexiconGroup


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def test_a_side_glued_to_a_quadrant_abbreviation_is_the_side_and_the_quadrant() -> None:
    assert _findings("LtUIQ oval mass 9mm") == [("mass", "left", "present")]
    assert _findings("punctate calcs RTLOQ, grouped") == [("calcification", "right", "present")]
    assert _findings("Cyst RightLIQ") == [("mass", "right", "present")]
    control = "oval mass 9mm in the UIQ"  # no side written: none read
    assert _findings(control) == [("mass", None, "present")]


def test_the_glued_words_keep_their_own_places() -> None:
    found = lexicon_for(LexiconGroup.FINDINGS).find("LtUIQ mass")
    assert [(m.span.text, m.category.value) for m in found][:2] == [("Lt", "laterality"), ("UIQ", "quadrant")]


def test_only_a_place_in_capitals_after_a_side_is_split() -> None:
    spelling = Spelling(frozenset({"uoq", "outer", "left"}), frozenset(), sides=frozenset({"r", "rt", "l"}),
                        places=frozenset({"uoq", "outer"}))
    respelt = spelling.respell("RtUOQ nodule")
    assert respelt is not None and respelt.text == "Rt UOQ nodule"
    assert spelling.respell("Router nodule") is None  # a word, not a side and a place
    assert spelling.respell("rtuoq nodule") is None  # no abbreviation in capitals


def test_ad_after_a_lone_side_letter_is_architectural_distortion() -> None:
    assert _findings("L AD (reader 2 only) - consensus: recall") == [("architectural_distortion", "left", "present")]
    assert _findings("Rt AD, arbitration pending") == [("architectural_distortion", "right", "present")]
    control = "History: AD, on treatment"  # no side letter before it: not read as a distortion
    assert _findings(control) == []


def test_a_side_letter_in_its_own_column_of_an_aligned_table_is_the_side() -> None:
    text = ("No  Side  Clock  Size(mm)  Description\n"
            "1   L     3      11        oval circumscribed mass\n"
            "2   R     8      7         irregular mass\n")
    assert _findings(text) == [("mass", "left", "present"), ("mass", "right", "present")]
    control = "Lesion L3 is a 7 mm oval mass."  # a letter in a label, not a cell of its own
    assert ("mass", "left", "present") not in _findings(control)
