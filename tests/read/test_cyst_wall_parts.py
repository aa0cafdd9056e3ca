"""A nodule growing from a cyst's wall ("mural nodule", "intracystic solid nodule") is part of that cyst, which it makes
complex cystic and solid: it is no second mass. A nodule of its own beside the cyst still is one (control)."""

from __future__ import annotations

import pytest

from readingscan import analyze

CYST = "Right breast: 12 mm cyst at 7 o'clock.\n\n"


def _masses(text: str) -> list[dict[str, object]]:
    return [f for f in analyze(text, "t").to_dict()["findings"] if f["kind"] == "mass"]


@pytest.mark.parametrize("later", [
    "On review the cyst at 7 o'clock in the right breast shows a small mural nodule.",
    "Second look: the cyst contains an intracystic solid nodule with flow.",
    "The 7 o'clock cyst in the right breast has mural nodules along its wall.",
])
def test_a_part_of_the_cyst_is_no_mass_of_its_own(later: str) -> None:
    masses = _masses(CYST + later)
    assert len(masses) == 1
    assert masses[0]["descriptors"].get("echo_pattern") == "complex_cystic_solid"


def test_a_nodule_elsewhere_is_another_mass() -> None:
    masses = _masses(CYST + "There is also a solid nodule at 11 o'clock in the right breast.")
    assert len(masses) == 2
