"""Words for the exam's modalities as reports in some countries write them: South African reports call breast
ultrasound "sonar" ("DIAGNOSTIC BILATERAL MAMMOGRAM AND BREAST SONAR"); order entry writes a mammogram "MAM" or "MMG". A form's option left unticked ("[ ] Sonar",
"( ) Ultrasound", "[ ] Screening") names no exam done, nor does an exam said not done ("Tomosynthesis: [ ]",
"Tomosynthesis was not performed")."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Modality, Purpose

M, US = Modality.MAMMOGRAPHY, Modality.ULTRASOUND
ROWS = [
    # order-entry abbreviations of a mammogram in capitals ("MAM SCREENING BILATERAL", "MMG")
    ("MAM SCREENING BILATERAL W/ CAD\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (M,)),
    ("LEFT DIAGNOSTIC MMG AND US\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (M, US)),
    ("DIAGNOSTIC BILATERAL MAMMOGRAM AND BREAST SONAR\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (M, US)),
    ("LEFT BREAST SONAR\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (US,)),
    ("Mammogram (bilateral) + left breast sonar\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (M, US)),
    # a form's option left unticked is no exam done
    ("MAMMOGRAPHY REPORTING FORM\nProcedure:  [x] Bilateral screening mammogram   [ ] Diagnostic   [x] Tomosynthesis"
     "   [ ] Sonar\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (M, Modality.TOMOSYNTHESIS)),
    ("BREAST IMAGING FORM\nExam: [ ] Mammogram ( ) Ultrasound [x] MRI\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.",
     (Modality.MRI,)),
    # ... nor one the text or form goes on to say was not done
    ("BILATERAL SCREENING MAMMOGRAM\n\nTECHNIQUE: Standard CC and MLO views. Tomosynthesis was not performed.\n\n"
     "FINDINGS: No mass.", (M,)),
    ("SCREENING MAMMOGRAPHY RESULT SHEET\nViews: [x] MLO  [x] CC        Tomosynthesis: [ ]\n\nFindings: No mass.", (M,)),
    ("BREAST IMAGING\nMammogram: done.  Ultrasound: not done.\n\nFindings: No mass.", (M,)),
    ("SCREENING MAMMOGRAPHY RESULT SHEET\nViews: [x] MLO  [x] CC        Tomosynthesis: [x]\n\nFindings: No mass.",
     (M, Modality.TOMOSYNTHESIS)),
    # a sonar-guided biopsy recommended is no exam done
    ("BILATERAL MAMMOGRAM\n\nFindings:\nA mass.\n\nRecommendation: sonar-guided core biopsy.", (M,)),
    # "MR" before the breasts it images is an MRI ("MR BREAST BILATERAL", "MR of both breasts"); "Mr" a title is not
    ("Exam: MR BREAST BILATERAL (STAGING)\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (Modality.MRI,)),
    ("MR OF BOTH BREASTS WITHOUT CONTRAST\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (Modality.MRI,)),
    ("Left mr breast with contrast\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (Modality.MRI,)),
    ("BILATERAL MAMMOGRAM\nReferred by Mr Breaston.\n\nFindings:\nNo mass.\n\nImpression: BI-RADS 1.", (M,)),
]


@pytest.mark.parametrize(("text", "modalities"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_modality_words(text: str, modalities: tuple[Modality, ...]) -> None:
    assert analyze(text, "modality").exam.modalities == modalities


def test_an_unticked_purpose_is_not_the_exam_s() -> None:
    text = "BREAST IMAGING FORM\nExam: [x] Mammogram  [ ] Screening [x] Diagnostic\n\nFindings:\nNo mass."
    assert analyze(text, "purpose").exam.purpose is Purpose.DIAGNOSTIC
