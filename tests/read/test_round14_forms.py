"""Forms and wordings modalities_20 showed the engine misread, each as a mechanism (our own wordings): a phrase read
across a form's line break into the next field's label; a field answered side by side ("Right: ... Left: No"); a field
under no breast's block, or past the rows indented under one; a lesion named as another's place ("within mass"); the
skin "overlying" a lesion; "posterior echo enhanced"; the echo of a duct's contents; dictated "classifications"."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def _descriptors(text: str) -> list[dict[str, str]]:
    return [dict(f.get("descriptors") or {}) for f in analyze(text).to_dict()["findings"]]


# ---- a phrase across a line break into the next field's label
ROWS = "SONOGRAPHY\n\nLEFT BREAST\nMass seen: Yes\n   Shape: Round\n   Echogenic foci: {answer}\n   Vascularity: Absent\n"


def test_the_answer_of_one_field_and_the_label_of_the_next_are_read_apart() -> None:
    got = analyze(ROWS.format(answer="No")).to_dict()["findings"]
    assert got[0]["descriptors"].get("vascularity") == "absent"


def test_the_field_after_an_answered_field_is_read_as_before() -> None:  # control: an answer ending in a word
    got = analyze(ROWS.format(answer="none seen")).to_dict()["findings"]
    assert got[0]["descriptors"].get("vascularity") == "absent"


# ---- a field answered side by side
SIDE_BY_SIDE = ("CESM REPORT\n\nFindings:\nRight breast:\n   Mass: No\nLeft breast:\n   Mass: Yes - oval, 9 mm\n\n"
                "Axillary nodes: Left: Yes - enlarged, 20 mm.  Right: No\n")


def test_each_later_side_answer_of_a_field_is_the_fields_finding() -> None:
    assert ("lymph_node", "right", "absent") in _findings(SIDE_BY_SIDE)
    assert ("lymph_node", "left", "present") in _findings(SIDE_BY_SIDE)


def test_a_side_label_of_a_category_line_names_no_finding() -> None:  # control: "Right: BI-RADS 1" stays a category
    got = _findings("Findings:\nLeft breast: oval mass.\n\nConclusion: Left: BI-RADS 3.  Right: BI-RADS 1.\n")
    assert got == [("mass", "left", "present")]


# ---- a field under no breast's block after the blocks named each breast
def test_a_field_outside_the_breasts_blocks_is_of_both_breasts() -> None:
    text = ("CESM REPORT\n\nFindings:\nRight breast:\n   Mass: Yes - irregular, 14 mm\nLeft breast:\n   Mass: No\n\n"
            "Axillary nodes: Right: Yes - enlarged.  Left: No\nNipple retraction: No\n")
    assert ("skin", "both", "absent") in _findings(text)


def test_a_sentence_going_on_after_a_lesion_keeps_its_side() -> None:  # control: prose, no field
    text = "CESM REPORT\n\nFindings:\nRight breast: no mass.\nLeft breast: irregular mass at 2:00.\nNo skin thickening."
    assert ("skin", "left", "absent") in _findings(text)


# ---- past the rows indented under a sub-header alone on its line
def _blocks(last_line: str) -> str:
    return ("BREAST MRI\n\nFindings:\nRight breast\n  Mass: No\n  NME: No\n\nLeft breast\n  Mass: Yes\n    Shape: Oval\n"
            f"  NME: No\n{last_line}\n")


def test_a_field_past_the_indented_rows_is_no_longer_that_breasts() -> None:
    assert ("lymph_node", "both", "absent") in _findings(_blocks("\nEnlarged regional nodes: No"))


def test_a_row_indented_under_the_sub_header_is_still_that_breasts() -> None:  # control
    assert ("lymph_node", "left", "absent") in _findings(_blocks("  Enlarged regional nodes: No"))


# ---- a lesion named as the place of another
@pytest.mark.parametrize(("line", "want"), [
    ("Echogenic calcifications within mass: No", [("mass", "left", "present"), ("calcification", "left", "absent")]),
    # control: a mass of its own is still denied
    ("Second mass: No", [("mass", "left", "present"), ("mass", "left", "absent")]),
])
def test_a_lesion_word_after_within_is_the_place_not_a_finding(line: str, want: list[tuple[str, str, str]]) -> None:
    assert _findings(f"ULTRASOUND\n\nFindings:\nLEFT BREAST\nMass: Yes\n   Shape: Oval\n   {line}\n") == want


# ---- the skin over a lesion
def test_the_skin_over_a_lesion_is_thickened() -> None:
    text = "Findings:\nLeft breast: irregular mass at 4 o'clock, 21 mm. The skin over this mass is thickened."
    assert _findings(text) == [("mass", "left", "present"), ("skin", "left", "present")]


def test_the_skin_is_still_read_alone() -> None:  # control
    assert _findings("Findings:\nLeft breast: the skin is thickened.") == [("skin", "left", "present")]


# ---- posterior echo enhanced / attenuated
@pytest.mark.parametrize(("said", "want"), [
    ("posterior echo enhanced", "enhancement"),
    ("posterior echo attenuated", "shadowing"),
    ("posterior acoustic enhancement", "enhancement"),  # control
])
def test_posterior_features_said_with_a_participle(said: str, want: str) -> None:
    text = f"Findings:\nRight breast at 2 o'clock an oval hypoechoic mass is seen, 8 mm, {said}."
    assert _descriptors(text)[0].get("posterior_features") == want


# ---- what a duct holds
def test_the_echo_of_a_ducts_contents_is_not_its_echo_pattern() -> None:
    got = analyze("Findings:\nLeft breast: dilated retroareolar ducts, 4 mm, with anechoic contents.").to_dict()
    assert [f["descriptors"].get("echo_pattern") for f in got["findings"]] == [None]


def test_an_anechoic_lesion_keeps_its_echo_pattern() -> None:  # control
    assert _descriptors("Findings:\nLeft breast: oval anechoic mass, 6 mm.")[0].get("echo_pattern") == "anechoic"


# ---- dictated "classifications"
def test_dictated_classifications_are_calcifications() -> None:
    text = "Findings:\nRight breast: no suspicious mass or classifications.\nLeft breast: negative."
    assert ("calcification", "right", "absent") in _findings(text)


def test_a_category_classification_is_no_finding() -> None:  # control
    assert _findings("Findings:\nNegative.\nImpression: BI-RADS classifications 1.") == []
