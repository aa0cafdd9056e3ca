"""MRI tissue and exam read from forms and from a technique paragraph that the findings follow.

- A synoptic form writes its fields with dotted leaders ("BPE level ........ Mild") or colons, one field a line:
  the value after the leaders is the field's, and the level and the symmetry may be fields of their own.
- "TECHNIQUE: Contrast-enhanced breast MRI." then a blank line and the findings, with no findings title between:
  the paragraphs after the technique's are the findings (their tissue words count, their "no MRI correlate" of the
  ultrasound finding names no exam done today).
- A form's row under a lesion ("Shape: Irregular" over "Margin: Spiculated") is no "irregular margin".
- "a mass ... measuring 14 mm, with associated calcifications": the size measures the lesion before the clause break.
- A hedged implant rupture in the sentence after the implant's leaves the implant possible.
"""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Modality

FORMS = [
    # (text, FGT, BPE level, BPE symmetry)
    ("BREAST MRI\n\nBREAST COMPOSITION\n  Fibroglandular tissue ........ C - heterogeneous\n"
     "  BPE level .................... Mild\n  BPE symmetry ................. Symmetric\n", "c", "mild", "symmetric"),
    ("BREAST MRI\n\nTISSUE\n  Amount of FGT ...... b\n  BPE ................ Moderate\n"
     "  Symmetry ........... Asymmetric\n", "b", "moderate", "asymmetric"),
    ("BREAST MRI\nFINDINGS:\nAmount of FGT: d\nBPE level: marked\nBPE symmetry: asymmetric\n",
     "d", "marked", "asymmetric"),
    ("BREAST MRI\nFINDINGS:\nFibroglandular tissue ... a\nBackground enhancement ... minimal\n", "a", "minimal", None),
]


@pytest.mark.parametrize(("text", "fgt", "level", "symmetry"), FORMS)
def test_form_fields_with_leaders_or_colons(text: str, fgt: str, level: str, symmetry: str | None) -> None:
    report = analyze(text)
    assert report.fibroglandular_tissue is not None and report.fibroglandular_tissue.category.value == fgt
    bpe = report.background_enhancement
    assert bpe is not None and bpe.level.value == level
    assert (bpe.symmetry.value if bpe.symmetry else None) == symmetry


TECHNIQUE_THEN_FINDINGS = [
    ("MRI BOTH BREASTS\nTECHNIQUE: Contrast-enhanced breast MRI.\n\nExtreme amount of fibroglandular tissue. "
     "Marked background parenchymal enhancement.\nNo mass. The ultrasound finding has no MRI correlate.\n", "d", "marked"),
]


@pytest.mark.parametrize(("text", "fgt", "level"), TECHNIQUE_THEN_FINDINGS)
def test_findings_after_the_technique_paragraph(text: str, fgt: str, level: str) -> None:
    report = analyze(text)
    assert report.exam.modalities == (Modality.MRI,)
    assert report.fibroglandular_tissue is not None and report.fibroglandular_tissue.category.value == fgt
    assert report.background_enhancement is not None and report.background_enhancement.level.value == level


LESION_FIELDS = [
    # A form's rows under a lesion: the shape row's value is no margin of the next row's label.
    ("BREAST MRI\n\nINDEX LESION\n  Side: Left\n  Lesion type: Mass\n  Shape: Irregular\n  Margin: Spiculated\n",
     {"shape": "irregular", "margin": "spiculated"}),
    ("BREAST MRI\n\nINDEX LESION\n  Side ...... Left\n  Lesion type ...... Mass\n  Shape ...... Irregular\n"
     "  Margin ....... Spiculated\n", {"shape": "irregular", "margin": "spiculated"}),
    # Prose wrapped over a line still says an irregular margin.
    ("BREAST MRI\n\nFINDINGS:\nLeft breast: an irregular\nmargin mass at 2 o'clock.\n", {"margin": "irregular"}),
]


@pytest.mark.parametrize(("text", "descriptors"), LESION_FIELDS)
def test_lesion_fields_of_a_form(text: str, descriptors: dict[str, str]) -> None:
    findings = analyze(text).findings
    assert len(findings) == 1
    assert analyze(text).to_dict()["findings"][0]["descriptors"] == descriptors


MEASURED_BEFORE_A_CLAUSE = [
    # (text, kind measured, size) - the size ends its clause; the finding after the comma is another.
    ("MAMMOGRAM\nFINDINGS: Right breast: an oval high density mass is seen in the upper outer quadrant measuring "
     "14 x 9 mm, with associated punctate calcifications inside it.\n", "mass", 14.0),
    ("BREAST ULTRASOUND\nFINDINGS: Left breast: an irregular hypoechoic lesion is seen at 2 o'clock in the outer breast "
     "measuring 21 mm; a simple cyst lies beside it.\n", "mass", 21.0),
]


@pytest.mark.parametrize(("text", "kind", "size"), MEASURED_BEFORE_A_CLAUSE)
def test_a_size_before_a_clause_break_measures_the_lesion_before_it(text: str, kind: str, size: float) -> None:
    findings = analyze(text).to_dict()["findings"]
    assert (findings[0]["kind"], findings[0].get("size_mm")) == (kind, size), findings
    assert all(f.get("size_mm") is None for f in findings[1:]), findings


HEDGED_RUPTURE_LATER = [
    # A hedged rupture in a sentence after the implant's: the implant stays possible, the sign given its kind.
    ("BREAST MRI\nLeft implant. Intracapsular rupture cannot be excluded.\n", "possible"),
    ("BREAST MRI\nRIGHT IMPLANT: A single subcapsular line is seen laterally. An early intracapsular rupture cannot be "
     "excluded.\n", "possible"),
    ("BREAST MRI\nRIGHT IMPLANT: Collapsed shell (linguine sign). Silicone outside the fibrous capsule confirms "
     "extracapsular rupture.\n", "present"),
]


@pytest.mark.parametrize(("text", "status"), HEDGED_RUPTURE_LATER)
def test_a_hedged_rupture_after_the_implant_sentence_leaves_it_possible(text: str, status: str) -> None:
    implants = [f for f in analyze(text).to_dict()["findings"] if f["kind"] == "implant"]
    assert [f["status"] for f in implants] == [status], implants
