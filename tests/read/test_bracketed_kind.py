"""A bracket holding only a finding word of another kind names the kind of the finding word before it
(read/findings/tables.py drop_labels): "Hypoechoic area (non-mass lesion)" is one non-mass lesion, with the
descriptors its own words hold; only what a mass can turn out to be, so a diagnosis in brackets ("rim calcs (oil
cysts)", "a mass (fat necrosis)") leaves the finding the kind it is."""

from __future__ import annotations

import pytest

from readingscan import analyze

US = "EXAM: Diagnostic ultrasound of the right breast.\nFINDINGS: "
MG = "EXAM: Diagnostic mammogram, left.\nFINDINGS: "


@pytest.mark.parametrize(("text", "kind", "descriptor"), [
    (US + "Right breast: hypoechoic area (non-mass lesion) at 8 o'clock, 15 mm, no internal vascularity.",
     "non_mass", ("echo_pattern", "hypoechoic")),
    (US + "Right breast: a hypoechoic lesion ( non-mass lesion ) at 2 o'clock.", "non_mass", ("echo_pattern", "hypoechoic")),
    (US + "Right breast: an oval mass (lymph node) at 9 o'clock with a fatty hilum.", "lymph_node", None),
])
def test_the_bracket_names_the_kind(text: str, kind: str, descriptor: tuple[str, str] | None) -> None:
    found = [f for f in analyze(text).findings if f.status.value == "present"]
    assert [f.kind.value for f in found] == [kind], found
    if descriptor is not None:
        assert {k: str(getattr(v, "value", v)) for k, v in dict(found[0].descriptors).items()}.get(
            descriptor[0]) == descriptor[1], found


@pytest.mark.parametrize(("text", "kind"), [
    (MG + "Left breast: rim calcifications (oil cysts) at 3 o'clock.", "calcification"),
    (US + "Right breast: an irregular mass (fat necrosis) at 10 o'clock.", "mass"),
])
def test_a_diagnosis_in_brackets_keeps_the_kind(text: str, kind: str) -> None:
    kinds = [f.kind.value for f in analyze(text).findings if f.status.value == "present"]
    assert kind in kinds, kinds
