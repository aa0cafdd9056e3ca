"""A report run into one paragraph names its exam before the first section title written inside the line: the
history, comparison or findings it goes on to ("... SCREENING INDICATION: dense breasts on mammography ...") name
other exams, no modality of this one, and so give it no mammographic density either."""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Modality

ROWS = [
    # (text, modalities, density)
    ("BREAST MRI BILATERAL - SCREENING INDICATION: extremely dense breasts on mammography, high risk. "
     "FINDINGS: scattered fibroglandular tissue. Minimal symmetric background parenchymal enhancement. No mass. "
     "IMPRESSION: BI-RADS 1.", (Modality.MRI,), None),
    ("Bilateral breast ultrasound CLINICAL HISTORY: recall from screening mammogram, heterogeneously dense. "
     "FINDINGS: no mass. IMPRESSION: BI-RADS 1.", (Modality.ULTRASOUND,), None),
    ("BREAST MRI BILATERAL COMPARISON: mammogram 2023, MRI 2022. FINDINGS: no mass. IMPRESSION: BI-RADS 1.",
     (Modality.MRI,), None),
    # the title itself is kept: both exams named before any section title
    ("BILATERAL SCREENING MAMMOGRAM AND ULTRASOUND INDICATION: routine. FINDINGS: The breasts are heterogeneously "
     "dense. No mass. IMPRESSION: BI-RADS 1.", (Modality.MAMMOGRAPHY, Modality.ULTRASOUND), "c"),
]


@pytest.mark.parametrize(("text", "modalities", "density"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_a_run_on_report_s_exam_ends_at_its_first_inline_title(
    text: str, modalities: tuple[Modality, ...], density: str | None
) -> None:
    report = analyze(text, "run_on")
    assert report.exam.modalities == modalities
    assert (report.density.category.value if report.density else None) == density
