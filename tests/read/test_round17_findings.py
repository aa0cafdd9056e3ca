"""Round 17's findings mechanisms, each with a control that stays as it is: a markdown table's label cell, a cell
denying its row's finding in words of its own, a side a sentence of its own places the lesions after it in, an arrow
detailing a form's field, a supposed case, a side a category is given for, a generic look of a finding, a title's
sign taken up on one side, abbreviations of a phrase list, a denial after a history, a screening round, and a typo a
rule reads ahead to."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _atoms(text: str) -> set[tuple[str, str | None, str]]:
    return {(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]}


def _finding(text: str, kind: str) -> dict:
    return next(f for f in analyze(text).to_dict()["findings"] if f["kind"] == kind)


MARKDOWN = ("MAMMOGRAM BILATERAL\nRESULTS:\n"
            "| Item          | RIGHT                       | LEFT                  |\n"
            "|---------------|-----------------------------|-----------------------|\n"
            "| Distortion    | none                        | none                  |\n"
            "| Mass          | 9 mm oval mass at 2:00      | none                  |\n"
            "| Axilla        | no lymphadenopathy          | one enlarged node     |\n")


def test_a_markdown_tables_rows_are_read_cell_by_cell() -> None:
    atoms = _atoms(MARKDOWN)
    assert {("architectural_distortion", "right", "absent"), ("architectural_distortion", "left", "absent"),
            ("mass", "right", "present"), ("mass", "left", "absent")} <= atoms
    assert not any(status == "present" and kind == "architectural_distortion" for kind, _, status in atoms)


def test_a_cell_denying_its_rows_finding_in_its_own_words_is_absent() -> None:
    text = MARKDOWN.replace("| Axilla        |", "| Lymph nodes   |")
    atoms = _atoms(text)
    assert ("lymph_node", "right", "absent") in atoms
    assert ("lymph_node", "left", "present") in atoms  # control: a cell that names it


@pytest.mark.parametrize("opening", ["Lesion 2: Left breast, 3 o'clock, 5 cm from the nipple.", "Left breast, 7:00."])
def test_a_side_said_on_its_own_places_the_lesion_after_it(opening: str) -> None:
    text = ("FINDINGS\nRight breast, 10 o'clock. Oval circumscribed mass, 12 mm, stable since 2021.\n\n"
            f"{opening} Irregular mass with angular margins, 9 mm.\n")
    masses = {(f["breast"], f["stable"]) for f in analyze(text).to_dict()["findings"] if f["kind"] == "mass"}
    assert masses == {("right", True), ("left", False)}


def test_a_lesion_taken_up_without_a_side_stays_the_one_in_focus() -> None:
    text = "FINDINGS\nRight breast: oval circumscribed mass, 12 mm. On ultrasound the mass is hypoechoic.\n"
    assert [f["breast"] for f in analyze(text).to_dict()["findings"] if f["kind"] == "mass"] == ["right"]
    text = ("IMPRESSION:\nLeft breast: oval mass at 2 o'clock, 9 mm, unchanged. BI-RADS 2 left.\nRight breast without "
            "changes. BI-RADS 1 right.\nNote: the mass was called a nodule in the original.")
    assert [f["breast"] for f in analyze(text).to_dict()["findings"] if f["kind"] == "mass"] == ["left"]


def test_an_arrow_opening_a_line_details_the_field_above() -> None:
    text = ("LEFT BREAST\n  Mass:              [ ] Yes   [x] No\n  Calcifications:    [x] Yes\n"
            "     -> coarse vascular calcifications, scattered\n")
    assert "vascular" in _finding(text, "calcification")["morphology"]


def test_an_arrow_after_a_lesion_still_says_what_it_is() -> None:
    text = "Right breast: oval circumscribed mass at 2 o'clock -> simple cyst."
    assert [f["kind"] for f in analyze(text).to_dict()["findings"]] == ["mass"]


@pytest.mark.parametrize("text", [
    "Card 3 front: What if the left calcifications had been fine linear and segmental?",
    "Suppose the right mass were spiculated: what category then?",
])
def test_a_supposed_case_names_no_finding(text: str) -> None:
    assert not [f for f in analyze(text).to_dict()["findings"] if f["status"] == "present"]


def test_a_conditional_of_this_lesion_is_no_supposed_case() -> None:
    assert ("calcification", "left", "present") in _atoms("Grouped amorphous calcifications in the left breast at 3 o'clock.")


def test_a_side_a_category_is_given_for_is_no_side_of_the_finding() -> None:
    text = ("Left breast: a new group of punctate calcifications at 2 o'clock. We agreed that a small group of punctate "
            "calcifications is low suspicion, and the report gave BI-RADS 4A for the left breast and BI-RADS 1 for the right.")
    sides = {f["breast"] for f in analyze(text).to_dict()["findings"] if f["kind"] == "calcification"}
    assert sides == {"left"}


def test_a_side_named_for_a_finding_still_counts() -> None:
    sides = {f["breast"] for f in analyze("Calcifications in the left breast and in the right breast.").to_dict()["findings"]}
    assert sides == {"both"}


def test_what_a_finding_looks_like_in_general_is_no_finding() -> None:
    text = ("Left breast: no masses. BI-RADS 1.\nReply: An oval mass with smooth margins parallel to the skin is the "
            "typical look of a fibroadenoma.")
    assert ("mass", "left", "present") not in _atoms(text)
    control = "Left breast: the oval mass is the typical look of a fibroadenoma."
    assert ("mass", "left", "present") in _atoms(control)


def test_a_titles_sign_taken_up_on_one_side_is_that_sides() -> None:
    text = ("An inverted nipple in an older woman\n\nBilateral mammography was performed. In the right breast, behind "
            "the areola, there is a spiculated mass. It pulls on the nipple, which is retracted.")
    assert _finding(text, "skin")["breast"] == "right"


@pytest.mark.parametrize(("text", "atom"), [
    ("L nipple retr.", ("skin", "left", "present")),
    ("dev. asymm. R UOQ", ("asymmetry", "right", "present")),
    ("poss. AD R 2:00 on MLO only", ("architectural_distortion", "right", "possible")),
    ("s/p R bx, marker clip seen, no residual mass", ("mass", "right", "absent")),
])
def test_a_phrase_lists_abbreviations(text: str, atom: tuple[str, str, str]) -> None:
    assert atom in _atoms(text)


def test_a_history_alone_still_names_no_finding_of_today() -> None:
    assert not _atoms("status post left lumpectomy for a mass")


def test_a_screening_round_is_no_shape() -> None:
    text = "Cluster of pleomorphic calcifications in the right breast, new since the 2023 round."
    assert "round" not in _finding(text, "calcification")["morphology"]
    assert "round" in _finding("Round calcifications in the right breast.", "calcification")["morphology"]


def test_a_typo_a_rule_reads_ahead_to_is_read() -> None:
    assert ("skin", "left", "present") in _atoms("Left breast: the skin over the lesion appears thickned.")
    assert not _atoms("Left breast: the skin over the lesion appears normal.")
