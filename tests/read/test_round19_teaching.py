"""Round 19 (held_out_34 teaching), each as a mechanism: generic teaching prose hard-wrapped over lines is still
generic; an exam's "bilateral" gives way to the side a lesion is named in; a screening round named by its number is
an earlier exam, and no shape; a node sampled and negative is a pathology result; an indented sub-header's reach ends
at a less indented line heading a block of its own; a density's letter in brackets after its words is on the scale;
a mammogram's composition stated in a text about an MRI; a history title over an exam's dated report. Our own
wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def _full(text: str) -> list[dict]:
    return analyze(text).to_dict()["findings"]


def _density(text: str) -> str | None:
    density = analyze(text).to_dict()["density"]
    return density["category"] if density else None


def test_generic_prose_wrapped_over_lines_is_still_generic() -> None:
    text = ("Background\nIn older women a lobular\ncancer may present as an ill-defined mass or as architectural "
            "distortion on the mammogram.\n\nCase\nThe right breast shows a 9 mm oval circumscribed mass.")
    assert _findings(text) == [("mass", "right", "present")]
    # control: one line, the same
    one = text.replace("lobular\ncancer", "lobular cancer")
    assert _findings(one) == [("mass", "right", "present")]


def test_wrapped_description_of_the_patient_stays_a_finding() -> None:
    text = "Case\nThe right breast shows a 9 mm oval\ncircumscribed mass and benign calcifications."
    assert _findings(text) == [("mass", "right", "present"), ("calcification", "right", "present")]


@pytest.mark.parametrize(("text", "want"), [
    ("Bilateral screening mammograms demonstrate an 18 mm irregular mass with indistinct margins deep in the lower "
     "inner quadrant of the right breast.", [("mass", "right", "present")]),
    # controls: the exam's "bilateral" is the finding's side when it names no other; a lesion's "bilateral" stays
    ("Bilateral screening mammograms demonstrate scattered benign calcifications.", [("calcification", "both", "present")]),
    ("Bilateral mammograms: a 12 mm mass in the lower inner quadrant of the right breast and bilateral simple cysts.",
     [("mass", "right", "present"), ("mass", "both", "present")]),
])
def test_the_exams_bilateral_gives_way_to_the_lesions_side(text: str, want: list) -> None:
    assert _findings(text) == want


def test_a_numbered_screening_round_is_an_earlier_exam_and_no_shape() -> None:
    found = _full("FINDINGS:\nLeft breast: a new cluster of punctate calcifications, not seen in round 6.")
    assert [(f["kind"], f["breast"], f["status"]) for f in found] == [("calcification", "left", "present")]
    assert found[0]["morphology"] == ["punctate"]
    # control: the present exam's "not seen" still denies
    assert _findings("FINDINGS:\nLeft breast: calcifications are not seen.") == [("calcification", "left", "absent")]


def test_a_round_lesion_with_its_size_keeps_its_shape() -> None:
    found = _full("FINDINGS:\nRight breast: a round 7 mm mass at 3 o'clock. Left breast: a mass, new since round 8.")
    assert [f["descriptors"].get("shape") for f in found] == ["round", None]


def test_a_node_sampled_and_negative_is_a_pathology_result() -> None:
    text = ("FINDINGS:\nLeft axilla: one node with a 5 mm cortex.\n"
            "The axillary node was sampled as well and proved negative.")
    assert _findings(text) == [("lymph_node", "left", "present")]
    # control: a node that the imaging shows none of
    assert _findings("FINDINGS:\nLeft axilla: no enlarged lymph node.") == [("lymph_node", "left", "absent")]


def test_an_indented_sub_headers_reach_ends_at_a_block_heading() -> None:
    text = ("FIRST READ\n  Right: a small group of punctate calcifications.\n  Left: normal.\n\n"
            "SECOND READ (consensus)\n  In the right lower outer quadrant a group of punctate calcifications.\n"
            "  No associated mass.\n")
    assert ("mass", "right", "absent") in _findings(text)
    # control: an unindented line under the sub-header that heads no block leaves its reach alone
    plain = "FINDINGS:\n  Left: a 6 mm oval mass at 2 o'clock.\nIt is circumscribed.\n  No calcifications.\n"
    assert _findings(plain) == [("mass", "left", "present"), ("calcification", "left", "absent")]


@pytest.mark.parametrize(("text", "want"), [
    ("Ultrasound of the right breast.\nBreast composition: heterogeneously dense (C)\nRight 10 o'clock: 8 mm cyst.", "c"),
    # controls: the letter must be its words' own; tissue words alone on an ultrasound are its own
    ("Ultrasound of the right breast.\nBreast composition: heterogeneously dense (B)\nRight 10 o'clock: 8 mm cyst.", None),
    ("Ultrasound of the right breast.\nTissue: heterogeneously dense.\nRight 10 o'clock: 8 mm cyst.", None),
])
def test_a_density_letter_in_brackets_is_on_the_scale(text: str, want: str | None) -> None:
    assert _density(text) == want


def test_a_mammograms_composition_in_a_text_about_an_mri() -> None:
    text = ("Request: MRI of both breasts.\n\nClinical summary:\nBilateral mammogram 03/02/2026. The breasts are "
            "heterogeneously dense (ACR c). In the right breast there is a 7 mm irregular mass.\n")
    report = analyze(text).to_dict()
    assert report["density"]["category"] == "c"
    assert [(f["kind"], f["breast"]) for f in report["findings"]] == [("mass", "right")]
    # control: a history paragraph that does not open with a dated exam stays history
    history = ("Request: MRI of both breasts.\n\nClinical summary:\nPalpable lump in the right breast. The breasts are "
               "heterogeneously dense (ACR c) on a mammogram. In the right breast there is a 7 mm mass.\n")
    assert analyze(history).to_dict()["findings"] == []
