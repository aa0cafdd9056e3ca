"""Descriptor layouts of forms and worksheets (modalities_16 causes): option boxes where only the ticked options
count, a lesion's block of "Name: value" fields under its own heading, a worksheet's shorthand values and a bare
clock hour under its field's name.

Each row is a wording of its own, not a corpus sentence: the mechanism, not the text, is under test.
"""

from __future__ import annotations

from readingscan import analyze
from readingscan.model import Finding, FindingKind, Status

US = "EXAM: Bilateral breast ultrasound.\nFINDINGS:\n"
CEM = "EXAM: Contrast-enhanced mammography, both breasts.\nFINDINGS:\n"


def _masses(text: str) -> list[Finding]:
    return [f for f in analyze(text).findings if f.kind is FindingKind.MASS and f.status is not Status.ABSENT]


def _desc(finding: Finding) -> dict[str, str]:
    return dict(finding.descriptors)


def test_leading_boxes_only_ticked_options_describe() -> None:
    text = US + ("Lesion A\nSide:   [ ] Right  [x] Left\nShape:  [x] round  [ ] oval  [ ] irregular\n"
                 "Margin: [ ] circumscribed  [x] not circumscribed -> [x] microlobulated [ ] spiculated\n"
                 "Flow:   [ ] absent [x] internal [ ] rim\nStiffness: [ ] soft [ ] intermediate [x] hard\n")
    (mass,) = _masses(text)
    assert mass.breast.value == "left"
    assert _desc(mass)["shape"] == "round" and _desc(mass)["margin"] == "microlobulated"
    assert _desc(mass)["vascularity"] == "internal" and _desc(mass)["elasticity"] == "hard"


def test_trailing_boxes_only_ticked_options_describe() -> None:
    text = US + "LEFT BREAST\nLesion type:   Mass (x)    Non-mass lesion ( )\nShape:   oval ( )   round (x)\n"
    (mass,) = _masses(text)
    assert _desc(mass).get("shape") == "round"


def test_label_and_answer_boxes_are_no_options() -> None:
    # control: "Mass [ ] Yes [x] No": the boxes answer the label before them, the label is no option left empty
    text = "Left:  Mass [ ] Yes [x] No | Asymmetry [x] Yes [ ] No (focal, outer breast)\n"
    kinds = {(f.kind, f.status) for f in analyze(text).findings}
    assert (FindingKind.ASYMMETRY, Status.PRESENT) in kinds


def test_block_of_fields_with_shorthand_and_clock() -> None:
    text = US + ("Lesion 1\nSide: L\nClock: 4\nShape: irreg\nMargin: spic\nEcho: hypoechoic\nVascularity: nil\n\n"
                 "Lesion 2\nSide: R\nClock: 8\nShape: oval\nMargin: circ\nEcho: anechoic\nDx: simple cyst\n")
    left, right = sorted(_masses(text), key=lambda f: f.breast.value)
    assert _desc(left)["shape"] == "irregular"
    assert _desc(left)["margin"] == "spiculated" and _desc(left)["vascularity"] == "absent"
    assert left.location is not None and left.location.clock == "4:00"
    assert _desc(right)["margin"] == "circumscribed" and _desc(right)["echo_pattern"] == "anechoic"


def test_contrast_block_density_and_internal_fields() -> None:
    text = CEM + ("LESION 1:  Side [ ] Rt  [x] Lt   Size: 9 mm\n  Shape:  [x] oval  [ ] round\n"
                  "  Density:  [ ] low  [x] equal  [ ] high\n  Internal:  [ ] homogeneous  [x] rim\n")
    (mass,) = _masses(text)
    assert _desc(mass)["mass_density"] == "equal" and _desc(mass)["internal_enhancement"] == "rim"


def test_listed_lesion_with_dotted_value_is_no_block() -> None:
    # control: "Lesion 2 ....... Mass, round" is a list item read as prose, not a block of fields
    text = ("EXAM: Bilateral breast MRI.\nLEFT BREAST\n  Lesion 2 ........ Mass, 2 o'clock, 7 mm, round, "
            "circumscribed, homogeneous enhancement\n")
    (mass,) = _masses(text)
    assert mass.breast.value == "left"


def test_aligned_columns_read_by_their_header() -> None:
    text = US + ("Masses seen:\n\n#    Side  Position  Shape      Posterior    Doppler\n"
                 "1    L     2:00      oval       enhancement  nil\n"
                 "2    L     5:00      irregular  shadowing    internal\n")
    by_clock = {f.location.clock: _desc(f) for f in _masses(text) if f.location is not None}
    assert by_clock["2:00"]["posterior_features"] == "enhancement" and by_clock["2:00"]["vascularity"] == "absent"
    assert by_clock["5:00"]["vascularity"] == "internal"


def test_pipe_rows_opening_with_a_pipe_and_a_clock_column() -> None:
    text = US + ("| No | Side | Clock | Findings                                   |\n"
                 "|----|------|-------|--------------------------------------------|\n"
                 "| 1  | Lt   | 9     | round, indistinct, hypoechoic, not parallel |\n"
                 "| 2  | Lt   | 3     | oval, circumscribed, parallel               |\n")
    by_clock = {f.location.clock: _desc(f) for f in _masses(text) if f.location is not None}
    assert by_clock["9:00"]["shape"] == "round" and by_clock["3:00"]["margin"] == "circumscribed"


def test_worklist_line_per_lesion_is_a_lesion_of_its_own() -> None:
    text = US + ("R 9:00  2cmFN  0.5x0.4cm oval circ parallel anechoic -> cyst. BR2\n"
                 "R 4:00  5cmFN  0.8x0.8cm round indistinct hypoechoic, not parallel -> BR4A\n")
    by_clock = {f.location.clock: _desc(f) for f in _masses(text) if f.location is not None}
    assert by_clock["4:00"]["shape"] == "round" and by_clock["4:00"]["margin"] == "indistinct"
    assert by_clock["9:00"]["margin"] == "circumscribed"  # the next line's margin is not this lesion's


def test_worklist_line_merges_with_the_lesion_named_at_its_place() -> None:
    # control: the line's lesion is the one the report names again at the same clock face, not a second one
    text = US + ("L 2:00  3cmFN  1.2x0.8cm oval, parallel, circumscribed, hypoechoic.\n\n"
                 "IMPRESSION: Left breast 2:00 oval circumscribed mass, probably benign.\n")
    assert len([f for f in _masses(text) if f.breast.value == "left"]) == 1
