"""MRI tissue fields on lines of their own after a one-line section ("COMPARISON: None." then a blank line, then
"AMOUNT OF FGT: ..."), which the section would otherwise take in: a line that opens with the tissue's own label is
today's field. A comparison that names an earlier study's tissue inside its sentence stays the comparison's.
"Glandular tissue: ..." is the amount of fibroglandular tissue too.
"""

from __future__ import annotations

import pytest

from readingscan import analyze

ROWS = [
    # (text, FGT, BPE level)
    ("BREAST MRI\nCOMPARISON: None available.\n\nFIBROGLANDULAR TISSUE AMOUNT: Scattered (b).\n"
     "BACKGROUND PARENCHYMAL ENHANCEMENT: Mild, symmetric.\n\nFINDINGS:\nNo suspicious enhancement.\n", "b", "mild"),
    ("BREAST MRI\nTECHNIQUE: 3T, DCE, gadoterate.\n\nAmount of fibroglandular tissue: heterogeneous (c)\n"
     "Background enhancement: marked\n\nFINDINGS:\nNo mass.\n", "c", "marked"),
    ("BREAST MRI\nComparison: MRI 2023.\n\nBPE: moderate, asymmetric.\n\nFINDINGS:\nNo mass.\nFGT: extreme.\n",
     "d", "moderate"),
    # "Glandular tissue" is the MRI's amount of fibroglandular tissue too.
    ("BREAST MRI\nFINDINGS:\nGlandular tissue - scattered (b). Background enhancement minimal.\nNo mass.\n",
     "b", "minimal"),
    ("MR MAMMOGRAPHY\nFindings:\nGlandular tissue: heterogeneous. BPE moderate.\n", "c", "moderate"),
    # An earlier study's tissue said inside the comparison's sentence: not today's.
    ("BREAST MRI\nCOMPARISON: MRI 2023, which showed marked background parenchymal enhancement.\n\n"
     "FINDINGS:\nScattered fibroglandular tissue. Minimal background parenchymal enhancement.\nNo mass.\n",
     "b", "minimal"),
]


@pytest.mark.parametrize(("text", "fgt", "level"), ROWS)
def test_tissue_field_lines_after_a_one_line_section(text: str, fgt: str, level: str) -> None:
    report = analyze(text)
    assert report.fibroglandular_tissue is not None and report.fibroglandular_tissue.category.value == fgt
    assert report.background_enhancement is not None and report.background_enhancement.level.value == level
