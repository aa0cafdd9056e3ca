"""Wordings blind round 16 (modalities_22 first look) showed the engine misread, each as a mechanism: a lesion "no
longer" seen or enhancing is gone; "not seen then" dates an earlier exam; an exam done elsewhere is not this one; a
lesion of another organ is no breast finding; a clock face as an item's label ("RIGHT 7:00:"); "Statement:" as a
translated conclusion's title; "early enhancement (fast)"; "posterior reinforcement". Our own wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def _descriptors(text: str) -> list[dict]:
    return [f.get("descriptors") or {} for f in analyze(text).to_dict()["findings"]]


@pytest.mark.parametrize(("text", "want"), [
    ("FINDINGS:\nLeft: the 6 mm focus at 4 o'clock reported in 2023 is no longer visualised.",
     [("focus", "left", "absent")]),
    ("FINDINGS:\nLeft breast: the treated 2 cm tumour no longer enhances after chemotherapy.",
     [("mass", "left", "absent")]),
    # control: a lesion seen today stays present
    ("FINDINGS:\nLeft: the 6 mm focus at 4 o'clock reported in 2023 is again visualised.",
     [("focus", "left", "present")]),
])
def test_a_lesion_no_longer_seen_or_enhancing_is_gone(text: str, want: list) -> None:
    assert _findings(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("FINDINGS:\nRight breast lower outer quadrant: fine linear calcifications over 9 mm, new since 2022 (not seen then).",
     [("calcification", "right", "present")]),
    ("FINDINGS:\nRight breast: a 7 mm oval mass, not visible at that time on the earlier study.",
     [("mass", "right", "present")]),
    # control: "not seen" today still negates
    ("FINDINGS:\nRight breast: calcifications are not seen.", [("calcification", "right", "absent")]),
])
def test_not_seen_then_dates_an_earlier_exam(text: str, want: list) -> None:
    assert _findings(text) == want


def test_an_exam_done_elsewhere_is_not_this_exam() -> None:
    text = ("Contrast-enhanced breast MRI\n\nClinical question: nipple crusting.\nUltrasound elsewhere: negative.\n\n"
            "Findings:\nFibroglandular tissue: scattered (b). No enhancing mass.\n")
    assert analyze(text).to_dict()["exam"]["modalities"] == ["mri"]
    # control: an ultrasound named in the title is this exam's
    text2 = "Breast MRI and ultrasound\n\nFindings:\nNo enhancing mass.\n"
    assert analyze(text2).to_dict()["exam"]["modalities"] == ["ultrasound", "mri"]


def test_a_lesion_of_another_organ_is_no_breast_finding() -> None:
    text = "MRI BREASTS\n\nFindings:\nNo enhancing mass in either breast.\nIncidental: 9 mm renal cyst, a liver lesion.\n"
    assert _findings(text) == [("mass", "both", "absent")]
    # control: a breast cyst is still a mass
    assert _findings("MRI BREASTS\n\nFindings:\nLeft breast: 9 mm cyst at 2 o'clock.\n") == [("mass", "left", "present")]
    # a second lesion word joined to the organ's ("no pulmonary nodule or mass") is the organ's too
    scan = "BREAST MRI\n\nFindings:\nLeft breast: 9 mm cyst at 2 o'clock.\nNo suspicious lung nodule or mass on the scout views.\n"
    assert _findings(scan) == [("mass", "left", "present")]


def test_a_clock_face_labelling_an_item_keeps_two_lesions_apart() -> None:
    text = ("IMPRESSION:\n1. LEFT 4:00: Irregular hypoechoic mass, 9 mm, new.\n"
            "2. LEFT 10:00: Oval circumscribed mass, 6 mm, unchanged since 2024.\n")
    got = analyze(text).to_dict()["findings"]
    assert [(f["kind"], f["breast"], f["stable"], (f["location"] or {}).get("clock")) for f in got] == [
        ("mass", "left", False, "4:00"), ("mass", "left", True, "10:00")]
    # control: a time of day is no clock face
    assert analyze("Right breast: oval mass at 10:30:15.").to_dict()["findings"][0]["location"] is None


def test_statement_titles_a_conclusion() -> None:
    # The conclusion is not under the last sub-header: its residual calcifications are the right ones, said again.
    text = ("Findings:\nRight breast: grouped calcifications at the tumour site, unchanged.\nLeft breast: no masses.\n\n"
            "Statement:\nResidual calcifications may still contain tumour.\n")
    assert _findings(text) == [("calcification", "right", "present"), ("mass", "left", "absent")]
    # control: "statement" in a sentence is no title
    text2 = "Findings:\nLeft breast: no masses. The statement of the referrer is noted.\n"
    assert _findings(text2) == [("mass", "left", "absent")]


@pytest.mark.parametrize(("text", "want"), [
    ("Findings:\nRight breast: irregular mass with marked early enhancement (fast) and washout.", "fast"),
    ("Findings:\nRight breast: oval mass, early enhancement (slow), persistent curve.", "slow"),
    ("Findings:\nRight breast: oval mass, initial enhancement (fast), plateau.", "fast"),  # control: as before
])
def test_early_enhancement_with_its_rate_in_brackets(text: str, want: str) -> None:
    assert _descriptors(text)[0].get("kinetics_initial") == want


def test_posterior_reinforcement_is_enhancement() -> None:
    got = _descriptors("Findings:\nLeft breast: round anechoic cyst with posterior reinforcement, 7 mm.")
    assert got[0].get("posterior_features") == "enhancement"
    got = _descriptors("Findings:\nLeft breast: round anechoic cyst with posterior shadowing, 7 mm.")  # control
    assert got[0].get("posterior_features") == "shadowing"
