"""Round 16 (held_out_30 teaching, held_out_14 teaching, modalities_22 categories), each as a mechanism: a place
beside a structure ("both sides of the nipple") is no side; an inline label's reach ends once another side is named;
a transcript's "A." answers its "Q.", it is no quiz option; "indistinct margins" are a mass's; "considered it benign"
recommends nothing; a question's "not" denies nothing; a course module's "NODE 3" is no lymph node; the lesion a
sentence points back to decides its side; a title before a hard-wrapped impression; a side-by-side layout's category
row below many rows; a label and its cell naming a finding together ("Skin | No thickening"). Our own wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def _full(text: str) -> list[dict]:
    return analyze(text).to_dict()["findings"]


def _by_breast(text: str) -> dict:
    return analyze(text).to_dict()["assessment"]["by_breast"]


@pytest.mark.parametrize(("text", "want"), [
    ("FINDINGS:\nLeft - benign secretory calcifications either side of the nipple.", [("calcification", "left", "present")]),
    ("FINDINGS:\nL - large rod-like calcs both sides of the areola.", [("calcification", "left", "present")]),
    # controls: both sides alone, or of the chest, are both breasts
    ("FINDINGS:\nBenign vascular calcifications on both sides.", [("calcification", "both", "present")]),
    ("FINDINGS:\nVascular calcifications are seen on both sides of the chest.", [("calcification", "both", "present")]),
])
def test_both_sides_of_a_structure_is_no_side(text: str, want: list) -> None:
    assert _findings(text) == want


def test_an_inline_labels_reach_ends_once_another_side_is_named() -> None:
    text = ("Left breast: a 5 mm cluster of fine pleomorphic calcifications at 2 o'clock.\n"
            "Right breast: scattered benign skin calcifications.\n\n"
            "Our answer: BI-RADS 4C for the left breast. Fine pleomorphic calcifications in a cluster "
            "merit biopsy, and this cluster was new.\n")
    assert [f for f in _findings(text) if f[0] == "calcification"] == [
        ("calcification", "left", "present"), ("calcification", "right", "present")]
    # control: with no other side named since, the label's side still reaches a later line
    control = ("Right breast: scattered benign skin calcifications.\n\n"
               "A 5 mm cluster of fine pleomorphic calcifications was also noted.\n")
    assert {f[1] for f in _findings(control)} == {"right"}


def test_a_transcripts_answer_is_no_quiz_option() -> None:
    text = ("Q.  Please describe the ultrasound.\n"
            "A.  There was a 12 millimeter oval mass in the left breast at 3 o'clock.\n"
            "Q.  And the right side?\n"
            "A.  The right breast showed a simple cyst.\n")
    assert _findings(text) == [("mass", "left", "present"), ("mass", "right", "present")]
    # control: options under a quiz question stay options
    quiz = "Q: Which finding is most likely?\nA. Simple cyst\nB. Fibroadenoma\nC. Papilloma\n"
    assert _findings(quiz) == []


def test_indistinct_margins_are_no_calcification_shape() -> None:
    text = "Right breast: a 14 mm round mass. It has indistinct margins, with a few calcifications inside it."
    calcs = [f for f in _full(text) if f["kind"] == "calcification"]
    assert calcs and calcs[0]["morphology"] == []
    # control: indistinct calcifications are amorphous
    control = "Right breast: a group of indistinct calcifications at 6 o'clock."
    assert _full(control)[0]["morphology"] == ["amorphous"]


def test_a_judgement_with_considered_recommends_nothing() -> None:
    text = "The right breast holds a small oval mass. It is unchanged from 2021, so we considered it benign."
    assert [f["stable"] for f in _full(text)] == [True]
    # control: "may be considered" still advises, and takes nothing up
    control = "The right breast holds a small oval mass. It is unchanged; biopsy may be considered."
    assert [f["stable"] for f in _full(control)] == [False]


def test_a_questions_not_denies_nothing() -> None:
    text = ("There is a new focal asymmetry in the left breast at 1 o'clock.\n"
            "Now the right breast: large rod-like calcifications.\n"
            "Why not call the asymmetry BI-RADS 3?\n")
    assert _findings(text) == [("asymmetry", "left", "present"), ("calcification", "right", "present")]
    # control: a denial said, not asked, still denies
    control = ("There is a new focal asymmetry in the left breast at 1 o'clock.\n"
               "Now the right breast: large rod-like calcifications. No asymmetry on the right.\n")
    assert ("asymmetry", "right", "absent") in _findings(control)


def test_a_course_modules_node_is_no_lymph_node() -> None:
    text = ("NODE 2 - Imaging\nThe left breast shows a 9 mm spiculated mass. Continue -> NODE 3\n"
            "NODE 3 - Feedback\nGo back to NODE 2 if unsure. Edit the node text before publishing.\n")
    assert _findings(text) == [("mass", "left", "present")]
    # control: a report's numbered node stays one
    control = "Left axilla: Node 1: 14 mm, cortex thickened to 5 mm, no fatty hilum."
    assert ("lymph_node", "left", "present") in _findings(control)


def test_the_lesion_pointed_back_to_decides_the_side() -> None:
    text = ("A 9 mm irregular mass in the left breast at 4 o'clock. Both breasts show scattered vascular "
            "calcifications. The mass itself holds no calcifications.")
    assert ("calcification", "left", "absent") in _findings(text)
    # control: a sentence naming its own side keeps it
    control = ("A 9 mm irregular mass in the left breast at 4 o'clock. Both breasts show scattered vascular "
               "calcifications. The right breast holds no suspicious calcifications.")
    assert ("calcification", "right", "absent") in _findings(control)


def test_a_title_before_a_wrapped_impression_keeps_its_side_letter() -> None:
    text = ("IMPRESSION: R UIQ architectural distortion with associated NME,\nsuspicious, BI-RADS 4.\n"
            "L breast negative, BI-RADS 1.\n")
    assert _by_breast(text) == {"right": "4", "left": "1"}
    # control: the title names no side by itself
    control = "IMPRESSION: Architectural distortion with associated NME,\nsuspicious, BI-RADS 4.\n"
    assert _by_breast(control) == {}


def test_a_side_by_side_layouts_category_row_below_many_rows() -> None:
    rows = "".join(f"{label:<20}{a:<24}{b}\n" for label, a, b in [
        ("Parenchyma", "Fatty", "Fatty"), ("Mass", "None", "Present, 2 o'clock"), ("Shape", "-", "Oval"),
        ("Margin", "-", "Circumscribed"), ("Orientation", "-", "Parallel"), ("Size", "-", "12 x 8 mm"),
        ("BI-RADS", "1", "3")])
    text = f"{'':<20}{'RIGHT BREAST':<24}LEFT BREAST\n{rows}"
    assert _by_breast(text) == {"right": "1", "left": "3"}
    # control: past a blank line the block is over
    apart = f"{'':<20}{'RIGHT BREAST':<24}LEFT BREAST\n{rows.replace('Size', chr(10) + 'Size')}"
    assert _by_breast(apart) == {}


def test_a_label_and_its_cell_name_a_finding_together() -> None:
    text = (f"{'':<16}{'RIGHT':<20}LEFT\n{'Skin':<16}{'Normal':<20}No thickening\n"
            f"{'Mass':<16}{'None':<20}None\n")
    assert ("skin", "left", "absent") in _findings(text)
    # control: a cell that says nothing of the label's finding gives none
    assert not [f for f in _findings(text) if f[0] == "skin" and f[1] == "right"]


def test_a_size_said_to_have_changed_in_a_later_sentence_still_merges() -> None:
    first = "An 8 mm oval mass in the left breast at 2 o'clock was seen in 2021. "
    later = "Ultrasound: oval hypoechoic mass, 15 x 9 mm, at 2 o'clock."
    assert [f[0] for f in _findings(first + "In 2024 the mass now measured 14 mm. " + later)] == ["mass"]
    # control: with no change of size said, a mass of another size is another lesion
    assert [f[0] for f in _findings(first + later)] == ["mass", "mass"]
