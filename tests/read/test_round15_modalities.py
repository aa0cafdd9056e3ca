"""US / MRI / CEM wordings blind round 15 (modalities_21) showed the engine misread, each as a mechanism: initial
enhancement given as a percentage; internal enhancement said as "uptake"; a BPE word of another scale with its grade on
the four-level one; a plural "non-mass enhancements"; "without posterior acoustic phenomenon"; an exam title naming the
parts it scans; "Clinical hx:" as a history heading; lines indented under an inline side label. Our own wordings, not the set's."""

from __future__ import annotations

from typing import Any

import pytest

from readingscan import analyze


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


def _descriptors(text: str) -> list[dict[str, str]]:
    return [f["descriptors"] for f in analyze(text).to_dict()["findings"]]


def _bpe(text: str) -> Any:
    bpe = analyze(text).to_dict()["background_enhancement"]
    return bpe and (bpe["level"], bpe["symmetry"])


_MRI = "BREAST MRI\nFINDINGS:\nLeft breast: a 9 mm oval mass at 3 o'clock. {}\n"


@pytest.mark.parametrize(("said", "want"), [
    ("Early enhancement of 140% at the first post-contrast phase, then plateau.", "fast"),
    ("Initial signal increase: 75 %, persistent thereafter.", "medium"),
    ("Initial enhancement 30%, progressive curve.", "slow"),
    ("Initial rise >100%, washout.", "fast"),
    # a speed word written beside the percentage wins over its band
    ("Initial enhancement 90% (rapid), then washout.", "fast"),
])
def test_initial_enhancement_as_a_percentage_reads_by_the_bi_rads_bands(said: str, want: str) -> None:
    [descriptors] = _descriptors(_MRI.format(said))
    assert descriptors.get("kinetics_initial") == want


def test_a_signal_drop_percentage_is_no_initial_enhancement() -> None:  # control
    [descriptors] = _descriptors(_MRI.format("Late signal drop of 20% (washout)."))
    assert "kinetics_initial" not in descriptors


@pytest.mark.parametrize(("said", "want"), [
    ("It shows inhomogeneous contrast uptake.", "heterogeneous"),
    ("It has uniform uptake.", "homogeneous"),
    ("It enhances homogeneously.", "homogeneous"),  # control: the word already read
])
def test_uptake_says_the_internal_enhancement(said: str, want: str) -> None:
    [descriptors] = _descriptors(_MRI.format(said))
    assert descriptors.get("internal_enhancement") == want


@pytest.mark.parametrize(("line", "want"), [
    ("Background parenchymal enhancement - faint (grade 1/4), symmetric.", ("minimal", "symmetric")),
    ("BPE: considerable (grade 3 of 4), asymmetric.", ("moderate", "asymmetric")),
    ("BPE: mild (grade 4 out of 4).", ("marked", None)),
    # controls: a level word alone, and a fraction of the breast that is no grade
    ("BPE: mild, symmetric.", ("mild", "symmetric")),
    ("BPE: moderate, in about 1/4 of the gland.", ("moderate", None)),
])
def test_a_bpe_grade_on_the_four_level_scale_says_the_level(line: str, want: tuple) -> None:
    assert _bpe("CONTRAST ENHANCED MAMMOGRAPHY\nFINDINGS:\n" + line + "\n") == want


def test_plural_non_mass_enhancements_are_said_absent() -> None:
    found = _found("BREAST MRI\nFINDINGS:\nNo masses or non-mass enhancements in either breast.\n")
    assert ("non_mass", "both", "absent") in found
    assert ("mass", "both", "absent") in found
    # a whole word and a short one after it stay two words, not a typo of the plural ("enhancement has" is no
    # "enhancements", "calcification has" no "calcifications")
    assert _found("BREAST MRI\nFINDINGS:\nLeft 2:00 non-mass enhancement has resolved.\n") == [("non_mass", "left", "absent")]
    assert _found("MAMMOGRAM\nFINDINGS:\nLeft breast: the calcification has resolved.\n") == [("calcification", "left", "absent")]


@pytest.mark.parametrize(("said", "want"), [
    ("without posterior acoustic phenomena", "none"),
    ("no posterior acoustic effect", "none"),
    ("with posterior acoustic shadowing", "shadowing"),  # control
])
def test_posterior_features_said_as_phenomenon_or_effect(said: str, want: str) -> None:
    [descriptors] = _descriptors(f"BREAST ULTRASOUND\nFINDINGS:\nRight breast: oval hypoechoic mass {said}, 12 mm.\n")
    assert descriptors.get("posterior_features") == want


@pytest.mark.parametrize(("title", "node"), [
    ("SONOGRAPHY OF BOTH BREASTS AND REGIONAL LYMPH NODES", False),
    ("Breast MRI of the breasts and axillary lymph nodes", False),
    # control: a sentence telling what the scan shows in the nodes
    ("Ultrasound of the left axilla shows an enlarged lymph node", True),
])
def test_an_exam_title_naming_the_parts_scanned_names_no_finding(title: str, node: bool) -> None:
    found = _found(title + "\n\nFindings:\nLeft breast: simple cyst of 4 mm.\n")
    assert any(kind == "lymph_node" for kind, _, _ in found) is node


@pytest.mark.parametrize(("heading", "history"), [("Clinical hx", True), ("Clin. Hx", True), ("Findings", False)])
def test_clinical_hx_heads_the_history(heading: str, history: bool) -> None:
    found = _found(f"{heading}: several lumps in both breasts.\n\nImpression:\nRight breast: simple cyst 5 mm.\n")
    assert (("mass", "both", "present") in found) is not history


@pytest.mark.parametrize(("lines", "side"), [
    ("R: Nothing abnormal.\nL: Focal asymmetry at 2 o'clock persists.\n   No enhancing mass.\n", "left"),
    # control: a line back at the label's margin after the item is the exam's again
    ("R: Nothing abnormal.\nL: Focal asymmetry at 2 o'clock persists.\nNo enhancing mass.\n", "both"),
])
def test_lines_indented_under_an_inline_label_are_that_sides(lines: str, side: str) -> None:
    found = _found("CONTRAST ENHANCED MAMMOGRAPHY, BILATERAL\nFINDINGS:\n" + lines)
    assert ("mass", side, "absent") in found
