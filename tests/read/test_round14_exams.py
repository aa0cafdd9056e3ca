"""Exam-level misreadings blind round 14 showed (modalities_20, held_out_27), each as a mechanism: section titles
written in the report's own language; "MG" as a dose or a place's code; a man's breast has no composition; what a
CAD mark corresponds to is a finding; "no follow-up of the mass" denies the follow-up, not the mass. Our own
wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import SectionKind
from readingscan.read.sections import split_sections


def _exam(text: str) -> list[str]:
    return sorted(analyze(text).to_dict()["exam"]["modalities"])


def _density(text: str) -> str | None:
    found = analyze(text).to_dict()["density"]
    return found["category"] if found else None


def _findings(text: str) -> list[tuple[str, str | None, str]]:
    return [(f["kind"], f["breast"], f["status"]) for f in analyze(text).to_dict()["findings"]]


@pytest.mark.parametrize(("title", "kind"), [
    ("Klinische gegevens", SectionKind.HISTORY),
    ("Fragestellung", SectionKind.HISTORY),
    ("Techniek", SectionKind.TECHNIQUE),
    ("Bevindingen", SectionKind.FINDINGS),
    ("Befund", SectionKind.FINDINGS),
    ("Hallazgos", SectionKind.FINDINGS),
    ("Conclusie", SectionKind.IMPRESSION),
    ("Conclusión", SectionKind.IMPRESSION),
    ("Advies", SectionKind.RECOMMENDATION),
    ("Recomendación", SectionKind.RECOMMENDATION),
])
def test_a_title_in_the_report_s_own_language_opens_its_section(title: str, kind: SectionKind) -> None:
    sections = split_sections(f"BREAST MRI\n\n{title}: some words here.\n")
    assert [s.kind for s in sections][-1] is kind


DUTCH = ("CONTRASTMAMMOGRAFIE (CEM) BEIDERZIJDS\n\n"
         "Klinische gegevens: screening recall, possible distortion right.\n"
         "Techniek: CEM, both sides.\n\n"
         "Verslag:\nRight breast at 10 o'clock: architectural distortion confirmed, 9 mm.\n\n"
         "Conclusie:\nRechts: distortion - BI-RADS 4A.\n"
         "Advies: tomosynthesis-guided biopsy right.\n")


def test_a_report_titled_in_dutch_reads_its_history_and_advice_apart() -> None:
    assert _exam(DUTCH) == ["contrast_enhanced_mammography"]  # the advice's tomosynthesis is not this exam
    assert _findings(DUTCH) == [("architectural_distortion", "right", "present")]  # the history's is the recall's


def test_an_english_titled_report_reads_as_before() -> None:  # control
    text = DUTCH.replace("Klinische gegevens", "History").replace("Techniek", "Technique").replace(
        "Verslag", "Findings").replace("Conclusie", "Impression").replace("Advies", "Recommendation")
    assert _exam(text) == ["contrast_enhanced_mammography"]
    assert _findings(text) == [("architectural_distortion", "right", "present")]


@pytest.mark.parametrize(("text", "want"), [
    ("BREAST MRI\nImaging Centre - Campinas, MG\n\nFindings:\nNo enhancing lesion.\n", ["mri"]),
    ("BREAST ULTRASOUND\nOn tamoxifen 20 mg.\n\nFindings:\nNo mass.\n", ["ultrasound"]),
    # controls: "MG" naming the exam
    ("MG DIAGNOSTIC LEFT\n\nFindings:\nNo mass.\n", ["mammography"]),
    ("EXAM: US, MG\n\nFindings:\nNo mass.\n", ["mammography", "ultrasound"]),
])
def test_mg_is_a_mammogram_only_in_capitals_naming_an_exam(text: str, want: list[str]) -> None:
    assert _exam(text) == want


@pytest.mark.parametrize("patient", ["Sex/Age: M/71", "Gender: Male", "Patient: 64-year-old man"])
def test_a_man_s_breast_has_no_composition(patient: str) -> None:
    text = (f"BILATERAL MAMMOGRAM\n{patient}\n\nFindings:\nLeft: subareolar glandular tissue, no mass.\n"
            "Right: predominantly fatty, unremarkable.\n\nImpression: BI-RADS 2.\n")
    assert _density(text) is None


def test_a_woman_s_breast_still_has_one() -> None:  # controls: a woman, and a log naming a man and a woman
    text = ("BILATERAL MAMMOGRAM\nSex/Age: F/71\n\nFindings:\nThe breasts are predominantly fatty.\n\n"
            "Impression: BI-RADS 1.\n")
    assert _density(text) == "a"
    log = ("08:10 CT chest 77M - clear.\n09:30 Mammogram 62F: the breasts are predominantly fatty. BI-RADS 1.\n")
    assert _density(log) == "a"


def test_a_man_s_composition_under_its_label_is_still_read() -> None:
    assert _density("BILATERAL MAMMOGRAM (MALE PATIENT)\n\nFindings:\nDensity: A. No mass.\n") == "a"


@pytest.mark.parametrize("text", [
    "Findings:\nCAD prompt 2, left lower inner quadrant: corresponds to coarse calcifications, benign.\n",
    "Findings:\nThe skin marker on the left corresponds to coarse calcifications.\n",
])
def test_what_a_mark_corresponds_to_is_a_finding(text: str) -> None:
    assert _findings(text) == [("calcification", "left", "present")]


def test_what_a_finding_corresponds_to_is_still_that_finding() -> None:  # control
    text = ("Findings:\nLeft: grouped coarse calcifications at 3 o'clock.\n"
            "On ultrasound this corresponds to the calcifications, no mass.\n")
    assert [f for f in _findings(text) if f[2] == "present"] == [("calcification", "left", "present")]


@pytest.mark.parametrize("advice", [
    "No further targeted follow-up of the left breast cyst is needed.",
    "No need for aspiration of the cyst.",
    "No biopsy of the left cyst is required.",
])
def test_no_action_on_a_lesion_denies_the_action(advice: str) -> None:
    text = f"Findings:\nLeft: simple cyst at 2 o'clock, 8 mm.\n\nImpression:\nBenign. BI-RADS 2. {advice}\n"
    assert ("mass", "left", "absent") not in _findings(text)


def test_no_lesion_is_still_an_absence() -> None:  # controls
    text = "Findings:\nNo further imaging. No mass in the left breast.\n"
    assert _findings(text) == [("mass", "left", "absent")]
    assert _findings("Findings:\nNo imaging evidence of a mass in the left breast.\n") == [("mass", "left", "absent")]


@pytest.mark.parametrize(("advice", "want"), [
    ("Recommendation: yearly control with mammography and ultrasound.", ["routine_screening"]),
    ("Recommendation: annual check-up with mammography.", ["routine_screening"]),
    ("Recommendation: targeted ultrasound of the left breast.", ["additional_imaging"]),  # control
])
def test_a_yearly_control_is_the_routine_screening(advice: str, want: list[str]) -> None:
    assert [r["kind"] for r in analyze(advice).to_dict()["recommendations"]] == want
