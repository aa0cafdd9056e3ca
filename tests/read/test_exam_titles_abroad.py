"""The exam's modality from its own title in other languages, not from the earlier exam a second look goes back to,
nor from a place's abbreviation after a city (modalities_15 causes). Our own wordings."""

from __future__ import annotations

import pytest

from readingscan import analyze

BODY = "\n\nFindings:\nLeft breast: at 3 o'clock an oval circumscribed hypoechoic mass, parallel, 7 mm.\n"


@pytest.mark.parametrize(("title", "want"), [
    ("Mammasonographie links", ["ultrasound"]),
    ("ULTRASSONOGRAFIA DAS MAMAS", ["ultrasound"]),
    ("Echografie beide mammae", ["ultrasound"]),
    ("RESSONÂNCIA MAGNÉTICA DAS MAMAS", ["mri"]),
    # the earlier exam a second look goes back to is not this one
    ("Breast ultrasound - second look after MRI", ["ultrasound"]),
    ("Echografie links, second-look na MRI", ["ultrasound"]),
    # a state's abbreviation after a city ("Belo Horizonte - MG") is no mammogram
    ("BREAST ULTRASOUND\nImaging Centre, Uberaba - MG", ["ultrasound"]),
    # "UTZ", as the Philippines abbreviates ultrasonography
    ("BREAST UTZ (BILATERAL) - 09 Dec 2026", ["ultrasound"]),
    # an addendum written after another exam does not make that exam this one's
    ("BREAST MRI\n\nFindings:\nNo enhancing lesion.\n\nADDENDUM (after second-look ultrasound):\nBI-RADS 4B left.",
     ["mri"]),
    ("BREAST MRI\n\nFindings:\nNo enhancing lesion.\n\nADDENDUM 04/12 following targeted ultrasound: no change.",
     ["mri"]),
    ("MR-scanning af mammae, bilateral - preoperative", ["mri"]),
    # brackets after the title that give the reason name no exam of this one
    ("Examination: Bilateral breast ultrasound (supplementary to screening mammography 21.11.2026)", ["ultrasound"]),
    ("Exam: bilateral breast ultrasound (screening recall: category 3 on mammography, right breast)", ["ultrasound"]),
    ("LEFT BREAST ULTRASOUND (following an abnormal screening mammogram)", ["ultrasound"]),
    # controls: brackets that name this visit's exams keep them
    ("BREAST IMAGING (MAMMOGRAPHY AND ULTRASOUND)", ["mammography", "ultrasound"]),
    ("Bilateral mammogram (with tomosynthesis)", ["mammography", "tomosynthesis"]),
    # controls: a title naming both exams keeps both; an addendum that is an exam of its own adds it
    ("BREAST MRI\n\nFindings:\nNo enhancing lesion.\n\nADDENDUM - Targeted ultrasound of the left breast:\nNo mass.",
     ["mri", "ultrasound"]),
    ("Bilateral mammography and ultrasound", ["mammography", "ultrasound"]),
    ("Exams: US, MG", ["ultrasound", "mammography"]),
])
def test_exam_from_its_own_title(title: str, want: list[str]) -> None:
    got = [m.value for m in analyze(title + BODY).exam.modalities]
    assert sorted(got) == sorted(want)


@pytest.mark.parametrize(("head", "side"), [
    # a title in capitals under a letterhead that ends in lower-case words is the title, not wrapped prose
    ("Brystdiagnostisk senter - Radiologisk avdeling\nULTRASOUND, RIGHT BREAST (UL mamma hø.), targeted", "right"),
    ("Centre d'imagerie du sein - service de radiologie\nLEFT BREAST ULTRASOUND", "left"),
    # control: prose wrapped onto the next line names no exam side
    ("Clinical note: she was told to come back for another look at the\nRIGHT breast", None),
])
def test_exam_side_from_a_title_under_a_letterhead(head: str, side: str | None) -> None:
    exam = analyze(head + BODY).exam
    assert (exam.breast.value if exam.breast else None) == side


@pytest.mark.parametrize(("technique", "side"), [
    # a title naming no side: the technique's views say which breasts were imaged
    ("Technique: Bilateral CC and MLO low-energy and recombined images.", "both"),
    ("Technique: Right CC, MLO and ML views.", "right"),
    # control: a technique that names no views' side leaves the exam's side unknown
    ("Technique: Standard views with tomosynthesis.", None),
])
def test_exam_side_from_the_views_of_its_technique(technique: str, side: str | None) -> None:
    exam = analyze("BREAST IMAGING\nDate: 03.12.2026\n" + technique + BODY).exam
    assert (exam.breast.value if exam.breast else None) == side
