"""Descriptors said alone in a lesion table's cell, US words that name the echo pattern with the finding word,
a worksheet's shorthand, and translated finding words (modalities_11 / modalities_12 causes).

Each row is a wording of its own, not a corpus sentence: the mechanism, not the text, is under test.
"""

from __future__ import annotations

import pytest

from readingscan import analyze
from readingscan.model import Finding, FindingKind, Status

US = "EXAM: Diagnostic ultrasound of the left breast.\nFINDINGS:\n"
MRI = "EXAM: Bilateral breast MRI with and without contrast.\nFINDINGS:\n"
CEM = "EXAM: Diagnostic contrast-enhanced mammography, bilateral.\nFINDINGS:\n"


def _seen(report_text: str, kind: FindingKind) -> Finding:
    found = [f for f in analyze(report_text).findings if f.status is not Status.ABSENT and f.kind is kind]
    assert found, [(f.kind.value, f.status.value) for f in analyze(report_text).findings]
    return found[0]


# (exam, text, kind of the lesion described, descriptor, value)
ROWS: list[tuple[str, str, FindingKind, str, str]] = [
    # A pipe table's "Internal enhancement" cell holding the pattern alone.
    (MRI, "| No | Site | Kind | Size | Form | Pattern | Curve |\n"
          "| 1 | Lt 2 o'clock | mass | 8 mm | round / smooth |   homogeneous   | slow / persistent |\n",
     FindingKind.MASS, "internal_enhancement", "homogeneous"),
    (CEM, "| # | Side | Type | Extent | Distribution | Enhancement |\n"
          "| A | Left UIQ | NME | 31 mm | focal | inhomogeneous |\n",
     FindingKind.NON_MASS, "internal_enhancement", "heterogeneous"),
    (MRI, "| Lesion | Side | Type | Size | Shape | Enhancement | TIC |\n"
          "| 1 | R 9h | mass | 15 mm | irregular |  heterogeneous      | fast / washout |\n",
     FindingKind.MASS, "internal_enhancement", "heterogeneous"),
    # A fixed-width table: the pattern closes its cell before a gap of spaces.
    (MRI, "No  Side  Site     Kind  Size   Description                    Curve\n"
          "2   R     7:00     mass  6 mm   round, smooth, homogeneous     medium / plateau\n",
     FindingKind.MASS, "internal_enhancement", "homogeneous"),
    (MRI, "No  Side  Site     Kind  Size   Description                    Curve\n"
          "1   L     4:00     mass  14 mm  irregular, indistinct, heterogeneous   fast / washout\n",
     FindingKind.MASS, "internal_enhancement", "heterogeneous"),
    # Ultrasound: a heterogeneous mass is one of heterogeneous echo pattern.
    (US, "Left breast 2 o'clock: an irregular heterogeneous mass, 21 mm, with angular margins.",
     FindingKind.MASS, "echo_pattern", "heterogeneous"),
    (US, "Left 4:00: an oval heterogenous nodule of 9 mm, parallel.",
     FindingKind.MASS, "echo_pattern", "heterogeneous"),
    # A worksheet's shorthand: "hypo", "post." for posterior, "no vasc." for no vascularity.
    (US, "L breast 10 o'c: mass, round, hypo, circumscribed, 8x6mm.", FindingKind.MASS, "echo_pattern", "hypoechoic"),
    (US, "Left 3 o'c: oval hypo mass 9 mm, parallel.", FindingKind.MASS, "echo_pattern", "hypoechoic"),
    (US, "Left 3 o'c: oval mass 9 mm, post. enhancement.", FindingKind.MASS, "posterior_features",
     "enhancement"),
    (US, "Left 3 o'c: oval hypoechoic mass 9 mm; no vasc on colour Doppler.", FindingKind.MASS, "vascularity", "absent"),
    (US, "Left 3 o'c: oval hypoechoic mass 9 mm, without vasc.", FindingKind.MASS, "vascularity", "absent"),
    # Mixed posterior features, or each said of a part of the lesion, are combined.
    (US, "Left 3 o'c: irregular mass 14 mm. Posterior acoustic features are mixed.", FindingKind.MASS,
     "posterior_features", "combined"),
    (US, "Left 3 o'c: irregular mass 14 mm, posterior features: mixed (part shadowing, part enhancement).",
     FindingKind.MASS, "posterior_features", "combined"),
    (US, "Left 3 o'c: irregular mass 14 mm with partly shadowing and partly enhancing posterior echoes.",
     FindingKind.MASS, "posterior_features", "combined"),
    (US, "Left 3 o'c: irregular mass 14 mm with posterior shadowing and enhancement.",
     FindingKind.MASS, "posterior_features", "combined"),
    # A translated report's "non-nodular enhancement" (realce no nodular) is a non-mass enhancement.
    (MRI, "Left breast, 3 h: segmental non-nodular enhancement of 30 mm with clumped internal pattern.",
     FindingKind.NON_MASS, "nme_distribution", "segmental"),
    (MRI, "Right breast: a focal area of non nodular enhancement, 12 mm, homogeneous.",
     FindingKind.NON_MASS, "internal_enhancement", "homogeneous"),
]


@pytest.mark.parametrize(("exam", "text", "kind", "name", "value"), ROWS,
                         ids=[f"{n}={v}:{t[-45:]}" for _, t, _, n, v in ROWS])
def test_descriptor_cells_and_words(exam: str, text: str, kind: FindingKind, name: str, value: str) -> None:
    finding = _seen(exam + text, kind)
    assert dict(finding.descriptors).get(name) == value, dict(finding.descriptors)


# "intracapsular implant rupture": the implant is named inside the rupture's words, and is the finding they describe.
IMPLANT_ROWS: list[tuple[str, str, str]] = [
    (MRI + "IMPRESSION:\n1. Left intracapsular implant rupture.\n", "left", "intracapsular"),
    (MRI + "Right breast: intra-capsular implant rupture with the linguine sign.\n", "right", "intracapsular"),
]


@pytest.mark.parametrize(("text", "side", "rupture"), IMPLANT_ROWS)
def test_the_implant_named_inside_its_rupture(text: str, side: str, rupture: str) -> None:
    implants = [f for f in analyze(text).to_dict()["findings"] if f["kind"] == "implant"]
    assert [(f["breast"], f["descriptors"].get("implant_rupture")) for f in implants] == [(side, rupture)], implants
