"""Descriptors written as pick-list fields, list items across a line break, parenthesised synonyms, and in a
sentence whose finding words all point back at lesions described before (modalities_8 / modalities_9 causes).

Each row is a wording of its own, not a corpus sentence: the mechanism, not the text, is under test.
"""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Finding, FindingKind, Status

US = "EXAM: Diagnostic ultrasound of the left breast.\nFINDINGS:\n"
MRI = "EXAM: Bilateral breast MRI with and without contrast.\nFINDINGS:\n"
CEM = "EXAM: Diagnostic contrast-enhanced mammography, bilateral.\nFINDINGS:\n"


def _seen(report_text: str, kind: FindingKind | None = None) -> Finding:
    found = [f for f in analyze(report_text).findings
             if f.status is not Status.ABSENT and (kind is None or f.kind is kind)]
    assert found, [(f.kind.value, f.status.value) for f in analyze(report_text).findings]
    return found[0]


# (exam, text, kind of the lesion described, descriptor, value)
ROWS: list[tuple[str, str, FindingKind, str, str]] = [
    # A vendor pick list: the bracketed value is the radiologist's pick, read as the field's value.
    (MRI, "LEFT BREAST\nFinding: [Mass]\n  Margin: [Circumscribed]\n  Internal enhancement: [Homogeneous]\n",
     FindingKind.MASS, "internal_enhancement", "homogeneous"),
    (MRI, "LEFT BREAST\nFinding: [Mass]\n  Internal enhancement pattern: [ Rim ]\n",
     FindingKind.MASS, "internal_enhancement", "rim"),
    (CEM, "Left: [Non-mass enhancement]  Distribution: [Segmental]  Internal pattern: [Heterogeneous]\n",
     FindingKind.NON_MASS, "internal_enhancement", "heterogeneous"),
    (US, "FINDING 1\n  Finding type: [Mass]\n  Echo pattern: [Heterogeneous]\n",
     FindingKind.MASS, "echo_pattern", "heterogeneous"),
    (MRI, "LEFT BREAST\nFinding: [Mass]\n  Kinetics - initial phase: [Rapid]; delayed phase: [Plateau]\n",
     FindingKind.MASS, "kinetics_initial", "fast"),
    (MRI, "LEFT BREAST\nFinding: [Non-mass enhancement]\n  Kinetics: [Slow] / [Plateau]\n",
     FindingKind.NON_MASS, "kinetics_initial", "slow"),
    (MRI, "LEFT BREAST\nFinding: [Mass]\n  Kinetics: [Medium] / [Persistent]\n",
     FindingKind.MASS, "kinetics_delayed", "persistent"),
    (MRI, "LEFT BREAST\nFinding: [Mass]\n  Kinetics: [Intermediate] - [Washout]\n",
     FindingKind.MASS, "kinetics_initial", "medium"),
    # A structured report's "Label = value" fields.
    (MRI, "Finding = Non-mass enhancement\nDistribution = Focal\nInternal enhancement pattern = Clumped\n",
     FindingKind.NON_MASS, "internal_enhancement", "clumped"),
    # An elastography value whose words a line wrap separates.
    (US, "Left breast 3 o'clock: an oval hypoechoic mass, 12 mm, hard\non shear-wave elastography.",
     FindingKind.MASS, "elasticity", "hard"),
    # The lesion's list goes on after a line break.
    (MRI, "Left breast: non-mass enhancement in the lower half of the left breast,\nhomogeneous, extent 40 mm.",
     FindingKind.NON_MASS, "internal_enhancement", "homogeneous"),
    (CEM, "Left breast: regional non-mass enhancement at 2 o'clock,\nheterogeneous, 3 cm.",
     FindingKind.NON_MASS, "internal_enhancement", "heterogeneous"),
    # A synonym in brackets between the value and its noun.
    (MRI, "Left breast: focal non-mass enhancement, 2 cm, with progressive (persistent) delayed kinetics.",
     FindingKind.NON_MASS, "kinetics_delayed", "persistent"),
    (MRI, "Left breast: a 9 mm oval mass with persistent (type 1) kinetics.",
     FindingKind.MASS, "kinetics_delayed", "persistent"),
    # "irregular" before a rim-enhancing mass is the mass's shape; the rim is its enhancement.
    (MRI, "Left breast: an irregular ring-enhancing mass at 4 o'clock, 2 cm.", FindingKind.MASS, "shape", "irregular"),
    (CEM, "Left breast: an irregular rim-enhancing mass at 4 o'clock, 2 cm.",
     FindingKind.MASS, "internal_enhancement", "rim"),
    # Every finding word of the sentence points back ("from the mass", "the ... enhancement"): the words still
    # describe the one they fit.
    (MRI, "Left breast: an irregular mass at 2 o'clock, 2 cm.\nAnterior to the mass toward the areola there is "
          "segmental non-mass enhancement with a clustered ring internal pattern, 4 cm.",
     FindingKind.NON_MASS, "nme_distribution", "segmental"),
    (MRI, "Left breast: an irregular mass at 2 o'clock, 2 cm.\nAnterior to the mass toward the areola there is "
          "segmental non-mass enhancement with a clustered ring internal pattern, 4 cm.",
     FindingKind.NON_MASS, "internal_enhancement", "clustered_ring"),
    # Fields whose label names the score, echo or flow another way (modalities_10 causes).
    (US, "Left breast: an oval hypoechoic mass at 4 o'clock, 11 mm.\nStrain elastography - score 4.\n",
     FindingKind.MASS, "elasticity", "hard"),
    (US, "Left breast: an oval hypoechoic mass at 4 o'clock, 11 mm.\nElasticity: score of 1.\n",
     FindingKind.MASS, "elasticity", "soft"),
    (US, "Left breast: an oval hypoechoic mass at 4 o'clock, 11 mm.\nPosterior echoes: enhanced.\n",
     FindingKind.MASS, "posterior_features", "enhancement"),
    (US, "Left breast: an irregular hypoechoic mass at 4 o'clock, 11 mm.\nPosterior echo = attenuated.\n",
     FindingKind.MASS, "posterior_features", "shadowing"),
    (US, "Left breast: an oval hypoechoic mass at 4 o'clock, 11 mm.\nColour flow (power Doppler): absent.\n",
     FindingKind.MASS, "vascularity", "absent"),
    (US, "Left breast: an irregular hypoechoic nodule at 4 o'clock, 11 mm, with colour flow inside the lesion.",
     FindingKind.MASS, "vascularity", "internal"),
    # The initial phase said before the delayed one with "then" / "followed by".
    (MRI, "Left breast: focal non-mass enhancement, 2 cm, with slow and then plateau enhancement.",
     FindingKind.NON_MASS, "kinetics_initial", "slow"),
    (MRI, "Left breast: an oval mass, 9 mm, medium followed by persistent enhancement.",
     FindingKind.MASS, "kinetics_initial", "medium"),
]


@pytest.mark.parametrize(("exam", "text", "kind", "name", "value"), ROWS,
                         ids=[f"{n}={v}:{t[-45:]}" for _, t, _, n, v in ROWS])
def test_descriptor_fields_and_forms(exam: str, text: str, kind: FindingKind, name: str, value: str) -> None:
    finding = _seen(exam + text, kind)
    assert dict(finding.descriptors).get(name) == value, dict(finding.descriptors)


@pytest.mark.parametrize("field", [
    "Elasticity: [Soft | Intermediate | Hard]",
    "Strain elastography: [soft / intermediate / hard]",
])
def test_an_unfilled_pick_list_states_no_value(field: str) -> None:
    """A pick list still showing all its options was never filled in: it says nothing of the lesion."""
    finding = _seen(US + "FINDING 1\n  Finding type: [Mass]\n  Shape: [Oval]\n  " + field + "\n", FindingKind.MASS)
    assert "elasticity" not in dict(finding.descriptors), dict(finding.descriptors)


def test_a_filled_elasticity_field_still_reads() -> None:
    finding = _seen(US + "FINDING 1\n  Finding type: [Mass]\n  Elasticity: [Hard]\n", FindingKind.MASS)
    assert dict(finding.descriptors).get("elasticity") == "hard"
